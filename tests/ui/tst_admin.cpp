// SPDX-License-Identifier: GPL-3.0-or-later
// Administration in the client (issue 11): one's own password, users and contacts (create,
// edit only what changed, disable with confirmation, reset), an owner limited to its own
// organisation's contacts, organisations, and the audit log with filters and pages. Two
// administrators editing one user keep both changes; a disabled user's client is logged out.
#include "adminmenu.h"
#include "auditlogdialog.h"
#include "changepassworddialog.h"
#include "clientharness.h"
#include "errortext.h"
#include "mainwindow.h"
#include "organisationsdialog.h"
#include "protocol/methods.h"
#include "rawclient.h"
#include "usereditdialog.h"
#include "usersdialog.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QTimer>

using namespace helpdesk;
using namespace helpdesk::client;
using namespace helpdesk::client::test;

namespace {

constexpr int kTimeout = 15000;
const QString kPassword = QStringLiteral("first-pass-1");

std::unique_ptr<Connection> logIn(quint16 port, const QString& login, const QString& password)
{
    auto connection = std::make_unique<Connection>();
    connection->setReconnectDelays(50, 400);
    connection->connectToServer(QStringLiteral("127.0.0.1"), port);
    connection->login(login, password);
    return waitForState(*connection, Connection::State::Ready) ? std::move(connection) : nullptr;
}

// Clicks `button` in the next message box (a confirmation) and keeps its text.
void answerNextMessageBox(QMessageBox::StandardButton button, QString* text)
{
    auto* timer = new QTimer;
    timer->setInterval(20);
    QObject::connect(timer, &QTimer::timeout, [timer, button, text] {
        for (QWidget* widget : QApplication::topLevelWidgets()) {
            auto* box = qobject_cast<QMessageBox*>(widget);
            if (box && box->isVisible()) {
                *text = box->text();
                timer->stop();
                timer->deleteLater();
                box->button(button)->click();
                return;
            }
        }
    });
    timer->start();
}

template<typename T> T* child(QWidget* parent, const char* name)
{
    return parent->findChild<T*>(QLatin1String(name));
}

void setText(QWidget* dialog, const char* name, const QString& text)
{
    child<QLineEdit>(dialog, name)->setText(text);
}

std::optional<User> fetchUser(Connection& connection, UserId id)
{
    const CallResult listed = callSync(
        connection, QString(method::UserList), QJsonObject { { QStringLiteral("limit"), 500 } });
    for (const QJsonValue& item : listed.result.toObject().value(QLatin1String("items")).toArray())
        if (item.toObject().value(QLatin1String("id")).toInteger() == id.value())
            return User::fromJson(item.toObject());
    return std::nullopt;
}

} // namespace

class TestAdmin : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void menusFollowTheRole();
    void changeOwnPassword();
    void adminCreatesAndEditsOnlyWhatChanged();
    void twoAdminsEditOneUser();
    void disabledUserIsLoggedOut();
    void adminResetsPassword();
    void ownerManagesOwnContacts();
    void organisationsSendOnlyChanges();
    void auditLogFiltersAndPages();

private:
    // A new agent made through the dialog as the administrator; its id.
    UserId createAgent(const QString& login, const QString& name);

    TestServer m_server;
    std::unique_ptr<Connection> m_admin;
};

void TestAdmin::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
    m_admin = connectAs(m_server.port(), QStringLiteral("admin"));
    QVERIFY(m_admin);
}

UserId TestAdmin::createAgent(const QString& login, const QString& name)
{
    UserEditDialog dialog(m_admin.get(), std::nullopt, true);
    setText(&dialog, "login", login);
    setText(&dialog, "name", name);
    setText(&dialog, "phone", QStringLiteral("01 234 567"));
    setText(&dialog, "password", kPassword);
    setText(&dialog, "repeatPassword", kPassword);
    dialog.accept();
    if (!QTest::qWaitFor([&] { return dialog.result().has_value(); }, kTimeout))
        return UserId();
    return dialog.result()->id;
}

