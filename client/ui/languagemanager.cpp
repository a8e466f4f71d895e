// SPDX-License-Identifier: GPL-3.0-or-later
#include "languagemanager.h"

#include <QCoreApplication>
#include <QEvent>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>

#include <algorithm>

namespace helpdesk::client {

namespace {
const QString kSettingsKey = QStringLiteral("ui/language");
}

const QVector<LanguageManager::Language>& LanguageManager::languages()
{
    static const QVector<Language> list {
        { QStringLiteral("en"), QStringLiteral("English") },
        { QStringLiteral("ru"), QStringLiteral("Русский") },
        { QStringLiteral("uk"), QStringLiteral("Українська") },
        { QStringLiteral("pl"), QStringLiteral("Polski") },
        { QStringLiteral("hr"), QStringLiteral("Hrvatski") },
        { QStringLiteral("sr"), QStringLiteral("Српски") },
        { QStringLiteral("de"), QStringLiteral("Deutsch") },
        { QStringLiteral("fr"), QStringLiteral("Français") },
        { QStringLiteral("es"), QStringLiteral("Español") },
        { QStringLiteral("pt_BR"), QStringLiteral("Português (Brasil)") },
    };
    return list;
}

LanguageManager::LanguageManager(QObject* parent)
    : QObject(parent)
{
}

QString LanguageManager::closestLanguage(const QString& locale)
{
    const QString base = locale.section(QLatin1Char('_'), 0, 0); // "pt_BR" -> "pt"
    QString closest;
    for (const Language& language : languages()) {
        if (language.code == locale)
            return language.code;
        if (language.code == base)
            closest = language.code;
    }
    return closest;
}

bool LanguageManager::hasSavedChoice()
{
    return !QSettings().value(kSettingsKey).toString().isEmpty();
}

void LanguageManager::applyStartupLanguage()
{
    QString code = QSettings().value(kSettingsKey).toString();
    if (code.isEmpty())
        code = closestLanguage(QLocale::system().name());
    const bool saved = hasSavedChoice();
    if (code.isEmpty() || !setLanguage(code))
        setLanguage(QStringLiteral("en"));
    if (!saved) // following the system is not a choice: the server's setting may still win
        QSettings().remove(kSettingsKey);
}

bool LanguageManager::setLanguage(const QString& code)
{
    auto known = std::find_if(languages().begin(), languages().end(),
        [&](const Language& language) { return language.code == code; });
    if (known == languages().end())
        return false;
    if (m_app)
        QCoreApplication::removeTranslator(m_app.get());
    if (m_qt)
        QCoreApplication::removeTranslator(m_qt.get());
    m_app.reset();
    m_qt.reset();
    const QLocale locale(code);
    QLocale::setDefault(locale);
    // Widgets keep the locale they were given: without this event, locale() and every date
    // drawn with it stay in the old format until a restart.
    if (QCoreApplication::instance()) {
        QEvent localeChange(QEvent::LocaleChange);
        QCoreApplication::sendEvent(QCoreApplication::instance(), &localeChange);
    }
    // English has a file too: the plural forms of "%n ticket(s)".
    auto app = std::make_unique<QTranslator>();
    if (app->load(QStringLiteral(":/i18n/helpdesk_%1.qm").arg(code))) {
        QCoreApplication::installTranslator(app.get());
        m_app = std::move(app);
    }
    auto qt = std::make_unique<QTranslator>();
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
            QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt.get());
        m_qt = std::move(qt);
    }
    m_current = code;
    QSettings().setValue(kSettingsKey, code);
    emit languageChanged(code);
    return true;
}

} // namespace helpdesk::client
