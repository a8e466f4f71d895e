// SPDX-License-Identifier: GPL-3.0-or-later
#include "signatures.h"

#include "connection.h"
#include "errortext.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcSignatures, "helpdesk.client.signatures", QtInfoMsg)

namespace helpdesk::client {

namespace {

bool sameOwner(const Signature& signature, std::optional<QueueId> queue)
{
    // signature.list returns the caller's own signatures and the queues': a signature without
    // a queue is the caller's.
    return queue ? signature.queueId == queue : !signature.queueId.has_value();
}

} // namespace

SignatureBook::SignatureBook(Connection* connection, QObject* parent)
    : QObject(parent)
    , m_connection(connection)
{
    if (!m_connection)
        return;
    connect(m_connection, &Connection::loggedIn, this, &SignatureBook::refresh);
    connect(m_connection, &Connection::resynced, this, &SignatureBook::refresh);
    if (m_connection->isReady())
        refresh();
}

void SignatureBook::refresh()
{
    if (!m_connection || !m_connection->isReady())
        return;
    const auto me = m_connection->currentUser();
    if (!me || !isStaff(me->role))
        return; // customers have no signatures (signature.list is staff only)
    const int generation = ++m_generation;
    m_connection->listSignatures(
        this,
        [this, generation](const QVector<Signature>& signatures) {
            if (generation != m_generation)
                return;
            m_signatures = signatures;
            m_loaded = true;
            emit changed();
        },
        [](const rpc::Error& error) {
            qCWarning(lcSignatures) << "cannot read the signatures:" << error.message;
        });
}

QString SignatureBook::text(std::optional<QueueId> queue, const QString& locale) const
{
    for (const Signature& signature : m_signatures) {
        if (sameOwner(signature, queue) && signature.locale == locale)
            return signature.text;
    }
    return QString();
}

QStringList SignatureBook::fallbackChain(const QString& locale)
{
    QStringList chain;
    QString name = locale.trimmed();
    name.replace(QLatin1Char('-'), QLatin1Char('_'));
    if (!name.isEmpty())
        chain << name;
    const qsizetype separator = name.indexOf(QLatin1Char('_'));
    if (separator > 0)
        chain << name.left(separator);
    chain << QString();
    return chain;
}

std::optional<Signature> SignatureBook::pick(
    const QVector<Signature>& signatures, std::optional<QueueId> queue, const QString& readerLocale)
{
    const QStringList chain = fallbackChain(readerLocale);
    for (const QString& locale : chain) {
        for (const Signature& signature : signatures) {
            if (sameOwner(signature, queue)
                && signature.locale.compare(locale, Qt::CaseInsensitive) == 0
                && !signature.text.trimmed().isEmpty())
                return signature;
        }
    }
    return std::nullopt;
}

QString SignatureBook::replySignature(
    const QString& readerLocale, std::optional<QueueId> queue) const
{
    QStringList parts;
    if (const auto mine = pick(m_signatures, std::nullopt, readerLocale))
        parts << mine->text;
    if (queue) {
        if (const auto queues = pick(m_signatures, queue, readerLocale))
            parts << queues->text;
    }
    return parts.join(QLatin1Char('\n'));
}

void SignatureBook::store(std::optional<QueueId> queue, const QString& locale, const QString& text,
    const QObject* context, std::function<void()> onStored,
    std::function<void(const rpc::Error&)> onError)
{
    if (!m_connection) {
        if (onError)
            onError(localError(Offline));
        return;
    }
    const QPointer<const QObject> guard(context);
    m_connection->setSignature(
        queue, locale, text, this,
        [this, guard, onStored = std::move(onStored)](const Signature& signature) {
            replace(signature);
            if (guard && onStored)
                onStored();
        },
        [guard, onError = std::move(onError)](const rpc::Error& error) {
            if (guard && onError)
                onError(error);
        });
}

void SignatureBook::replace(const Signature& signature)
{
    // The answer to a delete is the same object with an empty text.
    const std::optional<QueueId> queue = signature.queueId;
    for (qsizetype i = 0; i < m_signatures.size(); ++i) {
        if (sameOwner(m_signatures[i], queue) && m_signatures[i].locale == signature.locale) {
            m_signatures.removeAt(i);
            break;
        }
    }
    if (!signature.text.isEmpty())
        m_signatures.append(signature);
    emit changed();
}

} // namespace helpdesk::client
