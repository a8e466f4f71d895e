// SPDX-License-Identifier: GPL-3.0-or-later
// The history lines of a thread in words: field changes and the records of links, merges,
// ratings, SLA alerts and approvals, with values named as the list names them.
#include "conversationmodel.h"

#include "directorycache.h"
#include "ticketlistmodel.h"

#include <QJsonArray>
#include <QJsonObject>

namespace helpdesk::client {

QString ConversationModel::eventText(const Entry& entry) const
{
    const QString before = valueText(entry.field, entry.oldValue);
    const QString after = valueText(entry.field, entry.newValue);
    if (entry.field == QLatin1String("created"))
        return tr("Ticket created");
    if (entry.field == QLatin1String("status"))
        return tr("Status changed from %1 to %2").arg(before, after);
    if (entry.field == QLatin1String("priority"))
        return tr("Priority changed from %1 to %2").arg(before, after);
    if (entry.field == QLatin1String("assigneeId"))
        return entry.newValue.isNull() ? tr("Unassigned (was %1)").arg(before)
                                       : tr("Assigned to %1").arg(after);
    if (entry.field == QLatin1String("queueId"))
        return tr("Moved from queue %1 to %2").arg(before, after);
    if (entry.field == QLatin1String("customerId"))
        return tr("Customer changed from %1 to %2").arg(before, after);
    if (entry.field == QLatin1String("subject"))
        return tr("Subject changed from \u201c%1\u201d to \u201c%2\u201d").arg(before, after);
    if (entry.field == QLatin1String("tags"))
        return tr("Tags changed from %1 to %2").arg(before, after);
    if (const QString text = recordText(entry); !text.isEmpty())
        return text;
    return tr("%1 changed from %2 to %3").arg(entry.field, before, after);
}

// History entries that record something rather than change a field (links, merges, ratings,
// alerts, the owner's approval), in words.
QString ConversationModel::recordText(const Entry& entry) const
{
    const QString field = entry.field;
    const auto ticketNumber = [](const QJsonValue& value) {
        return QStringLiteral("#%1").arg(value.toInteger());
    };
    if (field == QLatin1String("link"))
        return entry.newValue.isNull() ? tr("Unlinked from ticket %1").arg(ticketNumber(entry.oldValue))
                                       : tr("Linked to ticket %1").arg(ticketNumber(entry.newValue));
    if (field == QLatin1String("merged"))
        return tr("Ticket %1 was merged into this one").arg(ticketNumber(entry.newValue));
    if (field == QLatin1String("mergedInto"))
        return tr("Merged into ticket %1").arg(ticketNumber(entry.newValue));
    if (field == QLatin1String("csat")) {
        const QJsonObject rating = entry.newValue.toObject();
        const QString comment = rating.value(QLatin1String("comment")).toString();
        const QString text = rating.value(QLatin1String("rating")).toString() == QLatin1String("good")
            ? tr("The customer rated the solution good")
            : tr("The customer rated the solution bad");
        return comment.isEmpty() ? text : text + QStringLiteral(": \u201c%1\u201d").arg(comment);
    }
    if (field == QLatin1String("slaAlert")) {
        const QJsonObject alert = entry.newValue.toObject();
        const QString level = alert.value(QLatin1String("level")).toString();
        const QString target = alert.value(QLatin1String("target")).toString();
        const QString what = target == QLatin1String("firstResponse") ? tr("first response")
            : target == QLatin1String("nextResponse")                  ? tr("next response")
                                                                       : tr("resolution");
        if (level == QLatin1String("breach"))
            return tr("SLA target missed: %1").arg(what);
        if (level == QLatin1String("warning"))
            return tr("SLA target close: %1").arg(what);
        if (level == QLatin1String("urgent"))
            return tr("Urgent ticket: the queue was alerted");
        if (level == QLatin1String("bad"))
            return tr("Bad rating: the queue's leads were alerted");
    }
    if (field == QLatin1String("approval")) {
        const QString state = entry.newValue.toString();
        if (state == QLatin1String("awaiting"))
            return tr("Waiting for the organisation owner's approval");
        if (state == QLatin1String("approved"))
            return tr("Approved by the organisation's owner");
        if (state == QLatin1String("refused"))
            return tr("Refused by the organisation's owner");
    }
    if (field == QLatin1String("requestType"))
        return tr("Filed as a guided request (%1)").arg(entry.newValue.toString());
    return QString();
}

QString ConversationModel::valueText(const QString& field, const QJsonValue& value) const
{
    if (value.isNull() || value.isUndefined())
        return tr("none");
    // The same words as the list's columns, so one translation serves both.
    if (field == QLatin1String("status")) {
        if (const auto status = statusFromString(value.toString()))
            return TicketListModel::statusText(*status);
        return value.toString();
    }
    if (field == QLatin1String("priority")) {
        if (const auto priority = priorityFromString(value.toString()))
            return TicketListModel::priorityText(*priority);
        return value.toString();
    }
    if (field == QLatin1String("tags")) {
        QStringList tags;
        const QJsonArray array = value.toArray();
        for (const QJsonValue& tag : array)
            tags.append(tag.toString());
        return tags.isEmpty() ? tr("none") : tags.join(QStringLiteral(", "));
    }
    const qint64 id = value.toInteger();
    QString name;
    if (m_directory && field == QLatin1String("assigneeId"))
        name = m_directory->userName(UserId(id));
    else if (m_directory && field == QLatin1String("queueId"))
        name = m_directory->queueName(QueueId(id));
    else if (m_directory && field == QLatin1String("customerId"))
        name = m_directory->customerName(CustomerId(id));
    if (!name.isEmpty())
        return name;
    return value.isString() ? value.toString() : QStringLiteral("#%1").arg(id);
}

} // namespace helpdesk::client
