// SPDX-License-Identifier: GPL-3.0-or-later
#include "attachmentstrip.h"

#include "attachmenttransfer.h"

#include <QDateTime>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QImage>
#include <QLabel>
#include <QMimeData>
#include <QProgressBar>
#include <QPushButton>
#include <QToolButton>
#include <QUrl>
#include <QVBoxLayout>

namespace helpdesk::client {

AttachmentStrip::AttachmentStrip(Connection* connection, QWidget* parent)
    : QWidget(parent)
    , m_connection(connection)
{
    m_attach = new QPushButton(this);
    m_attach->setObjectName(QStringLiteral("attachFile"));
    m_attach->setFlat(true);
    m_list = new QVBoxLayout;
    m_list->setContentsMargins(0, 0, 0, 0);
    m_list->setSpacing(2);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(m_list);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_attach);
    buttons->addStretch();
    layout->addLayout(buttons);
    connect(m_attach, &QPushButton::clicked, this, &AttachmentStrip::pickFiles);
    retranslate();
}

void AttachmentStrip::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        for (const Item& item : std::as_const(m_items))
            updateItem(item);
    }
    QWidget::changeEvent(event);
}

void AttachmentStrip::retranslate()
{
    m_attach->setText(tr("Attach file…"));
    m_attach->setToolTip(tr("Attach files to this reply. You can also drop files here or paste "
                            "a screenshot with Ctrl+V."));
}

void AttachmentStrip::pickFiles()
{
    const QStringList paths = QFileDialog::getOpenFileNames(this, tr("Attach files"));
    for (const QString& path : paths)
        addFile(path);
}

void AttachmentStrip::addFile(const QString& path)
{
    Item item;
    item.upload = new AttachmentUpload(m_connection, path, {}, this);
    item.row = new QWidget(this);
    item.row->setObjectName(QStringLiteral("attachmentRow"));
    item.label = new QLabel(item.row);
    item.label->setTextFormat(Qt::PlainText);
    item.bar = new QProgressBar(item.row);
    item.bar->setMaximumWidth(140);
    item.bar->setTextVisible(false);
    item.remove = new QToolButton(item.row);
    item.remove->setAutoRaise(true);
    item.remove->setText(QStringLiteral("✕"));
    auto* row = new QHBoxLayout(item.row);
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(item.label, 1);
    row->addWidget(item.bar);
    row->addWidget(item.remove);
    m_list->addWidget(item.row);
    m_items.append(item);
    AttachmentUpload* upload = item.upload;
    const auto refresh = [this, upload] {
        for (const Item& each : std::as_const(m_items))
            if (each.upload == upload)
                updateItem(each);
        emit changed();
    };
    connect(upload, &AttachmentUpload::progressChanged, this, refresh);
    connect(upload, &AttachmentUpload::finished, this, refresh);
    connect(upload, &AttachmentUpload::failed, this, refresh);
    connect(item.remove, &QToolButton::clicked, this, [this, upload] {
        upload->cancel();
        removeItem(upload);
    });
    updateItem(item);
    upload->start();
    emit changed();
}

void AttachmentStrip::addImage(const QImage& image)
{
    if (image.isNull() || !m_pasted.isValid())
        return;
    const QString name
        = QStringLiteral("screenshot-%1-%2.png")
              .arg(QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss")))
              .arg(++m_pastedCount);
    const QString path = m_pasted.filePath(name);
    if (image.save(path, "PNG"))
        addFile(path);
}

bool AttachmentStrip::accepts(const QMimeData* data)
{
    if (!data)
        return false;
    if (data->hasImage())
        return true;
    for (const QUrl& url : data->urls())
        if (url.isLocalFile() && QFileInfo(url.toLocalFile()).isFile())
            return true;
    return false;
}

bool AttachmentStrip::addMimeData(const QMimeData* data)
{
    if (!accepts(data))
        return false;
    bool added = false;
    for (const QUrl& url : data->urls()) {
        if (url.isLocalFile() && QFileInfo(url.toLocalFile()).isFile()) {
            addFile(url.toLocalFile());
            added = true;
        }
    }
    if (!added && data->hasImage())
        addImage(qvariant_cast<QImage>(data->imageData()));
    return true;
}

void AttachmentStrip::updateItem(const Item& item)
{
    const AttachmentUpload* upload = item.upload;
    const QString size = locale().formattedDataSize(upload->size());
    QString text = QStringLiteral("%1 (%2)").arg(upload->name(), size);
    switch (upload->state()) {
    case AttachmentUpload::State::Done:
        text += QStringLiteral(" · ") + tr("attached");
        break;
    case AttachmentUpload::State::Waiting:
        text += QStringLiteral(" · ") + tr("waiting for the connection");
        break;
    case AttachmentUpload::State::Failed:
        text += QStringLiteral(" · ") + tr("not attached: %1").arg(upload->errorText());
        break;
    case AttachmentUpload::State::Sending:
        break;
    }
    item.label->setText(text);
    item.bar->setRange(0, 1000);
    item.bar->setValue(upload->size() > 0 ? int(upload->received() * 1000 / upload->size()) : 1000);
    item.bar->setVisible(upload->state() != AttachmentUpload::State::Done);
    item.remove->setToolTip(tr("Remove this file"));
}

void AttachmentStrip::removeItem(AttachmentUpload* upload)
{
    for (qsizetype i = 0; i < m_items.size(); ++i) {
        if (m_items.at(i).upload != upload)
            continue;
        m_items.at(i).row->deleteLater();
        m_items.at(i).upload->deleteLater();
        m_items.removeAt(i);
        break;
    }
    emit changed();
}

QVector<qint64> AttachmentStrip::attachmentIds() const
{
    QVector<qint64> ids;
    for (const Item& item : m_items)
        if (item.upload->state() == AttachmentUpload::State::Done)
            ids << item.upload->attachment().id;
    return ids;
}

bool AttachmentStrip::isBusy() const
{
    for (const Item& item : m_items) {
        const auto state = item.upload->state();
        if (state == AttachmentUpload::State::Sending || state == AttachmentUpload::State::Waiting)
            return true;
    }
    return false;
}

void AttachmentStrip::clear()
{
    for (const Item& item : std::as_const(m_items)) {
        item.row->deleteLater();
        item.upload->deleteLater();
    }
    m_items.clear();
    emit changed();
}

void AttachmentStrip::discard()
{
    for (const Item& item : std::as_const(m_items))
        item.upload->cancel();
    clear();
}

} // namespace helpdesk::client
