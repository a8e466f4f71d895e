// SPDX-License-Identifier: GPL-3.0-or-later
// helpdesk-kb-bench: kb.suggest latency over a knowledge base of many articles, each written
// in four languages (en, ru, pl, hr: the generator's phrase pools), on a running server.
//   1. --fill: a lead writes the articles over the protocol (kb.articleSave, pipelined).
//   2. A customer "types" requests in every language: the text after every third key and
//      at every word's end is sent as kb.suggest, one request at a time (the client's
//      debounce would send fewer); then a rare word, a common word and a Cyrillic word.
// Reports p50/p90/p99/max per kind of request. Nothing passes or fails on time.
#include "gen/phrases.h"
#include "load/latencystats.h"
#include "protocol/framing.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTcpSocket>
#include <QTextStream>

#include <random>

using namespace helpdesk::bench;

namespace {

QTextStream& out()
{
    static QTextStream stream(stdout);
    return stream;
}

// A blocking JSON-RPC connection: send many, then read the answers in order of arrival.
class Rpc
{
public:
    bool open(quint16 port, const QString& login, const QString& password)
    {
        m_socket.connectToHost(QStringLiteral("127.0.0.1"), port);
        if (!m_socket.waitForConnected(10'000))
            return false;
        call(QStringLiteral("hello"), { { QStringLiteral("protocol"), 1 } });
        const QJsonObject logged = call(QStringLiteral("auth.login"),
            { { QStringLiteral("login"), login }, { QStringLiteral("password"), password } });
        return logged.contains(QLatin1String("result"));
    }
    // Returns the request's id.
    int send(const QString& method, const QJsonObject& params)
    {
        const QJsonObject request { { QStringLiteral("jsonrpc"), QStringLiteral("2.0") },
            { QStringLiteral("id"), ++m_nextId }, { QStringLiteral("method"), method },
            { QStringLiteral("params"), params } };
        m_socket.write(QJsonDocument(request).toJson(QJsonDocument::Compact) + '\n');
        return m_nextId;
    }
    // The next response (pushes skipped); an empty object when the connection failed.
    QJsonObject next()
    {
        for (;;) {
            while (m_reader.hasFrame()) {
                const QJsonObject frame = QJsonDocument::fromJson(m_reader.takeFrame()).object();
                if (frame.contains(QLatin1String("id")))
                    return frame;
            }
            if (!m_socket.waitForReadyRead(60'000))
                return {};
            const QByteArray bytes = m_socket.readAll();
            m_reader.append(bytes.constData(), bytes.size());
        }
    }
    QJsonObject call(const QString& method, const QJsonObject& params)
    {
        send(method, params);
        m_socket.flush();
        return next();
    }
    void flush() { m_socket.flush(); }

private:
    QTcpSocket m_socket;
    helpdesk::FrameReader m_reader { 64 * 1024 * 1024 };
    int m_nextId = 0;
};

const Language kLanguages[]
    = { Language::English, Language::Russian, Language::Polish, Language::Croatian };
const char* const kCodes[] = { "en", "ru", "pl", "hr" };

// A template's slots ({domain}, {n}, ...) filled with tokens that vary with the article.
QString filled(QString text, int article)
{
    static const QRegularExpression slot(QStringLiteral("\\{[a-z]+\\}"));
    return text.replace(slot, QStringLiteral("site%1").arg(article % 997));
}

QString pick(const QStringList& list, std::mt19937_64& random)
{
    return list.at(int(random() % quint64(list.size())));
}

struct Text
{
    QString title;
    QString body;
};

Text articleText(Language language, int article, std::mt19937_64& random)
{
    const PhrasePool& pool = phrases(language);
    Text text;
    text.title
        = filled(pick(random() % 3 ? pool.supportSubjects : pool.billingSubjects, random), article);
    QStringList body;
    body << filled(pick(pool.problems, random), article);
    for (int i = 0; i < 4; ++i)
        body << filled(pick(random() % 2 ? pool.replies : pool.notes, random), article);
    if (article % kRareWordEvery == 7 && language == Language::English)
        body << QString::fromLatin1(kRareWord);
    text.body = body.join(QStringLiteral("\n\n"));
    return text;
}

// Writes `count` articles, every one in the four languages; returns false on an error.
bool fill(Rpc& lead, int count)
{
    constexpr int kBatch = 200;
    std::mt19937_64 random(14);
    QVector<qint64> ids(count);
    for (int language = 0; language < 4; ++language) {
        for (int first = 0; first < count; first += kBatch) {
            const int last = qMin(count, first + kBatch);
            QHash<int, int> articleOf; // request id → article (answers come in any order)
            for (int i = first; i < last; ++i) {
                const Text text = articleText(kLanguages[language], i, random);
                QJsonObject params {
                    { QStringLiteral("language"), QLatin1String(kCodes[language]) },
                    { QStringLiteral("title"), text.title }, { QStringLiteral("body"), text.body }
                };
                if (language == 0) {
                    params.insert(QStringLiteral("visibility"), QStringLiteral("public"));
                    params.insert(QStringLiteral("state"), QStringLiteral("published"));
                } else {
                    params.insert(QStringLiteral("id"), ids[i]);
                    params.insert(QStringLiteral("version"), language);
                }
                articleOf.insert(lead.send(QStringLiteral("kb.articleSave"), params), i);
            }
            lead.flush();
            for (int answered = first; answered < last; ++answered) {
                const QJsonObject response = lead.next();
                const QJsonObject result = response.value(QLatin1String("result")).toObject();
                if (result.isEmpty()) {
                    out() << "kb.articleSave failed: "
                          << QJsonDocument(response).toJson(QJsonDocument::Compact) << Qt::endl;
                    return false;
                }
                if (language == 0)
                    ids[articleOf.value(response.value(QLatin1String("id")).toInt())]
                        = result.value(QLatin1String("id")).toInteger();
            }
        }
        out() << "  " << kCodes[language] << " texts written" << Qt::endl;
    }
    return true;
}

// What a customer types: a request's first sentence, as it grows key by key.
QStringList typedPrefixes(const QString& sentence)
{
    QStringList prefixes;
    for (int end = 3; end <= sentence.size(); ++end) {
        const bool wordEnd = end == sentence.size() || sentence.at(end).isSpace();
        if (end % 3 == 0 || wordEnd)
            prefixes << sentence.left(end);
    }
    return prefixes;
}

void measure(Rpc& rpc, LatencyStats& stats, const QString& kind, const QString& text)
{
    const qint64 start = monotonicNs();
    const QJsonObject response = rpc.call(QStringLiteral("kb.suggest"),
        { { QStringLiteral("text"), text }, { QStringLiteral("limit"), 5 } });
    stats.record(kind, monotonicNs() - start, response.contains(QLatin1String("result")));
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("kb.suggest latency benchmark"));
    parser.addHelpOption();
    const QCommandLineOption port(QStringLiteral("port"), QStringLiteral("server port"),
        QStringLiteral("port"), QStringLiteral("7480"));
    const QCommandLineOption lead(QStringLiteral("lead"), QStringLiteral("lead login (fill)"),
        QStringLiteral("login"), QStringLiteral("lead"));
    const QCommandLineOption customer(QStringLiteral("customer"),
        QStringLiteral("customer login (suggestions)"), QStringLiteral("login"),
        QStringLiteral("customer"));
    const QCommandLineOption password(
        QStringLiteral("password"), QStringLiteral("password"), QStringLiteral("password"));
    const QCommandLineOption articles(QStringLiteral("fill"),
        QStringLiteral("write this many articles first"), QStringLiteral("n"), QStringLiteral("0"));
    const QCommandLineOption sentences(QStringLiteral("sentences"),
        QStringLiteral("typed requests per language"), QStringLiteral("n"), QStringLiteral("40"));
    parser.addOptions({ port, lead, customer, password, articles, sentences });
    parser.process(app);
    const quint16 serverPort = quint16(parser.value(port).toUInt());

    if (const int count = parser.value(articles).toInt(); count > 0) {
        Rpc writer;
        if (!writer.open(serverPort, parser.value(lead), parser.value(password))) {
            out() << "cannot log in as " << parser.value(lead) << Qt::endl;
            return 1;
        }
        const qint64 start = monotonicNs();
        out() << "writing " << count << " articles in 4 languages" << Qt::endl;
        if (!fill(writer, count))
            return 1;
        out() << "  done in " << LatencyStats::formatNs(monotonicNs() - start) << Qt::endl;
    }

    Rpc reader;
    if (!reader.open(serverPort, parser.value(customer), parser.value(password))) {
        out() << "cannot log in as " << parser.value(customer) << Qt::endl;
        return 1;
    }
    LatencyStats stats;
    std::mt19937_64 random(2026);
    for (int language = 0; language < 4; ++language) {
        const PhrasePool& pool = phrases(kLanguages[language]);
        for (int i = 0; i < parser.value(sentences).toInt(); ++i) {
            const QString sentence = filled(pick(pool.problems, random), i).left(80);
            for (const QString& typed : typedPrefixes(sentence))
                measure(reader, stats,
                    QStringLiteral("typing %1").arg(QLatin1String(kCodes[language])), typed);
        }
    }
    for (int i = 0; i < 200; ++i) {
        measure(reader, stats, QStringLiteral("rare word"), QString::fromLatin1(kRareWord));
        measure(reader, stats, QStringLiteral("common word"), QStringLiteral("domain"));
        measure(reader, stats, QStringLiteral("Cyrillic word"), QStringLiteral("сертификат"));
        measure(reader, stats, QStringLiteral("two words"), QStringLiteral("SSL certificate"));
    }
    out() << Qt::endl
          << "kind | requests | errors | p50 | p90 | p99 | max" << Qt::endl
          << "---|---|---|---|---|---|---" << Qt::endl;
    for (const LatencyStats::Summary& summary : stats.summaries())
        out() << summary.method << " | " << summary.count << " | " << summary.errors << " | "
              << LatencyStats::formatNs(summary.p50Ns) << " | "
              << LatencyStats::formatNs(summary.p90Ns) << " | "
              << LatencyStats::formatNs(summary.p99Ns) << " | "
              << LatencyStats::formatNs(summary.maxNs) << Qt::endl;
    return 0;
}
