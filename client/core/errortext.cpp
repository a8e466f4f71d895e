// SPDX-License-Identifier: GPL-3.0-or-later
#include "errortext.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace helpdesk::client {

namespace {

constexpr char kContext[] = "helpdesk::client::ErrorText";

// The texts are marked with QT_TRANSLATE_NOOP so lupdate finds them under kContext (a helper
// named translate() would hide them: lupdate reads it as QCoreApplication::translate).
QString textFor(const char* text)
{
    return QCoreApplication::translate(kContext, text);
}

QString reasonOf(const rpc::Error& error)
{
    return error.data.toObject().value(QLatin1String("reason")).toString();
}

} // namespace

rpc::Error localError(LocalErrorCode code)
{
    // The English message is for logs, like the server's; errorText() gives the user's text.
    switch (code) {
    case Offline:
        return { code, QStringLiteral("not connected"), QJsonValue::Undefined };
    case ConnectionLost:
        return { code, QStringLiteral("connection lost before the answer arrived"),
            QJsonValue::Undefined };
    case TimedOut:
        return { code, QStringLiteral("no answer in time"), QJsonValue::Undefined };
    case BadResponse:
        return { code, QStringLiteral("malformed answer"), QJsonValue::Undefined };
    }
    return { code, QStringLiteral("client error"), QJsonValue::Undefined };
}

bool isTransient(const rpc::Error& error)
{
    switch (error.code) {
    case Offline:
    case ConnectionLost:
    case TimedOut:
    case rpc::RateLimited:
    case rpc::InternalError:
        return true;
    default:
        return false;
    }
}

QString errorText(const rpc::Error& error)
{
    switch (error.code) {
    case Offline:
        return textFor(
            QT_TRANSLATE_NOOP("helpdesk::client::ErrorText", "Not connected to the server."));
    case ConnectionLost:
        return textFor(QT_TRANSLATE_NOOP(
            "helpdesk::client::ErrorText", "The connection to the server was lost."));
    case TimedOut:
        return textFor(
            QT_TRANSLATE_NOOP("helpdesk::client::ErrorText", "The server did not answer in time."));
    case BadResponse:
        return textFor(QT_TRANSLATE_NOOP("helpdesk::client::ErrorText",
            "The server sent an answer this client does not understand."));
    case rpc::ParseError:
    case rpc::InvalidRequest:
        if (reasonOf(error) == QLatin1String("frame_too_large"))
            return textFor(QT_TRANSLATE_NOOP(
                "helpdesk::client::ErrorText", "The request is too large for the server."));
        return textFor(QT_TRANSLATE_NOOP(
            "helpdesk::client::ErrorText", "The server could not read the request."));
    case rpc::MethodNotFound:
        return textFor(QT_TRANSLATE_NOOP("helpdesk::client::ErrorText",
            "The server does not support this operation. It may be an older version."));
    case rpc::InvalidParams:
    case rpc::ValidationFailed:
        return textFor(QT_TRANSLATE_NOOP(
            "helpdesk::client::ErrorText", "Some of the entered values are not valid."));
    case rpc::InternalError:
        return textFor(QT_TRANSLATE_NOOP("helpdesk::client::ErrorText",
            "The server ran into an internal error. Please try again."));
    case rpc::Unauthenticated:
        if (reasonOf(error) == QLatin1String("bad_credentials"))
            return textFor(
                QT_TRANSLATE_NOOP("helpdesk::client::ErrorText", "Wrong login or password."));
        if (reasonOf(error) == QLatin1String("disabled"))
            return textFor(QT_TRANSLATE_NOOP("helpdesk::client::ErrorText",
                "This account is disabled. Please ask an administrator."));
        if (reasonOf(error) == QLatin1String("bad_token"))
            return textFor(QT_TRANSLATE_NOOP(
                "helpdesk::client::ErrorText", "Your session has expired. Please log in again."));
        return textFor(QT_TRANSLATE_NOOP("helpdesk::client::ErrorText", "You are not logged in."));
    case rpc::Forbidden:
        return textFor(
            QT_TRANSLATE_NOOP("helpdesk::client::ErrorText", "You are not allowed to do this."));
    case rpc::NotFound:
        return textFor(QT_TRANSLATE_NOOP(
            "helpdesk::client::ErrorText", "It does not exist or you cannot see it."));
    case rpc::Conflict:
        return textFor(QT_TRANSLATE_NOOP(
            "helpdesk::client::ErrorText", "Someone else changed this in the meantime."));
    case rpc::AwaitingApproval:
        return textFor(QT_TRANSLATE_NOOP("helpdesk::client::ErrorText",
            "This request waits for the organisation owner's approval; until then it cannot be "
            "answered, assigned, merged or have its status changed."));
    case rpc::RateLimited:
        return textFor(QT_TRANSLATE_NOOP("helpdesk::client::ErrorText",
            "Too many attempts. Please wait a moment and try again."));
    case rpc::UnsupportedProtocol:
        return textFor(QT_TRANSLATE_NOOP("helpdesk::client::ErrorText",
            "The server speaks a different protocol version than this client."));
    }
    return textFor(QT_TRANSLATE_NOOP("helpdesk::client::ErrorText", "Unexpected error (code %1)."))
        .arg(error.code);
}

} // namespace helpdesk::client
