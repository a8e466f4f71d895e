// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "serveraddress.h"

// Asks for the server, login and password, or resumes the remembered session, and accepts once
// the Connection is logged in. All network work is the Connection's; the dialog only drives it.

#include <QDialog>
#include <QString>

#include <functional>

QT_BEGIN_NAMESPACE
class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
QT_END_NAMESPACE

namespace helpdesk {
struct User;
namespace rpc {
struct Error;
}
} // namespace helpdesk

namespace helpdesk::client {

class Connection;
class CredentialStore;

class LoginDialog : public QDialog
{
    Q_OBJECT

public:
    static constexpr quint16 kDefaultPort = ServerAddress::kDefaultPort;

    // Neither is owned; both must outlive the dialog. The last server and login come from
    // QSettings, so QCoreApplication's organisation and application names must be set first.
    LoginDialog(Connection* connection, CredentialStore* credentials, QWidget* parent = nullptr);

    // Resumes the session remembered for the last account: accepts by itself when the server
    // takes the token, and asks for the password when nothing is remembered, the token has
    // expired or the keychain cannot be used. Returns false, doing nothing, when "Remember me"
    // was off at the last login. Call before exec()/open().
    bool tryResume();

    // Shows a sentence above the buttons, e.g. why the main window asks to log in again.
    void showMessage(const QString& text);

    QString serverAddress() const; // as typed, "host:port"
    QString login() const;
    bool isBusy() const { return m_busy; }

protected:
    void changeEvent(QEvent* event) override;

private:
    enum class Mode { Idle, LoadingToken, Resuming, LoggingIn };

    void retranslateUi();
    bool readServer();
    void startLogin();
    void finishAttempt();
    void setBusy(bool busy);
    void setStatus(std::function<QString()> text, bool isError);
    // Ends the attempt and puts the cursor where the user has to type next.
    void askForPassword(std::function<QString()> status, bool isError);
    void fitContents();
    void rememberAccount();

    void onStateChanged();
    void onLoggedIn(const helpdesk::User& user);
    void onLoginFailed(const helpdesk::rpc::Error& error);
    void onSessionExpired();
    void onLinkError(const QString& text);
    void onTokenLoaded(const QString& account, const QString& token);
    void onKeychainNotAvailable(const QString& reason);
    void onRememberClicked(bool checked);

    Connection* m_connection;
    CredentialStore* m_credentials;

    QLabel* m_serverLabel = nullptr;
    QLineEdit* m_serverEdit = nullptr;
    QLabel* m_loginLabel = nullptr;
    QLineEdit* m_loginEdit = nullptr;
    QLabel* m_passwordLabel = nullptr;
    QLineEdit* m_passwordEdit = nullptr;
    QCheckBox* m_rememberBox = nullptr;
    QLabel* m_keychainLabel = nullptr;
    QLabel* m_statusLabel = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
    QPushButton* m_loginButton = nullptr;
    QPushButton* m_quitButton = nullptr;

    Mode m_mode = Mode::Idle;
    bool m_busy = false;
    bool m_rememberedBefore = false; // a token may be in the keychain for the last account
    ServerAddress m_server; // of the attempt in progress
    QString m_account; // CredentialStore::accountKey() of the attempt
    std::function<QString()> m_statusText; // re-run on a language change
    std::function<QString()> m_keychainText;
};

} // namespace helpdesk::client
