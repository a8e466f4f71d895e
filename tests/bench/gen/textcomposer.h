// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "phrases.h"

#include <QString>
#include <QStringList>

#include <QtGlobal>

namespace helpdesk::bench {

// A small, fast, seedable generator (xoshiro256**): the data set is the same for the same
// seed, and drawing numbers costs nothing next to the inserts.
class Random
{
public:
    explicit Random(quint64 seed);

    quint64 next();
    // Uniform in [0, n); n > 0.
    int below(int n);
    qint64 below64(qint64 n);
    // Uniform in [0, 1).
    double unit();
    bool chance(double probability) { return unit() < probability; }
    const QString& pick(const QStringList& list) { return list.at(below(int(list.size()))); }

private:
    quint64 m_state[4];
};

enum class QueueKind { Support, Billing, Abuse };

// Builds subjects and message bodies from a language's phrase pool.
class TextComposer
{
public:
    explicit TextComposer(Random& random)
        : m_random(random)
    {
    }

    QString subject(Language language, QueueKind queue, const QString& domain);
    // The requester's first message. It always ends with the customer portal's footer, which
    // names the customer's server: kCommonWord is in every ticket.
    QString firstMessage(
        Language language, const QString& domain, const QString& signature, bool rare);
    QString customerReply(Language language, const QString& domain, const QString& signature);
    QString agentReply(Language language, const QString& domain, const QString& signature);
    QString internalNote(Language language, const QString& domain);

    // Replaces the slots of a template (see PhrasePool).
    QString fill(const QString& text, const QString& domain);

private:
    void appendSlot(QString& out, QStringView key, const QString& domain);

    Random& m_random;
};

} // namespace helpdesk::bench
