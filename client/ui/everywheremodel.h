// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "searchresultsmodel.h"

#include <QJsonObject>
#include <QStandardItemModel>

namespace helpdesk::client {

// The answer of search.everywhere as one flat list for the quick search (Ctrl+K): for each
// kind with results a heading row (not selectable), then its items. Column
// SearchResultsModel::SubjectColumn holds the title (DisplayRole) and the snippet with its
// highlight ranges in SearchResultsModel's roles, so SnippetDelegate draws it; text is plain.
class EverywhereModel : public QStandardItemModel
{
    Q_OBJECT
public:
    enum Role {
        KindRole = SearchResultsModel::SortRole + 16, // "tickets", "contacts", ...; "" on headings
        IdRole, // qint64: the ticket, user, organisation, article or response
        CustomerRole, // qint64: a contact's organisation
    };
    Q_ENUM(Role)

    explicit EverywhereModel(QObject* parent = nullptr);

    void setResult(const QJsonObject& result);
    void clearResults();
    // How many items (headings aside).
    int itemCount() const { return m_items; }
    // The item row after (step 1) or before (step -1) `row`, headings skipped; -1 when none.
    int nextItemRow(int row, int step) const;
    // The translated heading of a kind.
    static QString kindTitle(const QString& kind);

private:
    int m_items = 0;
};

} // namespace helpdesk::client
