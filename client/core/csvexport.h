// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <QVariantList>
#include <QVector>

namespace helpdesk::client {

// CSV for spreadsheets (RFC 4180: comma, CRLF, quotes doubled). A text cell a spreadsheet
// would run as a formula — beginning with =, +, -, @, a tab or a carriage return — gets a
// leading apostrophe, so an organisation named "=HYPERLINK(...)" stays text (OWASP "CSV
// injection"). Numbers (cells holding a number, not text) are written as numbers.
QString csvCell(const QString& text);
// Rows of cells; UTF-8 with a byte-order mark (spreadsheets then read it as UTF-8).
QByteArray toCsv(const QVector<QVariantList>& rows);

} // namespace helpdesk::client
