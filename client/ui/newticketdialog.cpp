// SPDX-License-Identifier: GPL-3.0-or-later
// NewTicketDialog: building the form, its texts and its pickers. Validation and sending are
// in newticketsubmit.cpp.
#include "newticketdialog.h"

#include "assigneechoices.h"
#include "connection.h"
#include "directorycache.h"
#include "draftstore.h"
#include "kbsuggestions.h"
#include "presencebook.h"
#include "requestfieldsform.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QVBoxLayout>

#include <iterator>

namespace helpdesk::client {

namespace {

// A field with its inline error below it, so that the message sits where the eye already is.
QWidget* withError(QWidget* field, QLabel* error, QWidget* parent)
{
    auto* box = new QWidget(parent);
    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(field);
    layout->addWidget(error);
    error->setTextFormat(Qt::PlainText); // may quote what the user typed
    error->setWordWrap(true);
    error->setStyleSheet(QStringLiteral("color: #c62828;"));
    error->hide();
    return box;
}

// Re-selects the item holding data after a combo was refilled; the first item otherwise.
void selectData(QComboBox* combo, const QVariant& data)
{
    const int index = data.isValid() ? combo->findData(data) : -1;
    combo->setCurrentIndex(index >= 0 ? index : 0);
}

} // namespace

NewTicketDialog::NewTicketDialog(
    Connection* connection, DirectoryCache* directory, DraftStore* drafts, QWidget* parent)
    : QDialog(parent)
    , m_connection(connection)
    , m_directory(directory)
    , m_drafts(drafts)
{
    if (const auto me = m_connection->currentUser()) {
        m_isCustomer = me->role == Role::Customer;
        m_me = me->id;
    }
    buildForm();

    // Restore before connecting the draft writer: the restored text is the draft already.
    const Draft draft = m_drafts->draft(DraftStore::kNewTicket);
    m_subjectEdit->setText(draft.subject);
    m_bodyEdit->setPlainText(draft.body);
    connect(m_subjectEdit, &QLineEdit::textChanged, this, &NewTicketDialog::saveDraft);
    connect(m_bodyEdit, &QPlainTextEdit::textChanged, this, &NewTicketDialog::saveDraft);

    connect(m_directory, &DirectoryCache::changed, this, &NewTicketDialog::populatePickers);
    retranslateUi(); // also fills the pickers
    (m_subjectEdit->text().isEmpty() ? static_cast<QWidget*>(m_subjectEdit) : m_bodyEdit)
        ->setFocus();
}

NewTicketDialog::~NewTicketDialog() = default;

void NewTicketDialog::buildForm()
{
    m_subjectEdit = new QLineEdit(this);
    m_subjectError = new QLabel(this);
    m_bodyEdit = new QPlainTextEdit(this);
    m_bodyEdit->setTabChangesFocus(true); // Tab leaves the body; a ticket needs no tab stops
    // Room for a few lines of text and a subject of typical length, in units of the font so
    // that larger fonts and longer translations get more room too.
    m_bodyEdit->setMinimumHeight(m_bodyEdit->fontMetrics().lineSpacing() * 8);
    m_subjectEdit->setMinimumWidth(m_subjectEdit->fontMetrics().averageCharWidth() * 50);
    m_bodyError = new QLabel(this);
    m_phoneCallBox = new QCheckBox(this);
    m_customerCombo = new QComboBox(this);
    m_customerCombo->setEditable(true);
    m_customerCombo->setInsertPolicy(QComboBox::NoInsert); // typing picks, never adds
    m_customerCombo->lineEdit()->setClearButtonEnabled(true);
    m_customerCombo->completer()->setCompletionMode(QCompleter::PopupCompletion);
    m_customerCombo->completer()->setFilterMode(Qt::MatchContains);
    m_customerCombo->completer()->setCaseSensitivity(Qt::CaseInsensitive);
    m_customerError = new QLabel(this);
    m_requesterCombo = new QComboBox(this);
    m_requesterError = new QLabel(this);
    m_directionCombo = new QComboBox(this);
    m_durationSpin = new QSpinBox(this);
    m_durationSpin->setRange(0, 24 * 60); // minutes; the server takes up to 86,400 seconds
    m_priorityCombo = new QComboBox(this);
    m_queueCombo = new QComboBox(this);
    m_assigneeCombo = new QComboBox(this);
    m_tagsEdit = new QLineEdit(this);
    m_tagsError = new QLabel(this);
    // Long customer or queue names should not stretch the dialog across the screen.
    for (QComboBox* picker : { m_customerCombo, m_requesterCombo, m_queueCombo, m_assigneeCombo }) {
        picker->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        picker->setMinimumContentsLength(24);
    }

    // Names for UI tests and accessibility tools to find the fields by.
    m_subjectEdit->setObjectName(QStringLiteral("subject"));
    m_subjectError->setObjectName(QStringLiteral("subjectError"));
    m_bodyEdit->setObjectName(QStringLiteral("body"));
    m_bodyError->setObjectName(QStringLiteral("bodyError"));
    m_phoneCallBox->setObjectName(QStringLiteral("phoneCall"));
    m_customerCombo->setObjectName(QStringLiteral("customer"));
    m_customerError->setObjectName(QStringLiteral("customerError"));
    m_requesterCombo->setObjectName(QStringLiteral("requester"));
    m_requesterError->setObjectName(QStringLiteral("requesterError"));
    m_directionCombo->setObjectName(QStringLiteral("direction"));
    m_durationSpin->setObjectName(QStringLiteral("duration"));
    m_priorityCombo->setObjectName(QStringLiteral("priority"));
    m_queueCombo->setObjectName(QStringLiteral("queue"));
    m_assigneeCombo->setObjectName(QStringLiteral("assignee"));
    m_tagsEdit->setObjectName(QStringLiteral("tags"));
    m_tagsError->setObjectName(QStringLiteral("tagsError"));

    const auto labelFor = [this](QWidget* buddy) {
        auto* label = new QLabel(this);
        label->setBuddy(buddy); // its "&" shortcut jumps to the field
        return label;
    };
    m_subjectLabel = labelFor(m_subjectEdit);
    m_bodyLabel = labelFor(m_bodyEdit);
    m_customerLabel = labelFor(m_customerCombo);
    m_requesterLabel = labelFor(m_requesterCombo);
    m_directionLabel = labelFor(m_directionCombo);
    m_durationLabel = labelFor(m_durationSpin);
    m_priorityLabel = labelFor(m_priorityCombo);
    m_queueLabel = labelFor(m_queueCombo);
    m_assigneeLabel = labelFor(m_assigneeCombo);
    m_tagsLabel = labelFor(m_tagsEdit);

    m_formWidget = new QWidget(this);
    m_form = new QFormLayout(m_formWidget);
    m_form->setContentsMargins(0, 0, 0, 0);
    m_form->addRow(m_phoneCallBox);
    m_form->addRow(m_customerLabel, withError(m_customerCombo, m_customerError, this));
    m_form->addRow(m_requesterLabel, withError(m_requesterCombo, m_requesterError, this));
    m_form->addRow(m_directionLabel, m_directionCombo);
    m_form->addRow(m_durationLabel, m_durationSpin);
    m_request = new RequestFieldsForm(m_connection, this);
    m_form->addRow(m_request);
    if (const auto me = m_connection->currentUser(); me && m_isCustomer)
        m_request->setCustomer(me->customerId);
    m_form->addRow(m_subjectLabel, withError(m_subjectEdit, m_subjectError, this));
    m_form->addRow(m_bodyLabel, withError(m_bodyEdit, m_bodyError, this));
    m_form->addRow(m_priorityLabel, m_priorityCombo);
    m_form->addRow(m_queueLabel, m_queueCombo);
    m_form->addRow(m_assigneeLabel, m_assigneeCombo);
    m_form->addRow(m_tagsLabel, withError(m_tagsEdit, m_tagsError, this));
    if (m_isCustomer) { // articles that may answer the request, while it is typed
        auto* suggestions = new KbSuggestions(m_connection, false, this);
        suggestions->watch(m_subjectEdit, m_bodyEdit);
        m_form->addRow(suggestions);
    }
    // Customers may not set these; the server refuses a ticket.create that names them.
    if (m_isCustomer) {
        for (QWidget* staffOnly :
            std::initializer_list<QWidget*> { m_phoneCallBox, m_customerLabel, m_requesterLabel,
                m_directionLabel, m_durationLabel, m_priorityLabel, m_queueLabel, m_assigneeLabel })
            m_form->setRowVisible(staffOnly, false);
    }

    m_statusLabel = new QLabel(this);
    m_statusLabel->setObjectName(QStringLiteral("status"));
    m_statusLabel->setTextFormat(Qt::PlainText);
    m_statusLabel->setWordWrap(true);
    m_statusLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_statusLabel->hide();

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_createButton = m_buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_createButton->setObjectName(QStringLiteral("create"));
    // accepted means "Create was pressed": the dialog accepts only once the server agreed.
    connect(m_buttons, &QDialogButtonBox::accepted, this, &NewTicketDialog::submit);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &NewTicketDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_formWidget, 1);
    layout->addWidget(m_statusLabel);
    layout->addWidget(m_buttons);

