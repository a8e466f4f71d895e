// SPDX-License-Identifier: GPL-3.0-or-later
#include "mailtemplates.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMutex>

namespace helpdesk::server::mail {

namespace {

QJsonObject templatesOf(const QString& language)
{
    static QMutex mutex;
    static QHash<QString, QJsonObject> loaded;
    QMutexLocker lock(&mutex);
    auto it = loaded.find(language);
    if (it == loaded.end()) {
        QFile file(QStringLiteral(":/mail/%1.json").arg(language));
        QJsonObject texts;
        if (file.open(QIODevice::ReadOnly))
            texts = QJsonDocument::fromJson(file.readAll()).object();
        it = loaded.insert(language, texts);
    }
    return it.value();
}

} // namespace

QStringList templateLanguages()
{
    return { QStringLiteral("en"), QStringLiteral("ru"), QStringLiteral("uk"), QStringLiteral("pl"),
        QStringLiteral("hr"), QStringLiteral("sr"), QStringLiteral("de"), QStringLiteral("fr"),
        QStringLiteral("es"), QStringLiteral("pt_BR") };
}

QString templateLanguage(const QStringList& languages)
{
    const QStringList known = templateLanguages();
    for (const QString& locale : languages) {
        if (known.contains(locale))
            return locale;
        const QString language
            = locale.section(QLatin1Char('_'), 0, 0).section(QLatin1Char('-'), 0, 0);
        if (language == QLatin1String("pt"))
            return QStringLiteral("pt_BR"); // our only Portuguese
        if (known.contains(language))
            return language;
    }
    return QStringLiteral("en");
}

QString templateText(
    const QString& language, const QString& key, const QHash<QString, QString>& values)
{
    QString text = templatesOf(language).value(key).toString();
    if (text.isEmpty())
        text = templatesOf(QStringLiteral("en")).value(key).toString();
    // One pass, left to right: a value that itself contains "{x}" is never expanded again.
    QString out;
    qsizetype i = 0;
    while (i < text.size()) {
        const qsizetype open = text.indexOf(QLatin1Char('{'), i);
        const qsizetype close = open < 0 ? -1 : text.indexOf(QLatin1Char('}'), open);
        if (close < 0) {
            out += text.mid(i);
            break;
        }
        const QString name = text.mid(open + 1, close - open - 1);
        out += text.mid(i, open - i);
        out += values.contains(name) ? values.value(name) : text.mid(open, close - open + 1);
        i = close + 1;
    }
    return out;
}

} // namespace helpdesk::server::mail
