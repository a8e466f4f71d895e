// SPDX-License-Identifier: GPL-3.0-or-later
// DatabaseConfig from and to its URL form (--database).
#include "databaseconfig.h"

#include <QRegularExpression>
#include <QUrl>

namespace helpdesk::server {

namespace {

QString decoded(const QString& part)
{
    return QUrl::fromPercentEncoding(part.toUtf8());
}

QString encoded(const QString& part)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(part));
}

std::optional<DatabaseConfig> invalid(QString* error, const QString& why)
{
    if (error)
        *error = why;
    return std::nullopt;
}

// libpq and SQLite take names as C strings: a NUL would cut them, other control characters
// have no business in them.
bool hasControlCharacters(const QString& text)
{
    for (const QChar c : text) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7f)
            return true;
    }
    return false;
}

// A host name or IPv4 address, an IPv6 address (given in brackets), or the directory of a
// unix socket (an absolute path, percent-encoded in the URL).
bool isValidHost(const QString& host, bool bracketed)
{
    static const QRegularExpression name(QStringLiteral("^[A-Za-z0-9._-]*$"));
    static const QRegularExpression ipv6(QStringLiteral("^[0-9A-Fa-f:.]+(%[A-Za-z0-9_.-]+)?$"));
    if (bracketed)
        return ipv6.match(host).hasMatch() && host.contains(QLatin1Char(':'));
    if (host.startsWith(QLatin1Char('/')))
        return !hasControlCharacters(host) && !host.contains(QLatin1Char(':'))
            && !host.contains(QLatin1Char('@')) && !host.contains(QLatin1Char('?'));
    return name.match(host).hasMatch();
}

// The URL's query (`sslmode=require&connect_timeout=5`) as QPSQL connect options. QPSQL pastes
// them into the libpq connection string, so keys and values are limited to characters that
// need no quoting there.
bool connectOptions(const QString& query, QString* options, QString* error)
{
    static const QRegularExpression key(QStringLiteral("^[a-z_]+$"));
    static const QRegularExpression value(QStringLiteral("^[A-Za-z0-9_.,:/+@-]+$"));
    QStringList pairs;
    for (const QString& pair : query.split(QLatin1Char('&'), Qt::SkipEmptyParts)) {
        const qsizetype equals = pair.indexOf(QLatin1Char('='));
        const QString name = decoded(pair.left(equals));
        const QString setting = equals < 0 ? QString() : decoded(pair.mid(equals + 1));
        if (!key.match(name).hasMatch()) {
            *error = QStringLiteral("database URL: \"%1\" is not a connection option").arg(name);
            return false;
        }
        if (name == QLatin1String("password") || name == QLatin1String("user")
            || name == QLatin1String("host") || name == QLatin1String("port")
            || name == QLatin1String("dbname")) {
            *error
                = QStringLiteral("database URL: give %1 in the URL itself, not as ?%1=").arg(name);
            return false;
        }
        if (!value.match(setting).hasMatch()) {
            *error = QStringLiteral("database URL: option %1 has an unsupported value").arg(name);
            return false;
        }
        pairs << name + QLatin1Char('=') + setting;
    }
    *options = pairs.join(QLatin1Char(';'));
    return true;
}

