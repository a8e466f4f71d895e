// SPDX-License-Identifier: GPL-3.0-or-later
#include "textcomposer.h"

namespace helpdesk::bench {

namespace {

quint64 splitMix(quint64& x)
{
    quint64 z = (x += 0x9e3779b97f4a7c15ULL);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
}

quint64 rotl(quint64 x, int k)
{
    return (x << k) | (x >> (64 - k));
}

const char* const kHttpCodes[] = { "500", "502", "503", "504", "403", "404", "429" };
const char* const kPlans[]
    = { "Start", "Business", "Business", "Pro", "VPS-2", "VPS-4", "Dedicated" };

} // namespace

Random::Random(quint64 seed)
{
    for (quint64& word : m_state)
        word = splitMix(seed);
}

quint64 Random::next()
{
    const quint64 result = rotl(m_state[1] * 5, 7) * 9;
    const quint64 t = m_state[1] << 17;
    m_state[2] ^= m_state[0];
    m_state[3] ^= m_state[1];
    m_state[1] ^= m_state[2];
    m_state[0] ^= m_state[3];
    m_state[2] ^= t;
    m_state[3] = rotl(m_state[3], 45);
    return result;
}

int Random::below(int n)
{
    return int((next() >> 33) % quint64(n));
}

qint64 Random::below64(qint64 n)
{
    return qint64(next() % quint64(n));
}

double Random::unit()
{
    return double(next() >> 11) * (1.0 / 9007199254740992.0);
}

void TextComposer::appendSlot(QString& out, QStringView key, const QString& domain)
{
    if (key == u"domain") {
        out += domain;
    } else if (key == u"host") {
        out += QLatin1String("web") + QString::number(1 + m_random.below(400));
    } else if (key == u"n") {
        out += QString::number(2 + m_random.below(998));
    } else if (key == u"code") {
        out += QLatin1String(kHttpCodes[m_random.below(int(std::size(kHttpCodes)))]);
    } else if (key == u"invoice") {
        out += QStringLiteral("%1-%2")
                   .arg(2024 + m_random.below(3))
                   .arg(10000 + m_random.below(90000));
    } else if (key == u"ip") {
        out += QStringLiteral("185.%1.%2.%3")
                   .arg(m_random.below(256))
                   .arg(m_random.below(256))
                   .arg(1 + m_random.below(254));
    } else if (key == u"ref") {
        // Effectively unique: the long tail of the full-text dictionary.
        out += QString::number(m_random.next() & 0xffffffffffULL, 36);
    } else if (key == u"date") {
        out += QStringLiteral("%1.%2.").arg(1 + m_random.below(28)).arg(1 + m_random.below(12));
    } else {
        out += QLatin1Char('{');
        out += key;
        out += QLatin1Char('}');
    }
}

QString TextComposer::fill(const QString& text, const QString& domain)
{
    const qsizetype open = text.indexOf(QLatin1Char('{'));
    if (open < 0)
        return text;
    QString out;
    out.reserve(text.size() + 32);
    qsizetype from = 0;
    qsizetype at = open;
    while (at >= 0) {
        const qsizetype close = text.indexOf(QLatin1Char('}'), at);
        if (close < 0)
            break;
        out += QStringView(text).mid(from, at - from);
        appendSlot(out, QStringView(text).mid(at + 1, close - at - 1), domain);
        from = close + 1;
        at = text.indexOf(QLatin1Char('{'), from);
    }
    out += QStringView(text).mid(from);
    return out;
}

QString TextComposer::subject(Language language, QueueKind queue, const QString& domain)
{
    const PhrasePool& pool = phrases(language);
    const QStringList& subjects = queue == QueueKind::Billing ? pool.billingSubjects
        : queue == QueueKind::Abuse                           ? pool.abuseSubjects
                                                              : pool.supportSubjects;
    return fill(m_random.pick(subjects), domain);
}

QString TextComposer::firstMessage(
    Language language, const QString& domain, const QString& signature, bool rare)
{
    const PhrasePool& pool = phrases(language);
    QString body;
    body.reserve(640);
    body += m_random.pick(pool.greetings);
    body += QLatin1String("\n\n");
    const int sentences = 2 + m_random.below(3);
    for (int i = 0; i < sentences; ++i) {
        if (i > 0)
            body += QLatin1Char(' ');
        body += fill(m_random.pick(pool.problems), domain);
    }
    if (rare)
        body += QLatin1Char(' ') + pool.rareSentence;
    body += QLatin1String("\n\n") + m_random.pick(pool.closings) + QLatin1Char('\n') + signature;
    body += QStringLiteral("\n\n-- \nCustomer portal · Server: web%1 · Plan: %2 · Domain: %3")
                .arg(1 + m_random.below(400))
                .arg(QLatin1String(kPlans[m_random.below(int(std::size(kPlans)))]), domain);
    return body;
}

QString TextComposer::customerReply(
    Language language, const QString& domain, const QString& signature)
{
    const PhrasePool& pool = phrases(language);
    QString body = fill(m_random.pick(pool.followUps), domain);
    if (m_random.chance(0.4))
        body += QLatin1Char(' ') + fill(m_random.pick(pool.problems), domain);
    body += QLatin1String("\n\n") + signature;
    return body;
}

QString TextComposer::agentReply(Language language, const QString& domain, const QString& signature)
{
    const PhrasePool& pool = phrases(language);
    QString body;
    body.reserve(512);
    body += m_random.pick(pool.greetings);
    body += QLatin1String("\n\n");
    const int sentences = 1 + m_random.below(3);
    for (int i = 0; i < sentences; ++i) {
        if (i > 0)
            body += QLatin1Char(' ');
        body += fill(m_random.pick(pool.replies), domain);
    }
    body += QLatin1String("\n\n") + m_random.pick(pool.closings) + QLatin1Char('\n') + signature;
    return body;
}

QString TextComposer::internalNote(Language language, const QString& domain)
{
    return fill(m_random.pick(phrases(language).notes), domain);
}

} // namespace helpdesk::bench
