// SPDX-License-Identifier: GPL-3.0-or-later
// The business calendars and on-call rota dialogs (Service levels menu) and the assignee
// picker's presence, in the real client offscreen against the real server with the demo
// data: the lead creates a calendar with two stretches on one day and a holiday; the built-in
// 24/7 calendar cannot be edited; two leads (two clients) edit one calendar at once and
// neither undoes the other; the lead sets up a rota and a colleague's stale save is refused;
// the assignee picker lists online agents first and follows presence changes live.
#include "assigneechoices.h"
#include "calendarsdialog.h"
#include "clientharness.h"
#include "mainwindow.h"
#include "newticketdialog.h"
#include "propertiespanel.h"
#include "rawclient.h"
#include "rotadialog.h"
#include "slaadminmenu.h"
#include "slaeditors.h"
#include "ticketpane.h"

#include <QAction>
#include <QPointer>
#include <QComboBox>
#include <QDateEdit>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTest>
#include <QTimeEdit>

using namespace helpdesk;
using namespace helpdesk::client;
using namespace helpdesk::client::test;

namespace {
constexpr int kTimeout = 8000;

QJsonObject calendarNamed(RawClient& client, const QString& name)
{
    for (const QJsonValue& item : client.result(QStringLiteral("calendar.list"), {}).value(QStringLiteral("items")).toArray()) {
        if (item.toObject().value(QStringLiteral("name")).toString() == name)
            return item.toObject();
    }
    return {};
}

int rowNamed(QListWidget* list, const QString& name)
{
    for (int row = 0; row < list->count(); ++row) {
        if (list->item(row)->text() == name)
            return row;
    }
    return -1;
}

void setStretch(WeeklyHoursEditor* editor, int row, int day, const QString& start, const QString& end)
{
    QTableWidget* table = editor->table();
    static_cast<QComboBox*>(table->cellWidget(row, 0))->setCurrentIndex(day - 1);
    static_cast<QTimeEdit*>(table->cellWidget(row, 1))->setTime(QTime::fromString(start, QStringLiteral("HH:mm")));
    static_cast<QTimeEdit*>(table->cellWidget(row, 2))->setTime(QTime::fromString(end, QStringLiteral("HH:mm")));
}

void addDate(DateListEditor* editor, const QDate& date)
{
    editor->picker()->setDate(date);
    QTest::mouseClick(editor->addButton(), Qt::LeftButton);
}

// Closes a dialog (deleted on close) and waits until it is gone, so the menu opens a new one.
bool closeDialog(QDialog* dialog)
{
    QPointer<QDialog> pointer(dialog);
    dialog->close();
    QElapsedTimer waited;
    waited.start();
    while (pointer && !waited.hasExpired(kTimeout))
        QTest::qWait(20);
    return pointer.isNull();
}

// Clicks Save; true once the save is answered and the calendars are read again after it.
bool saveAndReload(CalendarsDialog* dialog)
{
    QSignalSpy saved(dialog, &CalendarsDialog::saved);
    QSignalSpy loaded(dialog, &CalendarsDialog::loaded);
    QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
    return (saved.count() > 0 || saved.wait(kTimeout)) && (loaded.count() > 0 || loaded.wait(kTimeout));
}

// The names in an assignee picker after "Unassigned", with their presence.
QList<QPair<QString, QString>> assignees(QComboBox* combo)
{
    QList<QPair<QString, QString>> items;
    for (int i = 1; i < combo->count(); ++i)
        items << qMakePair(combo->itemText(i), combo->itemData(i, AssigneeChoices::kPresenceRole).toString());
    return items;
}
} // namespace

class TestSlaDialogs : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void calendarDialogCreates();
    void alwaysOpenIsReadOnly();
    void twoLeadsEditOneCalendar();
    void rotaDialogSaves();
    void assigneePickerShowsPresence();

private:
    CalendarsDialog* openCalendars(MainWindow& window);

    TestServer m_server;
    std::unique_ptr<Connection> m_leadConnection;
    std::unique_ptr<MainWindow> m_lead;
    std::unique_ptr<Connection> m_adminConnection;
    std::unique_ptr<MainWindow> m_admin;
    RawClient m_raw;
};

