// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "reporttables.h"

#include <QTextDocument>

class QWidget;

namespace helpdesk::client {

// The report as a printable document: a heading and each table, built with QTextCursor from
// plain text cells (nothing is parsed as markup), printed through QPrinter to a PDF file or
// to a printer the user picks.
class ReportDocument
{
    Q_DECLARE_TR_FUNCTIONS(ReportDocument)
public:
    ReportDocument(const QVector<ReportTable>& tables, const QString& title);
    bool writePdf(const QString& path);
    void print(QWidget* parent);

private:
    QTextDocument m_document;
};

} // namespace helpdesk::client
