// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/types.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;

namespace helpdesk::client {

class Connection;
class ConversationModel;

// For customers, above the conversation of a resolved ticket (issue 15): "How did we do?"
// with Good and Bad and an optional comment, once per resolution (csat.get, csat.rate);
// afterwards it says how they rated it. Hidden while the ticket is not resolved.
class RatingBar : public QWidget
{
    Q_OBJECT
public:
    RatingBar(Connection* connection, ConversationModel* conversation, QWidget* parent = nullptr);

    // Rates the shown ticket's last resolution (what the buttons do).
    void rate(bool good);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void refresh();
    void showState(const QJsonObject& state);

    QPointer<Connection> m_connection;
    ConversationModel* m_conversation;
    QLabel* m_question;
    QPushButton* m_good;
    QPushButton* m_bad;
    QLineEdit* m_comment;
    QString m_rating; // "good", "bad" once rated; "" when it may be rated
    TicketId m_shown;
};

} // namespace helpdesk::client
