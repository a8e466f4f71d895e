// SPDX-License-Identifier: GPL-3.0-or-later
#include "directoryservice.h"

#include "app/servercontext.h"
#include "auth/passwordhasher.h"
#include "net/connection.h"
#include "rpc/params.h"
#include "rpc/rpcexception.h"
#include "storage/storage.h"
#include "userstore.h"

#include <QJsonArray>
#include <QRegularExpression>

#include <memory>

namespace helpdesk::server::directory {

namespace {
constexpr int kMaxNameChars = 200;
constexpr int kMaxLoginChars = 64;
constexpr int kMinPasswordChars = 8;
constexpr int kMaxPasswordChars = 1024;
constexpr int kMaxListLimit = 500;

struct Page
{
    qint64 offset;
    qint64 limit;
};

Page pageOf(const Params& params, qint64 defaultLimit)
{
    const qint64 limit = params.optionalInt(QStringLiteral("limit")).value_or(defaultLimit);
    const qint64 offset = params.optionalInt(QStringLiteral("offset")).value_or(0);
    if (limit < 1 || limit > kMaxListLimit)
        validationError(
            QStringLiteral("limit"), QStringLiteral("must be 1 to %1").arg(kMaxListLimit));
    if (offset < 0)
        validationError(QStringLiteral("offset"), QStringLiteral("must not be negative"));
    return { offset, limit };
}

QString likePattern(const QString& text)
{
    QString escaped = text;
    escaped.replace(QLatin1Char('\\'), QLatin1String("\\\\"))
        .replace(QLatin1Char('%'), QLatin1String("\\%"))
        .replace(QLatin1Char('_'), QLatin1String("\\_"));
    return QLatin1Char('%') + escaped + QLatin1Char('%');
}
} // namespace

QJsonValue createCustomer(Db& db, const CallContext& call, EventList&)
{
    const Params params(call.params);
    params.rejectUnknown({ QStringLiteral("name") });
    Customer customer;
    customer.name = validText(
        QStringLiteral("name"), params.requiredString(QStringLiteral("name")), kMaxNameChars);
    Query insert(
        db, QStringLiteral("INSERT INTO customers (name, created_at) VALUES (?, ?) RETURNING id"));
    insert.bind(customer.name).bind(nowMs());
    customer.id = CustomerId(insert.scalar().toLongLong());
    return customer.toJson();
}

QJsonValue listCustomers(Db& db, const CallContext& call)
{
    const Params params(call.params);
    params.rejectUnknown(
        { QStringLiteral("query"), QStringLiteral("offset"), QStringLiteral("limit") });
    const Page page = pageOf(params, 100);
    const QString text
        = params.optionalString(QStringLiteral("query")).value_or(QString()).trimmed();
    const QString where = text.isEmpty()
        ? QString()
        // lower() on both sides: SQLite's LIKE ignores ASCII case, PostgreSQL's does not.
        : QStringLiteral(" WHERE lower(name) LIKE lower(?) ESCAPE '\\'");
    Query rows(db,
        QStringLiteral("SELECT id, name FROM customers%1 ORDER BY name, id LIMIT ? OFFSET ?")
            .arg(where));
    if (!text.isEmpty())
        rows.bind(likePattern(text));
    rows.bind(page.limit).bind(page.offset).exec();
    QJsonArray items;
    while (rows.next())
        items.append(Customer { CustomerId(rows.int64(0)), rows.text(1) }.toJson());
    Query count(db, QStringLiteral("SELECT COUNT(*) FROM customers%1").arg(where));
    if (!text.isEmpty())
        count.bind(likePattern(text));
    return QJsonObject { { QStringLiteral("total"), double(count.scalar().toLongLong()) },
        { QStringLiteral("items"), items } };
}

QJsonValue listQueues(Db& db, const CallContext&)
{
    Query rows(db, QStringLiteral("SELECT id, name FROM queues ORDER BY name, id"));
    rows.exec();
    QJsonArray items;
    while (rows.next())
        items.append(Queue { QueueId(rows.int64(0)), rows.text(1) }.toJson());
    return QJsonObject { { QStringLiteral("items"), items } };
}

QJsonValue listUsers(Db& db, const CallContext& call)
{
    const Params params(call.params);
    params.rejectUnknown({ QStringLiteral("customerId"), QStringLiteral("staff"),
        QStringLiteral("offset"), QStringLiteral("limit") });
    const Page page = pageOf(params, 200);
    QString where;
    QVariant value;
    const bool staffOnly = params.optionalBool(QStringLiteral("staff"), false);
    // A customer sees the contacts of its own organisation, and with `staff` the names of
    // the support team (who answer it) without their logins.
    const bool namesOnly = call.principal.isCustomer() && staffOnly;
    if (namesOnly) {
        where = QStringLiteral(" WHERE u.customer_id IS NULL");
    } else if (call.principal.isCustomer()) {
        where = QStringLiteral(" WHERE u.customer_id = ?");
        value = call.principal.customerId->value();
    } else if (const auto customer = params.optionalId(QStringLiteral("customerId"))) {
        where = QStringLiteral(" WHERE u.customer_id = ?");
        value = *customer;
    } else if (staffOnly) {
        where = QStringLiteral(" WHERE u.customer_id IS NULL");
    }
    Query rows(db,
        QStringLiteral("SELECT %1 FROM users u%2 ORDER BY u.name, u.id LIMIT ? OFFSET ?")
            .arg(userColumns(), where));
    if (value.isValid())
        rows.bind(value);
    rows.bind(page.limit).bind(page.offset).exec();
    QJsonArray items;
    while (rows.next()) {
        User user = userFromRow(rows);
        if (namesOnly) {
            user.login.clear(); // half of what signs in as them
            user.locale.clear();
        }
        items.append(user.toJson());
    }
    Query count(db, QStringLiteral("SELECT COUNT(*) FROM users u%1").arg(where));
    if (value.isValid())
        count.bind(value);
    return QJsonObject { { QStringLiteral("total"), double(count.scalar().toLongLong()) },
        { QStringLiteral("items"), items } };
}

QJsonValue setLocale(Db& db, const CallContext& call, EventList&)
{
    const Params params(call.params);
    params.rejectUnknown({ QStringLiteral("locale") });
    const QString locale = params.requiredString(QStringLiteral("locale"));
    if (!isLocaleName(locale))
        validationError(QStringLiteral("locale"), QStringLiteral("not a locale name like ru_RU"));
    Query update(db, QStringLiteral("UPDATE users SET locale = ? WHERE id = ?"));
    update.bind(locale).bind(call.principal.userId.value()).exec();
    const auto user = findUser(db, call.principal.userId);
    if (!user)
        throw RpcException(
            rpc::Error::notFound(QStringLiteral("user %1").arg(call.principal.userId.value())));
    return user->toJson();
}

bool isLocaleName(const QString& text)
{
    static const QRegularExpression localePattern(QStringLiteral("^([a-z]{2,3}(_[A-Z]{2})?)?$"));
    return text.size() <= 16 && localePattern.match(text).hasMatch();
}

User validateNewUser(const Principal& caller, const QJsonObject& object, QString* password)
{
    const Params params(object);
    params.rejectUnknown({ QStringLiteral("login"), QStringLiteral("name"), QStringLiteral("role"),
        QStringLiteral("password"), QStringLiteral("customerId"), QStringLiteral("contactRole"),
        QStringLiteral("locale") });
    User user;
    user.login = params.requiredString(QStringLiteral("login")).trimmed();
    static const QRegularExpression loginPattern(QStringLiteral("^[A-Za-z0-9._@+-]+$"));
    if (user.login.isEmpty() || user.login.size() > kMaxLoginChars
        || !loginPattern.match(user.login).hasMatch())
        validationError(QStringLiteral("login"),
            QStringLiteral("1 to %1 letters, digits or . _ @ + -").arg(kMaxLoginChars));
    user.name = validText(
        QStringLiteral("name"), params.requiredString(QStringLiteral("name")), kMaxNameChars);
    const QString roleText = params.requiredString(QStringLiteral("role"));
    const auto role = roleFromString(roleText);
    if (!role)
        validationError(QStringLiteral("role"), QStringLiteral("unknown role %1").arg(roleText));
    user.role = *role;
    *password = params.requiredString(QStringLiteral("password"));
    if (password->size() < kMinPasswordChars || password->size() > kMaxPasswordChars)
        validationError(QStringLiteral("password"),
            QStringLiteral("must be %1 to %2 characters")
                .arg(kMinPasswordChars)
                .arg(kMaxPasswordChars));
    user.locale = params.optionalString(QStringLiteral("locale")).value_or(QString());
    if (!isLocaleName(user.locale))
        validationError(QStringLiteral("locale"), QStringLiteral("not a locale name like ru_RU"));
    if (const auto customer = params.optionalId(QStringLiteral("customerId")))
        user.customerId = CustomerId(*customer);
    if (const auto contact = params.optionalString(QStringLiteral("contactRole"))) {
        user.contactRole = contactRoleFromString(*contact);
        if (!user.contactRole)
            validationError(
                QStringLiteral("contactRole"), QStringLiteral("owner, technical or billing"));
    }

    if (caller.isCustomer()) {
        if (caller.contactRole != ContactRole::Owner)
            throw RpcException(
                rpc::Error::forbidden(QStringLiteral("only the owner contact may add contacts")));
        if (user.role != Role::Customer)
            throw RpcException(
                rpc::Error::forbidden(QStringLiteral("customers can add customer contacts only")));
        if (user.customerId && user.customerId != caller.customerId)
            throw RpcException(rpc::Error::forbidden(
                QStringLiteral("contacts can be added to your own organisation only")));
        user.customerId = caller.customerId;
        if (!user.contactRole)
            user.contactRole = ContactRole::Technical;
        if (user.contactRole == ContactRole::Owner)
            throw RpcException(
                rpc::Error::forbidden(QStringLiteral("only an administrator can add an owner")));
    }
    if (user.role == Role::Customer) {
        if (!user.customerId)
            validationError(
                QStringLiteral("customerId"), QStringLiteral("required for a customer user"));
        if (!user.contactRole)
            validationError(
                QStringLiteral("contactRole"), QStringLiteral("required for a customer user"));
    } else {
        if (user.customerId)
            validationError(
                QStringLiteral("customerId"), QStringLiteral("staff belong to no customer"));
        if (user.contactRole)
            validationError(
                QStringLiteral("contactRole"), QStringLiteral("staff have no contact role"));
    }
    return user;
}

void createUser(ServerContext& context, Connection& connection, const QJsonObject& params,
    const Responder& respond)
{
    QString password;
    const User user = validateNewUser(*connection.principal(), params, &password);
    auto hash = std::make_shared<QString>();
    context.storage.read(
        [password, hash](Db&) {
            *hash = hashPassword(password);
            return QJsonValue();
        },
        [&context, respond, user, hash](const Outcome& hashed) {
            if (hashed.error) {
                respond.error(*hashed.error);
                return;
            }
            context.storage.write(
                [user, hash](Db& db, EventList&) {
                    if (user.customerId && !customerExists(db, *user.customerId))
                        validationError(
                            QStringLiteral("customerId"), QStringLiteral("no such customer"));
                    Query taken(db, QStringLiteral("SELECT 1 FROM users WHERE login = ?"));
                    if (taken.bind(user.login).scalar().isValid())
                        validationError(QStringLiteral("login"), QStringLiteral("already taken"));
                    return QJsonValue(insertUser(db, user, *hash).toJson());
                },
                [respond](const Outcome& stored) {
                    if (stored.error)
                        respond.error(*stored.error);
                    else
                        respond.result(stored.result);
                });
        });
}

} // namespace helpdesk::server::directory
