// SPDX-License-Identifier: GPL-3.0-or-later
// The API tokens dialog (Administration → API tokens…, administrators only) against the real
// server: a new token's secret is shown once and copied, it works for auth.token, the list
// never shows a secret, revoking asks first and the token stops working.
#include "adminmenu.h"
#include "apitokensdialog.h"
#include "clientharness.h"
#include "mainwindow.h"
#include "protocol/methods.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <QTimer>

using namespace helpdesk;
using namespace helpdesk::client;
using namespace helpdesk::client::test;

namespace {

constexpr int kTimeout = 15000;

// Answers the confirmation that the next click opens (a modal message box) with `button`.
void answerConfirmation(QMessageBox::StandardButton button)
{
    QTimer::singleShot(100, [button] {
        if (auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget()))
            box->button(button)->click();
    });
}

// Whether a fresh connection can sign in with this API token.
bool tokenWorks(quint16 port, const QString& secret)
{
    auto connection = connectAs(port, QStringLiteral("ana"));
    if (!connection)
        return false;
    return callSync(*connection, QString(method::AuthToken),
        QJsonObject { { QStringLiteral("token"), secret } })
        .ok();
}

} // namespace

class TestApiTokens : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void onlyAdminsSeeTheAction();
    void createShowsTheSecretOnceAndRevokeAsks();

private:
    TestServer m_server;
};

void TestApiTokens::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
}

void TestApiTokens::onlyAdminsSeeTheAction()
{
    for (const auto& [login, visible] : { std::pair { "admin", true }, std::pair { "ana", false } }) {
        auto connection = connectAs(m_server.port(), QLatin1String(login));
        QVERIFY(connection);
        MainWindow window(connection.get(), nullptr);
        auto* menu = window.findChild<AdminMenu*>();
        QVERIFY(menu);
        QCOMPARE(menu->apiTokensAction()->isVisible(), visible);
    }
}

void TestApiTokens::createShowsTheSecretOnceAndRevokeAsks()
{
    auto admin = connectAs(m_server.port(), QStringLiteral("admin"));
    QVERIFY(admin);
    ApiTokensDialog dialog(admin.get());
    dialog.show();
    QSignalSpy loaded(&dialog, &ApiTokensDialog::listLoaded);
    QVERIFY(loaded.wait(kTimeout));
    auto* create = dialog.findChild<QPushButton*>(QStringLiteral("create"));
    QVERIFY(!create->isEnabled()); // no name yet
    dialog.findChild<QLineEdit*>(QStringLiteral("name"))->setText(QStringLiteral("Prometheus"));
    QVERIFY(create->isEnabled());
    QSignalSpy created(&dialog, &ApiTokensDialog::tokenCreated);
    QTest::mouseClick(create, Qt::LeftButton);
    QVERIFY(created.wait(kTimeout));
    const QString secret = dialog.shownSecret();
    QCOMPARE(secret.size(), 43);
    QTest::mouseClick(dialog.findChild<QPushButton*>(QStringLiteral("copy")), Qt::LeftButton);
    QCOMPARE(QApplication::clipboard()->text(), secret);
    QVERIFY(loaded.wait(kTimeout));
    QTableView* table = dialog.table();
    QCOMPARE(table->model()->rowCount(), 1);
    QCOMPARE(table->model()->index(0, 0).data().toString(), QStringLiteral("Prometheus"));
    QCOMPARE(table->model()->index(0, 1).data().toString(), QStringLiteral("alerts"));
    for (int column = 0; column < table->model()->columnCount(); ++column)
        QVERIFY(!table->model()->index(0, column).data().toString().contains(secret));
    QVERIFY(tokenWorks(m_server.port(), secret));

    // A dialog opened later never shows it again.
    ApiTokensDialog later(admin.get());
    QSignalSpy laterLoaded(&later, &ApiTokensDialog::listLoaded);
    QVERIFY(laterLoaded.wait(kTimeout));
    QVERIFY(later.shownSecret().isEmpty());

    // Revoke: "No" keeps it, "Yes" ends it.
    table->selectRow(0);
    auto* revoke = dialog.findChild<QPushButton*>(QStringLiteral("revoke"));
    QVERIFY(revoke->isEnabled());
    QSignalSpy revoked(&dialog, &ApiTokensDialog::tokenRevoked);
    answerConfirmation(QMessageBox::No);
    QTest::mouseClick(revoke, Qt::LeftButton);
    QVERIFY(!revoked.wait(500));
    QVERIFY(tokenWorks(m_server.port(), secret));
    answerConfirmation(QMessageBox::Yes);
    QTest::mouseClick(revoke, Qt::LeftButton);
    QVERIFY(revoked.wait(kTimeout));
    QVERIFY(!tokenWorks(m_server.port(), secret));
    QTRY_COMPARE_WITH_TIMEOUT(table->model()->rowCount(), 0, kTimeout); // live tokens only
    dialog.findChild<QCheckBox*>(QStringLiteral("showRevoked"))->setChecked(true);
    QVERIFY(loaded.wait(kTimeout));
    QCOMPARE(table->model()->rowCount(), 1);
    QVERIFY(table->model()->index(0, 4).data().toString().startsWith(QStringLiteral("Revoked")));
    table->selectRow(0);
    QVERIFY(!revoke->isEnabled());
}

QTEST_MAIN(TestApiTokens)
#include "tst_apitokens.moc"
