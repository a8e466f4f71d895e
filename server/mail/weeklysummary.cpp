// SPDX-License-Identifier: GPL-3.0-or-later
#include "weeklysummary.h"

#include "directory/directorystore.h"
#include "mail/mailcomposer.h"
#include "mail/mailtemplates.h"
#include "mail/outboxstore.h"
#include "reports/reportservice.h"
#include "storage/db.h"

#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QLocale>

#include <cmath>

namespace helpdesk::server::mail {

namespace {

constexpr qint64 kDayMs = 86'400'000;
const QString kKind = QStringLiteral("weeklySummary");

QString isoDay(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).date().toString(Qt::ISODate);
}

QJsonObject obj(const QJsonObject& o, const char* key)
{
    return o.value(QLatin1String(key)).toObject();
}

QString count(const QJsonObject& o, const char* key)
{
    return QString::number(qint64(o.value(QLatin1String(key)).toDouble()));
}

// Texts of one language: numbers in its locale, durations in its units.
class Writer
{
public:
    explicit Writer(QString language)
        : m_language(std::move(language))
        , m_locale(m_language)
    {
    }

    QString text(const char* key, const QHash<QString, QString>& values = {}) const
    {
        return templateText(m_language, QLatin1String(key), values);
    }

    // A business-time duration in milliseconds: "45 min", "3 h 20 min", "2 d 4 h"; "–" for null.
    QString duration(const QJsonValue& ms) const
    {
        if (!ms.isDouble())
            return QStringLiteral("–");
        const qint64 minutes = qint64(std::llround(ms.toDouble() / 60'000.0));
        const QString m = QString::number(minutes % 60), h = QString::number(minutes / 60 % 24);
        if (minutes < 60)
            return text("durationMinutes", { { QStringLiteral("m"), m } });
        if (minutes < 24 * 60)
            return text("durationHours",
                { { QStringLiteral("h"), QString::number(minutes / 60) }, { QStringLiteral("m"), m } });
        return text("durationDays",
            { { QStringLiteral("d"), QString::number(minutes / (24 * 60)) }, { QStringLiteral("h"), h } });
    }

    QString percent(const QJsonValue& value) const
    {
        return value.isDouble() ? m_locale.toString(value.toDouble(), 'f', 1) + QStringLiteral(" %")
                                : QStringLiteral("–");
    }

    // The lines of one report.summary result.
    QStringList figures(const QJsonObject& s) const
    {
        const QJsonObject first = obj(s, "firstResponse"), resolution = obj(s, "resolution");
        const QJsonObject sla = obj(s, "sla"), reopened = obj(s, "reopened"), csat = obj(s, "csat");
        qint64 byStatus[3] = { 0, 0, 0 };
        qint64 olderThanWeek = 0;
        for (const QJsonValue& row : s.value(QLatin1String("backlog")).toArray()) {
            const QJsonObject r = row.toObject();
            const QString status = r.value(QLatin1String("status")).toString();
            const int slot = status == QLatin1String("new") ? 0 : status == QLatin1String("open") ? 1 : 2;
            byStatus[slot] += qint64(r.value(QLatin1String("count")).toDouble());
            olderThanWeek += qint64(r.value(QLatin1String("olderThanOneWeek")).toDouble());
        }
        return {
            text("weeklyCreated", { { QStringLiteral("n"), count(s, "created") } }),
            text("weeklyResolved", { { QStringLiteral("n"), count(s, "resolved") } }),
            text("weeklyFirstResponse",
                { { QStringLiteral("median"), duration(first.value(QLatin1String("medianMs"))) },
                    { QStringLiteral("p90"), duration(first.value(QLatin1String("p90Ms"))) },
                    { QStringLiteral("n"), count(first, "count") } }),
            text("weeklyResolution",
                { { QStringLiteral("median"), duration(resolution.value(QLatin1String("medianMs"))) },
                    { QStringLiteral("p90"), duration(resolution.value(QLatin1String("p90Ms"))) },
                    { QStringLiteral("n"), count(resolution, "count") } }),
            text("weeklySla",
                { { QStringLiteral("percent"), percent(sla.value(QLatin1String("compliancePercent"))) },
                    { QStringLiteral("met"), count(sla, "met") },
                    { QStringLiteral("total"),
                        QString::number(qint64(sla.value(QLatin1String("met")).toDouble()
                            + sla.value(QLatin1String("missed")).toDouble())) } }),
            text("weeklyReopened",
                { { QStringLiteral("n"), count(reopened, "count") },
                    { QStringLiteral("percent"), percent(reopened.value(QLatin1String("ratePercent"))) } }),
            text("weeklyCsat",
                { { QStringLiteral("percent"), percent(csat.value(QLatin1String("scorePercent"))) },
                    { QStringLiteral("good"), count(csat, "good") },
                    { QStringLiteral("bad"), count(csat, "bad") } }),
            text("weeklyBacklog",
                { { QStringLiteral("new"), QString::number(byStatus[0]) },
                    { QStringLiteral("open"), QString::number(byStatus[1]) },
                    { QStringLiteral("pending"), QString::number(byStatus[2]) },
                    { QStringLiteral("week"), QString::number(olderThanWeek) } }),
        };
    }

    QString queueLine(const QString& name, const QJsonObject& s) const
    {
        return text("weeklyQueueLine",
            { { QStringLiteral("queue"), name }, { QStringLiteral("created"), count(s, "created") },
                { QStringLiteral("resolved"), count(s, "resolved") },
                { QStringLiteral("sla"), percent(obj(s, "sla").value(QLatin1String("compliancePercent"))) },
                { QStringLiteral("csat"), percent(obj(s, "csat").value(QLatin1String("scorePercent"))) } });
    }

    QString agentLine(const QJsonObject& a) const
    {
        return text("weeklyAgentLine",
            { { QStringLiteral("name"), a.value(QLatin1String("name")).toString() },
                { QStringLiteral("handled"), count(a, "handled") },
                { QStringLiteral("median"),
                    duration(obj(a, "firstResponse").value(QLatin1String("medianMs"))) },
                { QStringLiteral("csat"), percent(obj(a, "csat").value(QLatin1String("scorePercent"))) },
                { QStringLiteral("assigned"), count(a, "assigned") } });
    }

private:
    QString m_language;
    QLocale m_locale;
};

// Who gets a summary: leads and admins the whole desk, agents marked lead the queues they lead.
struct Reader
{
    User user;
    QString language;
    bool wholeDesk = false;
    QVector<QPair<QueueId, QString>> queues;
};

QVector<QPair<QueueId, QString>> activeQueues(Db& db)
{
    Query query(db, QStringLiteral("SELECT id, name FROM queues WHERE archived_at IS NULL ORDER BY name"));
    query.exec();
    QVector<QPair<QueueId, QString>> queues;
    while (query.next())
        queues.append({ QueueId(query.int64(0)), query.text(1) });
    return queues;
}

QVector<Reader> readers(Db& db)
{
    QVector<Reader> result;
    QHash<qint64, int> index;
    auto add = [&](UserId id) -> Reader* {
        if (index.contains(id.value()))
            return &result[index.value(id.value())];
        const auto user = findUser(db, id);
        if (!user || !user->enabled || !isPlainAddress(user->email) || !outboxstore::wantsMail(db, id))
            return nullptr;
        index.insert(id.value(), int(result.size()));
        result.append(Reader { *user, templateLanguage({ user->locale }), false, {} });
        return &result.last();
    };
    Query leads(db, QStringLiteral("SELECT id FROM users WHERE role IN ('lead', 'admin') ORDER BY id"));
    leads.exec();
    while (leads.next()) {
        if (Reader* reader = add(UserId(leads.int64(0))))
            reader->wholeDesk = true;
    }
    Query queueLeads(db,
        QStringLiteral("SELECT m.user_id, q.id, q.name FROM queue_members m "
                       "JOIN queues q ON q.id = m.queue_id JOIN users u ON u.id = m.user_id "
                       "WHERE m.is_lead = 1 AND u.role = 'agent' AND q.archived_at IS NULL "
                       "ORDER BY m.user_id, q.name"));
    queueLeads.exec();
    while (queueLeads.next()) {
        if (Reader* reader = add(UserId(queueLeads.int64(0))))
            reader->queues.append({ QueueId(queueLeads.int64(1)), queueLeads.text(2) });
    }
    return result;
}

// report.summary / report.agents as a lead would call them, each scope computed once.
class Figures
{
public:
    Figures(Db& db, qint64 periodEndMs)
        : m_db(db)
        , m_since(QDateTime::fromMSecsSinceEpoch(periodEndMs - 7 * kDayMs, Qt::UTC))
        , m_until(QDateTime::fromMSecsSinceEpoch(periodEndMs, Qt::UTC))
    {
    }

    QJsonObject summary(std::optional<QueueId> queue) { return of(m_summaries, queue, &reports::summary); }
    QJsonObject agents(std::optional<QueueId> queue) { return of(m_agents, queue, &reports::agents); }

private:
    using Report = QJsonValue (*)(Db&, const CallContext&);
    QJsonObject of(QHash<qint64, QJsonObject>& cache, std::optional<QueueId> queue, Report report)
    {
        const qint64 key = queue ? queue->value() : 0;
        if (!cache.contains(key)) {
            QJsonObject params { { QStringLiteral("since"), toWireTime(m_since) },
                { QStringLiteral("until"), toWireTime(m_until) } };
            if (queue)
                params.insert(QStringLiteral("queueId"), double(queue->value()));
            Principal lead;
            lead.role = Role::Lead;
            cache.insert(key, report(m_db, CallContext { lead, params, QString() }).toObject());
        }
        return cache.value(key);
    }

    Db& m_db;
    QDateTime m_since, m_until;
    QHash<qint64, QJsonObject> m_summaries, m_agents;
};

} // namespace

std::optional<qint64> lastDue(qint64 nowMs, const WeeklySummaryConfig& config)
{
    if (!config.enabled)
        return std::nullopt;
    const QDateTime now = QDateTime::fromMSecsSinceEpoch(nowMs);
    QDate day = now.date();
    while (day.dayOfWeek() != config.day)
        day = day.addDays(-1);
    QDateTime due(day, config.at);
    if (due > now)
        due = QDateTime(day.addDays(-7), config.at);
    return due.toMSecsSinceEpoch();
}

qint64 periodEnd(qint64 dueMs)
{
    return dueMs - dueMs % kDayMs;
}

QString summaryMessageId(qint64 periodEndMs, UserId recipient, const QString& domain)
{
    return QStringLiteral("weekly-%1-%2@%3").arg(isoDay(periodEndMs)).arg(recipient.value()).arg(domain);
}

QString summaryText(const QString& language, qint64 periodEndMs, const QVector<SummaryFigures>& parts)
{
    const Writer writer(language);
    const QHash<QString, QString> period { { QStringLiteral("from"), isoDay(periodEndMs - 7 * kDayMs) },
        { QStringLiteral("to"), isoDay(periodEndMs - kDayMs) } };
    QStringList lines { writer.text("weeklyIntro", period) };
    for (const SummaryFigures& part : parts) {
        lines << QString();
        lines << (part.scope.isEmpty()
                ? writer.text("weeklyScopeAll")
                : writer.text("weeklyScopeQueue", { { QStringLiteral("queue"), part.scope } }));
        lines << writer.figures(part.summary);
        if (!part.queues.isEmpty()) {
            lines << QString() << writer.text("weeklyQueuesTitle");
            for (const auto& [name, summary] : part.queues)
                lines << QStringLiteral("  - ") + writer.queueLine(name, summary);
        }
        const QJsonArray agents = part.agents.value(QLatin1String("items")).toArray();
        if (!agents.isEmpty()) {
            lines << QString() << writer.text("weeklyAgentsTitle");
            for (const QJsonValue& agent : agents)
                lines << QStringLiteral("  - ") + writer.agentLine(agent.toObject());
        }
    }
    lines << QString() << writer.text("weeklyFooter");
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

QVector<SummaryMail> prepareWeeklySummaries(Db& db, const MailConfig& config, qint64 periodEndMs)
{
    QVector<SummaryMail> mails;
    if (config.smtp.url.isEmpty() || !isPlainAddress(config.smtp.from))
        return mails;
    Figures figures(db, periodEndMs);
    const auto queues = activeQueues(db);
    for (const Reader& reader : readers(db)) {
        const QString messageId = summaryMessageId(periodEndMs, reader.user.id, config.domain);
        if (outboxstore::hasMail(db, messageId))
            continue;
        QVector<SummaryFigures> parts;
        if (reader.wholeDesk) {
            SummaryFigures desk { QString(), figures.summary(std::nullopt), figures.agents(std::nullopt), {} };
            for (const auto& [id, name] : queues)
                desk.queues.append({ name, figures.summary(id) });
            parts.append(desk);
        } else {
            for (const auto& [id, name] : reader.queues)
                parts.append(SummaryFigures { name, figures.summary(id), figures.agents(id), {} });
        }
        OutgoingMail mail;
        mail.fromName = config.fromName;
        mail.fromAddress = config.smtp.from;
        mail.toName = reader.user.name;
        mail.toAddress = reader.user.email;
        mail.subject = templateText(reader.language, QStringLiteral("weeklySubject"),
            { { QStringLiteral("from"), isoDay(periodEndMs - 7 * kDayMs) },
                { QStringLiteral("to"), isoDay(periodEndMs - kDayMs) } });
        mail.body = summaryText(reader.language, periodEndMs, parts);
        mail.messageId = messageId;
        mail.autoSubmitted = QStringLiteral("auto-generated");
        mail.language = reader.language;
        mails.append(SummaryMail { reader.user.id, reader.user.email, config.smtp.from, messageId,
            composeMail(mail) });
    }
    return mails;
}

int queueWeeklySummaries(Db& db, const QVector<SummaryMail>& mails)
{
    int added = 0;
    for (const SummaryMail& mail : mails) {
        if (outboxstore::enqueueOnce(db,
                { kKind, TicketId(), std::nullopt, mail.recipient, mail.address, mail.envelopeFrom,
                    mail.messageId, mail.content }))
            ++added;
    }
    return added;
}

} // namespace helpdesk::server::mail
