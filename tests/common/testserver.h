// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>

namespace helpdesk::test {

// Every user of the standard population logs in with this password.
inline const QString kPassword = QStringLiteral("correct-horse-42");

// The standard population (TestServer::Options::populate), ids as a fresh database gives them:
//   customers: 1 "Acme Corp", 2 "Globex"
//   staff:     admin (admin), lead (lead), agent (agent), agent2 (agent)
//   customers: alice (Acme, owner), amy (Acme, technical), bob (Globex, owner)
constexpr qint64 kAcme = 1;
constexpr qint64 kGlobex = 2;

// The real helpdesk-server binary as a child process on a fresh temporary data dir: `init`,
// users through `user add --password-stdin`, then `serve` on a free loopback port. It can be
// killed (-9) or terminated (SIGTERM) and started again on the same data dir.
//
// With HELPDESK_TEST_BACKEND=postgres (the `_pg` CTest variants) the database is a fresh
// PostgreSQL database made for this TestServer on the server of HELPDESK_TEST_PG (a
// superuser URL, set by scripts/test.sh) and dropped at the end. Without HELPDESK_TEST_PG such
// a test exits before it starts: with code 77, which CTest counts as skipped, or, when
// HELPDESK_TEST_REQUIRE_PG is set (scripts/test.sh), with a failure.
class TestServer
{
public:
    struct Options
    {
        bool populate = true;
        int idleTimeoutMs = 0; // 0: the server's default
        int sessionIdleTimeoutMs = 0; // 0: the server's default
        qint64 maxFrameBytes = 0; // 0: the server's default (16 MiB)
        int maxConnectionsPerAddress = 0; // 0: the server's default
        QString tlsCertificate; // PEM files: serve TLS
        QString tlsKey;
        QString backend; // "sqlite" or "postgres"; empty: HELPDESK_TEST_BACKEND
        QStringList extraArguments; // appended to `serve`
        QString databaseUrl; // startSharing(): reach the database by this URL instead
        bool demo = false; // `init --demo`: the demo data of scripts/run.sh instead of populate
        quint16 port = 0; // listen on this loopback port; 0: any free one
    };

    TestServer();
    ~TestServer();
    TestServer(const TestServer&) = delete;
    TestServer& operator=(const TestServer&) = delete;

    // init + population + serve. False (see errorString()) when any step fails.
    bool start(const Options& options);
    bool start() { return start(Options()); }
    // A second server on the database of `first` (PostgreSQL; already started): no init, no
    // population, only `serve`. The database stays `first`'s (it drops it).
    bool startSharing(const TestServer& first, const Options& options);
    bool startSharing(const TestServer& first) { return startSharing(first, Options()); }
    // serve again on the same data dir with the same options (after kill9() or terminate()),
    // or with other serve options (no init).
    bool restart();
    bool restart(const Options& options);
    // SIGKILL, then waits for the process to go.
    void kill9();
    // SIGTERM; returns the exit code of a normal exit, -1 when it crashed or hung.
    int terminate();

    // SIGSTOP / SIGCONT: a server that keeps its sockets open but answers nothing, like a
    // peer behind a dropped network.
    void pause();
    void resume();
    bool isRunning() const;
    quint16 port() const { return m_port; }
    qint64 pid() const;
    QString dataDir() const { return m_dir.path(); }
    // Where `serve` stores attachment files (--attachments-dir, on either backend).
    QString attachmentsDir() const { return m_dir.path() + QStringLiteral("/attachments"); }
    bool isPostgres() const { return !m_databaseUrl.isEmpty(); }
    // The --database URL the server runs on, password included (empty: SQLite in dataDir()).
    QString databaseUrl() const { return m_databaseUrl; }
    QString errorString() const { return m_error; }
    // The server's stderr so far (logs), for failure messages.
    QByteArray log() const;

    // CLI `user add`; works while the server runs too (SQLite WAL).
    bool addUser(const QString& login, const QString& name, const QString& role,
        const QString& password, qint64 customerId = 0, const QString& contactRole = {});
    // Inserts a customer organisation straight into the database; returns its id or 0.
    qint64 addCustomer(const QString& name);
    // Runs one statement straight on the database (either backend) and returns the first
    // column of the first row; an invalid QVariant and errorString() on failure.
    QVariant queryScalar(const QString& sql, const QVariantList& values = {});

    // A port that was free a moment ago (bind to 0, read, close): for tests that restart the
    // server and need it back on the same port.
    static quint16 freePort();
    // Sets the clock of servers started with HELPDESK_TEST_CLOCK_FILE=`clockFile` to `utc`
    // (ISO 8601, e.g. "2026-01-05T09:00:00Z"); false when the file cannot be written.
    static bool setClock(const QString& clockFile, const char* utc);

    // "postgres" or "sqlite", from HELPDESK_TEST_BACKEND.
    static QString backend();
    // The helpdesk-server binary under test, for commands a test runs itself.
    static QString binary();

    // One run of a helpdesk-server command (e.g. migrate-data, backup) to its end.
    struct CommandRun
    {
        int exitCode = -1; // -1: it crashed or did not finish within four minutes
        QString out;
        QString err;
    };
    static CommandRun runCommand(const QStringList& arguments);
    // Runs the shell command in an environment variable of scripts/pg-test-cluster.sh (e.g.
    // HELPDESK_TEST_PG_STOP) that stops, starts or crashes the test cluster; empty on
    // success, else the reason.
    static QString runClusterControl(const char* variable);

private:
    bool createDatabase();
    void dropDatabase();
    QStringList databaseArguments() const;
    bool runTool(const QStringList& arguments, const QByteArray& input = {});
    bool populate();
    bool launch();
    bool launchOnce();

    QTemporaryDir m_dir;
    QString m_databaseUrl; // PostgreSQL only
    QString m_databaseName;
    Options m_options;
    std::unique_ptr<QProcess> m_process;
    quint16 m_port = 0;
    QString m_error;
};

} // namespace helpdesk::test
