// SPDX-License-Identifier: GPL-3.0-or-later
#include "setwriter.h"

#include "gen/phrases.h"
#include "gen/textcomposer.h"

#include <QJsonArray>

#include <algorithm>
#include <random>

namespace helpdesk::bench {

namespace {

constexpr int kOrganisations = 60;

// Words that start a message written about the same problem again, per language (the order
// of Language).
const char* const kAgain[kLanguageCount][3] = {
    { "Again:", "Still:", "Back again:" },
    { "Снова:", "Опять:", "Повторно:" },
    { "Znowu:", "Ponownie:", "Nadal:" },
    { "Opet:", "Ponovno:", "I dalje:" },
};

struct Organisation
{
    QString key;
    Language language;
    QString domain;
    QString signature;
};

struct Problem
{
    QueueKind queue;
    QString subjectTemplate;
    QStringList sentences; // filled
};

class SetWriter
{
public:
    explicit SetWriter(quint64 seed)
        : m_random(seed)
        , m_text(m_random)
    {
    }

    QJsonObject write(int pairs);

private:
    Language language()
    {
        const int p = m_random.below(100); // as helpdesk-gen: 40 / 25 / 20 / 15 %
        return p < 40 ? Language::English
            : p < 65  ? Language::Russian
            : p < 85  ? Language::Polish
                      : Language::Croatian;
    }
    void addOrganisations(QJsonArray& out);
    const Organisation& otherOrganisation(const Organisation& than);
    Problem problem(const Organisation& org);
    Problem otherProblem(const Organisation& org, const Problem& than);
    QString body(const Organisation& org, const QStringList& sentences, const QString& opening);
    QString key(QJsonArray& tickets, const Organisation& org, const QString& subject,
        const QString& body);

