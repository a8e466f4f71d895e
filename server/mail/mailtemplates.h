// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

namespace helpdesk::server::mail {

// The texts of notification mail in the ten languages of the client (translations/mail/*.json,
// embedded). `language` is a user's or organisation's locale ("ru_RU", "pt_BR", "de"); the
// first of `languages` that has a template wins, English otherwise.
QStringList templateLanguages(); // en, ru, uk, pl, hr, sr, de, fr, es, pt_BR
QString templateLanguage(const QStringList& languages);

// The text for `key` in `language` (from templateLanguage), with {name} placeholders filled.
QString templateText(
    const QString& language, const QString& key, const QHash<QString, QString>& values = {});

} // namespace helpdesk::server::mail
