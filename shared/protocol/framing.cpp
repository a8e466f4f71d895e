// SPDX-License-Identifier: GPL-3.0-or-later
#include "framing.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <cstring>
#include <utility>

namespace helpdesk {

namespace {

// JSON insignificant whitespace plus the control characters editors and terminals add; a
// line made only of these is a keep-alive or a stray Enter, not a frame.
bool isBlank(const char* data, qsizetype size)
{
    for (qsizetype i = 0; i < size; ++i) {
        switch (data[i]) {
        case ' ':
        case '\t':
        case '\r':
        case '\f':
        case '\v':
            break;
        default:
            return false;
        }
    }
    return true;
}

// Until its "\n" arrives a partial line may legitimately hold one byte more than the cap: the
// '\r' of a "\r\n" ending, which is not part of the frame.
bool partialFits(qsizetype size, char lastByte, qsizetype cap)
{
    return size <= cap || (size == cap + 1 && lastByte == '\r');
}

} // namespace

FrameReader::FrameReader(qsizetype maxFrameBytes)
    : m_maxFrameBytes(maxFrameBytes)
{
}

void FrameReader::append(const char* data, qsizetype size)
{
    if (m_overflowed || size <= 0)
        return;

    const char* cursor = data;
    const char* const end = data + size;
    while (cursor < end) {
        // Only the new bytes are searched: the buffered partial line is known to hold no '\n'.
        const auto* newline = static_cast<const char*>(std::memchr(cursor, '\n', end - cursor));
        if (!newline) {
            const qsizetype chunk = end - cursor;
            if (!partialFits(m_partial.size() + chunk, end[-1], m_maxFrameBytes)) {
                // Checked before appending, so memory never grows past the cap.
                m_overflowed = true;
                m_partial = QByteArray();
                return;
            }
            m_partial.append(cursor, chunk);
            return;
        }

        const qsizetype chunk = newline - cursor;
        qsizetype lineSize = m_partial.size() + chunk;
        const char lastByte = chunk > 0 ? newline[-1] : (lineSize > 0 ? m_partial.back() : '\0');
        if (lastByte == '\r')
            --lineSize;
        if (lineSize > m_maxFrameBytes) {
            m_overflowed = true;
            m_partial = QByteArray();
            return;
        }

        QByteArray line;
        if (m_partial.isEmpty()) {
            line = QByteArray(cursor, lineSize);
        } else {
            line = std::exchange(m_partial, QByteArray());
            line.append(cursor, chunk);
            line.truncate(lineSize);
        }
        if (!isBlank(line.constData(), line.size()))
            pushFrame(std::move(line));
        cursor = newline + 1;
    }
}

QByteArray FrameReader::takeFrame()
{
    Q_ASSERT(hasFrame());
    QByteArray frame = std::move(m_frames[m_next]);
    ++m_next;
    // The consumed head is dropped lazily so that taking n frames stays O(n) overall.
    if (m_next == m_frames.size()) {
        m_frames.clear();
        m_next = 0;
    } else if (m_next >= 64 && m_next * 2 >= m_frames.size()) {
        m_frames.remove(0, m_next);
        m_next = 0;
    }
    return frame;
}

void FrameReader::pushFrame(QByteArray frame)
{
    m_frames.append(std::move(frame));
}

QByteArray encodeFrame(const QJsonObject& object)
{
    QByteArray frame = QJsonDocument(object).toJson(QJsonDocument::Compact);
    frame.append('\n');
    return frame;
}

} // namespace helpdesk
