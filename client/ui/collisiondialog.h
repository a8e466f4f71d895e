// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "protocol/jsonrpc.h"

#include <QDialog>
#include <QPointer>

class QPlainTextEdit;

namespace helpdesk::client {

class Composer;
class DirectoryCache;
class Outbox;

// The collision warning (issue 12): the server refused a reply because the customer or
// another agent wrote on the ticket since the reply was started (message.add 1009
// "newer-messages"). Shows those messages; "Send anyway" sends the reply unchanged, "Back to
// my draft" takes it out of the outbox and puts it back into the composer.
class CollisionDialog : public QDialog
{
    Q_OBJECT
public:
    CollisionDialog(const QString& outboxKey, const rpc::Error& error, Outbox* outbox,
        Composer* composer, DirectoryCache* directory, QWidget* parent = nullptr);

    // Whether an outbox failure is this warning.
    static bool isCollision(const rpc::Error& error);

private:
    void sendAnyway();
    void backToDraft();

    QString m_key;
    QPointer<Outbox> m_outbox;
    QPointer<Composer> m_composer;
    QPlainTextEdit* m_messages;
};

} // namespace helpdesk::client
