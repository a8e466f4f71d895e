// SPDX-License-Identifier: GPL-3.0-or-later
// helpdesk-gen: fills a new helpdesk database with a large, realistic data set for benchmarks.
#include "generator.h"

#include "storage/db.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTextStream>

using namespace helpdesk::bench;

namespace {

QTextStream& out()
{
    static QTextStream stream(stdout);
    return stream;
}

QString seconds(qint64 ms)
{
    return QString::number(double(ms) / 1000.0, 'f', 1) + QLatin1Char('s');
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("helpdesk-gen"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Creates a helpdesk database filled with generated tickets for benchmarks.\n"
        "Every user's password is the one given by --password; logins: admin, lead1..3,\n"
        "agent1..agentN, customer<i>.owner|tech|billing."));
    parser.addHelpOption();
    const QCommandLineOption dataDir(QStringLiteral("data-dir"),
        QStringLiteral("Directory for helpdesk.sqlite (as helpdesk-server --data-dir)."),
        QStringLiteral("dir"));
    const QCommandLineOption tickets(QStringLiteral("tickets"),
        QStringLiteral("Number of tickets."), QStringLiteral("n"), QStringLiteral("100000"));
    const QCommandLineOption messages(QStringLiteral("messages"),
        QStringLiteral("Mean messages per ticket."), QStringLiteral("n"), QStringLiteral("5"));
    const QCommandLineOption customers(QStringLiteral("customers"),
        QStringLiteral("Customer organisations."), QStringLiteral("n"), QStringLiteral("2000"));
    const QCommandLineOption agents(QStringLiteral("agents"), QStringLiteral("Agents."),
        QStringLiteral("n"), QStringLiteral("40"));
    const QCommandLineOption password(QStringLiteral("password"),
        QStringLiteral("Password of every user."), QStringLiteral("text"), QStringLiteral("bench"));
    const QCommandLineOption seed(QStringLiteral("seed"), QStringLiteral("Random seed."),
        QStringLiteral("n"), QStringLiteral("1"));
    const QCommandLineOption batch(QStringLiteral("batch"),
        QStringLiteral("Tickets per transaction."), QStringLiteral("n"), QStringLiteral("5000"));
    parser.addOptions({ dataDir, tickets, messages, customers, agents, password, seed, batch });
    parser.process(app);

    if (!parser.isSet(dataDir)) {
        QTextStream(stderr) << "helpdesk-gen: --data-dir is required\n";
        return 2;
    }
    GeneratorOptions options;
    QDir().mkpath(parser.value(dataDir));
    options.databasePath
        = QDir(parser.value(dataDir)).absoluteFilePath(QStringLiteral("helpdesk.sqlite"));
    options.tickets = qMax<qint64>(1, parser.value(tickets).toLongLong());
    options.messagesPerTicket = qBound(1, parser.value(messages).toInt(), 100);
    options.customers = qBound(1, parser.value(customers).toInt(), 1'000'000);
    options.agents = qBound(1, parser.value(agents).toInt(), 10'000);
    options.password = parser.value(password);
    options.seed = parser.value(seed).toULongLong();
    options.ticketsPerTransaction = qBound(1, parser.value(batch).toInt(), 1'000'000);

    if (QFileInfo::exists(options.databasePath) && QFileInfo(options.databasePath).size() > 0) {
        QTextStream(stderr) << "helpdesk-gen: " << options.databasePath
                            << " exists; remove it or choose another --data-dir\n";
        return 1;
    }

    out() << "generating " << options.tickets << " tickets (~" << options.messagesPerTicket
          << " messages each), " << options.customers << " customers, " << options.agents
          << " agents into " << options.databasePath << Qt::endl;
    QElapsedTimer timer;
    timer.start();
    Generator generator(options);
    qint64 lastReport = 0;
    generator.setProgress([&](qint64 done) {
        const qint64 elapsed = timer.elapsed();
        if (done < options.tickets && elapsed - lastReport < 2000)
            return;
        lastReport = elapsed;
        const double rate = elapsed > 0 ? double(done) * 1000.0 / double(elapsed) : 0.0;
        const qint64 eta = rate > 0 ? qint64(double(options.tickets - done) * 1000.0 / rate) : 0;
        out() << "  " << done << "/" << options.tickets << " tickets  " << qint64(rate)
              << "/s  elapsed " << seconds(elapsed) << "  eta " << seconds(eta) << Qt::endl;
    });
    try {
        const GeneratorStats stats = generator.run();
        const double megabytes = double(QFileInfo(options.databasePath).size()) / (1024.0 * 1024.0);
        out() << "done in " << seconds(timer.elapsed()) << ": " << stats.tickets << " tickets, "
              << stats.messages << " messages, " << stats.events << " events, " << stats.tags
              << " tags, " << stats.users << " users; " << stats.rareTickets
              << " tickets mention \"" << kRareWord << "\", every ticket \"" << kCommonWord
              << "\"; " << QString::number(megabytes, 'f', 0) << " MiB" << Qt::endl;
        out() << "logins: admin, lead1..3, agent1..agent" << options.agents << ", customer1.owner.."
              << "customer" << options.customers << ".billing; password: " << options.password
              << Qt::endl;
    } catch (const std::exception& e) {
        QTextStream(stderr) << "helpdesk-gen: " << e.what() << "\n";
        return 1;
    }
    return 0;
}
