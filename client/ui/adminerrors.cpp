// SPDX-License-Identifier: GPL-3.0-or-later
#include "adminerrors.h"

#include "errortext.h"

#include <QJsonObject>
#include <QLabel>

namespace helpdesk::client {

namespace {

QString reasonOf(const rpc::Error& error, const QString& field)
{
    return error.data.toObject().value(QLatin1String("fields")).toObject().value(field).toString();
}

} // namespace

QString AdminErrors::field(const rpc::Error& error)
{
    const QJsonObject fields = error.data.toObject().value(QLatin1String("fields")).toObject();
    return fields.isEmpty() ? QString() : fields.begin().key();
}

QLabel* AdminErrors::createLabel(QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setObjectName(QStringLiteral("error"));
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setStyleSheet(QStringLiteral("color: #b00020"));
    label->hide();
    return label;
}

void AdminErrors::show(QLabel* label, const QString& text)
{
    label->setText(text);
    label->show();
}

QString AdminErrors::text(const rpc::Error& error)
{
    if (error.code == rpc::Unauthenticated && !error.data.isObject())
        return tr("You are no longer logged in. Log in again, then try once more.");
    if (error.code != rpc::ValidationFailed)
        return errorText(error);
    const QString name = field(error);
    const QString reason = reasonOf(error, name);
    if (name == QLatin1String("oldPassword"))
        return reason == QLatin1String("required") ? tr("Enter your current password.")
                                                   : tr("The current password is wrong.");
    if (name == QLatin1String("password"))
        return tr("A password must have 8 to 1024 characters.");
    if (name == QLatin1String("login"))
        return reason == QLatin1String("already taken")
            ? tr("This login is already taken.")
            : tr("A login has 1 to 64 letters, digits or . _ @ + -.");
    if (name == QLatin1String("name"))
        return tr("A name must have 1 to 200 characters.");
    if (name == QLatin1String("email"))
        return tr("This is not an e-mail address.");
    if (name == QLatin1String("phone"))
        return tr("A phone number has at most 40 digits, spaces and + ( ) . / -.");
    if (name == QLatin1String("locale") || name == QLatin1String("language"))
        return tr("Not a language code like hr or pt_BR.");
    if (name == QLatin1String("enabled"))
        return tr("You cannot disable your own account.");
    if (name == QLatin1String("notes"))
        return tr("Notes can have at most 10,000 characters.");
    if (name.startsWith(QLatin1String("services."))) {
        const int row = name.section(QLatin1Char('.'), 1, 1).toInt() + 1;
        return tr("Service %1: a name has 1 to 200 characters, details at most 2,000.").arg(row);
    }
    return tr("%1 (%2: %3)").arg(errorText(error), name, reason);
}

} // namespace helpdesk::client