void TestAdmin::menusFollowTheRole()
{
    const struct
    {
        const char* login;
        bool menu, users, organisations, audit;
    } rows[] = {
        { "admin", true, true, true, true }, { "ana", true, false, true, false },
        { "ivana", true, true, false, false }, // owner: its contacts
        { "nina", false, false, false, false }, // technical contact
    };
    for (const auto& row : rows) {
        auto connection = connectAs(m_server.port(), QLatin1String(row.login));
        QVERIFY(connection);
        MainWindow window(connection.get(), nullptr);
        auto* menu = window.findChild<AdminMenu*>();
        QVERIFY(menu);
        QCOMPARE(menu->menuAction()->isVisible(), row.menu);
        QCOMPARE(menu->usersAction()->isVisible(), row.users);
        QCOMPARE(menu->organisationsAction()->isVisible(), row.organisations);
        QCOMPARE(menu->auditAction()->isVisible(), row.audit);
        // Everyone may change their own password, from the File menu.
        QVERIFY(window.menuBar()->actions().first()->menu()->actions().contains(
            menu->changePasswordAction()));
    }
}

void TestAdmin::changeOwnPassword()
{
    const UserId id = createAgent(QStringLiteral("pw.own"), QStringLiteral("Petra Own"));
    QVERIFY(id.isValid());
    auto connection = logIn(m_server.port(), QStringLiteral("pw.own"), kPassword);
    QVERIFY(connection);
    ChangePasswordDialog dialog(connection.get());
    auto* error = child<QLabel>(&dialog, "error");

    setText(&dialog, "oldPassword", QStringLiteral("not-my-password"));
    setText(&dialog, "newPassword", QStringLiteral("second-pass-2"));
    setText(&dialog, "repeatPassword", QStringLiteral("second-pass-3"));
    dialog.accept();
    QCOMPARE(error->text(), QStringLiteral("The two new passwords differ."));

    setText(&dialog, "repeatPassword", QStringLiteral("second-pass-2"));
    dialog.accept(); // the server: 1022 oldPassword does not match
    QTRY_COMPARE_WITH_TIMEOUT(
        error->text(), QStringLiteral("The current password is wrong."), kTimeout);
    QCOMPARE(dialog.result(), int(QDialog::Rejected));

    setText(&dialog, "oldPassword", kPassword);
    dialog.accept();
    QTRY_COMPARE_WITH_TIMEOUT(dialog.result(), int(QDialog::Accepted), kTimeout);
    QVERIFY(connection->isReady()); // the session that changed it stays
    QVERIFY(!logIn(m_server.port(), QStringLiteral("pw.own"), kPassword));
    QVERIFY(logIn(m_server.port(), QStringLiteral("pw.own"), QStringLiteral("second-pass-2")));

    // The server's 1001: the dialog says so instead of failing silently.
    connection->logout();
    QTRY_VERIFY_WITH_TIMEOUT(!connection->isReady(), kTimeout);
    ChangePasswordDialog offline(connection.get());
    setText(&offline, "oldPassword", QStringLiteral("second-pass-2"));
    setText(&offline, "newPassword", QStringLiteral("third-pass-3"));
    setText(&offline, "repeatPassword", QStringLiteral("third-pass-3"));
    offline.accept();
    QTRY_VERIFY_WITH_TIMEOUT(child<QLabel>(&offline, "error")->isVisibleTo(&offline), kTimeout);
    QCOMPARE(child<QLabel>(&offline, "error")->text(), errorText(localError(Offline)));
}

