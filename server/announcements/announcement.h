// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/types.h"

#include <QJsonObject>
#include <QStringList>
#include <QVector>

#include <optional>

namespace helpdesk::server {

// One language's title and text of an announcement.
struct AnnouncementText
{
    QString language; // a locale name: "en", "de", "pt_BR"
    QString title;
    QString body; // plain text
};

// Something staff tell customers ahead of time (a maintenance window, a setting change, a
// software update), to everyone, to chosen organisations or to the organisations having a
// service of a kind. Shown from publication until it ends; kept afterwards.
struct Announcement
{
    AnnouncementId id;
    QString kind; // maintenance, setting, update, other
    QString audience; // all, customers, service
    QVector<CustomerId> customerIds; // audience "customers"
    QString serviceKind; // audience "service": hosting, domain, mailbox, other
    qint64 startsAt = 0; // ms since the epoch
    qint64 endsAt = 0;
    qint64 publishedAt = 0;
    qint64 updatedAt = 0;
    std::optional<qint64> withdrawnAt;
    std::optional<UserId> authorId;
    qint64 version = 1;
    QVector<AnnouncementText> texts; // in the order they were given

    // current, upcoming, ended or withdrawn at `now`.
    QString state(qint64 now) const;
    // Whether customers may still read it (neither withdrawn nor ended).
    bool isOpen(qint64 now) const { return !withdrawnAt && endsAt > now; }
    // The text for a reader: the first language of `preferred` that has one (a locale name
    // also matches its language: "de_AT" finds "de"), else English, else the first.
    const AnnouncementText* textFor(const QStringList& preferred) const;
    // The wire object. Staff see the audience's organisations; a customer does not (other
    // organisations' ids are not its to know). title/body/language: textFor(preferred).
    QJsonObject toJson(bool forStaff, const QStringList& preferred, qint64 now) const;
};

extern const QStringList kAnnouncementKinds;
extern const QStringList kAnnouncementAudiences;

} // namespace helpdesk::server
