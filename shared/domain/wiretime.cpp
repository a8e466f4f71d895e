// SPDX-License-Identifier: GPL-3.0-or-later
// Times on the wire: ISO 8601 in UTC with milliseconds (declared in types.h).
#include "types.h"

namespace helpdesk {

QString toWireTime(const QDateTime& time)
{
    if (!time.isValid())
        return QString();
    // Written by hand: QDateTime::toString parses its format on every call, and every object
    // on the wire carries times (4.5 % of a ticket.get's server time; docs/performance.md).
    const QDateTime utc = time.toUTC();
    const QDate date = utc.date();
    const QTime clock = utc.time();
    if (date.year() < 0 || date.year() > 9999)
        return utc.toString(QStringLiteral("yyyy-MM-dd'T'HH:mm:ss.zzz'Z'"));
    char text[] = "0000-00-00T00:00:00.000Z";
    const auto put = [&text](int at, int value, int digits) {
        for (int i = digits - 1; i >= 0; --i, value /= 10)
            text[at + i] = char('0' + value % 10);
    };
    put(0, date.year(), 4);
    put(5, date.month(), 2);
    put(8, date.day(), 2);
    put(11, clock.hour(), 2);
    put(14, clock.minute(), 2);
    put(17, clock.second(), 2);
    put(20, clock.msec(), 3);
    return QString::fromLatin1(text, int(sizeof(text)) - 1);
}

QDateTime fromWireTime(const QString& text)
{
    const QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
    // Without an offset the text would be read in the local zone of whoever parses it, so the
    // same string could name different instants on client and server.
    if (!time.isValid() || time.timeSpec() == Qt::LocalTime)
        return QDateTime();
    return time.toUTC();
}

} // namespace helpdesk
