// SPDX-License-Identifier: GPL-3.0-or-later
#include "mailparser.h"

#include "htmltext.h"
#include "quotestrip.h"

#include <gmime/gmime.h>

#include <QRegularExpression>

#include <memory>
#include <mutex>

namespace helpdesk::server::mail {

namespace {

// Mail whose text is not valid UTF-8 and names no charset (or a wrong one) was most likely
// written on Windows in Western Europe.
constexpr const char* kFallbackCharset = "windows-1252";

template<typename T> struct GUnref
{
    void operator()(T* object) const
    {
        if (object)
            g_object_unref(object);
    }
};
template<typename T> using GPtr = std::unique_ptr<T, GUnref<T>>;

struct GFree
{
    void operator()(char* text) const { g_free(text); }
};
using GString = std::unique_ptr<char, GFree>;

void initGMime()
{
    static std::once_flag once;
    std::call_once(once, [] { g_mime_init(); });
}

QString fromUtf8(const char* text)
{
    return text ? QString::fromUtf8(text) : QString();
}

// A header's raw value, unfolded and lower-cased (Auto-Submitted, Precedence).
QString headerToken(GMimeObject* object, const char* name)
{
    return fromUtf8(g_mime_object_get_header(object, name)).simplified().toLower();
}

QByteArray bytesOf(GMimeStream* memory)
{
    GByteArray* bytes = g_mime_stream_mem_get_byte_array(GMIME_STREAM_MEM(memory));
    return QByteArray(reinterpret_cast<const char*>(bytes->data), qsizetype(bytes->len));
}

// Bytes of a part's content with its transfer encoding undone.
QByteArray decodedContent(GMimePart* part)
{
    GMimeDataWrapper* content = g_mime_part_get_content(part);
    if (!content)
        return {};
    GPtr<GMimeStream> memory(g_mime_stream_mem_new());
    g_mime_data_wrapper_write_to_stream(content, memory.get());
    return bytesOf(memory.get());
}

// Converts with iconv (glibc knows KOI8-R, windows-125x, ISO-8859-x and their aliases).
bool convertToUtf8(const QByteArray& bytes, const char* charset, QString* out)
{
    const char* name = g_mime_charset_iconv_name(charset);
    gsize written = 0;
    GString converted(g_convert(
        bytes.constData(), gssize(bytes.size()), "UTF-8", name, nullptr, &written, nullptr));
    if (!converted)
        return false;
    *out = QString::fromUtf8(converted.get(), qsizetype(written));
    return true;
}

QString decodedText(GMimePart* part)
{
    const QByteArray bytes = decodedContent(part);
    const char* charset = g_mime_object_get_content_type_parameter(GMIME_OBJECT(part), "charset");
    QString text;
    if (charset && g_ascii_strcasecmp(charset, "utf-8") != 0
        && g_ascii_strcasecmp(charset, "us-ascii") != 0 && convertToUtf8(bytes, charset, &text))
        return text;
    if (g_utf8_validate(bytes.constData(), gssize(bytes.size()), nullptr))
        return QString::fromUtf8(bytes);
    if (convertToUtf8(bytes, kFallbackCharset, &text))
        return text;
    return QString::fromUtf8(bytes); // invalid sequences become U+FFFD
}

QString normaliseNewlines(QString text)
{
    text.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    text.replace(QLatin1Char('\r'), QLatin1Char('\n'));
    return text;
}

// Walks the MIME tree without recursion, in document order: the first inline text/plain is
// the body; without one, the first text/html; attached mails (forwards) add their text after.
class Walker
{
public:
    Walker(const ParseLimits& limits, ParsedMail& mail)
        : m_limits(limits)
        , m_mail(mail)
    {
    }

    void walk(GMimeObject* root)
    {
        std::vector<GMimeObject*> stack { root };
        while (!stack.empty()) {
            GMimeObject* object = stack.back();
            stack.pop_back();
            if (++m_mail.partCount > m_limits.maxParts)
                continue;
            if (GMIME_IS_MULTIPART(object)) {
                pushChildren(GMIME_MULTIPART(object), stack);
            } else if (GMIME_IS_MESSAGE_PART(object)) {
                GMimeMessage* inner = g_mime_message_part_get_message(GMIME_MESSAGE_PART(object));
                if (inner)
                    m_forwarded.push_back(inner);
                addAttachment(object, QStringLiteral("message.eml"));
            } else if (GMIME_IS_PART(object)) {
                visitPart(GMIME_PART(object));
            }
        }
    }

