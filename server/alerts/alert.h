// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/types.h"

#include <QJsonObject>
#include <QString>

#include <optional>

namespace helpdesk::server::alerts {

// alert.fire's limits (docs/protocol.md), which the webhook's alerts are cut to.
constexpr int kMaxKeyChars = 200;
constexpr int kMaxSummaryChars = 500;
constexpr int kMaxDescriptionChars = 10'000;
constexpr int kMaxNameChars = 200; // host, service, a label's name
constexpr int kMaxLabels = 64;

// One alert as monitoring reports it (alert.fire, or one alert of an Alertmanager webhook).
struct Alert
{
    QString key; // what makes repeats of one alert the same incident
    bool firing = true; // false: resolved
    QString summary;
    QString description;
    QString severity; // "" when not given
    QString host;
    QString service;
    QJsonObject labels; // name → string value
};

// Where alerts go (serve --alert-queue, --alert-note-interval-s; docs/admin.md, "Alerts").
struct AlertConfig
{
    QString queue; // a queue name; empty: the oldest technical queue
    qint64 noteIntervalMs = 10 * 60 * 1000; // repeats between two notes are only counted
};

// The ticket priority of a severity (docs/protocol.md, alert.fire); nullopt for a severity
// this server does not know. An empty severity is normal.
std::optional<Priority> priorityOfSeverity(const QString& severity);

// What alert.fire did: "opened", "reopened", "noted", "counted", "resolved", "ignored".
struct AlertOutcome
{
    QString action;
    std::optional<TicketId> ticketId;

    QJsonObject toJson() const;
};

} // namespace helpdesk::server::alerts
