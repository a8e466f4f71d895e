// SPDX-License-Identifier: GPL-3.0-or-later
#include "announcementservice.h"

#include "announcementevents.h"
#include "announcementstore.h"
#include "directory/directoryservice.h"
#include "directory/directorystore.h"
#include "rpc/params.h"
#include "rpc/rpcexception.h"
#include "storage/db.h"

#include <QJsonArray>

namespace helpdesk::server::announcements {

namespace {

constexpr qint64 kMaxListLimit = 200;
constexpr qint64 kDefaultListLimit = 50;
constexpr int kMaxTitleChars = 200;
constexpr int kMaxBodyChars = 20'000;
constexpr qsizetype kMaxTexts = 20;
constexpr qsizetype kMaxCustomers = 10'000;
const QStringList kStates { QStringLiteral("current"), QStringLiteral("upcoming"),
    QStringLiteral("ended"), QStringLiteral("withdrawn") };
const QStringList kServiceKinds { QStringLiteral("hosting"), QStringLiteral("domain"),
    QStringLiteral("mailbox"), QStringLiteral("other") };

bool mayRead(Db& db, const Principal& me, const Announcement& a, qint64 now)
{
    return me.isStaff()
        || (me.customerId && a.isOpen(now) && announcementstore::concerns(db, a, *me.customerId));
}

// The announcement if the caller may read it, else 1004 (a customer outside the audience
// does not learn that it exists).
Announcement visible(Db& db, const Principal& me, AnnouncementId id, qint64 now)
{
    auto a = announcementstore::find(db, id);
    if (!a || !mayRead(db, me, *a, now))
        throw RpcException(rpc::Error::notFound(QStringLiteral("announcement %1").arg(id.value())));
    return *a;
}

QStringList checkedNames(const Params& params, const QString& name, const QStringList& allowed)
{
    const QStringList values = params.optionalStringList(name).value_or(QStringList());
    for (const QString& value : values) {
        if (!allowed.contains(value))
            validationError(params.fieldName(name),
                QStringLiteral("unknown value '%1' (one of %2)")
                    .arg(value, allowed.join(QStringLiteral(", "))));
    }
    return values;
}

QVector<AnnouncementText> textsFrom(const QJsonValue& value)
{
    if (!value.isArray())
        throw RpcException(rpc::Error::invalidParams(QStringLiteral("texts"),
            QStringLiteral("expected an array of {language, title, body}")));
    const QJsonArray array = value.toArray();
    if (array.isEmpty() || array.size() > kMaxTexts)
        validationError(QStringLiteral("texts"), QStringLiteral("1 to %1 languages").arg(kMaxTexts));
    QVector<AnnouncementText> texts;
    QStringList seen;
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString prefix = QStringLiteral("texts.%1.").arg(i);
        if (!array.at(i).isObject())
            throw RpcException(rpc::Error::invalidParams(
                QStringLiteral("texts.%1").arg(i), QStringLiteral("expected an object")));
        const Params text(array.at(i).toObject(), prefix);
        text.rejectUnknown(
            { QStringLiteral("language"), QStringLiteral("title"), QStringLiteral("body") });
        const QString language = text.requiredString(QStringLiteral("language"));
        if (language.isEmpty() || !directory::isLocaleName(language))
            validationError(prefix + QStringLiteral("language"),
                QStringLiteral("not a locale name like de or pt_BR"));
        if (seen.contains(language))
            validationError(prefix + QStringLiteral("language"), QStringLiteral("given twice"));
        seen << language;
        const QString title = validText(
            prefix + QStringLiteral("title"), text.requiredString(QStringLiteral("title")), kMaxTitleChars);
        const QString body = text.requiredString(QStringLiteral("body"));
        if (body.size() > kMaxBodyChars)
            validationError(prefix + QStringLiteral("body"),
                QStringLiteral("longer than %1 characters").arg(kMaxBodyChars));
        texts << AnnouncementText { language, title, body };
    }
    return texts;
}

QVector<CustomerId> customersFrom(Db& db, const Params& params)
{
    const auto array = params.optionalArray(QStringLiteral("customerIds"));
    if (!array)
        return {};
    QVector<CustomerId> customers;
    for (qsizetype i = 0; i < array->size(); ++i) {
        const QString key = QString::number(i);
        const Params item(QJsonObject { { key, array->at(i) } }, QStringLiteral("customerIds."));
        const CustomerId customer(item.requiredId(key));
        if (!customerExists(db, customer))
            validationError(QStringLiteral("customerIds"),
                QStringLiteral("no organisation %1").arg(customer.value()));
        if (!customers.contains(customer))
            customers << customer;
    }
    if (customers.size() > kMaxCustomers)
        validationError(QStringLiteral("customerIds"), QStringLiteral("too many organisations"));
    std::sort(customers.begin(), customers.end());
    return customers;
}

// Applies the fields the request gives to `a` (all of them for a new announcement) and checks
// the result as a whole.
void applyChanges(Db& db, const Params& params, Announcement& a, bool creating)
{
    auto require = [&](const QString& name) {
        if (creating && !params.has(name))
            throw RpcException(rpc::Error::invalidParams(name, QStringLiteral("required")));
    };
    for (const QString& name : { QStringLiteral("kind"), QStringLiteral("audience"),
             QStringLiteral("startsAt"), QStringLiteral("endsAt"), QStringLiteral("texts") })
        require(name);
    if (const auto kind = params.optionalString(QStringLiteral("kind"))) {
        if (!kAnnouncementKinds.contains(*kind))
            validationError(QStringLiteral("kind"), QStringLiteral("unknown kind"));
        a.kind = *kind;
    }
    if (const auto audience = params.optionalString(QStringLiteral("audience"))) {
        if (!kAnnouncementAudiences.contains(*audience))
            validationError(QStringLiteral("audience"), QStringLiteral("unknown audience"));
        a.audience = *audience;
    }
    if (params.has(QStringLiteral("customerIds")))
        a.customerIds = customersFrom(db, params);
    if (params.has(QStringLiteral("serviceKind")))
        a.serviceKind = params.optionalString(QStringLiteral("serviceKind")).value_or(QString());
    if (const auto starts = params.optionalTimeMs(QStringLiteral("startsAt")))
        a.startsAt = *starts;
    if (const auto ends = params.optionalTimeMs(QStringLiteral("endsAt")))
        a.endsAt = *ends;
    if (params.has(QStringLiteral("texts")))
        a.texts = textsFrom(params.object().value(QStringLiteral("texts")));
    // The audience's details follow the audience: those of another audience are dropped.
    if (a.audience != u"customers")
        a.customerIds.clear();
    else if (a.customerIds.isEmpty())
        validationError(QStringLiteral("customerIds"), QStringLiteral("required for audience customers"));
    if (a.audience != u"service")
        a.serviceKind.clear();
    else if (!kServiceKinds.contains(a.serviceKind))
        validationError(QStringLiteral("serviceKind"),
            QStringLiteral("one of hosting, domain, mailbox, other for audience service"));
    if (a.endsAt <= a.startsAt)
        validationError(QStringLiteral("endsAt"), QStringLiteral("not after startsAt"));
}

void checkVersion(const Announcement& current, qint64 version, qint64 now)
{
    if (version != current.version)
        throw RpcException(rpc::Conflict,
            QStringLiteral("announcement %1 is at version %2, not %3")
                .arg(current.id.value())
                .arg(current.version)
                .arg(version),
            QJsonObject { { QStringLiteral("current"), current.toJson(true, {}, now) } });
}

// Saves a changed announcement and queues its pushes (and removals for organisations that
// left its audience).
QJsonValue commit(Db& db, const CallContext& call, Announcement& a,
    const QVector<CustomerId>& formerAudience, EventList& events, qint64 now)
{
    a.version += 1;
    a.updatedAt = now;
    announcementstore::update(db, a);
    events << announcementEvents(db, a, now);
    const QVector<CustomerId> audience = announcementstore::audience(db, a);
    for (CustomerId former : formerAudience) {
        if (!audience.contains(former))
            events << announcementRemovedEvent(a.id, former);
    }
    return a.toJson(true, languagesOf(db, call.principal), now);
}

} // namespace

