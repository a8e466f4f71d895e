// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

namespace helpdesk::server {

// The output waiting for all of a server's sessions together (ServerConfig::outputBudgetBytes):
// each Connection adds what it has queued and takes it back as it is written. Used on the
// network thread only.
class OutputBudget
{
public:
    explicit OutputBudget(qint64 limit)
        : m_limit(limit)
    {
    }

    bool fits(qint64 more) const { return m_used + more <= m_limit; }
    void change(qint64 delta) { m_used += delta; }
    qint64 used() const { return m_used; }

private:
    qint64 m_limit;
    qint64 m_used = 0;
};

} // namespace helpdesk::server
