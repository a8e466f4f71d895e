// SPDX-License-Identifier: GPL-3.0-or-later
#include "logindialog.h"

#include "connection.h"
#include "credentialstore.h"
#include "errortext.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QUrl>
#include <QVBoxLayout>

namespace helpdesk::client {

namespace {

const QString kServerKey = QStringLiteral("login/server");
const QString kLoginKey = QStringLiteral("login/login");
const QString kRememberKey = QStringLiteral("login/remember");

// No palette role means "error"; a dark red reads on light and dark themes alike.
void setErrorLook(QLabel* label, bool isError)
{
    label->setStyleSheet(isError ? QStringLiteral("color: #c62828;") : QString());
}

} // namespace

LoginDialog::LoginDialog(Connection* connection, CredentialStore* credentials, QWidget* parent)
    : QDialog(parent)
    , m_connection(connection)
    , m_credentials(credentials)
{
    m_serverEdit = new QLineEdit(this);
    m_loginEdit = new QLineEdit(this);
    m_passwordEdit = new QLineEdit(this);
    m_passwordEdit->setEchoMode(QLineEdit::Password);
    m_serverEdit->setInputMethodHints(Qt::ImhNoAutoUppercase | Qt::ImhUrlCharactersOnly);
    m_loginEdit->setInputMethodHints(Qt::ImhNoAutoUppercase | Qt::ImhNoPredictiveText);
    // Wide enough for a typical host name; in characters so that larger fonts scale with it.
    m_serverEdit->setMinimumWidth(m_serverEdit->fontMetrics().averageCharWidth() * 40);

    // Names for UI tests and accessibility tools to find the fields by.
    m_serverEdit->setObjectName(QStringLiteral("server"));
    m_loginEdit->setObjectName(QStringLiteral("login"));
    m_passwordEdit->setObjectName(QStringLiteral("password"));

    m_serverLabel = new QLabel(this);
    m_loginLabel = new QLabel(this);
    m_passwordLabel = new QLabel(this);
    m_serverLabel->setBuddy(m_serverEdit);
    m_loginLabel->setBuddy(m_loginEdit);
    m_passwordLabel->setBuddy(m_passwordEdit);

    m_rememberBox = new QCheckBox(this);
    m_rememberBox->setObjectName(QStringLiteral("remember"));
    m_keychainLabel = new QLabel(this);
    m_keychainLabel->setObjectName(QStringLiteral("keychainNote"));
    m_keychainLabel->setTextFormat(Qt::PlainText);
    m_keychainLabel->setWordWrap(true);
    m_keychainLabel->hide();

    m_statusLabel = new QLabel(this);
    m_statusLabel->setObjectName(QStringLiteral("status"));
    m_statusLabel->setTextFormat(Qt::PlainText); // may carry server-provided host names
    m_statusLabel->setWordWrap(true);
    m_statusLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_statusLabel->hide();

    m_buttons = new QDialogButtonBox(this);
    m_loginButton = m_buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_quitButton = m_buttons->addButton(QString(), QDialogButtonBox::RejectRole);
    m_loginButton->setObjectName(QStringLiteral("logIn"));
    m_quitButton->setObjectName(QStringLiteral("quit"));
    m_loginButton->setDefault(true); // Enter in any field logs in

    auto* form = new QFormLayout;
    form->addRow(m_serverLabel, m_serverEdit);
    form->addRow(m_loginLabel, m_loginEdit);
    form->addRow(m_passwordLabel, m_passwordEdit);
    form->addRow(m_rememberBox);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    // Outside the form: a QFormLayout row does not grow the dialog for a wrapped label.
    layout->addWidget(m_keychainLabel);
    layout->addWidget(m_statusLabel);
    layout->addStretch();
    layout->addWidget(m_buttons);

    const QSettings settings;
    m_serverEdit->setText(
        settings.value(kServerKey, QStringLiteral("127.0.0.1:%1").arg(kDefaultPort)).toString());
    m_loginEdit->setText(settings.value(kLoginKey).toString());
    m_rememberedBefore = settings.value(kRememberKey, false).toBool();
    m_rememberBox->setChecked(m_rememberedBefore);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &LoginDialog::startLogin);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &LoginDialog::reject);
    connect(m_rememberBox, &QCheckBox::clicked, this, &LoginDialog::onRememberClicked);
    connect(m_connection, &Connection::stateChanged, this, &LoginDialog::onStateChanged);
    connect(m_connection, &Connection::loggedIn, this, &LoginDialog::onLoggedIn);
    connect(m_connection, &Connection::loginFailed, this, &LoginDialog::onLoginFailed);
    connect(m_connection, &Connection::sessionExpired, this, &LoginDialog::onSessionExpired);
    connect(m_connection, &Connection::errorOccurred, this, &LoginDialog::onLinkError);
    connect(m_credentials, &CredentialStore::loaded, this, &LoginDialog::onTokenLoaded);
    connect(
        m_credentials, &CredentialStore::notAvailable, this, &LoginDialog::onKeychainNotAvailable);

    retranslateUi();
    if (m_loginEdit->text().isEmpty())
        m_loginEdit->setFocus();
    else
        m_passwordEdit->setFocus();
}

