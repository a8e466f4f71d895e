// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/types.h"

#include <QCoreApplication>
#include <QVector>

QT_BEGIN_NAMESPACE
class QComboBox;
QT_END_NAMESPACE

namespace helpdesk::client {

class PresenceBook;

// The staff of an assignee picker with their presence (issue 12): online first, then away,
// then offline, by name within each; each with a coloured dot and its presence in the tooltip
// (and in the text when not online). Item data: the user id; kPresenceRole: "online", "away"
// or "offline". Without a presence book the staff keep their order, undecorated.
class AssigneeChoices
{
    Q_DECLARE_TR_FUNCTIONS(AssigneeChoices)
public:
    static constexpr int kPresenceRole = Qt::UserRole + 1;
    static void add(QComboBox* combo, const QVector<User>& staff, const PresenceBook* presence);
};

} // namespace helpdesk::client
