// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The announcements that concern the logged-in user (issue 11): read with announcement.list
// at login and after a resync, kept current by the announcement.* pushes, with the ones the
// user dismissed from the banner remembered per server and user. No widgets: the banner and
// the Announcements dialog draw it.

#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QTimer>
#include <QVector>

namespace helpdesk::client {

class Connection;

class AnnouncementBoard : public QObject
{
    Q_OBJECT

public:
    struct Text
    {
        QString title;
        QString body;
    };

    explicit AnnouncementBoard(Connection* connection, QObject* parent = nullptr);

    // Open announcements (neither withdrawn nor ended), the soonest start first.
    QVector<QJsonObject> open() const;
    // What the banner shows: open and not dismissed.
    QVector<QJsonObject> banner() const;
    void dismiss(qint64 id);
    bool isDismissed(qint64 id) const { return m_dismissed.contains(id); }
    void reload();

    // The text to show: the one in `language` (or its language part) from `texts` when there
    // is one, else the server's choice (title/body), which already followed the fallback.
    static Text textOf(const QJsonObject& announcement, const QString& language);
    // Whether the object is neither withdrawn nor ended at `nowMs`.
    static bool isOpen(const QJsonObject& announcement, qint64 nowMs);

Q_SIGNALS:
    void changed();

private:
    void apply(const QJsonObject& announcement);
    void remove(qint64 id);
    void expire();
    QString settingsKey() const;
    void loadDismissed();

    QPointer<Connection> m_connection;
    QHash<qint64, QJsonObject> m_items;
    QSet<qint64> m_dismissed;
    QTimer m_expiry; // fires at the next end of an announcement shown
};

} // namespace helpdesk::client
