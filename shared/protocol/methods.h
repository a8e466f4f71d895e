// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLatin1String>
#include <QStringList>

// Every method and push name of the wire protocol, once, for the server's registry and the
// client's calls alike (Mumble keeps its message types in one X-macro the same way). A test
// checks that the server's registry and docs/protocol.md name exactly the methods listed here.

// X(constant, "wire name")
#define HELPDESK_METHODS(X)                                                                        \
    X(Hello, "hello")                                                                              \
    X(AuthLogin, "auth.login")                                                                     \
    X(AuthResume, "auth.resume")                                                                   \
    X(AuthLogout, "auth.logout")                                                                   \
    X(TicketCreate, "ticket.create")                                                               \
    X(TicketGet, "ticket.get")                                                                     \
    X(TicketList, "ticket.list")                                                                   \
    X(TicketUpdate, "ticket.update")                                                               \
    X(MessageAdd, "message.add")                                                                   \
    X(Search, "search")                                                                            \
    X(CustomerCreate, "customer.create")                                                           \
    X(CustomerList, "customer.list")                                                               \
    X(QueueList, "queue.list")                                                                     \
    X(UserList, "user.list")                                                                       \
    X(UserSetLocale, "user.setLocale")                                                             \
    X(UserCreate, "user.create")                                                                   \
    X(SignatureList, "signature.list")                                                             \
    X(SignatureSet, "signature.set")                                                               \
    X(UserUpdate, "user.update")                                                                   \
    X(UserSetPassword, "user.setPassword")                                                         \
    X(AuditList, "audit.list")                                                                     \
    X(CustomerGet, "customer.get")                                                                 \
    X(CustomerUpdate, "customer.update")                                                           \
    X(TicketLink, "ticket.link")                                                                   \
    X(TicketUnlink, "ticket.unlink")                                                               \
    X(TicketMerge, "ticket.merge")                                                                 \
    /* issue 14: knowledge base */                                                                 \
    X(KbCategoryList, "kb.categoryList")                                                           \
    X(KbCategorySave, "kb.categorySave")                                                           \
    X(KbArticleList, "kb.articleList")                                                             \
    X(KbArticleGet, "kb.articleGet")                                                               \
    X(KbArticleSave, "kb.articleSave")                                                             \
    X(KbArticleHistory, "kb.articleHistory")                                                       \
    X(KbSuggest, "kb.suggest")                                                                     \
    X(KbFeedback, "kb.feedback")                                                                   \
    /* issue 14: canned responses and macros */                                                    \
    X(CannedList, "canned.list")                                                                   \
    X(CannedSave, "canned.save")                                                                   \
    X(CannedDelete, "canned.delete")                                                               \
    X(CannedRender, "canned.render")                                                               \
    X(MacroApply, "macro.apply")                                                                   \
    /* issue 12: SLA calendars, policies, on-call rotas */                                         \
    X(CalendarList, "calendar.list")                                                               \
    X(CalendarSave, "calendar.save")                                                               \
    X(SlaPolicyList, "slaPolicy.list")                                                             \
    X(SlaPolicySave, "slaPolicy.save")                                                             \
    X(RotaList, "rota.list")                                                                       \
    X(RotaSave, "rota.save")                                                                       \
    X(TimeSpentSettings, "timeSpent.settings")                                                     \
    X(TimeSpentConfigure, "timeSpent.configure")                                                   \
    X(TimeSpentReport, "timeSpent.report")                                                                   \
    /* issue 12: queues, presence, collision, saved views */                                      \
    X(QueueCreate, "queue.create")                                                                 \
    X(QueueUpdate, "queue.update")                                                                 \
    X(QueueSetMembers, "queue.setMembers")                                                         \
    X(PresenceSet, "presence.set")                                                                 \
    X(PresenceList, "presence.list")                                                               \
    X(TicketSetActivity, "ticket.setActivity")                                                     \
    X(ViewList, "view.list")                                                                       \
    X(ViewSave, "view.save")                                                                       \
    X(ViewDelete, "view.delete")                                                                       \
    /* issue 13, e-mail */                                                                         \
    X(UserGetNotifications, "user.getNotifications")                                               \
    X(UserSetNotifications, "user.setNotifications")                                               \
    X(MessageMailOriginal, "message.mailOriginal")                                                                   \
    /* issue 11, announcements */                                                                  \
    X(AnnouncementList, "announcement.list")                                                       \
    X(AnnouncementGet, "announcement.get")                                                         \
    X(AnnouncementSave, "announcement.save")                                                       \
    X(AnnouncementWithdraw, "announcement.withdraw")                                                                   \
    /* issue 14: search everywhere (Ctrl+K) */                                                     \
    X(SearchEverywhere, "search.everywhere")                                                       \
    /* issue 11: similar tickets */                                                                \
    X(TicketSimilar, "ticket.similar")                                                             \
    /* issue 13: attachments */                                                                    \
    X(AttachmentBegin, "attachment.begin")                                                         \
    X(AttachmentChunk, "attachment.chunk")                                                         \
    X(AttachmentStatus, "attachment.status")                                                       \
    X(AttachmentCancel, "attachment.cancel")                                                       \
    X(AttachmentGet, "attachment.get")                                                             \
    /* issue 13: monitoring alerts and API tokens */                                               \
    X(AuthToken, "auth.token")                                                                     \
    X(ApiTokenCreate, "apiToken.create")                                                           \
    X(ApiTokenList, "apiToken.list")                                                               \
    X(ApiTokenRevoke, "apiToken.revoke")                                                           \
    X(AlertFire, "alert.fire")                                                                     \
    /* issue 15: customer satisfaction, dashboard and reports */                                 \
    X(CsatGet, "csat.get")                                                                         \
    X(CsatRate, "csat.rate")                                                                       \
    X(CsatRateByToken, "csat.rateByToken")                                                         \
    X(ReportSummary, "report.summary")                                                             \
    X(ReportAgents, "report.agents")                                                               \
    /* issue 11: guided requests and the owner's approval */                                      \
    X(RequestTypeList, "requestType.list")                                                         \
    X(RequestTypeSave, "requestType.save")                                                         \
    X(RequestTypeArchive, "requestType.archive")                                                   \
    X(TicketApprove, "ticket.approve")                                                             \
    X(TicketRefuse, "ticket.refuse")                                                               \
    /* issue 13: CC of other contacts */                                                           \
    X(MessageCcCandidates, "message.ccCandidates")