    QString plain() const { return m_plain; }
    QString html() const { return m_html; }
    const std::vector<GMimeMessage*>& forwarded() const { return m_forwarded; }

private:
    void pushChildren(GMimeMultipart* multipart, std::vector<GMimeObject*>& stack)
    {
        const int count = g_mime_multipart_get_count(multipart);
        GMimeContentType* type = g_mime_object_get_content_type(GMIME_OBJECT(multipart));
        const bool alternative
            = type && g_mime_content_type_is_type(type, "multipart", "alternative");
        if (alternative) {
            // The plain alternative if there is one, else the last (richest) one.
            GMimeObject* chosen = nullptr;
            for (int i = 0; i < count && !chosen; ++i) {
                GMimeObject* child = g_mime_multipart_get_part(multipart, i);
                GMimeContentType* childType = g_mime_object_get_content_type(child);
                if (childType && g_mime_content_type_is_type(childType, "text", "plain"))
                    chosen = child;
            }
            if (!chosen && count > 0)
                chosen = g_mime_multipart_get_part(multipart, count - 1);
            if (chosen)
                stack.push_back(chosen);
            m_mail.partCount += count > 0 ? count - 1 : 0;
            return;
        }
        for (int i = count - 1; i >= 0; --i) // reversed: the stack pops them in order
            stack.push_back(g_mime_multipart_get_part(multipart, i));
    }

    void visitPart(GMimePart* part)
    {
        GMimeContentType* type = g_mime_object_get_content_type(GMIME_OBJECT(part));
        const bool plain = type && g_mime_content_type_is_type(type, "text", "plain");
        const bool html = type && g_mime_content_type_is_type(type, "text", "html");
        if (g_mime_part_is_attachment(part) || (!plain && !html)) {
            addAttachment(GMIME_OBJECT(part), fromUtf8(g_mime_part_get_filename(part)));
            return;
        }
        if (plain && !m_hasPlain) {
            m_hasPlain = true;
            m_plain = decodedText(part);
        } else if (html && !m_hasHtml) {
            m_hasHtml = true;
            m_html = htmlToText(decodedText(part).toUtf8());
        }
    }

    void addAttachment(GMimeObject* object, const QString& name)
    {
        if (m_mail.attachments.size() >= kMaxAttachmentsListed)
            return;
        GMimeContentType* type = g_mime_object_get_content_type(object);
        GString mime(type ? g_mime_content_type_get_mime_type(type) : nullptr);
        AttachmentInfo attachment { name, fromUtf8(mime.get()), {}, false };
        if (m_limits.maxAttachmentBytes > 0) {
            attachment.data = contentOf(object);
            attachment.kept = attachment.data.size() <= m_limits.maxAttachmentBytes;
            if (!attachment.kept)
                attachment.data.clear();
        }
        m_mail.attachments.append(attachment);
    }

    // A leaf part's decoded bytes; an attached mail as its RFC 5322 text.
    static QByteArray contentOf(GMimeObject* object)
    {
        if (GMIME_IS_PART(object))
            return decodedContent(GMIME_PART(object));
        GMimeMessage* inner = GMIME_IS_MESSAGE_PART(object)
            ? g_mime_message_part_get_message(GMIME_MESSAGE_PART(object))
            : nullptr;
        if (!inner)
            return {};
        GPtr<GMimeStream> memory(g_mime_stream_mem_new());
        g_mime_object_write_to_stream(GMIME_OBJECT(inner), nullptr, memory.get());
        return bytesOf(memory.get());
    }

