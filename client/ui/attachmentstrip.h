// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QTemporaryDir>
#include <QVector>
#include <QWidget>

class QImage;
class QLabel;
class QMimeData;
class QProgressBar;
class QPushButton;
class QToolButton;
class QVBoxLayout;

namespace helpdesk::client {

class AttachmentUpload;
class Connection;

// The files of the reply being written, under the composer's text: "Attach file…" (a file
// picker), files dropped on the composer and screenshots pasted into it. Each starts
// uploading at once (AttachmentUpload, resumed after a reconnect) and shows its progress;
// the reply takes the finished ones when it is sent.
class AttachmentStrip : public QWidget
{
    Q_OBJECT
public:
    AttachmentStrip(Connection* connection, QWidget* parent = nullptr);

    // Starts uploading a local file.
    void addFile(const QString& path);
    // A pasted screenshot: stored as a PNG file, then uploaded.
    void addImage(const QImage& image);
    // Dropped or pasted data: local files (URLs) or an image. False when there is neither.
    bool addMimeData(const QMimeData* data);
    static bool accepts(const QMimeData* data);

    // Ids of the finished uploads, to send with the reply.
    QVector<qint64> attachmentIds() const;
    int count() const { return int(m_items.size()); }
    // Some are still uploading (or waiting for the connection): the reply waits for them.
    bool isBusy() const;
    // After the reply took them: forget them (they belong to the message now).
    void clear();
    // Drops every upload, finished or not (the reply was discarded or another ticket shown).
    void discard();
    QPushButton* attachButton() const { return m_attach; }

signals:
    void changed();

protected:
    void changeEvent(QEvent* event) override;

private:
    struct Item
    {
        AttachmentUpload* upload = nullptr;
        QWidget* row = nullptr;
        QLabel* label = nullptr;
        QProgressBar* bar = nullptr;
        QToolButton* remove = nullptr;
    };
    void retranslate();
    void pickFiles();
    void updateItem(const Item& item);
    void removeItem(AttachmentUpload* upload);

    Connection* m_connection;
    QPushButton* m_attach;
    QVBoxLayout* m_list;
    QVector<Item> m_items;
    QTemporaryDir m_pasted; // screenshots taken from the clipboard
    int m_pastedCount = 0;
};

} // namespace helpdesk::client
