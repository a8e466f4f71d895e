// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ticketquery.h"

#include <QObject>
#include <QPointer>
#include <QVector>

namespace helpdesk::client {

class Connection;

// The user's saved views (issue 12: view.list, view.save, view.delete), kept on the server:
// loaded after login, re-read after every change made here.
class PersonalViews : public QObject
{
    Q_OBJECT
public:
    struct View
    {
        qint64 id = 0;
        QString name;
        TicketQuery query;
    };

    explicit PersonalViews(Connection* connection, QObject* parent = nullptr);

    QVector<View> views() const { return m_views; }
    void reload();
    // Saves the query under this name (a new view); errors come as failed().
    void save(const QString& name, const TicketQuery& query);
    void remove(qint64 id);

Q_SIGNALS:
    void changed();
    void failed(const QString& text);

private:
    QPointer<Connection> m_connection;
    QVector<View> m_views;
};

} // namespace helpdesk::client