QStringList languagesOf(Db& db, const Principal& me)
{
    QStringList languages;
    if (const auto user = findUser(db, me.userId))
        languages << user->locale;
    if (me.customerId) {
        if (const auto organisation = findCustomer(db, *me.customerId))
            languages << organisation->language;
    }
    return languages;
}

QJsonValue list(Db& db, const CallContext& call)
{
    const Params params(call.params);
    params.rejectUnknown({ QStringLiteral("filter"), QStringLiteral("offset"), QStringLiteral("limit") });
    const Params filterParams(
        params.optionalObject(QStringLiteral("filter")).value_or(QJsonObject()), QStringLiteral("filter."));
    filterParams.rejectUnknown(
        { QStringLiteral("state"), QStringLiteral("kind"), QStringLiteral("customerId") });
    const qint64 limit = params.optionalInt(QStringLiteral("limit")).value_or(kDefaultListLimit);
    const qint64 offset = params.optionalInt(QStringLiteral("offset")).value_or(0);
    if (limit < 1 || limit > kMaxListLimit)
        validationError(QStringLiteral("limit"), QStringLiteral("must be 1 to %1").arg(kMaxListLimit));
    if (offset < 0)
        validationError(QStringLiteral("offset"), QStringLiteral("must not be negative"));

    const Principal& me = call.principal;
    announcementstore::ListFilter filter;
    filter.now = nowMs();
    filter.states = checkedNames(filterParams, QStringLiteral("state"), kStates);
    filter.kinds = checkedNames(filterParams, QStringLiteral("kind"), kAnnouncementKinds);
    if (const auto customer = filterParams.optionalId(QStringLiteral("customerId")))
        filter.concerning = CustomerId(*customer);
    if (!me.isStaff()) {
        // Customers: only what concerns their organisation and has not ended.
        filter.concerning = me.customerId;
        const QStringList open { QStringLiteral("current"), QStringLiteral("upcoming") };
        QStringList states;
        for (const QString& state : open) {
            if (filter.states.isEmpty() || filter.states.contains(state))
                states << state;
        }
        if (states.isEmpty())
            return QJsonObject { { QStringLiteral("total"), 0 }, { QStringLiteral("items"), QJsonArray() } };
        filter.states = states;
    }
    const QStringList languages = languagesOf(db, me);
    QJsonArray items;
    for (const Announcement& a : announcementstore::list(db, filter, limit, offset))
        items.append(a.toJson(me.isStaff(), languages, filter.now));
    return QJsonObject { { QStringLiteral("total"), double(announcementstore::count(db, filter)) },
        { QStringLiteral("items"), items } };
}