void TestSlaDialogs::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
    m_leadConnection = connectAs(m_server.port(), QStringLiteral("lead"));
    m_adminConnection = connectAs(m_server.port(), QStringLiteral("admin"));
    QVERIFY(m_leadConnection && m_adminConnection);
    m_lead = std::make_unique<MainWindow>(m_leadConnection.get());
    m_admin = std::make_unique<MainWindow>(m_adminConnection.get());
    m_lead->show();
    m_admin->show();
    QVERIFY(m_raw.connectAndLogin(m_server.port(), QStringLiteral("sam"), kDemoPassword));
}

void TestSlaDialogs::cleanupTestCase()
{
    m_lead.reset();
    m_admin.reset();
    m_leadConnection.reset();
    m_adminConnection.reset();
}

CalendarsDialog* TestSlaDialogs::openCalendars(MainWindow& window)
{
    auto* action = window.findChild<QAction*>(QStringLiteral("calendarsAction"));
    if (!action || !action->isVisible())
        return nullptr;
    action->trigger();
    auto* dialog = window.findChild<CalendarsDialog*>();
    if (dialog && dialog->list()->count() == 0)
        QSignalSpy(dialog, &CalendarsDialog::loaded).wait(kTimeout);
    return dialog;
}

void TestSlaDialogs::calendarDialogCreates()
{
    CalendarsDialog* dialog = openCalendars(*m_lead);
    QVERIFY(dialog);
    QTRY_VERIFY_WITH_TIMEOUT(dialog->list()->count() >= 1, kTimeout);
    QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("newCalendar")), Qt::LeftButton);
    dialog->nameEdit()->setText(QStringLiteral("Zagreb office"));
    selectTimeZone(dialog->timeZoneBox(), QStringLiteral("Europe/Zagreb"));
    // Monday morning and afternoon, Friday night into Saturday.
    WeeklyHoursEditor* hours = dialog->hoursEditor();
    for (int i = 0; i < 3; ++i)
        QTest::mouseClick(hours->findChild<QPushButton*>(QStringLiteral("addStretch")), Qt::LeftButton);
    QCOMPARE(hours->table()->rowCount(), 3);
    setStretch(hours, 0, 1, QStringLiteral("08:00"), QStringLiteral("12:00"));
    setStretch(hours, 1, 1, QStringLiteral("13:00"), QStringLiteral("17:00"));
    setStretch(hours, 2, 5, QStringLiteral("22:00"), QStringLiteral("06:00"));
    addDate(dialog->holidaysEditor(), QDate(2026, 12, 25));
    addDate(dialog->holidaysEditor(), QDate(2026, 12, 24));
    addDate(dialog->holidaysEditor(), QDate(2026, 12, 25)); // once only
    QCOMPARE(dialog->holidaysEditor()->list()->count(), 2);
    QVERIFY2(saveAndReload(dialog), qPrintable(dialog->messageLabel()->text()));

    const QJsonObject stored = calendarNamed(m_raw, QStringLiteral("Zagreb office"));
    QCOMPARE(stored.value(QStringLiteral("timeZone")).toString(), QStringLiteral("Europe/Zagreb"));
    const QJsonArray expectedHours {
        QJsonObject { { QStringLiteral("day"), 1 }, { QStringLiteral("start"), QStringLiteral("08:00") }, { QStringLiteral("end"), QStringLiteral("12:00") } },
        QJsonObject { { QStringLiteral("day"), 1 }, { QStringLiteral("start"), QStringLiteral("13:00") }, { QStringLiteral("end"), QStringLiteral("17:00") } },
        QJsonObject { { QStringLiteral("day"), 5 }, { QStringLiteral("start"), QStringLiteral("22:00") }, { QStringLiteral("end"), QStringLiteral("06:00") } } };
    QCOMPARE(stored.value(QStringLiteral("hours")).toArray(), expectedHours);
    QCOMPARE(stored.value(QStringLiteral("holidays")).toArray(),
        (QJsonArray { QStringLiteral("2026-12-24"), QStringLiteral("2026-12-25") }));
    // The list shows it, selected.
    QTRY_VERIFY_WITH_TIMEOUT(rowNamed(dialog->list(), QStringLiteral("Zagreb office")) >= 0, kTimeout);
    QCOMPARE(dialog->list()->currentRow(), rowNamed(dialog->list(), QStringLiteral("Zagreb office")));
    // Removing a holiday saves only the holidays.
    dialog->holidaysEditor()->list()->item(0)->setSelected(true);
    QTest::mouseClick(dialog->holidaysEditor()->removeButton(), Qt::LeftButton);
    QVERIFY(saveAndReload(dialog));
    QCOMPARE(calendarNamed(m_raw, QStringLiteral("Zagreb office")).value(QStringLiteral("holidays")).toArray(),
        QJsonArray { QStringLiteral("2026-12-25") });
    QVERIFY(closeDialog(dialog));
}

