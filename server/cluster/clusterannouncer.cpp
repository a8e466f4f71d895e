// SPDX-License-Identifier: GPL-3.0-or-later
#include "clusterannouncer.h"

#include "clusterpayload.h"

namespace helpdesk::server {

BeforeCommitHook clusterAnnouncer(const QString& instanceId, const QString& channel)
{
    return [instanceId, channel](Db& db, const EventList& committed) {
        if (!db.isPostgres() || channel.isEmpty())
            return;
        QVector<ClusterEvent> events;
        for (const PushEvent& event : committed) {
            if (event.cluster)
                events << *event.cluster;
        }
        QString error;
        if (!notifyCluster(
                db.handle(), channel, encodeClusterPayloads(instanceId, events), &error))
            throw SqlError(QStringLiteral("NOTIFY failed: %1").arg(error));
    };
}

} // namespace helpdesk::server
