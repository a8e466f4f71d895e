// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The form for a new ticket: the user's own request, or, for staff, a phone call from a
// customer contact (the caller becomes the requester, the description the agent's notes on
// the call, with its direction and duration). Subject and body are kept as a draft while typed, so
// closing the form or losing the connection loses nothing.

#include "apitypes.h"
#include "domain/types.h"

#include <QDialog>
#include <QHash>
#include <QPointer>

#include <functional>
#include <optional>

QT_BEGIN_NAMESPACE
class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
QT_END_NAMESPACE

namespace helpdesk::client {

class Connection;
class DirectoryCache;
class DraftStore;
class PresenceBook;
class RequestFieldsForm;

class NewTicketDialog : public QDialog
{
    Q_OBJECT

public:
    // None is owned; all must outlive the dialog. The form's fields follow the role of
    // connection->currentUser() at construction: customers get subject, body and tags only.
    NewTicketDialog(Connection* connection, DirectoryCache* directory, DraftStore* drafts,
        QWidget* parent = nullptr);
    ~NewTicketDialog() override;

    // Presets for logging a call from a customer's page (staff only; ignored for customers).
    // setRequester() also selects the contact's organisation.
    void setCustomer(CustomerId customer);
    void setRequester(UserId requester);
    void setPhoneCall(bool phoneCall);
    // Staff presence for the assignee picker (online first, kept live).
    void setPresence(PresenceBook* presence);

    // What Create sends for the current input (without validating it).
    NewTicket ticket() const;

Q_SIGNALS:
    // The server created the ticket; emitted just before the dialog accepts.
    void created(const helpdesk::Ticket& ticket);

protected:
    void changeEvent(QEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;

private:
    using Text = std::function<QString()>; // re-run on a language change

    void buildForm();
    void retranslateUi();
    void populatePickers();
    void populateRequesters();
    void updatePhoneCallMode();
    void saveDraft();

    bool validate();
    void submit();
    void onCreated(const Ticket& ticket);
    void onCreateFailed(const rpc::Error& error);
    void setBusy(bool busy);
    void setStatus(Text text, bool isError);
    void setFieldError(QLabel* label, Text text);
    void clearFieldErrors();
    void fitContents();

    // The customer named in the editable combo: nullopt for none; *unknown is set when the
    // text names no known customer.
    std::optional<CustomerId> selectedCustomer(bool* unknown = nullptr) const;
    std::optional<UserId> selectedRequester() const;
    QStringList tags() const;

    Connection* m_connection;
    DirectoryCache* m_directory;
    QPointer<PresenceBook> m_presence;
    DraftStore* m_drafts;
    bool m_isCustomer = false;
    std::optional<UserId> m_me;
    QString m_requestKey; // idempotency key of the create in progress (kept across retries)

    QWidget* m_formWidget = nullptr; // disabled as a whole while the request is out
    QFormLayout* m_form = nullptr;
    QLabel* m_subjectLabel = nullptr;
    QLineEdit* m_subjectEdit = nullptr;
    QLabel* m_subjectError = nullptr;
    QLabel* m_bodyLabel = nullptr;
    QPlainTextEdit* m_bodyEdit = nullptr;
    QLabel* m_bodyError = nullptr;
    QCheckBox* m_phoneCallBox = nullptr;
    QLabel* m_customerLabel = nullptr;
    QComboBox* m_customerCombo = nullptr;
    QLabel* m_customerError = nullptr;
    QLabel* m_requesterLabel = nullptr;
    QComboBox* m_requesterCombo = nullptr;
    QLabel* m_requesterError = nullptr;
    QLabel* m_directionLabel = nullptr;
    QComboBox* m_directionCombo = nullptr;
    QLabel* m_durationLabel = nullptr;
    QSpinBox* m_durationSpin = nullptr;
    QLabel* m_priorityLabel = nullptr;
    QComboBox* m_priorityCombo = nullptr;
    QLabel* m_queueLabel = nullptr;
    QComboBox* m_queueCombo = nullptr;
    QLabel* m_assigneeLabel = nullptr;
    QComboBox* m_assigneeCombo = nullptr;
    QLabel* m_tagsLabel = nullptr;
    QLineEdit* m_tagsEdit = nullptr;
    QLabel* m_tagsError = nullptr;
    RequestFieldsForm* m_request = nullptr; // the request type and its questions (issue 11)
    QLabel* m_statusLabel = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
    QPushButton* m_createButton = nullptr;

    // Presets waiting for the directory to load the customer or contact they name.
    std::optional<CustomerId> m_pendingCustomer;
    std::optional<UserId> m_pendingRequester;
    bool m_busy = false;
    QPointer<QWidget> m_focusBeforeBusy;
    Text m_statusText;
    QHash<QLabel*, Text> m_fieldErrors;
};

} // namespace helpdesk::client
