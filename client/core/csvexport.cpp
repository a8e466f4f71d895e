// SPDX-License-Identifier: GPL-3.0-or-later
#include "csvexport.h"

#include <QMetaType>

namespace helpdesk::client {

namespace {

bool isNumber(const QVariant& value)
{
    switch (value.typeId()) {
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::UInt:
    case QMetaType::ULongLong:
    case QMetaType::Double:
        return true;
    default:
        return false;
    }
}

} // namespace

QString csvCell(const QString& text)
{
    QString cell = text;
    static const QString kFormulaStarts = QStringLiteral("=+-@\t\r");
    if (!cell.isEmpty() && kFormulaStarts.contains(cell.front()))
        cell.prepend(QLatin1Char('\''));
    const bool quote = cell.contains(QLatin1Char(',')) || cell.contains(QLatin1Char('"'))
        || cell.contains(QLatin1Char('\n')) || cell.contains(QLatin1Char('\r'))
        || cell.contains(QLatin1Char('\t'));
    if (!quote)
        return cell;
    cell.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + cell + QLatin1Char('"');
}

QByteArray toCsv(const QVector<QVariantList>& rows)
{
    QByteArray out("\xEF\xBB\xBF");
    for (const QVariantList& row : rows) {
        QStringList cells;
        cells.reserve(row.size());
        for (const QVariant& value : row)
            cells << (isNumber(value) ? QString::number(value.toDouble(), 'g', 15)
                                      : csvCell(value.toString()));
        out += cells.join(QLatin1Char(',')).toUtf8() + "\r\n";
    }
    return out;
}

} // namespace helpdesk::client
