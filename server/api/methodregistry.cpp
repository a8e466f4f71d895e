// SPDX-License-Identifier: GPL-3.0-or-later
#include "methodregistry.h"

#include "alerts/alertservice.h"
#include "announcements/announcementservice.h"
#include "attachments/attachmentservice.h"
#include "auth/apitokenservice.h"
#include "auth/accountservice.h"
#include "auth/authservice.h"
#include "protocol/methods.h"
#include "directory/directoryservice.h"
#include "canned/cannedservice.h"
#include "everywhere/everywhereservice.h"
#include "kb/kbservice.h"
#include "directory/queueservice.h"
#include "presence/presenceservice.h"
#include "reports/csatservice.h"
#include "reports/reportservice.h"
#include "requests/requestservice.h"
#include "mail/mailservice.h"
#include "search/searchservice.h"
#include "search/similarservice.h"
#include "sla/slaservice.h"
#include "sla/timespent.h"
#include "tickets/messagecc.h"
#include "tickets/ticketservice.h"

#include <QHash>

namespace helpdesk::server {

namespace {
const QVector<Role> kAllRoles { Role::Admin, Role::Lead, Role::Agent, Role::Customer };
const QVector<Role> kStaff { Role::Admin, Role::Lead, Role::Agent };
const QVector<Role> kLeads { Role::Admin, Role::Lead };
const QVector<Role> kAdminLead { Role::Admin, Role::Lead };

MethodSpec session(QLatin1String name, Access access, const QVector<Role>& roles,
    SessionHandler handler, const char* note = "")
{
    return { QString(name), access, roles, nullptr, nullptr, handler, QLatin1String(note), {} };
}
MethodSpec reader(
    QLatin1String name, const QVector<Role>& roles, ReadHandler handler, const char* note = "")
{
    return { QString(name), Access::Authenticated, roles, handler, nullptr, nullptr,
        QLatin1String(note), {} };
}
MethodSpec writer(
    QLatin1String name, const QVector<Role>& roles, WriteHandler handler, const char* note = "")
{
    return { QString(name), Access::Authenticated, roles, nullptr, handler, nullptr,
        QLatin1String(note), {} };
}
MethodSpec scoped(MethodSpec spec, const char* scope)
{
    spec.scope = QLatin1String(scope);
    return spec;
}
} // namespace

const QVector<MethodSpec>& methodRegistry()
{
    static const QVector<MethodSpec> registry {
        session(method::Hello, Access::BeforeHello, {}, &auth::hello),
        session(method::AuthLogin, Access::Anonymous, {}, &auth::login),
        session(method::AuthResume, Access::Anonymous, {}, &auth::resume),
        session(method::AuthLogout, Access::Authenticated, kAllRoles, &auth::logout),

        writer(method::TicketCreate, kAllRoles, &tickets::create,
            "customers: own organisation only; no queue, assignee, priority or requester"),
        reader(method::TicketGet, kAllRoles, &tickets::get,
            "customers: own organisation only (1004 otherwise); no internal notes"),
        reader(method::TicketList, kAllRoles, &tickets::list,
            "customers: own organisation only, by contact role"),
        writer(method::TicketUpdate, kAllRoles, &tickets::update,
            "customers: status only (open, resolved, closed), own organisation's tickets"),
        writer(method::TicketLink, kStaff, &tickets::link),
        writer(method::TicketUnlink, kStaff, &tickets::unlink),
        writer(method::TicketMerge, kStaff, &tickets::merge),
        writer(method::MessageAdd, kAllRoles, &tickets::addMessage,
            "customers: own organisation's tickets, never internal"),
        reader(method::Search, kAllRoles, &search::run,
            "customers: own organisation's tickets, no internal notes"),

        writer(method::CustomerCreate, kStaff, &directory::createCustomer),
        reader(method::CustomerList, kStaff, &directory::listCustomers),
        reader(method::CustomerGet, kAllRoles, &tickets::customerView,
            "customers: own organisation only (1004 otherwise), without the staff's notes"),
        writer(method::CustomerUpdate, kStaff, &directory::updateCustomer),
        reader(method::QueueList, kStaff, &directory::listQueues),
        writer(method::QueueCreate, kAdminLead, &directory::createQueue),
        writer(method::QueueUpdate, kAdminLead, &directory::updateQueue,
            "leads: only queues they lead"),
        writer(method::QueueSetMembers, kAdminLead, &directory::setQueueMembers,
            "leads: only queues they lead"),
        writer(method::PresenceSet, kStaff, &presence::set, "the caller's own presence only"),
        reader(method::PresenceList, kStaff, &presence::list),
        session(method::TicketSetActivity, Access::Authenticated, kStaff, &presence::setActivity),
        reader(method::ViewList, kAllRoles, &tickets::listViews, "the caller's own views only"),
        writer(method::ViewSave, kAllRoles, &tickets::saveView, "the caller's own views only"),
        writer(method::ViewDelete, kAllRoles, &tickets::deleteView, "the caller's own views only"),
        reader(method::UserList, kAllRoles, &directory::listUsers,
            "customers: own organisation's contacts"),
        writer(method::UserSetLocale, kAllRoles, &directory::setLocale, "the caller's own language only"),
        session(method::UserCreate, Access::Authenticated, { Role::Admin, Role::Customer },
            &directory::createUser,
            "customers: only the owner contact, adding technical/billing contacts to its own "
            "organisation"),
        writer(method::UserUpdate, { Role::Admin, Role::Customer }, &auth::updateUser,
            "customers: only the owner contact, for its own organisation's technical and "
            "billing contacts"),
        session(method::UserSetPassword, Access::Authenticated, kAllRoles, &auth::setPassword,
            "another user's password: admins only"),
        reader(method::AuditList, { Role::Admin }, &auth::listAudit),
        reader(method::SignatureList, kStaff, &directory::listSignatures),
        writer(method::SignatureSet, kStaff, &directory::setSignature,
            "a queue's signature: leads and admins only"),

        reader(method::KbCategoryList, kAllRoles, &kb::categoryList,
            "customers: public categories only"),
        writer(method::KbCategorySave, { Role::Admin, Role::Lead }, &kb::categorySave),
        reader(method::KbArticleList, kAllRoles, &kb::articleList,
            "customers: published public articles outside internal categories only"),
        reader(method::KbArticleGet, kAllRoles, &kb::articleGet,
            "customers: published public articles outside internal categories (1004 otherwise)"),
        writer(method::KbArticleSave, kStaff, &kb::articleSave,
            "agents: drafts only (publishing, and editing a published article: leads and admins)"),
        reader(method::KbArticleHistory, kStaff, &kb::articleHistory),
        reader(method::KbSuggest, kAllRoles, &kb::suggest,
            "customers: published public articles outside internal categories only"),
        writer(method::KbFeedback, { Role::Customer }, &kb::feedback,
            "articles the customer may read (1004 otherwise)"),

        reader(method::CannedList, kStaff, &canned::list),
        writer(method::CannedSave, kStaff, &canned::save,
            "agents: their personal responses only; queue and shared ones: leads and admins"),
        writer(method::CannedDelete, kStaff, &canned::remove,
            "agents: their personal responses only; queue and shared ones: leads and admins"),
        reader(method::CannedRender, kStaff, &canned::render),
        writer(method::MacroApply, kStaff, &canned::applyMacro),
        // issue 12: SLA
        reader(method::CalendarList, kStaff, &sla::listCalendars),
        writer(method::CalendarSave, kLeads, &sla::saveCalendar),
        reader(method::SlaPolicyList, kStaff, &sla::listPolicies),
        writer(method::SlaPolicySave, kLeads, &sla::savePolicy),
        reader(method::RotaList, kStaff, &sla::listRota),
        writer(method::RotaSave, kLeads, &sla::saveRota),
        reader(method::TimeSpentSettings, kStaff, &sla::timeSpentSettings),
        writer(method::TimeSpentConfigure, kLeads, &sla::configureTimeSpent),
        reader(method::TimeSpentReport, kLeads, &sla::timeSpentReport),
        reader(method::UserGetNotifications, kAllRoles, &mail::getNotifications,
            "the caller's own setting"),
        writer(method::UserSetNotifications, kAllRoles, &mail::setNotifications,
            "the caller's own setting"),
        reader(method::MessageMailOriginal, kStaff, &mail::mailOriginal),
        reader(method::AnnouncementList, kAllRoles, &announcements::list,
            "customers: their organisation's current and upcoming ones"),
        reader(method::AnnouncementGet, kAllRoles, &announcements::get,
            "customers: current and upcoming ones of their organisation (1004 otherwise)"),
        writer(method::AnnouncementSave, { Role::Admin, Role::Lead }, &announcements::save),
        writer(method::AnnouncementWithdraw, { Role::Admin, Role::Lead }, &announcements::withdraw),
        reader(method::SearchEverywhere, kAllRoles, &everywhere::run,
            "customers: as search, user.list, customer.get and kb.articleList; no canned"),
        // issue 11: similar tickets
        reader(method::TicketSimilar, kStaff, &search::similar),
        // issue 13: attachments
        session(method::AttachmentBegin, Access::Authenticated, kAllRoles, &attachments::begin),
        session(method::AttachmentChunk, Access::Authenticated, kAllRoles, &attachments::chunk,
            "the caller's own uploads only (1004 otherwise)"),
        session(method::AttachmentStatus, Access::Authenticated, kAllRoles, &attachments::status,
            "the caller's own uploads only (1004 otherwise)"),
        session(method::AttachmentCancel, Access::Authenticated, kAllRoles, &attachments::cancel,
            "the caller's own uploads only (1004 otherwise)"),
        session(method::AttachmentGet, Access::Authenticated, kAllRoles, &attachments::get,
            "files of messages the caller may read (customers: own organisation, never an "
            "internal note's; 1004 otherwise); an unattached file: its uploader only"),
        // issue 13: monitoring alerts through API tokens
        session(method::AuthToken, Access::Anonymous, {}, &auth::tokenLogin),
        writer(method::ApiTokenCreate, { Role::Admin }, &auth::createApiToken),
        reader(method::ApiTokenList, { Role::Admin }, &auth::listApiTokens),
        writer(method::ApiTokenRevoke, { Role::Admin }, &auth::revokeApiToken),
        scoped(session(method::AlertFire, Access::Authenticated, { Role::Admin }, &alerts::fire,
                   "API tokens with the scope alerts; admins (a test alert)"),
            "alerts"),
        // issue 15: customer satisfaction and reports
        reader(method::CsatGet, kAllRoles, &reports::getRating,
            "customers: tickets they may see (1004 otherwise)"),
        writer(method::CsatRate, { Role::Customer }, &reports::rate,
            "tickets they may see (1004 otherwise)"),
        { QString(method::CsatRateByToken), Access::Anonymous, {}, nullptr, &reports::rateByToken,
            nullptr, QLatin1String("no login: the signed token of the resolution mail") },
        reader(method::ReportSummary, kStaff, &reports::summary,
            "agents: their own tickets only (1003 for another agent or a queue not theirs)"),
        reader(method::ReportAgents, kStaff, &reports::agents,
            "agents: their own row only (1003 for another agent or a queue not theirs)"),
        // issue 11: guided requests and the owner's approval
        reader(method::RequestTypeList, kAllRoles, &requests::list,
            "customers: the types their contact role may file"),
        writer(method::RequestTypeSave, kAdminLead, &requests::save,
            "leads: only types of queues they lead"),
        writer(method::RequestTypeArchive, kAdminLead, &requests::archive,
            "leads: only types of queues they lead"),
        writer(method::TicketApprove, { Role::Customer }, &tickets::approve,
            "only the owner contact of the ticket's organisation"),
        writer(method::TicketRefuse, { Role::Customer }, &tickets::refuse,
            "only the owner contact of the ticket's organisation"),
        reader(method::MessageCcCandidates, kStaff, &tickets::ccCandidates),
    };
    return registry;
}

const MethodSpec* findMethod(const QString& name)
{
    static const QHash<QString, const MethodSpec*> index = [] {
        QHash<QString, const MethodSpec*> map;
        for (const MethodSpec& spec : methodRegistry())
            map.insert(spec.name, &spec);
        return map;
    }();
    return index.value(name, nullptr);
}

} // namespace helpdesk::server
