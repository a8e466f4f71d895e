// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace helpdesk::client {

// "just now", "5 minutes ago", "yesterday, 14:05", or a date: how recent something is, in the
// language of the current translator and QLocale().
class TimeText
{
    Q_DECLARE_TR_FUNCTIONS(TimeText)
public:
    static QString relative(
        const QDateTime& when, const QDateTime& now = QDateTime::currentDateTime());
};

} // namespace helpdesk::client
