// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPointer>
#include <QWidget>

class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTimer;

namespace helpdesk::client {

class Connection;
class MarkdownView;

// The knowledge base: categories, the articles of one (or found by words), and the article
// read in the reader's language. Customers see what the server lets them (published, public)
// and say whether an article helped; staff write and edit articles; an agent inserts an
// article's reference or an excerpt into the reply being written.
class KbWindow : public QWidget
{
    Q_OBJECT
public:
    explicit KbWindow(Connection* connection, QWidget* parent = nullptr);
    // A window of its own (deleted when closed) showing one article.
    static KbWindow* openArticle(Connection* connection, qint64 article, QWidget* parent);

    void showArticle(qint64 article);
    qint64 articleId() const { return m_article; }
    QListWidget* articleList() const { return m_articles; }
    MarkdownView* view() const { return m_view; }
    QLineEdit* searchEdit() const { return m_search; }

public slots:
    void reload();
    void newArticle();
    void editArticle();

signals:
    // Text for the reply being written (a reference to the article, or an excerpt of it).
    void insertRequested(const QString& text);
    void articleShown(qint64 article);
    void articlesListed();

protected:
    void changeEvent(QEvent* event) override;

private:
    void loadCategories();
    void loadArticles();
    void vote(bool helpful);
    void openEditor(qint64 article); // 0: a new one
    void retranslate();
    QString excerpt() const;

    QPointer<Connection> m_connection;
    bool m_staff = false;
    qint64 m_article = 0; // shown
    qint64 m_requested = 0; // asked for (the answer may be on its way)
    QString m_title;
    QString m_language;
    QListWidget* m_categories;
    QLineEdit* m_search;
    QListWidget* m_articles;
    QLabel* m_titleLabel;
    MarkdownView* m_view;
    QLabel* m_status;
    QPushButton* m_helpful;
    QPushButton* m_notHelpful;
    QPushButton* m_insertLink;
    QPushButton* m_insertExcerpt;
    QPushButton* m_new;
    QPushButton* m_edit;
    QTimer* m_searchTimer;
};

} // namespace helpdesk::client
