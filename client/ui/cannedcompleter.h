// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/types.h"

#include <QObject>
#include <QPointer>

#include <functional>

class QCompleter;
class QPlainTextEdit;
class QStringListModel;

namespace helpdesk::client {

class CannedBook;

// Canned responses in the composer: typing "/" at the start of a word, then part of a
// response's name, lists the matching responses; Enter (or a click) replaces "/part" with the
// response's text for the shown ticket, in the ticket's language, placeholders filled by the
// server.
class CannedCompleter : public QObject
{
    Q_OBJECT
public:
    CannedCompleter(QPlainTextEdit* editor, CannedBook* book, std::function<TicketId()> ticket,
        QObject* parent = nullptr);

    QCompleter* completer() const { return m_completer; }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

signals:
    // A response was inserted (for tests); `failed` when the server refused to render it.
    void inserted(bool failed);

private:
    void update();
    void insert(const QString& name);
    // The "/part" being typed before the cursor: its start, or -1 when there is none.
    int tokenStart(QString* part) const;

    QPointer<QPlainTextEdit> m_editor;
    QPointer<CannedBook> m_book;
    std::function<TicketId()> m_ticket;
    QCompleter* m_completer;
    QStringListModel* m_model;
};

} // namespace helpdesk::client
