// SPDX-License-Identifier: GPL-3.0-or-later
#include "directoryservice.h"

#include "passwordhasher.h"
#include "rpc/params.h"
#include "rpc/rpcexception.h"
#include "rpc/session.h"
#include "service/servercontext.h"
#include "signaturestore.h"
#include "protocol/methods.h"
#include "service/auditstore.h"
#include "storage/storage.h"
#include "directorystore.h"

#include <QJsonArray>
#include <QRegularExpression>

#include <memory>
#include <tuple>

namespace helpdesk::server::directory {

namespace {
constexpr int kMaxNameChars = 200;
constexpr int kMaxLoginChars = 64;
constexpr int kMinPasswordChars = 8;
constexpr int kMaxPasswordChars = 1024;
constexpr int kMaxListLimit = 500;
constexpr int kMaxSignatureChars = 2000;
constexpr int kMaxEmailChars = 254;
constexpr int kMaxNotesChars = 10'000;
constexpr qsizetype kMaxServices = 200;
constexpr int kMaxPhoneChars = 40;

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
} // namespace

QJsonValue createCustomer(Db& db, const CallContext& call, EventList&)
{
    const Params params(call.params);
    params.rejectUnknown({ QStringLiteral("name") });
    const QString name = validText(
        QStringLiteral("name"), params.requiredString(QStringLiteral("name")), kMaxNameChars);
    const Customer customer = insertCustomer(db, name);
    appendAudit(db,
        AuditEntry { 0, 0, call.principal.userId, call.address, QString(method::CustomerCreate),
            QStringLiteral("customer"), customer.id.value(),
            QJsonObject { { QStringLiteral("name"), name } } });
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
    QJsonArray items;
    for (const Customer& customer : findCustomers(db, text, page.limit, page.offset))
        items.append(customer.toJson());
    return QJsonObject { { QStringLiteral("total"), double(countCustomers(db, text)) },
        { QStringLiteral("items"), items } };
}

QJsonValue updateCustomer(Db& db, const CallContext& call, EventList&)
{
    const Params params(call.params);
    params.rejectUnknown({ QStringLiteral("id"), QStringLiteral("name"),
        QStringLiteral("language"), QStringLiteral("notes"), QStringLiteral("services"),
        QStringLiteral("mailDomain") });
    const CustomerId id(params.requiredId(QStringLiteral("id")));
    const auto name = params.optionalString(QStringLiteral("name"));
    const auto language = params.optionalString(QStringLiteral("language"));
    const auto notes = params.optionalString(QStringLiteral("notes"));
    const auto mailDomain = params.optionalString(QStringLiteral("mailDomain"));
    const auto services = params.optionalArray(QStringLiteral("services"));
    Customer after;
    if (const auto found = findCustomer(db, id))
        after = *found;
    else
        throw RpcException(rpc::Error::notFound(QStringLiteral("customer %1").arg(id.value())));
    const Customer before = after;
    if (name)
        after.name = validText(QStringLiteral("name"), *name, kMaxNameChars);
    if (language) {
        if (!isLocaleName(*language))
            validationError(
                QStringLiteral("language"), QStringLiteral("not a locale name like ru_RU"));
        after.language = *language;
    }
    if (notes) {
        if (notes->size() > kMaxNotesChars)
            validationError(QStringLiteral("notes"),
                QStringLiteral("longer than %1 characters").arg(kMaxNotesChars));
        after.notes = *notes;
    }
    if (mailDomain) {
        // Mail from an unknown address of this domain makes its sender a contact here.
        static const QRegularExpression domain(QStringLiteral(
            "^(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\\.)+[a-z][a-z0-9-]{0,61}[a-z0-9]$"));
        const QString lower = mailDomain->trimmed().toLower();
        if (!lower.isEmpty() && (lower.size() > 253 || !domain.match(lower).hasMatch()))
            validationError(QStringLiteral("mailDomain"),
                QStringLiteral("not a domain name like example.com"));
        after.mailDomain = lower;
    }
    QJsonObject changes;
    if (services) {
        if (services->size() > kMaxServices)
            validationError(QStringLiteral("services"),
                QStringLiteral("at most %1 services").arg(kMaxServices));
        QVector<Service> list;
        for (qsizetype i = 0; i < services->size(); ++i) {
            const QString prefix = QStringLiteral("services.%1.").arg(i);
            if (!services->at(i).isObject())
                throw RpcException(rpc::Error::invalidParams(
                    QStringLiteral("services.%1").arg(i), QStringLiteral("expected an object")));
            const Params item(services->at(i).toObject(), prefix);
            item.rejectUnknown(
                { QStringLiteral("kind"), QStringLiteral("name"), QStringLiteral("details") });
            Service service;
            service.kind = item.requiredString(QStringLiteral("kind"));
            static const QStringList kinds { QStringLiteral("hosting"), QStringLiteral("domain"),
                QStringLiteral("mailbox"), QStringLiteral("other") };
            if (!kinds.contains(service.kind))
                validationError(prefix + QStringLiteral("kind"),
                    QStringLiteral("hosting, domain, mailbox or other"));
            service.name = validText(
                prefix + QStringLiteral("name"), item.requiredString(QStringLiteral("name")), 200);
            service.details = item.optionalString(QStringLiteral("details")).value_or(QString());
            if (service.details.size() > 2000)
                validationError(prefix + QStringLiteral("details"),
                    QStringLiteral("longer than 2000 characters"));
            list << service;
        }
        const QVector<Service> old = customerServices(db, id);
        QJsonArray oldNames, newNames;
        for (const Service& service : old)
            oldNames.append(service.kind + QLatin1Char(':') + service.name);
        for (const Service& service : list)
            newNames.append(service.kind + QLatin1Char(':') + service.name);
        if (oldNames != newNames)
            changes.insert(QStringLiteral("services"),
                QJsonObject { { QStringLiteral("old"), oldNames }, { QStringLiteral("new"), newNames } });
        after.services = list;
    }
    for (const auto& [field, oldValue, newValue] :
        { std::tuple { QStringLiteral("name"), before.name, after.name },
            std::tuple { QStringLiteral("language"), before.language, after.language },
            std::tuple { QStringLiteral("notes"), before.notes, after.notes },
            std::tuple { QStringLiteral("mailDomain"), before.mailDomain, after.mailDomain } }) {
        if (oldValue != newValue)
            changes.insert(field,
                QJsonObject { { QStringLiteral("old"), oldValue }, { QStringLiteral("new"), newValue } });
    }
    updateCustomer(db, after);
    if (!changes.isEmpty())
        appendAudit(db,
            AuditEntry { 0, 0, call.principal.userId, call.address,
                QString(method::CustomerUpdate), QStringLiteral("customer"), id.value(),
                changes });
    after.services = customerServices(db, id);
    return after.toJson();
}

QJsonValue listUsers(Db& db, const CallContext& call)
{
    const Params params(call.params);
    params.rejectUnknown({ QStringLiteral("customerId"), QStringLiteral("staff"),
        QStringLiteral("offset"), QStringLiteral("limit") });
    const Page page = pageOf(params, 200);
    UserFilter filter;
    const bool staffOnly = params.optionalBool(QStringLiteral("staff"), false);
    // A customer sees the contacts of its own organisation, and with `staff` the names of
    // the support team (who answer it) without their logins.
    const bool namesOnly = call.principal.isCustomer() && staffOnly;
    if (namesOnly)
        filter.staffOnly = true;
    else if (call.principal.isCustomer())
        filter.customer = call.principal.customerId;
    else if (const auto customer = params.optionalId(QStringLiteral("customerId")))
        filter.customer = CustomerId(*customer);
    else
        filter.staffOnly = staffOnly;
    QJsonArray items;
    for (User user : findUsers(db, filter, page.limit, page.offset)) {
        if (namesOnly) {
            user.login.clear(); // half of what signs in as them
            user.locale.clear();
            user.email.clear();
            user.phone.clear();
        }
        items.append(user.toJson());
    }
    return QJsonObject { { QStringLiteral("total"), double(countUsers(db, filter)) },
        { QStringLiteral("items"), items } };
}

QJsonValue setLocale(Db& db, const CallContext& call, EventList&)
{
    const Params params(call.params);
    params.rejectUnknown({ QStringLiteral("locale") });
    const QString locale = params.requiredString(QStringLiteral("locale"));
    if (!isLocaleName(locale))
        validationError(QStringLiteral("locale"), QStringLiteral("not a locale name like ru_RU"));
    setUserLocale(db, call.principal.userId, locale);
    const auto user = findUser(db, call.principal.userId);
    if (!user)
        throw RpcException(
            rpc::Error::notFound(QStringLiteral("user %1").arg(call.principal.userId.value())));
    return user->toJson();
}

QJsonValue listSignatures(Db& db, const CallContext& call)
{
    Params(call.params).rejectUnknown({});
    QJsonArray items;
    for (const Signature& signature : signaturesFor(db, call.principal.userId))
        items.append(signature.toJson());
    return QJsonObject { { QStringLiteral("items"), items } };
}

QJsonValue setSignature(Db& db, const CallContext& call, EventList&)
{
    const Params params(call.params);
    params.rejectUnknown(
        { QStringLiteral("queueId"), QStringLiteral("locale"), QStringLiteral("text") });
    Signature signature;
    signature.text = params.requiredString(QStringLiteral("text"));
    // Not a null QString: that would bind SQL NULL.
    signature.locale = params.optionalString(QStringLiteral("locale")).value_or(QStringLiteral(""));
    const auto queue = params.optionalId(QStringLiteral("queueId"));
    if (!isLocaleName(signature.locale))
        validationError(QStringLiteral("locale"), QStringLiteral("not a locale name like ru_RU"));
    if (signature.text.size() > kMaxSignatureChars)
        validationError(QStringLiteral("text"),
            QStringLiteral("longer than %1 characters").arg(kMaxSignatureChars));
    if (signature.text.trimmed().isEmpty())
        signature.text.clear(); // nothing but spaces: no signature
    if (queue) {
        if (call.principal.role != Role::Admin && call.principal.role != Role::Lead)
            throw RpcException(rpc::Error::forbidden(
                QStringLiteral("only leads and admins set a queue's signature")));
        if (!queueExists(db, QueueId(*queue)))
            validationError(QStringLiteral("queueId"), QStringLiteral("no such queue"));
        signature.queueId = QueueId(*queue);
    } else {
        signature.userId = call.principal.userId;
    }
    signature.updatedAtMs = nowMs();
    storeSignature(db, signature);
    return signature.toJson();
}

QString validEmail(const QString& text)
{
    const QString email = text.trimmed();
    static const QRegularExpression pattern(QStringLiteral("^[^@\\s]+@[^@\\s]+$"));
    if (!email.isEmpty() && (email.size() > kMaxEmailChars || !pattern.match(email).hasMatch()))
        validationError(QStringLiteral("email"), QStringLiteral("not an e-mail address"));
    return email;
}

QString validPhone(const QString& text)
{
    const QString phone = text.trimmed();
    static const QRegularExpression pattern(QStringLiteral("^[0-9+()./ -]*$"));
    if (phone.size() > kMaxPhoneChars || !pattern.match(phone).hasMatch())
        validationError(QStringLiteral("phone"),
            QStringLiteral("at most %1 digits, spaces and + ( ) . / -").arg(kMaxPhoneChars));
    return phone;
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
        QStringLiteral("locale"), QStringLiteral("email"), QStringLiteral("phone") });
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
    user.email = validEmail(params.optionalString(QStringLiteral("email")).value_or(QString()));
    user.phone = validPhone(params.optionalString(QStringLiteral("phone")).value_or(QString()));
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