    // Tab follows the rows top to bottom, whatever order the widgets were made in.
    QWidget* const chain[] = { m_phoneCallBox, m_customerCombo, m_requesterCombo, m_directionCombo,
        m_durationSpin, m_subjectEdit, m_bodyEdit, m_priorityCombo, m_queueCombo, m_assigneeCombo,
        m_tagsEdit, m_createButton };
    for (std::size_t i = 1; i < std::size(chain); ++i)
        setTabOrder(chain[i - 1], chain[i]);

    connect(m_phoneCallBox, &QCheckBox::toggled, this, &NewTicketDialog::updatePhoneCallMode);
    connect(m_customerCombo, &QComboBox::currentTextChanged, this,
        &NewTicketDialog::populateRequesters);
    connect(m_customerCombo, &QComboBox::currentTextChanged, this,
        [this] { m_request->setCustomer(selectedCustomer()); });
    connect(m_requesterCombo, &QComboBox::currentIndexChanged, this,
        [this] { setFieldError(m_requesterError, {}); });
    // An error goes away as soon as its field is edited: the complaint is no longer current.
    connect(m_subjectEdit, &QLineEdit::textChanged, this,
        [this] { setFieldError(m_subjectError, {}); });
    connect(
        m_bodyEdit, &QPlainTextEdit::textChanged, this, [this] { setFieldError(m_bodyError, {}); });
    connect(m_tagsEdit, &QLineEdit::textChanged, this, [this] { setFieldError(m_tagsError, {}); });
}

void NewTicketDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void NewTicketDialog::retranslateUi()
{
    setWindowTitle(tr("New ticket"));
    m_subjectLabel->setText(tr("&Subject:"));
    m_phoneCallBox->setText(tr("&Phone call: log this on behalf of the contact who called"));
    m_customerLabel->setText(tr("C&ustomer:"));
    m_customerCombo->lineEdit()->setPlaceholderText(tr("No customer"));
    m_priorityLabel->setText(tr("P&riority:"));
    m_queueLabel->setText(tr("&Queue:"));
    m_assigneeLabel->setText(tr("&Assignee:"));
    m_tagsLabel->setText(tr("&Tags:"));
    m_tagsEdit->setPlaceholderText(tr("Comma separated, e.g. billing, vpn"));
    m_directionLabel->setText(tr("D&irection:"));
    m_durationLabel->setText(tr("Durati&on:"));
    m_durationSpin->setSuffix(tr(" min"));
    m_durationSpin->setSpecialValueText(tr("not recorded"));
    {
        const QSignalBlocker blocker(m_directionCombo);
        const int direction = m_directionCombo->count() > 0 ? m_directionCombo->currentIndex() : 0;
        m_directionCombo->clear();
        m_directionCombo->addItem(tr("Inbound: they called us"), int(CallDirection::Inbound));
        m_directionCombo->addItem(tr("Outbound: we called them"), int(CallDirection::Outbound));
        m_directionCombo->setCurrentIndex(direction);
    }
    m_createButton->setText(tr("&Create"));
    m_createButton->setToolTip(tr("Create the ticket (Ctrl+Enter)"));
    updatePhoneCallMode(); // the requester label and the body's placeholder

    const QSignalBlocker blocker(m_priorityCombo);
    const QVariant priority = m_priorityCombo->count() > 0 ? m_priorityCombo->currentData()
                                                           : QVariant(int(Priority::Normal));
    m_priorityCombo->clear();
    m_priorityCombo->addItem(tr("Low"), int(Priority::Low));
    m_priorityCombo->addItem(tr("Normal"), int(Priority::Normal));
    m_priorityCombo->addItem(tr("High"), int(Priority::High));
    m_priorityCombo->addItem(tr("Urgent"), int(Priority::Urgent));
    selectData(m_priorityCombo, priority);
    populatePickers(); // their first items ("No queue", "Me", ...) are translated texts

    if (m_statusText)
        m_statusLabel->setText(m_statusText());
    for (auto it = m_fieldErrors.cbegin(); it != m_fieldErrors.cend(); ++it)
        it.key()->setText(it.value()());
}

