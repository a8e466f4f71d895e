// SPDX-License-Identifier: GPL-3.0-or-later
#include "mailtools.h"

#include "testserver.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QProcess>
#include <QRegularExpression>

namespace helpdesk::test {

MailgateRun runMailgate(const TestServer& server, const QByteArray& mail, const QString& configPath,
    const QString& queue)
{
    QStringList arguments { QStringLiteral("mailgate"), QStringLiteral("--queue"), queue,
        QStringLiteral("--mail-config"), configPath };
    if (server.isPostgres())
        arguments << QStringLiteral("--database") << server.databaseUrl();
    else
        arguments << QStringLiteral("--data-dir") << server.dataDir();
    QProcess process;
    process.start(TestServer::binary(), arguments);
    MailgateRun run;
    if (!process.waitForStarted(30'000))
        return run;
    process.write(mail);
    process.closeWriteChannel();
    if (!process.waitForFinished(120'000))
        return run;
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.log = QString::fromUtf8(process.readAllStandardError());
    static const QRegularExpression filed(QStringLiteral("(new ticket|reply in ticket) (\\d+)"));
    const auto match = filed.match(run.log);
    if (match.hasMatch()) {
        run.newTicket = match.captured(1) == QLatin1String("new ticket");
        run.ticketId = match.captured(2).toLongLong();
    }
    return run;
}

QString writeMailConfig(const QString& dir, const QString& name, const QJsonObject& config)
{
    const QString path = QDir(dir).absoluteFilePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return {};
    file.write(QJsonDocument(config).toJson());
    return path;
}

QByteArray corpusMail(const QString& fileName)
{
    QFile file(QStringLiteral(HELPDESK_MAIL_CORPUS "/") + fileName);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QByteArray plainMail(const QString& from, const QString& subject, const QString& messageId,
    const QString& body, const QStringList& headers)
{
    QStringList lines { QStringLiteral("From: ") + from, QStringLiteral("To: support@example.com"),
        QStringLiteral("Subject: ") + subject,
        QStringLiteral("Date: Mon, 2 Mar 2026 09:14:03 +0100") };
    if (!messageId.isEmpty())
        lines << QStringLiteral("Message-ID: <%1>").arg(messageId);
    lines << headers;
    lines << QStringLiteral("MIME-Version: 1.0")
          << QStringLiteral("Content-Type: text/plain; charset=utf-8")
          << QStringLiteral("Content-Transfer-Encoding: 8bit") << QString() << body;
    return lines.join(QStringLiteral("\r\n")).toUtf8() + "\r\n";
}

} // namespace helpdesk::test
