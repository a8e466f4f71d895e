// SPDX-License-Identifier: GPL-3.0-or-later
#include "requestservice.h"

#include "announcements/announcementservice.h"
#include "directory/directoryservice.h"
#include "directory/directorystore.h"
#include "directory/queuestore.h"
#include "rpc/params.h"
#include "rpc/rpcexception.h"
#include "storage/db.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace helpdesk::server::requests {

namespace {

constexpr int kMaxNameChars = 200;
constexpr int kMaxAnswerChars = 10'000;
constexpr qsizetype kMaxFields = 30;
constexpr qsizetype kMaxChoices = 50;

bool validKey(const QString& key)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z0-9_]{1,64}$"));
    return pattern.match(key).hasMatch();
}

QJsonObject requiredObject(const Params& params, const QString& name)
{
    const auto object = params.optionalObject(name);
    if (!object)
        throw RpcException(
            rpc::Error::invalidParams(params.fieldName(name), QStringLiteral("required")));
    return *object;
}

// {locale: text}: at least English, each text trimmed and 1-200 characters.
QMap<QString, QString> textsFrom(const Params& params, const QString& name)
{
    const QJsonObject object = requiredObject(params, name);
    const QString field = params.fieldName(name);
    QMap<QString, QString> texts;
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QString path = field + QLatin1Char('.') + it.key();
        if (!it.value().isString())
            throw RpcException(rpc::Error::invalidParams(path, QStringLiteral("expected a string")));
        if (!directory::isLocaleName(it.key()))
            validationError(path, QStringLiteral("not a locale name like de or pt_BR"));
        texts.insert(it.key(), validText(path, it.value().toString(), kMaxNameChars));
    }
    if (!texts.contains(QStringLiteral("en")))
        validationError(field, QStringLiteral("needs an English (en) text"));
    return texts;
}

QVector<RequestField> fieldsFrom(const Params& params)
{
    const auto array = params.optionalArray(QStringLiteral("fields"));
    if (!array)
        return {};
    if (array->size() > kMaxFields)
        validationError(QStringLiteral("fields"), QStringLiteral("at most %1").arg(kMaxFields));
    QVector<RequestField> fields;
    for (qsizetype i = 0; i < array->size(); ++i) {
        const QString prefix = QStringLiteral("fields.%1.").arg(i);
        if (!array->at(i).isObject())
            throw RpcException(rpc::Error::invalidParams(
                QStringLiteral("fields.%1").arg(i), QStringLiteral("expected an object")));
        const Params item(array->at(i).toObject(), prefix);
        item.rejectUnknown({ QStringLiteral("key"), QStringLiteral("kind"),
            QStringLiteral("required"), QStringLiteral("labels"), QStringLiteral("choices") });
        RequestField field;
        field.key = item.requiredString(QStringLiteral("key"));
        if (!validKey(field.key))
            validationError(prefix + QStringLiteral("key"), QStringLiteral("1-64 of a-z 0-9 _"));
        for (const RequestField& common : commonFields()) {
            if (common.key == field.key)
                validationError(prefix + QStringLiteral("key"),
                    QStringLiteral("%1 is a common field every type asks").arg(field.key));
        }
        for (const RequestField& earlier : fields) {
            if (earlier.key == field.key)
                validationError(prefix + QStringLiteral("key"), QStringLiteral("given twice"));
        }
        field.kind = item.requiredString(QStringLiteral("kind"));
        if (!kFieldKinds.contains(field.kind))
            validationError(prefix + QStringLiteral("kind"),
                QStringLiteral("one of text, date, choice, service"));
        field.required = item.optionalBool(QStringLiteral("required"), false);
        field.labels = textsFrom(item, QStringLiteral("labels"));
        const QStringList choices
            = item.optionalStringList(QStringLiteral("choices")).value_or(QStringList());
        if (field.kind == QLatin1String("choice")) {
            if (choices.isEmpty() || choices.size() > kMaxChoices)
                validationError(prefix + QStringLiteral("choices"),
                    QStringLiteral("1 to %1 for a choice").arg(kMaxChoices));
            for (const QString& choice : choices) {
                const QString text = validText(prefix + QStringLiteral("choices"), choice, kMaxNameChars);
                if (field.choices.contains(text))
                    validationError(prefix + QStringLiteral("choices"), QStringLiteral("given twice"));
                field.choices << text;
            }
        } else if (!choices.isEmpty()) {
            validationError(prefix + QStringLiteral("choices"), QStringLiteral("only for a choice"));
        }
        fields << field;
    }
    return fields;
}

