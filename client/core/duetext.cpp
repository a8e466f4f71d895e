// SPDX-License-Identifier: GPL-3.0-or-later
#include "duetext.h"

#include <QLocale>

namespace helpdesk::client {

namespace {
constexpr qint64 kSoonMinutes = 60;

qint64 minutesLeft(const TicketSla& sla, const QDateTime& now)
{
    const qint64 ms = now.msecsTo(sla.dueAt);
    return ms >= 0 ? ms / 60'000 : -((-ms + 59'999) / 60'000);
}
} // namespace

QString DueText::duration(qint64 minutes)
{
    if (minutes < 60)
        return tr("%n min", "", int(minutes));
    if (minutes < 48 * 60)
        return minutes % 60 ? tr("%1 h %2 min").arg(minutes / 60).arg(minutes % 60)
                            : tr("%n h", "", int(minutes / 60));
    return tr("%n d", "", int(minutes / (24 * 60)));
}

QString DueText::text(const std::optional<TicketSla>& sla, const QDateTime& now)
{
    if (!sla)
        return QString();
    if (sla->paused)
        return tr("Paused");
    if (!sla->dueAt.isValid())
        return QString();
    const qint64 left = minutesLeft(*sla, now);
    return left >= 0 ? tr("%1 left").arg(duration(left)) : tr("%1 overdue").arg(duration(-left));
}

DueUrgency DueText::urgency(const std::optional<TicketSla>& sla, const QDateTime& now)
{
    if (!sla || sla->paused || !sla->dueAt.isValid())
        return DueUrgency::Normal;
    const qint64 left = minutesLeft(*sla, now);
    if (left < 0)
        return DueUrgency::Overdue;
    return left < kSoonMinutes ? DueUrgency::Soon : DueUrgency::Normal;
}

QString DueText::tooltip(const std::optional<TicketSla>& sla)
{
    if (!sla || !sla->dueAt.isValid())
        return sla && sla->paused ? tr("Waiting on the customer: the SLA clock is paused") : QString();
    // The target the due time belongs to: the earliest one still running.
    QString target = tr("Resolution");
    if (sla->firstResponse && !sla->firstResponse->metAt.isValid() && sla->firstResponse->dueAt == sla->dueAt)
        target = tr("First response");
    else if (sla->nextResponse && !sla->nextResponse->metAt.isValid() && sla->nextResponse->dueAt == sla->dueAt)
        target = tr("Next response");
    return tr("%1 due %2").arg(target, QLocale().toString(sla->dueAt.toLocalTime(), QLocale::LongFormat));
}

} // namespace helpdesk::client
