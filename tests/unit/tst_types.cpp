// SPDX-License-Identifier: GPL-3.0-or-later
// Domain types: exact wire shape, round trips, rejection of every wrong type, wire times.
#include "domain/types.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>
#include <QTimeZone>

using namespace helpdesk;

namespace {

QJsonObject parse(const char* json)
{
    QJsonParseError error;
    const QJsonObject object = QJsonDocument::fromJson(QByteArray(json), &error).object();
    Q_ASSERT(error.error == QJsonParseError::NoError);
    return object;
}

QDateTime utc(int year, int month, int day, int h, int m, int s, int ms)
{
    return QDateTime(QDate(year, month, day), QTime(h, m, s, ms), Qt::UTC);
}

// Valid wire objects that each rejection row mutates in one field.
QJsonObject validObject(const QString& type)
{
    if (type == QLatin1String("customer"))
        return parse(R"({"id":3,"name":"ACME","language":"hr","notes":"yearly","mailDomain":"acme.example",
                         "services":[{"id":1,"kind":"hosting","name":"Basic","details":""}]})");
    if (type == QLatin1String("queue"))
        return parse(R"({"id":3,"name":"ACME","kind":"billing","archived":true,
                         "archivedAt":"2026-11-26T08:20:11.123Z","assignMode":"round_robin",
                         "reassignAfterMinutes":15,"members":[{"userId":4,"lead":true}]})");
    if (type == QLatin1String("staff"))
        return parse(R"({"id":1,"login":"ann","name":"Ann","role":"agent","locale":"",
                         "customerId":null,"contactRole":null,"email":"ann@example.org",
                         "phone":"+385 1 555 0100","enabled":true})");
    if (type == QLatin1String("contact"))
        return parse(R"({"id":2,"login":"bob","name":"Bob","role":"customer","locale":"ru_RU",
                         "customerId":3,"contactRole":"owner","email":"","phone":"",
                         "enabled":false})");
    if (type == QLatin1String("ticket"))
        return parse(R"({"id":42,"subject":"Printer","status":"open","priority":"high",
                         "queueId":5,"assigneeId":1,"customerId":3,"requesterId":2,
                         "tags":["hw","urgent"],"createdAt":"2026-11-26T08:20:11.123Z",
                         "updatedAt":"2026-11-26T09:00:00.000Z","version":3,
                         "channel":"email","mergedInto":7,
                         "sla":{"policyId":2,"paused":false,"dueAt":"2026-11-26T10:00:00.000Z",
                                "firstResponse":{"dueAt":"2026-11-26T09:20:11.123Z",
                                                 "metAt":"2026-11-26T09:30:00.000Z","breached":true},
                                "nextResponse":null,
                                "resolution":{"dueAt":"2026-11-26T10:00:00.000Z","metAt":null,
                                              "breached":false}},
                         "timeSpentMinutes":25,"requestTypeId":4,"approval":"awaiting"})");
    if (type == QLatin1String("message"))
        return parse(R"({"id":7,"ticketId":42,"authorId":1,"body":"<b>hi</b>","internal":true,
                         "createdAt":"2026-11-26T08:20:11.123Z","channel":"client","cc":[]})");
    Q_ASSERT(type == QLatin1String("event"));
    return parse(R"({"id":9,"ticketId":42,"actorId":1,"field":"status","old":"new","new":"open",
                     "createdAt":"2026-11-26T08:20:11.123Z"})");
}

// Runs the matching fromJson(); returns whether it accepted, and its error text.
bool read(const QString& type, const QJsonObject& object, QString* error)
{
    if (type == QLatin1String("customer"))
        return Customer::fromJson(object, error).has_value();
    if (type == QLatin1String("queue"))
        return Queue::fromJson(object, error).has_value();
    if (type == QLatin1String("staff") || type == QLatin1String("contact"))
        return User::fromJson(object, error).has_value();
    if (type == QLatin1String("ticket"))
        return Ticket::fromJson(object, error).has_value();
    if (type == QLatin1String("message"))
        return Message::fromJson(object, error).has_value();
    return TicketEvent::fromJson(object, error).has_value();
}

