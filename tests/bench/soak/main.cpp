// SPDX-License-Identifier: GPL-3.0-or-later
// helpdesk-soak: 1,000 sessions against a helpdesk-server on 127.0.0.1 for minutes, the
// server's memory, file descriptors and latency every minute, then logins under an attacker's
// idle and stalled connections (docs/performance.md, "Soak"; run by tests/bench/soak.sh).
#include "soakrunner.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

using namespace helpdesk::bench;

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("helpdesk-soak"));
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Soak of helpdesk-server on 127.0.0.1 (data from helpdesk-gen); uses the loopback "
        "addresses 127.1.x.x, 127.2.0.x and 127.3.0.1 as sources."));
    parser.addHelpOption();
    SoakRunner::Options defaults;
    const auto number = [](const char* name, const char* text, qint64 value) {
        return QCommandLineOption(QLatin1String(name), QLatin1String(text), QStringLiteral("n"),
            QString::number(value));
    };
    const QCommandLineOption port = number("port", "Server port on 127.0.0.1.", defaults.port);
    const QCommandLineOption plain(QStringLiteral("plain"), QStringLiteral("No TLS."));
    const QCommandLineOption pid = number("server-pid", "The server's process id (for /proc).", 0);
    const QCommandLineOption clients = number("clients", "Sessions.", defaults.clients);
    const QCommandLineOption active = number("active", "Sessions making calls.", defaults.active);
    const QCommandLineOption agents
        = number("agent-sessions", "Sessions of agents (the rest: customers).", defaults.agentSessions);
    const QCommandLineOption minutes = number("minutes", "Minutes of the soak.", 10);
    const QCommandLineOption think
        = number("think-ms", "Mean pause between an active session's calls.", defaults.thinkMs);
    const QCommandLineOption attack
        = number("attack-seconds", "Seconds of logins under attack.", defaults.attackSeconds);
    const QCommandLineOption idle
        = number("attack-idle", "Idle TCP connections of the attacker.", defaults.attackIdle);
    const QCommandLineOption stalled = number(
        "attack-stalled", "Stalled TLS handshakes of the attacker.", defaults.attackStalled);
    const QCommandLineOption password(QStringLiteral("password"),
        QStringLiteral("Password of the generated users."), QStringLiteral("text"),
        defaults.password);
    parser.addOptions({ port, plain, pid, clients, active, agents, minutes, think, attack, idle,
        stalled, password });
    parser.process(app);

    SoakRunner::Options options;
    options.port = quint16(parser.value(port).toUInt());
    options.tls = !parser.isSet(plain);
    options.serverPid = parser.value(pid).toLongLong();
    options.clients = qBound(1, parser.value(clients).toInt(), 5000);
    options.active = qBound(0, parser.value(active).toInt(), options.clients);
    options.agentSessions = qBound(0, parser.value(agents).toInt(), options.clients);
    options.minutes = qBound(1, parser.value(minutes).toInt(), 24 * 60);
    options.thinkMs = qBound(0, parser.value(think).toInt(), 600'000);
    options.attackSeconds = qBound(1, parser.value(attack).toInt(), 3600);
    options.attackIdle = qBound(0, parser.value(idle).toInt(), 5000);
    options.attackStalled = qBound(0, parser.value(stalled).toInt(), 5000);
    options.password = parser.value(password);
    if (options.serverPid <= 0 || options.port == 0) {
        QTextStream(stderr) << "helpdesk-soak: --port and --server-pid are needed\n";
        return 2;
    }
    SoakRunner runner(options);
    QObject::connect(&runner, &SoakRunner::finished, &app, &QCoreApplication::quit, Qt::QueuedConnection);
    runner.start();
    app.exec();
    return runner.exitCode();
}