// A lead changes only types of queues it leads; a type without a queue is the admins'.
void checkMayEdit(Db& db, const Principal& me, const std::optional<QueueId>& queue)
{
    if (me.role == Role::Admin)
        return;
    if (!queue || !queuestore::isLeadOf(db, me.userId, *queue))
        throw RpcException(rpc::Error::forbidden(
            QStringLiteral("leads edit only request types of queues they lead")));
}

RequestType existing(Db& db, RequestTypeId id)
{
    auto type = requeststore::find(db, id);
    if (!type)
        throw RpcException(rpc::Error::notFound(QStringLiteral("request type %1").arg(id.value())));
    return *type;
}

void checkVersion(const RequestType& current, qint64 version, const QStringList& languages)
{
    if (version != current.version)
        throw RpcException(rpc::Conflict,
            QStringLiteral("request type %1 is at version %2, not %3")
                .arg(current.id.value())
                .arg(current.version)
                .arg(version),
            QJsonObject { { QStringLiteral("current"), current.toJson(languages, true) } });
}

qint64 requiredVersion(const Params& params)
{
    const auto version = params.optionalInt(QStringLiteral("version"));
    if (!version)
        throw RpcException(
            rpc::Error::invalidParams(QStringLiteral("version"), QStringLiteral("required")));
    return *version;
}

// Stores the changed type (version + 1) and answers with it; 1009 when another save won.
QJsonValue commit(Db& db, const Principal& me, RequestType type, qint64 version)
{
    const QStringList languages = announcements::languagesOf(db, me);
    type.version = version + 1;
    if (!requeststore::update(db, type, version))
        checkVersion(existing(db, type.id), version, languages);
    return existing(db, type.id).toJson(languages, true);
}

QString answerText(const QJsonValue& value, const QString& path)
{
    if (!value.isString())
        validationError(path, QStringLiteral("expected a string"));
    const QString text = value.toString().trimmed();
    if (text.size() > kMaxAnswerChars)
        validationError(path, QStringLiteral("longer than %1 characters").arg(kMaxAnswerChars));
    return text;
}

// A date (YYYY-MM-DD) as given, or a time with offset in the wire form (UTC).
QString answerDate(const QString& text, const QString& path)
{
    static const QRegularExpression datePattern(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    if (datePattern.match(text).hasMatch() && QDate::fromString(text, Qt::ISODate).isValid())
        return text;
    const QDateTime time = fromWireTime(text);
    if (!time.isValid())
        validationError(path, QStringLiteral("expected a date (YYYY-MM-DD) or an ISO 8601 time with offset"));
    return toWireTime(time);
}

RequestAnswer answerFor(Db& db, const RequestField& field, const QJsonValue& value,
    const std::optional<CustomerId>& organisation, const QString& path)
{
    RequestAnswer answer { field.key, field.kind, {}, {} };
    if (field.kind == QLatin1String("service")) {
        if (!value.isDouble() || value.toDouble() != double(value.toInteger()) || value.toInteger() <= 0)
            validationError(path, QStringLiteral("expected the id of one of the organisation's services"));
        const qint64 id = value.toInteger();
        const QVector<Service> services
            = organisation ? customerServices(db, *organisation) : QVector<Service>();
        for (const Service& service : services) {
            if (service.id == id) {
                answer.value = QString::number(id);
                answer.text = service.name;
                return answer;
            }
        }
        validationError(path, QStringLiteral("not a service of the ticket's organisation"));
    }
    const QString text = answerText(value, path);
    if (text.isEmpty())
        return answer; // read as not answered
    if (field.kind == QLatin1String("date"))
        answer.value = answerDate(text, path);
    else if (field.kind == QLatin1String("choice") && !field.choices.contains(text))
        validationError(path, QStringLiteral("one of: %1").arg(field.choices.join(QStringLiteral(", "))));
    else
        answer.value = text;
    answer.text = answer.value;
    return answer;
}

} // namespace

