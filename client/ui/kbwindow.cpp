// SPDX-License-Identifier: GPL-3.0-or-later
#include "kbwindow.h"

#include "connection.h"
#include "errortext.h"
#include "kbreference.h"
#include "kbeditor.h"
#include "markdownview.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSplitter>
#include <QTextDocument>
#include <QTimer>
#include <QVBoxLayout>

namespace helpdesk::client {

namespace {
constexpr int kSearchDelayMs = 250;
constexpr int kExcerptChars = 600;
constexpr int kAllArticles = 0; // the categories list's first row
} // namespace

KbWindow::KbWindow(Connection* connection, QWidget* parent)
    : QWidget(parent, Qt::Window)
    , m_connection(connection)
    , m_categories(new QListWidget(this))
    , m_search(new QLineEdit(this))
    , m_articles(new QListWidget(this))
    , m_titleLabel(new QLabel(this))
    , m_view(new MarkdownView(this))
    , m_status(new QLabel(this))
    , m_helpful(new QPushButton(this))
    , m_notHelpful(new QPushButton(this))
    , m_insertLink(new QPushButton(this))
    , m_insertExcerpt(new QPushButton(this))
    , m_new(new QPushButton(this))
    , m_edit(new QPushButton(this))
    , m_searchTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("kbWindow"));
    m_articles->setObjectName(QStringLiteral("kbArticles"));
    m_view->setObjectName(QStringLiteral("kbView"));
    m_insertLink->setObjectName(QStringLiteral("kbInsertLink"));
    m_insertExcerpt->setObjectName(QStringLiteral("kbInsertExcerpt"));
    const auto me = connection->currentUser();
    m_staff = me && isStaff(me->role);
    m_titleLabel->setTextFormat(Qt::PlainText);
    m_titleLabel->setWordWrap(true);
    QFont titleFont = m_titleLabel->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    m_titleLabel->setFont(titleFont);
    m_status->setTextFormat(Qt::PlainText);
    m_search->setClearButtonEnabled(true);
    for (QPushButton* button : { m_helpful, m_notHelpful })
        button->setVisible(!m_staff);
    for (QPushButton* button : { m_insertLink, m_insertExcerpt, m_new, m_edit })
        button->setVisible(m_staff);

    auto* left = new QWidget(this);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_search);
    leftLayout->addWidget(m_categories, 1);
    leftLayout->addWidget(m_articles, 2);
    auto* buttons = new QHBoxLayout;
    for (QPushButton* button :
        { m_helpful, m_notHelpful, m_insertLink, m_insertExcerpt, m_new, m_edit })
        buttons->addWidget(button);
    buttons->addStretch(1);
    auto* right = new QWidget(this);
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_titleLabel);
    rightLayout->addWidget(m_view, 1);
    rightLayout->addWidget(m_status);
    rightLayout->addLayout(buttons);
    auto* split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(left);
    split->addWidget(right);
    split->setStretchFactor(1, 2);
    split->setSizes({ 360, 640 }); // long titles readable in the list
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(split);

    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(kSearchDelayMs);
    connect(m_search, &QLineEdit::textChanged, m_searchTimer, qOverload<>(&QTimer::start));
    connect(m_searchTimer, &QTimer::timeout, this, &KbWindow::loadArticles);
    connect(m_categories, &QListWidget::currentRowChanged, this, &KbWindow::loadArticles);
    connect(m_articles, &QListWidget::currentItemChanged, this, [this](QListWidgetItem* item) {
        if (item)
            showArticle(item->data(Qt::UserRole).toLongLong());
    });
    connect(m_helpful, &QPushButton::clicked, this, [this] { vote(true); });
    connect(m_notHelpful, &QPushButton::clicked, this, [this] { vote(false); });
    connect(m_insertLink, &QPushButton::clicked, this, [this] {
        if (m_article)
            emit insertRequested(
                tr("Knowledge base article: %1 %2").arg(m_title, kbreference::of(m_article)));
    });
    connect(m_insertExcerpt, &QPushButton::clicked, this, [this] {
        if (m_article)
            emit insertRequested(excerpt());
    });
    connect(m_new, &QPushButton::clicked, this, &KbWindow::newArticle);
    connect(m_edit, &QPushButton::clicked, this, &KbWindow::editArticle);
    retranslate();
    resize(1000, 650);
    reload();
}

KbWindow* KbWindow::openArticle(Connection* connection, qint64 article, QWidget* parent)
{
    auto* window = new KbWindow(connection, parent);
    window->setAttribute(Qt::WA_DeleteOnClose);
    window->show();
    window->showArticle(article);
    return window;
}

void KbWindow::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void KbWindow::retranslate()
{
    setWindowTitle(tr("Knowledge base"));
    m_search->setPlaceholderText(tr("Search articles"));
    m_helpful->setText(tr("This helped"));
    m_notHelpful->setText(tr("This did not help"));
    m_insertLink->setText(tr("Insert &link into reply"));
    m_insertExcerpt->setText(tr("Insert e&xcerpt into reply"));
    m_new->setText(tr("&New article…"));
    m_edit->setText(tr("&Edit…"));
    if (m_categories->count() > 0)
        m_categories->item(kAllArticles)->setText(tr("All articles"));
}

