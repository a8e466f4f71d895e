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

// While a customer types a new request, published articles that may answer it (kb.suggest
// over the subject and the first lines): asked for once typing pauses (debounced), answers
// to older text ignored. Activating one opens it in the knowledge-base window.
class KbSuggestions : public QWidget
{
    Q_OBJECT
public:
    KbSuggestions(Connection* connection, QLineEdit* subject, QPlainTextEdit* body,
        QWidget* parent = nullptr);

    static constexpr int kDebounceMs = 300;
    QListWidget* list() const { return m_list; }

signals:
    // The suggestions for the latest text arrived (for tests and the screenshot).
    void updated();

protected:
    void changeEvent(QEvent* event) override;

private:
    void ask();
    void open(qint64 article);

    QPointer<Connection> m_connection;
    QPointer<QLineEdit> m_subject;
    QPointer<QPlainTextEdit> m_body;
    QTimer* m_timer;
    QLabel* m_label;
    QListWidget* m_list;
    int m_generation = 0;
};

} // namespace helpdesk::client
