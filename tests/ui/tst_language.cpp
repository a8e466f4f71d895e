// SPDX-License-Identifier: GPL-3.0-or-later
// Switching the language at run time changes what is on screen at once: the main window,
// a dialog and a standard context menu (Qt's own translation), without a restart.
#include "clientharness.h"
#include "connection.h"
#include "conversationmodel.h"
#include "conversationview.h"
#include "directorycache.h"
#include "languagemanager.h"
#include "mainwindow.h"
#include "newticketdialog.h"
#include "savedviewspanel.h"
#include "searchresultsmodel.h"
#include "searchresultsview.h"
#include "ticketlistmodel.h"
#include "ticketpane.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
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
    void datesFollowTheLanguage();
    void everyShownTextFollowsTheLanguage();
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

namespace {

constexpr int kTimeout = 15000;

// A translation of every string of ours into "⟦source⟧": after switching to it, any text on
// screen still without the brackets was not retranslated.
class BracketTranslator : public QTranslator
{
public:
    QString translate(
        const char* context, const char* source, const char* disambiguation, int n) const override
    {
        Q_UNUSED(disambiguation);
        Q_UNUSED(n);
        if (!source || !*source || QByteArray(context).startsWith('Q'))
            return QString(); // Qt's own strings: their translation is not ours to test
        return QStringLiteral("⟦") + QString::fromUtf8(source) + QStringLiteral("⟧");
    }
    bool isEmpty() const override { return false; }
};

// Every text the user can see in the window, by where it is.
QMap<QString, QString> shownTexts(MainWindow& window)
{
    QMap<QString, QString> texts;
    const auto name = [](const QObject* object) {
        return QStringLiteral("%1 %2 %3")
            .arg(QString::fromLatin1(object->metaObject()->className()), object->objectName())
            .arg(quintptr(object), 0, 16);
    };
    texts.insert(QStringLiteral("window title"), window.windowTitle());
    texts.insert(QStringLiteral("status bar message"), window.statusBar()->currentMessage());
    for (QLabel* label : window.findChildren<QLabel*>()) {
        if (label->isVisible())
            texts.insert(name(label), label->text());
    }
    for (QAbstractButton* button : window.findChildren<QAbstractButton*>()) {
        if (button->isVisible())
            texts.insert(name(button), button->text());
    }
    for (QLineEdit* edit : window.findChildren<QLineEdit*>()) {
        if (edit->isVisible())
            texts.insert(name(edit) + QStringLiteral(" placeholder"), edit->placeholderText());
    }
    for (QMenu* menu : window.findChildren<QMenu*>()) {
        texts.insert(name(menu), menu->title());
        for (QAction* action : menu->actions()) {
            if (!action->isSeparator() && action->isVisible() && !action->menu())
                texts.insert(name(menu) + QLatin1Char(' ') + name(action), action->text());
        }
    }
    for (QTableView* table : window.findChildren<QTableView*>()) {
        for (int section = 0; section < table->model()->columnCount(); ++section)
            texts.insert(name(table) + QStringLiteral(" header %1").arg(section),
                table->model()->headerData(section, Qt::Horizontal).toString());
    }
    return texts;
}

} // namespace

// Defect 7: dates in the open ticket (and everywhere) take the new language's format at once.
void TestLanguage::datesFollowTheLanguage()
{
    LanguageManager languages;
    QVERIFY(languages.setLanguage(QStringLiteral("en")));
    auto connection = connectAs(m_server.port(), QStringLiteral("ana"));
    QVERIFY(connection);
    MainWindow window(connection.get(), &languages);
    window.show();
    window.openTicket(TicketId(7));
    ConversationModel* thread = window.ticketPane()->conversation();
    QTRY_VERIFY_WITH_TIMEOUT(thread->ticket() && thread->rowCount() > 0, kTimeout);
    const QDateTime created = thread->ticket()->createdAt.toLocalTime();
    const auto metaText = [&] {
        for (QLabel* label : window.ticketPane()->findChildren<QLabel*>()) {
            if (label->text().startsWith(QStringLiteral("#7 ")))
                return label->text();
        }
        return QString();
    };
    auto* view
        = window.ticketPane()->findChild<ConversationView*>(QStringLiteral("conversationView"));
    const QString english = QLocale(QStringLiteral("en")).toString(created, QLocale::ShortFormat);
    const QString german = QLocale(QStringLiteral("de")).toString(created, QLocale::ShortFormat);
    QVERIFY(english != german);
    QVERIFY2(metaText().contains(english), qPrintable(metaText()));
    QVERIFY(view->toPlainText().contains(english));

    QVERIFY(languages.setLanguage(QStringLiteral("de")));
    QCoreApplication::processEvents();
    QVERIFY2(metaText().contains(german), qPrintable(metaText()));
    QVERIFY(!metaText().contains(english));
    QVERIFY2(view->toPlainText().contains(german), qPrintable(view->toPlainText().left(300)));
    QVERIFY(languages.setLanguage(QStringLiteral("en")));
}

