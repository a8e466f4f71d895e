// SPDX-License-Identifier: GPL-3.0-or-later
#include "announcementsdialog.h"

#include "announcementbanner.h"
#include "announcementboard.h"
#include "announcementeditor.h"
#include "connection.h"
#include "errortext.h"
#include "protocol/methods.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QVBoxLayout>

namespace helpdesk::client {

namespace {
constexpr int kListLimit = 200;

QString stateName(const QString& state)
{
    if (state == QLatin1String("upcoming"))
        return AnnouncementsDialog::tr("upcoming");
    if (state == QLatin1String("ended"))
        return AnnouncementsDialog::tr("ended");
    if (state == QLatin1String("withdrawn"))
        return AnnouncementsDialog::tr("withdrawn");
    return AnnouncementsDialog::tr("now");
}
} // namespace

AnnouncementsDialog::AnnouncementsDialog(
    Connection* connection, AnnouncementBoard* board, QWidget* parent)
    : QDialog(parent)
    , m_connection(connection)
    , m_list(new QListWidget(this))
    , m_text(new QPlainTextEdit(this))
{
    setObjectName(QStringLiteral("announcementsDialog"));
    setWindowTitle(tr("Announcements"));
    const auto user = connection->currentUser();
    const bool staff = user && isStaff(user->role);
    m_canPublish = user && (user->role == Role::Admin || user->role == Role::Lead);
    m_list->setObjectName(QStringLiteral("announcementList"));
    m_text->setObjectName(QStringLiteral("announcementFullText"));
    m_text->setReadOnly(true);

    auto* layout = new QVBoxLayout(this);
    if (staff) {
        m_states = new QComboBox(this);
        m_states->addItem(tr("Current and upcoming"), QStringList { QStringLiteral("current"), QStringLiteral("upcoming") });
        m_states->addItem(tr("All"), QStringList());
        m_states->addItem(tr("Ended"), QStringList { QStringLiteral("ended") });
        m_states->addItem(tr("Withdrawn"), QStringList { QStringLiteral("withdrawn") });
        connect(m_states, &QComboBox::currentIndexChanged, this, &AnnouncementsDialog::reload);
        layout->addWidget(m_states);
    }
    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_list);
    splitter->addWidget(m_text);
    layout->addWidget(splitter, 1);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    if (m_canPublish) {
        auto* create = buttons->addButton(tr("New…"), QDialogButtonBox::ActionRole);
        create->setObjectName(QStringLiteral("newAnnouncement"));
        m_edit = buttons->addButton(tr("Edit…"), QDialogButtonBox::ActionRole);
        m_edit->setObjectName(QStringLiteral("editAnnouncement"));
        m_withdraw = buttons->addButton(tr("Withdraw"), QDialogButtonBox::ActionRole);
        m_withdraw->setObjectName(QStringLiteral("withdrawAnnouncement"));
        connect(create, &QPushButton::clicked, this, [this] { openEditor(false)->open(); });
        connect(m_edit, &QPushButton::clicked, this, [this] {
            if (auto* editor = openEditor(true))
                editor->open();
        });
        connect(m_withdraw, &QPushButton::clicked, this, &AnnouncementsDialog::withdrawSelected);
    }
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_list, &QListWidget::currentRowChanged, this, &AnnouncementsDialog::showSelected);
    connect(board, &AnnouncementBoard::changed, this, &AnnouncementsDialog::reload);
    resize(640, 520);
    reload();
}

void AnnouncementsDialog::reload()
{
    if (!m_connection)
        return;
    QJsonObject filter;
    if (m_states)
        filter.insert(QStringLiteral("state"), QJsonArray::fromStringList(m_states->currentData().toStringList()));
    m_connection->call(QString(method::AnnouncementList),
        QJsonObject { { QStringLiteral("filter"), filter }, { QStringLiteral("limit"), kListLimit } },
        this, [this](const QJsonValue& result) { showItems(result.toObject()); });
}

void AnnouncementsDialog::showItems(const QJsonObject& result)
{
    const qint64 current = m_list->currentItem() ? m_list->currentItem()->data(Qt::UserRole).toLongLong() : 0;
    m_list->clear();
    m_items.clear();
    const QString language = QLocale().name();
    for (const QJsonValue& value : result.value(QLatin1String("items")).toArray()) {
        const QJsonObject announcement = value.toObject();
        const qint64 id = announcement.value(QLatin1String("id")).toInteger();
        m_items.insert(id, announcement);
        auto* item = new QListWidgetItem(tr("%1 · %2 · %3 (%4)")
                                             .arg(AnnouncementBanner::kindName(announcement.value(QLatin1String("kind")).toString()),
                                                 AnnouncementBoard::textOf(announcement, language).title,
                                                 AnnouncementBanner::windowText(announcement),
                                                 stateName(announcement.value(QLatin1String("state")).toString())),
            m_list);
        item->setData(Qt::UserRole, id);
        if (id == current)
            m_list->setCurrentItem(item);
    }
    if (!m_list->currentItem() && m_list->count() > 0)
        m_list->setCurrentRow(0);
    showSelected();
    emit loaded();
}

std::optional<QJsonObject> AnnouncementsDialog::selected() const
{
    if (!m_list->currentItem())
        return std::nullopt;
    const auto it = m_items.constFind(m_list->currentItem()->data(Qt::UserRole).toLongLong());
    return it == m_items.constEnd() ? std::nullopt : std::optional<QJsonObject>(*it);
}

void AnnouncementsDialog::showSelected()
{
    const auto announcement = selected();
    if (m_edit)
        m_edit->setEnabled(announcement && announcement->value(QLatin1String("withdrawnAt")).isNull());
    if (m_withdraw)
        m_withdraw->setEnabled(announcement && announcement->value(QLatin1String("withdrawnAt")).isNull());
    if (!announcement) {
        m_text->setPlainText(tr("No announcements."));
        return;
    }
    const AnnouncementBoard::Text text = AnnouncementBoard::textOf(*announcement, QLocale().name());
    m_text->setPlainText(QStringLiteral("%1\n%2\n\n%3").arg(text.title,
        AnnouncementBanner::windowText(*announcement), text.body));
}

AnnouncementEditor* AnnouncementsDialog::openEditor(bool forSelected)
{
    const auto announcement = forSelected ? selected() : std::nullopt;
    if (forSelected && !announcement)
        return nullptr;
    auto* editor = new AnnouncementEditor(m_connection, announcement, this);
    editor->setAttribute(Qt::WA_DeleteOnClose);
    connect(editor, &AnnouncementEditor::saved, this, &AnnouncementsDialog::reload);
    return editor;
}

void AnnouncementsDialog::withdrawSelected()
{
    const auto announcement = selected();
    if (!announcement)
        return;
    if (QMessageBox::question(this, tr("Withdraw announcement"),
            tr("Withdraw this announcement? Customers will no longer see it."))
        != QMessageBox::Yes)
        return;
    m_connection->call(QString(method::AnnouncementWithdraw),
        QJsonObject { { QStringLiteral("id"), announcement->value(QLatin1String("id")) },
            { QStringLiteral("version"), announcement->value(QLatin1String("version")) } },
        this, [this](const QJsonValue&) { reload(); },
        [this](const rpc::Error& error) {
            QMessageBox::warning(this, tr("Withdraw announcement"), errorText(error));
            reload();
        });
}

} // namespace helpdesk::client
