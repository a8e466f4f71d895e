// SPDX-License-Identifier: GPL-3.0-or-later
#include "session.h"

namespace helpdesk::server {

void Session::setViewing(TicketId ticket, bool viewing)
{
    if (viewing)
        m_viewing.insert(ticket.value());
    else
        m_viewing.remove(ticket.value());
}

void Responder::result(const QJsonValue& result) const
{
    if (m_session)
        m_session->finishRequest(m_wantsReply, rpc::makeResult(m_id, result));
}

void Responder::error(const rpc::Error& error) const
{
    if (m_session)
        m_session->finishRequest(m_wantsReply, rpc::makeError(m_id, error));
}

} // namespace helpdesk::server
