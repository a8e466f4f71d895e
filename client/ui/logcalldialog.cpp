// SPDX-License-Identifier: GPL-3.0-or-later
#include "logcalldialog.h"

#include "directorycache.h"
#include "outbox.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QVBoxLayout>

#include <algorithm>

namespace helpdesk::client {

namespace {

constexpr int kMaxMinutes = 24 * 60; // the server takes up to 86,400 seconds
constexpr int kMaxNotesChars = 1'000'000;

} // namespace

LogCallDialog::LogCallDialog(
    const Ticket& ticket, DirectoryCache* directory, Outbox* outbox, QWidget* parent)
    : QDialog(parent)
    , m_ticket(ticket)
    , m_directory(directory)
    , m_outbox(outbox)
{
    m_intro = new QLabel(this);
    m_intro->setTextFormat(Qt::PlainText); // quotes the subject
    m_intro->setWordWrap(true);
    m_caller = new QComboBox(this);
    m_caller->setObjectName(QStringLiteral("caller"));
    m_caller->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_caller->setMinimumContentsLength(24);
    m_direction = new QComboBox(this);
    m_direction->setObjectName(QStringLiteral("direction"));
    m_duration = new QSpinBox(this);
    m_duration->setObjectName(QStringLiteral("duration"));
    m_duration->setRange(0, kMaxMinutes);
    m_notes = new QPlainTextEdit(this);
    m_notes->setObjectName(QStringLiteral("notes"));
    m_notes->setTabChangesFocus(true);
    m_notes->setMinimumHeight(m_notes->fontMetrics().lineSpacing() * 7);
    m_notes->setMinimumWidth(m_notes->fontMetrics().averageCharWidth() * 56);
    m_notesError = new QLabel(this);
    m_notesError->setObjectName(QStringLiteral("notesError"));
    m_notesError->setTextFormat(Qt::PlainText);
    m_notesError->setWordWrap(true);
    m_notesError->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_notesError->hide();
    m_internal = new QCheckBox(this);
    m_internal->setObjectName(QStringLiteral("internal"));

    const auto labelFor = [this](QWidget* buddy) {
        auto* label = new QLabel(this);
        label->setBuddy(buddy);
        return label;
    };
    m_callerLabel = labelFor(m_caller);
    m_directionLabel = labelFor(m_direction);
    m_durationLabel = labelFor(m_duration);
    m_notesLabel = labelFor(m_notes);

    auto* notesBox = new QWidget(this);
    auto* notesLayout = new QVBoxLayout(notesBox);
    notesLayout->setContentsMargins(0, 0, 0, 0);
    notesLayout->addWidget(m_notes);
    notesLayout->addWidget(m_notesError);

    auto* form = new QFormLayout;
    form->addRow(m_callerLabel, m_caller);
    form->addRow(m_directionLabel, m_direction);
    form->addRow(m_durationLabel, m_duration);
    form->addRow(m_notesLabel, notesBox);
    form->addRow(m_internal);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_log = m_buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_log->setObjectName(QStringLiteral("logCall"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &LogCallDialog::submit);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &LogCallDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(form, 1);
    layout->addWidget(m_buttons);

    connect(m_notes, &QPlainTextEdit::textChanged, this, [this] { m_notesError->hide(); });
    if (m_directory)
        connect(m_directory, &DirectoryCache::changed, this, &LogCallDialog::populateCallers);
    retranslate(); // also fills the pickers
    m_notes->setFocus();
}

void LogCallDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void LogCallDialog::retranslate()
{
    setWindowTitle(tr("Log a call"));
    m_intro->setText(
        tr("A phone call about #%1 %2").arg(m_ticket.id.value()).arg(m_ticket.subject));
    m_callerLabel->setText(tr("&Caller:"));
    m_directionLabel->setText(tr("&Direction:"));
    m_durationLabel->setText(tr("Durati&on:"));
    m_duration->setSuffix(tr(" min"));
    m_duration->setSpecialValueText(tr("not recorded"));
    m_notesLabel->setText(tr("&Notes:"));
    m_notes->setPlaceholderText(tr("What was said and agreed, in your words"));
    m_internal->setText(tr("&Internal: only staff see this call"));
    m_log->setText(tr("&Log call"));

    const QSignalBlocker blocker(m_direction);
    const int direction = m_direction->count() > 0 ? m_direction->currentIndex() : 0;
    m_direction->clear();
    m_direction->addItem(tr("Inbound: they called us"), int(CallDirection::Inbound));
    m_direction->addItem(tr("Outbound: we called them"), int(CallDirection::Outbound));
    m_direction->setCurrentIndex(direction);
    populateCallers();
}

void LogCallDialog::populateCallers()
{
    const QVariant chosen
        = m_caller->count() > 0 ? m_caller->currentData() : QVariant(m_ticket.requesterId.value());
    const QSignalBlocker blocker(m_caller);
    m_caller->clear();
    // The organisation's contacts; the requester is always offered, even when it is not one
    // of them (a ticket without an organisation, or filed for a colleague).
    QVector<User> people;
    if (m_directory && m_ticket.customerId) {
        const QVector<User> users = m_directory->users();
        for (const User& user : users) {
            if (user.customerId == m_ticket.customerId)
                people << user;
        }
    }
    const bool requesterListed = std::any_of(people.cbegin(), people.cend(),
        [this](const User& user) { return user.id == m_ticket.requesterId; });
    if (!requesterListed) {
        QString name = m_directory ? m_directory->userName(m_ticket.requesterId) : QString();
        if (name.isEmpty())
            name = tr("User #%1").arg(m_ticket.requesterId.value());
        m_caller->addItem(name, m_ticket.requesterId.value());
    }
    for (const User& user : std::as_const(people))
        m_caller->addItem(user.name, user.id.value());
    const int index = m_caller->findData(chosen);
    m_caller->setCurrentIndex(index >= 0 ? index : 0);
}

NewMessage LogCallDialog::message() const
{
    NewMessage message;
    message.ticketId = m_ticket.id;
    message.body = m_notes->toPlainText();
    message.internal = m_internal->isChecked();
    CallLog call;
    if (const QVariant caller = m_caller->currentData(); caller.isValid())
        call.callerId = UserId(caller.toLongLong());
    call.direction = CallDirection(m_direction->currentData().toInt());
    call.durationSeconds = qint64(m_duration->value()) * 60;
    message.call = call;
    return message;
}

void LogCallDialog::setMessage(const NewMessage& message)
{
    m_notes->setPlainText(message.body);
    m_internal->setChecked(message.internal);
    if (message.call) {
        const QVariant caller = message.call->callerId
            ? QVariant(message.call->callerId->value())
            : QVariant();
        if (const int row = m_caller->findData(caller); row >= 0)
            m_caller->setCurrentIndex(row);
        if (const int row = m_direction->findData(int(message.call->direction)); row >= 0)
            m_direction->setCurrentIndex(row);
        m_duration->setValue(int((message.call->durationSeconds + 59) / 60));
    }
}

void LogCallDialog::submit()
{
    const QString notes = m_notes->toPlainText();
    QString problem;
    if (notes.trimmed().isEmpty())
        problem = tr("Write down what the call was about.");
    else if (notes.size() > kMaxNotesChars)
        problem = tr("The notes are too long: at most %1 characters are allowed.")
                      .arg(locale().toString(kMaxNotesChars));
    if (!problem.isEmpty()) {
        m_notesError->setText(problem);
        m_notesError->show();
        m_notes->setFocus();
        return;
    }
    if (!m_outbox)
        return;
    m_outbox->enqueue(message());
    emit logged(m_ticket.id);
    accept();
}

} // namespace helpdesk::client