void TestSlaDialogs::alwaysOpenIsReadOnly()
{
    CalendarsDialog* dialog = openCalendars(*m_lead);
    QVERIFY(dialog);
    QTRY_VERIFY_WITH_TIMEOUT(dialog->list()->count() >= 2, kTimeout);
    dialog->list()->setCurrentRow(0); // 24/7, built in
    QVERIFY(dialog->nameEdit()->isReadOnly());
    QVERIFY(!dialog->saveButton()->isEnabled());
    QVERIFY(!dialog->hoursEditor()->findChild<QPushButton*>(QStringLiteral("addStretch"))->isVisible());
    QVERIFY(!dialog->messageLabel()->text().isEmpty());
    QVERIFY(closeDialog(dialog));
}

// The lead adds a holiday while the admin renames the calendar and changes its hours: both
// stay. Then both change the holidays: the second sees the first's version, nothing is lost.
void TestSlaDialogs::twoLeadsEditOneCalendar()
{
    CalendarsDialog* lead = openCalendars(*m_lead);
    CalendarsDialog* admin = openCalendars(*m_admin);
    QVERIFY(lead && admin);
    QTRY_VERIFY_WITH_TIMEOUT(rowNamed(lead->list(), QStringLiteral("Zagreb office")) >= 0, kTimeout);
    QTRY_VERIFY_WITH_TIMEOUT(rowNamed(admin->list(), QStringLiteral("Zagreb office")) >= 0, kTimeout);
    lead->list()->setCurrentRow(rowNamed(lead->list(), QStringLiteral("Zagreb office")));
    admin->list()->setCurrentRow(rowNamed(admin->list(), QStringLiteral("Zagreb office")));

    addDate(lead->holidaysEditor(), QDate(2027, 1, 1));
    QVERIFY(saveAndReload(lead));

    admin->nameEdit()->setText(QStringLiteral("Zagreb HQ"));
    setStretch(admin->hoursEditor(), 1, 1, QStringLiteral("13:00"), QStringLiteral("18:00"));
    QSignalSpy adminFailed(admin, &CalendarsDialog::saveFailed);
    QTest::mouseClick(admin->saveButton(), Qt::LeftButton);
    QVERIFY(adminFailed.wait(kTimeout));
    // The admin sees the lead's holiday and still has their own name and hours to save.
    QCOMPARE(admin->holidaysEditor()->dates(),
        (QJsonArray { QStringLiteral("2026-12-25"), QStringLiteral("2027-01-01") }));
    QCOMPARE(admin->nameEdit()->text(), QStringLiteral("Zagreb HQ"));
    QVERIFY(!admin->messageLabel()->text().isEmpty());
    QVERIFY2(saveAndReload(admin), qPrintable(admin->messageLabel()->text()));
    const QJsonObject stored = calendarNamed(m_raw, QStringLiteral("Zagreb HQ"));
    QCOMPARE(stored.value(QStringLiteral("holidays")).toArray(),
        (QJsonArray { QStringLiteral("2026-12-25"), QStringLiteral("2027-01-01") }));
    QCOMPARE(stored.value(QStringLiteral("hours")).toArray().at(1).toObject().value(QStringLiteral("end")).toString(),
        QStringLiteral("18:00"));

    // Both change the holidays: the lead (now behind) is refused and shown the admin's list.
    addDate(admin->holidaysEditor(), QDate(2027, 5, 1));
    QVERIFY(saveAndReload(admin));
    addDate(lead->holidaysEditor(), QDate(2027, 6, 22));
    QSignalSpy leadFailed(lead, &CalendarsDialog::saveFailed);
    QTest::mouseClick(lead->saveButton(), Qt::LeftButton);
    QVERIFY(leadFailed.wait(kTimeout));
    QCOMPARE(lead->holidaysEditor()->dates(),
        (QJsonArray { QStringLiteral("2026-12-25"), QStringLiteral("2027-01-01"), QStringLiteral("2027-05-01") }));
    QCOMPARE(lead->nameEdit()->text(), QStringLiteral("Zagreb HQ"));
    QCOMPARE(calendarNamed(m_raw, QStringLiteral("Zagreb HQ")).value(QStringLiteral("holidays")).toArray().size(), 3);
    QVERIFY(closeDialog(lead));
    QVERIFY(closeDialog(admin));
}

