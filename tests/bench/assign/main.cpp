// SPDX-License-Identifier: GPL-3.0-or-later
// helpdesk-assign-bench: what automatic assignment (issue 12) adds to each new ticket. On a
// fresh database (SQLite file or an empty PostgreSQL database) it staffs a queue with
// --members online agents, gives them --load open tickets in all, then runs --tickets
// transactions that each choose an assignee (autoassign::choose, the call ticket.create makes)
// and insert the ticket, per mode (off, round_robin, least_loaded). Prints the time per
// ticket (mean, p50, p99) and, for each mode, the spread of the tickets over the members.
// A figure, never a pass or fail.
#include "storage/databaseconfig.h"
#include "storage/db.h"
#include "storage/migrations.h"
#include "tickets/autoassign.h"
#include "tickets/ticketstore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHash>
#include <QTextStream>

#include <algorithm>

using namespace helpdesk;
using namespace helpdesk::server;

namespace {

QTextStream& out()
{
    static QTextStream stream(stdout);
    return stream;
}

void exec(Db& db, const QString& sql, const QVariantList& values = {})
{
    Query query(db, sql);
    for (const QVariant& value : values)
        query.bind(value);
    query.exec();
}

qint64 insertUser(Db& db, const QString& login, const QString& role)
{
    Query insert(db,
        QStringLiteral("INSERT INTO users (login, name, role, password_hash, created_at) "
                       "VALUES (?, ?, ?, 'x', 0) RETURNING id"));
    return insert.bind(login).bind(login).bind(role).scalar().toLongLong();
}

Ticket newTicket(UserId requester, std::optional<QueueId> queue, std::optional<UserId> assignee)
{
    Ticket ticket;
    ticket.subject = QStringLiteral("Assignment benchmark");
    ticket.queueId = queue;
    ticket.assigneeId = assignee;
    ticket.requesterId = requester;
    ticket.status = TicketStatus::Open;
    ticket.createdAt = ticket.updatedAt = ticketstore::fromMs(nowMs());
    ticket.version = 1;
    return ticket;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Cost of automatic assignment per new ticket."));
    parser.addHelpOption();
    const QCommandLineOption database(QStringLiteral("database"),
        QStringLiteral("sqlite:PATH (a new file) or postgres://... (an empty database)."),
        QStringLiteral("url"));
    const QCommandLineOption members(QStringLiteral("members"), QStringLiteral("Queue members."),
        QStringLiteral("n"), QStringLiteral("20"));
    const QCommandLineOption load(QStringLiteral("load"),
        QStringLiteral("Open tickets already assigned to the members, in all."), QStringLiteral("n"),
        QStringLiteral("100000"));
    const QCommandLineOption tickets(QStringLiteral("tickets"),
        QStringLiteral("New tickets per mode."), QStringLiteral("n"), QStringLiteral("2000"));
    parser.addOptions({ database, members, load, tickets });
    parser.process(app);

    QString error;
    const auto config = DatabaseConfig::fromUrl(parser.value(database), &error);
    if (!config) {
        out() << "--database: " << error << Qt::endl;
        return 2;
    }
    const int memberCount = parser.value(members).toInt();
    const int loadCount = parser.value(load).toInt();
    const int ticketCount = parser.value(tickets).toInt();
    Db db(*config, QStringLiteral("assign-bench"));
    migrate(db);

    db.begin();
    const qint64 requester = insertUser(db, QStringLiteral("bench-requester"), QStringLiteral("agent"));
    exec(db, QStringLiteral("INSERT INTO queues (name, assign_mode) VALUES ('Bench', 'off')"));
    const qint64 queue = Query(db, QStringLiteral("SELECT id FROM queues WHERE name = 'Bench'")).scalar().toLongLong();
    QVector<qint64> staff;
    for (int i = 0; i < memberCount; ++i) {
        const qint64 user = insertUser(db, QStringLiteral("bench-agent-%1").arg(i), QStringLiteral("agent"));
        staff << user;
        exec(db, QStringLiteral("INSERT INTO queue_members (queue_id, user_id, is_lead) VALUES (?, ?, 0)"),
            { queue, user });
        exec(db, QStringLiteral("INSERT INTO user_sessions (instance_id, user_id, sessions, seen_at) "
                                "VALUES ('bench', ?, 1, ?)"),
            { user, nowMs() });
    }
    // Uneven existing load: member i carries a share growing with i.
    // Committed in batches, as the server's writes are: the open-ticket count of each member
    // (schema step 23) is one row that a single huge transaction would update thousands of
    // times.
    const int shares = memberCount * (memberCount + 1) / 2;
    int inserted = 0;
    for (int i = 0; i < memberCount; ++i) {
        const int count = loadCount * (i + 1) / shares;
        for (int j = 0; j < count; ++j) {
            ticketstore::insert(db, newTicket(UserId(requester), std::nullopt, UserId(staff.at(i))));
            if (++inserted % 500 == 0) {
                db.commit();
                db.begin();
            }
        }
    }
    db.commit();
    out() << "backend " << (db.isPostgres() ? "postgres" : "sqlite") << ", " << memberCount
          << " online members, " << loadCount << " open tickets assigned, " << ticketCount
          << " new tickets per mode" << Qt::endl;

    for (const QString mode : { QStringLiteral("off"), QStringLiteral("round_robin"),
             QStringLiteral("least_loaded") }) {
        exec(db, QStringLiteral("UPDATE queues SET assign_mode = ? WHERE id = ?"), { mode, queue });
        QVector<qint64> nanos; // choosing only
        QVector<qint64> whole; // choose + insert + commit
        nanos.reserve(ticketCount);
        whole.reserve(ticketCount);
        QHash<qint64, int> spread;
        QElapsedTimer timer;
        QElapsedTimer choosing;
        for (int i = 0; i < ticketCount; ++i) {
            timer.start();
            db.begin();
            choosing.start();
            const auto assignee = autoassign::choose(db, QueueId(queue));
            nanos << choosing.nsecsElapsed();
            ticketstore::insert(db, newTicket(UserId(requester), QueueId(queue), assignee));
            db.commit();
            whole << timer.nsecsElapsed();
            spread[assignee ? assignee->value() : 0]++;
        }
        auto stats = [](QVector<qint64>& values) {
            std::sort(values.begin(), values.end());
            double sum = 0;
            for (const qint64 n : values)
                sum += double(n);
            return QStringLiteral("mean %1 µs, p50 %2 µs, p99 %3 µs")
                .arg(sum / values.size() / 1000.0, 0, 'f', 1)
                .arg(values.at(values.size() / 2) / 1000.0, 0, 'f', 1)
                .arg(values.at(values.size() * 99 / 100) / 1000.0, 0, 'f', 1);
        };
        int least = ticketCount, most = 0;
        for (const qint64 user : staff) {
            least = qMin(least, spread.value(user));
            most = qMax(most, spread.value(user));
        }
        out() << qSetFieldWidth(13) << Qt::left << mode << qSetFieldWidth(0)
              << QStringLiteral(" choosing: %1; whole ticket (choose + insert + commit): %2; "
                                "tickets per member %3..%4")
                     .arg(stats(nanos), stats(whole))
                     .arg(least)
                     .arg(most)
              << Qt::endl;
    }
    return 0;
}
