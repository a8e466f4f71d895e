// SPDX-License-Identifier: GPL-3.0-or-later
#include "timetext.h"

#include <QLocale>

namespace helpdesk::client {

QString TimeText::relative(const QDateTime& when, const QDateTime& now)
{
    const QDateTime local = when.toLocalTime();
    const QDateTime current = now.toLocalTime();
    const qint64 seconds = local.secsTo(current);
    const QLocale locale;
    if (seconds < 0) // a clock ahead of ours: show the time itself
        return locale.toString(local, QLocale::ShortFormat);
    if (seconds < 60)
        return tr("just now");
    if (seconds < 3600)
        return tr("%n minute(s) ago", nullptr, int(seconds / 60));
    if (local.date() == current.date())
        return tr("%n hour(s) ago", nullptr, int(seconds / 3600));
    if (local.date() == current.date().addDays(-1))
        return tr("yesterday, %1").arg(locale.toString(local.time(), QLocale::ShortFormat));
    if (local.date().daysTo(current.date()) < 7)
        return tr("%n day(s) ago", nullptr, int(local.date().daysTo(current.date())));
    return locale.toString(local.date(), QLocale::ShortFormat);
}

} // namespace helpdesk::client