void TestAdmin::adminCreatesAndEditsOnlyWhatChanged()
{
    const UserId id = createAgent(QStringLiteral("ed.one"), QStringLiteral("Edna One"));
    QVERIFY(id.isValid());
    UsersDialog users(m_admin.get());
    QSignalSpy loaded(&users, &UsersDialog::loaded);
    QTRY_VERIFY_WITH_TIMEOUT(loaded.count() >= 1, kTimeout);
    for (int row = 1; row < users.table()->model()->rowCount(); ++row) // by name
        QVERIFY(
            QString::localeAwareCompare(users.userAt(row - 1)->name, users.userAt(row)->name) <= 0);
    setText(&users, "filter", QStringLiteral("Edna"));
    QCOMPARE(users.table()->model()->rowCount(), 1);
    QVERIFY(users.selectUser(id));
    QVERIFY(child<QPushButton>(&users, "resetButton")->isEnabled());
    setText(&users, "filter", QString());
    QVERIFY(users.selectUser(m_admin->currentUser()->id)); // one's own: not from here
    QVERIFY(!child<QPushButton>(&users, "resetButton")->isEnabled());
    QVERIFY(!child<QPushButton>(&users, "enableButton")->isEnabled());
    setText(&users, "filter", QStringLiteral("Edna"));

    // A duplicate login is refused with the server's reason.
    UserEditDialog duplicate(m_admin.get(), std::nullopt, true);
    setText(&duplicate, "login", QStringLiteral("ed.one"));
    setText(&duplicate, "name", QStringLiteral("Someone Else"));
    setText(&duplicate, "password", kPassword);
    setText(&duplicate, "repeatPassword", kPassword);
    duplicate.accept();
    QTRY_COMPARE_WITH_TIMEOUT(child<QLabel>(&duplicate, "error")->text(),
        QStringLiteral("This login is already taken."), kTimeout);

    // The form loaded the user; a colleague renames them; this form changes the e-mail only.
    const User loaded0 = *users.userAt(0);
    UserEditDialog edit(m_admin.get(), loaded0, true);
    RawClient colleague;
    QVERIFY(colleague.connectAndLogin(m_server.port(), QStringLiteral("admin"), kDemoPassword));
    QVERIFY(!colleague
                 .result(QStringLiteral("user.update"),
                     QJsonObject { { QStringLiteral("id"), id.value() },
                         { QStringLiteral("name"), QStringLiteral("Edna Renamed") } })
                 .isEmpty());
    setText(&edit, "email", QStringLiteral("not an address"));
    edit.accept();
    QTRY_COMPARE_WITH_TIMEOUT(child<QLabel>(&edit, "error")->text(),
        QStringLiteral("This is not an e-mail address."), kTimeout);
    setText(&edit, "email", QStringLiteral("edna@example.org"));
    edit.accept();
    QTRY_VERIFY_WITH_TIMEOUT(edit.result().has_value(), kTimeout);
    const auto stored = fetchUser(*m_admin, id);
    QVERIFY(stored);
    QCOMPARE(stored->email, QStringLiteral("edna@example.org"));
    QCOMPARE(stored->name, QStringLiteral("Edna Renamed")); // the colleague's change stays
}

void TestAdmin::twoAdminsEditOneUser()
{
    const UserId id = createAgent(QStringLiteral("two.admins"), QStringLiteral("Toni Two"));
    QVERIFY(id.isValid());
    auto second = connectAs(m_server.port(), QStringLiteral("admin"));
    QVERIFY(second);
    // The first administrator opens the user to change the phone...
    UsersDialog first(m_admin.get());
    QSignalSpy firstLoaded(&first, &UsersDialog::loaded);
    QTRY_VERIFY_WITH_TIMEOUT(firstLoaded.count() >= 1, kTimeout);
    QVERIFY(first.selectUser(id));
    const User before = *first.userAt(first.table()->currentIndex().row());
    UserEditDialog edit(m_admin.get(), before, true);
    setText(&edit, "phone", QStringLiteral("+385 1 999 000"));

    // ...while the second disables them, after the confirmation about live sessions.
    UsersDialog other(second.get());
    QSignalSpy otherLoaded(&other, &UsersDialog::loaded);
    QTRY_VERIFY_WITH_TIMEOUT(otherLoaded.count() >= 1, kTimeout);
    QVERIFY(other.selectUser(id));
    QString question;
    answerNextMessageBox(QMessageBox::Yes, &question);
    other.toggleEnabled();
    QVERIFY(question.contains(QStringLiteral("logged out at once")));
    QTRY_VERIFY_WITH_TIMEOUT(otherLoaded.count() >= 2, kTimeout);
    QCOMPARE(child<QPushButton>(&other, "enableButton")->text(), QStringLiteral("&Enable"));

    edit.accept();
    QTRY_VERIFY_WITH_TIMEOUT(edit.result().has_value(), kTimeout);
    const auto stored = fetchUser(*m_admin, id);
    QVERIFY(stored);
    QCOMPARE(stored->phone, QStringLiteral("+385 1 999 000"));
    QVERIFY(!stored->enabled); // the save of the phone did not enable them again
}

