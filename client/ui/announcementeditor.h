// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Publishing or editing an announcement (leads and admins, issue 11): kind, audience
// (everyone, chosen organisations, organisations with a service of a kind), the time window,
// and a title and text per language. An edit sends only the fields changed, with the version
// it started from; when a colleague saved first (1009), their version is shown instead.

#include <QDialog>
#include <QJsonObject>
#include <QPointer>

#include <optional>

QT_BEGIN_NAMESPACE
class QComboBox;
class QDateTimeEdit;
class QLabel;
class QListWidget;
class QTabWidget;
QT_END_NAMESPACE

namespace helpdesk::client {

class Connection;

class AnnouncementEditor : public QDialog
{
    Q_OBJECT

public:
    // `existing`: the Announcement to edit (staff view); nullopt publishes a new one.
    AnnouncementEditor(Connection* connection, const std::optional<QJsonObject>& existing,
        QWidget* parent = nullptr);

    // The announcement.save params for what the form holds now: everything for a new one,
    // for an edit the id, the version and only the fields that differ from it.
    QJsonObject saveParams() const;
    // Adds a language tab (or selects it) and fills it; for tests and the "Add" button.
    void setText(const QString& language, const QString& title, const QString& body);

Q_SIGNALS:
    // announcement.save answered with this Announcement.
    void saved(const QJsonObject& announcement);

private:
    void load(const QJsonObject& announcement);
    void loadCustomers();
    void updateAudience();
    void save();
    QJsonObject formValues() const;

    QPointer<Connection> m_connection;
    std::optional<QJsonObject> m_original;
    QComboBox* m_kind;
    QComboBox* m_audience;
    QListWidget* m_customers;
    QComboBox* m_serviceKind;
    QDateTimeEdit* m_starts;
    QDateTimeEdit* m_ends;
    QTabWidget* m_texts;
    QComboBox* m_newLanguage;
    QLabel* m_error;
};

} // namespace helpdesk::client
