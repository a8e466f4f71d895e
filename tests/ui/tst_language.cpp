// SPDX-License-Identifier: GPL-3.0-or-later
// Switching the language at run time changes what is on screen at once: the main window,
// a dialog and a standard context menu (Qt's own translation), without a restart.
#include "connection.h"
#include "directorycache.h"
#include "languagemanager.h"
#include "mainwindow.h"
#include "newticketdialog.h"
#include "savedviewspanel.h"
#include "clientharness.h"
#include "ticketlistmodel.h"

#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QStandardPaths>
#include <QTest>

using namespace helpdesk;
using namespace helpdesk::client;
using namespace helpdesk::client::test;

class TestLanguage : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void everyLanguageLoads_data();
    void everyLanguageLoads();
    void switchesAtRunTime();
    void rememberedForNextStart();
    void closestShippedLanguage();

private:
    TestServer m_server;
};

void TestLanguage::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
}

void TestLanguage::everyLanguageLoads_data()
{
    QTest::addColumn<QString>("code");
    for (const LanguageManager::Language& language : LanguageManager::languages())
        QTest::newRow(qPrintable(language.code)) << language.code;
}

void TestLanguage::everyLanguageLoads()
{
    QFETCH(QString, code);
    QTranslator translator;
    QVERIFY2(translator.load(QStringLiteral(":/i18n/helpdesk_%1.qm").arg(code)),
        "translation is not embedded");
    QVERIFY(!translator.isEmpty());
}

void TestLanguage::switchesAtRunTime()
{
    LanguageManager languages;
    QVERIFY(languages.setLanguage(QStringLiteral("en")));
    auto connection = connectAs(m_server.port(), QStringLiteral("ana"));
    QVERIFY(connection);
    MainWindow window(connection.get(), &languages);
    window.show();
    QMenu* fileMenu = window.menuBar()->actions().at(0)->menu();
    QListWidget* views = window.viewsPanel()->viewList();
    QTRY_VERIFY(views->count() > 0);
    const QString fileEn = fileMenu->title();
    const QString viewEn = views->item(0)->text();
    const QString headerEn = window.ticketModel()
                                 ->headerData(TicketListModel::SubjectColumn, Qt::Horizontal)
                                 .toString();
    QCOMPARE(fileEn, QStringLiteral("&File"));

    DirectoryCache directory(connection.get());
    NewTicketDialog dialog(connection.get(), &directory, window.drafts(), &window);
    const QString dialogEn = dialog.windowTitle();
    QLineEdit edit;
    std::unique_ptr<QMenu> contextEn(edit.createStandardContextMenu());
    const QString contextActionEn = contextEn->actions().at(0)->text();

    QVERIFY(languages.setLanguage(QStringLiteral("ru")));
    QCoreApplication::processEvents();
    QCOMPARE(QLocale().language(), QLocale::Russian);
    QVERIFY2(fileMenu->title() != fileEn, qPrintable(fileMenu->title()));
    QVERIFY(fileMenu->title().contains(QLatin1Char('&')));
    QVERIFY2(views->item(0)->text() != viewEn, qPrintable(views->item(0)->text()));
    QVERIFY(
        window.ticketModel()->headerData(TicketListModel::SubjectColumn, Qt::Horizontal).toString()
        != headerEn);
    QVERIFY2(dialog.windowTitle() != dialogEn, qPrintable(dialog.windowTitle()));
    std::unique_ptr<QMenu> contextRu(edit.createStandardContextMenu());
    QVERIFY2(contextRu->actions().at(0)->text() != contextActionEn,
        "Qt's own translation (qtbase_ru) is not loaded");

    // And back, still without a restart.
    QVERIFY(languages.setLanguage(QStringLiteral("en")));
    QCoreApplication::processEvents();
    QCOMPARE(fileMenu->title(), fileEn);
    QCOMPARE(views->item(0)->text(), viewEn);
}

void TestLanguage::rememberedForNextStart()
{
    {
        LanguageManager languages;
        QVERIFY(languages.setLanguage(QStringLiteral("hr")));
    }
    LanguageManager next;
    next.applyStartupLanguage();
    QCOMPARE(next.current(), QStringLiteral("hr"));
    QVERIFY(next.setLanguage(QStringLiteral("en")));
}

void TestLanguage::closestShippedLanguage()
{
    QCOMPARE(LanguageManager::closestLanguage(QStringLiteral("pt_BR")), QStringLiteral("pt_BR"));
    QCOMPARE(LanguageManager::closestLanguage(QStringLiteral("ru_RU")), QStringLiteral("ru"));
    QCOMPARE(LanguageManager::closestLanguage(QStringLiteral("hr")), QStringLiteral("hr"));
    QCOMPARE(LanguageManager::closestLanguage(QStringLiteral("ja_JP")), QString());
    QCOMPARE(LanguageManager::closestLanguage(QString()), QString());
}

QTEST_MAIN(TestLanguage)
#include "tst_language.moc"