void TestAdmin::disabledUserIsLoggedOut()
{
    const UserId id = createAgent(QStringLiteral("gone.soon"), QStringLiteral("Goran Gone"));
    QVERIFY(id.isValid());
    auto victim = logIn(m_server.port(), QStringLiteral("gone.soon"), kPassword);
    QVERIFY(victim);
    MainWindow window(victim.get(), nullptr);
    window.show();
    QSignalSpy ended(victim.get(), &Connection::sessionEnded);
    QSignalSpy expired(victim.get(), &Connection::sessionExpired);

    UsersDialog users(m_admin.get());
    QSignalSpy loaded(&users, &UsersDialog::loaded);
    QTRY_VERIFY_WITH_TIMEOUT(loaded.count() >= 1, kTimeout);
    QVERIFY(users.selectUser(id));
    // Cancelling the confirmation changes nothing.
    QString question;
    answerNextMessageBox(QMessageBox::Cancel, &question);
    users.toggleEnabled();
    QTest::qWait(300);
    QVERIFY(victim->isReady());
    QVERIFY(fetchUser(*m_admin, id)->enabled);

    answerNextMessageBox(QMessageBox::Yes, &question);
    users.toggleEnabled();
    QTRY_COMPARE_WITH_TIMEOUT(ended.count(), 1, kTimeout);
    QCOMPARE(ended.first().first().toString(), QStringLiteral("disabled"));
    QCOMPARE(expired.count(), 1);
    QVERIFY(!victim->isReady());
    QVERIFY(!victim->currentUser());
    QVERIFY(victim->token().isEmpty());

    // Logging in again is refused with a sentence saying why.
    QSignalSpy failed(victim.get(), &Connection::loginFailed);
    victim->login(QStringLiteral("gone.soon"), kPassword);
    QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, kTimeout);
    QCOMPARE(errorText(failed.first().first().value<rpc::Error>()),
        QStringLiteral("This account is disabled. Please ask an administrator."));

    // Enabling again takes no confirmation and lets them in with the same password.
    QTRY_VERIFY_WITH_TIMEOUT(loaded.count() >= 2, kTimeout); // after the disabling
    QVERIFY(users.selectUser(id));
    users.toggleEnabled();
    QTRY_VERIFY_WITH_TIMEOUT(fetchUser(*m_admin, id)->enabled, kTimeout);
    QVERIFY(logIn(m_server.port(), QStringLiteral("gone.soon"), kPassword));
}

void TestAdmin::adminResetsPassword()
{
    const UserId id = createAgent(QStringLiteral("reset.me"), QStringLiteral("Rita Reset"));
    QVERIFY(id.isValid());
    auto victim = logIn(m_server.port(), QStringLiteral("reset.me"), kPassword);
    QVERIFY(victim);
    QSignalSpy ended(victim.get(), &Connection::sessionEnded);
    const User target = *fetchUser(*m_admin, id);
    ChangePasswordDialog dialog(m_admin.get(), target);
    QVERIFY(!child<QLineEdit>(&dialog, "oldPassword")); // an administrator needs none
    setText(&dialog, "newPassword", QStringLiteral("short"));
    setText(&dialog, "repeatPassword", QStringLiteral("short"));
    dialog.accept();
    QCOMPARE(child<QLabel>(&dialog, "error")->text(),
        QStringLiteral("A password must have 8 to 1024 characters."));
    setText(&dialog, "newPassword", QStringLiteral("reset-pass-9"));
    setText(&dialog, "repeatPassword", QStringLiteral("reset-pass-9"));
    dialog.accept();
    QTRY_COMPARE_WITH_TIMEOUT(dialog.result(), int(QDialog::Accepted), kTimeout);
    QTRY_COMPARE_WITH_TIMEOUT(ended.count(), 1, kTimeout);
    QCOMPARE(ended.first().first().toString(), QStringLiteral("password-reset"));
    QVERIFY(logIn(m_server.port(), QStringLiteral("reset.me"), QStringLiteral("reset-pass-9")));
}

