// SPDX-License-Identifier: GPL-3.0-or-later
#include "mailcomposer.h"

#include <gmime/gmime.h>

#include <QRegularExpression>

#include <memory>
#include <mutex>

namespace helpdesk::server::mail {

namespace {

template<typename T> struct GUnref
{
    void operator()(T* object) const
    {
        if (object)
            g_object_unref(object);
    }
};
template<typename T> using GPtr = std::unique_ptr<T, GUnref<T>>;

// One line of text: control characters (CR and LF above all) become spaces.
QString oneLine(const QString& text)
{
    QString line = text;
    for (QChar& c : line) {
        if (c.category() == QChar::Other_Control || c == QChar::LineSeparator
            || c == QChar::ParagraphSeparator)
            c = QLatin1Char(' ');
    }
    return line.simplified();
}

QByteArray utf8(const QString& text)
{
    return oneLine(text).toUtf8();
}

void addMailbox(
    GMimeMessage* message, GMimeAddressType type, const QString& name, const QString& address)
{
    if (!isPlainAddress(address))
        return;
    InternetAddress* mailbox
        = internet_address_mailbox_new(utf8(name).constData(), address.toUtf8().constData());
    internet_address_list_add(g_mime_message_get_addresses(message, type), mailbox);
    g_object_unref(mailbox);
}

void setHeader(GMimeMessage* message, const char* name, const QString& value)
{
    if (!value.isEmpty())
        g_mime_object_set_header(GMIME_OBJECT(message), name, utf8(value).constData(), "utf-8");
}

QString idList(const QStringList& ids)
{
    QStringList bracketed;
    for (const QString& id : ids) {
        if (isPlainAddress(id))
            bracketed << QLatin1Char('<') + id + QLatin1Char('>');
    }
    return bracketed.join(QLatin1Char(' '));
}

} // namespace

bool isPlainAddress(const QString& address)
{
    // dot-atom local part and domain, no quotes, comments, spaces or controls
    static const QRegularExpression plain(QStringLiteral(
        "^[A-Za-z0-9!#$%&'*+/=?^_`{|}~.-]{1,64}@[A-Za-z0-9](?:[A-Za-z0-9.-]{0,251}[A-Za-z0-9])?$"));
    return plain.match(address).hasMatch();
}

QByteArray composeMail(const OutgoingMail& mail)
{
    static std::once_flag once;
    std::call_once(once, [] { g_mime_init(); });
    GPtr<GMimeMessage> message(g_mime_message_new(TRUE));
    addMailbox(message.get(), GMIME_ADDRESS_TYPE_FROM, mail.fromName, mail.fromAddress);
    addMailbox(message.get(), GMIME_ADDRESS_TYPE_TO, mail.toName, mail.toAddress);
    for (const auto& [name, address] : mail.cc)
        addMailbox(message.get(), GMIME_ADDRESS_TYPE_CC, name, address);
    if (!mail.replyTo.isEmpty())
        addMailbox(message.get(), GMIME_ADDRESS_TYPE_REPLY_TO, QString(), mail.replyTo);
    g_mime_message_set_subject(message.get(), utf8(mail.subject).constData(), "utf-8");
    GDateTime* date = g_date_time_new_from_unix_utc(
        (mail.date.isValid() ? mail.date : QDateTime::currentDateTimeUtc()).toSecsSinceEpoch());
    g_mime_message_set_date(message.get(), date);
    g_date_time_unref(date);
    if (isPlainAddress(mail.messageId))
        g_mime_message_set_message_id(message.get(), mail.messageId.toUtf8().constData());
    if (!mail.references.isEmpty()) {
        setHeader(message.get(), "In-Reply-To", idList({ mail.references.last() }));
        setHeader(message.get(), "References", idList(mail.references));
    }
    if (!mail.autoSubmitted.isEmpty()) {
        setHeader(message.get(), "Auto-Submitted", mail.autoSubmitted);
        setHeader(message.get(), "X-Auto-Response-Suppress", QStringLiteral("All"));
    }
    setHeader(message.get(), "Content-Language", mail.language);

    GPtr<GMimeTextPart> body(g_mime_text_part_new_with_subtype("plain"));
    QString text = mail.body;
    text.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    g_mime_text_part_set_text(body.get(), text.toUtf8().constData());
    g_mime_text_part_set_charset(body.get(), "utf-8");
    g_mime_part_set_content_encoding(
        GMIME_PART(body.get()), GMIME_CONTENT_ENCODING_QUOTEDPRINTABLE);
    g_mime_message_set_mime_part(message.get(), GMIME_OBJECT(body.get()));

    GMimeFormatOptions* format = g_mime_format_options_clone(nullptr);
    g_mime_format_options_set_newline_format(format, GMIME_NEWLINE_FORMAT_DOS);
    char* bytes = g_mime_object_to_string(GMIME_OBJECT(message.get()), format);
    g_mime_format_options_free(format);
    const QByteArray raw(bytes);
    g_free(bytes);
    return raw;
}

} // namespace helpdesk::server::mail