QString LoginDialog::serverAddress() const
{
    return m_serverEdit->text().trimmed();
}

QString LoginDialog::login() const
{
    return m_loginEdit->text().trimmed();
}

// Reads the address typed (see ServerAddress) into m_server; false when it is not one.
bool LoginDialog::readServer()
{
    const auto address = ServerAddress::parse(serverAddress());
    if (!address)
        return false;
    m_server = *address;
    return true;
}

bool LoginDialog::tryResume()
{
    if (!m_rememberedBefore || login().isEmpty() || !readServer())
        return false;
    m_account = CredentialStore::accountKey(login(), m_server.host, m_server.port);
    m_mode = Mode::LoadingToken;
    setBusy(true);
    setStatus([] { return tr("Looking for your saved session…"); }, false);
    m_credentials->load(m_account);
    return true;
}

void LoginDialog::showMessage(const QString& text)
{
    setStatus([text] { return text; }, false);
}

void LoginDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void LoginDialog::retranslateUi()
{
    setWindowTitle(tr("Log in to the helpdesk"));
    m_serverLabel->setText(tr("&Server:"));
    m_loginLabel->setText(tr("&Login:"));
    m_passwordLabel->setText(tr("&Password:"));
    m_serverEdit->setPlaceholderText(tr("host:port"));
    m_serverEdit->setToolTip(tr("The helpdesk server's address, for example "
                                "helpdesk.example.com:%1, or tls://helpdesk.example.com:%1 "
                                "for an encrypted connection")
                                 .arg(kDefaultPort));
    m_rememberBox->setText(tr("&Remember me on this computer"));
    m_rememberBox->setToolTip(tr("Keeps your session (not your password) in this computer's "
                                 "password keychain, so that you are not asked to log in at the "
                                 "next start."));
    m_loginButton->setText(tr("Log &in"));
    m_quitButton->setText(tr("&Quit"));
    if (m_statusText)
        m_statusLabel->setText(m_statusText());
    if (m_keychainText)
        m_keychainLabel->setText(m_keychainText());
    fitContents();
}

void LoginDialog::startLogin()
{
    if (m_busy)
        return;
    if (!readServer()) {
        setStatus(
            [] {
                return tr("Enter the server as host:port or tls://host:port, for example "
                          "helpdesk.example.com:%1.")
                    .arg(kDefaultPort);
            },
            true);
        m_serverEdit->setFocus();
        m_serverEdit->selectAll();
        return;
    }
    if (login().isEmpty()) {
        setStatus([] { return tr("Enter your login."); }, true);
        m_loginEdit->setFocus();
        return;
    }
    if (m_passwordEdit->text().isEmpty()) {
        setStatus([] { return tr("Enter your password."); }, true);
        m_passwordEdit->setFocus();
        return;
    }

    m_account = CredentialStore::accountKey(login(), m_server.host, m_server.port);
    m_mode = Mode::LoggingIn;
    setBusy(true);
    const QString where = m_server.toString();
    setStatus([where] { return tr("Connecting to %1…").arg(where); }, false);
    // After a wrong password the link is still up and waiting for a login: reuse it rather
    // than opening a new connection for every attempt.
    const bool linkWaiting = m_connection->state() == Connection::State::Authenticating
        && m_connection->host() == m_server.host && m_connection->port() == m_server.port
        && m_connection->usesTls() == m_server.tls;
    if (!linkWaiting)
        m_connection->connectToServer(m_server.host, m_server.port, m_server.tls);
    m_connection->login(login(), m_passwordEdit->text());
}

void LoginDialog::finishAttempt()
{
    m_mode = Mode::Idle;
    setBusy(false);
}

void LoginDialog::setBusy(bool busy)
{
    m_busy = busy;
    for (QWidget* widget : std::initializer_list<QWidget*> {
             m_serverEdit, m_loginEdit, m_passwordEdit, m_rememberBox, m_loginButton })
        widget->setEnabled(!busy);
}

void LoginDialog::setStatus(std::function<QString()> text, bool isError)
{
    m_statusText = std::move(text);
    m_statusLabel->setText(m_statusText ? m_statusText() : QString());
    m_statusLabel->setVisible(!m_statusLabel->text().isEmpty());
    setErrorLook(m_statusLabel, isError);
    fitContents();
}

