// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>

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
    const QString& queue = QStringLiteral("Support"));

// Writes `config` as a mail settings file in `dir`; returns its path.
QString writeMailConfig(const QString& dir, const QString& name, const QJsonObject& config);

// A file of the checked-in corpus, tests/data/mail.
QByteArray corpusMail(const QString& fileName);

// A small text/plain UTF-8 mail with CRLF line ends; `headers` are extra lines ("Name: value").
QByteArray plainMail(const QString& from, const QString& subject, const QString& messageId,
    const QString& body, const QStringList& headers = {});

} // namespace helpdesk::test
