// SPDX-License-Identifier: GPL-3.0-or-later
#include "snippetdelegate.h"

#include "chipdelegate.h"
#include "plaintexttooltip.h"
#include "searchresultsmodel.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QHelpEvent>
#include <QPainter>
#include <QPainterPath>

namespace helpdesk::client {

namespace {

constexpr int kMargin = 4;
constexpr int kLineGap = 2;

QVector<QPoint> rangesOf(const QModelIndex& index)
{
    QVector<QPoint> ranges;
    const QVariantList list = index.data(SearchResultsModel::HighlightsRole).toList();
    for (const QVariant& value : list)
        ranges.append(value.toPoint());
    return ranges;
}

} // namespace

int SnippetDelegate::rowHeight(const QFont& font)
{
    const QFontMetrics metrics(font);
    return 2 * metrics.height() + kLineGap + 2 * kMargin + 4;
}

QColor SnippetDelegate::markerColor()
{
    return QColor(0xff, 0xe0, 0x82); // a highlighter's yellow, readable under dark text
}

SnippetDelegate::Visible SnippetDelegate::visiblePart(
    const QString& snippet, const QVector<QPoint>& ranges, const QFontMetrics& metrics, int width)
{
    Visible visible;
    visible.text = snippet;
    // One line: breaks and tabs become spaces, one for one, so the ranges still fit.
    for (QChar& c : visible.text) {
        if (c == QLatin1Char('\n') || c == QLatin1Char('\r') || c == QLatin1Char('\t'))
            c = QLatin1Char(' ');
    }
    visible.ranges = ranges;
    if (ranges.isEmpty() || width <= 0)
        return visible;
    // When the first match would end beyond the right edge, start nearer to it: a few words
    // of context, then the match.
    const QPoint first = ranges.first();
    const int matchEnd = first.x() + first.y();
    if (metrics.horizontalAdvance(visible.text.left(matchEnd)) <= width)
        return visible;
    const QString ellipsis = QStringLiteral("…");
    const int context = width / 4; // pixels of text kept before the match
    int start = first.x();
    while (start > 0
        && metrics.horizontalAdvance(visible.text.mid(start - 1, first.x() - start + 1)) <= context)
        --start;
    // Cut at a word boundary when there is one close by.
    const int space = visible.text.indexOf(QLatin1Char(' '), start);
    if (space >= 0 && space < first.x())
        start = space + 1;
    if (start <= 0)
        return visible;
    visible.text = ellipsis + visible.text.mid(start);
    const int shift = int(ellipsis.size()) - start;
    QVector<QPoint> moved;
    for (const QPoint& range : std::as_const(visible.ranges)) {
        const int from = range.x() + shift;
        const int to = from + range.y();
        if (to <= int(ellipsis.size()))
            continue; // cut off with the start
        moved.append(
            QPoint(qMax(from, int(ellipsis.size())), to - qMax(from, int(ellipsis.size()))));
    }
    visible.ranges = moved;
    return visible;
}

QSize SnippetDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    size.setHeight(rowHeight(option.font));
    return size;
}

void SnippetDelegate::paint(
    QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    if (index.column() == SearchResultsModel::SubjectColumn)
        paintSubject(painter, option, index);
    else if (index.column() == SearchResultsModel::StatusColumn)
        paintStatus(painter, option, index);
    else
        QStyledItemDelegate::paint(painter, option, index);
}

void SnippetDelegate::paintStatus(
    QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString text = opt.text;
    opt.text.clear();
    const QWidget* widget = option.widget;
    QStyle* style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);
    const QFont font = ChipDelegate::chipFont(opt.font);
    const QFontMetrics metrics(font);
    const int height = metrics.height() + 4;
    const int width = qMin(opt.rect.width() - 2 * ChipDelegate::kChipMargin,
        ChipDelegate::chipCellWidth(opt.font, text, false) - 2 * ChipDelegate::kChipMargin);
    const QRect chip(opt.rect.left() + ChipDelegate::kChipMargin,
        opt.rect.center().y() - height / 2 + 1, width, height);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    QPainterPath path;
    path.addRoundedRect(chip, height / 2.0, height / 2.0);
    painter->fillPath(
        path, ChipDelegate::statusColor(index.data(SearchResultsModel::StatusRole).toString()));
    painter->setPen(Qt::white);
    painter->setFont(font);
    const QRect textRect
        = chip.adjusted(ChipDelegate::kChipPadding, 0, -ChipDelegate::kChipPadding, 0);
    painter->drawText(
        textRect, Qt::AlignCenter, metrics.elidedText(text, Qt::ElideRight, textRect.width()));
    painter->restore();
}

