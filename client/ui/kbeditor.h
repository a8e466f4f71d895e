// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QPointer>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace helpdesk::client {

class Connection;
class MarkdownView;

// Writes a knowledge-base article in one language (staff): Markdown on the left, the rendered
// article beside it, updated as it is typed. Saves with the version it started from: when a
// colleague saved in the meantime the server refuses (1009), the text typed here stays, and
// the editor says so; saving again then replaces the colleague's version knowingly.
// Agents save drafts only; leads and admins also publish.
class KbEditor : public QDialog
{
    Q_OBJECT
public:
    // article 0: a new article.
    KbEditor(
        Connection* connection, qint64 article, const QString& language, QWidget* parent = nullptr);

    QLineEdit* titleEdit() const { return m_title; }
    QPlainTextEdit* bodyEdit() const { return m_body; }
    MarkdownView* preview() const { return m_preview; }
    QComboBox* stateCombo() const { return m_state; }
    QComboBox* languageCombo() const { return m_language; }
    QLabel* notice() const { return m_notice; }
    qint64 articleId() const { return m_article; }

public slots:
    void save();

signals:
    void saved(qint64 article);
    void loaded();

private:
    void load();
    void retranslate();

    QPointer<Connection> m_connection;
    qint64 m_article = 0;
    qint64 m_version = 0;
    bool m_loaded = false; // the first text arrived
    QLineEdit* m_title;
    QComboBox* m_language;
    QComboBox* m_visibility;
    QComboBox* m_state;
    QLineEdit* m_tags;
    QPlainTextEdit* m_body;
    MarkdownView* m_preview;
    QLabel* m_notice;
    QDialogButtonBox* m_buttons;
};

} // namespace helpdesk::client