// Re-serialises what fromJson() read, so a round trip compares every field at once.
QJsonObject reread(const QString& type, const QJsonObject& object)
{
    if (type == QLatin1String("customer"))
        return Customer::fromJson(object)->toJson();
    if (type == QLatin1String("queue"))
        return Queue::fromJson(object)->toJson();
    if (type == QLatin1String("staff") || type == QLatin1String("contact"))
        return User::fromJson(object)->toJson();
    if (type == QLatin1String("ticket"))
        return Ticket::fromJson(object)->toJson();
    if (type == QLatin1String("message"))
        return Message::fromJson(object)->toJson();
    return TicketEvent::fromJson(object)->toJson();
}

} // namespace

class TestTypes : public QObject
{
    Q_OBJECT

private slots:
    void toJsonShape();
    void roundTrip_data();
    void roundTrip();
    void rejects_data();
    void rejects();
    void accepts_data();
    void accepts();
    void largeIntegersFromText();
    void enumNames_data();
    void enumNames();
    void toWireTime_data();
    void toWireTime();
    void fromWireTime_data();
    void fromWireTime();
};

void TestTypes::toJsonShape()
{
    User staff;
    staff.id = UserId(1);
    staff.login = QStringLiteral("ann");
    staff.name = QStringLiteral("Ann");
    staff.role = Role::Lead;
    QCOMPARE(staff.toJson(), parse(R"({"id":1,"login":"ann","name":"Ann","role":"lead",
                                       "locale":"","customerId":null,"contactRole":null,
                                       "email":"","phone":"","enabled":true})"));

    User contact = staff;
    contact.role = Role::Customer;
    contact.locale = QStringLiteral("ru_RU");
    contact.customerId = CustomerId(3);
    contact.contactRole = ContactRole::Billing;
    contact.email = QStringLiteral("ann@example.org");
    contact.enabled = false;
    QCOMPARE(contact.toJson(), parse(R"({"id":1,"login":"ann","name":"Ann","role":"customer",
                                         "locale":"ru_RU","customerId":3,"contactRole":"billing",
                                         "email":"ann@example.org","phone":"","enabled":false})"));

    Ticket ticket;
    ticket.id = TicketId(42);
    ticket.subject = QStringLiteral("Printer");
    ticket.requesterId = UserId(2);
    ticket.createdAt = utc(2026, 11, 26, 8, 20, 11, 123);
    ticket.updatedAt = ticket.createdAt;
    QCOMPARE(ticket.toJson(), parse(R"({"id":42,"subject":"Printer","status":"new",
                                        "priority":"normal","queueId":null,"assigneeId":null,
                                        "customerId":null,"requesterId":2,"tags":[],
                                        "createdAt":"2026-11-26T08:20:11.123Z",
                                        "updatedAt":"2026-11-26T08:20:11.123Z","version":1,
                                        "channel":"client","mergedInto":null,"sla":null,
                                        "timeSpentMinutes":0,"requestTypeId":null,
                                        "approval":null})"));
    QVERIFY(ticket.toJson().value(QLatin1String("id")).isDouble()); // a number, not a string

    Message message;
    message.id = MessageId(7);
    message.ticketId = TicketId(42);
    message.authorId = UserId(1);
    message.body = QStringLiteral("hi");
    message.createdAt = ticket.createdAt;
    QCOMPARE(message.toJson(), parse(R"({"id":7,"ticketId":42,"authorId":1,"body":"hi",
                                         "internal":false,"createdAt":"2026-11-26T08:20:11.123Z",
                                         "channel":"client","cc":[]})"));
    // A logged call: channel phone and the call, only then.
    message.channel = Channel::Phone;
    message.call = CallInfo { UserId(2), CallDirection::Outbound, 90 };
    QCOMPARE(message.toJson(), parse(R"({"id":7,"ticketId":42,"authorId":1,"body":"hi",
                                         "internal":false,"createdAt":"2026-11-26T08:20:11.123Z",
                                         "channel":"phone","call":{"callerId":2,
                                         "direction":"outbound","durationSeconds":90},"cc":[]})"));

    Customer acme;
    acme.id = CustomerId(3);
    acme.name = QStringLiteral("ACME");
    QCOMPARE(acme.toJson(), parse(R"({"id":3,"name":"ACME","language":"","notes":"","mailDomain":""})"));
    acme.services = QVector<Service> { Service { 4, QStringLiteral("domain"),
        QStringLiteral("acme.example"), QString() } };
    QCOMPARE(acme.toJson(), parse(R"({"id":3,"name":"ACME","language":"","notes":"","mailDomain":"",
        "services":[{"id":4,"kind":"domain","name":"acme.example","details":""}]})"));
    Queue queue;
    queue.id = QueueId(5);
    queue.name = QStringLiteral("L1");
    QCOMPARE(queue.toJson(), parse(R"({"id":5,"name":"L1","kind":"general","archived":false,
        "archivedAt":null,"members":[],"assignMode":"off","reassignAfterMinutes":null})"));
    // What a server before schema step 12 sent still reads, with the defaults.
    const auto old = Queue::fromJson(parse(R"({"id":5,"name":"L1"})"));
    QVERIFY(old);
    QCOMPARE(old->kind, QStringLiteral("general"));
    QVERIFY(!old->archived());
    queue.members << QueueMember { UserId(7), true } << QueueMember { UserId(8), false };
    queue.reassignAfterMinutes = 30;
    const auto back = Queue::fromJson(queue.toJson());
    QVERIFY(back);
    QCOMPARE(back->toJson(), queue.toJson());
    QVERIFY(back->isLead(UserId(7)));
    QVERIFY(back->hasMember(UserId(8)) && !back->isLead(UserId(8)));

    TicketEvent event;
    event.id = EventId(9);
    event.ticketId = TicketId(42);
    event.actorId = UserId(1);
    event.field = QStringLiteral("tags");
    event.newValue = QJsonArray { QStringLiteral("hw") };
    event.createdAt = ticket.createdAt;
    QCOMPARE(event.toJson(), parse(R"({"id":9,"ticketId":42,"actorId":1,"field":"tags",
                                       "old":null,"new":["hw"],
                                       "createdAt":"2026-11-26T08:20:11.123Z"})"));
}

