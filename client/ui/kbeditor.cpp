// SPDX-License-Identifier: GPL-3.0-or-later
#include "kbeditor.h"

#include "connection.h"
#include "errortext.h"
#include "markdownview.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QVBoxLayout>

namespace helpdesk::client {

namespace {
const QStringList kLanguages { QStringLiteral("en"), QStringLiteral("ru"), QStringLiteral("uk"),
    QStringLiteral("pl"), QStringLiteral("hr"), QStringLiteral("sr"), QStringLiteral("de"),
    QStringLiteral("fr"), QStringLiteral("es"), QStringLiteral("pt_BR") };
} // namespace

KbEditor::KbEditor(Connection* connection, qint64 article, const QString& language, QWidget* parent)
    : QDialog(parent)
    , m_connection(connection)
    , m_article(article)
    , m_title(new QLineEdit(this))
    , m_language(new QComboBox(this))
    , m_visibility(new QComboBox(this))
    , m_state(new QComboBox(this))
    , m_tags(new QLineEdit(this))
    , m_body(new QPlainTextEdit(this))
    , m_preview(new MarkdownView(this))
    , m_notice(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("kbEditor"));
    m_preview->setObjectName(QStringLiteral("kbPreview"));
    for (const QString& code : kLanguages)
        m_language->addItem(QLocale(code).nativeLanguageName(), code);
    m_language->setCurrentIndex(qMax(0, m_language->findData(language)));
    m_visibility->addItem(QString(), QStringLiteral("internal"));
    m_visibility->addItem(QString(), QStringLiteral("public"));
    m_state->addItem(QString(), QStringLiteral("draft"));
    m_state->addItem(QString(), QStringLiteral("published"));
    const auto me = connection->currentUser();
    const bool mayPublish = me && (me->role == Role::Lead || me->role == Role::Admin);
    m_state->setEnabled(mayPublish);
    m_notice->setWordWrap(true);
    m_notice->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_notice->hide();

    auto* form = new QFormLayout;
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("&Language:"), m_language);
    form->addRow(tr("&Visible to:"), m_visibility);
    form->addRow(tr("&State:"), m_state);
    form->addRow(tr("T&ags:"), m_tags);
    auto* split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(m_body);
    split->addWidget(m_preview);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(split, 1);
    layout->addWidget(m_notice);
    layout->addWidget(m_buttons);

    connect(m_body, &QPlainTextEdit::textChanged, this,
        [this] { m_preview->setMarkdownText(m_body->toPlainText()); });
    connect(m_buttons, &QDialogButtonBox::accepted, this, &KbEditor::save);
    connect(m_language, &QComboBox::currentIndexChanged, this, [this] {
        if (m_article)
            load(); // that language's text, when the article has one
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    retranslate();
    resize(900, 600);
    if (m_article)
        load();
}

void KbEditor::retranslate()
{
    setWindowTitle(m_article ? tr("Edit article") : tr("New article"));
    m_visibility->setItemText(0, tr("Staff only"));
    m_visibility->setItemText(1, tr("Customers and staff"));
    m_state->setItemText(0, tr("Draft"));
    m_state->setItemText(1, tr("Published"));
    m_body->setPlaceholderText(tr("Write the article in Markdown: # headings, - lists, "
                                  "[links](https://example.org), ``` code blocks."));
}

void KbEditor::load()
{
    const QString wanted = m_language->currentData().toString();
    m_connection->call(
        QStringLiteral("kb.articleGet"),
        QJsonObject {
            { QStringLiteral("id"), double(m_article) }, { QStringLiteral("language"), wanted } },
        this,
        [this, wanted](const QJsonValue& result) {
            const QJsonObject article = result.toObject();
            m_version = article.value(QLatin1String("version")).toInteger();
            const QString language = article.value(QLatin1String("language")).toString();
            // A language without a text yet keeps what is shown: the translation starts from it.
            if (!m_loaded || language == wanted) {
                m_title->setText(article.value(QLatin1String("title")).toString());
                m_body->setPlainText(article.value(QLatin1String("body")).toString());
            }
            if (!m_loaded) {
                const QSignalBlocker blocker(m_language);
                m_language->setCurrentIndex(qMax(0, m_language->findData(language)));
            }
            m_loaded = true;
            m_visibility->setCurrentIndex(
                m_visibility->findData(article.value(QLatin1String("visibility")).toString()));
            m_state->setCurrentIndex(
                m_state->findData(article.value(QLatin1String("state")).toString()));
            QStringList tags;
            for (const QJsonValue& tag : article.value(QLatin1String("tags")).toArray())
                tags << tag.toString();
            m_tags->setText(tags.join(QStringLiteral(", ")));
            emit loaded();
        },
        [this](const rpc::Error& error) {
            m_notice->setText(errorText(error));
            m_notice->show();
        });
}

void KbEditor::save()
{
    QStringList tags;
    for (const QString& tag : m_tags->text().split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        if (!tag.trimmed().isEmpty())
            tags << tag.trimmed();
    }
    QJsonObject params { { QStringLiteral("language"), m_language->currentData().toString() },
        { QStringLiteral("title"), m_title->text() },
        { QStringLiteral("body"), m_body->toPlainText() },
        { QStringLiteral("visibility"), m_visibility->currentData().toString() },
        { QStringLiteral("tags"), QJsonArray::fromStringList(tags) } };
    if (m_state->isEnabled())
        params.insert(QStringLiteral("state"), m_state->currentData().toString());
    if (m_article) {
        params.insert(QStringLiteral("id"), double(m_article));
        params.insert(QStringLiteral("version"), double(m_version));
    }
    m_buttons->setEnabled(false);
    m_connection->call(
        QStringLiteral("kb.articleSave"), params, this,
        [this](const QJsonValue& result) {
            m_buttons->setEnabled(true);
            m_article = result.toObject().value(QLatin1String("id")).toInteger();
            m_version = result.toObject().value(QLatin1String("version")).toInteger();
            m_notice->hide();
            emit saved(m_article);
            accept();
        },
        [this](const rpc::Error& error) {
            m_buttons->setEnabled(true);
            if (error.code == rpc::Conflict) {
                // Their version becomes the base: saving again replaces it, knowingly.
                m_version = error.data.toObject()
                                .value(QLatin1String("current"))
                                .toObject()
                                .value(QLatin1String("version"))
                                .toInteger();
                m_notice->setText(tr("A colleague saved this article while you were editing it. "
                                     "Your text is still here; save again to replace their "
                                     "version with it, or cancel to keep theirs."));
            } else {
                m_notice->setText(errorText(error));
            }
            m_notice->show();
        });
}

} // namespace helpdesk::client
