// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <QVector>

namespace helpdesk::server::alerts {

// Prometheus Alertmanager's webhook body (version 4) as alert.fire params, one per alert:
// key = the alert's fingerprint (else its alertname and labels), summary = the summary
// annotation (else alertname and instance), description, severity/host/service from the
// labels (host: `instance` without its port, or `host`; service: `service`, else `job`), every
// label. Over-long values are cut to alert.fire's limits; an unknown severity becomes none.
// Empty with `error` set when the body is not such a document.
QVector<QJsonObject> alertsFromAlertmanager(const QByteArray& body, QString* error);

} // namespace helpdesk::server::alerts
