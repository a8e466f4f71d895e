// SPDX-License-Identifier: GPL-3.0-or-later
#include "ticketedit.h"

#include "apitypes.h"

#include <QJsonArray>

namespace helpdesk::client {

namespace {

// An absent key and null both mean "none" (no queue, unassigned).
QJsonValue valueOf(const QJsonObject& object, const QString& field)
{
    const QJsonValue value = object.value(field);
    return value.isUndefined() ? QJsonValue(QJsonValue::Null) : value;
}

} // namespace

const QStringList& TicketEdit::fields()
{
    static const QStringList names { QStringLiteral("status"), QStringLiteral("priority"),
        QStringLiteral("assigneeId"), QStringLiteral("queueId"), QStringLiteral("tags") };
    return names;
}

void TicketEdit::reset(const Ticket& stored)
{
    m_stored = stored;
    m_storedJson = stored.toJson();
    m_base = QJsonObject();
    m_mine = QJsonObject();
    m_baseTime.clear();
    for (const QString& field : fields()) {
        m_base.insert(field, valueOf(m_storedJson, field));
        m_mine.insert(field, valueOf(m_storedJson, field));
    }
}

void TicketEdit::clear()
{
    m_stored.reset();
    m_storedJson = m_base = m_mine = QJsonObject();
    m_baseTime.clear();
}

QJsonValue TicketEdit::storedValue(const QString& field) const
{
    return valueOf(m_storedJson, field);
}

QJsonValue TicketEdit::myValue(const QString& field) const
{
    return valueOf(m_mine, field);
}

QJsonValue TicketEdit::baseValue(const QString& field) const
{
    return valueOf(m_base, field);
}

QDateTime TicketEdit::baseTime(const QString& field) const
{
    return m_baseTime.value(field, m_stored ? m_stored->updatedAt : QDateTime());
}

void TicketEdit::setMyValue(const QString& field, const QJsonValue& value)
{
    if (!m_stored)
        return;
    if (!isChanged(field))
        m_baseTime.insert(field, m_stored->updatedAt);
    m_mine.insert(field, value.isUndefined() ? QJsonValue(QJsonValue::Null) : value);
    settle(field);
}

bool TicketEdit::merge(const Ticket& newer)
{
    if (!m_stored || newer.id != m_stored->id || newer.version <= m_stored->version)
        return false;
    const QJsonObject json = newer.toJson();
    for (const QString& field : fields()) {
        const QJsonValue theirs = valueOf(json, field);
        if (!isChanged(field)) {
            m_base.insert(field, theirs);
            m_mine.insert(field, theirs);
        } else if (theirs == myValue(field)) {
            m_base.insert(field, theirs); // both made the same change
        }
        // Otherwise the user's value stays; it is a conflict when theirs left the base.
    }
    m_stored = newer;
    m_storedJson = json;
    return true;
}

void TicketEdit::saved(const Ticket& ticket, const QJsonObject& sent)
{
    if (!merge(ticket))
        return; // a push told us of a later version already
    const QJsonObject json = ticket.toJson();
    for (auto it = sent.constBegin(); it != sent.constEnd(); ++it) {
        // Changed again while the save was on its way: that change starts from our save.
        if (valueOf(json, it.key()) == it.value()) {
            m_base.insert(it.key(), it.value());
            m_baseTime.insert(it.key(), ticket.updatedAt);
        }
    }
}

bool TicketEdit::isChanged(const QString& field) const
{
    return m_stored && myValue(field) != baseValue(field);
}

bool TicketEdit::isConflict(const QString& field) const
{
    return isChanged(field) && storedValue(field) != baseValue(field);
}

QStringList TicketEdit::conflicts() const
{
    QStringList result;
    for (const QString& field : fields()) {
        if (isConflict(field))
            result << field;
    }
    return result;
}

bool TicketEdit::hasChanges() const
{
    for (const QString& field : fields()) {
        if (isChanged(field))
            return true;
    }
    return false;
}

void TicketEdit::keepMine(const QString& field)
{
    if (!isConflict(field))
        return;
    m_base.insert(field, storedValue(field));
    m_baseTime.insert(field, m_stored->updatedAt);
}

void TicketEdit::takeTheirs(const QString& field)
{
    if (!m_stored)
        return;
    m_base.insert(field, storedValue(field));
    m_mine.insert(field, storedValue(field));
    m_baseTime.remove(field);
}

QJsonObject TicketEdit::changes() const
{
    QJsonObject result;
    for (const QString& field : fields()) {
        if (isChanged(field) && !isConflict(field))
            result.insert(field, myValue(field));
    }
    return result;
}

TicketChanges TicketEdit::toChanges(const QJsonObject& values)
{
    TicketChanges changes;
    for (auto it = values.constBegin(); it != values.constEnd(); ++it) {
        const QJsonValue value = it.value();
        if (it.key() == QLatin1String("status")) {
            if (const auto status = statusFromString(value.toString()))
                changes.setStatus(*status);
        } else if (it.key() == QLatin1String("priority")) {
            if (const auto priority = priorityFromString(value.toString()))
                changes.setPriority(*priority);
        } else if (it.key() == QLatin1String("assigneeId")) {
            changes.setAssignee(
                value.isNull() ? std::nullopt : std::optional<UserId>(UserId(value.toInteger())));
        } else if (it.key() == QLatin1String("queueId")) {
            changes.setQueue(
                value.isNull() ? std::nullopt : std::optional<QueueId>(QueueId(value.toInteger())));
        } else if (it.key() == QLatin1String("tags")) {
            changes.setTags(value.toVariant().toStringList());
        }
    }
    return changes;
}

void TicketEdit::settle(const QString& field)
{
    if (myValue(field) == storedValue(field)) {
        m_base.insert(field, storedValue(field));
        m_baseTime.remove(field);
    }
}

} // namespace helpdesk::client