QJsonValue get(Db& db, const CallContext& call)
{
    const Params params(call.params);
    params.rejectUnknown({ QStringLiteral("id") });
    const qint64 now = nowMs();
    const Announcement a
        = visible(db, call.principal, AnnouncementId(params.requiredId(QStringLiteral("id"))), now);
    return a.toJson(call.principal.isStaff(), languagesOf(db, call.principal), now);
}

QJsonValue save(Db& db, const CallContext& call, EventList& events)
{
    const Params params(call.params);
    params.rejectUnknown({ QStringLiteral("id"), QStringLiteral("version"), QStringLiteral("kind"),
        QStringLiteral("audience"), QStringLiteral("customerIds"), QStringLiteral("serviceKind"),
        QStringLiteral("startsAt"), QStringLiteral("endsAt"), QStringLiteral("texts") });
    const qint64 now = nowMs();
    const auto id = params.optionalId(QStringLiteral("id"));
    if (!id) {
        if (params.has(QStringLiteral("version")))
            throw RpcException(rpc::Error::invalidParams(
                QStringLiteral("version"), QStringLiteral("only with id")));
        Announcement a;
        applyChanges(db, params, a, true);
        a.publishedAt = now;
        a.updatedAt = now;
        a.authorId = call.principal.userId;
        a.id = announcementstore::insert(db, a);
        events << announcementEvents(db, a, now);
        return a.toJson(true, languagesOf(db, call.principal), now);
    }
    if (!params.has(QStringLiteral("version")))
        throw RpcException(
            rpc::Error::invalidParams(QStringLiteral("version"), QStringLiteral("required with id")));
    const qint64 version = params.optionalInt(QStringLiteral("version")).value_or(0);
    Announcement a = visible(db, call.principal, AnnouncementId(*id), now);
    checkVersion(a, version, now);
    if (a.withdrawnAt)
        validationError(QStringLiteral("id"), QStringLiteral("withdrawn"));
    const QVector<CustomerId> former = announcementstore::audience(db, a);
    applyChanges(db, params, a, false);
    return commit(db, call, a, former, events, now);
}

bool mayReferTo(Db& db, const Principal& me, AnnouncementId id,
    const std::optional<CustomerId>& ticketCustomer, bool internal)
{
    const auto a = announcementstore::find(db, id);
    if (!a || !mayRead(db, me, *a, nowMs()))
        return false;
    return internal || (ticketCustomer && announcementstore::concerns(db, *a, *ticketCustomer));
}

QJsonValue withdraw(Db& db, const CallContext& call, EventList& events)
{
    const Params params(call.params);
    params.rejectUnknown({ QStringLiteral("id"), QStringLiteral("version") });
    const AnnouncementId id(params.requiredId(QStringLiteral("id")));
    if (!params.has(QStringLiteral("version")))
        throw RpcException(
            rpc::Error::invalidParams(QStringLiteral("version"), QStringLiteral("required")));
    const qint64 version = params.optionalInt(QStringLiteral("version")).value_or(0);
    const qint64 now = nowMs();
    Announcement a = visible(db, call.principal, id, now);
    checkVersion(a, version, now);
    if (a.withdrawnAt)
        validationError(QStringLiteral("id"), QStringLiteral("already withdrawn"));
    a.withdrawnAt = now;
    return commit(db, call, a, {}, events, now);
}

} // namespace helpdesk::server::announcements
