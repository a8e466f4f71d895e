// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The guided part of the new-ticket form (issue 11): the request type, then the questions it
// asks (what is affected, from the organisation's services; since when; the exact error;
// what was tried; and the type's own fields), each with an editor for its kind.

#include "domain/types.h"
#include "protocol/jsonrpc.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QPointer>
#include <QWidget>

#include <optional>

QT_BEGIN_NAMESPACE
class QComboBox;
class QFormLayout;
class QLabel;
QT_END_NAMESPACE

namespace helpdesk::client {

class Connection;

class RequestFieldsForm : public QWidget
{
    Q_OBJECT

public:
    explicit RequestFieldsForm(Connection* connection, QWidget* parent = nullptr);

    // The organisation the request is for: its services fill the service pickers.
    void setCustomer(std::optional<CustomerId> customer);
    // The chosen type; nullopt for a request without one.
    std::optional<qint64> requestTypeId() const;
    QJsonObject fields() const;
    // Marks the first required field without an answer; false when there is one.
    bool validate();
    // Shows the server's complaint about an answer (1022 fields.KEY) next to that field;
    // false when the error names no field of this form.
    bool showError(const rpc::Error& error);
    // The translated label of a common field (affected, since, error, tried); "" for others.
    static QString commonLabel(const QString& key);

protected:
    void changeEvent(QEvent* event) override;

private:
    struct Editor
    {
        QJsonObject field; // the RequestField
        QLabel* label = nullptr;
        QWidget* widget = nullptr;
    };

    void retranslate();
    void rebuild();
    void fillServices(QComboBox* combo) const;
    QString labelOf(const QJsonObject& field) const;
    QJsonValue valueOf(const Editor& editor) const;
    void setError(const QString& text);

    QPointer<Connection> m_connection;
    QJsonArray m_types;
    QJsonArray m_services;
    std::optional<CustomerId> m_customer;
    QLabel* m_typeLabel;
    QComboBox* m_typeCombo;
    QLabel* m_sensitiveNote;
    QFormLayout* m_fieldsLayout;
    QLabel* m_error;
    QVector<Editor> m_editors;
};

} // namespace helpdesk::client