bool offeredTo(const Principal& me, const RequestType& type)
{
    if (type.archived())
        return false;
    if (me.isStaff() || !me.contactRole || *me.contactRole == ContactRole::Owner)
        return true;
    return !type.queueId || type.queueKind == toString(*me.contactRole);
}

RequestType usableType(Db& db, const Principal& me, RequestTypeId id)
{
    const auto type = requeststore::find(db, id);
    if (!type || !offeredTo(me, *type))
        validationError(QStringLiteral("requestTypeId"),
            type && type->archived() ? QStringLiteral("the request type is archived")
                                     : QStringLiteral("no such request type"));
    return *type;
}

QVector<RequestAnswer> parseAnswers(Db& db, const RequestType& type,
    const std::optional<CustomerId>& organisation, const QJsonObject& fields)
{
    for (auto it = fields.begin(); it != fields.end(); ++it) {
        if (!findField(type, it.key()))
            validationError(QStringLiteral("fields.") + it.key(),
                QStringLiteral("not a field of request type %1").arg(type.key));
    }
    QVector<RequestField> asked = commonFields();
    asked << type.fields;
    QVector<RequestAnswer> answers;
    for (const RequestField& field : asked) {
        const QString path = QStringLiteral("fields.") + field.key;
        const QJsonValue value = fields.value(field.key);
        const bool given = !value.isUndefined() && !value.isNull();
        const RequestAnswer answer
            = given ? answerFor(db, field, value, organisation, path) : RequestAnswer();
        if (answer.value.isEmpty()) {
            if (field.required)
                validationError(path, QStringLiteral("required for request type %1").arg(type.key));
            continue;
        }
        answers << answer;
    }
    return answers;
}

QJsonValue requestJson(Db& db, const Principal& me, const Ticket& ticket)
{
    if (!ticket.requestTypeId)
        return QJsonValue::Null;
    const auto type = requeststore::find(db, *ticket.requestTypeId);
    if (!type)
        return QJsonValue::Null;
    const QStringList languages = announcements::languagesOf(db, me);
    QJsonArray answers;
    for (const RequestAnswer& answer : requeststore::answers(db, ticket.id)) {
        const RequestField* field = findField(*type, answer.key);
        const QJsonValue value = answer.kind == QLatin1String("service")
            ? QJsonValue(answer.value.toDouble())
            : QJsonValue(answer.value);
        answers.append(QJsonObject { { QStringLiteral("key"), answer.key },
            { QStringLiteral("kind"), answer.kind },
            { QStringLiteral("label"), field ? pick(field->labels, languages) : answer.key },
            { QStringLiteral("value"), value }, { QStringLiteral("text"), answer.text } });
    }
    return QJsonObject { { QStringLiteral("typeId"), double(type->id.value()) },
        { QStringLiteral("key"), type->key }, { QStringLiteral("name"), pick(type->names, languages) },
        { QStringLiteral("sensitive"), type->sensitive }, { QStringLiteral("fields"), answers } };
}

QJsonValue list(Db& db, const CallContext& call)
{
    const Principal& me = call.principal;
    const Params params(call.params);
    params.rejectUnknown({ QStringLiteral("queueId"), QStringLiteral("includeArchived") });
    const auto queue = params.optionalId(QStringLiteral("queueId"));
    const bool archived = params.optionalBool(QStringLiteral("includeArchived"), false);
    if (archived && !me.isStaff())
        throw RpcException(rpc::Error::forbidden(QStringLiteral("archived request types are staff's")));
    const QStringList languages = announcements::languagesOf(db, me);
    QJsonArray items;
    for (const RequestType& type : requeststore::all(db)) {
        if (queue && type.queueId != QueueId(*queue))
            continue;
        if (!(archived && type.archived()) && !offeredTo(me, type))
            continue;
        items.append(type.toJson(languages, me.isStaff()));
    }
    return QJsonObject { { QStringLiteral("items"), items } };
}

