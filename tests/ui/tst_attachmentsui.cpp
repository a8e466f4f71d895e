// SPDX-License-Identifier: GPL-3.0-or-later
// Attachments in the real client (offscreen, agent Sam Taylor) against the real server: files
// attached through the composer travel with the reply and show in the thread with their
// names (and a thumbnail for a picture); a pasted screenshot becomes a file; a file saved
// from the thread is the file that was sent; an upload cut off by a server crash goes on
// after the reconnect. The customer (Nina) acts on a raw JSON-RPC socket.
#include "attachmentstrip.h"
#include "attachmenttransfer.h"
#include "clientharness.h"
#include "composer.h"
#include "connection.h"
#include "conversationmodel.h"
#include "conversationview.h"
#include "mainwindow.h"
#include "rawclient.h"
#include "savedviewspanel.h"
#include "threadattachments.h"
#include "ticketpane.h"

#include <QAbstractButton>
#include <QApplication>
#include <QClipboard>
#include <QGuiApplication>
#include <QImage>
#include <QJsonArray>
#include <QMessageBox>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUrl>

using namespace helpdesk;
using namespace helpdesk::client;
using namespace helpdesk::client::test;

namespace {

constexpr int kTimeout = 15000;

} // namespace

class TestAttachmentsUi : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void attachThroughTheComposer();
    void pastedScreenshotIsAttached();
    void executableAsksBeforeOpening();
    void uploadGoesOnAfterAServerCrash();

private:
    TicketId openCustomerTicket(const QString& subject);
    Composer* composer() const { return m_window->ticketPane()->composer(); }
    QString writeFile(const QString& name, const QByteArray& data);

    TestServer m_server;
    std::unique_ptr<Connection> m_connection;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<RawClient> m_nina;
    QTemporaryDir m_dir;
};

void TestAttachmentsUi::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
    m_connection = connectAs(m_server.port(), QStringLiteral("sam"));
    QVERIFY(m_connection);
    m_window = std::make_unique<MainWindow>(m_connection.get());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    SavedViewsPanel* views = m_window->viewsPanel();
    views->selectView(views->viewCount() - 1); // "All tickets"
    m_nina = std::make_unique<RawClient>();
    m_nina->connectAndLogin(m_server.port(), QStringLiteral("nina"), kDemoPassword);
    QVERIFY(m_nina->userId() > 0);
}

void TestAttachmentsUi::cleanupTestCase()
{
    m_window.reset();
    m_connection.reset();
    m_nina.reset();
}

TicketId TestAttachmentsUi::openCustomerTicket(const QString& subject)
{
    const QJsonObject created = m_nina->result(QStringLiteral("ticket.create"),
        { { QStringLiteral("subject"), subject },
            { QStringLiteral("body"), QStringLiteral("Please look.") } });
    const TicketId id(created.value(QStringLiteral("id")).toInteger());
    m_window->ticketTable()->setFocus();
    m_window->openTicket(id);
    ConversationModel* conversation = m_window->ticketPane()->conversation();
    const bool loaded = QTest::qWaitFor(
        [&] { return conversation->ticket() && conversation->ticket()->id == id; }, kTimeout);
    return loaded ? id : TicketId();
}

QString TestAttachmentsUi::writeFile(const QString& name, const QByteArray& data)
{
    QFile file(m_dir.filePath(name));
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size())
        return {};
    return file.fileName();
}

void TestAttachmentsUi::attachThroughTheComposer()
{
    const TicketId id = openCustomerTicket(QStringLiteral("Broken layout, screenshot attached"));
    QVERIFY(id.isValid());
    QImage picture(320, 200, QImage::Format_RGB32);
    picture.fill(QColor(30, 120, 200));
    const QString png = m_dir.filePath(QStringLiteral("layout.png"));
    QVERIFY(picture.save(png, "PNG"));
    const QString notes = writeFile(QStringLiteral("notes.txt"), "steps to reproduce\n");
    AttachmentStrip* strip = composer()->attachments();
    QVERIFY(strip);
    strip->addFile(png);
    strip->addFile(notes);
    QCOMPARE(strip->count(), 2);
    QTRY_VERIFY_WITH_TIMEOUT(!strip->isBusy(), kTimeout);
    QCOMPARE(strip->attachmentIds().size(), 2);

    composer()->editor()->setFocus();
    QTest::keyClicks(composer()->editor(), QStringLiteral("Here is what I see."));
    QTest::keyClick(composer()->editor(), Qt::Key_Return, Qt::ControlModifier);
    QCOMPARE(strip->count(), 0); // the reply took them

    // The thread shows the files under the reply, the picture with a thumbnail.
    ConversationView* view = m_window->ticketPane()->findChild<ConversationView*>();
    QVERIFY(view);
    QTRY_VERIFY_WITH_TIMEOUT(view->toPlainText().contains(QStringLiteral("layout.png"))
            && view->toPlainText().contains(QStringLiteral("notes.txt")),
        kTimeout);
    const QJsonObject details = m_nina->result(
        QStringLiteral("ticket.get"), { { QStringLiteral("id"), double(id.value()) } });
    const QJsonArray messages = details.value(QStringLiteral("messages")).toArray();
    const QJsonArray files
        = messages.last().toObject().value(QStringLiteral("attachments")).toArray();
    QCOMPARE(files.size(), 2);
    const auto shot = Attachment::fromJson(files.at(0).toObject());
    QVERIFY(shot);
    QCOMPARE(shot->name, QStringLiteral("layout.png"));
    QCOMPARE(shot->mediaType, QStringLiteral("image/png"));
    QCOMPARE(shot->sha256, fileSha256(png));
    QTRY_VERIFY_WITH_TIMEOUT(view->attachments()->hasThumbnail(shot->id), kTimeout);

    // Saved from the thread: the same bytes.
    QSignalSpy saved(view->attachments(), &ThreadAttachments::saved);
    const QString copy = m_dir.filePath(QStringLiteral("copy.png"));
    view->attachments()->save(*shot, copy);
    QTRY_COMPARE_WITH_TIMEOUT(saved.count(), 1, kTimeout);
    QCOMPARE(fileSha256(copy), fileSha256(png));
}