void TestAdmin::ownerManagesOwnContacts()
{
    auto owner = connectAs(m_server.port(), QStringLiteral("ivana"));
    QVERIFY(owner);
    UsersDialog contacts(owner.get());
    QSignalSpy loaded(&contacts, &UsersDialog::loaded);
    QTRY_VERIFY_WITH_TIMEOUT(loaded.count() >= 1, kTimeout);
    QVERIFY(!child<QComboBox>(&contacts, "scope")); // no staff, no other organisation
    QVERIFY(!child<QPushButton>(&contacts, "resetButton"));
    for (int row = 0; row < contacts.table()->model()->rowCount(); ++row)
        QVERIFY(contacts.userAt(row)->customerId == owner->currentUser()->customerId);
    QVERIFY(contacts.selectUser(owner->currentUser()->id));
    QVERIFY(!child<QPushButton>(&contacts, "editButton")->isEnabled()); // not itself

    UserEditDialog create(owner.get(), owner->currentUser()->customerId, false);
    auto* roles = child<QComboBox>(&create, "contactRole");
    QCOMPARE(roles->count(), 2); // technical, billing: no owner
    roles->setCurrentIndex(roles->findData(QStringLiteral("billing")));
    setText(&create, "login", QStringLiteral("jadran.billing"));
    setText(&create, "name", QStringLiteral("Branka Billing"));
    setText(&create, "email", QStringLiteral("billing@jadran.example"));
    setText(&create, "password", kPassword);
    setText(&create, "repeatPassword", kPassword);
    create.accept();
    QTRY_VERIFY_WITH_TIMEOUT(create.result().has_value(), kTimeout);
    QVERIFY(create.result()->contactRole == ContactRole::Billing);
    QVERIFY(create.result()->customerId == owner->currentUser()->customerId);
    QCOMPARE(create.result()->email, QStringLiteral("billing@jadran.example"));
}

void TestAdmin::organisationsSendOnlyChanges()
{
    auto agent = connectAs(m_server.port(), QStringLiteral("ana"));
    QVERIFY(agent);
    OrganisationsDialog dialog(agent.get());
    QSignalSpy opened(&dialog, &OrganisationsDialog::organisationLoaded);
    QSignalSpy saved(&dialog, &OrganisationsDialog::saved);
    // The first organisation opens by itself.
    QTRY_VERIFY_WITH_TIMEOUT(opened.count() >= 1, kTimeout);
    QCOMPARE(dialog.current()->name, dialog.list()->item(0)->text());
    QCOMPARE(dialog.list()->currentRow(), 0);

    dialog.createOrganisation(QStringLiteral("  Adriatic Shops d.o.o. "));
    QTRY_COMPARE_WITH_TIMEOUT(child<QLineEdit>(&dialog, "name")->text(),
        QStringLiteral("Adriatic Shops d.o.o."), kTimeout);
    const CustomerId id = dialog.current()->id;
    QTRY_COMPARE_WITH_TIMEOUT(
        dialog.list()->currentItem()->text(), QStringLiteral("Adriatic Shops d.o.o."), kTimeout);

    // A colleague renames it meanwhile; this form changes notes, language and services.
    RawClient colleague;
    QVERIFY(colleague.connectAndLogin(m_server.port(), QStringLiteral("lead"), kDemoPassword));
    QVERIFY(!colleague
                 .result(QStringLiteral("customer.update"),
                     QJsonObject { { QStringLiteral("id"), id.value() },
                         { QStringLiteral("name"), QStringLiteral("Adriatic Shops Ltd") } })
                 .isEmpty());
    child<QPlainTextEdit>(&dialog, "notes")->setPlainText(QStringLiteral("<i>Pays yearly</i>"));
    setText(&dialog, "language", QStringLiteral("hr"));
    child<QPushButton>(&dialog, "addService")->click();
    auto* services = child<QTableWidget>(&dialog, "services");
    QCOMPARE(services->rowCount(), 1);
    auto* kind = qobject_cast<QComboBox*>(services->cellWidget(0, 0));
    kind->setCurrentIndex(kind->findData(QStringLiteral("domain")));
    services->item(0, 1)->setText(QStringLiteral("adriatic.example"));
    services->item(0, 2)->setText(QStringLiteral("DNS with us"));
    dialog.save();
    QTRY_COMPARE_WITH_TIMEOUT(saved.count(), 1, kTimeout);

    const CallResult got = callSync(
        *agent, QString(method::CustomerGet), QJsonObject { { QStringLiteral("id"), id.value() } });
    QVERIFY(got.ok());
    const auto stored
        = Customer::fromJson(got.result.toObject().value(QLatin1String("customer")).toObject());
    QVERIFY(stored);
    QCOMPARE(stored->name, QStringLiteral("Adriatic Shops Ltd")); // the colleague's name stays
    QCOMPARE(stored->notes, QStringLiteral("<i>Pays yearly</i>"));
    QCOMPARE(stored->language, QStringLiteral("hr"));
    QCOMPARE(stored->services->size(), 1);
    QCOMPARE(stored->services->first().kind, QStringLiteral("domain"));
    QCOMPARE(stored->services->first().details, QStringLiteral("DNS with us"));

    // An invalid service is refused with the row named; nothing else is sent again.
    services->item(0, 1)->setText(QStringLiteral("   "));
    dialog.save();
    QTRY_VERIFY_WITH_TIMEOUT(child<QLabel>(&dialog, "error")->isVisibleTo(&dialog), kTimeout);
    QVERIFY(child<QLabel>(&dialog, "error")->text().startsWith(QStringLiteral("Service 1:")));
}