QJsonValue save(Db& db, const CallContext& call, EventList&)
{
    const Principal& me = call.principal;
    const Params params(call.params);
    params.rejectUnknown({ QStringLiteral("id"), QStringLiteral("version"), QStringLiteral("key"),
        QStringLiteral("names"), QStringLiteral("queueId"), QStringLiteral("sensitive"),
        QStringLiteral("position"), QStringLiteral("fields") });
    const auto id = params.optionalId(QStringLiteral("id"));
    const qint64 version = id ? requiredVersion(params) : 0; // read only when editing
    RequestType type = id ? existing(db, RequestTypeId(*id)) : RequestType();
    if (!id) {
        for (const QString& name : { QStringLiteral("key"), QStringLiteral("names") }) {
            if (!params.has(name))
                throw RpcException(rpc::Error::invalidParams(name, QStringLiteral("required")));
        }
    }
    if (params.has(QStringLiteral("key"))) {
        type.key = params.requiredString(QStringLiteral("key"));
        if (!validKey(type.key))
            validationError(QStringLiteral("key"), QStringLiteral("1-64 of a-z 0-9 _"));
        if (requeststore::keyTaken(db, type.key, id ? std::optional(type.id) : std::nullopt))
            validationError(QStringLiteral("key"), QStringLiteral("already taken"));
    }
    if (params.has(QStringLiteral("names")))
        type.names = textsFrom(params, QStringLiteral("names"));
    const std::optional<QueueId> formerQueue = type.queueId;
    if (params.has(QStringLiteral("queueId"))) {
        const auto queue = params.optionalId(QStringLiteral("queueId"));
        type.queueId = queue ? std::optional(QueueId(*queue)) : std::nullopt;
        if (type.queueId && type.queueId != formerQueue) {
            const auto found = queuestore::find(db, *type.queueId);
            if (!found)
                validationError(QStringLiteral("queueId"), QStringLiteral("no such queue"));
            if (found->archived())
                validationError(QStringLiteral("queueId"), QStringLiteral("the queue is archived"));
        }
    }
    type.sensitive = params.optionalBool(QStringLiteral("sensitive"), type.sensitive);
    if (const auto position = params.optionalInt(QStringLiteral("position")))
        type.position = *position;
    if (params.has(QStringLiteral("fields")))
        type.fields = fieldsFrom(params);
    if (id)
        checkMayEdit(db, me, formerQueue);
    checkMayEdit(db, me, type.queueId);
    if (!id) {
        const RequestTypeId created = requeststore::insert(db, type, nowMs());
        return existing(db, created).toJson(announcements::languagesOf(db, me), true);
    }
    checkVersion(type, version, announcements::languagesOf(db, me));
    return commit(db, me, type, version);
}

QJsonValue archive(Db& db, const CallContext& call, EventList&)
{
    const Principal& me = call.principal;
    const Params params(call.params);
    params.rejectUnknown(
        { QStringLiteral("id"), QStringLiteral("version"), QStringLiteral("archived") });
    const RequestTypeId id(params.requiredId(QStringLiteral("id")));
    const qint64 version = requiredVersion(params);
    const bool archived = params.optionalBool(QStringLiteral("archived"), true);
    RequestType type = existing(db, id);
    checkMayEdit(db, me, type.queueId);
    checkVersion(type, version, announcements::languagesOf(db, me));
    if (archived == type.archived())
        return type.toJson(announcements::languagesOf(db, me), true);
    type.archivedAt = archived ? std::optional<qint64>(nowMs()) : std::nullopt;
    return commit(db, me, type, version);
}

} // namespace helpdesk::server::requests
