// SPDX-License-Identifier: GPL-3.0-or-later
// helpdesk-client: log in (or resume a remembered session), then the main window.
#include "announcementeditor.h"
#include "announcementsdialog.h"
#include "appicon.h"
#include "connection.h"
#include "credentialstore.h"
#include "languagemanager.h"
#include "logindialog.h"
#include "mainwindow.h"
#include "serveraddress.h"
#include "teammenu.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QIcon>
#include <QPointer>
#include <QSettings>
#ifndef QT_NO_SSL
#include <QSslCertificate>
#include <QSslConfiguration>
#endif

#include <cstdio>

#include <memory>
#include <utility>

using namespace helpdesk;
using namespace helpdesk::client;

namespace {

// Keeps the one Connection and switches between the login dialog and the main window.
class ClientApp : public QObject
{
public:
    ClientApp()
    {
        connect(&m_connection, &Connection::loggedOut, this, &ClientApp::showLogin);
        connect(&m_connection, &Connection::sessionExpired, this, &ClientApp::reauthenticate);
        connect(&m_connection, &Connection::sessionEnded, this,
            [this](const QString& reason) { m_endReason = reason; });
    }

    // Trusts the certificates in a PEM file besides the system's (a server with a
    // self-signed or private-CA certificate). Remembered for the next start.
    bool trustCertificates(const QCommandLineParser& parser)
    {
        QSettings settings;
        const QString key = QStringLiteral("connection/caCertificates");
        if (parser.isSet(QStringLiteral("ca-cert")))
            settings.setValue(key, parser.value(QStringLiteral("ca-cert")));
        const QString path = settings.value(key).toString();
        if (path.isEmpty())
            return true;
#ifndef QT_NO_SSL
        const QList<QSslCertificate> certificates = QSslCertificate::fromPath(path);
        if (certificates.isEmpty()) {
            std::fprintf(stderr, "helpdesk-client: no PEM certificate in %s\n",
                qPrintable(QDir::toNativeSeparators(path)));
            return false;
        }
        QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
        configuration.addCaCertificates(certificates);
        m_connection.setSslConfiguration(configuration);
#endif
        return true;
    }

    void start(const QCommandLineParser& parser)
    {
        const QString language = parser.value(QStringLiteral("language"));
        if (language.isEmpty() || !m_languages.setLanguage(language))
            m_languages.applyStartupLanguage();
        m_connection.setLocale(m_languages.current());
        m_openTicket = parser.value(QStringLiteral("open-ticket")).toLongLong();
        m_logCall = parser.isSet(QStringLiteral("log-call"));
        m_editAnnouncement = parser.isSet(QStringLiteral("edit-announcement"));
        m_dashboard = parser.isSet(QStringLiteral("dashboard"));
        const QString server = parser.value(QStringLiteral("server"));
        const QString login = parser.value(QStringLiteral("login"));
        const QString passwordVariable = parser.value(QStringLiteral("password-env"));
        if (!server.isEmpty() && !login.isEmpty() && !passwordVariable.isEmpty()) {
            // Scripted start (the demo command, screenshots): log in without the dialog.
            const auto address = ServerAddress::parse(server);
            if (!address) {
                std::fprintf(
                    stderr, "helpdesk-client: not a server address: %s\n", qPrintable(server));
                showLogin();
                return;
            }
            m_connection.connectToServer(address->host, address->port, address->tls);
            m_connection.login(
                login, qEnvironmentVariable(passwordVariable.toLocal8Bit().constData()));
            auto once = std::make_shared<QMetaObject::Connection>();
            auto failed = std::make_shared<QMetaObject::Connection>();
            *once = connect(&m_connection, &Connection::loggedIn, this, [this, once, failed] {
                disconnect(*once);
                disconnect(*failed);
                showMain();
            });
            *failed = connect(&m_connection, &Connection::loginFailed, this, [this, once, failed] {
                disconnect(*once);
                disconnect(*failed);
                showLogin();
            });
            return;
        }
        showLogin();
    }

private:
    void showLogin()
    {
        if (m_window) {
            m_window->hide();
            m_window->deleteLater();
        }
        LoginDialog dialog(&m_connection, &m_credentials);
        dialog.tryResume();
        if (dialog.exec() != QDialog::Accepted) {
            QCoreApplication::quit();
            return;
        }
        showMain();
    }

