// SPDX-License-Identifier: GPL-3.0-or-later
// One list of method names: the server's registry, shared/protocol/methods.h (which the
// client calls by) and docs/protocol.md name exactly the same methods and pushes.
#include "api/methodregistry.h"
#include "protocol/methods.h"

#include <QFile>
#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

namespace {

QString readProtocolDoc()
{
    QFile file(QStringLiteral(HELPDESK_SOURCE_DIR "/docs/protocol.md"));
    return file.open(QIODevice::ReadOnly | QIODevice::Text) ? QString::fromUtf8(file.readAll())
                                                            : QString();
}

// The text of one "## Heading" section, up to the next "## ".
QString section(const QString& doc, const QString& heading)
{
    const qsizetype start = doc.indexOf(QStringLiteral("\n## ") + heading + QLatin1Char('\n'));
    if (start < 0)
        return {};
    const qsizetype end = doc.indexOf(QStringLiteral("\n## "), start + 4);
    return doc.mid(start, end < 0 ? -1 : end - start);
}

QSet<QString> matches(const QString& text, const QRegularExpression& pattern)
{
    QSet<QString> names;
    auto it = pattern.globalMatch(text);
    while (it.hasNext())
        names.insert(it.next().captured(1));
    return names;
}

QString describe(const QSet<QString>& a, const QSet<QString>& b)
{
    QStringList onlyA = (a - b).values(), onlyB = (b - a).values();
    onlyA.sort();
    onlyB.sort();
    return QStringLiteral("only in the first: [%1]; only in the second: [%2]")
        .arg(onlyA.join(QLatin1String(", ")), onlyB.join(QLatin1String(", ")));
}

} // namespace

class TestMethodList : public QObject
{
    Q_OBJECT

private slots:
    void namesAreUnique()
    {
        const QStringList methods = helpdesk::allMethodNames();
        QCOMPARE(QSet<QString>(methods.begin(), methods.end()).size(), methods.size());
        const QStringList pushes = helpdesk::allPushNames();
        QCOMPARE(QSet<QString>(pushes.begin(), pushes.end()).size(), pushes.size());
    }

    void registryMatchesSharedList()
    {
        QSet<QString> registry;
        for (const auto& spec : helpdesk::server::methodRegistry())
            registry.insert(spec.name);
        const QStringList shared = helpdesk::allMethodNames();
        const QSet<QString> listed(shared.begin(), shared.end());
        QVERIFY2(registry == listed, qPrintable(describe(registry, listed)));
    }

    // Every method has its "### name" heading under "## Methods", and nothing else does.
    void documentedMethodsMatchSharedList()
    {
        const QString methods = section(readProtocolDoc(), QStringLiteral("Methods"));
        QVERIFY2(!methods.isEmpty(), "docs/protocol.md has no '## Methods' section");
        const QSet<QString> documented
            = matches(methods, QRegularExpression(QStringLiteral("\\n### `?([A-Za-z.]+)`?\\s*\\n")));
        const QStringList shared = helpdesk::allMethodNames();
        const QSet<QString> listed(shared.begin(), shared.end());
        QVERIFY2(documented == listed, qPrintable(describe(documented, listed)));
    }

    // The roles column of the table under "## Methods" says who the registry lets in.
    void documentedRolesMatchRegistry()
    {
        const QString methods = section(readProtocolDoc(), QStringLiteral("Methods"));
        static const QRegularExpression row(
            QStringLiteral("\\n\\| `([A-Za-z.]+)` \\| [^|]+ \\| ([^|]+) \\|"));
        QHash<QString, QString> documented;
        auto it = row.globalMatch(methods);
        while (it.hasNext()) {
            const auto match = it.next();
            documented.insert(match.captured(1), match.captured(2).trimmed());
        }
        for (const auto& spec : helpdesk::server::methodRegistry()) {
            QVERIFY2(documented.contains(spec.name),
                qPrintable(QStringLiteral("%1 has no row in the methods table").arg(spec.name)));
            const QString roles = documented.value(spec.name);
            if (spec.access != helpdesk::server::Access::Authenticated) {
                QVERIFY2(roles.startsWith(QLatin1String("anyone")),
                    qPrintable(QStringLiteral("%1: '%2'").arg(spec.name, roles)));
                continue;
            }
            QStringList expected;
            for (const helpdesk::Role role : spec.roles)
                expected << helpdesk::toString(role);
            QCOMPARE(roles, expected.join(QLatin1String(", ")));
        }
    }

    // Every push has its row in the tables under "## Pushes" (first column, in backquotes).
    void documentedPushesMatchSharedList()
    {
        const QString pushes = section(readProtocolDoc(), QStringLiteral("Pushes"));
        QVERIFY2(!pushes.isEmpty(), "docs/protocol.md has no '## Pushes' section");
        const QSet<QString> documented
            = matches(pushes, QRegularExpression(QStringLiteral("\\n\\| `([a-z]+\\.[a-zA-Z]+)` \\|")));
        const QStringList shared = helpdesk::allPushNames();
        const QSet<QString> listed(shared.begin(), shared.end());
        QVERIFY2(documented == listed, qPrintable(describe(documented, listed)));
    }
};

QTEST_GUILESS_MAIN(TestMethodList)
#include "tst_methodlist.moc"
