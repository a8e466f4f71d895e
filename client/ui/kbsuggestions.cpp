// SPDX-License-Identifier: GPL-3.0-or-later
#include "kbsuggestions.h"

#include "connection.h"
#include "kbwindow.h"

#include <QEvent>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QTimer>
#include <QVBoxLayout>

namespace helpdesk::client {

namespace {
constexpr int kBodyLines = 3;
constexpr int kMaxChars = 500; // kb.suggest's limit
} // namespace

KbSuggestions::KbSuggestions(Connection* connection, bool staff, QWidget* parent)
    : QWidget(parent)
    , m_connection(connection)
    , m_staff(staff)
    , m_timer(new QTimer(this))
    , m_label(new QLabel(this))
    , m_list(new QListWidget(this))
{
    setObjectName(QStringLiteral("kbSuggestions"));
    m_list->setObjectName(QStringLiteral("kbSuggestionList"));
    m_label->setWordWrap(true);
    m_list->setMaximumHeight(m_list->fontMetrics().lineSpacing() * 6);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_label);
    layout->addWidget(m_list);
    m_timer->setSingleShot(true);
    m_timer->setInterval(kDebounceMs);
    connect(m_timer, &QTimer::timeout, this, &KbSuggestions::ask);
    connect(m_list, &QListWidget::itemActivated, this,
        [this](QListWidgetItem* item) { open(item->data(Qt::UserRole).toLongLong()); });
    retranslate();
    hide();
}

void KbSuggestions::watch(QLineEdit* subject, QPlainTextEdit* body)
{
    const auto follow = [this, subject, body] {
        const QStringList lines = body->toPlainText().split(QLatin1Char('\n'));
        setText(
            subject->text() + QLatin1Char(' ') + lines.mid(0, kBodyLines).join(QLatin1Char(' ')));
    };
    connect(subject, &QLineEdit::textChanged, this, follow);
    connect(body, &QPlainTextEdit::textChanged, this, follow);
}

void KbSuggestions::setText(const QString& text)
{
    const QString wanted = text.trimmed().left(kMaxChars);
    if (wanted == m_text && m_generation > 0)
        return; // asked already (the ticket header is redrawn often)
    m_text = wanted;
    m_timer->start();
}

void KbSuggestions::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void KbSuggestions::retranslate()
{
    m_label->setText(m_staff ? tr("Articles that may help with this ticket:")
                             : tr("Articles that may answer your question:"));
}

void KbSuggestions::ask()
{
    if (!m_connection)
        return;
    const int generation = ++m_generation;
    if (m_text.isEmpty()) {
        m_list->clear();
        hide();
        emit updated();
        return;
    }
    m_connection->call(QStringLiteral("kb.suggest"),
        QJsonObject { { QStringLiteral("text"), m_text }, { QStringLiteral("limit"), 5 } }, this,
        [this, generation](const QJsonValue& result) {
            if (generation != m_generation)
                return; // an answer to text typed before
            m_list->clear();
            for (const QJsonValue& value :
                result.toObject().value(QLatin1String("items")).toArray()) {
                const QJsonObject article = value.toObject();
                auto* item = new QListWidgetItem(article.value(QLatin1String("title")).toString());
                item->setData(Qt::UserRole, article.value(QLatin1String("id")).toInteger());
                // Escaped inside a paragraph: always rich text, so the snippet shows as typed.
                item->setToolTip(
                    QStringLiteral("<p>%1</p>")
                        .arg(article.value(QLatin1String("snippet")).toString().toHtmlEscaped()));
                m_list->addItem(item);
            }
            setVisible(m_list->count() > 0);
            emit updated();
        });
}

void KbSuggestions::open(qint64 article)
{
    KbWindow* window = KbWindow::openArticle(m_connection, article, this);
    connect(window, &KbWindow::insertRequested, this, &KbSuggestions::insertRequested);
}

} // namespace helpdesk::client