void NewTicketDialog::populatePickers()
{
    if (m_isCustomer)
        return;

    const QVariant queue = m_queueCombo->currentData();
    m_queueCombo->clear();
    m_queueCombo->addItem(tr("No queue"));
    const QVector<Queue> queues = m_directory->queues();
    for (const Queue& item : queues) {
        if (!item.archived()) // takes no new tickets
            m_queueCombo->addItem(item.name, item.id.value());
    }
    selectData(m_queueCombo, queue);

    const QVariant assignee = m_assigneeCombo->currentData();
    m_assigneeCombo->clear();
    m_assigneeCombo->addItem(tr("Unassigned"));
    if (m_me)
        m_assigneeCombo->addItem(tr("Me"), m_me->value());
    QVector<User> staff = m_directory->staff();
    staff.removeIf([this](const User& user) { return user.id == m_me; });
    AssigneeChoices::add(m_assigneeCombo, staff, m_presence);
    selectData(m_assigneeCombo, assignee);

    {
        // Refilling would clear what is typed; keep the text and let it pick the item again.
        const QSignalBlocker blocker(m_customerCombo);
        const QString text = m_customerCombo->currentText();
        m_customerCombo->clear();
        // A contact preset before the directory knew them brings their organisation along.
        if (m_pendingRequester && !m_pendingCustomer) {
            if (const auto user = m_directory->user(*m_pendingRequester))
                m_pendingCustomer = user->customerId;
        }
        const QVector<Customer> customers = m_directory->customers();
        for (const Customer& customer : customers)
            m_customerCombo->addItem(customer.name, customer.id.value());
        const int wanted
            = m_pendingCustomer ? m_customerCombo->findData(m_pendingCustomer->value()) : -1;
        if (wanted >= 0) {
            m_customerCombo->setCurrentIndex(wanted);
            m_pendingCustomer.reset();
        } else {
            // No item stands for "no customer": that is the empty text, with a placeholder.
            m_customerCombo->setCurrentIndex(-1);
            m_customerCombo->setEditText(text);
        }
    }
    populateRequesters();
}