// Defect 7: every text on screen is retranslated, including those set once after an event:
// the search results' count, the properties' "Saved.", a status-bar message.
void TestLanguage::everyShownTextFollowsTheLanguage()
{
    LanguageManager languages;
    QVERIFY(languages.setLanguage(QStringLiteral("en")));
    auto connection = connectAs(m_server.port(), QStringLiteral("ana"));
    QVERIFY(connection);
    MainWindow window(connection.get(), &languages);
    window.show();
    window.openTicket(TicketId(7));
    ConversationModel* thread = window.ticketPane()->conversation();
    QTRY_VERIFY_WITH_TIMEOUT(thread->ticket() && thread->rowCount() > 0, kTimeout);
    // "Saved." after a save.
    auto* priority = window.findChild<QComboBox*>(QStringLiteral("priorityCombo"));
    auto* save = window.findChild<QPushButton*>(QStringLiteral("savePropertiesButton"));
    auto* message = window.findChild<QLabel*>(QStringLiteral("propertiesMessage"));
    QTRY_VERIFY_WITH_TIMEOUT(priority->isEnabled(), kTimeout);
    priority->setFocus();
    QTest::keyClick(
        priority, priority->currentIndex() + 1 < priority->count() ? Qt::Key_Down : Qt::Key_Up);
    QVERIFY(save->isEnabled());
    save->click();
    QTRY_VERIFY_WITH_TIMEOUT(message->isVisible() && !message->text().isEmpty(), kTimeout);
    // "N tickets found" in the search results.
    window.showSearch(QStringLiteral("backup"));
    QTRY_VERIFY_WITH_TIMEOUT(window.searchView()->model()->rowCount() > 0, kTimeout);
    // A status-bar message: nothing unread above (nothing is selected in the list).
    window.findChild<QAction*>(QStringLiteral("previousUnreadAction"))->trigger();
    window.showSearch(QStringLiteral("backup"));
    QTRY_VERIFY_WITH_TIMEOUT(!window.searchView()->model()->isSearching(), kTimeout);
    QVERIFY(!window.statusBar()->currentMessage().isEmpty());

    const QMap<QString, QString> before = shownTexts(window);
    BracketTranslator brackets;
    QCoreApplication::installTranslator(&brackets);
    QCoreApplication::processEvents();
    const QMap<QString, QString> after = shownTexts(window);
    QCOMPARE(message->text(), QStringLiteral("⟦Saved.⟧"));
    QCOMPARE(window.searchView()->statusLabel()->text().left(1), QStringLiteral("⟦"));
    QCoreApplication::removeTranslator(&brackets);
    QCoreApplication::processEvents();

    // Texts that are data, not words of ours (macroMenu: the macros' names).
    const QStringList data { QStringLiteral("ticketSubject"), QStringLiteral("searchTitle"),
        QStringLiteral("customerName"), QStringLiteral("customerNotes"),
        QStringLiteral("customerServices"), QStringLiteral("macroMenu") };
    QStringList stale;
    for (auto it = before.cbegin(); it != before.cend(); ++it) {
        const QString now = after.value(it.key());
        const bool isData
            = std::any_of(data.cbegin(), data.cend(),
                  [&](const QString& name) {
                      return it.key().contains(QLatin1Char(' ') + name + QLatin1Char(' '));
                  })
            || (it.key().contains(QStringLiteral(" languageMenu "))
                && it.key().contains(QStringLiteral("QAction"))); // each in its own language
        if (it.value().trimmed().isEmpty() || isData)
            continue;
        if (!now.contains(QStringLiteral("⟦")))
            stale << QStringLiteral("%1: \"%2\"").arg(it.key(), now);
    }
    QVERIFY2(stale.isEmpty(), qPrintable(stale.join(QLatin1Char('\n'))));
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
