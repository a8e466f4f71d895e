// SPDX-License-Identifier: GPL-3.0-or-later
// Keeps the shipped languages complete: for every translations/helpdesk_<lang>.ts, no
// unfinished or obsolete entry, the same placeholders as the source, an accelerator where
// the source has one, and every plural form filled.
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <QXmlStreamReader>

namespace {

struct Entry
{
    QString context;
    QString source;
    bool numerus = false;
    QString type; // "", "unfinished", "obsolete", "vanished"
    QStringList forms;
};

struct TsFile
{
    QString language;
    QVector<Entry> entries;
    QString error;
};

TsFile readTs(const QString& path)
{
    TsFile ts;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        ts.error = file.errorString();
        return ts;
    }
    QXmlStreamReader xml(&file);
    QString context;
    Entry entry;
    bool inMessage = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const auto name = xml.name();
            if (name == QLatin1String("TS")) {
                ts.language = xml.attributes().value(QLatin1String("language")).toString();
            } else if (name == QLatin1String("name") && !inMessage) {
                context = xml.readElementText();
            } else if (name == QLatin1String("message")) {
                inMessage = true;
                entry = Entry();
                entry.context = context;
                entry.numerus
                    = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
            } else if (name == QLatin1String("source")) {
                entry.source = xml.readElementText();
            } else if (name == QLatin1String("translation")) {
                entry.type = xml.attributes().value(QLatin1String("type")).toString();
                if (!entry.numerus)
                    entry.forms << xml.readElementText();
            } else if (name == QLatin1String("numerusform")) {
                entry.forms << xml.readElementText();
            }
        } else if (xml.isEndElement() && xml.name() == QLatin1String("message")) {
            inMessage = false;
            ts.entries << entry;
        }
    }
    if (xml.hasError())
        ts.error = xml.errorString();
    return ts;
}

QSet<QString> placeholders(const QString& text)
{
    static const QRegularExpression pattern(QStringLiteral("%(?:n|L?[1-9])"));
    QSet<QString> found;
    auto it = pattern.globalMatch(text);
    while (it.hasNext())
        found.insert(it.next().captured(0).remove(QLatin1Char('L')));
    return found;
}

// A single '&' before a character marks an accelerator; "&&" is a literal ampersand.
int accelerators(const QString& text)
{
    int count = 0;
    for (int i = 0; i < text.size(); ++i) {
        if (text.at(i) != QLatin1Char('&'))
            continue;
        if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('&')) {
            ++i;
            continue;
        }
        if (i + 1 < text.size() && !text.at(i + 1).isSpace())
            ++count;
    }
    return count;
}

int pluralForms(const QString& language)
{
    static const QStringList threeForms { QStringLiteral("ru"), QStringLiteral("uk"),
        QStringLiteral("pl"), QStringLiteral("hr"), QStringLiteral("sr") };
    return threeForms.contains(language.section(QLatin1Char('_'), 0, 0)) ? 3 : 2;
}

QStringList tsFiles()
{
    const QDir dir(QStringLiteral(HELPDESK_TRANSLATIONS_DIR));
    return dir.entryList({ QStringLiteral("helpdesk_*.ts") }, QDir::Files, QDir::Name);
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT
private slots:
    void shipsTheTenLanguages();
    void complete_data();
    void complete();
    void sameMessagesEverywhere();
};

void TestTranslations::shipsTheTenLanguages()
{
    const QStringList expected { QStringLiteral("de"), QStringLiteral("en"), QStringLiteral("es"),
        QStringLiteral("fr"), QStringLiteral("hr"), QStringLiteral("pl"), QStringLiteral("pt_BR"),
        QStringLiteral("ru"), QStringLiteral("sr"), QStringLiteral("uk") };
    QStringList found;
    for (const QString& file : tsFiles())
        found << file.mid(9, file.size() - 12); // helpdesk_XX.ts
    QCOMPARE(found, expected);
}

void TestTranslations::complete_data()
{
    QTest::addColumn<QString>("file");
    for (const QString& file : tsFiles())
        QTest::newRow(qPrintable(file)) << file;
}

void TestTranslations::complete()
{
    QFETCH(QString, file);
    const TsFile ts = readTs(QDir(QStringLiteral(HELPDESK_TRANSLATIONS_DIR)).filePath(file));
    QVERIFY2(ts.error.isEmpty(), qPrintable(ts.error));
    QVERIFY(!ts.language.isEmpty());
    QVERIFY(!ts.entries.isEmpty());
    const int forms = pluralForms(ts.language);
    QStringList problems;
    for (const Entry& entry : ts.entries) {
        const QString where
            = entry.context + QStringLiteral(": \"") + entry.source + QLatin1Char('"');
        if (!entry.type.isEmpty()) {
            problems << where + QStringLiteral(" is ") + entry.type;
            continue;
        }
        if (entry.numerus && entry.forms.size() != forms)
            problems << where
                    + QStringLiteral(" has %1 plural forms, needs %2")
                          .arg(entry.forms.size())
                          .arg(forms);
        const QSet<QString> expected = placeholders(entry.source);
        const int expectedAccelerators = accelerators(entry.source) > 0 ? 1 : 0;
        for (const QString& form : entry.forms) {
            if (form.trimmed().isEmpty()) {
                problems << where + QStringLiteral(" has an empty translation");
                continue;
            }
            if (placeholders(form) != expected)
                problems << where + QStringLiteral(" -> \"%1\": placeholders differ").arg(form);
            if ((accelerators(form) > 0 ? 1 : 0) != expectedAccelerators)
                problems << where
                        + QStringLiteral(" -> \"%1\": accelerator missing or extra").arg(form);
        }
    }
    QVERIFY2(problems.isEmpty(),
        qPrintable(problems.mid(0, 20).join(QLatin1Char('\n'))
            + QStringLiteral("\n(%1 problems)").arg(problems.size())));
}

void TestTranslations::sameMessagesEverywhere()
{
    // Every language but English (the source, whose file holds only plural forms) translates
    // the same set of messages.
    QSet<QString> reference;
    QString referenceFile;
    for (const QString& file : tsFiles()) {
        if (file == QLatin1String("helpdesk_en.ts"))
            continue;
        const TsFile ts = readTs(QDir(QStringLiteral(HELPDESK_TRANSLATIONS_DIR)).filePath(file));
        QSet<QString> keys;
        for (const Entry& entry : ts.entries)
            keys.insert(entry.context + QLatin1Char('\x1f') + entry.source);
        if (referenceFile.isEmpty()) {
            reference = keys;
            referenceFile = file;
            continue;
        }
        QVERIFY2(keys == reference,
            qPrintable(
                QStringLiteral("%1 and %2 translate different messages; run the lupdate target")
                    .arg(file, referenceFile)));
    }
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
