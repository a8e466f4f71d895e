// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A throw-away self-signed certificate for 127.0.0.1, made with the openssl tool (installed by
// scripts/test.sh), for the TLS tests of the server and of the client.

#include <QProcess>
#include <QString>

namespace helpdesk::test {

// Writes cert.pem and key.pem into `dir`. False (and *error: openssl's complaint) on failure.
inline bool makeSelfSignedCertificate(const QString& dir, QString* error)
{
    QProcess openssl;
    openssl.start(QStringLiteral("openssl"),
        { QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
            QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-days"),
            QStringLiteral("1"), QStringLiteral("-subj"), QStringLiteral("/CN=127.0.0.1"),
            QStringLiteral("-keyout"), dir + QStringLiteral("/key.pem"), QStringLiteral("-out"),
            dir + QStringLiteral("/cert.pem") });
    if (openssl.waitForFinished(30000) && openssl.exitCode() == 0)
        return true;
    *error = openssl.errorString() + QLatin1Char(' ')
        + QString::fromLocal8Bit(openssl.readAllStandardError());
    return false;
}

} // namespace helpdesk::test
