// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QVector>

#include <memory>

namespace helpdesk::test {

class TestServer;

// One run of the real `helpdesk-server mailgate` on a TestServer's database.
struct MailgateRun
{
    int exitCode = -1;
    QString log; // its stderr: the line an MTA would put in a bounce
    qint64 ticketId = 0; // from "new ticket N" / "reply in ticket N"
    bool newTicket = false;
};

MailgateRun runMailgate(const TestServer& server, const QByteArray& mail, const QString& configPath,
    const QString& queue = QStringLiteral("Support"), const QStringList& extraArguments = {});

// Writes `config` as a mail settings file in `dir`; returns its path.
QString writeMailConfig(const QString& dir, const QString& name, const QJsonObject& config);

// A file of the checked-in corpus, tests/data/mail.
QByteArray corpusMail(const QString& fileName);

// A small text/plain UTF-8 mail with CRLF line ends; `headers` are extra lines ("Name: value").
QByteArray plainMail(const QString& from, const QString& subject, const QString& messageId,
    const QString& body, const QStringList& headers = {});

// A mail the SMTP sink accepted.
struct DeliveredMail
{
    QString envelopeFrom;
    QStringList recipients;
    QByteArray raw;
    QString header(const QString& name) const; // the first such header, unfolded; "" if none
    int headerCount(const QString& name) const;
};

// A real SMTP server (tests/integration/smtpsink.py on Debian's python3-aiosmtpd) on a
// loopback port; what it accepts lands in a directory of its own.
class SmtpSink
{
public:
    explicit SmtpSink(QString directory);
    ~SmtpSink();
    // `extra`: --tls CERT KEY, --auth USER PASSWORD. False when it did not come up.
    bool start(quint16 port, const QStringList& extra = {});
    void stop();
    QVector<DeliveredMail> mails() const; // oldest first
    // Waits until more than `before` mails have arrived; the newest, or an empty one.
    DeliveredMail waitForMail(int before, int timeoutMs = 20'000) const;

private:
    QString m_directory;
    std::unique_ptr<QProcess> m_process;
};

} // namespace helpdesk::test
