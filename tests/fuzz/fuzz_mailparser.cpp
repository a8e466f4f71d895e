// SPDX-License-Identifier: GPL-3.0-or-later
// Bytes as an MTA could pipe them to mailgate: parsed as the gateway parses them (GMime 3,
// libxml2 for HTML-only mail, the quote stripper). Seeds: tests/data/mail.
#include "mail/mailparser.h"

#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray raw
        = QByteArray::fromRawData(reinterpret_cast<const char*>(data), qsizetype(size));
    helpdesk::server::mail::ParseLimits limits;
    limits.maxTextChars = 100'000;
    const helpdesk::server::mail::ParsedMail mail = helpdesk::server::mail::parseMail(raw, limits);
    if (mail.ok == !mail.error.isEmpty())
        __builtin_trap(); // either a message or a reason
    if (mail.text.size() > limits.maxTextChars || mail.strippedText.size() > limits.maxTextChars)
        __builtin_trap(); // the body limit holds
    if (mail.attachments.size() > helpdesk::server::mail::kMaxAttachmentsListed)
        __builtin_trap();
    return 0;
}