void KbWindow::reload()
{
    loadCategories();
    loadArticles();
}

void KbWindow::loadCategories()
{
    m_connection->call(
        QStringLiteral("kb.categoryList"), QJsonObject(), this, [this](const QJsonValue& result) {
            const QSignalBlocker blocker(m_categories);
            m_categories->clear();
            m_categories->addItem(tr("All articles"));
            for (const QJsonValue& value :
                result.toObject().value(QLatin1String("items")).toArray()) {
                auto* item = new QListWidgetItem(
                    value.toObject().value(QLatin1String("name")).toString(), m_categories);
                item->setData(
                    Qt::UserRole, value.toObject().value(QLatin1String("id")).toInteger());
            }
            m_categories->setCurrentRow(kAllArticles);
        });
}

void KbWindow::loadArticles()
{
    QJsonObject params { { QStringLiteral("limit"), 100 } };
    if (QListWidgetItem* category = m_categories->currentItem();
        category && m_categories->currentRow() != kAllArticles)
        params.insert(QStringLiteral("categoryId"), category->data(Qt::UserRole).toLongLong());
    if (!m_search->text().trimmed().isEmpty())
        params.insert(QStringLiteral("query"), m_search->text());
    m_connection->call(
        QStringLiteral("kb.articleList"), params, this, [this](const QJsonValue& result) {
            const QSignalBlocker blocker(m_articles);
            m_articles->clear();
            for (const QJsonValue& value :
                result.toObject().value(QLatin1String("items")).toArray()) {
                const QJsonObject article = value.toObject();
                QString title = article.value(QLatin1String("title")).toString();
                if (article.value(QLatin1String("state")) == QLatin1String("draft"))
                    title = tr("%1 (draft)").arg(title);
                auto* item = new QListWidgetItem(title, m_articles);
                item->setData(Qt::UserRole, article.value(QLatin1String("id")).toInteger());
            }
            if (!m_requested && m_articles->count() > 0) // something to read at once
                showArticle(m_articles->item(0)->data(Qt::UserRole).toLongLong());
            emit articlesListed();
        });
}

void KbWindow::showArticle(qint64 article)
{
    m_requested = article;
    m_connection->call(
        QStringLiteral("kb.articleGet"), QJsonObject { { QStringLiteral("id"), double(article) } },
        this,
        [this, article](const QJsonValue& result) {
            if (article != m_requested)
                return; // another article was asked for meanwhile
            const QJsonObject shown = result.toObject();
            m_article = shown.value(QLatin1String("id")).toInteger();
            m_title = shown.value(QLatin1String("title")).toString();
            m_language = shown.value(QLatin1String("language")).toString();
            m_titleLabel->setText(m_title);
            m_view->setMarkdownText(shown.value(QLatin1String("body")).toString());
            m_status->clear();
            if (m_staff) // the customers' votes (kb.feedback)
                m_status->setText(tr("Helpful: %1 · Not helpful: %2")
                        .arg(shown.value(QLatin1String("helpful")).toInteger())
                        .arg(shown.value(QLatin1String("notHelpful")).toInteger()));
            emit articleShown(m_article);
        },
        [this](const rpc::Error& error) { m_status->setText(errorText(error)); });
}

QString KbWindow::excerpt() const
{
    // The rendered text, so Markdown marks do not end up in a plain-text reply.
    QString text = m_view->document()->toPlainText().trimmed();
    if (text.size() > kExcerptChars)
        text = text.left(kExcerptChars).trimmed() + QStringLiteral("…");
    return m_title + QLatin1Char(' ') + kbreference::of(m_article) + QStringLiteral("\n\n") + text;
}

void KbWindow::vote(bool helpful)
{
    if (!m_article)
        return;
    m_connection->call(
        QStringLiteral("kb.feedback"),
        QJsonObject {
            { QStringLiteral("id"), double(m_article) }, { QStringLiteral("helpful"), helpful } },
        this, [this](const QJsonValue&) { m_status->setText(tr("Thank you for your feedback.")); },
        [this](const rpc::Error& error) { m_status->setText(errorText(error)); });
}

void KbWindow::newArticle()
{
    openEditor(0);
}

void KbWindow::editArticle()
{
    if (m_article)
        openEditor(m_article);
}

void KbWindow::openEditor(qint64 article)
{
    auto* editor = new KbEditor(
        m_connection, article, m_language.isEmpty() ? QStringLiteral("en") : m_language, this);
    editor->setAttribute(Qt::WA_DeleteOnClose);
    connect(editor, &KbEditor::saved, this, [this](qint64 saved) {
        reload();
        showArticle(saved);
    });
    editor->open();
}

} // namespace helpdesk::client
