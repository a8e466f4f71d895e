// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPoint>
#include <QStyledItemDelegate>
#include <QVector>

namespace helpdesk::client {

// Paints search results: the subject with, below it, the matching snippet whose matched
// words are drawn bold on a marker colour from the server's [start, length] ranges; the
// status as a chip. The snippet is drawn as plain text run by run (never parsed as markup),
// and starts a little before the first match when the match would not be in view.
class SnippetDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter* painter, const QStyleOptionViewItem& option,
        const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    bool helpEvent(QHelpEvent* event, QAbstractItemView* view, const QStyleOptionViewItem& option,
        const QModelIndex& index) override;

    // Row height for two lines of text in this font.
    static int rowHeight(const QFont& font);
    static QColor markerColor();

    // The part of the snippet to draw in width pixels: the text (line breaks as spaces) and
    // the ranges moved along with it; leading "…" when the start was cut so that the first
    // match shows. Public for tests.
    struct Visible
    {
        QString text;
        QVector<QPoint> ranges; // (start, length)
    };
    static Visible visiblePart(const QString& snippet, const QVector<QPoint>& ranges,
        const QFontMetrics& metrics, int width);

private:
    void paintSubject(
        QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const;
    void paintStatus(
        QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const;
};

} // namespace helpdesk::client