std::optional<DatabaseConfig> fromPostgresUrl(const QString& rest, QString* error)
{
    // rest: [user[:password]@][host][:port][/dbname][?options]
    QString main = rest;
    QString query;
    const qsizetype question = main.indexOf(QLatin1Char('?'));
    if (question >= 0) {
        query = main.mid(question + 1);
        main = main.left(question);
    }
    const qsizetype slash = main.indexOf(QLatin1Char('/'));
    const QString authority = slash < 0 ? main : main.left(slash);
    const QString path = slash < 0 ? QString() : main.mid(slash + 1);
    const qsizetype at = authority.lastIndexOf(QLatin1Char('@'));
    const QString userInfo = at < 0 ? QString() : authority.left(at);
    QString hostPort = authority.mid(at + 1);

    DatabaseConfig config;
    config.backend = DatabaseBackend::Postgres;
    const qsizetype colon = userInfo.indexOf(QLatin1Char(':'));
    config.user = decoded(colon < 0 ? userInfo : userInfo.left(colon));
    if (colon >= 0)
        config.password = decoded(userInfo.mid(colon + 1));

    QString portText;
    if (hostPort.startsWith(QLatin1Char('['))) {
        const qsizetype close = hostPort.indexOf(QLatin1Char(']'));
        if (close < 0)
            return invalid(error, QStringLiteral("database URL: unclosed [ in the host"));
        config.host = hostPort.mid(1, close - 1);
        if (!isValidHost(config.host, true))
            return invalid(error, QStringLiteral("database URL: not an IPv6 address in [ ]"));
        const QString after = hostPort.mid(close + 1);
        if (!after.isEmpty() && !after.startsWith(QLatin1Char(':')))
            return invalid(error, QStringLiteral("database URL: unexpected text after the host"));
        portText = after.mid(1);
    } else {
        const qsizetype portColon = hostPort.lastIndexOf(QLatin1Char(':'));
        config.host = decoded(portColon < 0 ? hostPort : hostPort.left(portColon));
        if (portColon >= 0)
            portText = hostPort.mid(portColon + 1);
        if (!isValidHost(config.host, false))
            return invalid(error,
                QStringLiteral("database URL: the host is not a name, an address or a socket "
                               "directory (a user or password with @ or : must be percent-encoded)"));
    }
    if (!portText.isEmpty()) {
        bool ok = false;
        const int port = portText.toInt(&ok);
        if (!ok || port < 1 || port > 65535)
            return invalid(
                error, QStringLiteral("database URL: port \"%1\" is not 1 to 65535").arg(portText));
        config.port = port;
    }
    config.databaseName = decoded(path);
    if (config.databaseName.isEmpty() || config.databaseName.contains(QLatin1Char('/')))
        return invalid(
            error, QStringLiteral("database URL: name the database, postgres://user@host/dbname"));
    if (hasControlCharacters(config.user) || hasControlCharacters(config.password)
        || hasControlCharacters(config.databaseName))
        return invalid(error,
            QStringLiteral("database URL: control characters in the user, password or database name"));
    QString optionError;
    if (!connectOptions(query, &config.connectOptions, &optionError))
        return invalid(error, optionError);
    return config;
}

} // namespace

std::optional<DatabaseConfig> DatabaseConfig::fromUrl(const QString& url, QString* error)
{
    static const QRegularExpression postgres(
        QStringLiteral("^postgres(ql)?://"), QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch match = postgres.match(url);
    if (match.hasMatch())
        return fromPostgresUrl(url.mid(match.capturedLength()), error);
    if (url.startsWith(QLatin1String("sqlite:"), Qt::CaseInsensitive)) {
        QString path = url.mid(7);
        if (path.startsWith(QLatin1String("//")))
            path = path.mid(2); // sqlite:///var/lib/helpdesk/helpdesk.sqlite
        if (path.isEmpty())
            return invalid(error, QStringLiteral("database URL: sqlite:PATH needs a path"));
        if (hasControlCharacters(path))
            return invalid(error, QStringLiteral("database URL: control characters in the path"));
        DatabaseConfig config;
        config.sqlitePath = path;
        return config;
    }
    // Never echo the URL: it may hold a password.
    return invalid(error,
        QStringLiteral("database URL must start with postgres://, postgresql:// or sqlite:"));
}

QString DatabaseConfig::toUrl(bool withPassword) const
{
    if (!isPostgres()) {
        // fromUrl drops a leading "//" (sqlite:///abs/path): a path that itself begins with
        // "//" keeps it only behind one more (found by fuzz_databaseurl).
        return (sqlitePath.startsWith(QLatin1String("//")) ? QStringLiteral("sqlite://")
                                                           : QStringLiteral("sqlite:"))
            + sqlitePath;
    }
    QString url = QStringLiteral("postgres://");
    if (!user.isEmpty() || (withPassword && !password.isEmpty())) {
        url += encoded(user);
        if (withPassword && !password.isEmpty())
            url += QLatin1Char(':') + encoded(password);
        url += QLatin1Char('@');
    }
    url += host.contains(QLatin1Char(':')) ? QLatin1Char('[') + host + QLatin1Char(']')
                                           : encoded(host);
    if (port > 0)
        url += QLatin1Char(':') + QString::number(port);
    url += QLatin1Char('/') + encoded(databaseName);
    if (!connectOptions.isEmpty())
        url += QLatin1Char('?')
            + QString(connectOptions).replace(QLatin1Char(';'), QLatin1Char('&'));
    return url;
}

} // namespace helpdesk::server
