// SPDX-License-Identifier: GPL-3.0-or-later
#include "mailtools.h"

#include "testserver.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QProcess>
#include <QRegularExpression>
#include <QTest>

namespace helpdesk::test {

MailgateRun runMailgate(const TestServer& server, const QByteArray& mail, const QString& configPath,
    const QString& queue, const QStringList& extraArguments)
{
    QStringList arguments { QStringLiteral("mailgate"), QStringLiteral("--queue"), queue,
        QStringLiteral("--mail-config"), configPath };
    if (server.isPostgres())
        arguments << QStringLiteral("--database") << server.databaseUrl();
    else
        arguments << QStringLiteral("--data-dir") << server.dataDir();
    arguments << QStringLiteral("--attachments-dir") << server.attachmentsDir() << extraArguments;
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

QString DeliveredMail::header(const QString& name) const
{
    const qsizetype end = raw.indexOf("\r\n\r\n");
    const QString head = QString::fromUtf8(raw.left(end < 0 ? raw.size() : end));
    static const QRegularExpression fold(QStringLiteral("\r\n[ \t]+"));
    const QStringList lines
        = QString(head).replace(fold, QStringLiteral(" ")).split(QStringLiteral("\r\n"));
    for (const QString& line : lines) {
        if (line.section(QLatin1Char(':'), 0, 0).compare(name, Qt::CaseInsensitive) == 0)
            return line.section(QLatin1Char(':'), 1).trimmed();
    }
    return {};
}

int DeliveredMail::headerCount(const QString& name) const
{
    const qsizetype end = raw.indexOf("\r\n\r\n");
    int count = 0;
    for (const QByteArray& line : raw.left(end).split('\n')) {
        if (QString::fromUtf8(line)
                .section(QLatin1Char(':'), 0, 0)
                .compare(name, Qt::CaseInsensitive)
            == 0)
            ++count;
    }
    return count;
}

SmtpSink::SmtpSink(QString directory)
    : m_directory(std::move(directory))
{
    QDir().mkpath(m_directory);
}

SmtpSink::~SmtpSink()
{
    stop();
}

bool SmtpSink::start(quint16 port, const QStringList& extra)
{
    stop();
    m_process = std::make_unique<QProcess>();
    m_process->setProcessChannelMode(QProcess::ForwardedErrorChannel);
    // The system Python: python3-aiosmtpd is a Debian package.
    m_process->start(QStringLiteral("/usr/bin/python3"),
        QStringList { QStringLiteral(HELPDESK_SMTP_SINK), QString::number(port), m_directory }
            + extra);
    if (!m_process->waitForStarted(10'000))
        return false;
    while (m_process->state() == QProcess::Running && !m_process->canReadLine())
        m_process->waitForReadyRead(100);
    return m_process->readLine().trimmed() == "ready";
}

void SmtpSink::stop()
{
    if (!m_process)
        return;
    m_process->terminate();
    if (!m_process->waitForFinished(10'000))
        m_process->kill();
    m_process->waitForFinished(5'000);
    m_process.reset();
}

DeliveredMail SmtpSink::waitForMail(int before, int timeoutMs) const
{
    QElapsedTimer timer;
    timer.start();
    while (!timer.hasExpired(timeoutMs)) {
        const QVector<DeliveredMail> delivered = mails();
        if (delivered.size() > before)
            return delivered.last();
        QTest::qWait(50);
    }
    return {};
}

QVector<DeliveredMail> SmtpSink::mails() const
{
    QVector<DeliveredMail> mails;
    const QDir dir(m_directory);
    QStringList names = dir.entryList({ QStringLiteral("*.eml") }, QDir::Files);
    std::sort(names.begin(), names.end(), [](const QString& a, const QString& b) {
        return a.section(QLatin1Char('-'), 1).section(QLatin1Char('.'), 0, 0).toInt()
            < b.section(QLatin1Char('-'), 1).section(QLatin1Char('.'), 0, 0).toInt();
    });
    for (const QString& name : names) {
        QFile eml(dir.filePath(name));
        QFile env(dir.filePath(name.chopped(4) + QStringLiteral(".env")));
        if (!eml.open(QIODevice::ReadOnly) || !env.open(QIODevice::ReadOnly))
            continue;
        QStringList lines
            = QString::fromUtf8(env.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        DeliveredMail mail;
        mail.envelopeFrom = lines.isEmpty() ? QString() : lines.takeFirst();
        mail.recipients = lines;
        mail.raw = eml.readAll();
        mails.append(mail);
    }
    return mails;
}

} // namespace helpdesk::test