void TestTypes::roundTrip_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<QJsonObject>("object");

    for (const char* type :
        { "customer", "queue", "staff", "contact", "ticket", "message", "event" })
        QTest::newRow(type) << QString::fromLatin1(type) << validObject(QString::fromLatin1(type));

    QTest::newRow("ticket, nulls and no tags")
        << QStringLiteral("ticket")
        << parse(R"({"id":1,"subject":"","status":"closed","priority":"urgent","queueId":null,
                         "assigneeId":null,"customerId":null,"requesterId":9007199254740992,
                         "tags":[],"createdAt":"2026-01-01T00:00:00.000Z",
                         "updatedAt":"2026-01-01T00:00:00.001Z","version":1,
                         "channel":"phone","mergedInto":null,"sla":null,
                         "timeSpentMinutes":0,"requestTypeId":null,"approval":null})");
    QTest::newRow("message, phone call")
        << QStringLiteral("message")
        << parse(R"({"id":1,"ticketId":2,"authorId":3,"body":"Called back","internal":false,
                         "createdAt":"2026-01-01T00:00:00.000Z","channel":"phone",
                         "call":{"callerId":4,"direction":"inbound","durationSeconds":0},"cc":[]})");
    QTest::newRow("message, copied to two contacts")
        << QStringLiteral("message")
        << parse(R"({"id":1,"ticketId":2,"authorId":3,"body":"See below","internal":false,
                         "createdAt":"2026-01-01T00:00:00.000Z","channel":"email","cc":[5,9]})");
    QTest::newRow("event, null and numeric values")
        << QStringLiteral("event")
        << parse(R"({"id":1,"ticketId":2,"actorId":3,"field":"assigneeId","old":null,"new":4,
                         "createdAt":"2026-01-01T00:00:00.000Z"})");
    QTest::newRow("message, unicode body")
        << QStringLiteral("message")
        << parse("{\"id\":1,\"ticketId\":2,\"authorId\":3,\"body\":\"\xd0\xbf\xd1\x80\xd0\xb8\\n"
                 "\\u0000\xf0\x9f\x98\x80\",\"internal\":false,"
                 "\"createdAt\":\"2026-01-01T00:00:00.000Z\",\"channel\":\"alert\",\"cc\":[]}");
}

