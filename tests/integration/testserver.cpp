// SPDX-License-Identifier: GPL-3.0-or-later
#include "testserver.h"

#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#ifdef Q_OS_LINUX
#include <csignal>
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
} // namespace

TestServer::TestServer() = default;

TestServer::~TestServer()
{
    if (isRunning())
        kill9();
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
    QStringList arguments { QStringLiteral("user"), QStringLiteral("add"),
        QStringLiteral("--data-dir"), m_dir.path(), QStringLiteral("--login"), login,
        QStringLiteral("--name"), name, QStringLiteral("--role"), role,
        QStringLiteral("--password-stdin") };
    if (customerId > 0)
        arguments << QStringLiteral("--customer-id") << QString::number(customerId);
    if (!contactRole.isEmpty())
        arguments << QStringLiteral("--contact-role") << contactRole;
    return runTool(arguments, password.toUtf8() + '\n');
}

qint64 TestServer::addCustomer(const QString& name)
{
    static int s_connections = 0;
    const QString connectionName = QStringLiteral("testserver-%1").arg(++s_connections);
    qint64 id = 0;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connectionName);
        db.setDatabaseName(QDir(m_dir.path()).filePath(QStringLiteral("helpdesk.sqlite")));
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
        if (db.open()) {
            QSqlQuery insert(db);
            insert.prepare(
                QStringLiteral("INSERT INTO customers (name, created_at) VALUES (?, ?)"));
            insert.addBindValue(name);
            insert.addBindValue(QDateTime::currentMSecsSinceEpoch());
            if (insert.exec())
                id = insert.lastInsertId().toLongLong();
            else
                m_error = insert.lastError().text();
        } else {
            m_error = db.lastError().text();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(connectionName);
    return id;
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
    if (!runTool({ QStringLiteral("init"), QStringLiteral("--data-dir"), m_dir.path() }))
        return false;
    if (options.populate && !populate())
        return false;
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

bool TestServer::launch()
{
    QStringList arguments { QStringLiteral("serve"), QStringLiteral("--data-dir"), m_dir.path(),
        QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0") };
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