void TestAdmin::auditLogFiltersAndPages()
{
    RawClient intruder;
    QVERIFY(!intruder.connectAndLogin(
        m_server.port(), QStringLiteral("ana"), QStringLiteral("wrong-password")));
    const UserId id = createAgent(QStringLiteral("audited"), QStringLiteral("Aida Audited"));
    QVERIFY(id.isValid());
    QVERIFY(callSync(*m_admin, QString(method::UserUpdate),
        QJsonObject { { QStringLiteral("id"), id.value() },
            { QStringLiteral("phone"), QStringLiteral("01 999") } })
                .ok());

    AuditLogDialog audit(m_admin.get());
    QSignalSpy pages(&audit, &AuditLogDialog::pageLoaded);
    QTRY_VERIFY_WITH_TIMEOUT(pages.count() >= 1, kTimeout);
    // Newest first: the phone change, with its old and new value, by the administrator.
    const AuditEntry newest = audit.entries().first();
    QCOMPARE(newest.action, QStringLiteral("user.update"));
    QVERIFY(newest.objectId == id.value());
    QCOMPARE(newest.address, QStringLiteral("127.0.0.1"));
    const QAbstractItemModel* model = audit.table()->model();
    QCOMPARE(model->index(0, 1).data().toString(), QStringLiteral("Alex Admin"));
    QCOMPARE(model->index(0, 2).data().toString(), QStringLiteral("User changed"));
    QCOMPARE(model->index(0, 3).data().toString(), QStringLiteral("User Aida Audited"));
    QCOMPARE(model->index(0, 5).data().toString(), QStringLiteral("phone: 01 234 567 → 01 999"));

    // Failed logins, from the action filter.
    auto* action = child<QComboBox>(&audit, "actionFilter");
    action->setCurrentIndex(action->findData(QStringLiteral("auth.loginFailed")));
    audit.applyFilters();
    QTRY_VERIFY_WITH_TIMEOUT(pages.count() >= 2, kTimeout);
    QVERIFY(!audit.entries().isEmpty());
    for (const AuditEntry& entry : audit.entries())
        QCOMPARE(entry.action, QStringLiteral("auth.loginFailed"));
    QCOMPARE(model->index(0, 5).data().toString(), QStringLiteral("login: ana"));

    // Logins by one user, two to a page: older pages hold older entries, Newer goes back.
    action->setCurrentIndex(action->findData(QStringLiteral("auth.login")));
    auto* user = child<QComboBox>(&audit, "userFilter");
    QTRY_VERIFY_WITH_TIMEOUT(user->findData(id.value()) >= 0, kTimeout);
    const UserId admin = m_admin->currentUser()->id; // logged in by the tests above
    user->setCurrentIndex(user->findData(admin.value()));
    audit.setPageSize(2);
    audit.applyFilters();
    QTRY_VERIFY_WITH_TIMEOUT(pages.count() >= 3, kTimeout);
    QCOMPARE(audit.entries().size(), 2);
    const qint64 firstPageLast = audit.entries().last().id;
    for (const AuditEntry& entry : audit.entries())
        QVERIFY(entry.actorId == admin);
    audit.olderPage();
    QTRY_VERIFY_WITH_TIMEOUT(pages.count() >= 4, kTimeout);
    QVERIFY(!audit.entries().isEmpty());
    QVERIFY(audit.entries().first().id < firstPageLast);
    audit.newerPage();
    QTRY_VERIFY_WITH_TIMEOUT(pages.count() >= 5, kTimeout);
    QCOMPARE(audit.entries().last().id, firstPageLast);

    // A time range in the future holds nothing.
    child<QCheckBox>(&audit, "sinceSet")->setChecked(true);
    child<QDateTimeEdit>(&audit, "since")->setDateTime(QDateTime::currentDateTime().addDays(1));
    audit.applyFilters();
    QTRY_VERIFY_WITH_TIMEOUT(pages.count() >= 6, kTimeout);
    QVERIFY(audit.entries().isEmpty());
}

QTEST_MAIN(TestAdmin)
#include "tst_admin.moc"
