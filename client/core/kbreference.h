// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QRegularExpression>
#include <QString>

namespace helpdesk::client::kbreference {

// A knowledge-base article named in a message body: "[KB#42]" (docs/protocol.md, "Article
// references"). The same in every language, so any client can find the articles a reply sent.
QString of(qint64 article);

// "[KB#<id>]" with the id captured as group 1.
const QRegularExpression& pattern();

// The articles a body names, in the order they first appear, each once.
QList<qint64> in(const QString& body);

} // namespace helpdesk::client::kbreference
