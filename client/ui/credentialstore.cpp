// SPDX-License-Identifier: GPL-3.0-or-later
#include "credentialstore.h"

#include <qt6keychain/keychain.h>

#include <QLoggingCategory>
#include <QVariant>

Q_LOGGING_CATEGORY(lcCredentials, "helpdesk.client.credentials", QtInfoMsg)

namespace helpdesk::client {

namespace {

// Which call a finished job answers; kept on the job so that one slot serves all three.
constexpr char kOperationProperty[] = "helpdeskOperation";
enum class Operation { Save, Load, Forget };

} // namespace

CredentialStore::CredentialStore(QObject* parent)
    : QObject(parent)
{
}

QString CredentialStore::accountKey(const QString& login, const QString& host, quint16 port)
{
    return QStringLiteral("%1@%2:%3").arg(login, host.toLower()).arg(port);
}

void CredentialStore::save(const QString& account, const QString& token)
{
    auto* job = new QKeychain::WritePasswordJob(QString::fromLatin1(kService), this);
    // Never fall back to a plain-text file: a token there is as good as a password to anyone
    // who can read the home directory. Without a keychain the user simply types the password.
    job->setInsecureFallback(false);
    job->setKey(account);
    job->setTextData(token);
    job->setProperty(kOperationProperty, int(Operation::Save));
    connect(job, &QKeychain::Job::finished, this, &CredentialStore::onFinished);
    job->start();
}

void CredentialStore::load(const QString& account)
{
    auto* job = new QKeychain::ReadPasswordJob(QString::fromLatin1(kService), this);
    job->setInsecureFallback(false);
    job->setKey(account);
    job->setProperty(kOperationProperty, int(Operation::Load));
    connect(job, &QKeychain::Job::finished, this, &CredentialStore::onFinished);
    job->start();
}

void CredentialStore::forget(const QString& account)
{
    auto* job = new QKeychain::DeletePasswordJob(QString::fromLatin1(kService), this);
    job->setInsecureFallback(false);
    job->setKey(account);
    job->setProperty(kOperationProperty, int(Operation::Forget));
    connect(job, &QKeychain::Job::finished, this, &CredentialStore::onFinished);
    job->start();
}

void CredentialStore::onFinished(QKeychain::Job* job)
{
    // Jobs delete themselves after finished() (autoDelete is on by default).
    const auto operation = Operation(job->property(kOperationProperty).toInt());
    const QString account = job->key();
    const QKeychain::Error error = job->error();

    if (error == QKeychain::EntryNotFound && operation == Operation::Load) {
        emit loaded(account, QString());
        return;
    }
    if (error == QKeychain::EntryNotFound && operation == Operation::Forget) {
        emit forgotten(account);
        return;
    }
    if (error != QKeychain::NoError) {
        // The library's errorString() is English and technical: it goes to the log only.
        qCWarning(lcCredentials) << "keychain operation" << int(operation) << "for" << account
                                 << "failed:" << int(error) << job->errorString();
        emit notAvailable(reasonText(job));
        return;
    }
    switch (operation) {
    case Operation::Save:
        emit saved(account);
        break;
    case Operation::Load:
        emit loaded(account, static_cast<QKeychain::ReadPasswordJob*>(job)->textData());
        break;
    case Operation::Forget:
        emit forgotten(account);
        break;
    }
}

QString CredentialStore::reasonText(QKeychain::Job* job) const
{
    switch (job->error()) {
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        return tr("This computer has no password keychain this program can use (such as the "
                  "Secret Service, KWallet, the macOS Keychain or the Windows Credential "
                  "Manager), so you will need to enter your password each time.");
    case QKeychain::AccessDeniedByUser:
        return tr("Access to the password keychain was refused, so the session cannot be "
                  "remembered.");
    case QKeychain::AccessDenied:
        return tr("The password keychain is locked or does not allow access, so the session "
                  "cannot be remembered.");
    case QKeychain::CouldNotDeleteEntry:
        return tr("The remembered session could not be removed from the password keychain.");
    default:
        return tr("This computer's password keychain could not be used, so the session cannot "
                  "be remembered and you will need to enter your password each time.");
    }
}

} // namespace helpdesk::client
