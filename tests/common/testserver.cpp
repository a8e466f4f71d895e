// SPDX-License-Identifier: GPL-3.0-or-later
#include "testserver.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QRegularExpression>
#include <QThread>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTcpServer>

#include "storage/db.h"

#include <cstdio>
#include <cstdlib>

#include <csignal>
#include <sys/types.h>
#ifdef Q_OS_LINUX
#include <sys/prctl.h>
#endif

namespace helpdesk::test {

namespace {
constexpr int kToolTimeoutMs = 60'000;
constexpr int kStartTimeoutMs = 30'000;

QString serverBinary()
{
    return QStringLiteral(HELPDESK_SERVER_BINARY);
}

struct StandardUser
{
    const char* login;
    const char* name;
    const char* role;
    qint64 customerId;
    const char* contactRole;
};

const StandardUser kStandardUsers[] = {
    { "admin", "Ada Admin", "admin", 0, "" },
    { "lead", "Lee Lead", "lead", 0, "" },
    { "agent", "Aggie Agent", "agent", 0, "" },
    { "agent2", "Andy Agent", "agent", 0, "" },
    { "alice", "Alice Acme", "customer", kAcme, "owner" },
    { "amy", "Amy Acme", "customer", kAcme, "technical" },
    { "bob", "Bob Globex", "customer", kGlobex, "owner" },
};

// A `_pg` variant without a PostgreSQL to run on ends here, before any test function runs.
[[maybe_unused]] const bool s_backendChecked = [] {
    if (TestServer::backend() != QLatin1String("postgres")
        || qEnvironmentVariableIsSet("HELPDESK_TEST_PG"))
        return true;
    if (qEnvironmentVariableIsSet("HELPDESK_TEST_REQUIRE_PG")) {
        std::fprintf(stderr,
            "FAIL: HELPDESK_TEST_BACKEND=postgres but HELPDESK_TEST_PG is not set "
            "(scripts/test.sh starts a PostgreSQL and sets it)\n");
        std::exit(1);
    }
    std::fprintf(stderr,
        "SKIP: PostgreSQL variant, and HELPDESK_TEST_PG is not set. Run scripts/test.sh, or "
        "eval \"$(scripts/pg-test-cluster.sh start)\" before ctest.\n");
    std::exit(77);
}();

} // namespace

TestServer::CommandRun TestServer::runCommand(const QStringList& arguments)
{
    QProcess process;
    process.start(binary(), arguments);
    CommandRun run;
    if (!process.waitForFinished(240'000) || process.exitStatus() != QProcess::NormalExit) {
        process.kill();
        process.waitForFinished();
        run.err = QStringLiteral("did not finish");
        return run;
    }
    run.exitCode = process.exitCode();
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

QString TestServer::runClusterControl(const char* variable)
{
    QProcess ctl;
    ctl.setProcessChannelMode(QProcess::MergedChannels);
    ctl.start(QStringLiteral("/bin/sh"), { QStringLiteral("-c"), qEnvironmentVariable(variable) });
    if (!ctl.waitForFinished(90'000))
        return QStringLiteral("%1 did not finish").arg(QLatin1String(variable));
    if (ctl.exitStatus() != QProcess::NormalExit || ctl.exitCode() != 0)
        return QStringLiteral("%1 failed: %2")
            .arg(QLatin1String(variable), QString::fromUtf8(ctl.readAll()));
    return {};
}

QString TestServer::binary()
{
    return serverBinary();
}

QString TestServer::backend()
{
    return qEnvironmentVariable("HELPDESK_TEST_BACKEND", QStringLiteral("sqlite")).toLower();
}

namespace {
// The connection to the PostgreSQL server that makes and drops the test databases.
std::optional<server::DatabaseConfig> adminConfig(QString* error)
{
    return server::DatabaseConfig::fromUrl(qEnvironmentVariable("HELPDESK_TEST_PG"), error);
}

QAtomicInt s_dbCounter;
} // namespace

TestServer::TestServer() = default;

TestServer::~TestServer()
{
    if (isRunning())
        kill9();
    dropDatabase();
}

bool TestServer::createDatabase()
{
    const auto admin = adminConfig(&m_error);
    if (!admin) {
        m_error = QStringLiteral("HELPDESK_TEST_PG: %1").arg(m_error);
        return false;
    }
    const QString name = QStringLiteral("helpdesk_test_%1_%2_%3")
                             .arg(QCoreApplication::applicationPid())
                             .arg(s_dbCounter.fetchAndAddRelaxed(1))
                             .arg(QDateTime::currentMSecsSinceEpoch() % 1'000'000);
    try {
        server::Db db(*admin, QStringLiteral("testserver-admin-%1").arg(name));
        db.execRaw(QStringLiteral("CREATE DATABASE %1").arg(name));
    } catch (const std::exception& e) {
        m_error = QString::fromUtf8(e.what());
        return false;
    }
    m_databaseName = name;
    server::DatabaseConfig config = *admin;
    config.databaseName = name;
    m_databaseUrl = config.toUrl(true);
    return true;
}

void TestServer::dropDatabase()
{
    if (m_databaseName.isEmpty())
        return;
    QString error;
    const auto admin = adminConfig(&error);
    if (!admin)
        return;
    try {
        server::Db db(*admin, QStringLiteral("testserver-drop-%1").arg(m_databaseName));
        db.execRaw(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_databaseName));
    } catch (const std::exception& e) {
        qWarning("cannot drop test database %s: %s", qPrintable(m_databaseName), e.what());
    }
    m_databaseName.clear();
}

QStringList TestServer::databaseArguments() const
{
    if (isPostgres())
        return { QStringLiteral("--database"), m_databaseUrl };
    return { QStringLiteral("--data-dir"), m_dir.path() };
}

bool TestServer::isRunning() const
{
    return m_process && m_process->state() != QProcess::NotRunning;
}

qint64 TestServer::pid() const
{
    return m_process ? m_process->processId() : 0;
}

QByteArray TestServer::log() const
{
    QFile file(QDir(m_dir.path()).filePath(QStringLiteral("server.log")));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool TestServer::runTool(const QStringList& arguments, const QByteArray& input)
{
    QProcess tool;
    tool.setProcessChannelMode(QProcess::MergedChannels);
    tool.start(serverBinary(), arguments);
    if (!tool.waitForStarted(kToolTimeoutMs)) {
        m_error = QStringLiteral("cannot start %1: %2").arg(serverBinary(), tool.errorString());
        return false;
    }
    if (!input.isEmpty())
        tool.write(input);
    tool.closeWriteChannel();
    if (!tool.waitForFinished(kToolTimeoutMs) || tool.exitStatus() != QProcess::NormalExit
        || tool.exitCode() != 0) {
        m_error = QStringLiteral("%1 failed: %2")
                      .arg(arguments.join(QLatin1Char(' ')), QString::fromUtf8(tool.readAll()));
        return false;
    }
    return true;
}

bool TestServer::addUser(const QString& login, const QString& name, const QString& role,
    const QString& password, qint64 customerId, const QString& contactRole)
{
    QStringList arguments { QStringLiteral("user"), QStringLiteral("add") };
    arguments << databaseArguments();
    arguments << QStringList { QStringLiteral("--login"), login, QStringLiteral("--name"), name,
        QStringLiteral("--role"), role, QStringLiteral("--password-stdin") };
    if (customerId > 0)
        arguments << QStringLiteral("--customer-id") << QString::number(customerId);
    if (!contactRole.isEmpty())
        arguments << QStringLiteral("--contact-role") << contactRole;
    return runTool(arguments, password.toUtf8() + '\n');
}

qint64 TestServer::addCustomer(const QString& name)
{
    return queryScalar(QStringLiteral("INSERT INTO customers (name, created_at) VALUES (?, ?) "
                                      "RETURNING id"),
        { name, QDateTime::currentMSecsSinceEpoch() })
        .toLongLong();
}

QVariant TestServer::queryScalar(const QString& sql, const QVariantList& values)
{
    static QAtomicInt s_connections;
    server::DatabaseConfig config(QDir(m_dir.path()).filePath(QStringLiteral("helpdesk.sqlite")));
    if (isPostgres()) {
        const auto parsed = server::DatabaseConfig::fromUrl(m_databaseUrl, &m_error);
        if (!parsed)
            return {};
        config = *parsed;
    }
    try {
        server::Db db(
            config, QStringLiteral("testserver-%1").arg(s_connections.fetchAndAddRelaxed(1) + 1));
        server::Query query(db, sql);
        for (const QVariant& value : values)
            query.bind(value);
        return query.scalar();
    } catch (const std::exception& e) {
        m_error = QString::fromUtf8(e.what());
        return {};
    }
}

bool TestServer::populate()
{
    if (addCustomer(QStringLiteral("Acme Corp")) != kAcme
        || addCustomer(QStringLiteral("Globex")) != kGlobex) {
        m_error = QStringLiteral("cannot add the standard customers: %1").arg(m_error);
        return false;
    }
    for (const StandardUser& user : kStandardUsers) {
        if (!addUser(QLatin1String(user.login), QLatin1String(user.name), QLatin1String(user.role),
                kPassword, user.customerId, QLatin1String(user.contactRole)))
            return false;
    }
    return true;
}

bool TestServer::start(const Options& options)
{
    m_options = options;
    if (!m_dir.isValid()) {
        m_error = QStringLiteral("no temporary directory: %1").arg(m_dir.errorString());
        return false;
    }
    const QString chosen = options.backend.isEmpty() ? backend() : options.backend;
    if (chosen == QLatin1String("postgres") && m_databaseName.isEmpty() && !createDatabase())
        return false;
    QStringList init = QStringList { QStringLiteral("init") } + databaseArguments();
    if (options.demo)
        init << QStringLiteral("--demo");
    if (!runTool(init))
        return false;
    if (options.populate && !populate())
        return false;
    return launch();
}

bool TestServer::startSharing(const TestServer& first, const Options& options)
{
    if (!first.isPostgres()) {
        m_error = QStringLiteral("only servers on PostgreSQL can share a database");
        return false;
    }
    m_options = options;
    // m_databaseName stays empty: first drops the database.
    m_databaseUrl = options.databaseUrl.isEmpty() ? first.m_databaseUrl : options.databaseUrl;
    return launch();
}

bool TestServer::restart()
{
    if (isRunning()) {
        m_error = QStringLiteral("the server is still running");
        return false;
    }
    return launch();
}

bool TestServer::restart(const Options& options)
{
    m_options = options;
    return restart();
}

void TestServer::pause()
{
    if (isRunning())
        ::kill(pid_t(m_process->processId()), SIGSTOP);
}

void TestServer::resume()
{
    if (isRunning())
        ::kill(pid_t(m_process->processId()), SIGCONT);
}

bool TestServer::setClock(const QString& clockFile, const char* utc)
{
    QFile file(clockFile);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate)
        && file.write(QByteArray::number(
               QDateTime::fromString(QLatin1String(utc), Qt::ISODate).toMSecsSinceEpoch()))
        > 0;
}

quint16 TestServer::freePort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        return 0;
    const quint16 port = probe.serverPort();
    probe.close();
    return port;
}

bool TestServer::launch()
{
    QElapsedTimer timer;
    timer.start();
    // A restart on a fixed port may briefly find it still held by the killed process: the
    // server then exits at once, and is started again.
    for (;;) {
        if (launchOnce())
            return true;
        if (m_options.port == 0 || timer.hasExpired(kStartTimeoutMs) || isRunning())
            return false;
        QThread::msleep(100);
    }
}

bool TestServer::launchOnce()
{
    QStringList arguments { QStringLiteral("serve"), QStringLiteral("--listen"),
        QStringLiteral("127.0.0.1:%1").arg(m_options.port) };
    arguments << databaseArguments();
    // Attachment files in this server's own directory on either backend.
    if (!m_options.extraArguments.contains(QStringLiteral("--attachments-dir")))
        arguments << QStringLiteral("--attachments-dir") << attachmentsDir();
    if (m_options.idleTimeoutMs > 0)
        arguments << QStringLiteral("--idle-timeout-ms")
                  << QString::number(m_options.idleTimeoutMs);
    if (m_options.sessionIdleTimeoutMs > 0)
        arguments << QStringLiteral("--session-idle-timeout-ms")
                  << QString::number(m_options.sessionIdleTimeoutMs);
    if (m_options.maxFrameBytes > 0)
        arguments << QStringLiteral("--max-frame-bytes")
                  << QString::number(m_options.maxFrameBytes);
    if (!m_options.tlsCertificate.isEmpty())
        arguments << QStringLiteral("--tls-cert") << m_options.tlsCertificate
                  << QStringLiteral("--tls-key") << m_options.tlsKey;
    if (m_options.maxConnectionsPerAddress > 0)
        arguments << QStringLiteral("--max-connections-per-address")
                  << QString::number(m_options.maxConnectionsPerAddress);

    arguments << m_options.extraArguments;

    m_process = std::make_unique<QProcess>();
#ifdef Q_OS_LINUX
    // A test killed by its CTest timeout must not leave a server behind.
    m_process->setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGKILL); });
#endif
    // Logs go to a file: a pipe nobody drains while a test blocks on a socket would fill up
    // and stall the server.
    m_process->setStandardErrorFile(
        QDir(m_dir.path()).filePath(QStringLiteral("server.log")), QIODevice::Append);
    m_process->start(serverBinary(), arguments);
    if (!m_process->waitForStarted(kStartTimeoutMs)) {
        m_error = QStringLiteral("cannot start the server: %1").arg(m_process->errorString());
        return false;
    }
    static const QRegularExpression listening(QStringLiteral("^listening on (.+):(\\d+)$"));
    QElapsedTimer timer;
    timer.start();
    while (!timer.hasExpired(kStartTimeoutMs)) {
        while (m_process->canReadLine()) {
            const QString line = QString::fromUtf8(m_process->readLine()).trimmed();
            const QRegularExpressionMatch match = listening.match(line);
            if (match.hasMatch()) {
                m_port = quint16(match.captured(2).toUInt());
                return true;
            }
        }
        if (m_process->state() == QProcess::NotRunning)
            break;
        m_process->waitForReadyRead(100);
    }
    m_error = QStringLiteral("the server did not report listening: %1")
                  .arg(QString::fromUtf8(m_process->readAll() + log()));
    kill9();
    return false;
}

void TestServer::kill9()
{
    if (!m_process)
        return;
    if (m_process->state() != QProcess::NotRunning) {
        m_process->kill();
        m_process->waitForFinished(kToolTimeoutMs);
    }
}

int TestServer::terminate()
{
    if (!isRunning())
        return -1;
    m_process->terminate();
    if (!m_process->waitForFinished(kToolTimeoutMs)) {
        kill9();
        return -1;
    }
    return m_process->exitStatus() == QProcess::NormalExit ? m_process->exitCode() : -1;
}

} // namespace helpdesk::test
