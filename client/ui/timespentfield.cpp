// SPDX-License-Identifier: GPL-3.0-or-later
#include "timespentfield.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QSpinBox>

namespace helpdesk::client {

TimeSpentField::TimeSpentField(QWidget* parent)
    : QWidget(parent)
    , m_label(new QLabel(this))
    , m_minutes(new QSpinBox(this))
{
    setObjectName(QStringLiteral("timeSpent"));
    m_minutes->setObjectName(QStringLiteral("timeSpentMinutes"));
    m_minutes->setRange(0, 24 * 60);
    m_label->setBuddy(m_minutes);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_label);
    layout->addWidget(m_minutes);
    retranslate();
}

int TimeSpentField::minutes() const
{
    return m_minutes->value();
}

void TimeSpentField::setMinutes(int minutes)
{
    m_minutes->setValue(minutes);
}

void TimeSpentField::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void TimeSpentField::retranslate()
{
    m_label->setText(tr("&Time spent:"));
    m_minutes->setSuffix(tr(" min"));
}

} // namespace helpdesk::client