void TestSlaDialogs::rotaDialogSaves()
{
    auto* action = m_lead->findChild<QAction*>(QStringLiteral("rotasAction"));
    QVERIFY(action && action->isVisible());
    action->trigger();
    auto* dialog = m_lead->findChild<RotaDialog*>();
    QVERIFY(dialog);
    dialog->selectQueue(1); // Support
    QTRY_COMPARE_WITH_TIMEOUT(dialog->loadedQueue(), qint64(1), kTimeout);
    QCOMPARE(dialog->shiftList()->count(), 0);
    const qint64 sam = m_raw.userId();
    QTest::mouseClick(dialog->addButton(), Qt::LeftButton);
    QCOMPARE(dialog->shiftList()->count(), 1);
    dialog->personBox()->setCurrentIndex(dialog->personBox()->findData(sam));
    emit dialog->personBox()->activated(dialog->personBox()->currentIndex());
    selectTimeZone(dialog->timeZoneBox(), QStringLiteral("Europe/Zagreb"));
    QTest::mouseClick(dialog->hoursEditor()->findChild<QPushButton*>(QStringLiteral("addStretch")), Qt::LeftButton);
    setStretch(dialog->hoursEditor(), 0, 6, QStringLiteral("00:00"), QStringLiteral("00:00"));
    addDate(dialog->datesEditor(), QDate(2026, 12, 31));
    QVERIFY(dialog->shiftList()->item(0)->text().startsWith(QStringLiteral("Sam Taylor")));

    // The admin's rota dialog read the empty rota before the lead saves.
    auto* adminAction = m_admin->findChild<QAction*>(QStringLiteral("rotasAction"));
    adminAction->trigger();
    auto* stale = m_admin->findChild<RotaDialog*>();
    stale->selectQueue(1);
    QTRY_COMPARE_WITH_TIMEOUT(stale->loadedQueue(), qint64(1), kTimeout);

    QSignalSpy saved(dialog, &RotaDialog::saved);
    QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
    QVERIFY2(saved.wait(kTimeout), qPrintable(dialog->messageLabel()->text()));
    const QJsonObject rota = m_raw.result(QStringLiteral("rota.list"), { { QStringLiteral("queueId"), 1 } });
    const QJsonArray shifts = rota.value(QStringLiteral("shifts")).toArray();
    QCOMPARE(shifts.size(), 1);
    const QJsonObject shift = shifts.first().toObject();
    QCOMPARE(shift.value(QStringLiteral("userId")).toInteger(), sam);
    QCOMPARE(shift.value(QStringLiteral("timeZone")).toString(), QStringLiteral("Europe/Zagreb"));
    QCOMPARE(shift.value(QStringLiteral("dates")).toArray(), QJsonArray { QStringLiteral("2026-12-31") });
    QCOMPARE(shift.value(QStringLiteral("hours")).toArray().first().toObject().value(QStringLiteral("day")).toInt(), 6);

    // The admin adds a shift of their own on the stale rota: refused, the lead's rota shown.
    QTest::mouseClick(stale->addButton(), Qt::LeftButton);
    addDate(stale->datesEditor(), QDate(2027, 1, 2));
    QSignalSpy staleFailed(stale, &RotaDialog::saveFailed);
    QTest::mouseClick(stale->saveButton(), Qt::LeftButton);
    QVERIFY(staleFailed.wait(kTimeout));
    QCOMPARE(stale->shifts().size(), 1);
    QCOMPARE(stale->shifts().first().toObject().value(QStringLiteral("userId")).toInteger(), sam);
    QVERIFY(!stale->messageLabel()->text().isEmpty());
    QCOMPARE(m_raw.result(QStringLiteral("rota.list"), { { QStringLiteral("queueId"), 1 } })
                 .value(QStringLiteral("shifts")).toArray().size(), 1);
    QVERIFY(closeDialog(dialog));
    QVERIFY(closeDialog(stale));
}