void TestTypes::roundTrip()
{
    QFETCH(QString, type);
    QFETCH(QJsonObject, object);

    QString error;
    QVERIFY2(read(type, object, &error), qPrintable(error));
    QCOMPARE(reread(type, object), object);
}

void TestTypes::rejects_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QJsonValue>("value"); // undefined: the field is removed
    QTest::addColumn<QString>("error");

    const QJsonValue missing(QJsonValue::Undefined);
    const QJsonValue null(QJsonValue::Null);
    const QString positive = QStringLiteral("must be a positive integer");
    const QString nullablePositive = QStringLiteral("must be null or a positive integer");
    const QString string = QStringLiteral("must be a string");
    const QString unknown = QStringLiteral("unknown value");
    const QString time = QStringLiteral("must be an ISO 8601 time with offset");
    const QString strings = QStringLiteral("must be an array of strings");
    auto row = [](const char* type, const char* field, const char* what, const QJsonValue& value,
                   const QString& reason) {
        QTest::addRow("%s.%s %s", type, field, what)
            << QString::fromLatin1(type) << QString::fromLatin1(field) << value
            << QStringLiteral("%1: %2").arg(QLatin1String(field), reason);
    };

    // Ids, exercised on the ticket; every other id goes through the same reader.
    row("ticket", "id", "missing", missing, QStringLiteral("missing"));
    row("ticket", "id", "as string", QJsonValue(QStringLiteral("42")), positive);
    row("ticket", "id", "zero", QJsonValue(0), positive);
    row("ticket", "id", "negative", QJsonValue(-1), positive);
    row("ticket", "id", "fraction", QJsonValue(1.5), positive);
    row("ticket", "id", "bool", QJsonValue(true), positive);
    row("ticket", "id", "null", null, positive);
    row("ticket", "id", "array", QJsonValue(QJsonArray { 1 }), positive);
    row("ticket", "id", "2^53 + 1", QJsonValue(qint64(9007199254740993)), positive);
    row("ticket", "id", "2^53 + 2", QJsonValue(qint64(9007199254740994)), positive);
    row("ticket", "id", "1e300", QJsonValue(1e300), positive);
    row("ticket", "subject", "missing", missing, QStringLiteral("missing"));
    row("ticket", "subject", "number", QJsonValue(1), string);
    row("ticket", "subject", "null", null, string);
    row("ticket", "status", "missing", missing, QStringLiteral("missing"));
    row("ticket", "status", "capitalised", QJsonValue(QStringLiteral("Open")), unknown);
    row("ticket", "status", "unknown", QJsonValue(QStringLiteral("archived")), unknown);
    row("ticket", "status", "number", QJsonValue(1), string);
    row("ticket", "priority", "unknown", QJsonValue(QStringLiteral("critical")), unknown);
    row("ticket", "priority", "empty", QJsonValue(QString()), unknown);
    row("ticket", "queueId", "string", QJsonValue(QStringLiteral("5")), nullablePositive);
    row("ticket", "queueId", "zero", QJsonValue(0), nullablePositive);
    row("ticket", "assigneeId", "negative", QJsonValue(-5), nullablePositive);
    row("ticket", "customerId", "fraction", QJsonValue(2.5), nullablePositive);
    row("ticket", "customerId", "object", QJsonValue(QJsonObject()), nullablePositive);
    row("ticket", "requesterId", "missing", missing, QStringLiteral("missing"));
    row("ticket", "requesterId", "null", null, positive);
    row("ticket", "tags", "missing", missing, QStringLiteral("missing"));
    row("ticket", "tags", "string", QJsonValue(QStringLiteral("hw")), strings);
    row("ticket", "tags", "numbers", QJsonValue(QJsonArray { QStringLiteral("hw"), 1 }), strings);
    row("ticket", "tags", "null item", QJsonValue(QJsonArray { null }), strings);
    row("ticket", "tags", "object", QJsonValue(QJsonObject()), strings);
    row("ticket", "createdAt", "missing", missing, QStringLiteral("missing"));
    row("ticket", "createdAt", "date only", QJsonValue(QStringLiteral("2026-11-26")), time);
    row("ticket", "createdAt", "no offset", QJsonValue(QStringLiteral("2026-11-26T08:20:11.123")),
        time);
    row("ticket", "createdAt", "words", QJsonValue(QStringLiteral("yesterday")), time);
    row("ticket", "createdAt", "number", QJsonValue(qint64(1764145211123)), time);
    row("ticket", "updatedAt", "impossible date",
        QJsonValue(QStringLiteral("2026-02-30T00:00:00.000Z")), time);
    row("ticket", "updatedAt", "null", null, time);
    row("ticket", "version", "missing", missing, QStringLiteral("missing"));
    row("ticket", "version", "zero", QJsonValue(0), positive);
    row("ticket", "version", "string", QJsonValue(QStringLiteral("3")), positive);
    row("ticket", "version", "fraction", QJsonValue(3.25), positive);

    row("message", "id", "missing", missing, QStringLiteral("missing"));
    row("message", "ticketId", "string", QJsonValue(QStringLiteral("42")), positive);
    row("message", "authorId", "zero", QJsonValue(0), positive);
    row("message", "body", "missing", missing, QStringLiteral("missing"));
    row("message", "body", "array", QJsonValue(QJsonArray()), string);
    row("message", "internal", "missing", missing, QStringLiteral("missing"));
    row("message", "internal", "string", QJsonValue(QStringLiteral("true")),
        QStringLiteral("must be a boolean"));
    row("message", "internal", "number", QJsonValue(1), QStringLiteral("must be a boolean"));
    row("message", "createdAt", "no offset", QJsonValue(QStringLiteral("2026-11-26T08:20:11")),
        time);

    row("staff", "id", "string", QJsonValue(QStringLiteral("1")), positive);
    row("staff", "login", "missing", missing, QStringLiteral("missing"));
    row("staff", "name", "number", QJsonValue(5), string);
    row("staff", "role", "missing", missing, QStringLiteral("missing"));
    row("staff", "role", "capitalised", QJsonValue(QStringLiteral("Admin")), unknown);
    row("staff", "role", "unknown", QJsonValue(QStringLiteral("root")), unknown);
    row("staff", "locale", "missing", missing, QStringLiteral("missing"));
    row("staff", "locale", "null", null, string);
    row("staff", "customerId", "string", QJsonValue(QStringLiteral("3")), nullablePositive);
    row("staff", "customerId", "set", QJsonValue(3), QStringLiteral("must be null for staff"));
    row("staff", "contactRole", "set", QJsonValue(QStringLiteral("owner")),
        QStringLiteral("must be null for staff"));
    row("contact", "contactRole", "unknown", QJsonValue(QStringLiteral("ceo")), unknown);
    row("contact", "contactRole", "number", QJsonValue(1), string);
    row("contact", "contactRole", "null", null, QStringLiteral("required for customer users"));
    row("contact", "customerId", "null", null, QStringLiteral("required for customer users"));
    row("contact", "customerId", "missing", missing, QStringLiteral("required for customer users"));

    row("customer", "id", "missing", missing, QStringLiteral("missing"));
    row("customer", "id", "negative", QJsonValue(-3), positive);
    row("customer", "name", "number", QJsonValue(1), string);
    row("queue", "id", "string", QJsonValue(QStringLiteral("q")), positive);
    row("queue", "name", "missing", missing, QStringLiteral("missing"));

    row("event", "id", "zero", QJsonValue(0), positive);
    row("event", "ticketId", "missing", missing, QStringLiteral("missing"));
    row("event", "actorId", "fraction", QJsonValue(1.01), positive);
    row("event", "field", "missing", missing, QStringLiteral("missing"));
    row("event", "field", "null", null, string);
    row("event", "createdAt", "bad", QJsonValue(QStringLiteral("26.11.2026")), time);
    row("ticket", "channel", "unknown", QJsonValue(QStringLiteral("fax")), unknown);
    row("message", "channel", "not a string", QJsonValue(1), string);
    row("message", "cc", "not an array", QJsonValue(5), QStringLiteral("expected an array of user ids"));
    row("message", "cc", "zero", QJsonValue(QJsonArray { 0 }), QStringLiteral("expected an array of user ids"));
    row("message", "cc", "text", QJsonValue(QJsonArray { QStringLiteral("5") }), QStringLiteral("expected an array of user ids"));
    row("message", "call", "not an object", QJsonValue(QStringLiteral("yes")),
        QStringLiteral("must be an object"));
    row("message", "call", "without caller", QJsonValue(QJsonObject {}),
        QStringLiteral("callerId: missing"));
    row("message", "call", "unknown direction",
        QJsonValue(QJsonObject { { QStringLiteral("callerId"), 1 },
            { QStringLiteral("direction"), QStringLiteral("sideways") } }),
        QStringLiteral("direction: unknown value"));
    row("message", "call", "negative duration",
        QJsonValue(QJsonObject { { QStringLiteral("callerId"), 1 },
            { QStringLiteral("direction"), QStringLiteral("inbound") },
            { QStringLiteral("durationSeconds"), -1 } }),
        QStringLiteral("durationSeconds: must be a non-negative integer"));
}

