// SPDX-License-Identifier: GPL-3.0-or-later
#include "clusterpayload.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include <cmath>

Q_LOGGING_CATEGORY(lcClusterPayload, "helpdesk.cluster")

namespace helpdesk::server {

namespace {
constexpr int kMaxInstanceChars = 64;
// Ids travel as JSON numbers; beyond 2^53 a double no longer holds every integer.
constexpr double kMaxJsonId = 9007199254740991.0;
// Room for the envelope and one event's own brackets, so that every event fits a payload.
constexpr int kEnvelopeReserve = 16 + kMaxInstanceChars;
constexpr int kMaxIdChars = 20; // 16 digits and a comma, with margin
constexpr int kIdsPerRemoval = (kMaxClusterPayloadBytes - kEnvelopeReserve - 64) / kMaxIdChars;

QByteArray encodeOne(const ClusterEvent& event, qsizetype firstCustomer, qsizetype customerCount)
{
    QByteArray out;
    switch (event.kind) {
    case ClusterEvent::Kind::TicketChanged:
        out = "[\"t\"," + QByteArray::number(event.ticket.value()) + ']';
        break;
    case ClusterEvent::Kind::MessageAdded:
        out = "[\"m\"," + QByteArray::number(event.ticket.value()) + ','
            + QByteArray::number(event.message.value()) + ']';
        break;
    case ClusterEvent::Kind::TicketRemoved:
    case ClusterEvent::Kind::AnnouncementRemoved:
        out = event.kind == ClusterEvent::Kind::TicketRemoved
            ? "[\"r\"," + QByteArray::number(event.ticket.value()) + ",["
            : "[\"nr\"," + QByteArray::number(event.announcement.value()) + ",[";
        for (qsizetype i = firstCustomer; i < firstCustomer + customerCount; ++i) {
            if (i > firstCustomer)
                out += ',';
            out += QByteArray::number(event.formerCustomers.at(i).value());
        }
        out += "]]";
        break;
    case ClusterEvent::Kind::SessionsEnded:
        out = "[\"u\"," + QByteArray::number(event.user.value()) + ']';
        break;
    case ClusterEvent::Kind::QueueChanged:
        out = "[\"q\"," + QByteArray::number(event.queue.value()) + ']';
        break;
    case ClusterEvent::Kind::PresenceChanged:
        out = "[\"p\"," + QByteArray::number(event.user.value()) + ']';
        break;
    case ClusterEvent::Kind::Activity:
        out = "[\"a\"," + QByteArray::number(event.ticket.value()) + ','
            + QByteArray::number(event.user.value()) + ',' + QByteArray::number(event.state) + ']';
        break;
    case ClusterEvent::Kind::SlaAlert:
        out = "[\"sa\"," + QByteArray::number(event.ticket.value()) + ','
            + QByteArray::number(event.alert) + ']';
        break;
    case ClusterEvent::Kind::AnnouncementChanged:
        out = "[\"n\"," + QByteArray::number(event.announcement.value()) + ']';
        break;
    }
    return out;
}

bool isEncodable(const ClusterEvent& event)
{
    auto ok = [](qint64 id) { return id > 0 && double(id) <= kMaxJsonId; };
    auto customersOk = [&ok](const QVector<CustomerId>& customers) {
        if (customers.isEmpty())
            return false;
        for (CustomerId customer : customers) {
            if (!ok(customer.value()))
                return false;
        }
        return true;
    };
    if (event.kind == ClusterEvent::Kind::SessionsEnded
        || event.kind == ClusterEvent::Kind::PresenceChanged)
        return ok(event.user.value());
    if (event.kind == ClusterEvent::Kind::QueueChanged)
        return ok(event.queue.value());
    if (event.kind == ClusterEvent::Kind::AnnouncementChanged)
        return ok(event.announcement.value());
    if (event.kind == ClusterEvent::Kind::AnnouncementRemoved)
        return ok(event.announcement.value()) && customersOk(event.formerCustomers);
    if (!ok(event.ticket.value()))
        return false;
    switch (event.kind) {
    case ClusterEvent::Kind::TicketChanged:
        return true;
    case ClusterEvent::Kind::MessageAdded:
        return ok(event.message.value());
    case ClusterEvent::Kind::TicketRemoved:
        return customersOk(event.formerCustomers);
    case ClusterEvent::Kind::Activity:
        return ok(event.user.value()) && event.state >= 1 && event.state <= 3;
    case ClusterEvent::Kind::SessionsEnded:
    case ClusterEvent::Kind::QueueChanged:
    case ClusterEvent::Kind::PresenceChanged:
        return true;
    case ClusterEvent::Kind::SlaAlert:
        return ok(event.alert);
    case ClusterEvent::Kind::AnnouncementChanged:
    case ClusterEvent::Kind::AnnouncementRemoved:
        return true; // checked above
    }
    return false;
}

// The JSON number as an id, or nullopt unless it is a whole number in 1 .. 2^53-1.
std::optional<qint64> idFrom(const QJsonValue& value)
{
    if (!value.isDouble())
        return std::nullopt;
    const double d = value.toDouble();
    if (!(d >= 1.0 && d <= kMaxJsonId) || std::floor(d) != d)
        return std::nullopt;
    return qint64(d);
}

// The organisations of a removal: a non-empty array of ids.
std::optional<QVector<CustomerId>> customersFrom(const QJsonValue& value, QString* error)
{
    const QJsonArray list = value.toArray();
    QString why;
    if (!value.isArray() || list.isEmpty())
        why = QStringLiteral("removal without organisations");
    QVector<CustomerId> customers;
    customers.reserve(list.size());
    for (const QJsonValue& v : list) {
        const std::optional<qint64> customer = idFrom(v);
        if (!customer) {
            why = QStringLiteral("bad customer id");
            break;
        }
        customers << CustomerId(*customer);
    }
    if (why.isEmpty())
        return customers;
    if (error)
        *error = why;
    return std::nullopt;
}

// ["n", announcement] or ["nr", announcement, [customer, ...]].
std::optional<ClusterEvent> announcementFrom(const QJsonArray& a, QString* error)
{
    const std::optional<qint64> id = idFrom(a.at(1));
    const bool removal = a.at(0).toString() == u"nr";
    if (!id || a.size() != (removal ? 3 : 2)) {
        if (error)
            *error = QStringLiteral("bad announcement event");
        return std::nullopt;
    }
    if (!removal)
        return ClusterEvent::announcementChanged(AnnouncementId(*id));
    const auto customers = customersFrom(a.at(2), error);
    if (!customers)
        return std::nullopt;
    return ClusterEvent::announcementRemoved(AnnouncementId(*id), *customers);
}

std::optional<ClusterEvent> eventFrom(const QJsonValue& value, QString* error)
{
    auto fail = [error](const QString& why) -> std::optional<ClusterEvent> {
        if (error)
            *error = why;
        return std::nullopt;
    };
    if (!value.isArray())
        return fail(QStringLiteral("event is not an array"));
    const QJsonArray a = value.toArray();
    if (a.size() < 2)
        return fail(QStringLiteral("event too short"));
    const QString kind = a.at(0).toString();
    if (kind == u"u" && a.size() == 2) {
        const std::optional<qint64> user = idFrom(a.at(1));
        if (!user)
            return fail(QStringLiteral("bad user id"));
        return ClusterEvent::sessionsEnded(UserId(*user));
    }
    if ((kind == u"q" || kind == u"p") && a.size() == 2) {
        const std::optional<qint64> id = idFrom(a.at(1));
        if (!id)
            return fail(QStringLiteral("bad id"));
        return kind == u"q" ? ClusterEvent::queueChanged(QueueId(*id))
                            : ClusterEvent::presenceChanged(UserId(*id));
    }
    if (kind == u"n" || kind == u"nr")
        return announcementFrom(a, error);
    const std::optional<qint64> ticket = idFrom(a.at(1));
    if (!ticket)
        return fail(QStringLiteral("bad ticket id"));
    if (kind == u"t" && a.size() == 2)
        return ClusterEvent::ticketChanged(TicketId(*ticket));
    if (kind == u"m" && a.size() == 3) {
        const std::optional<qint64> message = idFrom(a.at(2));
        if (!message)
            return fail(QStringLiteral("bad message id"));
        return ClusterEvent::messageAdded(TicketId(*ticket), MessageId(*message));
    }
    if (kind == u"a" && a.size() == 4) {
        const std::optional<qint64> user = idFrom(a.at(2));
        const std::optional<qint64> state = idFrom(a.at(3));
        if (!user || !state || *state > 3)
            return fail(QStringLiteral("bad activity"));
        return ClusterEvent::activity(TicketId(*ticket), UserId(*user), int(*state));
    }
    if (kind == u"sa" && a.size() == 3) {
        const std::optional<qint64> alert = idFrom(a.at(2));
        if (!alert)
            return fail(QStringLiteral("bad alert id"));
        return ClusterEvent::slaAlert(TicketId(*ticket), *alert);
    }
    if (kind == u"r" && a.size() == 3 && a.at(2).isArray()) {
        const QJsonArray list = a.at(2).toArray();
        if (list.isEmpty())
            return fail(QStringLiteral("removal without organisations"));
        QVector<CustomerId> customers;
        customers.reserve(list.size());
        for (const QJsonValue& v : list) {
            const std::optional<qint64> customer = idFrom(v);
            if (!customer)
                return fail(QStringLiteral("bad customer id"));
            customers << CustomerId(*customer);
        }
        return ClusterEvent::ticketRemoved(TicketId(*ticket), customers);
    }
    return fail(QStringLiteral("unknown event shape"));
}
} // namespace

QString newClusterInstanceId()
{
    return QString::number(QRandomGenerator::system()->generate64(), 16).rightJustified(16, u'0');
}

bool isValidClusterInstanceId(const QString& instance)
{
    if (instance.isEmpty() || instance.size() > kMaxInstanceChars)
        return false;
    for (QChar c : instance) {
        const char16_t u = c.unicode();
        const bool ok = (u >= u'0' && u <= u'9') || (u >= u'a' && u <= u'z')
            || (u >= u'A' && u <= u'Z') || u == u'-' || u == u'_';
        if (!ok)
            return false;
    }
    return true;
}

QStringList encodeClusterPayloads(const QString& instance, const QVector<ClusterEvent>& events)
{
    if (!isValidClusterInstanceId(instance)) {
        qCWarning(lcClusterPayload) << "not announcing events: invalid instance id";
        return {};
    }
    const QByteArray head = "{\"s\":\"" + instance.toLatin1() + "\",\"e\":[";
    const QByteArray tail = "]}";
    QStringList payloads;
    QByteArray current = head;
    bool empty = true;
    auto flush = [&]() {
        if (empty)
            return;
        current += tail;
        payloads << QString::fromLatin1(current);
        current = head;
        empty = true;
    };
    auto append = [&](const QByteArray& event) {
        if (current.size() + 1 + event.size() + tail.size() >= kMaxClusterPayloadBytes)
            flush();
        if (!empty)
            current += ',';
        current += event;
        empty = false;
    };
    for (const ClusterEvent& event : events) {
        if (!isEncodable(event)) {
            qCWarning(lcClusterPayload)
                << "not announcing an event with an invalid id, ticket" << event.ticket.value();
            continue;
        }
        if (event.kind != ClusterEvent::Kind::TicketRemoved
            && event.kind != ClusterEvent::Kind::AnnouncementRemoved) {
            append(encodeOne(event, 0, 0));
            continue;
        }
        const qsizetype count = event.formerCustomers.size();
        for (qsizetype first = 0; first < count; first += kIdsPerRemoval)
            append(encodeOne(event, first, qMin<qsizetype>(kIdsPerRemoval, count - first)));
    }
    flush();
    return payloads;
}

std::optional<ClusterBatch> parseClusterPayload(const QString& payload, QString* error)
{
    auto fail = [error](const QString& why) -> std::optional<ClusterBatch> {
        if (error)
            *error = why;
        return std::nullopt;
    };
    const QByteArray bytes = payload.toUtf8();
    if (bytes.size() >= 8000)
        return fail(QStringLiteral("payload too long"));
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return fail(QStringLiteral("not JSON: %1").arg(parseError.errorString()));
    if (!doc.isObject())
        return fail(QStringLiteral("not a JSON object"));
    const QJsonObject root = doc.object();
    const QString instance = root.value(QLatin1String("s")).toString();
    if (!isValidClusterInstanceId(instance))
        return fail(QStringLiteral("bad instance id"));
    const QJsonValue list = root.value(QLatin1String("e"));
    if (!list.isArray() || list.toArray().isEmpty())
        return fail(QStringLiteral("no event list"));
    ClusterBatch batch { instance, {} };
    const QJsonArray array = list.toArray();
    batch.events.reserve(array.size());
    for (const QJsonValue& value : array) {
        std::optional<ClusterEvent> event = eventFrom(value, error);
        if (!event)
            return std::nullopt;
        batch.events << std::move(*event);
    }
    return batch;
}

bool isValidClusterChannel(const QString& channel, QString* error)
{
    auto fail = [error](const QString& why) {
        if (error)
            *error = why;
        return false;
    };
    if (channel.isEmpty())
        return fail(QStringLiteral("the event channel name is empty"));
    if (channel.size() > kMaxClusterChannelBytes)
        return fail(QStringLiteral("the event channel name is longer than %1 characters")
                        .arg(kMaxClusterChannelBytes));
    for (QChar c : channel) {
        if (c.unicode() < 0x20 || c.unicode() > 0x7e)
            return fail(QStringLiteral("the event channel name may hold printable ASCII only"));
    }
    if (channel.contains(u'.'))
        return fail(QStringLiteral("the event channel name may not contain '.'"));
    if (channel.startsWith(u'"') || channel.endsWith(u'"'))
        return fail(QStringLiteral("the event channel name may not start or end with '\"'"));
    return true;
}

QString quotedClusterChannel(const QString& channel)
{
    QString quoted = channel;
    quoted.replace(u'"', QLatin1String("\"\""));
    return u'"' + quoted + u'"';
}

bool notifyCluster(
    QSqlDatabase& db, const QString& channel, const QStringList& payloads, QString* error)
{
    if (payloads.isEmpty())
        return true;
    QSqlQuery query(db);
    if (!query.prepare(QStringLiteral("SELECT pg_notify(?, ?)"))) {
        if (error)
            *error = query.lastError().text();
        return false;
    }
    for (const QString& payload : payloads) {
        query.bindValue(0, channel);
        query.bindValue(1, payload);
        if (!query.exec()) {
            if (error)
                *error = query.lastError().text();
            return false;
        }
    }
    return true;
}

} // namespace helpdesk::server
