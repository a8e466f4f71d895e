// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The user's unsaved changes to a ticket's properties, kept field by field against the value
// each change started from, so that what others save meanwhile is merged in instead of being
// undone: a field the user did not touch follows the stored ticket, a field only the user
// changed keeps the user's value, and a field both changed is a conflict until the user keeps
// one of the two values. Only the user's own changes are ever sent.

#include "domain/types.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QJsonValue>
#include <QStringList>

#include <optional>

namespace helpdesk::client {

class TicketChanges;

class TicketEdit
{
public:
    // The editable properties by their protocol names, which are also the field names of the
    // history events: status, priority, assigneeId, queueId, tags.
    static const QStringList& fields();

    // Starts over from a stored ticket with nothing changed.
    void reset(const Ticket& stored);
    void clear();
    bool isValid() const { return m_stored.has_value(); }
    // The latest stored ticket known (from the server's answers and pushes).
    const std::optional<Ticket>& stored() const { return m_stored; }

    QJsonValue storedValue(const QString& field) const;
    // The user's value: what the form shows.
    QJsonValue myValue(const QString& field) const;
    // The stored value the user's change started from (the stored one when unchanged).
    QJsonValue baseValue(const QString& field) const;
    // When the user's change of the field started from the stored ticket of this time: a
    // history event of that field after it was someone else's change.
    QDateTime baseTime(const QString& field) const;

    // The user set a field (to its stored value again: no longer a change).
    void setMyValue(const QString& field, const QJsonValue& value);
    // A newer version of the stored ticket (a push, a conflict's current ticket): merged in
    // field by field. Returns false and changes nothing unless it is newer.
    bool merge(const Ticket& newer);
    // The answer to our own save of `sent`: those values are now the base of any later change.
    void saved(const Ticket& ticket, const QJsonObject& sent);

    bool isChanged(const QString& field) const;
    // Changed by the user, and the stored value moved away from where the change started.
    bool isConflict(const QString& field) const;
    QStringList conflicts() const;
    bool hasChanges() const;
    // The user saw the stored value and still wants theirs: a change from the stored value now.
    void keepMine(const QString& field);
    // The user gives up their change of the field.
    void takeTheirs(const QString& field);

    // What a save sends: the user's values of the changed fields, none in conflict.
    QJsonObject changes() const;
    // changes() in the form ticket.update is called with.
    static TicketChanges toChanges(const QJsonObject& values);

private:
    // A value equal to the stored one is no change, whatever it started from.
    void settle(const QString& field);

    std::optional<Ticket> m_stored;
    QJsonObject m_storedJson;
    QJsonObject m_base;
    QJsonObject m_mine;
    QHash<QString, QDateTime> m_baseTime;
};

} // namespace helpdesk::client