void TestTypes::rejects()
{
    QFETCH(QString, type);
    QFETCH(QString, field);
    QFETCH(QJsonValue, value);
    QFETCH(QString, error);

    QJsonObject object = validObject(type);
    QString unused;
    QVERIFY2(read(type, object, &unused), qPrintable(unused)); // the base object is valid
    if (value.isUndefined())
        object.remove(field);
    else
        object.insert(field, value);

    QString actual;
    QVERIFY(!read(type, object, &actual));
    QCOMPARE(actual, error);
    QVERIFY(!read(type, object, nullptr)); // no error sink is fine too
}

void TestTypes::accepts_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QJsonValue>("value"); // undefined: the field is removed

    const QJsonValue missing(QJsonValue::Undefined);
    QTest::newRow("id as exact double")
        << QStringLiteral("ticket") << QStringLiteral("id") << QJsonValue(42.0);
    QTest::newRow("id 2^53") << QStringLiteral("ticket") << QStringLiteral("id")
                             << QJsonValue(qint64(9007199254740992));
    QTest::newRow("nullable id absent")
        << QStringLiteral("ticket") << QStringLiteral("queueId") << missing;
    QTest::newRow("nullable id null")
        << QStringLiteral("ticket") << QStringLiteral("assigneeId") << QJsonValue(QJsonValue::Null);
    QTest::newRow("time with offset")
        << QStringLiteral("ticket") << QStringLiteral("createdAt")
        << QJsonValue(QStringLiteral("2026-11-26T11:20:11.123+03:00"));
    QTest::newRow("time without ms") << QStringLiteral("message") << QStringLiteral("createdAt")
                                     << QJsonValue(QStringLiteral("2026-11-26T08:20:11Z"));
    QTest::newRow("unknown field ignored") << QStringLiteral("ticket") << QStringLiteral("colour")
                                           << QJsonValue(QStringLiteral("red"));
    QTest::newRow("staff contactRole absent")
        << QStringLiteral("staff") << QStringLiteral("contactRole") << missing;
    // From a server before schema step 9.
    QTest::newRow("user email absent") << QStringLiteral("staff") << QStringLiteral("email") << missing;
    QTest::newRow("user enabled absent")
        << QStringLiteral("contact") << QStringLiteral("enabled") << missing;
    QTest::newRow("event old absent")
        << QStringLiteral("event") << QStringLiteral("old") << missing;
    QTest::newRow("event new array") << QStringLiteral("event") << QStringLiteral("new")
                                     << QJsonValue(QJsonArray { QStringLiteral("a") });
    // From a server before schema step 7: no channel, read as client.
    QTest::newRow("ticket channel absent")
        << QStringLiteral("ticket") << QStringLiteral("channel") << missing;
    QTest::newRow("message channel absent")
        << QStringLiteral("message") << QStringLiteral("channel") << missing;
    QTest::newRow("message call null")
        << QStringLiteral("message") << QStringLiteral("call") << QJsonValue(QJsonValue::Null);
}

