// SPDX-License-Identifier: GPL-3.0-or-later
#include "signaturesdialog.h"

#include "directorycache.h"
#include "errortext.h"
#include "languagemanager.h"
#include "signatures.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalBlocker>
#include <QVBoxLayout>

namespace helpdesk::client {

namespace {

constexpr int kMaxSignatureChars = 2000; // the server's limit

} // namespace

SignaturesDialog::SignaturesDialog(
    SignatureBook* book, DirectoryCache* directory, bool canEditQueues, QWidget* parent)
    : QDialog(parent)
    , m_book(book)
    , m_directory(directory)
    , m_canEditQueues(canEditQueues)
{
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    m_owner = new QComboBox(this);
    m_owner->setObjectName(QStringLiteral("owner"));
    m_language = new QComboBox(this);
    m_language->setObjectName(QStringLiteral("language"));
    m_text = new QPlainTextEdit(this);
    m_text->setObjectName(QStringLiteral("signatureText"));
    m_text->setTabChangesFocus(true);
    m_text->setMinimumHeight(m_text->fontMetrics().lineSpacing() * 7);
    m_text->setMinimumWidth(m_text->fontMetrics().averageCharWidth() * 60);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("message"));
    m_message->setTextFormat(Qt::PlainText);
    m_message->setWordWrap(true);
    m_message->hide();
    m_ownerLabel = new QLabel(this);
    m_ownerLabel->setBuddy(m_owner);
    m_languageLabel = new QLabel(this);
    m_languageLabel->setBuddy(m_language);

    auto* form = new QFormLayout;
    form->addRow(m_ownerLabel, m_owner);
    form->addRow(m_languageLabel, m_language);
    // An agent has one owner to choose from: itself.
    form->setRowVisible(m_owner, m_canEditQueues);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_save = m_buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_save->setObjectName(QStringLiteral("saveSignatures"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &SignaturesDialog::save);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &SignaturesDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(form);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_message);
    layout->addWidget(m_buttons);

    connect(m_owner, &QComboBox::currentIndexChanged, this, [this] {
        populateLanguages(); // the bold languages are the owner's
        showCurrent();
    });
    connect(m_language, &QComboBox::currentIndexChanged, this, &SignaturesDialog::showCurrent);
    connect(m_text, &QPlainTextEdit::textChanged, this, &SignaturesDialog::keepEdit);
    if (m_directory)
        connect(m_directory, &DirectoryCache::changed, this, &SignaturesDialog::populateOwners);
    if (m_book)
        connect(m_book, &SignatureBook::changed, this, [this] {
            populateLanguages();
            showCurrent();
        });
    retranslate();
    m_text->setFocus();
}

void SignaturesDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void SignaturesDialog::retranslate()
{
    setWindowTitle(tr("Signatures"));
    m_intro->setText(
        tr("A public reply gets your signature in the requester's language (or the one for any "
           "language), followed by the signature of the ticket's queue. You can edit it before "
           "sending."));
    m_ownerLabel->setText(tr("&Signature of:"));
    m_languageLabel->setText(tr("&Language:"));
    m_text->setPlaceholderText(tr("No signature in this language: replies in it get the one for "
                                  "any language. Type one here, e.g.\nKind regards,\nYour name"));
    m_save->setText(tr("&Save"));
    populateOwners();
    populateLanguages();
    showCurrent(); // the pickers were filled without signals
}

void SignaturesDialog::populateOwners()
{
    const QVariant current = m_owner->count() > 0 ? m_owner->currentData() : QVariant(0);
    {
        const QSignalBlocker blocker(m_owner);
        m_owner->clear();
        m_owner->addItem(tr("Me"), 0);
        if (m_canEditQueues && m_directory) {
            const QVector<Queue> queues = m_directory->queues();
            for (const Queue& queue : queues)
                m_owner->addItem(tr("Queue: %1").arg(queue.name), queue.id.value());
        }
        const int index = m_owner->findData(current);
        m_owner->setCurrentIndex(index >= 0 ? index : 0);
    }
    showCurrent();
}

