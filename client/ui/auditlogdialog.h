// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "admintypes.h"

#include <QDialog>
#include <QHash>

class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QLabel;
class QPushButton;
class QStandardItemModel;
class QTableView;

namespace helpdesk::client {

class Connection;

// The audit log (administrators): who did what, when, from which address, with the old and
// new values; filtered by user, action and time range, a page at a time, newest first.
class AuditLogDialog : public QDialog
{
    Q_OBJECT
public:
    explicit AuditLogDialog(Connection* connection, QWidget* parent = nullptr);

    QTableView* table() const { return m_table; }
    const QVector<AuditEntry>& entries() const { return m_entries; }
    // Entries per page (100 by default; tests page with fewer).
    void setPageSize(int size);
    // Applies the filters and shows the newest page.
    void applyFilters();
    void olderPage();
    void newerPage();

    // "Failed login", "User changed", ... for an action's wire name.
    static QString actionText(const QString& action);
    // "phone: 01 234 → 01 999; enabled: true → false"
    static QString detailsText(const QJsonObject& details);

signals:
    void pageLoaded();

private:
    void loadNames();
    void load();
    void fillTable();
    QString userName(std::optional<qint64> id) const;

    Connection* m_connection;
    AuditFilter m_filter;
    QVector<std::optional<qint64>> m_pageStarts; // beforeId of each page shown so far
    QVector<AuditEntry> m_entries;
    QHash<qint64, QString> m_userNames;
    QHash<qint64, QString> m_customerNames;
    QComboBox* m_user;
    QComboBox* m_action;
    QCheckBox* m_sinceSet;
    QDateTimeEdit* m_since;
    QCheckBox* m_untilSet;
    QDateTimeEdit* m_until;
    QStandardItemModel* m_model;
    QTableView* m_table;
    QPushButton* m_newer;
    QPushButton* m_older;
    QLabel* m_page;
    QLabel* m_error;
};

} // namespace helpdesk::client
