// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPointer>
#include <QWidget>

class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QTimer;

namespace helpdesk::client {

class Connection;

// Published articles that may answer a text (kb.suggest): while a customer types a new
// request (its subject and first lines), or for the ticket an agent reads (its subject).
// Asked for once the text stops changing (debounced), answers to older text ignored.
// Activating one opens it in the knowledge-base window.
class KbSuggestions : public QWidget
{
    Q_OBJECT
public:
    // staff: the list sits beside an open ticket (and its articles can go into the reply).
    KbSuggestions(Connection* connection, bool staff, QWidget* parent = nullptr);

    // Follows a new request's subject and description as they are typed.
    void watch(QLineEdit* subject, QPlainTextEdit* body);
    // Suggestions for this text (after kDebounceMs without another call).
    void setText(const QString& text);

    static constexpr int kDebounceMs = 300;
    QListWidget* list() const { return m_list; }

signals:
    // The suggestions for the latest text arrived (for tests and the screenshot).
    void updated();
    // An agent chose "insert into reply" in an article opened from here.
    void insertRequested(const QString& text);

protected:
    void changeEvent(QEvent* event) override;

private:
    void ask();
    void open(qint64 article);
    void retranslate();

    QPointer<Connection> m_connection;
    bool m_staff = false;
    QString m_text;
    QTimer* m_timer;
    QLabel* m_label;
    QListWidget* m_list;
    int m_generation = 0;
};

} // namespace helpdesk::client