void NewTicketDialog::populateRequesters()
{
    if (m_isCustomer)
        return;
    const bool call = m_phoneCallBox->isChecked();
    const QVariant requester = m_pendingRequester ? QVariant(m_pendingRequester->value())
                                                  : m_requesterCombo->currentData();
    m_requesterCombo->clear();
    // The agent never calls themselves: on a call the choice is among the customer's
    // contacts, and the first is taken until another is picked.
    if (!call)
        m_requesterCombo->addItem(tr("Me"));
    const auto customer = selectedCustomer();
    if (customer) {
        const QVector<User> users = m_directory->users();
        for (const User& user : users) {
            if (user.customerId == customer)
                m_requesterCombo->addItem(user.name, user.id.value());
        }
    }
    if (m_requesterCombo->count() == 0) // no data: validate() asks for a caller
        m_requesterCombo->addItem(
            customer ? tr("This customer has no contacts") : tr("Choose the customer first"));
    selectData(m_requesterCombo, requester);
    if (m_pendingRequester && m_requesterCombo->currentData() == requester)
        m_pendingRequester.reset();
    setFieldError(m_customerError, {}); // the customer changed: an old complaint is moot
}

void NewTicketDialog::updatePhoneCallMode()
{
    const bool call = m_phoneCallBox->isChecked();
    m_requesterLabel->setText(call ? tr("Ca&ller:") : tr("R&equester:"));
    // On a call the first message is the agent's notes, written by the agent.
    m_bodyLabel->setText(call ? tr("&Notes:") : tr("&Description:"));
    m_bodyEdit->setPlaceholderText(call
            ? tr("Your notes on the call: what the caller needs, what you agreed")
            : tr("What is the problem?"));
    if (!m_isCustomer) {
        m_form->setRowVisible(m_directionCombo, call);
        m_form->setRowVisible(m_durationSpin, call);
    }
    if (!call)
        setFieldError(m_requesterError, {});
    populateRequesters(); // "Me" is a requester, never a caller
}

void NewTicketDialog::saveDraft()
{
    Draft draft;
    draft.subject = m_subjectEdit->text();
    draft.body = m_bodyEdit->toPlainText();
    m_drafts->setDraft(DraftStore::kNewTicket, draft);
}

void NewTicketDialog::setPresence(PresenceBook* presence)
{
    m_presence = presence;
    if (presence)
        connect(presence, &PresenceBook::changed, this, &NewTicketDialog::populatePickers);
    populatePickers();
}

void NewTicketDialog::setCustomer(CustomerId customer)
{
    if (m_isCustomer)
        return;
    m_pendingCustomer = customer; // applied now, or once the directory has loaded
    populatePickers();
}

void NewTicketDialog::setRequester(UserId requester)
{
    if (m_isCustomer)
        return;
    m_pendingRequester = requester;
    if (const auto user = m_directory->user(requester); user && user->customerId)
        setCustomer(*user->customerId);
    else
        populateRequesters();
}

void NewTicketDialog::setPhoneCall(bool phoneCall)
{
    if (m_isCustomer)
        return;
    m_phoneCallBox->setChecked(phoneCall);
    // On a call the first question is who is calling.
    if (phoneCall && m_customerCombo->currentText().isEmpty())
        m_customerCombo->setFocus();
}

std::optional<CustomerId> NewTicketDialog::selectedCustomer(bool* unknown) const
{
    if (unknown)
        *unknown = false;
    const QString text = m_customerCombo->currentText().trimmed();
    if (m_isCustomer || text.isEmpty())
        return std::nullopt;
    // Prefer the picked item: two organisations may share a name.
    int index = m_customerCombo->currentIndex();
    if (index < 0 || m_customerCombo->itemText(index).compare(text, Qt::CaseInsensitive) != 0)
        index = m_customerCombo->findText(text, Qt::MatchFixedString); // case-insensitive
    if (index < 0) {
        if (unknown)
            *unknown = true;
        return std::nullopt;
    }
    return CustomerId(m_customerCombo->itemData(index).toLongLong());
}

std::optional<UserId> NewTicketDialog::selectedRequester() const
{
    const QVariant data = m_isCustomer ? QVariant() : m_requesterCombo->currentData();
    if (!data.isValid())
        return std::nullopt; // "Me": the server makes the caller the requester
    return UserId(data.toLongLong());
}

} // namespace helpdesk::client
