// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The params and results of a per-ticket search (search with perTicket: one result per
// ticket, the ticket itself, its first matching snippet and where the words matched).

#include "domain/types.h"

#include <QDateTime>
#include <QJsonObject>
#include <QVector>

#include <optional>

namespace helpdesk::client {

struct TicketSearch
{
    static constexpr int kMaxLimit = 100; // the server's maximum

    QString text;
    QVector<TicketStatus> statuses; // empty: any
    std::optional<QueueId> queue;
    std::optional<CustomerId> customer;
    QDateTime since; // invalid: no lower bound
    QDateTime until; // invalid: no upper bound (exclusive)
    int limit = kMaxLimit;

    QJsonObject toParams() const;
    friend bool operator==(const TicketSearch& a, const TicketSearch& b);
    friend bool operator!=(const TicketSearch& a, const TicketSearch& b) { return !(a == b); }
};

// One ticket found. highlights are [start, length] ranges (UTF-16) into snippet.
struct TicketSearchResult
{
    Ticket ticket;
    std::optional<MessageId> messageId; // the first hit was in this message, else the subject
    QString snippet;
    QVector<QPair<int, int>> highlights;
    int hits = 1;

    static std::optional<TicketSearchResult> fromJson(
        const QJsonObject& object, QString* error = nullptr);
};

std::optional<QVector<TicketSearchResult>> ticketSearchResultsFromJson(
    const QJsonValue& value, QString* error = nullptr);

// Ranges clamped to the text and merged where they overlap, in order; what a painter may
// trust whatever the server sent.
QVector<QPair<int, int>> normalisedHighlights(const QVector<QPair<int, int>>& ranges, int length);

} // namespace helpdesk::client