void createUser(ServerContext& context, Session& session, const QJsonObject& params,
    const Responder& respond)
{
    QString password;
    const User user = validateNewUser(*session.principal(), params, &password);
    auto hash = std::make_shared<QString>();
    context.storage.read(
        [password, hash](Db&) {
            *hash = hashPassword(password);
            return QJsonValue();
        },
        [&context, respond, user, hash, actor = session.principal()->userId,
            address = session.peerAddress()](const Outcome& hashed) {
            if (hashed.error) {
                respond.error(*hashed.error);
                return;
            }
            context.storage.write(
                [user, hash, actor, address](Db& db, EventList&) {
                    if (user.customerId && !customerExists(db, *user.customerId))
                        validationError(
                            QStringLiteral("customerId"), QStringLiteral("no such customer"));
                    if (loginTaken(db, user.login))
                        validationError(QStringLiteral("login"), QStringLiteral("already taken"));
                    const User created = insertUser(db, user, *hash);
                    appendAudit(db,
                        AuditEntry { 0, 0, actor, address, QString(method::UserCreate),
                            QStringLiteral("user"), created.id.value(),
                            QJsonObject { { QStringLiteral("login"), created.login },
                                { QStringLiteral("role"), toString(created.role) } } });
                    return QJsonValue(created.toJson());
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