    // The server no longer accepts the session (token expired or revoked elsewhere) while the
    // window is open: ask for the password over it. Drafts and queued replies stay where they are.
    void reauthenticate()
    {
        if (!m_window || m_reauthenticating)
            return;
        m_reauthenticating = true;
        LoginDialog dialog(&m_connection, &m_credentials, m_window);
        const QString reason = std::exchange(m_endReason, QString());
        dialog.showMessage(reason == QLatin1String("disabled") ? QCoreApplication::translate(
                               "ClientApp", "An administrator has disabled your account.")
                : reason == QLatin1String("password-reset")
                ? QCoreApplication::translate("ClientApp",
                    "An administrator has reset your password. Please log in with the new one.")
                : QCoreApplication::translate(
                    "ClientApp", "Your session has expired. Please log in again."));
        const bool accepted = dialog.exec() == QDialog::Accepted;
        m_reauthenticating = false;
        if (!accepted) {
            QCoreApplication::quit();
            return;
        }
        // Another account means other drafts, outbox and views: build the window anew.
        const auto user = m_connection.currentUser();
        if (!user || user->login != m_windowLogin) {
            m_window->hide();
            m_window->deleteLater();
            showMain();
        }
    }

    void showMain()
    {
        // On a computer where the user never picked a language, the one stored on the server
        // (chosen elsewhere) wins over the system's.
        if (const auto user = m_connection.currentUser();
            user && !LanguageManager::hasSavedChoice()) {
            const QString code = LanguageManager::closestLanguage(user->locale);
            if (!code.isEmpty() && code != m_languages.current())
                m_languages.setLanguage(code);
        }
        m_windowLogin = m_connection.currentUser() ? m_connection.currentUser()->login : QString();
        m_window = new MainWindow(&m_connection, &m_languages);
        m_window->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_window, &MainWindow::logoutRequested, this, [this] {
            if (const auto user = m_connection.currentUser())
                m_credentials.forget(CredentialStore::accountKey(
                    user->login, m_connection.host(), m_connection.port()));
            m_connection.logout();
        });
        m_window->show();
        if (m_openTicket > 0)
            m_window->openTicket(TicketId(m_openTicket));
        m_openTicket = 0;
        if (m_logCall)
            m_window->newTicket(true);
        m_logCall = false;
        if (m_editAnnouncement)
            editFirstAnnouncement();
        m_editAnnouncement = false;
        if (m_dashboard && m_window->teamMenu())
            m_window->teamMenu()->openDashboard();
        m_dashboard = false;
    }

    // The editor on the newest announcement listed, or on a new one when there is none.
    void editFirstAnnouncement()
    {
        AnnouncementsDialog* list = m_window->showAnnouncements();
        auto once = std::make_shared<QMetaObject::Connection>();
        *once = connect(list, &AnnouncementsDialog::loaded, list, [list, once] {
            QObject::disconnect(*once);
            AnnouncementEditor* editor = list->openEditor(true);
            (editor ? editor : list->openEditor(false))->open();
        });
    }

    LanguageManager m_languages;
    Connection m_connection;
    CredentialStore m_credentials;
    QPointer<MainWindow> m_window;
    qint64 m_openTicket = 0;
    bool m_logCall = false;
    bool m_editAnnouncement = false;
    bool m_dashboard = false;
    bool m_reauthenticating = false;
    QString m_windowLogin;
    QString m_endReason; // why the server ended the session (session.ended), until shown
};

} // namespace

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Helpdesk"));
    QApplication::setApplicationName(QStringLiteral("helpdesk-client"));
    QApplication::setApplicationVersion(QStringLiteral(HELPDESK_VERSION));
    QApplication::setWindowIcon(appIcon());
    QApplication::setQuitOnLastWindowClosed(true);

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Helpdesk desktop client"));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption({ QStringLiteral("server"),
        QStringLiteral("Server address, HOST:PORT, or tls://HOST:PORT for TLS."),
        QStringLiteral("address") });
    parser.addOption({ QStringLiteral("ca-cert"),
        QStringLiteral("Also trust the certificates in this PEM file (self-signed or private CA "
                       "servers; remembered, empty to forget)."),
        QStringLiteral("file") });
    parser.addOption({ QStringLiteral("login"), QStringLiteral("Log in as this user."),
        QStringLiteral("login") });
    parser.addOption({ QStringLiteral("password-env"),
        QStringLiteral("Name of an environment variable holding the password (for scripts)."),
        QStringLiteral("variable") });
    parser.addOption({ QStringLiteral("open-ticket"),
        QStringLiteral("Open this ticket after logging in."), QStringLiteral("id") });
    parser.addOption({ QStringLiteral("language"),
        QStringLiteral("UI language, e.g. ru or pt_BR (also remembered)."),
        QStringLiteral("code") });
    // For telephony integrations: a call comes in, the agent gets the form to log it.
    parser.addOption({ QStringLiteral("log-call"),
        QStringLiteral("Open the form to log a phone call after logging in.") });
    parser.addOption({ QStringLiteral("edit-announcement"),
        QStringLiteral("Open the announcement editor on the newest announcement after logging "
                       "in (leads and admins).") });
    parser.addOption({ QStringLiteral("dashboard"),
        QStringLiteral("Open the dashboard and reports window after logging in (leads and admins "
                       "see the whole desk, agents their own figures).") });
    parser.process(app);

    ClientApp client;
    if (!client.trustCertificates(parser))
        return 2;
    client.start(parser);
    return app.exec();
}
