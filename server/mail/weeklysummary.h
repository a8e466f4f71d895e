// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/types.h"
#include "mail/mailconfig.h"

#include <QJsonObject>
#include <QPair>
#include <QString>
#include <QVector>

#include <optional>

namespace helpdesk::server {
class Db;
}

namespace helpdesk::server::mail {

// The weekly summary mailed to leads (issue 15; docs/admin.md, "Weekly summary"): the figures
// of report.summary and report.agents for the seven UTC days before the day it goes out, in
// each recipient's language. Leads and admins get the whole desk with a line per queue; an
// agent marked lead of queues (queue.setMembers) gets those queues.

// The most recent moment at or before `nowMs` when the summary was due (the configured day
// and local time); nullopt when the summary is turned off.
std::optional<qint64> lastDue(qint64 nowMs, const WeeklySummaryConfig& config);
// The end of the period a summary due at `dueMs` covers: 00:00 UTC of that moment's UTC day.
qint64 periodEnd(qint64 dueMs);

// The Message-ID of one recipient's summary for the period ending at `periodEndMs`: the same
// on every server, so the outbox takes it once (outboxstore::enqueueOnce).
QString summaryMessageId(qint64 periodEndMs, UserId recipient, const QString& domain);

struct SummaryMail
{
    UserId recipient;
    QString address;
    QString envelopeFrom;
    QString messageId;
    QByteArray content;
};

// Reads: the summaries for the period ending at `periodEndMs` that are not in the outbox yet.
// Nothing without an SMTP url or a From address.
QVector<SummaryMail> prepareWeeklySummaries(Db& db, const MailConfig& config, qint64 periodEndMs);
// Writes: puts them into the outbox, each once; the number added.
int queueWeeklySummaries(Db& db, const QVector<SummaryMail>& mails);

// The figures of one scope (report.summary's and report.agents' results) and the lines per
// queue, as the mail's text in `language`. Exposed for tests.
struct SummaryFigures
{
    QString scope; // "" for the whole desk, else a queue's name
    QJsonObject summary;
    QJsonObject agents;
    QVector<QPair<QString, QJsonObject>> queues; // name, report.summary of that queue
};
QString summaryText(const QString& language, qint64 periodEndMs, const QVector<SummaryFigures>& parts);

} // namespace helpdesk::server::mail
