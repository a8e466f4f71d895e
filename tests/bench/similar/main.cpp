// SPDX-License-Identifier: GPL-3.0-or-later
// helpdesk-similar-bench (issue 11): writes the labelled set of ticket.similar, or loads it
// into a running server (whose database may hold a million other tickets) and reports how
// often the right earlier ticket comes first (precision@1) and among the five (recall@5),
// with the latency of the calls. Figures only: nothing here passes or fails.
#include "setwriter.h"
#include "similarset.h"
#include "testclient.h"

#include "load/latencystats.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QTextStream>

using namespace helpdesk;

namespace {

int writeSet(const QString& path, int pairs, quint64 seed)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        QTextStream(stderr) << path << ": " << file.errorString() << '\n';
        return 1;
    }
    // One line per ticket or pair keeps the checked-in file readable in a diff.
    const QJsonObject set = bench::writeSimilarSet(pairs, seed);
    QTextStream out(&file);
    out << "{\n";
    const char* names[] = { "organisations", "tickets", "pairs" };
    for (const char* name : names) {
        out << "\"" << name << "\": [\n";
        const QJsonArray items = set.value(QLatin1String(name)).toArray();
        for (qsizetype i = 0; i < items.size(); ++i) {
            out << QJsonDocument(items.at(i).toObject()).toJson(QJsonDocument::Compact)
                << (i + 1 < items.size() ? ",\n" : "\n");
        }
        out << (qstrcmp(name, "pairs") == 0 ? "]\n" : "],\n");
    }
    out << "}\n";
    return 0;
}

int evaluate(const QString& path, quint16 port, const QString& login, const QString& password)
{
    QString error;
    const QJsonObject set = test::readSimilarSet(path, &error);
    test::TestClient client(port);
    if (set.isEmpty() || !client.isConnected() || test::errorCode(client.hello()) != 0
        || test::errorCode(client.login(login, password)) != 0) {
        QTextStream(stderr) << "helpdesk-similar-bench: cannot start: " << error << '\n';
        return 1;
    }
    const test::SimilarScores scores = test::evaluateSimilarSet(client, set, &error);
    if (!error.isEmpty()) {
        QTextStream(stderr) << "helpdesk-similar-bench: " << error << '\n';
        return 1;
    }
    bench::LatencyStats stats;
    for (const double ms : scores.latenciesMs)
        stats.record(QStringLiteral("ticket.similar"), qint64(ms * 1e6), true);
    const bench::LatencyStats::Summary s = stats.summaries().value(0);
    QTextStream(stdout) << "pairs " << scores.pairs << ", precision@1 "
                        << QString::number(scores.precisionAt1(), 'f', 3) << " (" << scores.first
                        << "), recall@5 " << QString::number(scores.recallAt5(), 'f', 3) << " ("
                        << scores.inFive << "); another organisation's expected: "
                        << scores.otherFirst << " first, " << scores.otherInFive << " in five of "
                        << scores.otherOrganisation << "; ticket.similar p50 "
                        << bench::LatencyStats::formatNs(s.p50Ns) << " p99 "
                        << bench::LatencyStats::formatNs(s.p99Ns) << " max "
                        << bench::LatencyStats::formatNs(s.maxNs) << '\n';
    return 0;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Writes the labelled set of ticket.similar (--write), or evaluates it against a running "
        "server (--set, --port)."));
    parser.addHelpOption();
    const QCommandLineOption write(
        QStringLiteral("write"), QStringLiteral("Write a new set to this file."), QStringLiteral("file"));
    const QCommandLineOption pairs(QStringLiteral("pairs"), QStringLiteral("Pairs to write."),
        QStringLiteral("n"), QStringLiteral("240"));
    const QCommandLineOption seed(
        QStringLiteral("seed"), QStringLiteral("Random seed."), QStringLiteral("n"), QStringLiteral("11"));
    const QCommandLineOption set(
        QStringLiteral("set"), QStringLiteral("The set to evaluate."), QStringLiteral("file"));
    const QCommandLineOption port(QStringLiteral("port"), QStringLiteral("Server port."), QStringLiteral("port"));
    const QCommandLineOption login(QStringLiteral("login"), QStringLiteral("Staff login."),
        QStringLiteral("login"), QStringLiteral("agent1"));
    const QCommandLineOption password(QStringLiteral("password"), QStringLiteral("Its password."),
        QStringLiteral("text"), QStringLiteral("bench"));
    parser.addOptions({ write, pairs, seed, set, port, login, password });
    parser.process(app);
    if (parser.isSet(write))
        return writeSet(parser.value(write), qMax(1, parser.value(pairs).toInt()),
            parser.value(seed).toULongLong());
    if (parser.isSet(set) && parser.isSet(port))
        return evaluate(parser.value(set), quint16(parser.value(port).toUInt()),
            parser.value(login), parser.value(password));
    parser.showHelp(2);
}
