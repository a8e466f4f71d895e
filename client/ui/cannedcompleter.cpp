// SPDX-License-Identifier: GPL-3.0-or-later
#include "cannedcompleter.h"

#include "cannedbook.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QKeyEvent>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QStringListModel>
#include <QTextBlock>

namespace helpdesk::client {

CannedCompleter::CannedCompleter(
    QPlainTextEdit* editor, CannedBook* book, std::function<TicketId()> ticket, QObject* parent)
    : QObject(parent)
    , m_editor(editor)
    , m_book(book)
    , m_ticket(std::move(ticket))
{
    m_model = new QStringListModel(this);
    m_completer = new QCompleter(m_model, this);
    m_completer->setObjectName(QStringLiteral("cannedCompleter"));
    m_completer->setWidget(editor);
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_completer->setFilterMode(Qt::MatchContains);
    m_completer->setCompletionMode(QCompleter::PopupCompletion);
    m_completer->popup()->setObjectName(QStringLiteral("cannedPopup"));
    connect(m_completer, qOverload<const QString&>(&QCompleter::activated), this,
        &CannedCompleter::insert);
    // QCompleter first hands keys to the editor, which would take Enter as a new line: this
    // filter, installed after QCompleter's own, sees them first.
    m_completer->popup()->installEventFilter(this);
    connect(editor, &QPlainTextEdit::textChanged, this, &CannedCompleter::update);
    connect(editor, &QPlainTextEdit::cursorPositionChanged, this, &CannedCompleter::update);
}

bool CannedCompleter::eventFilter(QObject* watched, QEvent* event)
{
    if (watched != m_completer->popup() || event->type() != QEvent::KeyPress)
        return QObject::eventFilter(watched, event);
    const int key = static_cast<QKeyEvent*>(event)->key();
    if (key != Qt::Key_Return && key != Qt::Key_Enter && key != Qt::Key_Tab)
        return QObject::eventFilter(watched, event);
    const QModelIndex current = m_completer->popup()->currentIndex();
    m_completer->popup()->hide();
    if (current.isValid())
        insert(current.data().toString());
    return true;
}

int CannedCompleter::tokenStart(QString* part) const
{
    const QTextCursor cursor = m_editor->textCursor();
    const QString before = cursor.block().text().left(cursor.positionInBlock());
    const int slash = int(before.lastIndexOf(QLatin1Char('/')));
    if (slash < 0 || (slash > 0 && !before.at(slash - 1).isSpace()))
        return -1;
    const QString typed = before.mid(slash + 1);
    for (const QChar c : typed) {
        if (c.isSpace())
            return -1;
    }
    *part = typed;
    return cursor.block().position() + slash;
}

void CannedCompleter::update()
{
    if (!m_editor || !m_book)
        return;
    QString part;
    if (tokenStart(&part) < 0 || m_book->responses().isEmpty()) {
        m_completer->popup()->hide();
        return;
    }
    QStringList names;
    for (const CannedResponse& response : m_book->responses())
        names << response.name;
    if (m_model->stringList() != names)
        m_model->setStringList(names);
    m_completer->setCompletionPrefix(part);
    if (m_completer->completionCount() == 0) {
        m_completer->popup()->hide();
        return;
    }
    QRect rect = m_editor->cursorRect();
    rect.setWidth(m_completer->popup()->sizeHintForColumn(0)
        + m_completer->popup()->verticalScrollBar()->sizeHint().width());
    m_completer->complete(rect);
    m_completer->popup()->setCurrentIndex(m_completer->completionModel()->index(0, 0));
}

void CannedCompleter::insert(const QString& name)
{
    if (!m_editor || !m_book)
        return;
    qint64 id = 0;
    for (const CannedResponse& response : m_book->responses()) {
        if (response.name == name)
            id = response.id;
    }
    QString part;
    const int start = tokenStart(&part);
    if (id == 0 || start < 0)
        return;
    const int end = m_editor->textCursor().position();
    m_book->render(
        id, m_ticket(), this,
        [this, start, end](const QString& text) {
            // The "/part" may have been edited while the text was on its way.
            if (!m_editor || m_editor->document()->characterAt(start) != QLatin1Char('/')
                || end > m_editor->document()->characterCount())
                return;
            QTextCursor cursor(m_editor->document());
            cursor.setPosition(start);
            cursor.setPosition(end, QTextCursor::KeepAnchor);
            cursor.insertText(text); // plain text: the server's text, never HTML
            m_editor->setTextCursor(cursor);
            emit inserted(false);
        },
        [this](const rpc::Error&) { emit inserted(true); });
}

} // namespace helpdesk::client
