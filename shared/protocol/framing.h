// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayList>

// Declared at global scope: without it "class QJsonObject" in encodeFrame() below would declare
// a distinct helpdesk::QJsonObject in files that include this header before <QJsonObject>.
QT_BEGIN_NAMESPACE
class QJsonObject;
QT_END_NAMESPACE

namespace helpdesk {

constexpr qsizetype kDefaultMaxFrameBytes = 16 * 1024 * 1024;

// Splits a byte stream into newline-delimited frames. A partial line is buffered only up to
// the frame cap: a longer line sets overflowed() and is discarded instead of growing memory.
class FrameReader
{
public:
    explicit FrameReader(qsizetype maxFrameBytes = kDefaultMaxFrameBytes);

    // Feeds received bytes. Complete, non-blank lines (without "\n" and a trailing "\r")
    // become available through takeFrame(). Once overflowed(), further input is ignored.
    void append(const char* data, qsizetype size);
    void append(const QByteArray& data) { append(data.constData(), data.size()); }

    bool hasFrame() const { return m_next < m_frames.size(); }
    // Returns the oldest complete frame; only valid when hasFrame().
    QByteArray takeFrame();

    bool overflowed() const { return m_overflowed; }
    qsizetype bufferedBytes() const { return m_partial.size(); }
    qsizetype maxFrameBytes() const { return m_maxFrameBytes; }
    // Applies to the bytes still to come; the server lowers the cap until a client logs in.
    void setMaxFrameBytes(qsizetype maxFrameBytes) { m_maxFrameBytes = maxFrameBytes; }

private:
    void pushFrame(QByteArray frame);

    qsizetype m_maxFrameBytes;
    QByteArray m_partial;
    QByteArrayList m_frames;
    qsizetype m_next = 0;
    bool m_overflowed = false;
};

// Encodes one frame: compact JSON followed by "\n".
QByteArray encodeFrame(const class QJsonObject& object);

} // namespace helpdesk
