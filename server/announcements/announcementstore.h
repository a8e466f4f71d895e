// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "announcement.h"

#include <optional>

namespace helpdesk::server {

class Db;

// All SQL of announcements (tables announcements, announcement_customers, announcement_texts).
namespace announcementstore {

struct ListFilter
{
    QStringList states; // current, upcoming, ended, withdrawn; empty: all
    QStringList kinds; // empty: all
    std::optional<CustomerId> concerning; // only those whose audience holds this organisation
    qint64 now = 0;
};

std::optional<Announcement> find(Db& db, AnnouncementId id);
AnnouncementId insert(Db& db, const Announcement& announcement);
// Writes every field, the organisations and the texts, and sets version to announcement.version.
void update(Db& db, const Announcement& announcement);

QVector<Announcement> list(Db& db, const ListFilter& filter, qint64 limit, qint64 offset);
qint64 count(Db& db, const ListFilter& filter);

// Whether the announcement's audience holds this organisation (now: services may change).
bool concerns(Db& db, const Announcement& announcement, CustomerId customer);
// Every organisation in the audience now.
QVector<CustomerId> audience(Db& db, const Announcement& announcement);

} // namespace announcementstore

} // namespace helpdesk::server
