// SPDX-License-Identifier: GPL-3.0-or-later
// The floors of server/floors.txt hold: no file includes a folder above its own, shared/
// includes nothing of the programs, client/core never includes client/ui, and client and
// server never include each other. Also shows that the check fails on one added upward include.
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QHash>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

namespace {

// One section of floors.txt: the folders of a program, bottom first.
using Floors = QHash<QString, QStringList>;

Floors readFloors(const QString& path, QString* error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text)) {
        *error = QStringLiteral("cannot read %1").arg(path);
        return {};
    }
    Floors floors;
    QString section;
    while (!file.atEnd()) {
        const QString line = QString::fromUtf8(file.readLine()).trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        if (line.startsWith(QLatin1Char('[')) && line.endsWith(QLatin1Char(']'))) {
            section = line.mid(1, line.size() - 2);
            continue;
        }
        if (section.isEmpty()) {
            *error = QStringLiteral("%1: a folder before any [section]").arg(line);
            return {};
        }
        floors[section] << line;
    }
    return floors;
}

// The folder a file belongs to, as floors.txt names it: "server/tickets", "client/ui", or
// "server" for server/main.cpp.
QString unitOf(const QString& relativePath)
{
    const QStringList parts = relativePath.split(QLatin1Char('/'));
    if (parts.size() <= 2)
        return parts.first();
    return parts.at(0) + QLatin1Char('/') + parts.at(1);
}

// Where an include resolves, as the build's include paths do: next to the including file
// first, then the include roots of every target (server/, shared/, client/core/, client/ui/).
QString resolve(const QDir& root, const QString& includer, const QString& include)
{
    const QString local = QFileInfo(includer).path() + QLatin1Char('/') + include;
    if (QFileInfo::exists(root.filePath(local)))
        return QDir::cleanPath(local);
    for (const char* base : { "server", "shared", "client/core", "client/ui" }) {
        const QString candidate = QLatin1String(base) + QLatin1Char('/') + include;
        if (QFileInfo::exists(root.filePath(candidate)))
            return QDir::cleanPath(candidate);
    }
    return {}; // a system or Qt header
}

// Every include that breaks the floors, as "file:line: includes X (unit A may not include B)".
QStringList violations(const QString& rootPath, const QString& floorsPath)
{
    QString error;
    const Floors floors = readFloors(floorsPath, &error);
    if (!error.isEmpty())
        return { error };
    const QDir root(rootPath);
    static const QRegularExpression includePattern(QStringLiteral("^\\s*#\\s*include\\s+\"([^\"]+)\""));
    QStringList found;
    for (const char* program : { "shared", "server", "client" }) {
        const QString section = QLatin1String(program);
        const QStringList order = floors.value(section);
        if (order.isEmpty()) {
            found << QStringLiteral("floors.txt has no [%1] section").arg(section);
            continue;
        }
        QDirIterator it(root.filePath(section), { QStringLiteral("*.h"), QStringLiteral("*.cpp") },
            QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = root.relativeFilePath(it.next());
            const QString unit = unitOf(path);
            const qsizetype floor = order.indexOf(unit);
            if (floor < 0) {
                found << QStringLiteral("%1: folder %2 is not in floors.txt [%3]")
                             .arg(path, unit, section);
                continue;
            }
            QFile file(root.filePath(path));
            if (!file.open(QIODevice::ReadOnly | QIODevice::Text)) {
                found << QStringLiteral("%1: cannot read").arg(path);
                continue;
            }
            int lineNumber = 0;
            while (!file.atEnd()) {
                const QString line = QString::fromUtf8(file.readLine());
                ++lineNumber;
                const auto match = includePattern.match(line);
                if (!match.hasMatch())
                    continue;
                const QString target = resolve(root, path, match.captured(1));
                if (target.isEmpty())
                    continue;
                const QString targetUnit = unitOf(target);
                const qsizetype targetFloor = order.indexOf(targetUnit);
                if (targetFloor < 0 || targetFloor > floor) {
                    found << QStringLiteral("%1:%2: includes %3 (%4 may not include %5)")
                                 .arg(path)
                                 .arg(lineNumber)
                                 .arg(target, unit, targetUnit);
                }
            }
        }
    }
    return found;
}