void TestSlaDialogs::assigneePickerShowsPresence()
{
    auto* combo = m_lead->ticketPane()->properties()->findChild<QComboBox*>(QStringLiteral("assigneeCombo"));
    QVERIFY(combo);
    // Lena (lead), Alex (admin) and Sam (the raw client) are logged in: they come first.
    auto onlineFirst = [&] {
        const auto items = assignees(combo);
        bool offlineSeen = false;
        for (const auto& item : items) {
            if (item.second != QLatin1String("online"))
                offlineSeen = true;
            else if (offlineSeen)
                return false;
        }
        return !items.isEmpty();
    };
    QTRY_VERIFY_WITH_TIMEOUT(assignees(combo).contains(qMakePair(QStringLiteral("Sam Taylor"), QStringLiteral("online"))), kTimeout);
    QVERIFY(onlineFirst());
    QVERIFY(assignees(combo).contains(qMakePair(QStringLiteral("Marta Nowak (offline)"), QStringLiteral("offline"))));
    // Sam goes away: live, with the presence in the text, after those online.
    m_raw.result(QStringLiteral("presence.set"), { { QStringLiteral("status"), QStringLiteral("away") } });
    QTRY_VERIFY_WITH_TIMEOUT(assignees(combo).contains(qMakePair(QStringLiteral("Sam Taylor (away)"), QStringLiteral("away"))), kTimeout);
    QVERIFY(onlineFirst());
    // Marta logs in: she moves up among those online.
    RawClient marta;
    QVERIFY(marta.connectAndLogin(m_server.port(), QStringLiteral("marta"), kDemoPassword));
    QTRY_VERIFY_WITH_TIMEOUT(assignees(combo).contains(qMakePair(QStringLiteral("Marta Nowak"), QStringLiteral("online"))), kTimeout);
    QVERIFY(onlineFirst());
    // The new-ticket dialog's picker too (after "Unassigned" and "Me").
    m_lead->findChild<QAction*>(QStringLiteral("newTicketAction"))->trigger();
    auto* dialog = m_lead->findChild<NewTicketDialog*>();
    QVERIFY(dialog);
    auto* picker = dialog->findChild<QComboBox*>(QStringLiteral("assignee"));
    QVERIFY(picker);
    QTRY_VERIFY_WITH_TIMEOUT(picker->count() > 2, kTimeout);
    QCOMPARE(picker->itemData(2, AssigneeChoices::kPresenceRole).toString(), QStringLiteral("online"));
    QCOMPARE(picker->itemData(picker->count() - 1, AssigneeChoices::kPresenceRole).toString(), QStringLiteral("offline"));
    QVERIFY(closeDialog(dialog));
    m_raw.result(QStringLiteral("presence.set"), { { QStringLiteral("status"), QStringLiteral("online") } });
}

QTEST_MAIN(TestSlaDialogs)
#include "tst_sladialogs.moc"
