// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The sentence an administration form shows for a server error: a 1022 names the field and
// why (data.fields), which the forms turn into words the user can act on.

#include "protocol/jsonrpc.h"

#include <QCoreApplication>
#include <QString>

QT_BEGIN_NAMESPACE
class QLabel;
class QWidget;
QT_END_NAMESPACE

namespace helpdesk::client {

class AdminErrors
{
    Q_DECLARE_TR_FUNCTIONS(AdminErrors)
public:
    static QString text(const rpc::Error& error);
    // The field a 1022/-32602 is about ("oldPassword", "services.2.kind"); "" for others.
    static QString field(const rpc::Error& error);
    // The forms' error line: plain text, wrapped, hidden until show(text) is called.
    static QLabel* createLabel(QWidget* parent);
    static void show(QLabel* label, const QString& text);
};

} // namespace helpdesk::client
