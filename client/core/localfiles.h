// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Small helpers for the client's local state (drafts, outbox, read markers): where it lives
// and how it is written so that a crash mid-write never leaves a torn file.

#include <QJsonDocument>
#include <QString>

#include <optional>

namespace helpdesk::client {

// Per-profile directory under QStandardPaths::AppDataLocation, one per server and login, so
// that two accounts on one machine never share drafts or an outbox. Not created here.
QString profileDirectory(const QString& host, quint16 port, const QString& login);

// Writes atomically (QSaveFile: temp file, then rename), creating the directory if needed.
bool writeJsonFile(const QString& path, const QJsonDocument& document, QString* error = nullptr);

// nullopt if the file is missing or unreadable; *error explains the latter (a missing file
// is no error: there was simply nothing saved yet).
std::optional<QJsonDocument> readJsonFile(const QString& path, QString* error = nullptr);

} // namespace helpdesk::client
