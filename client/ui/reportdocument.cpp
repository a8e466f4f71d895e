// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportdocument.h"

#include <QFile>
#include <QPrintDialog>
#include <QPrinter>
#include <QTextCursor>
#include <QTextTable>

namespace helpdesk::client {

ReportDocument::ReportDocument(const QVector<ReportTable>& tables, const QString& title)
{
    QTextCursor cursor(&m_document);
    QTextCharFormat heading;
    heading.setFontPointSize(16);
    heading.setFontWeight(QFont::Bold);
    QTextCharFormat plain;
    QTextCharFormat bold;
    bold.setFontWeight(QFont::Bold);
    cursor.insertText(title, heading);
    for (const ReportTable& table : tables) {
        cursor.insertBlock();
        cursor.insertBlock();
        cursor.insertText(table.title, bold);
        cursor.insertBlock();
        QTextTableFormat format;
        format.setCellPadding(3);
        format.setCellSpacing(0);
        format.setBorder(0.5);
        format.setHeaderRowCount(1);
        QTextTable* grid = cursor.insertTable(int(table.rows.size()) + 1, int(table.headers.size()), format);
        for (int c = 0; c < table.headers.size(); ++c)
            grid->cellAt(0, c).firstCursorPosition().insertText(table.headers.at(c), bold);
        for (int r = 0; r < table.rows.size(); ++r)
            for (int c = 0; c < table.rows.at(r).size() && c < table.headers.size(); ++c)
                grid->cellAt(r + 1, c).firstCursorPosition().insertText(ReportTables::cellText(table.rows.at(r).at(c)), plain);
        cursor.movePosition(QTextCursor::End);
    }
}

bool ReportDocument::writePdf(const QString& path)
{
    QFile probe(path);
    if (!probe.open(QIODevice::WriteOnly))
        return false;
    probe.close();
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(path);
    m_document.print(&printer);
    return QFile(path).size() > 0;
}

void ReportDocument::print(QWidget* parent)
{
    QPrinter printer(QPrinter::HighResolution);
    QPrintDialog dialog(&printer, parent);
    dialog.setWindowTitle(tr("Print report"));
    if (dialog.exec() == QDialog::Accepted)
        m_document.print(&printer);
}

} // namespace helpdesk::client
