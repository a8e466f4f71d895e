// SPDX-License-Identifier: GPL-3.0-or-later
#include "cannedbook.h"

#include "connection.h"

#include <QJsonArray>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcCanned, "helpdesk.client.canned", QtInfoMsg)

namespace helpdesk::client {

CannedBook::CannedBook(Connection* connection, QObject* parent)
    : QObject(parent)
    , m_connection(connection)
{
    if (!m_connection)
        return;
    connect(m_connection, &Connection::loggedIn, this, &CannedBook::refresh);
    connect(m_connection, &Connection::resynced, this, &CannedBook::refresh);
    if (m_connection->isReady())
        refresh();
}

void CannedBook::refresh()
{
    if (!m_connection || !m_connection->isReady())
        return;
    const auto me = m_connection->currentUser();
    if (!me || !isStaff(me->role))
        return; // canned responses are staff only
    const int generation = ++m_generation;
    m_connection->call(
        QStringLiteral("canned.list"), QJsonObject(), this,
        [this, generation](const QJsonValue& result) {
            if (generation != m_generation)
                return;
            m_responses.clear();
            for (const QJsonValue& item :
                result.toObject().value(QLatin1String("items")).toArray()) {
                const QJsonObject object = item.toObject();
                m_responses.push_back({ object.value(QLatin1String("id")).toInteger(),
                    object.value(QLatin1String("name")).toString(),
                    object.value(QLatin1String("scope")).toString(),
                    object.value(QLatin1String("macro")).toBool(),
                    object.value(QLatin1String("texts")).toObject() });
            }
            m_loaded = true;
            emit changed();
        },
        [](const rpc::Error& error) {
            qCWarning(lcCanned) << "cannot read the canned responses:" << error.message;
        });
}

QVector<CannedResponse> CannedBook::matching(const QString& part) const
{
    QVector<CannedResponse> found;
    for (const CannedResponse& response : m_responses) {
        if (response.name.contains(part, Qt::CaseInsensitive))
            found << response;
    }
    return found;
}

QVector<CannedResponse> CannedBook::macros() const
{
    QVector<CannedResponse> found;
    for (const CannedResponse& response : m_responses) {
        if (response.macro)
            found << response;
    }
    return found;
}

void CannedBook::render(qint64 response, TicketId ticket, const QObject* context,
    std::function<void(const QString&)> onText, std::function<void(const rpc::Error&)> onError)
{
    if (!m_connection)
        return;
    m_connection->call(
        QStringLiteral("canned.render"),
        QJsonObject { { QStringLiteral("id"), double(response) },
            { QStringLiteral("ticketId"), double(ticket.value()) } },
        context,
        [onText](const QJsonValue& result) {
            onText(result.toObject().value(QLatin1String("body")).toString());
        },
        onError);
}

void CannedBook::applyMacro(qint64 response, TicketId ticket, qint64 version,
    const QObject* context, std::function<void()> onApplied,
    std::function<void(const rpc::Error&)> onError)
{
    if (!m_connection)
        return;
    m_connection->call(
        QStringLiteral("macro.apply"),
        QJsonObject { { QStringLiteral("id"), double(response) },
            { QStringLiteral("ticketId"), double(ticket.value()) },
            { QStringLiteral("version"), double(version) } },
        context, [onApplied](const QJsonValue&) { onApplied(); }, onError);
}

} // namespace helpdesk::client
