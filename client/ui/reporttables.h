// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>
#include <QVariantList>
#include <QVector>

namespace helpdesk::client {

// One table of a report: what the dashboard's report tab shows, CSV exports and the PDF
// prints. Cells hold numbers as numbers (CSV keeps them numeric) and text as text.
struct ReportTable
{
    QString title;
    QStringList headers;
    QVector<QVariantList> rows;

    // The header row followed by the rows, for toCsv().
    QVector<QVariantList> withHeader() const;
};

// The report's tables from report.summary and report.agents: key figures, per day, backlog,
// per channel, per agent. Durations are business hours with one decimal.
class ReportTables
{
    Q_DECLARE_TR_FUNCTIONS(ReportTables)
public:
    static QVector<ReportTable> build(const QJsonObject& summary, const QJsonArray& agents,
        const QHash<qint64, QString>& queueNames);
    // Business milliseconds as hours with one decimal; null: no value.
    static QVariant hours(const QJsonValue& ms);
    static QString statusName(const QString& status);
    static QString channelName(const QString& channel);
    // A cell as shown on screen and in the PDF: numbers in the user's locale.
    static QString cellText(const QVariant& value);
};

} // namespace helpdesk::client
