// SPDX-License-Identifier: GPL-3.0-or-later
#include "mailstore.h"

#include "directory/directorystore.h"
#include "storage/db.h"

#include <QRandomGenerator>

namespace helpdesk::server::mailstore {

namespace {

constexpr int kSecretLength = 10;

QString newSecret()
{
    static const char kAlphabet[] = "abcdefghijkmnpqrstuvwxyz23456789"; // no 0/o, 1/l
    QString secret;
    for (int i = 0; i < kSecretLength; ++i)
        secret += QLatin1Char(kAlphabet[QRandomGenerator::system()->bounded(32)]);
    return secret;
}

std::optional<QString> storedSecret(Db& db, TicketId ticket)
{
    Query query(db, QStringLiteral("SELECT mail_secret FROM tickets WHERE id = ?"));
    query.bind(ticket.value()).exec();
    if (!query.next() || query.isNull(0))
        return std::nullopt;
    return query.text(0);
}

} // namespace

std::optional<QueueRow> queueByName(Db& db, const QString& name)
{
    Query query(db, QStringLiteral("SELECT id, kind FROM queues WHERE name = ?"));
    query.bind(name).exec();
    if (!query.next())
        return std::nullopt;
    return QueueRow { QueueId(query.int64(0)), query.text(1) };
}

std::optional<User> userByEmail(Db& db, const QString& address)
{
    Query query(db,
        QStringLiteral("SELECT %1 FROM users u WHERE lower(u.email) = ? AND u.email <> '' "
                       "ORDER BY u.enabled DESC, u.id LIMIT 1")
            .arg(userColumns()));
    query.bind(address.toLower()).exec();
    if (!query.next())
        return std::nullopt;
    return userFromRow(query);
}

std::optional<CustomerId> customerByMailDomain(Db& db, const QString& domain)
{
    Query query(db,
        QStringLiteral(
            "SELECT id FROM customers WHERE lower(mail_domain) = ? AND mail_domain <> '' "
            "ORDER BY id LIMIT 1"));
    const QVariant id = query.bind(domain.toLower()).scalar();
    if (!id.isValid() || id.isNull())
        return std::nullopt;
    return CustomerId(id.toLongLong());
}

CustomerId insertCustomer(Db& db, const QString& name, const QString& mailDomain)
{
    Query insert(db,
        QStringLiteral("INSERT INTO customers (name, created_at, mail_domain) VALUES (?, ?, ?) "
                       "RETURNING id"));
    return CustomerId(insert.bind(name).bind(nowMs()).bind(mailDomain).scalar().toLongLong());
}

QString freeLogin(Db& db, const QString& address)
{
    QString login = address;
    for (int n = 2; loginTaken(db, login); ++n)
        login = QStringLiteral("%1-%2").arg(address).arg(n);
    return login;
}

QString ticketSecret(Db& db, TicketId ticket)
{
    if (const auto secret = storedSecret(db, ticket))
        return *secret;
    Query set(db,
        QStringLiteral("UPDATE tickets SET mail_secret = ? WHERE id = ? AND mail_secret IS NULL"));
    set.bind(newSecret()).bind(ticket.value()).exec();
    return storedSecret(db, ticket).value_or(QString());
}

bool secretMatches(Db& db, TicketId ticket, const QString& secret)
{
    const auto stored = storedSecret(db, ticket);
    if (!stored || stored->isEmpty() || stored->size() != secret.size())
        return false;
    ushort difference = 0;
    for (qsizetype i = 0; i < secret.size(); ++i)
        difference |= stored->at(i).unicode() ^ secret.at(i).toLower().unicode();
    return difference == 0;
}

bool isFiled(Db& db, const QString& rfcMessageId)
{
    if (rfcMessageId.isEmpty())
        return false;
    Query query(db, QStringLiteral("SELECT 1 FROM mail_inbound WHERE rfc_message_id = ?"));
    return query.bind(rfcMessageId).scalar().isValid();
}

int mailsSince(Db& db, const QString& sender, qint64 sinceMs)
{
    Query query(db,
        QStringLiteral("SELECT COUNT(*) FROM mail_inbound WHERE sender = ? AND received_at >= ?"));
    return query.bind(sender).bind(sinceMs).scalar().toInt();
}

bool insertInbound(Db& db, const InboundRow& row)
{
    Query insert(db,
        QStringLiteral("INSERT INTO mail_inbound (rfc_message_id, sender, received_at, queue_id, "
                       "message_id, full_text, raw) VALUES (?, ?, ?, ?, ?, ?, ?) "
                       "ON CONFLICT DO NOTHING"));
    insert.bind(row.rfcMessageId)
        .bind(row.sender)
        .bind(nowMs())
        .bind(sqlValue(row.queueId))
        .bind(sqlValue(row.messageId))
        .bind(row.fullText)
        .bind(row.raw)
        .exec();
    return insert.rowsAffected() > 0;
}

std::optional<InboundMail> inboundOf(Db& db, MessageId message)
{
    Query query(
        db, QStringLiteral("SELECT sender, full_text, raw FROM mail_inbound WHERE message_id = ?"));
    query.bind(message.value()).exec();
    if (!query.next())
        return std::nullopt;
    return InboundMail { query.text(0), query.text(1), query.value(2).toByteArray() };
}

} // namespace helpdesk::server::mailstore