void SignaturesDialog::populateLanguages()
{
    const QVariant current = m_language->count() > 0 ? m_language->currentData() : QVariant();
    const QSignalBlocker blocker(m_language);
    m_language->clear();
    m_language->addItem(tr("Any language"), QString());
    for (const LanguageManager::Language& language : LanguageManager::languages())
        m_language->addItem(language.nativeName, language.code);
    // A signature stored in a language the client does not ship (written by another tool)
    // is still shown and editable.
    if (m_book) {
        const QVector<Signature> signatures = m_book->signatures();
        for (const Signature& signature : signatures) {
            if (m_language->findData(signature.locale) < 0)
                m_language->addItem(signature.locale, signature.locale);
        }
    }
    // The languages that have a signature for the chosen owner are bold.
    for (int i = 0; i < m_language->count(); ++i) {
        Key key = currentKey();
        key.locale = m_language->itemData(i).toString();
        QFont font = m_language->font();
        font.setBold(!storedText(key).isEmpty() || !m_edits.value(key).isEmpty());
        m_language->setItemData(i, font, Qt::FontRole);
    }
    const int index = current.isValid() ? m_language->findData(current) : 0;
    m_language->setCurrentIndex(index >= 0 ? index : 0);
}

void SignaturesDialog::select(std::optional<QueueId> queue, const QString& locale)
{
    const int owner = m_owner->findData(queue ? queue->value() : 0);
    if (owner >= 0)
        m_owner->setCurrentIndex(owner);
    const int language = m_language->findData(locale);
    if (language >= 0)
        m_language->setCurrentIndex(language);
}

SignaturesDialog::Key SignaturesDialog::currentKey() const
{
    return Key { m_owner->currentData().toLongLong(), m_language->currentData().toString() };
}

QString SignaturesDialog::storedText(const Key& key) const
{
    if (!m_book)
        return QString();
    return m_book->text(
        key.queue > 0 ? std::optional<QueueId>(QueueId(key.queue)) : std::nullopt, key.locale);
}

void SignaturesDialog::showCurrent()
{
    if (m_owner->count() == 0 || m_language->count() == 0)
        return;
    const Key key = currentKey();
    m_showing = true;
    m_text->setPlainText(m_edits.contains(key) ? m_edits.value(key) : storedText(key));
    m_showing = false;
}

void SignaturesDialog::keepEdit()
{
    if (m_showing)
        return;
    const Key key = currentKey();
    const QString text = m_text->toPlainText();
    if (text == storedText(key))
        m_edits.remove(key);
    else
        m_edits.insert(key, text);
    m_message->hide();
}

void SignaturesDialog::save()
{
    if (!m_saving.isEmpty())
        return;
    for (auto it = m_edits.cbegin(); it != m_edits.cend(); ++it) {
        if (it.value().size() > kMaxSignatureChars) {
            setMessage(tr("A signature may have at most %1 characters.")
                           .arg(locale().toString(kMaxSignatureChars)),
                true);
            return;
        }
    }
    m_saving = m_edits.keys();
    if (m_saving.isEmpty()) {
        accept();
        return;
    }
    m_save->setEnabled(false);
    setMessage(tr("Saving…"), false);
    saveNext();
}

void SignaturesDialog::saveNext()
{
    if (m_saving.isEmpty()) {
        m_save->setEnabled(true);
        accept();
        return;
    }
    if (!m_book)
        return;
    const Key key = m_saving.first();
    const QString text = m_edits.value(key);
    m_book->store(
        key.queue > 0 ? std::optional<QueueId>(QueueId(key.queue)) : std::nullopt, key.locale, text,
        this,
        [this, key] {
            m_edits.remove(key);
            m_saving.removeAll(key);
            saveNext();
        },
        [this](const rpc::Error& error) {
            m_saving.clear();
            m_save->setEnabled(true);
            setMessage(tr("Not saved: %1").arg(errorText(error)), true);
        });
}

void SignaturesDialog::setMessage(const QString& text, bool error)
{
    m_message->setText(text);
    m_message->setStyleSheet(error ? QStringLiteral("color: #c62828;") : QString());
    m_message->setVisible(!text.isEmpty());
}

} // namespace helpdesk::client
