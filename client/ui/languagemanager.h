// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>
#include <QTranslator>
#include <QVector>

#include <memory>

namespace helpdesk::client {

// Switches the UI language at run time: our translation and Qt's own (standard dialogs,
// context menus), QLocale for dates and numbers, remembered in QSettings. Every widget then
// gets QEvent::LanguageChange and retranslates itself.
class LanguageManager : public QObject
{
    Q_OBJECT
public:
    struct Language
    {
        QString code; // "pt_BR"
        QString nativeName; // "Português (Brasil)": shown untranslated, so anyone finds theirs
    };
    static const QVector<Language>& languages();

    explicit LanguageManager(QObject* parent = nullptr);

    // The saved choice, else the system language when we ship it, else English.
    void applyStartupLanguage();
    bool setLanguage(const QString& code);
    // Picks the shipped language closest to a locale name ("pt_BR", "ru_RU" → "ru"); empty if none.
    static QString closestLanguage(const QString& locale);
    // Whether the user chose a language on this computer (else the system's is in use).
    static bool hasSavedChoice();
    QString current() const { return m_current; }

signals:
    void languageChanged(const QString& code);

private:
    std::unique_ptr<QTranslator> m_app;
    std::unique_ptr<QTranslator> m_qt;
    QString m_current;
};

} // namespace helpdesk::client
