// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "protocol/jsonrpc.h"

#include <exception>

namespace helpdesk::server {

// Thrown by handlers to answer with a JSON-RPC error; the transaction of a write is rolled
// back to before the handler ran.
class RpcException : public std::exception
{
public:
    explicit RpcException(rpc::Error error)
        : m_error(std::move(error))
    {
    }
    RpcException(int code, const QString& message, const QJsonValue& data = QJsonValue::Undefined)
        : m_error { code, message, data }
    {
    }
    const rpc::Error& error() const { return m_error; }
    const char* what() const noexcept override { return "rpc error"; }

private:
    rpc::Error m_error;
};

} // namespace helpdesk::server
