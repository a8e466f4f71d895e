// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Keeps the session token (never the password) per server and login in the operating system's
// keychain, so that the next start can resume the session without asking for the password.
// Every call is asynchronous; exactly one signal answers it, from the event loop.

#include <QObject>
#include <QString>

namespace QKeychain {
class Job;
}

namespace helpdesk::client {

class CredentialStore : public QObject
{
    Q_OBJECT

public:
    // The keychain entries' service name.
    static constexpr char kService[] = "helpdesk-client";

    explicit CredentialStore(QObject* parent = nullptr);

    // The key under which a token is kept: "login@host:port" (host lower-cased, since host
    // names are case-insensitive and the same server must find the same entry).
    static QString accountKey(const QString& login, const QString& host, quint16 port);

    // Answered by saved() or notAvailable().
    void save(const QString& account, const QString& token);
    // Answered by loaded() (with an empty token when nothing is kept) or notAvailable().
    void load(const QString& account);
    // Answered by forgotten() (also when nothing was kept) or notAvailable().
    void forget(const QString& account);

Q_SIGNALS:
    void loaded(const QString& account, const QString& token);
    void saved(const QString& account);
    void forgotten(const QString& account);
    // The keychain cannot be used (no backend, e.g. no Secret Service on a headless Linux, or
    // access denied). reason is a translated sentence for the user.
    void notAvailable(const QString& reason);

private:
    void onFinished(QKeychain::Job* job);
    QString reasonText(QKeychain::Job* job) const;
};

} // namespace helpdesk::client