void TestTypes::accepts()
{
    QFETCH(QString, type);
    QFETCH(QString, field);
    QFETCH(QJsonValue, value);

    QJsonObject object = validObject(type);
    if (value.isUndefined())
        object.remove(field);
    else
        object.insert(field, value);
    QString error;
    QVERIFY2(read(type, object, &error), qPrintable(error));
}

// Parsed integers beyond 2^53 must not be rounded into acceptance.
void TestTypes::largeIntegersFromText()
{
    QJsonObject ticket = validObject(QStringLiteral("ticket"));
    const QJsonObject exact = parse(R"({"id":9007199254740992,"over":9007199254740993})");

    ticket.insert(QStringLiteral("id"), exact.value(QLatin1String("id")));
    const std::optional<Ticket> accepted = Ticket::fromJson(ticket);
    QVERIFY(accepted);
    QCOMPARE(accepted->id.value(), qint64(9007199254740992));

    ticket.insert(QStringLiteral("id"), exact.value(QLatin1String("over")));
    QVERIFY(!Ticket::fromJson(ticket));
}

void TestTypes::enumNames_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("kind");

    for (const char* name : { "admin", "lead", "agent", "customer" })
        QTest::addRow("role %s", name) << QString::fromLatin1(name) << QStringLiteral("role");
    for (const char* name : { "owner", "technical", "billing" })
        QTest::addRow("contact %s", name) << QString::fromLatin1(name) << QStringLiteral("contact");
    for (const char* name : { "new", "open", "pending", "resolved", "closed" })
        QTest::addRow("status %s", name) << QString::fromLatin1(name) << QStringLiteral("status");
    for (const char* name : { "low", "normal", "high", "urgent" })
        QTest::addRow("priority %s", name)
            << QString::fromLatin1(name) << QStringLiteral("priority");
    for (const char* name : { "client", "phone", "email", "alert" })
        QTest::addRow("channel %s", name) << QString::fromLatin1(name) << QStringLiteral("channel");
    for (const char* name : { "inbound", "outbound" })
        QTest::addRow("direction %s", name)
            << QString::fromLatin1(name) << QStringLiteral("direction");
}