    const ParseLimits& m_limits;
    ParsedMail& m_mail;
    bool m_hasPlain = false;
    bool m_hasHtml = false;
    QString m_plain;
    QString m_html;
    std::vector<GMimeMessage*> m_forwarded;
};

// A header's text as written, each RFC 2047 encoded word decoded on its own. GMime joins
// adjacent encoded words of one charset before decoding them, and a base64 word that ends in
// '=' padding then loses the words after it ("Ваш захтев:" of "Ваш захтев: примљен").
// Whitespace between two encoded words is dropped (RFC 2047, 6.2); any other text stays.
QString decodedHeader(GMimeObject* object, const char* name)
{
    GMimeHeader* header = g_mime_header_list_get_header(g_mime_object_get_header_list(object), name);
    const char* raw = header ? g_mime_header_get_raw_value(header) : nullptr;
    if (!raw)
        return QString();
    const QByteArray text = QByteArray(raw).replace("\r\n", "").replace('\n', "");
    static const QRegularExpression word(QStringLiteral("=\\?[^?\\s]+\\?[BbQq]\\?[^?\\s]*\\?="));
    const auto decode = [](const QByteArray& part) {
        char* decoded = g_mime_utils_header_decode_text(nullptr, part.constData());
        const QString result = fromUtf8(decoded);
        g_free(decoded);
        return result;
    };
    // The raw bytes as Latin-1 keep their offsets; each part goes to GMime as the bytes it was.
    const QString latin = QString::fromLatin1(text);
    QString result;
    qsizetype position = 0;
    bool afterWord = false;
    auto it = word.globalMatch(latin);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        const QByteArray between = text.mid(position, match.capturedStart() - position);
        if (!(afterWord && between.trimmed().isEmpty()))
            result += decode(between);
        result += decode(match.captured(0).toLatin1());
        position = match.capturedEnd();
        afterWord = true;
    }
    result += decode(text.mid(position));
    return result;
}

QString mailboxAddress(InternetAddress* address)
{
    return fromUtf8(internet_address_mailbox_get_idn_addr(INTERNET_ADDRESS_MAILBOX(address)))
        .trimmed()
        .toLower();
}

// The mailboxes of an address list (groups opened), lower-cased, none twice.
void addMailboxes(InternetAddressList* list, QStringList& addresses, int depth = 0)
{
    for (int i = 0; list && i < internet_address_list_length(list); ++i) {
        if (addresses.size() >= kMaxCopiesListed)
            return;
        InternetAddress* address = internet_address_list_get_address(list, i);
        if (INTERNET_ADDRESS_IS_GROUP(address) && depth == 0) {
            addMailboxes(internet_address_group_get_members(INTERNET_ADDRESS_GROUP(address)),
                addresses, depth + 1);
            continue;
        }
        if (!INTERNET_ADDRESS_IS_MAILBOX(address))
            continue;
        const QString mailbox = mailboxAddress(address);
        if (mailbox.contains(QLatin1Char('@')) && !addresses.contains(mailbox))
            addresses << mailbox;
    }
}

void readEnvelope(GMimeMessage* message, ParsedMail& mail)
{
    GMimeObject* object = GMIME_OBJECT(message);
    mail.messageId = fromUtf8(g_mime_message_get_message_id(message));
    mail.subject = decodedHeader(object, "Subject").simplified();
    mail.autoSubmitted = headerToken(object, "Auto-Submitted");
    mail.precedence = headerToken(object, "Precedence");
    mail.hasListId = g_mime_object_get_header(object, "List-Id") != nullptr;
    for (const char* name : { "In-Reply-To", "References" }) {
        QStringList ids = messageIds(fromUtf8(g_mime_object_get_header(object, name)));
        if (qstrcmp(name, "References") == 0)
            std::reverse(ids.begin(), ids.end()); // the nearest ancestor is the last one
        for (const QString& id : ids) {
            if (!mail.references.contains(id))
                mail.references << id;
        }
    }
    InternetAddressList* from = g_mime_message_get_from(message);
    for (int i = 0; from && i < internet_address_list_length(from); ++i) {
        InternetAddress* address = internet_address_list_get_address(from, i);
        if (!INTERNET_ADDRESS_IS_MAILBOX(address))
            continue;
        mail.fromAddress = mailboxAddress(address);
        mail.fromName = fromUtf8(internet_address_get_name(address)).simplified();
        break;
    }
    addMailboxes(g_mime_message_get_to(message), mail.copies);
    addMailboxes(g_mime_message_get_cc(message), mail.copies);
}

QString forwardedText(GMimeMessage* inner, const ParseLimits& limits, ParsedMail& outer)
{
    ParsedMail nested;
    readEnvelope(inner, nested);
    Walker walker(limits, nested);
    walker.walk(g_mime_message_get_mime_part(inner));
    outer.partCount += nested.partCount;
    const QString text = walker.plain().isEmpty() ? walker.html() : walker.plain();
    return QStringLiteral(
        "---------- Forwarded message ----------\nFrom: %1 <%2>\nSubject: %3\n\n%4")
        .arg(
            nested.fromName, nested.fromAddress, nested.subject, normaliseNewlines(text).trimmed());
}

// Counts MIME containers (multipart, message/rfc822) cheaply before GMime sees the bytes: its
// parser recurses per level, so a few kilobytes of nested boundaries must not reach it.
int containerCount(const QByteArray& raw)
{
    static const char kHeader[] = "content-type:";
    const qsizetype headerLength = qsizetype(sizeof(kHeader) - 1);
    int count = 0;
    for (qsizetype line = 0; line >= 0 && line < raw.size();) {
        if (raw.size() - line > headerLength
            && qstrnicmp(raw.constData() + line, kHeader, headerLength) == 0) {
            qsizetype value = line + headerLength;
            while (value < raw.size() && (raw.at(value) == ' ' || raw.at(value) == '\t'))
                ++value;
            const char* rest = raw.constData() + value;
            const qsizetype left = raw.size() - value;
            if ((left >= 10 && qstrnicmp(rest, "multipart/", 10) == 0)
                || (left >= 14 && qstrnicmp(rest, "message/rfc822", 14) == 0))
                ++count;
        }
        const qsizetype next = raw.indexOf('\n', line);
        line = next < 0 ? -1 : next + 1;
    }
    return count;
}

} // namespace

