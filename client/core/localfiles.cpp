// SPDX-License-Identifier: GPL-3.0-or-later
#include "localfiles.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSaveFile>
#include <QStandardPaths>

namespace helpdesk::client {

namespace {

// Host names and logins may hold characters that are no good in file names on Windows.
QString safeName(const QString& text)
{
    static const QRegularExpression unsafe(QStringLiteral("[^A-Za-z0-9._@-]"));
    QString name = text;
    name.replace(unsafe, QStringLiteral("_"));
    return name;
}

} // namespace

QString profileDirectory(const QString& host, quint16 port, const QString& login)
{
    const QString base = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QDir(base).filePath(QStringLiteral("profiles/%1_%2_%3")
                                   .arg(safeName(host.toLower()))
                                   .arg(port)
                                   .arg(safeName(login)));
}

bool writeJsonFile(const QString& path, const QJsonDocument& document, QString* error)
{
    const QString directory = QFileInfo(path).absolutePath();
    if (!QDir().mkpath(directory)) {
        if (error)
            *error = QStringLiteral("cannot create %1").arg(directory);
        return false;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = file.errorString();
        return false;
    }
    file.write(document.toJson(QJsonDocument::Compact));
    if (!file.commit()) {
        if (error)
            *error = file.errorString();
        return false;
    }
    return true;
}

std::optional<QJsonDocument> readJsonFile(const QString& path, QString* error)
{
    QFile file(path);
    if (!file.exists())
        return std::nullopt;
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = file.errorString();
        return std::nullopt;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        if (error)
            *error = parseError.errorString();
        return std::nullopt;
    }
    return document;
}

} // namespace helpdesk::client