// A copy of shared/, server/ and client/ to break on purpose.
bool copyTree(const QString& from, const QString& to)
{
    for (const char* top : { "shared", "server", "client" }) {
        QDirIterator it(QDir(from).filePath(QLatin1String(top)), QDir::Files,
            QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString source = it.next();
            const QString target = QDir(to).filePath(QDir(from).relativeFilePath(source));
            if (!QDir().mkpath(QFileInfo(target).path()) || !QFile::copy(source, target))
                return false;
        }
    }
    return true;
}

bool appendLine(const QString& path, const QByteArray& line)
{
    QFile file(path);
    return file.open(QIODevice::Append) && file.write(line + '\n') > 0;
}

} // namespace

class TestLayering : public QObject
{
    Q_OBJECT

private slots:
    // HELPDESK_LAYERING_ROOT checks another checkout against this one's floors (e.g. an older
    // commit, to see what the check finds there).
    void repositoryKeepsItsFloors()
    {
        const QString root = qEnvironmentVariable(
            "HELPDESK_LAYERING_ROOT", QStringLiteral(HELPDESK_SOURCE_DIR));
        const QStringList found
            = violations(root, QStringLiteral(HELPDESK_SOURCE_DIR "/server/floors.txt"));
        QVERIFY2(found.isEmpty(), qPrintable(found.join(QLatin1Char('\n'))));
    }

    // One include added to a copy of the tree: the check must name it.
    void addedIncludeIsCaught_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QByteArray>("include");
        QTest::addColumn<QString>("expected");
        QTest::newRow("storage includes api (up)") << "server/storage/storage.cpp"
                                                   << QByteArray("#include \"api/dispatcher.h\"")
                                                   << "server/storage may not include server/api";
        QTest::newRow("rpc includes net (up)")
            << "server/rpc/session.h" << QByteArray("#include \"net/connection.h\"")
            << "server/rpc may not include server/net";
        QTest::newRow("tickets includes events (up)")
            << "server/tickets/ticketservice.cpp" << QByteArray("#include \"events/pushhub.h\"")
            << "server/tickets may not include server/events";
        QTest::newRow("directory includes auth (up)")
            << "server/directory/directoryservice.cpp"
            << QByteArray("#include \"auth/tokenstore.h\"")
            << "server/directory may not include server/auth";
        QTest::newRow("client core includes ui")
            << "client/core/connection.cpp" << QByteArray("#include \"mainwindow.h\"")
            << "client/core may not include client/ui";
        QTest::newRow("shared includes server")
            << "shared/protocol/framing.cpp" << QByteArray("#include \"storage/db.h\"")
            << "shared/protocol may not include server/storage";
        QTest::newRow("server includes client")
            << "server/app/commands.cpp" << QByteArray("#include \"ticketlistmodel.h\"")
            << "server/app may not include client/core";
    }

    void addedIncludeIsCaught()
    {
        QFETCH(QString, file);
        QFETCH(QByteArray, include);
        QFETCH(QString, expected);
        QTemporaryDir copy;
        QVERIFY(copy.isValid());
        QVERIFY(copyTree(QStringLiteral(HELPDESK_SOURCE_DIR), copy.path()));
        const QString floors = copy.filePath(QStringLiteral("server/floors.txt"));
        QVERIFY(violations(copy.path(), floors).isEmpty());
        QVERIFY(appendLine(copy.filePath(file), include));
        const QStringList found = violations(copy.path(), floors);
        QCOMPARE(found.size(), 1);
        QVERIFY2(found.first().startsWith(file + QLatin1Char(':')), qPrintable(found.first()));
        QVERIFY2(found.first().contains(expected), qPrintable(found.first()));
    }

    // A new server folder must take its place in floors.txt before it can be used.
    void unlistedFolderIsCaught()
    {
        QTemporaryDir copy;
        QVERIFY(copy.isValid());
        QVERIFY(copyTree(QStringLiteral(HELPDESK_SOURCE_DIR), copy.path()));
        QVERIFY(QDir().mkpath(copy.filePath(QStringLiteral("server/fax"))));
        QVERIFY(appendLine(copy.filePath(QStringLiteral("server/fax/faxgateway.cpp")),
            QByteArray("#include \"storage/db.h\"")));
        const QStringList found
            = violations(copy.path(), copy.filePath(QStringLiteral("server/floors.txt")));
        QCOMPARE(found.size(), 1);
        QVERIFY2(found.first().contains(QLatin1String("server/fax is not in floors.txt")),
            qPrintable(found.first()));
    }
};

QTEST_GUILESS_MAIN(TestLayering)
#include "tst_layering.moc"