void LoginDialog::fitContents()
{
    // The layout's minimum size ignores that wrapped labels need more height at this width:
    // fit by hand, so that a long message never squeezes the fields and a message that went
    // away leaves no hole. Before the first show the size hint does this.
    if (!isVisible())
        return;
    layout()->activate();
    const int needed = layout()->totalHeightForWidth(width());
    if (needed > 0 && needed != height())
        resize(width(), needed);
}

void LoginDialog::askForPassword(std::function<QString()> status, bool isError)
{
    finishAttempt();
    setStatus(std::move(status), isError);
    QLineEdit* target = login().isEmpty() ? m_loginEdit : m_passwordEdit;
    target->setFocus();
    target->selectAll();
}

void LoginDialog::rememberAccount()
{
    QSettings settings;
    settings.setValue(kServerKey, serverAddress());
    settings.setValue(kLoginKey, login());
    settings.setValue(kRememberKey, m_rememberBox->isChecked());
}

void LoginDialog::onStateChanged()
{
    const Connection::State state = m_connection->state();
    if (m_mode == Mode::LoggingIn && state == Connection::State::Authenticating) {
        setStatus([] { return tr("Logging in…"); }, false);
    } else if (m_mode == Mode::Resuming && state == Connection::State::Reconnecting) {
        // The Connection keeps retrying with the token; meanwhile the user may log in with the
        // password or correct the address, which starts over.
        const QString where = m_server.toString();
        setStatus(
            [where] { return tr("Cannot reach the server %1. Trying again…").arg(where); }, true);
        setBusy(false);
    }
}

void LoginDialog::onLoggedIn(const User& user)
{
    if (m_mode == Mode::LoggingIn) {
        // Keyed by the server's spelling of the login, whatever case was typed: that is also
        // what the main window knows when it forgets the token on logout.
        if (!user.login.isEmpty() && user.login != login()) {
            m_loginEdit->setText(user.login);
            m_account = CredentialStore::accountKey(user.login, m_server.host, m_server.port);
        }
        if (m_rememberBox->isChecked())
            m_credentials->save(m_account, m_connection->token());
        else if (m_rememberedBefore)
            m_credentials->forget(m_account); // the user turned "Remember me" off
        m_rememberedBefore = m_rememberBox->isChecked();
        rememberAccount();
    } else if (m_mode != Mode::Resuming) {
        return; // someone else's login, e.g. the main window's
    }
    m_passwordEdit->clear(); // no reason to keep the password around in a widget
    finishAttempt();
    setStatus({}, false);
    accept();
}

void LoginDialog::onLoginFailed(const rpc::Error& error)
{
    if (m_mode != Mode::LoggingIn)
        return;
    askForPassword([error] { return errorText(error); }, true);
}

void LoginDialog::onSessionExpired()
{
    if (m_mode != Mode::Resuming)
        return;
    m_credentials->forget(m_account); // useless now; the next login saves a fresh one
    askForPassword(
        [] { return tr("Your saved session has expired. Please enter your password."); }, false);
}

void LoginDialog::onLinkError(const QString& text)
{
    if (m_mode != Mode::LoggingIn && m_mode != Mode::Resuming)
        return;
    // The Connection's sentence names the server and the cause, which says more than the
    // "connection lost" loginFailed that follows it; that one then finds the dialog idle.
    if (m_connection->state() == Connection::State::Disconnected)
        askForPassword([text] { return text; }, true);
    else
        setStatus([text] { return text; }, true);
}

void LoginDialog::onTokenLoaded(const QString& account, const QString& token)
{
    if (m_mode != Mode::LoadingToken || account != m_account)
        return; // a probe from onRememberClicked(), or an attempt given up meanwhile
    if (token.isEmpty()) {
        askForPassword({}, false);
        return;
    }
    m_mode = Mode::Resuming;
    const QString where = m_server.toString();
    setStatus([where] { return tr("Resuming your session on %1…").arg(where); }, false);
    m_connection->connectToServer(m_server.host, m_server.port, m_server.tls);
    m_connection->resume(token);
}

void LoginDialog::onKeychainNotAvailable(const QString& reason)
{
    // Say why the box unticks itself; a silently unticked box looks like a bug.
    m_rememberBox->setChecked(false);
    m_keychainText = [reason] { return tr("%1 \"Remember me\" has been turned off.").arg(reason); };
    m_keychainLabel->setText(m_keychainText());
    m_keychainLabel->show();
    fitContents();
    if (m_mode == Mode::LoadingToken)
        askForPassword({}, false);
}

void LoginDialog::onRememberClicked(bool checked)
{
    if (!checked)
        return;
    m_keychainText = {};
    m_keychainLabel->clear();
    m_keychainLabel->hide();
    // Find out now, not after the login, whether the keychain works. Reading a key that is
    // never written cannot prompt for access to an existing entry; its answer is ignored.
    m_credentials->load(QStringLiteral("availability-check"));
}

} // namespace helpdesk::client