void TestAttachmentsUi::pastedScreenshotIsAttached()
{
    QVERIFY(openCustomerTicket(QStringLiteral("Paste a screenshot")).isValid());
    QImage screenshot(64, 48, QImage::Format_ARGB32);
    screenshot.fill(Qt::red);
    auto* data = new QMimeData;
    data->setImageData(screenshot);
    QGuiApplication::clipboard()->setMimeData(data);
    composer()->editor()->setFocus();
    QTest::keyClick(composer()->editor(), Qt::Key_V, Qt::ControlModifier);
    AttachmentStrip* strip = composer()->attachments();
    QCOMPARE(strip->count(), 1);
    QTRY_COMPARE_WITH_TIMEOUT(strip->attachmentIds().size(), 1, kTimeout);
    QVERIFY(composer()->editor()->toPlainText().isEmpty()); // no text was pasted
    // Files dropped from a file manager arrive as URLs.
    QMimeData dropped;
    dropped.setUrls({ QUrl::fromLocalFile(writeFile(QStringLiteral("dropped.txt"), "dropped")) });
    QVERIFY(AttachmentStrip::accepts(&dropped));
    QVERIFY(strip->addMimeData(&dropped));
    QCOMPARE(strip->count(), 2);
    QTRY_COMPARE_WITH_TIMEOUT(strip->attachmentIds().size(), 2, kTimeout);
    strip->discard();
    QCOMPARE(strip->count(), 0);
}

// Opening a file that can run code asks first; Cancel opens nothing.
void TestAttachmentsUi::executableAsksBeforeOpening()
{
    ConversationView* view = m_window->ticketPane()->findChild<ConversationView*>();
    Attachment program;
    program.id = 987654;
    program.name = QStringLiteral("invoice.pdf.exe");
    program.size = 10;
    QString asked;
    QTimer::singleShot(200, this, [&asked] {
        if (auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget())) {
            asked = box->text();
            box->button(QMessageBox::Cancel)->click();
        }
    });
    view->attachments()->open(program);
    QVERIFY2(asked.contains(QStringLiteral("invoice.pdf.exe")), qPrintable(asked));
    QVERIFY(isExecutableFileName(QStringLiteral("run.BAT")));
    QVERIFY(isExecutableFileName(QStringLiteral("picture.svg")));
    QVERIFY(!isExecutableFileName(QStringLiteral("report.pdf")));
}

// The server dies after the first chunk; it comes back on the same port; the upload carries
// on from where the server got to and arrives whole.
void TestAttachmentsUi::uploadGoesOnAfterAServerCrash()
{
    QByteArray data(12 * 1024 * 1024, Qt::Uninitialized);
    QRandomGenerator generator(7);
    for (qsizetype i = 0; i + 4 <= data.size(); i += 4) {
        const quint32 word = generator.generate();
        memcpy(data.data() + i, &word, 4);
    }
    const QString path = writeFile(QStringLiteral("big.log"), data);
    QVERIFY(!path.isEmpty());
    AttachmentUpload upload(m_connection.get(), path);
    bool crashed = false;
    connect(&upload, &AttachmentUpload::progressChanged, this, [&](qint64 received, qint64) {
        if (received > 0 && !crashed) {
            crashed = true;
            m_server.kill();
        }
    });
    upload.start();
    QTRY_VERIFY_WITH_TIMEOUT(crashed, kTimeout);
    QTRY_COMPARE_WITH_TIMEOUT(upload.state(), AttachmentUpload::State::Waiting, kTimeout);
    QVERIFY2(m_server.restart(), qPrintable(m_server.errorString()));
    QTRY_COMPARE_WITH_TIMEOUT(upload.state(), AttachmentUpload::State::Done, 30000);
    QCOMPARE(upload.attachment().sha256, fileSha256(path));
    QCOMPARE(upload.attachment().size, data.size());
}

QTEST_MAIN(TestAttachmentsUi)
#include "tst_attachmentsui.moc"
