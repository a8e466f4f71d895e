// SPDX-License-Identifier: GPL-3.0-or-later
// helpdesk-client-bench: the real client (offscreen) against a running server. Reports
// login → first page painted, paging down to a deep row, opening a long thread, and the
// process's resident memory. Figures only; nothing passes or fails.
#include "apitypes.h"
#include "connection.h"
#include "conversationmodel.h"
#include "conversationview.h"
#include "customerpanel.h"
#include "mainwindow.h"
#include "savedviewspanel.h"
#include "similartickets.h"
#include "ticketlistmodel.h"
#include "ticketpane.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QScrollBar>
#include <QStandardPaths>
#include <QTableView>
#include <QTextStream>

#include <algorithm>
#include <functional>
#include <random>

using namespace helpdesk;
using namespace helpdesk::client;

namespace {

QTextStream& out()
{
    static QTextStream stream(stdout);
    return stream;
}

// Runs the event loop until `done` or the deadline; false on timeout.
bool waitFor(const std::function<bool()>& done, qint64 timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    while (!done()) {
        if (timer.elapsed() > timeoutMs)
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    }
    return true;
}

qint64 residentKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

double ms(qint64 nanoseconds)
{
    return double(nanoseconds) / 1e6;
}

// A ticket with `count` messages, made through the protocol (pipelined, 64 in flight).
TicketId makeThread(Connection& connection, int count)
{
    TicketId id;
    NewTicket ticket;
    ticket.subject = QStringLiteral("Benchmark thread with %1 messages").arg(count);
    ticket.body = QStringLiteral("First message of a long thread.");
    connection.createTicket(ticket, &connection, [&](const Ticket& created) { id = created.id; });
    if (!waitFor([&] { return id.isValid(); }, 30000))
        return {};
    int sent = 0, done = 0;
    while (done < count - 1) {
        while (sent < count - 1 && sent - done < 64) {
            const QString body
                = QStringLiteral("Reply %1: the backup finished, please check the restore of "
                                 "https://example.org/restore/%1 and tell us.\nThanks!")
                      .arg(sent);
            connection.addMessage(
                id, body, sent % 7 == 0, QString(), &connection, [&](const Message&) { ++done; },
                [&](const rpc::Error&) { ++done; });
            ++sent;
        }
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    }
    return id;
}

// Opens `rounds` random tickets up to `newest` and prints how long the ticket pane's side
// panels took to show their answer: the customer panel (customer.get; tickets without an
// organisation have none) and the similar tickets (ticket.similar).
void measureSidePanels(TicketPane* pane, TicketId newest, int rounds)
{
    CustomerPanel* customer = pane->customerPanel();
    SimilarTicketsPanel* similar = pane->similarPanel();
    if (!customer || !similar || newest.value() < 2)
        return;
    std::mt19937_64 random(7);
    QVector<double> customerMs;
    QVector<double> similarMs;
    for (int round = 0; round < rounds; ++round) {
        pane->showTicket(TicketId());
        QCoreApplication::processEvents();
        QElapsedTimer timer;
        double customerAt = -1;
        double similarAt = -1;
        const auto c1 = QObject::connect(
            customer, &CustomerPanel::loaded, [&] { customerAt = ms(timer.nsecsElapsed()); });
        const auto c2 = QObject::connect(similar, &SimilarTicketsPanel::loaded,
            [&] { similarAt = ms(timer.nsecsElapsed()); });
        timer.start();
        pane->showTicket(TicketId(1 + qint64(random() % quint64(newest.value() - 1))));
        waitFor(
            [&] {
                const auto ticket = pane->conversation()->ticket();
                return similarAt >= 0 && ticket && (customerAt >= 0 || !ticket->customerId);
            },
            30000);
        QObject::disconnect(c1);
        QObject::disconnect(c2);
        if (customerAt >= 0)
            customerMs << customerAt;
        if (similarAt >= 0)
            similarMs << similarAt;
    }
    for (auto* list : { &customerMs, &similarMs }) {
        std::sort(list->begin(), list->end());
        if (list->isEmpty())
            continue;
        out() << QStringLiteral("%1 shown after opening a ticket: p50 %2 ms, p99 %3 ms, max %4 ms "
                                "(%5 tickets)")
                     .arg(list == &customerMs ? QStringLiteral("customer panel")
                                              : QStringLiteral("similar tickets"))
                     .arg(list->at(list->size() / 2), 0, 'f', 1)
                     .arg(list->at(qMin<qsizetype>(list->size() - 1, list->size() * 99 / 100)), 0, 'f', 1)
                     .arg(list->last(), 0, 'f', 1)
                     .arg(list->size())
              << Qt::endl;
    }
}

} // namespace

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("helpdesk-client-bench"));
    QStandardPaths::setTestModeEnabled(true); // drafts and markers out of the user's profile
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({ QStringLiteral("server"), QStringLiteral("HOST:PORT"),
        QStringLiteral("address"), QStringLiteral("127.0.0.1:7480") });
    parser.addOption({ QStringLiteral("login"), QStringLiteral("Login."), QStringLiteral("login"),
        QStringLiteral("admin") });
    parser.addOption(
        { QStringLiteral("password-env"), QStringLiteral("Variable holding the password."),
            QStringLiteral("variable"), QStringLiteral("HELPDESK_BENCH_PASSWORD") });
    parser.addOption({ QStringLiteral("scroll-to"), QStringLiteral("Row to page down to."),
        QStringLiteral("row"), QStringLiteral("500000") });
    parser.addOption(
        { QStringLiteral("scroll-budget-s"), QStringLiteral("Give up paging after this long."),
            QStringLiteral("seconds"), QStringLiteral("120") });
    parser.addOption({ QStringLiteral("thread"), QStringLiteral("Messages in the thread to open."),
        QStringLiteral("n"), QStringLiteral("500") });
    parser.addOption({ QStringLiteral("panels"),
        QStringLiteral("Random tickets opened to time the customer panel and similar tickets."),
        QStringLiteral("n"), QStringLiteral("100") });
    parser.process(app);

    const QString server = parser.value(QStringLiteral("server"));
    const int colon = server.lastIndexOf(QLatin1Char(':'));
    Connection connection;
    QElapsedTimer clock;
    clock.start();
    connection.connectToServer(server.left(colon), quint16(server.mid(colon + 1).toUInt()));
    connection.login(parser.value(QStringLiteral("login")),
        qEnvironmentVariable(
            parser.value(QStringLiteral("password-env")).toLocal8Bit().constData()));
    if (!waitFor([&] { return connection.isReady(); }, 30000)) {
        out() << "login failed" << Qt::endl;
        return 1;
    }
    const qint64 loggedIn = clock.nsecsElapsed();

    MainWindow window(&connection);
    window.show();
    SavedViewsPanel* views = window.viewsPanel();
    views->selectView(views->viewCount() - 1); // "All tickets": the biggest list
    TicketListModel* model = window.ticketModel();
    waitFor([&] { return model->rowCount() > 0 && !model->isLoading(); }, 60000);
    window.grab(); // paints the window, as the screen would
    const qint64 firstPage = clock.nsecsElapsed();
    out() << "tickets on the server (All tickets): " << model->total() << Qt::endl;
    out() << QStringLiteral("login answered:              %1 ms").arg(ms(loggedIn), 0, 'f', 1)
          << Qt::endl;
    out() << QStringLiteral("login → first page painted:  %1 ms").arg(ms(firstPage), 0, 'f', 1)
          << Qt::endl;

    // Scrolling as a user does: the scroll bar dragged to a row far down, then paging on.
    // "Shown" means every row in the viewport is loaded and the window has painted.
    QTableView* table = window.ticketTable();
    const int target = qMin(parser.value(QStringLiteral("scroll-to")).toInt(),
        int(qMin<qint64>(model->rowCount() - 1, INT_MAX)));
    const qint64 budget = parser.value(QStringLiteral("scroll-budget-s")).toLongLong() * 1000;
    const auto visibleLoaded = [&] {
        const int first = table->rowAt(0);
        int last = table->rowAt(table->viewport()->height() - 1);
        if (last < 0)
            last = model->rowCount() - 1;
        if (first < 0)
            return false;
        for (int row = first; row <= last; ++row) {
            if (!model->isLoaded(row))
                return false;
        }
        return true;
    };
    const auto showRow = [&](int row) {
        QElapsedTimer timer;
        timer.start();
        table->verticalScrollBar()->setValue(row);
        table->viewport()->repaint(); // paints the placeholders, which asks for their page
        const bool shown = waitFor(visibleLoaded, int(budget));
        table->viewport()->repaint();
        return shown ? ms(timer.nsecsElapsed()) : -1.0;
    };
    const double jump = showRow(target);
    out() << QStringLiteral("scroll bar to row %1:     rows shown in %2 ms (%3 rows loaded)")
                 .arg(target)
                 .arg(jump, 0, 'f', 1)
                 .arg(model->loadedCount())
          << Qt::endl;
    // Dragging through the list: 20 stops on the way back to the top, each painted.
    QElapsedTimer drag;
    drag.start();
    QVector<double> stops;
    for (int step = 19; step >= 0; --step)
        stops << showRow(int(qint64(target) * step / 20));
    std::sort(stops.begin(), stops.end());
    out() << QStringLiteral("drag to the top, 20 stops: %1 ms in all, per stop median %2 ms, max "
                            "%3 ms")
                 .arg(drag.elapsed())
                 .arg(stops.at(stops.size() / 2), 0, 'f', 1)
                 .arg(stops.last(), 0, 'f', 1)
          << Qt::endl;
    // Page Down from the deep row, as a reader does: mostly extends the loaded window.
    showRow(target);
    QVector<double> pagesDown;
    const int perPage = qMax(1, table->rowAt(table->viewport()->height() - 1) - table->rowAt(0));
    for (int page = 1; page <= 50; ++page)
        pagesDown << showRow(target + page * perPage);
    std::sort(pagesDown.begin(), pagesDown.end());
    out() << QStringLiteral("50 × Page Down from there:  median %1 ms, max %2 ms (%3 rows "
                            "loaded)")
                 .arg(pagesDown.at(pagesDown.size() / 2), 0, 'f', 1)
                 .arg(pagesDown.last(), 0, 'f', 1)
                 .arg(model->loadedCount())
          << Qt::endl;

    // Opening a long thread: from the click to the conversation painted.
    const int threadSize = parser.value(QStringLiteral("thread")).toInt();
    const TicketId thread = makeThread(connection, threadSize);
    TicketPane* pane = window.ticketPane();
    QVector<double> opens;
    for (int round = 0; round < 5 && thread.isValid(); ++round) {
        pane->showTicket(TicketId()); // away and back, so each round loads afresh
        QElapsedTimer open;
        open.start();
        pane->showTicket(thread);
        waitFor(
            [&] {
                return pane->conversation()->rowCount() >= threadSize
                    && !pane->conversation()->isLoading();
            },
            60000);
        pane->findChild<ConversationView*>()->grab();
        opens << ms(open.nsecsElapsed());
    }
    std::sort(opens.begin(), opens.end());
    if (!opens.isEmpty())
        out() << QStringLiteral(
            "open a %1-message thread:   median %2 ms (min %3, max %4, 5 rounds)")
                     .arg(threadSize)
                     .arg(opens.at(opens.size() / 2), 0, 'f', 1)
                     .arg(opens.first(), 0, 'f', 1)
                     .arg(opens.last(), 0, 'f', 1)
              << Qt::endl;
    measureSidePanels(pane, thread, parser.value(QStringLiteral("panels")).toInt());
    out() << QStringLiteral("resident memory (VmRSS):     %1 MiB")
                 .arg(double(residentKiB()) / 1024.0, 0, 'f', 1)
          << Qt::endl;
    return 0;
}