// Notifications the server pushes.
#define HELPDESK_PUSHES(X)                                                                         \
    X(TicketChanged, "ticket.changed")                                                             \
    X(MessageAdded, "message.added")                                                               \
    X(TicketRemoved, "ticket.removed")                                                             \
    X(SyncRequired, "sync.required")                                                               \
    X(SessionEnded, "session.ended")                                                               \
    X(SlaAlert, "sla.alert")                                                                       \
    /* issue 12 */                                                                                 \
    X(QueueChanged, "queue.changed")                                                               \
    X(PresenceChanged, "presence.changed")                                                         \
    X(TicketActivity, "ticket.activity")                                                                   \
    /* issue 11, announcements */                                                                  \
    X(AnnouncementChanged, "announcement.changed")                                                 \
    X(AnnouncementRemoved, "announcement.removed")

namespace helpdesk {

namespace method {
#define HELPDESK_DECLARE_NAME(constant, name) constexpr QLatin1String constant(name);
HELPDESK_METHODS(HELPDESK_DECLARE_NAME)
} // namespace method

namespace push {
HELPDESK_PUSHES(HELPDESK_DECLARE_NAME)
#undef HELPDESK_DECLARE_NAME
} // namespace push

// The names above as lists, in declaration order.
QStringList allMethodNames();
QStringList allPushNames();

} // namespace helpdesk
