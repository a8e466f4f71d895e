// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Help → Announcements… (issue 11): the announcements that concern the user with their full
// texts; staff choose which (current and upcoming, all, ended, withdrawn), and leads and
// admins publish, edit and withdraw from here. Follows the pushes through the board.

#include <QDialog>
#include <QHash>
#include <QJsonObject>
#include <QPointer>

QT_BEGIN_NAMESPACE
class QComboBox;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
QT_END_NAMESPACE

namespace helpdesk::client {

class AnnouncementBoard;
class AnnouncementEditor;
class Connection;

class AnnouncementsDialog : public QDialog
{
    Q_OBJECT

public:
    AnnouncementsDialog(Connection* connection, AnnouncementBoard* board, QWidget* parent = nullptr);

    // Opens the editor for a new announcement (nullopt) or the selected one; for the menu and
    // tests.
    AnnouncementEditor* openEditor(bool forSelected);
    void reload();

Q_SIGNALS:
    // announcement.list answered and the list shows it.
    void loaded();

private:
    void showItems(const QJsonObject& result);
    void showSelected();
    void withdrawSelected();
    std::optional<QJsonObject> selected() const;

    QPointer<Connection> m_connection;
    bool m_canPublish = false;
    QComboBox* m_states = nullptr;
    QListWidget* m_list;
    QPlainTextEdit* m_text;
    QPushButton* m_edit = nullptr;
    QPushButton* m_withdraw = nullptr;
    QHash<qint64, QJsonObject> m_items;
};

} // namespace helpdesk::client
