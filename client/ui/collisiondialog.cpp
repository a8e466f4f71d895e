// SPDX-License-Identifier: GPL-3.0-or-later
#include "collisiondialog.h"

#include "composer.h"
#include "directorycache.h"
#include "domain/types.h"
#include "outbox.h"

#include <QDialogButtonBox>
#include <QJsonArray>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace helpdesk::client {

bool CollisionDialog::isCollision(const rpc::Error& error)
{
    return error.code == rpc::Conflict
        && error.data.toObject().value(QLatin1String("reason")) == QLatin1String("newer-messages");
}

CollisionDialog::CollisionDialog(const QString& outboxKey, const rpc::Error& error,
    Outbox* outbox, Composer* composer, DirectoryCache* directory, QWidget* parent)
    : QDialog(parent)
    , m_key(outboxKey)
    , m_outbox(outbox)
    , m_composer(composer)
{
    setObjectName(QStringLiteral("collisionDialog"));
    setWindowTitle(tr("New messages on this ticket"));
    auto* intro = new QLabel(
        tr("While you were writing, someone else wrote on this ticket. Your reply was not "
           "sent yet:"),
        this);
    intro->setWordWrap(true);
    m_messages = new QPlainTextEdit(this);
    m_messages->setObjectName(QStringLiteral("collisionMessages"));
    m_messages->setReadOnly(true);
    QStringList blocks;
    const QJsonArray messages = error.data.toObject().value(QLatin1String("messages")).toArray();
    for (const QJsonValue& value : messages) {
        const auto message = Message::fromJson(value.toObject());
        if (!message)
            continue;
        QString author = directory ? directory->userName(message->authorId) : QString();
        if (author.isEmpty())
            author = tr("User %1").arg(message->authorId.value());
        blocks << tr("%1, %2:").arg(author,
                      QLocale().toString(message->createdAt.toLocalTime(), QLocale::ShortFormat))
                + QLatin1Char('\n') + message->body;
    }
    m_messages->setPlainText(blocks.join(QStringLiteral("\n\n"))); // plain text, never HTML
    auto* buttons = new QDialogButtonBox(this);
    QPushButton* send = buttons->addButton(tr("Send anyway"), QDialogButtonBox::AcceptRole);
    send->setObjectName(QStringLiteral("sendAnywayButton"));
    QPushButton* back = buttons->addButton(tr("Back to my draft"), QDialogButtonBox::RejectRole);
    back->setObjectName(QStringLiteral("backToDraftButton"));
    back->setDefault(true);
    connect(send, &QPushButton::clicked, this, &CollisionDialog::sendAnyway);
    connect(back, &QPushButton::clicked, this, &CollisionDialog::backToDraft);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_messages, 1);
    layout->addWidget(buttons);
    resize(520, 360);
}

void CollisionDialog::sendAnyway()
{
    if (m_outbox)
        m_outbox->forceSend(m_key);
    accept();
}

void CollisionDialog::backToDraft()
{
    if (m_outbox && m_composer) {
        const auto entry = m_outbox->entry(m_key);
        m_outbox->discard(m_key);
        // Only into an empty box: a reply started meanwhile is not overwritten.
        if (entry && m_composer->editor()->toPlainText().trimmed().isEmpty()) {
            m_composer->editor()->setPlainText(entry->body);
            m_composer->editor()->moveCursor(QTextCursor::End);
            m_composer->focusEditor();
        }
    }
    reject();
}

} // namespace helpdesk::client