void SnippetDelegate::paintSubject(
    QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString subject = opt.text;
    opt.text.clear();
    const QWidget* widget = option.widget;
    QStyle* style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const bool selected = opt.state & QStyle::State_Selected;
    const QColor textColor
        = opt.palette.color(selected ? QPalette::HighlightedText : QPalette::Text);
    const QRect area = opt.rect.adjusted(kMargin + 2, kMargin, -kMargin - 2, -kMargin);
    QFont bold = opt.font;
    bold.setBold(true);
    const QFontMetrics boldMetrics(bold);
    const QFontMetrics metrics(opt.font);

    painter->save();
    painter->setClipRect(opt.rect);
    // First line: the subject, bold, and how many hits the ticket had.
    const int hits = index.data(SearchResultsModel::HitsRole).toInt();
    const QString hitsText = hits > 1 ? tr("%n match(es)", nullptr, hits) : QString();
    const int hitsWidth = hitsText.isEmpty() ? 0 : metrics.horizontalAdvance(hitsText) + 12;
    painter->setPen(textColor);
    painter->setFont(bold);
    const int firstBaseline = area.top() + boldMetrics.ascent();
    painter->drawText(QPoint(area.left(), firstBaseline),
        boldMetrics.elidedText(subject, Qt::ElideRight, area.width() - hitsWidth));
    if (!hitsText.isEmpty()) {
        painter->setFont(opt.font);
        QColor dim = textColor;
        dim.setAlphaF(0.6f);
        painter->setPen(dim);
        painter->drawText(QPoint(area.right() - hitsWidth + 12, firstBaseline), hitsText);
    }

    // Second line: the snippet, run by run, matched words bold on the marker.
    const QString snippet = index.data(SearchResultsModel::SnippetRole).toString();
    const Visible visible = visiblePart(snippet, rangesOf(index), metrics, area.width());
    const int baseline = area.top() + boldMetrics.height() + kLineGap + metrics.ascent();
    const int lineTop = baseline - metrics.ascent();
    int x = area.left();
    int position = 0;
    const int right = area.right();
    auto drawRun = [&](const QString& run, bool marked) -> bool {
        if (run.isEmpty())
            return true;
        const QFontMetrics& m = marked ? boldMetrics : metrics;
        QString text = run;
        int width = m.horizontalAdvance(text);
        const bool fits = x + width <= right;
        if (!fits) {
            text = m.elidedText(text, Qt::ElideRight, right - x);
            width = m.horizontalAdvance(text);
        }
        if (marked && !text.isEmpty()) {
            painter->fillRect(QRect(x - 1, lineTop, width + 2, m.height()), markerColor());
            painter->setPen(QColor(0x21, 0x21, 0x21));
        } else {
            painter->setPen(textColor);
        }
        painter->setFont(marked ? bold : opt.font);
        painter->drawText(QPoint(x, baseline), text);
        x += width;
        return fits;
    };
    for (const QPoint& range : visible.ranges) {
        if (!drawRun(visible.text.mid(position, range.x() - position), false))
            break;
        if (!drawRun(visible.text.mid(range.x(), range.y()), true))
            break;
        position = range.x() + range.y();
    }
    if (position < visible.text.size() && x < right)
        drawRun(visible.text.mid(position), false);
    painter->restore();
}

bool SnippetDelegate::helpEvent(QHelpEvent* event, QAbstractItemView* view,
    const QStyleOptionViewItem& option, const QModelIndex& index)
{
    return showPlainTextToolTip(event, view, index)
        || QStyledItemDelegate::helpEvent(event, view, option, index);
}

} // namespace helpdesk::client
