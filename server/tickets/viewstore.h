// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/types.h"

#include <QJsonObject>
#include <QVector>

#include <optional>

namespace helpdesk::server {

class Db;

// A user's saved ticket list (issue 12): a name and ticket.list's filter and sort.
struct SavedView
{
    qint64 id = 0;
    UserId owner;
    QString name;
    QJsonObject filter;
    QJsonObject sort;

    QJsonObject toJson() const;
};

// The SQL of saved views; every call is scoped to the owner.
namespace viewstore {
QVector<SavedView> ofUser(Db& db, UserId owner);
std::optional<SavedView> find(Db& db, UserId owner, qint64 id);
qint64 countOf(Db& db, UserId owner);
bool nameTaken(Db& db, UserId owner, const QString& name, qint64 exceptId);
SavedView insert(Db& db, const SavedView& view);
void update(Db& db, const SavedView& view);
bool remove(Db& db, UserId owner, qint64 id);
} // namespace viewstore

} // namespace helpdesk::server