    Random m_random;
    TextComposer m_text;
    QVector<Organisation> m_organisations;
};

void SetWriter::addOrganisations(QJsonArray& out)
{
    for (int i = 0; i < kOrganisations; ++i) {
        const Language lang = language();
        const PhrasePool& pool = phrases(lang);
        Organisation org { QStringLiteral("o%1").arg(i + 1), lang,
            QStringLiteral("%1-%2.example").arg(m_random.pick(pool.domainWords)).arg(i + 1),
            m_random.pick(pool.firstNames) + QLatin1Char(' ') + m_random.pick(pool.lastNames) };
        QString name = m_random.pick(pool.companyPatterns);
        name.replace(QStringLiteral("{last}"), m_random.pick(pool.lastNames));
        out.append(QJsonObject { { QStringLiteral("key"), org.key },
            { QStringLiteral("name"), QStringLiteral("%1 %2").arg(name).arg(i + 1) },
            { QStringLiteral("language"), pool.locale }, { QStringLiteral("domain"), org.domain } });
        m_organisations << org;
    }
}

const Organisation& SetWriter::otherOrganisation(const Organisation& than)
{
    for (;;) {
        const Organisation& org = m_organisations.at(m_random.below(kOrganisations));
        if (org.key != than.key && org.language == than.language)
            return org;
    }
}

Problem SetWriter::problem(const Organisation& org)
{
    const PhrasePool& pool = phrases(org.language);
    const int p = m_random.below(100);
    Problem problem;
    problem.queue = p < 75 ? QueueKind::Support : p < 93 ? QueueKind::Billing : QueueKind::Abuse;
    const QStringList& subjects = problem.queue == QueueKind::Billing ? pool.billingSubjects
        : problem.queue == QueueKind::Abuse                           ? pool.abuseSubjects
                                                                      : pool.supportSubjects;
    problem.subjectTemplate = m_random.pick(subjects);
    const int sentences = 2 + m_random.below(3);
    while (problem.sentences.size() < sentences) {
        const QString sentence = m_text.fill(m_random.pick(pool.problems), org.domain);
        if (!problem.sentences.contains(sentence))
            problem.sentences << sentence;
    }
    return problem;
}

Problem SetWriter::otherProblem(const Organisation& org, const Problem& than)
{
    for (;;) {
        Problem other = problem(org);
        if (other.subjectTemplate != than.subjectTemplate)
            return other;
    }
}

QString SetWriter::body(
    const Organisation& org, const QStringList& sentences, const QString& opening)
{
    const PhrasePool& pool = phrases(org.language);
    QString text = m_random.pick(pool.greetings) + QLatin1String("\n\n");
    if (!opening.isEmpty())
        text += opening + QLatin1Char(' ');
    text += sentences.join(QLatin1Char(' '));
    text += QLatin1String("\n\n") + m_random.pick(pool.closings) + QLatin1Char('\n')
        + org.signature;
    // The customer portal's footer, as helpdesk-gen writes it: in every first message.
    text += QStringLiteral("\n\n-- \nCustomer portal · Server: web%1 · Domain: %2")
                .arg(1 + m_random.below(400))
                .arg(org.domain);
    return text;
}

QString SetWriter::key(
    QJsonArray& tickets, const Organisation& org, const QString& subject, const QString& body)
{
    const QString key = QStringLiteral("t%1").arg(tickets.size() + 1);
    tickets.append(QJsonObject { { QStringLiteral("key"), key }, { QStringLiteral("org"), org.key },
        { QStringLiteral("subject"), subject }, { QStringLiteral("body"), body } });
    return key;
}

QJsonObject SetWriter::write(int pairs)
{
    QJsonArray organisations;
    addOrganisations(organisations);
    // Earlier tickets (originals and distractors) in a shuffled order, then the queries.
    struct Draft
    {
        const Organisation* org;
        QString subject;
        QString body;
        int pair; // the original of this pair, or -1
    };
    QVector<Draft> earlier;
    QVector<Draft> queries;
    for (int i = 0; i < pairs; ++i) {
        const Organisation& org = m_organisations.at(m_random.below(kOrganisations));
        const Problem original = problem(org);
        earlier.push_back({ &org, m_text.fill(original.subjectTemplate, org.domain),
            body(org, original.sentences, {}), i });

        // The repeat: mostly the same organisation, a quarter another one with the same problem.
        const Organisation& asker = m_random.chance(0.25) ? otherOrganisation(org) : org;
        const PhrasePool& pool = phrases(org.language);
        QStringList kept = original.sentences;
        std::shuffle(kept.begin(), kept.end(), std::mt19937(quint32(m_random.next())));
        kept = kept.mid(0, qMax<qsizetype>(1, kept.size() - 1));
        if (m_random.chance(0.5))
            kept << m_text.fill(m_random.pick(pool.problems), asker.domain);
        QString subject = m_text.fill(original.subjectTemplate, asker.domain);
        if (m_random.chance(0.5))
            subject.prepend(QString::fromUtf8(kAgain[int(org.language)][m_random.below(3)])
                + QLatin1Char(' '));
        queries.push_back({ &asker, subject,
            body(asker, kept, m_text.fill(pool.followUps.at(1), asker.domain)), i });

        // Distractors: the organisation's other problem; the same subject elsewhere; now and
        // then the same organisation and subject with other details.
        const Problem other = otherProblem(org, original);
        earlier.push_back(
            { &org, m_text.fill(other.subjectTemplate, org.domain), body(org, other.sentences, {}), -1 });
        const Organisation& elsewhere = otherOrganisation(org);
        const Problem same = problem(elsewhere);
        earlier.push_back({ &elsewhere, m_text.fill(original.subjectTemplate, elsewhere.domain),
            body(elsewhere, same.sentences, {}), -1 });
        if (m_random.chance(0.25)) {
            const Problem details = problem(org);
            earlier.push_back({ &org, m_text.fill(original.subjectTemplate, org.domain),
                body(org, details.sentences, {}), -1 });
        }
    }
    std::shuffle(earlier.begin(), earlier.end(), std::mt19937(quint32(m_random.next())));

    QJsonArray tickets;
    QVector<QString> expected(pairs);
    for (const Draft& draft : earlier) {
        const QString k = key(tickets, *draft.org, draft.subject, draft.body);
        if (draft.pair >= 0)
            expected[draft.pair] = k;
    }
    QJsonArray labelled;
    for (const Draft& draft : queries) {
        labelled.append(QJsonObject {
            { QStringLiteral("query"), key(tickets, *draft.org, draft.subject, draft.body) },
            { QStringLiteral("expected"), expected.at(draft.pair) } });
    }
    return QJsonObject { { QStringLiteral("organisations"), organisations },
        { QStringLiteral("tickets"), tickets }, { QStringLiteral("pairs"), labelled } };
}

} // namespace

QJsonObject writeSimilarSet(int pairs, quint64 seed)
{
    return SetWriter(seed).write(pairs);
}

} // namespace helpdesk::bench
