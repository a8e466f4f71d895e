// SPDX-License-Identifier: GPL-3.0-or-later
#include "everywheremodel.h"

#include "ticketsearch.h"

#include <QJsonArray>
#include <QPoint>

namespace helpdesk::client {

namespace {
constexpr int kColumn = SearchResultsModel::SubjectColumn;

QVariantList rangesOf(const QJsonArray& json, int length)
{
    QVector<QPair<int, int>> ranges;
    for (const QJsonValue& value : json) {
        const QJsonArray pair = value.toArray();
        ranges.append({ pair.at(0).toInt(), pair.at(1).toInt() });
    }
    QVariantList points;
    for (const auto& [start, size] : normalisedHighlights(ranges, length))
        points.append(QPoint(start, size));
    return points;
}

// The id an item of this kind is opened by.
qint64 idOf(const QString& kind, const QJsonObject& item)
{
    static const QHash<QString, QString> fields { { QStringLiteral("tickets"),
                                                      QStringLiteral("ticketId") },
        { QStringLiteral("contacts"), QStringLiteral("userId") },
        { QStringLiteral("organisations"), QStringLiteral("customerId") },
        { QStringLiteral("articles"), QStringLiteral("articleId") },
        { QStringLiteral("canned"), QStringLiteral("cannedId") } };
    return item.value(fields.value(kind)).toInteger();
}
} // namespace

EverywhereModel::EverywhereModel(QObject* parent)
    : QStandardItemModel(0, kColumn + 1, parent)
{
}

QString EverywhereModel::kindTitle(const QString& kind)
{
    if (kind == QLatin1String("tickets"))
        return tr("Tickets");
    if (kind == QLatin1String("contacts"))
        return tr("Contacts");
    if (kind == QLatin1String("organisations"))
        return tr("Organisations");
    if (kind == QLatin1String("articles"))
        return tr("Articles");
    if (kind == QLatin1String("canned"))
        return tr("Canned responses");
    return kind;
}

void EverywhereModel::clearResults()
{
    removeRows(0, rowCount());
    m_items = 0;
}

void EverywhereModel::setResult(const QJsonObject& result)
{
    clearResults();
    for (const QJsonValue& groupValue : result.value(QLatin1String("groups")).toArray()) {
        const QJsonObject group = groupValue.toObject();
        const QString kind = group.value(QLatin1String("kind")).toString();
        const QJsonArray items = group.value(QLatin1String("items")).toArray();
        if (items.isEmpty())
            continue;
        auto* heading = new QStandardItem(kindTitle(kind));
        heading->setFlags(Qt::ItemIsEnabled);
        heading->setData(QString(), KindRole);
        heading->setData(group.value(QLatin1String("more")).toBool()
                ? tr("More found: type more words to narrow it down.")
                : QString(),
            SearchResultsModel::SnippetRole);
        appendRow({ new QStandardItem(), heading });
        for (const QJsonValue& value : items) {
            const QJsonObject item = value.toObject();
            const QString title = item.value(QLatin1String("title")).toString();
            QString snippet = item.value(QLatin1String("snippet")).toString();
            QJsonArray highlights = item.value(QLatin1String("highlights")).toArray();
            if (snippet.isEmpty()) { // an organisation: its name, marked, on the second line
                snippet = title;
                highlights = item.value(QLatin1String("titleHighlights")).toArray();
            }
            auto* row = new QStandardItem(title);
            row->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
            row->setData(kind, KindRole);
            row->setData(idOf(kind, item), IdRole);
            row->setData(item.value(QLatin1String("user"))
                             .toObject()
                             .value(QLatin1String("customerId"))
                             .toInteger(),
                CustomerRole);
            row->setData(snippet, SearchResultsModel::SnippetRole);
            row->setData(
                rangesOf(highlights, int(snippet.size())), SearchResultsModel::HighlightsRole);
            row->setData(item.value(QLatin1String("hits")).toInt(), SearchResultsModel::HitsRole);
            row->setToolTip(snippet);
            appendRow({ new QStandardItem(), row });
            ++m_items;
        }
    }
}

int EverywhereModel::nextItemRow(int row, int step) const
{
    for (int r = row + step; r >= 0 && r < rowCount(); r += step) {
        if (!index(r, kColumn).data(KindRole).toString().isEmpty())
            return r;
    }
    return -1;
}

} // namespace helpdesk::client
