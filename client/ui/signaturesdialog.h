// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Edits reply signatures, one per language: the agent's own, and for leads and admins the
// queues'. Changes are kept per signature while the user moves between them and stored
// together with Save.

#include "domain/types.h"

#include <QDialog>
#include <QHash>
#include <QPointer>

#include <optional>

QT_BEGIN_NAMESPACE
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
QT_END_NAMESPACE

namespace helpdesk::client {

class DirectoryCache;
class SignatureBook;

class SignaturesDialog : public QDialog
{
    Q_OBJECT

public:
    // canEditQueues: leads and admins; others edit only their own signatures.
    SignaturesDialog(SignatureBook* book, DirectoryCache* directory, bool canEditQueues,
        QWidget* parent = nullptr);

    // Shows the signature of this owner (queue unset: one's own) and language.
    void select(std::optional<QueueId> queue, const QString& locale);

protected:
    void changeEvent(QEvent* event) override;

private:
    struct Key
    {
        qint64 queue = 0; // 0: one's own
        QString locale;
        friend bool operator==(const Key& a, const Key& b)
        {
            return a.queue == b.queue && a.locale == b.locale;
        }
        friend size_t qHash(const Key& key, size_t seed = 0)
        {
            return qHashMulti(seed, key.queue, key.locale);
        }
    };

    void retranslate();
    void populateOwners();
    void populateLanguages();
    Key currentKey() const;
    QString storedText(const Key& key) const;
    void showCurrent();
    void keepEdit();
    void save();
    void saveNext();
    void setMessage(const QString& text, bool error);

    QPointer<SignatureBook> m_book;
    QPointer<DirectoryCache> m_directory;
    bool m_canEditQueues = false;
    QHash<Key, QString> m_edits; // changed and not yet stored
    QList<Key> m_saving; // left to store in this Save
    bool m_showing = false;

    QLabel* m_intro;
    QLabel* m_ownerLabel;
    QComboBox* m_owner;
    QLabel* m_languageLabel;
    QComboBox* m_language;
    QPlainTextEdit* m_text;
    QLabel* m_message;
    QDialogButtonBox* m_buttons;
    QPushButton* m_save;
};

} // namespace helpdesk::client
