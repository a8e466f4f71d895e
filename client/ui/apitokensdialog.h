// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QJsonArray>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QStandardItemModel;
class QTableView;

namespace helpdesk::client {

class Connection;

// API tokens of service accounts (administrators; docs/admin.md "Monitoring alerts"): the list
// (never a secret), a new token whose secret is shown once with a Copy button, and revoking
// one after a confirmation.
class ApiTokensDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ApiTokensDialog(Connection* connection, QWidget* parent = nullptr);

    QTableView* table() const { return m_table; }
    // The secret of the token just created ("" when none is shown).
    QString shownSecret() const;
    // Asks, then revokes the selected live token.
    void revokeSelected();
    void reload();

signals:
    void listLoaded();
    void tokenCreated();
    void tokenRevoked();

protected:
    void changeEvent(QEvent* event) override;

private:
    void create();
    void fillTable();
    void updateButtons();
    void retranslate();

    Connection* m_connection;
    QJsonArray m_tokens;
    QTableView* m_table;
    QStandardItemModel* m_model;
    QCheckBox* m_showRevoked;
    QLabel* m_nameLabel;
    QLineEdit* m_name;
    QCheckBox* m_alertsScope;
    QPushButton* m_create;
    QPushButton* m_revoke;
    QLabel* m_secretNote;
    QLineEdit* m_secret;
    QPushButton* m_copy;
    QLabel* m_error;
    QPushButton* m_close;
};

} // namespace helpdesk::client
