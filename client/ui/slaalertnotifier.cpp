// SPDX-License-Identifier: GPL-3.0-or-later
#include "slaalertnotifier.h"

#include "connection.h"
#include "domain/types.h"

#include <QLocale>
#include <QSystemTrayIcon>

namespace helpdesk::client {

SlaAlertNotifier::SlaAlertNotifier(Connection* connection, QSystemTrayIcon* tray, QObject* parent)
    : QObject(parent)
    , m_tray(tray)
{
    connect(connection, &Connection::slaAlert, this, [this](const QJsonObject& alert) {
        const QString heading = title(alert);
        const QString body = text(alert);
        if (m_tray)
            m_tray->showMessage(heading, body, QSystemTrayIcon::Warning);
        emit shown(heading, body);
    });
}

QString SlaAlertNotifier::title(const QJsonObject& alert)
{
    const QString level = alert.value(QLatin1String("level")).toString();
    const QString target = alert.value(QLatin1String("target")).toString();
    if (level == QLatin1String("urgent"))
        return tr("New urgent ticket");
    if (target == QLatin1String("csat"))
        return tr("A customer rated a solution bad");
    const QString what = target == QLatin1String("firstResponse") ? tr("First response")
        : target == QLatin1String("nextResponse")                 ? tr("Next response")
                                                                  : tr("Resolution");
    return level == QLatin1String("breach") ? tr("SLA breached: %1").arg(what)
                                            : tr("SLA due soon: %1").arg(what);
}

QString SlaAlertNotifier::text(const QJsonObject& alert)
{
    QString line = tr("#%1 %2")
                       .arg(alert.value(QLatin1String("ticketId")).toInteger())
                       .arg(alert.value(QLatin1String("subject")).toString());
    const QDateTime due = fromWireTime(alert.value(QLatin1String("dueAt")).toString());
    if (due.isValid() && alert.value(QLatin1String("target")).toString() != QLatin1String("csat"))
        line += QLatin1Char('\n') + tr("Due %1").arg(QLocale().toString(due.toLocalTime(), QLocale::ShortFormat));
    return line;
}

} // namespace helpdesk::client