void TestTypes::enumNames()
{
    QFETCH(QString, name);
    QFETCH(QString, kind);

    const QString upper = name.toUpper();
    if (kind == QLatin1String("role")) {
        QCOMPARE(toString(*roleFromString(name)), name);
        QVERIFY(!roleFromString(upper));
    } else if (kind == QLatin1String("contact")) {
        QCOMPARE(toString(*contactRoleFromString(name)), name);
        QVERIFY(!contactRoleFromString(upper));
    } else if (kind == QLatin1String("status")) {
        QCOMPARE(toString(*statusFromString(name)), name);
        QVERIFY(!statusFromString(upper));
    } else if (kind == QLatin1String("channel")) {
        QCOMPARE(toString(*channelFromString(name)), name);
        QVERIFY(!channelFromString(upper));
    } else if (kind == QLatin1String("direction")) {
        QCOMPARE(toString(*callDirectionFromString(name)), name);
        QVERIFY(!callDirectionFromString(upper));
    } else {
        QCOMPARE(toString(*priorityFromString(name)), name);
        QVERIFY(!priorityFromString(upper));
    }
    QVERIFY(!roleFromString(QString()));
    QVERIFY(!statusFromString(name + QLatin1Char(' ')));
    QVERIFY(isStaff(Role::Admin) && isStaff(Role::Lead) && isStaff(Role::Agent));
    QVERIFY(!isStaff(Role::Customer));
}

