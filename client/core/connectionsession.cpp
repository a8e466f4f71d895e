// SPDX-License-Identifier: GPL-3.0-or-later
// Connection: the session on top of the link - hello, login, resume, logout, and the
// heartbeat that notices a server which stopped answering.
#include "connection.h"

#include "errortext.h"
#include "protocol/methods.h"

#include <QRegularExpression>

#include <memory>
#include <utility>

namespace helpdesk::client {

namespace {

constexpr int kLogoutWaitMs = 3000;

// The server accepts locale names like "ru_RU" only; Qt's "C" locale is none, so it is left out.
QString wireLocale(const QString& name)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z]{2,3}([_-][A-Za-z0-9]{2,8})*$"));
    return pattern.match(name).hasMatch() ? name : QString();
}

QJsonObject helloParams(const QString& locale)
{
    QJsonObject params { { QStringLiteral("protocol"), kProtocolVersion },
        { QStringLiteral("client"), QStringLiteral("helpdesk-client/" HELPDESK_VERSION) } };
    const QString name = wireLocale(locale);
    if (!name.isEmpty())
        params.insert(QStringLiteral("locale"), name);
    return params;
}

bool isLocal(const rpc::Error& error)
{
    return error.code == ConnectionLost || error.code == Offline;
}

} // namespace

void Connection::login(const QString& login, const QString& password)
{
    m_pendingLogin = login;
    m_pendingPassword = password;
    m_token.clear();
    m_hadSession = false;
    if (m_socket && m_helloDone) {
        sendLogin();
    } else if (!m_wantConnected) {
        m_pendingLogin.clear();
        m_pendingPassword.clear();
        const rpc::Error error = localError(Offline);
        QTimer::singleShot(0, this, [this, error] { emit loginFailed(error); });
    }
}

void Connection::resume(const QString& token)
{
    m_token = token;
    m_pendingLogin.clear();
    m_pendingPassword.clear();
    if (m_socket && m_helloDone)
        sendResume();
}

void Connection::logout()
{
    const bool canRevoke = m_state == State::Ready;
    m_token.clear();
    m_user.reset();
    m_hadSession = false;
    if (m_socket && m_helloDone) {
        setState(State::Authenticating);
    } else {
        // Without a link the token cannot be revoked; it expires on the server by itself.
        m_wantConnected = false;
        m_reconnectTimer.stop();
        closeSocket();
        setState(State::Disconnected);
    }
    if (!canRevoke) {
        emit loggedOut();
        return;
    }
    // loggedOut() follows the server's answer, so that the token is known to be dead by then,
    // but a server that does not answer promptly must not hold the UI up.
    auto emitted = std::make_shared<bool>(false);
    auto done = [this, emitted] {
        if (!std::exchange(*emitted, true))
            emit loggedOut();
    };
    send(
        QString(method::AuthLogout), {}, this, [done](const QJsonValue&) { done(); },
        [done](const rpc::Error&) { done(); });
    QTimer::singleShot(kLogoutWaitMs, this, done);
}

void Connection::sendHello()
{
    // The TCP connect may succeed against a server that then never answers (stopped, or the
    // kernel accepting for it): every session step is timed like the connect itself.
    m_connectTimer.start(kHandshakeTimeoutMs);
    send(
        QString(method::Hello), helloParams(m_locale), this,
        [this](const QJsonValue&) {
            m_connectTimer.stop();
            m_helloDone = true;
            if (!m_token.isEmpty())
                sendResume();
            else if (!m_pendingLogin.isEmpty())
                sendLogin();
            else
                setState(State::Authenticating);
        },
        [this](const rpc::Error& error) {
            if (isLocal(error))
                return;
            m_connectTimer.stop();
            if (error.code == rpc::UnsupportedProtocol)
                m_wantConnected = false; // retrying cannot help
            onSocketLost(errorText(error));
        });
}

void Connection::sendLogin()
{
    setState(State::Authenticating);
    const QJsonObject params { { QStringLiteral("login"), std::exchange(m_pendingLogin, {}) },
        { QStringLiteral("password"), std::exchange(m_pendingPassword, {}) } };
    m_connectTimer.start(kHandshakeTimeoutMs);
    send(
        QString(method::AuthLogin), params, this,
        [this](const QJsonValue& result) {
            m_connectTimer.stop();
            const QJsonObject object = result.toObject();
            const QString token = object.value(QLatin1String("token")).toString();
            const auto user = User::fromJson(object.value(QLatin1String("user")).toObject());
            if (token.isEmpty() || !user) {
                emit loginFailed(localError(BadResponse));
                return;
            }
            m_token = token;
            becomeReady(*user);
        },
        [this](const rpc::Error& error) {
            m_connectTimer.stop();
            emit loginFailed(error);
        });
}

void Connection::sendResume()
{
    if (m_state != State::Reconnecting)
        setState(State::Authenticating);
    m_connectTimer.start(kHandshakeTimeoutMs);
    send(
        QString(method::AuthResume), QJsonObject { { QStringLiteral("token"), m_token } }, this,
        [this](const QJsonValue& result) {
            m_connectTimer.stop();
            const auto user
                = User::fromJson(result.toObject().value(QLatin1String("user")).toObject());
            if (!user) {
                onSocketLost(errorText(localError(BadResponse)));
                return;
            }
            becomeReady(*user);
        },
        [this](const rpc::Error& error) {
            if (isLocal(error))
                return;
            m_connectTimer.stop();
            if (error.code == rpc::Unauthenticated) {
                m_token.clear();
                m_user.reset();
                m_hadSession = false;
                setState(State::Authenticating);
                emit sessionExpired();
                return;
            }
            onSocketLost(errorText(error)); // a server-side hiccup: try again later
        });
}

void Connection::becomeReady(const User& user)
{
    const bool resync = m_hadSession && m_user && m_user->id == user.id;
    m_user = user;
    m_hadSession = true;
    m_reconnectAttempt = 0;
    setState(State::Ready);
    if (resync)
        emit resynced();
    else
        emit loggedIn(user);
}

void Connection::heartbeat()
{
    if (m_state != State::Ready || !m_socket || !m_lastReceived.isValid())
        return;
    if (!m_lastReceived.hasExpired(m_heartbeatMs))
        return;
    if (m_heartbeatPending) {
        // Nothing arrived for a whole interval after the probe: the link is dead even if the
        // socket has not noticed (a dropped Wi-Fi sends no FIN).
        onSocketLost(tr("The server stopped answering."));
        return;
    }
    m_heartbeatPending = true;
    // hello is the one request every server answers in any session state without touching
    // its database; a repeated hello only re-states the client's name and locale.
    send(QString(method::Hello), helloParams(m_locale), this, {}, {});
}

} // namespace helpdesk::client
