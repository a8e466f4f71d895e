// SPDX-License-Identifier: GPL-3.0-or-later
#include "smtpclient.h"

#include <curl/curl.h>

#include <cstring>
#include <mutex>

namespace helpdesk::server::mail {

namespace {

struct Upload
{
    const QByteArray& data;
    qsizetype offset = 0;
};

size_t readChunk(char* buffer, size_t size, size_t count, void* user)
{
    auto* upload = static_cast<Upload*>(user);
    const size_t left = size_t(upload->data.size() - upload->offset);
    const size_t n = std::min(left, size * count);
    std::memcpy(buffer, upload->data.constData() + upload->offset, n);
    upload->offset += qsizetype(n);
    return n;
}

QByteArray bracketed(const QString& address)
{
    return '<' + address.toUtf8() + '>';
}

} // namespace

SmtpResult sendSmtp(const SmtpConfig& config, const QString& envelopeFrom, const QString& recipient,
    const QByteArray& content)
{
    static std::once_flag once;
    std::call_once(once, [] { curl_global_init(CURL_GLOBAL_DEFAULT); });
    SmtpResult result;
    CURL* curl = curl_easy_init();
    if (!curl) {
        result.error = QStringLiteral("libcurl could not start");
        return result;
    }
    const QByteArray url = config.url.toUtf8();
    const QByteArray from = bracketed(envelopeFrom);
    const QByteArray to = bracketed(recipient);
    const QByteArray user = config.user.toUtf8();
    const QByteArray password = config.password.toUtf8();
    const QByteArray caFile = config.caFile.toUtf8();
    curl_slist* recipients = curl_slist_append(nullptr, to.constData());
    Upload upload { content };
    char errorText[CURL_ERROR_SIZE] = {};
    curl_easy_setopt(curl, CURLOPT_URL, url.constData());
    curl_easy_setopt(curl, CURLOPT_PROTOCOLS_STR, "smtp,smtps");
    curl_easy_setopt(curl, CURLOPT_USE_SSL, config.requireTls ? CURLUSESSL_ALL : CURLUSESSL_TRY);
    if (!caFile.isEmpty())
        curl_easy_setopt(curl, CURLOPT_CAINFO, caFile.constData());
    if (!user.isEmpty()) {
        curl_easy_setopt(curl, CURLOPT_USERNAME, user.constData());
        curl_easy_setopt(curl, CURLOPT_PASSWORD, password.constData());
    }
    curl_easy_setopt(curl, CURLOPT_MAIL_FROM, from.constData());
    curl_easy_setopt(curl, CURLOPT_MAIL_RCPT, recipients);
    curl_easy_setopt(curl, CURLOPT_READFUNCTION, readChunk);
    curl_easy_setopt(curl, CURLOPT_READDATA, &upload);
    curl_easy_setopt(curl, CURLOPT_UPLOAD, 1L);
    curl_easy_setopt(curl, CURLOPT_INFILESIZE_LARGE, curl_off_t(content.size()));
    curl_easy_setopt(curl, CURLOPT_TIMEOUT, long(config.timeoutSeconds));
    curl_easy_setopt(curl, CURLOPT_CONNECTTIMEOUT, long(std::min(config.timeoutSeconds, 10)));
    curl_easy_setopt(curl, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(curl, CURLOPT_ERRORBUFFER, errorText);
    const CURLcode code = curl_easy_perform(curl);
    long response = 0;
    curl_easy_getinfo(curl, CURLINFO_RESPONSE_CODE, &response);
    curl_slist_free_all(recipients);
    curl_easy_cleanup(curl);
    if (code == CURLE_OK) {
        result.sent = true;
        return result;
    }
    // A mailbox or message refused for good; 530/535 (authentication) are ours to fix.
    result.permanent = response >= 550 && response <= 554;
    result.error = QStringLiteral("%1 (SMTP %2)")
                       .arg(QString::fromUtf8(errorText[0] ? errorText : curl_easy_strerror(code)))
                       .arg(response);
    return result;
}

} // namespace helpdesk::server::mail