void TestTypes::toWireTime_data()
{
    QTest::addColumn<QDateTime>("time");
    QTest::addColumn<QString>("expected");

    QTest::newRow("utc with ms") << utc(2026, 11, 26, 8, 20, 11, 123)
                                 << QStringLiteral("2026-11-26T08:20:11.123Z");
    QTest::newRow("zero ms padded")
        << utc(2026, 1, 2, 3, 4, 5, 0) << QStringLiteral("2026-01-02T03:04:05.000Z");
    QTest::newRow("offset converted") << QDateTime(QDate(2026, 11, 26), QTime(11, 20, 11, 7),
        QTimeZone(3 * 3600)) << QStringLiteral("2026-11-26T08:20:11.007Z");
    QTest::newRow("offset crosses midnight") << QDateTime(QDate(2027, 1, 1), QTime(1, 0),
        QTimeZone(2 * 3600)) << QStringLiteral("2026-12-31T23:00:00.000Z");
    QTest::newRow("invalid") << QDateTime() << QString();
    QTest::newRow("year padded") << utc(999, 12, 31, 23, 59, 59, 999)
                                 << QStringLiteral("0999-12-31T23:59:59.999Z");
    QTest::newRow("leap day") << utc(2028, 2, 29, 0, 0, 0, 1)
                              << QStringLiteral("2028-02-29T00:00:00.001Z");
}

void TestTypes::toWireTime()
{
    QFETCH(QDateTime, time);
    QFETCH(QString, expected);
    QCOMPARE(helpdesk::toWireTime(time), expected);
    // Written by hand for speed: the same text as Qt's own formatting, across the years.
    if (time.isValid()) {
        for (qint64 ms = time.toMSecsSinceEpoch(), step = 0; step < 2000; ++step) {
            ms += 86'400'000LL * 3 + 3'600'000LL * 7 + 61'001LL * step;
            const QDateTime t = QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
            QCOMPARE(helpdesk::toWireTime(t),
                t.toString(QStringLiteral("yyyy-MM-dd'T'HH:mm:ss.zzz'Z'")));
        }
    }
}

void TestTypes::fromWireTime_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDateTime>("expected"); // invalid: rejected

    const QDateTime instant = utc(2026, 11, 26, 8, 20, 11, 123);
    QTest::newRow("wire form") << QStringLiteral("2026-11-26T08:20:11.123Z") << instant;
    QTest::newRow("positive offset") << QStringLiteral("2026-11-26T11:20:11.123+03:00") << instant;
    QTest::newRow("negative offset") << QStringLiteral("2026-11-26T03:20:11.123-05:00") << instant;
    QTest::newRow("no ms") << QStringLiteral("2026-11-26T08:20:11Z")
                           << utc(2026, 11, 26, 8, 20, 11, 0);
    QTest::newRow("no offset") << QStringLiteral("2026-11-26T08:20:11.123") << QDateTime();
    QTest::newRow("date only") << QStringLiteral("2026-11-26") << QDateTime();
    QTest::newRow("empty") << QString() << QDateTime();
    QTest::newRow("garbage") << QStringLiteral("not a time") << QDateTime();
    QTest::newRow("month 13") << QStringLiteral("2026-13-01T00:00:00.000Z") << QDateTime();
    QTest::newRow("hour 25") << QStringLiteral("2026-11-26T25:00:00.000Z") << QDateTime();
}

void TestTypes::fromWireTime()
{
    QFETCH(QString, text);
    QFETCH(QDateTime, expected);

    const QDateTime actual = helpdesk::fromWireTime(text);
    QCOMPARE(actual.isValid(), expected.isValid());
    if (expected.isValid()) {
        QCOMPARE(actual, expected);
        QCOMPARE(actual.timeSpec(), Qt::UTC);
        QCOMPARE(helpdesk::fromWireTime(helpdesk::toWireTime(actual)), actual);
    }
}

QTEST_GUILESS_MAIN(TestTypes)
#include "tst_types.moc"
