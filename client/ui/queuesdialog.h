// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/types.h"

#include <QDialog>
#include <QPointer>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace helpdesk::client {

class Connection;
class DirectoryCache;

// Queue administration for leads and admins (issue 12): name, kind, archive, members and
// leads, automatic assignment and reassignment after an absence. Admins see every queue, a
// lead the queues they lead. Saving sends only what changed (queue.update, queue.setMembers);
// "New queue" creates one (queue.create). Changes made elsewhere arrive as queue.changed.
class QueuesDialog : public QDialog
{
    Q_OBJECT
public:
    QueuesDialog(Connection* connection, DirectoryCache* directory, QWidget* parent = nullptr);

    // The queue being edited; invalid while a new one is being written.
    QueueId currentQueue() const { return m_current; }

public slots:
    void newQueue();
    void save();

private:
    void fillList();
    void show(const Queue& queue);
    QVector<QueueMember> chosenMembers() const;
    QJsonObject changedSettings(const Queue& before) const;
    void saveMembers(QueueId id, const QVector<QueueMember>& before);
    void fail(const QString& text);
    void retranslate();

    QPointer<Connection> m_connection;
    QPointer<DirectoryCache> m_directory;
    QueueId m_current;
    bool m_admin = false;
    QFormLayout* m_form;
    QListWidget* m_list;
    QPushButton* m_new;
    QLineEdit* m_name;
    QComboBox* m_kind;
    QCheckBox* m_archived;
    QComboBox* m_mode;
    QSpinBox* m_reassign;
    QTableWidget* m_members;
    QLabel* m_error;
    QPushButton* m_save;
};

} // namespace helpdesk::client