QStringList messageIds(const QString& header)
{
    static const QRegularExpression id(QStringLiteral("<([^<>\\s]+)>"));
    QStringList ids;
    auto it = id.globalMatch(header);
    while (it.hasNext())
        ids << it.next().captured(1);
    return ids;
}

ParsedMail parseMail(const QByteArray& raw, const ParseLimits& limits)
{
    initGMime();
    ParsedMail mail;
    if (containerCount(raw) > limits.maxContainers) {
        mail.error = QStringLiteral("more than %1 MIME containers (multipart or attached mail)")
                         .arg(limits.maxContainers);
        return mail;
    }
    GPtr<GMimeStream> stream(
        g_mime_stream_mem_new_with_buffer(raw.constData(), size_t(raw.size())));
    GPtr<GMimeParser> parser(g_mime_parser_new_with_stream(stream.get()));
    g_mime_parser_set_format(parser.get(), GMIME_FORMAT_MESSAGE);
    GPtr<GMimeMessage> message(g_mime_parser_construct_message(parser.get(), nullptr));
    if (!message) {
        mail.error = QStringLiteral("not an RFC 5322 message");
        return mail;
    }
    readEnvelope(message.get(), mail);
    if (mail.fromAddress.isEmpty() || !mail.fromAddress.contains(QLatin1Char('@'))) {
        mail.error = QStringLiteral("no sender address in From");
        return mail;
    }
    GMimeObject* body = g_mime_message_get_mime_part(message.get());
    Walker walker(limits, mail);
    if (body)
        walker.walk(body);
    mail.fromHtml = walker.plain().isEmpty() && !walker.html().isEmpty();
    QString text = normaliseNewlines(mail.fromHtml ? walker.html() : walker.plain());
    QStringList forwards;
    for (GMimeMessage* inner : walker.forwarded())
        forwards << forwardedText(inner, limits, mail);
    mail.strippedText = stripQuotedHistory(text.trimmed());
    if (!forwards.isEmpty()) {
        const QString appended = forwards.join(QStringLiteral("\n\n"));
        text = text.trimmed().isEmpty() ? appended
                                        : text.trimmed() + QStringLiteral("\n\n") + appended;
        mail.strippedText = mail.strippedText.isEmpty()
            ? appended
            : mail.strippedText + QStringLiteral("\n\n") + appended;
    }
    mail.text = text.trimmed().left(limits.maxTextChars);
    mail.strippedText = mail.strippedText.left(limits.maxTextChars);
    mail.ok = true;
    return mail;
}

} // namespace helpdesk::server::mail
