// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

QT_BEGIN_NAMESPACE
class QLabel;
class QSpinBox;
QT_END_NAMESPACE

namespace helpdesk::client {

// The composer's "Time spent: N min", shown when the ticket's queue requires it.
class TimeSpentField : public QWidget
{
    Q_OBJECT
public:
    explicit TimeSpentField(QWidget* parent = nullptr);

    int minutes() const;
    void setMinutes(int minutes);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();

    QLabel* m_label;
    QSpinBox* m_minutes;
};

} // namespace helpdesk::client
