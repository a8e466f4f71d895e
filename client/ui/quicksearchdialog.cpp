// SPDX-License-Identifier: GPL-3.0-or-later
#include "quicksearchdialog.h"

#include "cannedbook.h"
#include "connection.h"
#include "errortext.h"
#include "everywheremodel.h"
#include "snippetdelegate.h"

#include <QApplication>
#include <QEvent>
#include <QJsonObject>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QRegularExpression>
#include <QVBoxLayout>

namespace helpdesk::client {

namespace {
constexpr int kTypingPauseMs = 250;
constexpr int kPerKind = 5;
constexpr int kMaxQueryChars = 500;

class CtrlKFilter : public QObject
{
public:
    explicit CtrlKFilter(QWidget* window)
        : QObject(window)
        , m_window(window)
    {
    }

    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() != QEvent::ShortcutOverride)
            return false;
        const auto* key = static_cast<QKeyEvent*>(event);
        const auto* widget = qobject_cast<QWidget*>(watched);
        if (key->key() != Qt::Key_K || key->modifiers() != Qt::ControlModifier || !widget
            || widget->window() != m_window)
            return false;
        event->ignore(); // not taken by the field: the shortcut map tries the window's shortcut
        return true;
    }

private:
    QWidget* m_window;
};
} // namespace

void QuickSearchDialog::letCtrlKThrough(QWidget* window)
{
    qApp->installEventFilter(new CtrlKFilter(window));
}

QuickSearchDialog::QuickSearchDialog(Connection* connection, CannedBook* canned,
    std::function<TicketId()> openTicket, QWidget* parent)
    : QDialog(parent)
    , m_connection(connection)
    , m_canned(canned)
    , m_openTicket(std::move(openTicket))
    , m_model(new EverywhereModel(this))
    , m_edit(new QLineEdit(this))
    , m_list(new QListView(this))
    , m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("quickSearch"));
    m_edit->setObjectName(QStringLiteral("quickSearchEdit"));
    m_edit->setMaxLength(kMaxQueryChars);
    m_edit->setClearButtonEnabled(true);
    m_edit->installEventFilter(this);
    m_list->setObjectName(QStringLiteral("quickSearchList"));
    m_list->setModel(m_model);
    m_list->setModelColumn(SearchResultsModel::SubjectColumn);
    m_list->setItemDelegate(new SnippetDelegate(m_list));
    m_list->setUniformItemSizes(true);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setFocusPolicy(Qt::NoFocus); // the keys stay in the box
    m_status->setObjectName(QStringLiteral("quickSearchStatus"));
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_edit);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_status);
    m_typing.setSingleShot(true);
    m_typing.setInterval(kTypingPauseMs);
    connect(&m_typing, &QTimer::timeout, this, &QuickSearchDialog::searchNow);
    connect(m_edit, &QLineEdit::textEdited, this, [this] { m_typing.start(); });
    connect(m_list, &QListView::activated, this,
        [this](const QModelIndex& index) { activateRow(index.row()); });
    connect(m_list, &QListView::clicked, this,
        [this](const QModelIndex& index) { activateRow(index.row()); });
    retranslate();
    resize(640, 520);
}

void QuickSearchDialog::start()
{
    show();
    raise();
    activateWindow();
    m_edit->setFocus();
    m_edit->selectAll();
}

void QuickSearchDialog::searchNow()
{
    m_typing.stop();
    const QString text = m_edit->text();
    const int generation = ++m_generation;
    // The server wants a word; punctuation alone finds nothing and is not sent.
    static const QRegularExpression word(QStringLiteral("[\\p{L}\\p{N}]"));
    if (!text.contains(word) || !m_connection) {
        m_model->clearResults();
        m_status->clear();
        return;
    }
    m_status->setText(tr("Searching…"));
    m_connection->call(
        QStringLiteral("search.everywhere"),
        QJsonObject { { QStringLiteral("query"), text }, { QStringLiteral("limit"), kPerKind } },
        this,
        [this, generation](const QJsonValue& result) {
            if (generation != m_generation)
                return;
            m_model->setResult(result.toObject());
            m_status->setText(m_model->itemCount() == 0 ? tr("Nothing found.") : QString());
            select(m_model->nextItemRow(-1, 1));
            emit resultsShown();
        },
        [this, generation](const rpc::Error& error) {
            if (generation != m_generation)
                return;
            m_model->clearResults();
            m_status->setText(errorText(error));
            emit resultsShown();
        });
}

void QuickSearchDialog::select(int row)
{
    if (row < 0)
        return;
    const QModelIndex index = m_model->index(row, SearchResultsModel::SubjectColumn);
    m_list->setCurrentIndex(index);
    m_list->scrollTo(index);
}

void QuickSearchDialog::activateRow(int row)
{
    const QModelIndex index = m_model->index(row, SearchResultsModel::SubjectColumn);
    const QString kind = index.data(EverywhereModel::KindRole).toString();
    const qint64 id = index.data(EverywhereModel::IdRole).toLongLong();
    if (kind.isEmpty() || id <= 0)
        return;
    if (kind == QLatin1String("canned")) {
        insertCanned(id);
        return;
    }
    if (kind == QLatin1String("tickets"))
        emit ticketChosen(TicketId(id));
    else if (kind == QLatin1String("contacts"))
        emit ticketsChosen(
            CustomerId(index.data(EverywhereModel::CustomerRole).toLongLong()), UserId(id));
    else if (kind == QLatin1String("organisations"))
        emit ticketsChosen(CustomerId(id), std::nullopt);
    else if (kind == QLatin1String("articles"))
        emit articleChosen(id);
    hide();
}

void QuickSearchDialog::insertCanned(qint64 response)
{
    const TicketId ticket = m_openTicket ? m_openTicket() : TicketId();
    if (!ticket.isValid() || !m_canned) {
        m_status->setText(tr("Open a ticket first: a canned response goes into its reply."));
        return;
    }
    m_canned->render(
        response, ticket, this,
        [this](const QString& text) {
            emit replyTextChosen(text);
            hide();
        },
        [this](const rpc::Error& error) { m_status->setText(errorText(error)); });
}

bool QuickSearchDialog::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_edit && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent*>(event)->key();
        const int current = m_list->currentIndex().row();
        if (key == Qt::Key_Down || key == Qt::Key_Up) {
            const int next = m_model->nextItemRow(current, key == Qt::Key_Down ? 1 : -1);
            select(next);
            return true;
        }
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            if (m_typing.isActive()) // typed and pressed Enter at once: search first
                searchNow();
            else if (current >= 0)
                activateRow(current);
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

void QuickSearchDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void QuickSearchDialog::hideEvent(QHideEvent* event)
{
    // The keyboard goes back to the main window (a desktop without a window manager would
    // leave no window active, and its shortcuts dead).
    if (QWidget* owner = parentWidget())
        owner->window()->activateWindow();
    QDialog::hideEvent(event);
}

void QuickSearchDialog::retranslate()
{
    setWindowTitle(tr("Search everywhere"));
    m_edit->setPlaceholderText(tr("Tickets, contacts, organisations, articles, canned responses…"));
}

} // namespace helpdesk::client
