<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sr_RS">
<context>
    <name>AdminErrors</name>
    <message>
        <location filename="../client/ui/adminerrors.cpp" line="+46"/>
        <source>You are no longer logged in. Log in again, then try once more.</source>
        <translation>Више нисте пријављени. Пријавите се поново па покушајте још једном.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Enter your current password.</source>
        <translation>Унесите тренутну лозинку.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The current password is wrong.</source>
        <translation>Тренутна лозинка није тачна.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A password must have 8 to 1024 characters.</source>
        <translation>Лозинка мора имати од 8 до 1024 знака.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This login is already taken.</source>
        <translation>Ово корисничко име је већ заузето.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A login has 1 to 64 letters, digits or . _ @ + -.</source>
        <translation>Корисничко име има од 1 до 64 слова, цифара или . _ @ + -.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A name must have 1 to 200 characters.</source>
        <translation>Име мора имати од 1 до 200 знакова.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This is not an e-mail address.</source>
        <translation>Ово није адреса е-поште.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A phone number has at most 40 digits, spaces and + ( ) . / -.</source>
        <translation>Број телефона има највише 40 цифара, размака и + ( ) . / -.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not a language code like hr or pt_BR.</source>
        <translation>Ово није код језика попут hr или pt_BR.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You cannot disable your own account.</source>
        <translation>Не можете онемогућити сопствени налог.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Notes can have at most 10,000 characters.</source>
        <translation>Белешке могу имати највише 10.000 знакова.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Service %1: a name has 1 to 200 characters, details at most 2,000.</source>
        <translation>Услуга %1: назив има од 1 до 200 знакова, појединости највише 2000.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (%2: %3)</source>
        <translation>%1 (%2: %3)</translation>
    </message>
</context>
<context>
    <name>AdminLabels</name>
    <message>
        <location filename="../client/ui/adminlabels.cpp" line="+10"/>
        <source>Administrator</source>
        <translation>Администратор</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Team lead</source>
        <translation>Вођа тима</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Agent</source>
        <translation>Агент</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Customer contact</source>
        <translation>Контакт клијента</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Owner</source>
        <translation>Власник</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Technical contact</source>
        <translation>Технички контакт</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Billing contact</source>
        <translation>Контакт за наплату</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Hosting</source>
        <translation>Хостинг</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Domain</source>
        <translation>Домен</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mailbox</source>
        <translation>Поштанско сандуче</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <translation>Остало</translation>
    </message>
</context>
<context>
    <name>AssigneeChoices</name>
    <message>
        <location filename="../client/ui/assigneechoices.cpp" line="+55"/>
        <source>online</source>
        <translation>присутан</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>away</source>
        <translation>одсутан</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>offline</source>
        <translation>није пријављен</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>ClientApp</name>
    <message>
        <location filename="../client/ui/main.cpp" line="+139"/>
        <source>An administrator has disabled your account.</source>
        <translation>Администратор је онемогућио ваш налог.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An administrator has reset your password. Please log in with the new one.</source>
        <translation>Администратор је поставио нову лозинку. Пријавите се новом лозинком.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your session has expired. Please log in again.</source>
        <translation>Сесија је истекла. Пријавите се поново.</translation>
    </message>
</context>
<context>
    <name>DueText</name>
    <message numerus="yes">
        <location filename="../client/core/duetext.cpp" line="+21"/>
        <source>%n min</source>
        <translation>
            <numerusform>%n мин</numerusform>
            <numerusform>%n мин</numerusform>
            <numerusform>%n мин</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 h %2 min</source>
        <translation>%1 ч %2 мин</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n h</source>
        <translation>
            <numerusform>%n ч</numerusform>
            <numerusform>%n ч</numerusform>
            <numerusform>%n ч</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n d</source>
        <translation>
            <numerusform>%n дан</numerusform>
            <numerusform>%n дана</numerusform>
            <numerusform>%n дана</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Paused</source>
        <translation>Паузирано</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 left</source>
        <translation>још %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../client/ui/tickettableview.cpp" line="+342"/>
        <source>%1 overdue</source>
        <translation>касни %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Waiting on the customer: the SLA clock is paused</source>
        <translation>Чека се клијент: SLA сат је паузиран</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Resolution</source>
        <translation>Решење</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>First response</source>
        <translation>Први одговор</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next response</source>
        <translation>Следећи одговор</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 due %2</source>
        <translation>%1: рок %2</translation>
    </message>
</context>
<context>
    <name>ReportDocument</name>
    <message>
        <location filename="../client/ui/reportdocument.cpp" line="+59"/>
        <source>Print report</source>
        <translation>Штампање извештаја</translation>
    </message>
</context>
<context>
    <name>ReportTables</name>
    <message>
        <location filename="../client/ui/reporttables.cpp" line="+51"/>
        <source>New</source>
        <translation>Ново</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open</source>
        <translation>Отворено</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pending</source>
        <translation>На чекању</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Desktop client</source>
        <translation>Апликација</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E-mail</source>
        <translation>Е-пошта</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Alert</source>
        <translation>Упозорење</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Key figures</source>
        <translation>Кључни показатељи</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Figure</source>
        <translation>Показатељ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value</source>
        <translation>Вредност</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tickets created</source>
        <translation>Креирани захтеви</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolutions</source>
        <translation>Решења</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First response, median (business hours)</source>
        <translation>Први одговор, медијана (радни сати)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First response, 90th percentile (business hours)</source>
        <translation>Први одговор, 90. перцентил (радни сати)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolution time, median (business hours)</source>
        <translation>Време решавања, медијана (радни сати)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolution time, 90th percentile (business hours)</source>
        <translation>Време решавања, 90. перцентил (радни сати)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SLA compliance (%)</source>
        <translation>Усклађеност са SLA (%)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re-open rate (%)</source>
        <translation>Удео поновних отварања (%)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer satisfaction (% good)</source>
        <translation>Задовољство клијената (% добрих)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ratings good</source>
        <translation>Оцене „добро”</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ratings bad</source>
        <translation>Оцене „лоше”</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Per day</source>
        <translation>По дану</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Date</source>
        <translation>Датум</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Created</source>
        <translation>Креирано</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Resolved</source>
        <translation>Решено</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Good ratings</source>
        <translation>Добре оцене</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Bad ratings</source>
        <translation>Лоше оцене</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Backlog now</source>
        <translation>Отворени захтеви сада</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Queue</source>
        <translation>Ред чекања</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+11"/>
        <location line="+6"/>
        <source>Tickets</source>
        <translation>Захтеви</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>Average age (hours)</source>
        <translation>Просечна старост (сати)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Older than a day</source>
        <translation>Старије од дана</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Older than a week</source>
        <translation>Старије од недељу дана</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No queue</source>
        <translation>Без реда чекања</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Tickets per channel</source>
        <translation>Захтеви по каналу</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Channel</source>
        <translation>Канал</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Tickets per request type</source>
        <translation>Захтеви по врсти захтева</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Request type</source>
        <translation>Врста захтева</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No request type</source>
        <translation>Без врсте захтева</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Per agent</source>
        <translation>По агенту</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agent</source>
        <translation>Агент</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Handled</source>
        <translation>Обрађено</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>First response, median (h)</source>
        <translation>Први одговор, медијана (ч)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Resolution, median (h)</source>
        <translation>Решавање, медијана (ч)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Satisfaction (% good)</source>
        <translation>Задовољство (% добрих)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Time accounted (min)</source>
        <translation>Евидентирано време (мин)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Assigned now</source>
        <translation>Тренутно додељено</translation>
    </message>
</context>
<context>
    <name>TimeText</name>
    <message>
        <location filename="../client/core/timetext.cpp" line="+17"/>
        <source>just now</source>
        <translation>управо сада</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>пре %n минут</numerusform>
            <numerusform>пре %n минута</numerusform>
            <numerusform>пре %n минута</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>пре %n сат</numerusform>
            <numerusform>пре %n сата</numerusform>
            <numerusform>пре %n сати</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>yesterday, %1</source>
        <translation>јуче, %1</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>пре %n дан</numerusform>
            <numerusform>пре %n дана</numerusform>
            <numerusform>пре %n дана</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>helpdesk::client::AdminMenu</name>
    <message>
        <location filename="../client/ui/adminmenu.cpp" line="+73"/>
        <source>&amp;Administration</source>
        <translation>&amp;Администрација</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;hange password…</source>
        <translation>Про&amp;мени лозинку…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Users and contacts…</source>
        <translation>&amp;Корисници и контакти…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Contacts…</source>
        <translation>&amp;Контакти…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Organisations…</source>
        <translation>&amp;Организације…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Request types…</source>
        <translation>&amp;Врсте захтева…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Audit log…</source>
        <translation>&amp;Дневник ревизије…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>API &amp;tokens…</source>
        <translation>API &amp;токени…</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::AnnouncementBanner</name>
    <message>
        <location filename="../client/ui/announcementbanner.cpp" line="+38"/>
        <source>Maintenance</source>
        <translation>Одржавање</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Setting change</source>
        <translation>Промена подешавања</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Software update</source>
        <translation>Ажурирање софтвера</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Announcement</source>
        <translation>Обавештење</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>%1: %2 (%3)</source>
        <translation>%1: %2 (%3)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Details…</source>
        <translation>Детаљи…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Dismiss</source>
        <translation>Сакриј</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hide this announcement from the banner</source>
        <translation>Уклони ово обавештење са траке</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::AnnouncementEditor</name>
    <message>
        <location filename="../client/ui/announcementeditor.cpp" line="+52"/>
        <source>Edit announcement</source>
        <translation>Измени обавештење</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New announcement</source>
        <translation>Ново обавештење</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Everyone</source>
        <translation>Сви</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chosen organisations</source>
        <translation>Изабране организације</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organisations with a service</source>
        <translation>Организације са услугом</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hosting</source>
        <translation>Хостинг</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Domain</source>
        <translation>Домен</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mailbox</source>
        <translation>Поштанско сандуче</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other service</source>
        <translation>Друга услуга</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Add language</source>
        <translation>Додај језик</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove language</source>
        <translation>Уклони језик</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Kind:</source>
        <translation>Врста:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Audience:</source>
        <translation>Примаоци:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organisations:</source>
        <translation>Организације:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Service:</source>
        <translation>Услуга:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Starts:</source>
        <translation>Почетак:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ends:</source>
        <translation>Крај:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Title and text in each language:</source>
        <translation>Наслов и текст на сваком језику:</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Title:</source>
        <translation>Наслов:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text:</source>
        <translation>Текст:</translation>
    </message>
    <message>
        <location line="+134"/>
        <source>A colleague changed this announcement meanwhile. Their version is shown now; make your changes again.</source>
        <translation>Колега је у међувремену изменио ово обавештење. Сада је приказана његова верзија; поново унесите своје измене.</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::AnnouncementsDialog</name>
    <message>
        <location filename="../client/ui/announcementsdialog.cpp" line="+31"/>
        <source>upcoming</source>
        <translation>предстоји</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ended</source>
        <translation>завршено</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>withdrawn</source>
        <translation>повучено</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>now</source>
        <translation>сада</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Announcements</source>
        <translation>Обавештења</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Current and upcoming</source>
        <translation>Тренутна и предстојећа</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All</source>
        <translation>Сва</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ended</source>
        <translation>Завршена</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Withdrawn</source>
        <translation>Повучена</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>New…</source>
        <translation>Ново…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit…</source>
        <translation>Измени…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Withdraw</source>
        <translation>Повуци</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>%1 · %2 · %3 (%4)</source>
        <translation>%1 · %2 · %3 (%4)</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>No announcements.</source>
        <translation>Нема обавештења.</translation>
    </message>
    <message>
        <location line="+24"/>
        <location line="+9"/>
        <source>Withdraw announcement</source>
        <translation>Повуци обавештење</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Withdraw this announcement? Customers will no longer see it.</source>
        <translation>Повући ово обавештење? Клијенти га више неће видети.</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::ApiTokensDialog</name>
    <message>
        <location filename="../client/ui/apitokensdialog.cpp" line="+177"/>
        <source>Revoke API token</source>
        <translation>Опозови API токен</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revoke the token &quot;%1&quot;? Whatever uses it stops working at once.</source>
        <translation>Опозвати токен „%1”? Све што га користи одмах престаје да ради.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Revoked %1</source>
        <translation>Опозван %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Active</source>
        <translation>Активан</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>API tokens</source>
        <translation>API токени</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name</source>
        <translation>Назив</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Scopes</source>
        <translation>Опсези</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Created</source>
        <translation>Направљен</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last used</source>
        <translation>Последња употреба</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>State</source>
        <translation>Стање</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show revoked tokens</source>
        <translation>Прикажи опозване токене</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New token&apos;s name:</source>
        <translation>Назив новог токена:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. Prometheus</source>
        <translation>нпр. Prometheus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>May report monitoring alerts (scope: alerts)</source>
        <translation>Сме да пријављује упозорења надзора (опсег: alerts)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create token</source>
        <translation>Направи токен</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revoke…</source>
        <translation>Опозови…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy this token now and store it in the monitoring system: it will not be shown again.</source>
        <translation>Копирајте овај токен сада и сачувајте га у систему надзора: више се неће приказати.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy</source>
        <translation>Копирај</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::AttachmentDownload</name>
    <message>
        <location filename="../client/core/attachmenttransfer.cpp" line="+198"/>
        <source>The file arrived damaged (its checksum does not match).</source>
        <translation>Датотека је стигла оштећена (контролни збир се не поклапа).</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::AttachmentStrip</name>
    <message>
        <location filename="../client/ui/attachmentstrip.cpp" line="+55"/>
        <source>Attach file…</source>
        <translation>Приложи датотеку…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attach files to this reply. You can also drop files here or paste a screenshot with Ctrl+V.</source>
        <translation>Приложите датотеке овом одговору. Датотеке можете и превући овде или налепити снимак екрана тастерима Ctrl+V.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Attach files</source>
        <translation>Приложи датотеке</translation>
    </message>
    <message>
        <location line="+93"/>
        <source>attached</source>
        <translation>приложено</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>waiting for the connection</source>
        <translation>чека се веза</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not attached: %1</source>
        <translation>није приложено: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Remove this file</source>
        <translation>Уклони ову датотеку</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::AttachmentUpload</name>
    <message>
        <location filename="../client/core/attachmenttransfer.cpp" line="-141"/>
        <location line="+39"/>
        <source>The file %1 cannot be read.</source>
        <translation>Датотеку %1 није могуће прочитати.</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::AuditLogDialog</name>
    <message>
        <location filename="../client/ui/auditlogdialog.cpp" line="+64"/>
        <source>Audit log</source>
        <translation>Дневник ревизије</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Anyone</source>
        <translation>Сви</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Any action</source>
        <translation>Било која радња</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;From:</source>
        <translation>&amp;Од:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;To:</source>
        <translation>&amp;До:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Apply</source>
        <translation>&amp;Примени</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;User:</source>
        <translation>&amp;Корисник:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A&amp;ction:</source>
        <translation>&amp;Радња:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>When</source>
        <translation>Када</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Who</source>
        <translation>Ко</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Action</source>
        <translation>Радња</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Object</source>
        <translation>Објекат</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From address</source>
        <translation>Са адресе</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Changes (old → new)</source>
        <translation>Измене (старо → ново)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>‹ &amp;Newer</source>
        <translation>‹ &amp;Новије</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Older ›</source>
        <translation>&amp;Старије ›</translation>
    </message>
    <message>
        <location line="+107"/>
        <source>User %1</source>
        <translation>Корисник %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Organisation %1</source>
        <translation>Организација %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Page %1</source>
        <translation>Страница %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Logged in</source>
        <translation>Пријава</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Failed login</source>
        <translation>Неуспела пријава</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Login refused (disabled)</source>
        <translation>Пријава одбијена (онемогућен)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Logged out</source>
        <translation>Одјава</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>User created</source>
        <translation>Корисник направљен</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>User changed</source>
        <translation>Корисник измењен</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Password set</source>
        <translation>Лозинка постављена</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Organisation created</source>
        <translation>Организација направљена</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Organisation changed</source>
        <translation>Организација измењена</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::CalendarsDialog</name>
    <message>
        <location filename="../client/ui/calendarsdialog.cpp" line="+104"/>
        <source>Business calendars</source>
        <translation>Радни календари</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New calendar</source>
        <translation>Нови календар</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Name:</source>
        <translation>&amp;Назив:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Time zone:</source>
        <translation>&amp;Временска зона:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Business hours:</source>
        <translation>Радно време:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Holidays:</source>
        <translation>Празници:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save</source>
        <translation>&amp;Сачувај</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>24/7 (built in)</source>
        <translation>24/7 (уграђени)</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>The built-in 24/7 calendar counts every minute and cannot be changed.</source>
        <translation>Уграђени календар 24/7 броји сваки минут и не може се мењати.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Nothing has changed.</source>
        <translation>Ништа није промењено.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Saved.</source>
        <translation>Сачувано.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>A colleague saved this calendar meanwhile. Their changes are shown with yours on top: check and save again.</source>
        <translation>У међувремену је колега сачувао овај календар. Приказане су његове измене заједно са вашим: проверите и поново сачувајте.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A colleague saved this calendar meanwhile and changed the same fields as you. Their version is shown: make your change again if it is still needed.</source>
        <translation>У међувремену је колега сачувао овај календар и променио иста поља као и ви. Приказана је његова верзија: поновите своју измену ако је још потребна.</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::CcPicker</name>
    <message>
        <location filename="../client/ui/ccpicker.cpp" line="+146"/>
        <source>No other contact of this organisation may see this ticket</source>
        <translation>Ниједан други контакт ове организације не сме да види овај захтев</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loading contacts…</source>
        <translation>Учитавање контаката…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Cc: nobody</source>
        <translation>Копија: никоме</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cc: %1</source>
        <translation>Копија: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cc: %1 (as on the last message)</source>
        <translation>Копија: %1 (као у последњој поруци)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>C&amp;c</source>
        <translation>&amp;Копија</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy this e-mail reply to other contacts of the organisation who may see this ticket. Preselected: the people of the last public message (those it was copied to and its author).</source>
        <translation>Пошаљи копију овог одговора е-поштом другим контактима организације који смеју да виде овај захтев. Унапред изабрани: учесници последње јавне поруке (примаоци њене копије и аутор).</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::ChangePasswordDialog</name>
    <message>
        <location filename="../client/ui/changepassworddialog.cpp" line="+40"/>
        <source>Reset password of %1</source>
        <translation>Поновно постављање лозинке: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Change password</source>
        <translation>Промена лозинке</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Current password:</source>
        <translation>&amp;Тренутна лозинка:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;New password:</source>
        <translation>&amp;Нова лозинка:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Repeat new password:</source>
        <translation>&amp;Поновите нову лозинку:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is logged out everywhere at once and logs in with the new password.</source>
        <translation>%1 се одмах одјављује свуда и пријављује новом лозинком.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>At least 8 characters. Your other computers must log in again.</source>
        <translation>Најмање 8 знакова. На другим рачунарима мораћете поново да се пријавите.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Set password</source>
        <translation>Постави лозинку</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Enter your current password.</source>
        <translation>Унесите тренутну лозинку.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A password must have 8 to 1024 characters.</source>
        <translation>Лозинка мора имати од 8 до 1024 знака.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The two new passwords differ.</source>
        <translation>Нове лозинке се разликују.</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::CollisionBar</name>
    <message>
        <location filename="../client/ui/collisionbar.cpp" line="+39"/>
        <source>User %1</source>
        <translation>Корисник %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is typing…</source>
        <translation>%1 куца…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is viewing</source>
        <translation>%1 прегледа</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::CollisionDialog</name>
    <message>
        <location filename="../client/ui/collisiondialog.cpp" line="+33"/>
        <source>New messages on this ticket</source>
        <translation>Нове поруке на тикету</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>While you were writing, someone else wrote on this ticket. Your reply was not sent yet:</source>
        <translation>Док сте писали, неко други је писао на овом тикету. Ваш одговор још није послат:</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>User %1</source>
        <translation>Корисник %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, %2:</source>
        <translation>%1, %2:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Send anyway</source>
        <translation>Ипак пошаљи</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Back to my draft</source>
        <translation>Назад на нацрт</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::Composer</name>
    <message>
        <location filename="../client/ui/composer.cpp" line="+296"/>
        <source>&amp;Reply to customer</source>
        <translation>&amp;Одговор клијенту</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Internal note</source>
        <translation>&amp;Интерна белешка</translation>
    </message>
    <message>
        <location line="+106"/>
        <source>&amp;Send</source>
        <translation>По&amp;шаљи</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Add note and set %1</source>
        <translation>Додај белешку и постави статус „%1”</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Send and set %1</source>
        <translation>Пошаљи и постави статус „%1”</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Ctrl+Enter sends; add Shift to set Pending, Alt to set Resolved. Your text is saved as you type.</source>
        <translation>Ctrl+Enter шаље; уз Shift поставља и статус „На чекању”, уз Alt „Решен”. Текст се чува док куцате.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ctrl+Enter sends. Your text is saved as you type.</source>
        <translation>Ctrl+Enter шаље. Текст се чува аутоматски док куцате.</translation>
    </message>
    <message>
        <location line="-120"/>
        <source>Re&amp;try</source>
        <translation>Покушај &amp;поново</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Switch between reply and internal note (Ctrl+Shift+I)</source>
        <translation>Пребаци између одговора и интерне белешке (Ctrl+Shift+I)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Also by e-&amp;mail</source>
        <translation>И е-пош&amp;том</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send this reply to the customer by e-mail too</source>
        <translation>Пошаљи овај одговор клијенту и е-поштом</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Si&amp;gnatures…</source>
        <translation>&amp;Потписи…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit the signatures added to your replies</source>
        <translation>Уреди потписе који се додају вашим одговорима</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send and set the ticket&apos;s status</source>
        <translation>Пошаљи и промени статус тикета</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Edit again</source>
        <translation>Врати у &amp;уређивач</translation>
    </message>
    <message numerus="yes">
        <location line="+75"/>
        <source>%n reply(ies) to this ticket could not be sent.</source>
        <translation>
            <numerusform>%n одговор на овај тикет није послат.</numerusform>
            <numerusform>%n одговора на овај тикет нису послата.</numerusform>
            <numerusform>%n одговора на овај тикет није послато.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Write a note only your team will see…</source>
        <translation>Напишите белешку коју ће видети само ваш тим…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Write your reply…</source>
        <translation>Напишите одговор…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add &amp;note</source>
        <translation>Додај &amp;белешку</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::Connection</name>
    <message>
        <location filename="../client/core/connection.cpp" line="+39"/>
        <source>The server did not answer.</source>
        <translation>Сервер није одговорио.</translation>
    </message>
    <message>
        <location line="+116"/>
        <source>The server closed the connection.</source>
        <translation>Сервер је затворио везу.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>This build of the client has no TLS support.</source>
        <translation>Ова верзија клијента не подржава TLS.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Connection to the server lost: %1</source>
        <translation>Веза са сервером је прекинута: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Could not connect to %1:%2: %3</source>
        <translation>Повезивање са %1:%2 није успело: %3</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>The server sent a message larger than %1 bytes.</source>
        <translation>Сервер је послао поруку већу од %1 бајтова.</translation>
    </message>
    <message>
        <location filename="../client/core/connectionsession.cpp" line="+209"/>
        <source>The server stopped answering.</source>
        <translation>Сервер је престао да одговара.</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::ConversationModel</name>
    <message>
        <location filename="../client/core/conversationtexts.cpp" line="+19"/>
        <source>Ticket created</source>
        <translation>Тикет је креиран</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status changed from %1 to %2</source>
        <translation>Статус је промењен са „%1“ на „%2“</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Priority changed from %1 to %2</source>
        <translation>Приоритет је промењен са „%1“ на „%2“</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unassigned (was %1)</source>
        <translation>Додела је уклоњена (раније: %1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assigned to %1</source>
        <translation>Додељено: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Moved from queue %1 to %2</source>
        <translation>Премештено из реда чекања „%1“ у „%2“</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Customer changed from %1 to %2</source>
        <translation>Клијент је промењен са „%1“ на „%2“</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Subject changed from “%1” to “%2”</source>
        <translation>Наслов је промењен са „%1“ на „%2“</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tags changed from %1 to %2</source>
        <translation>Ознаке су промењене са „%1“ на „%2“</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 changed from %2 to %3</source>
        <translation>Поље %1 је промењено са „%2“ на „%3“</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Unlinked from ticket %1</source>
        <translation>Уклоњена веза са тикетом %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Linked to ticket %1</source>
        <translation>Повезано са тикетом %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ticket %1 was merged into this one</source>
        <translation>Тикет %1 је спојен са овим</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Merged into ticket %1</source>
        <translation>Спојено са тикетом %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The customer rated the solution good</source>
        <translation>Корисник је оценио решење као добро</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The customer rated the solution bad</source>
        <translation>Корисник је оценио решење као лоше</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>first response</source>
        <translation>први одговор</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>next response</source>
        <translation>следећи одговор</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>resolution</source>
        <translation>решење</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SLA target missed: %1</source>
        <translation>Пропуштен SLA рок: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SLA target close: %1</source>
        <translation>SLA рок је близу: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Urgent ticket: the queue was alerted</source>
        <translation>Хитан тикет: ред је упозорен</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bad rating: the queue&apos;s leads were alerted</source>
        <translation>Лоша оцена: вође реда су упозорене</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Waiting for the organisation owner&apos;s approval</source>
        <translation>Чека одобрење власника организације</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Approved by the organisation&apos;s owner</source>
        <translation>Одобрио власник организације</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refused by the organisation&apos;s owner</source>
        <translation>Одбио власник организације</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Filed as a guided request (%1)</source>
        <translation>Поднето као вођени захтев (%1)</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+17"/>
        <source>none</source>
        <translation>нема</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::ConversationView</name>
    <message>
        <location filename="../client/ui/conversationview.cpp" line="+135"/>
        <source>Support team</source>
        <translation>Тим подршке</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+130"/>
        <source>User #%1</source>
        <translation>Корисник #%1</translation>
    </message>
    <message>
        <location line="-78"/>
        <source>Internal note</source>
        <translation>Интерна белешка</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Customer</source>
        <translation>Клијент</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>By e-mail from %1</source>
        <translation>Е-поштом од %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cc: %1</source>
        <translation>Копија: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not sent: %1</source>
        <translation>Није послато: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waiting to be sent</source>
        <translation>Чека на слање</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>sets the status to %1</source>
        <translation>поставиће статус „%1”</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>About the announcement: %1</source>
        <translation>У вези са обавештењем: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>… %n more character(s) not shown.</source>
        <translation>
            <numerusform>… још %n знак није приказан.</numerusform>
            <numerusform>… још %n знака нису приказана.</numerusform>
            <numerusform>… још %n знакова није приказано.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+24"/>
        <location line="+28"/>
        <source>Phone call</source>
        <translation>Телефонски позив</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>outbound</source>
        <translation>одлазни</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>inbound</source>
        <translation>долазни</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>to %1</source>
        <translation>коме: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>from %1</source>
        <translation>од: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 s</source>
        <translation>%1 с</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 min</source>
        <translation>%1 мин</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 h %2 min</source>
        <translation>%1 ч %2 мин</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>By e-mail</source>
        <translation>Е-поштом</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Monitoring alert</source>
        <translation>Упозорење надзора</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Knowledge base articles sent:</source>
        <translation>Послати чланци базе знања:</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::CredentialStore</name>
    <message>
        <location filename="../client/ui/credentialstore.cpp" line="+104"/>
        <source>This computer has no password keychain this program can use (such as the Secret Service, KWallet, the macOS Keychain or the Windows Credential Manager), so you will need to enter your password each time.</source>
        <translation>На овом рачунару нема складишта лозинки које овај програм може да користи (као што су Secret Service, KWallet, macOS Keychain или Windows Credential Manager), па ћете лозинку морати да уносите сваки пут.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Access to the password keychain was refused, so the session cannot be remembered.</source>
        <translation>Приступ складишту лозинки је одбијен, па сесија не може да се запамти.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The password keychain is locked or does not allow access, so the session cannot be remembered.</source>
        <translation>Складиште лозинки је закључано или не дозвољава приступ, па сесија не може да се запамти.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The remembered session could not be removed from the password keychain.</source>
        <translation>Запамћена сесија није могла да се уклони из складишта лозинки.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This computer&apos;s password keychain could not be used, so the session cannot be remembered and you will need to enter your password each time.</source>
        <translation>Складиште лозинки на овом рачунару није могло да се користи, па сесија не може да се запамти и лозинку ћете морати да уносите сваки пут.</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::CustomerPanel</name>
    <message>
        <location filename="../client/ui/customerpanel.cpp" line="+149"/>
        <source>Loading…</source>
        <translation>Учитавање…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>owner</source>
        <translation>власник</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>billing</source>
        <translation>наплата</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>technical</source>
        <translation>технички</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>disabled</source>
        <translation>онемогућен</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No contacts</source>
        <translation>Нема контаката</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Hosting</source>
        <translation>Хостинг</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Domain</source>
        <translation>Домен</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mailbox</source>
        <translation>Поштанско сандуче</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <translation>Остало</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>#%1 %2 — %3</source>
        <translation>#%1 %2 — %3</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Tickets of this customer (%L1)</source>
        <translation>Тикети овог клијента (%L1)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Customer</source>
        <translation>Клијент</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contacts</source>
        <translation>Контакти</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Services</source>
        <translation>Услуге</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>Белешке</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::DashboardWindow</name>
    <message>
        <location filename="../client/ui/dashboardwindow.cpp" line="+181"/>
        <source>All queues</source>
        <translation>Сви редови чекања</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All organisations</source>
        <translation>Све организације</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>All agents</source>
        <translation>Сви агенти</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>%1 h</source>
        <translation>%1 ч</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+2"/>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+154"/>
        <source>Created</source>
        <translation>Креирано</translation>
    </message>
    <message>
        <location line="-153"/>
        <location line="+154"/>
        <source>Resolved</source>
        <translation>Решено</translation>
    </message>
    <message>
        <location line="-138"/>
        <source>Created and resolved per day</source>
        <translation>Креирано и решено по дану</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Backlog by status</source>
        <translation>Отворени захтеви по статусу</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Good</source>
        <translation>Добро</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bad</source>
        <translation>Лоше</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Customer ratings per day</source>
        <translation>Оцене клијената по дану</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Export report as CSV</source>
        <translation>Извоз извештаја у CSV</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV датотеке (*.csv)</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+7"/>
        <source>The file could not be written.</source>
        <translation>Датотеку није могуће уписати.</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Export report as PDF</source>
        <translation>Извоз извештаја у PDF</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF датотеке (*.pdf)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Dashboard and reports</source>
        <translation>Контролна табла и извештаји</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First day</source>
        <translation>Први дан</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last day</source>
        <translation>Последњи дан</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show</source>
        <translation>Прикажи</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export CSV…</source>
        <translation>Извоз у CSV…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export PDF…</source>
        <translation>Извоз у PDF…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print…</source>
        <translation>Штампај…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dashboard</source>
        <translation>Контролна табла</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reports</source>
        <translation>Извештаји</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open now</source>
        <translation>Отворено сада</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First response (median / 90%)</source>
        <translation>Први одговор (медијана / 90%)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolution (median / 90%)</source>
        <translation>Решавање (медијана / 90%)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SLA met</source>
        <translation>SLA испуњен</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Re-opened</source>
        <translation>Поново отворено</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Satisfied customers</source>
        <translation>Задовољни клијенти</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::DateListEditor</name>
    <message>
        <location filename="../client/ui/slaeditors.cpp" line="+259"/>
        <source>Add date</source>
        <translation>Додај датум</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove date</source>
        <translation>Уклони датум</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::DraftStore</name>
    <message>
        <location filename="../client/core/draftstore.cpp" line="+109"/>
        <source>Could not save the draft: %1</source>
        <translation>Чување нацрта није успело: %1</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::ErrorText</name>
    <message>
        <location filename="../client/core/errortext.cpp" line="+63"/>
        <source>Not connected to the server.</source>
        <translation>Нисте повезани са сервером.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The connection to the server was lost.</source>
        <translation>Веза са сервером је прекинута.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server did not answer in time.</source>
        <translation>Сервер није одговорио на време.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server sent an answer this client does not understand.</source>
        <translation>Сервер је послао одговор који овај клијент не разуме.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The request is too large for the server.</source>
        <translation>Захтев је превелик за сервер.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server could not read the request.</source>
        <translation>Сервер није могао да прочита захтев.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server does not support this operation. It may be an older version.</source>
        <translation>Сервер не подржава ову радњу. Можда је у питању старија верзија.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Some of the entered values are not valid.</source>
        <translation>Неке унете вредности нису исправне.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server ran into an internal error. Please try again.</source>
        <translation>На серверу је дошло до интерне грешке. Покушајте поново.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Wrong login or password.</source>
        <translation>Погрешно корисничко име или лозинка.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This account is disabled. Please ask an administrator.</source>
        <translation>Овај налог је онемогућен. Обратите се администратору.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your session has expired. Please log in again.</source>
        <translation>Ваша сесија је истекла. Пријавите се поново.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You are not logged in.</source>
        <translation>Нисте пријављени.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You are not allowed to do this.</source>
        <translation>Немате дозволу за ово.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It does not exist or you cannot see it.</source>
        <translation>Не постоји или не можете да га видите.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Someone else changed this in the meantime.</source>
        <translation>Неко други је то у међувремену променио.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This request waits for the organisation owner&apos;s approval; until then it cannot be answered, assigned, merged or have its status changed.</source>
        <translation>Овај захтев чека одобрење власника организације; до тада се на њега не може одговорити, доделити га, спојити ни променити му статус.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Too many attempts. Please wait a moment and try again.</source>
        <translation>Превише покушаја. Сачекајте тренутак па покушајте поново.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server speaks a different protocol version than this client.</source>
        <translation>Сервер користи другу верзију протокола од овог клијента.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unexpected error (code %1).</source>
        <translation>Неочекивана грешка (код %1).</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::EverywhereModel</name>
    <message>
        <location filename="../client/ui/everywheremodel.cpp" line="+48"/>
        <source>Tickets</source>
        <translation>Тикети</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Contacts</source>
        <translation>Контакти</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Organisations</source>
        <translation>Организације</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Articles</source>
        <translation>Чланци</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Canned responses</source>
        <translation>Шаблони одговора</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>More found: type more words to narrow it down.</source>
        <translation>Пронађено је више: упишите још речи да сузите претрагу.</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::KbEditor</name>
    <message>
        <location filename="../client/ui/kbeditor.cpp" line="+58"/>
        <source>&amp;Title:</source>
        <translation>&amp;Наслов:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language:</source>
        <translation>&amp;Језик:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Visible to:</source>
        <translation>&amp;Видљиво:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;State:</source>
        <translation>&amp;Стање:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>T&amp;ags:</source>
        <translation>&amp;Ознаке:</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Edit article</source>
        <translation>Уреди чланак</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New article</source>
        <translation>Нови чланак</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Staff only</source>
        <translation>Само особље</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customers and staff</source>
        <translation>Корисници и особље</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Draft</source>
        <translation>Нацрт</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Published</source>
        <translation>Објављен</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write the article in Markdown: # headings, - lists, [links](https://example.org), ``` code blocks.</source>
        <translation>Напишите чланак у Markdown-у: # наслови, - листе, [везе](https://example.org), ``` блокови кода.</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>A colleague saved this article while you were editing it. Your text is still here; save again to replace their version with it, or cancel to keep theirs.</source>
        <translation>Колега је сачувао овај чланак док сте га уређивали. Ваш текст је и даље овде: сачувајте поново да њиме замените његову верзију или откажите да је задржите.</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::KbSuggestions</name>
    <message>
        <location filename="../client/ui/kbsuggestions.cpp" line="+77"/>
        <source>Articles that may help with this ticket:</source>
        <translation>Чланци који би могли да помогну са овим тикетом:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Articles that may answer your question:</source>
        <translation>Чланци који можда одговарају на ваше питање:</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::KbWindow</name>
    <message>
        <location filename="../client/ui/kbwindow.cpp" line="+107"/>
        <source>Knowledge base article: %1 %2</source>
        <translation>Чланак базе знања: %1 %2</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Knowledge base</source>
        <translation>База знања</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search articles</source>
        <translation>Претражи чланке</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This helped</source>
        <translation>Ово је помогло</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This did not help</source>
        <translation>Ово није помогло</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Insert &amp;link into reply</source>
        <translation>Уметни &amp;везу у одговор</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Insert e&amp;xcerpt into reply</source>
        <translation>Уметни &amp;извод у одговор</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New article…</source>
        <translation>&amp;Нови чланак…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Уреди…</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+15"/>
        <source>All articles</source>
        <translation>Сви чланци</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>%1 (draft)</source>
        <translation>%1 (нацрт)</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Helpful: %1 · Not helpful: %2</source>
        <translation>Корисно: %1 · Није корисно: %2</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Thank you for your feedback.</source>
        <translation>Хвала на повратној информацији.</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::LogCallDialog</name>
    <message>
        <location filename="../client/ui/logcalldialog.cpp" line="+113"/>
        <source>Log a call</source>
        <translation>Евидентирање позива</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A phone call about #%1 %2</source>
        <translation>Телефонски позив у вези са тикетом #%1 %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Caller:</source>
        <translation>&amp;Саговорник:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Direction:</source>
        <translation>Сме&amp;р:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Durati&amp;on:</source>
        <translation>&amp;Трајање:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> min</source>
        <translation> мин</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not recorded</source>
        <translation>није забележено</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Notes:</source>
        <translation>&amp;Белешке:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What was said and agreed, in your words</source>
        <translation>Шта је речено и договорено, вашим речима</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Internal: only staff see this call</source>
        <translation>&amp;Интерни: позив виде само запослени</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Log call</source>
        <translation>&amp;Евидентирај позив</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Inbound: they called us</source>
        <translation>Долазни: звали су нас</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outbound: we called them</source>
        <translation>Одлазни: ми смо звали</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>User #%1</source>
        <translation>Корисник #%1</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Write down what the call was about.</source>
        <translation>Запишите о чему је био позив.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The notes are too long: at most %1 characters are allowed.</source>
        <translation>Белешке су предугачке: највећи дозвољени број знакова је %1.</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::LoginDialog</name>
    <message>
        <location filename="../client/ui/logindialog.cpp" line="+150"/>
        <source>Looking for your saved session…</source>
        <translation>Тражи се ваша сачувана сесија…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Log in to the helpdesk</source>
        <translation>Пријава на систем подршке</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Server:</source>
        <translation>&amp;Сервер:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Login:</source>
        <translation>&amp;Корисничко име:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Password:</source>
        <translation>&amp;Лозинка:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>host:port</source>
        <translation>хост:порт</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Remember me on this computer</source>
        <translation>&amp;Запамти ме на овом рачунару</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keeps your session (not your password) in this computer&apos;s password keychain, so that you are not asked to log in at the next start.</source>
        <translation>Чува вашу сесију (али не и лозинку) у складишту лозинки овог рачунара, да не бисте морали поново да се пријављујете при следећем покретању.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Log &amp;in</source>
        <translation>&amp;Пријави се</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quit</source>
        <translation>&amp;Излаз</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>The helpdesk server&apos;s address, for example helpdesk.example.com:%1, or tls://helpdesk.example.com:%1 for an encrypted connection</source>
        <translation>Адреса сервера службе подршке, нпр. helpdesk.example.com:%1, или tls://helpdesk.example.com:%1 за шифровану везу</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Enter the server as host:port or tls://host:port, for example helpdesk.example.com:%1.</source>
        <translation>Унесите сервер као хост:порт или tls://хост:порт, нпр. helpdesk.example.com:%1.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Enter your login.</source>
        <translation>Унесите корисничко име.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Enter your password.</source>
        <translation>Унесите лозинку.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Connecting to %1…</source>
        <translation>Повезивање са %1…</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Logging in…</source>
        <translation>Пријављивање…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot reach the server %1. Trying again…</source>
        <translation>Сервер %1 није доступан. Поновни покушај…</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Your saved session has expired. Please enter your password.</source>
        <translation>Ваша сачувана сесија је истекла. Унесите лозинку.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Resuming your session on %1…</source>
        <translation>Обнавља се сесија на %1…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 &quot;Remember me&quot; has been turned off.</source>
        <translation>%1 Опција „Запамти ме“ је искључена.</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::MacroButton</name>
    <message>
        <location filename="../client/ui/macrobutton.cpp" line="+49"/>
        <source>The ticket was changed meanwhile, so the macro was not applied. Check the ticket and apply it again.</source>
        <translation>Тикет је у међувремену промењен, па макро није примењен. Проверите тикет и примените га поново.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Macros</source>
        <translation>&amp;Макрои</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reply and change the ticket in one step</source>
        <translation>Одговорите и промените тикет у једном кораку</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::MainWindow</name>
    <message>
        <location filename="../client/ui/mainwindowmenus.cpp" line="+77"/>
        <source>About Helpdesk</source>
        <translation>О програму Helpdesk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Helpdesk %1
A native support desk client.</source>
        <translation>Helpdesk %1
Десктоп клијент за корисничку подршку.</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>Helpdesk — %1</source>
        <translation>Helpdesk — %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Helpdesk</source>
        <translation>Helpdesk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;File</source>
        <translation>&amp;Датотека</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;View</source>
        <translation>&amp;Приказ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Go</source>
        <translation>&amp;Иди</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Help</source>
        <translation>По&amp;моћ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Language</source>
        <translation>&amp;Језик</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New ticket…</source>
        <translation>&amp;Нови тикет…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log a &amp;phone call…</source>
        <translation>Евидентирај телефонски &amp;позив…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Освежи</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log &amp;out</source>
        <translation>&amp;Одјави се</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quit</source>
        <translation>&amp;Излаз</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Search…</source>
        <translation>&amp;Претражи…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Go to ticket…</source>
        <translation>Иди на &amp;тикет…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Knowledge base</source>
        <translation>База &amp;знања</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search &amp;everywhere…</source>
        <translation>Претражи &amp;све…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Next unread ticket</source>
        <translation>Следећи &amp;непрочитани тикет</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Previous unread ticket</source>
        <translation>Пр&amp;етходни непрочитани тикет</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Assign to me</source>
        <translation>Додели &amp;мени</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Пречице на тастатури</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About Helpdesk</source>
        <translation>&amp;О програму Helpdesk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A&amp;nnouncements…</source>
        <translation>&amp;Обавештења…</translation>
    </message>
    <message>
        <location filename="../client/ui/mainwindow.cpp" line="+306"/>
        <source>Connected to %1:%2</source>
        <translation>Повезано са %1:%2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Connection lost — reconnecting… Your replies are kept and sent when it is back.</source>
        <translation>Веза је прекинута — поновно повезивање… Ваши одговори су сачувани и биће послати кад се веза поново успостави.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Signing in…</source>
        <translation>Пријављивање…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Offline</source>
        <translation>Ван мреже</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n reply(ies) waiting to be sent</source>
        <translation>
            <numerusform>%n одговор чека на слање</numerusform>
            <numerusform>%n одговора чекају на слање</numerusform>
            <numerusform>%n одговора чека на слање</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n reply(ies) not sent</source>
        <translation>
            <numerusform>%n одговор није послат</numerusform>
            <numerusform>%n одговора нису послата</numerusform>
            <numerusform>%n одговора није послато</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%Ln ticket(s)</source>
        <translation>
            <numerusform>%Ln тикет</numerusform>
            <numerusform>%Ln тикета</numerusform>
            <numerusform>%Ln тикета</numerusform>
        </translation>
    </message>
    <message>
        <location line="+115"/>
        <source>Go to ticket</source>
        <translation>Иди на тикет</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ticket &amp;number:</source>
        <translation>&amp;Број тикета:</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>No unread ticket below this one in the list.</source>
        <translation>Испод овога на списку нема непрочитаних тикета.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No unread ticket above this one in the list.</source>
        <translation>Изнад овога на списку нема непрочитаних тикета.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Open a ticket first.</source>
        <translation>Прво отворите тикет.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>#%1 is already assigned to you.</source>
        <translation>Тикет #%1 је већ додељен вама.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>#%1 is now assigned to you.</source>
        <translation>Тикет #%1 је сада додељен вама.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>New reply from %1</source>
        <translation>Нови одговор од %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>a customer</source>
        <translation>клијента</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>#%1 %2</source>
        <translation>#%1 %2</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::NewTicketDialog</name>
    <message>
        <location filename="../client/ui/newticketdialog.cpp" line="+237"/>
        <source>New ticket</source>
        <translation>Нови тикет</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Subject:</source>
        <translation>&amp;Наслов:</translation>
    </message>
    <message>
        <location line="+128"/>
        <source>&amp;Description:</source>
        <translation>&amp;Опис:</translation>
    </message>
    <message>
        <location line="-127"/>
        <source>&amp;Phone call: log this on behalf of the contact who called</source>
        <translation>&amp;Телефонски позив: евидентирај у име контакта који је звао</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;ustomer:</source>
        <translation>&amp;Клијент:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No customer</source>
        <translation>Без клијента</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P&amp;riority:</source>
        <translation>&amp;Приоритет:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Queue:</source>
        <translation>&amp;Ред чекања:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Assignee:</source>
        <translation>&amp;Додељено:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Tags:</source>
        <translation>Озн&amp;аке:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comma separated, e.g. billing, vpn</source>
        <translation>Одвојене зарезом, нпр. наплата, vpn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>D&amp;irection:</source>
        <translation>С&amp;мер:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Durati&amp;on:</source>
        <translation>Тра&amp;јање:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> min</source>
        <translation> мин</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not recorded</source>
        <translation>није забележено</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Inbound: they called us</source>
        <translation>Долазни: звали су нас</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outbound: we called them</source>
        <translation>Одлазни: ми смо звали</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Create</source>
        <translation>Кр&amp;еирај</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create the ticket (Ctrl+Enter)</source>
        <translation>Креирај тикет (Ctrl+Enter)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Low</source>
        <translation>Низак</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Normal</source>
        <translation>Нормалан</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>High</source>
        <translation>Висок</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Urgent</source>
        <translation>Хитан</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>No queue</source>
        <translation>Без реда чекања</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Unassigned</source>
        <translation>Недодељено</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+44"/>
        <source>Me</source>
        <translation>Ја</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>This customer has no contacts</source>
        <translation>Овај клијент нема контаката</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Choose the customer first</source>
        <translation>Прво изаберите клијента</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Ca&amp;ller:</source>
        <translation>По&amp;зивалац:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>R&amp;equester:</source>
        <translation>Подно&amp;силац:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Notes:</source>
        <translation>&amp;Белешке:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your notes on the call: what the caller needs, what you agreed</source>
        <translation>Ваше белешке о позиву: шта позиваоцу треба, шта је договорено</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What is the problem?</source>
        <translation>У чему је проблем?</translation>
    </message>
    <message>
        <location filename="../client/ui/newticketsubmit.cpp" line="+98"/>
        <source>Enter a subject.</source>
        <translation>Унесите наслов.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The subject is %1 characters long; at most %2 are allowed.</source>
        <translation>Наслов има превише знакова (%1); највише је дозвољено %2.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Describe the request.</source>
        <translation>Опишите захтев.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The description is too long: at most %1 characters are allowed.</source>
        <translation>Опис је предугачак: највећи дозвољени број знакова је %1.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>There is no customer named &quot;%1&quot;. Pick one from the list, or clear the field for none.</source>
        <translation>Не постоји клијент „%1“. Изаберите клијента са листе или испразните поље ако га нема.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A phone call is logged on behalf of the contact who called: choose their customer, then the caller.</source>
        <translation>Телефонски позив се евидентира у име контакта који је звао: изаберите његовог клијента, а затим позиваоца.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The tag &quot;%1&quot; contains a control character.</source>
        <translation>Ознака „%1“ садржи контролни знак.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The tag &quot;%1&quot; is too long: at most %2 characters are allowed.</source>
        <translation>Ознака „%1“ је предугачка: највећи дозвољени број знакова је %2.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>At most %1 tags are allowed.</source>
        <translation>Највећи дозвољени број ознака је %1.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Creating the ticket…</source>
        <translation>Креира се тикет…</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>The server did not accept this value.</source>
        <translation>Сервер није прихватио ову вредност.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 The ticket may have been created all the same: look for it in the ticket list before trying again.</source>
        <translation>%1 Тикет је можда ипак креиран: потражите га на листи тикета пре него што покушате поново.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 What you typed is kept; try again once the connection is back.</source>
        <translation>%1 Оно што сте унели је сачувано; покушајте поново кад се веза успостави.</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::OfflineNotices</name>
    <message>
        <location filename="../client/ui/offlinenotices.cpp" line="+91"/>
        <source>Offline — this is a copy of the list saved %1 (its first page). It is refreshed when the connection is back.</source>
        <translation>Ван мреже — ово је копија списка сачувана %1 (његова прва страница). Освежиће се кад се веза поново успостави.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Offline since %1 — the list may have changed since then.</source>
        <translation>Ван мреже од %1 — списак се од тада можда променио.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Offline — this list was not opened recently on this computer, so there is no copy of it. It loads when the connection is back.</source>
        <translation>Ван мреже — овај списак није недавно отваран на овом рачунару, па нема његове копије. Учитаће се кад се веза поново успостави.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Offline — this is a copy of the ticket saved %1. It is refreshed when the connection is back; replies wait in the outbox until then.</source>
        <translation>Ван мреже — ово је копија тикета сачувана %1. Освежиће се кад се веза поново успостави; дотле одговори чекају у одлазном сандучету.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Offline since %1 — this ticket may have changed since then.</source>
        <translation>Ван мреже од %1 — тикет се од тада можда променио.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Offline — this ticket was not opened recently on this computer, so there is no copy of it. It loads when the connection is back.</source>
        <translation>Ван мреже — овај тикет није недавно отваран на овом рачунару, па нема његове копије. Учитаће се кад се веза поново успостави.</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::OrganisationsDialog</name>
    <message>
        <location filename="../client/ui/organisationsdialog.cpp" line="+39"/>
        <source>Organisations</source>
        <translation>Организације</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Filter by name</source>
        <translation>Филтрирај по називу</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;New organisation…</source>
        <translation>&amp;Нова организација…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>e.g. hr or de_AT; empty: not set</source>
        <translation>нпр. hr или de_AT; празно: није постављено</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Kind</source>
        <translation>Врста</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name</source>
        <translation>Назив</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Details</source>
        <translation>Појединости</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Add service</source>
        <translation>&amp;Додај услугу</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Re&amp;move service</source>
        <translation>&amp;Уклони услугу</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Contacts…</source>
        <translation>&amp;Контакти…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Save</source>
        <translation>&amp;Сачувај</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Name:</source>
        <translation>&amp;Назив:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language:</source>
        <translation>&amp;Језик:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>N&amp;otes (staff only):</source>
        <translation>Бел&amp;ешке (само за особље):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ser&amp;vices:</source>
        <translation>&amp;Услуге:</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>New organisation</source>
        <translation>Нова организација</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name of the organisation:</source>
        <translation>Назив организације:</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::Outbox</name>
    <message>
        <location filename="../client/core/outbox.cpp" line="+293"/>
        <source>Could not save the outbox: %1</source>
        <translation>Чување одлазних порука није успело: %1</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::PropertiesPanel</name>
    <message>
        <location filename="../client/ui/propertiespanel.cpp" line="+215"/>
        <source>&amp;Status:</source>
        <translation>&amp;Статус:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Priority:</source>
        <translation>&amp;Приоритет:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Assignee:</source>
        <translation>&amp;Додељено:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Queue:</source>
        <translation>&amp;Ред чекања:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Tags:</source>
        <translation>Озн&amp;аке:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>comma, separated</source>
        <translation>одвојене зарезом</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sa&amp;ve</source>
        <translation>Са&amp;чувај</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Revert</source>
        <translation>&amp;Врати</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep mine</source>
        <translation>Задржи моје</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take theirs</source>
        <translation>Преузми туђе</translation>
    </message>
    <message>
        <location line="+28"/>
        <location line="+154"/>
        <source>Unassigned</source>
        <translation>Недодељено</translation>
    </message>
    <message>
        <location line="-152"/>
        <location line="+152"/>
        <source>No queue</source>
        <translation>Без реда чекања</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>Someone else changed this to: %1</source>
        <translation>Нова вредност (неко други): %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 changed this to: %2</source>
        <translation>Нова вредност (%1): %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Yours: %1</source>
        <translation>Ваша вредност: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Someone else changed a field you are editing. For each marked field, keep your value or take theirs, then save.</source>
        <translation>Неко други је променио поље које уређујете. За свако означено поље задржите своју вредност или преузмите туђу, па сачувајте.</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>Saved.</source>
        <translation>Сачувано.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Not saved: someone else changed a field you changed. For each marked field, keep your value or take theirs, then save again.</source>
        <translation>Није сачувано: исто поље је променио и неко други. За свако означено поље задржите своју вредност или преузмите туђу, па поново сачувајте.</translation>
    </message>
    <message>
        <location line="-83"/>
        <source>none</source>
        <translation>нема</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::QueuesDialog</name>
    <message>
        <location filename="../client/ui/queuesdialog.cpp" line="+125"/>
        <source>Queues</source>
        <translation>Редови чекања</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New queue</source>
        <translation>&amp;Нови ред чекања</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save</source>
        <translation>&amp;Сачувај</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Technical</source>
        <translation>Технички</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Billing</source>
        <translation>Наплата</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>General</source>
        <translation>Опште</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Off: assign by hand</source>
        <translation>Искључено: ручна додела</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Round robin</source>
        <translation>Редом</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Least loaded</source>
        <translation>Најмање оптерећеном</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Never</source>
        <translation>Никад</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> min</source>
        <translation> мин</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Archived: keeps its tickets, takes no new ones</source>
        <translation>Архивиран: задржава тикете, не прима нове</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Staff</source>
        <translation>Запослени</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Member</source>
        <translation>Члан</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Lead</source>
        <translation>Вођа</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Name:</source>
        <translation>&amp;Назив:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Врста:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Assignment:</source>
        <translation>&amp;Додела:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reassign after absence:</source>
        <translation>&amp;Поново додели након одсуства:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 (archived)</source>
        <translation>%1 (архивиран)</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::QuickSearchDialog</name>
    <message>
        <location filename="../client/ui/quicksearchdialog.cpp" line="+122"/>
        <source>Searching…</source>
        <translation>Претрага…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Nothing found.</source>
        <translation>Ништа није пронађено.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Open a ticket first: a canned response goes into its reply.</source>
        <translation>Најпре отворите тикет: шаблон одговора се умеће у одговор на њега.</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Search everywhere</source>
        <translation>Претражи све</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tickets, contacts, organisations, articles, canned responses…</source>
        <translation>Тикети, контакти, организације, чланци, шаблони одговора…</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::RatingBar</name>
    <message>
        <location filename="../client/ui/ratingbar.cpp" line="+112"/>
        <source>Good</source>
        <translation>Добро</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bad</source>
        <translation>Лоше</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comment (optional)</source>
        <translation>Коментар (необавезно)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You rated this solution good. Thank you!</source>
        <translation>Оценили сте ово решење као добро. Хвала!</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You rated this solution bad. Thank you, we will look into it.</source>
        <translation>Оценили сте ово решење као лоше. Хвала, погледаћемо то.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your request was solved. How did we do?</source>
        <translation>Ваш захтев је решен. Како смо се снашли?</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::RequestFieldsForm</name>
    <message>
        <location filename="../client/ui/requestfieldsform.cpp" line="+131"/>
        <source>Please answer &quot;%1&quot;.</source>
        <translation>Одговорите на питање „%1”.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>This request type is no longer available. Please choose another.</source>
        <translation>Ова врста захтева више није доступна. Изаберите другу.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;%1&quot; was not accepted: %2</source>
        <translation>Одговор „%1” није прихваћен: %2</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>What is affected</source>
        <translation>На шта се односи</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Since when</source>
        <translation>Од када</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The exact error message</source>
        <translation>Тачна порука о грешци</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What was already tried</source>
        <translation>Шта је већ покушано</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>(none)</source>
        <translation>(ништа)</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Not set</source>
        <translation>Није постављено</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>(choose)</source>
        <translation>(изаберите)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 (required)</source>
        <translation>%1 (обавезно)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Request &amp;type:</source>
        <translation>&amp;Врста захтева:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Requests of this type need the approval of your organisation&apos;s owner before support can act on them (unless you are the owner).</source>
        <translation>Захтеви ове врсте траже одобрење власника ваше организације пре него што подршка нешто предузме (осим ако сте ви власник).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Other request (no type)</source>
        <translation>Други захтев (без врсте)</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::RequestPanel</name>
    <message>
        <location filename="../client/ui/requestpanel.cpp" line="+107"/>
        <source>Refuse the request</source>
        <translation>Одбиј захтев</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why do you refuse it? (optional, the support team and the requester read it)</source>
        <translation>Зашто га одбијате? (необавезно; прочитаће то подршка и подносилац захтева)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Request: %1</source>
        <translation>Захтев: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Approve</source>
        <translation>&amp;Одобри</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;fuse…</source>
        <translation>О&amp;дбиј…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This request needs your approval as the organisation&apos;s owner before support acts on it.</source>
        <translation>Овај захтев тражи ваше одобрење као власника организације пре него што подршка нешто предузме.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Awaiting the owner&apos;s approval: replies to the customer, status changes, assignment and merging are disabled until the organisation&apos;s owner approves. Internal notes are possible.</source>
        <translation>Чека одобрење власника: одговори кориснику, промена статуса, додела и спајање онемогућени су док власник организације не одобри. Интерне белешке су могуће.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Waiting for the approval of your organisation&apos;s owner.</source>
        <translation>Чека одобрење власника ваше организације.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Approved by the organisation&apos;s owner.</source>
        <translation>Одобрио власник организације.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refused by the organisation&apos;s owner.</source>
        <translation>Одбио власник организације.</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::RequestTypesDialog</name>
    <message>
        <location filename="../client/ui/requesttypesdialog.cpp" line="+44"/>
        <source>Request types</source>
        <translation>Врсте захтева</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;New type</source>
        <translation>&amp;Нова врста</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Sensitive: the organisation&apos;s owner must approve requests filed by other contacts</source>
        <translation>Осетљиво: захтеве других контаката мора одобрити власник организације</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Key</source>
        <translation>Кључ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation>Врста</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Required</source>
        <translation>Обавезно</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Label (English)</source>
        <translation>Ознака (енглески)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Choices (comma-separated)</source>
        <translation>Избори (одвојени зарезом)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Add field</source>
        <translation>&amp;Додај поље</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove field</source>
        <translation>&amp;Уклони поље</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Key:</source>
        <translation>&amp;Кључ:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Name (English):</source>
        <translation>&amp;Назив (енглески):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Queue:</source>
        <translation>&amp;Ред:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Position:</source>
        <translation>&amp;Положај:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every type also asks what is affected, since when, the exact error message and what was already tried. Its own fields:</source>
        <translation>Свака врста пита и на шта се односи, од када, тачну поруку о грешци и шта је већ покушано. Сопствена поља:</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>(no queue)</source>
        <translation>(без реда)</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>%1 (archived)</source>
        <translation>%1 (архивирано)</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Res&amp;tore</source>
        <translation>&amp;Врати</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+13"/>
        <source>Arc&amp;hive</source>
        <translation>&amp;Архивирај</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::RotaDialog</name>
    <message>
        <location filename="../client/ui/rotadialog.cpp" line="+139"/>
        <source>On-call rotas</source>
        <translation>Распореди дежурстава</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Queue:</source>
        <translation>&amp;Ред чекања:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add shift</source>
        <translation>Додај дежурство</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove shift</source>
        <translation>Уклони дежурство</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;On call:</source>
        <translation>&amp;Дежурни:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Time zone:</source>
        <translation>&amp;Временска зона:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every week:</source>
        <translation>Сваке недеље:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Whole days:</source>
        <translation>Цели дани:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save rota</source>
        <translation>&amp;Сачувај распоред</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>%1 — %2 (%3, %4)</source>
        <translation>%1 — %2 (%3, %4)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nobody chosen</source>
        <translation>Нико није изабран</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n weekly stretch(es)</source>
        <translation>
            <numerusform>%n недељни интервал</numerusform>
            <numerusform>%n недељна интервала</numerusform>
            <numerusform>%n недељних интервала</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n whole day(s)</source>
        <translation>
            <numerusform>%n цео дан</numerusform>
            <numerusform>%n цела дана</numerusform>
            <numerusform>%n целих дана</numerusform>
        </translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Saved.</source>
        <translation>Сачувано.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A colleague saved this rota meanwhile. Their rota is shown: make your change again if it is still needed.</source>
        <translation>У међувремену је колега сачувао овај распоред. Приказан је његов распоред: поновите своју измену ако је још потребна.</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::SavedViewsPanel</name>
    <message>
        <location filename="../client/ui/savedviewspanel.cpp" line="+78"/>
        <location line="+186"/>
        <source>Save view</source>
        <translation>Сачувај приказ</translation>
    </message>
    <message>
        <location line="-134"/>
        <source>My open</source>
        <translation>Моји отворени</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unassigned</source>
        <translation>Недодељени</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All open</source>
        <translation>Сви отворени</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open</source>
        <translation>Отворени</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Breaching within 1 hour</source>
        <translation>Прекорачују SLA у року од сат времена</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Overdue</source>
        <translation>Прекорачено</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pending</source>
        <translation>На чекању</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Resolved</source>
        <translation>Решени</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Closed</source>
        <translation>Затворени</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All tickets</source>
        <translation>Сви тикети</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Views</source>
        <translation>Прикази</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save &amp;view…</source>
        <translation>Сачувај &amp;приказ…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the chosen view and tag filter under a name of your own</source>
        <translation>Сачувај изабрани приказ и филтер ознаке под сопственим називом</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter by tag</source>
        <translation>Филтер по ознаци</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. billing</source>
        <translation>нпр. наплата</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search</source>
        <translation>Претрага</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Words in subjects and messages</source>
        <translation>Речи у насловима и порукама</translation>
    </message>
    <message>
        <location line="+106"/>
        <source>Name of the view:</source>
        <translation>Назив приказа:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Delete view</source>
        <translation>&amp;Избриши приказ</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::SearchResultsView</name>
    <message>
        <location filename="../client/ui/searchresultsview.cpp" line="+180"/>
        <location line="+153"/>
        <source>Search results for “%1”</source>
        <translation>Резултати претраге за „%1”</translation>
    </message>
    <message>
        <location line="-57"/>
        <source>Any queue</source>
        <translation>Било који ред чекања</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Any customer</source>
        <translation>Било који клијент</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Status: any</source>
        <translation>Статус: било који</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Status: %1</source>
        <translation>Статус: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Status: %n chosen</source>
        <translation>
            <numerusform>Статус: изабран %n</numerusform>
            <numerusform>Статус: изабрана %n</numerusform>
            <numerusform>Статус: изабрано %n</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Searching…</source>
        <translation>Претрага…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Nothing found.</source>
        <translation>Ништа није пронађено.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>The first %n tickets found. Add words or filters to narrow the search.</source>
        <translation>
            <numerusform>Први %n пронађени тикет. Додајте речи или филтере да бисте сузили претрагу.</numerusform>
            <numerusform>Прва %n пронађена тикета. Додајте речи или филтере да бисте сузили претрагу.</numerusform>
            <numerusform>Првих %n пронађених тикета. Додајте речи или филтере да бисте сузили претрагу.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n ticket(s) found.</source>
        <translation>
            <numerusform>Пронађен је %n тикет.</numerusform>
            <numerusform>Пронађена су %n тикета.</numerusform>
            <numerusform>Пронађено је %n тикета.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Back to the list</source>
        <translation>&amp;Назад на списак</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>From</source>
        <translation>Од</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To</source>
        <translation>До</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only words written in this period: a subject when the ticket was opened, a message when it was sent.</source>
        <translation>Само речи написане у том периоду: наслов кад је тикет отворен, порука кад је послата.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Clear filters</source>
        <translation>Очисти филтере</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::ShortcutsDialog</name>
    <message>
        <location filename="../client/ui/shortcutsdialog.cpp" line="+89"/>
        <source>Keyboard shortcuts</source>
        <translation>Пречице на тастатури</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keys</source>
        <translation>Тастери</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Action</source>
        <translation>Радња</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Anywhere in the main window</source>
        <translation>Било где у главном прозору</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search (puts the cursor in the search box)</source>
        <translation>Претрага (курсор у поље за претрагу)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search everywhere: tickets, contacts, organisations, articles, canned responses</source>
        <translation>Претражи све: тикети, контакти, организације, чланци, шаблони одговора</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Knowledge base</source>
        <translation>База знања</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go to a ticket by its number</source>
        <translation>Иди на тикет по броју</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next unread ticket in the list</source>
        <translation>Следећи непрочитани тикет на списку</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Previous unread ticket in the list</source>
        <translation>Претходни непрочитани тикет на списку</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assign the open ticket to me (staff)</source>
        <translation>Додели отворени тикет мени (особље)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New ticket</source>
        <translation>Нови тикет</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log a phone call (staff)</source>
        <translation>Евидентирај телефонски позив (особље)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log a call on the open ticket (staff)</source>
        <translation>Евидентирај позив на отвореном тикету (особље)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refresh the list, counts and directory</source>
        <translation>Освежи списак, бројаче и именик</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This list</source>
        <translation>Овај списак</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quit</source>
        <translation>Излаз</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search results</source>
        <translation>Резултати претраге</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to the ticket list</source>
        <translation>Назад на списак тикета</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open the previous or next result</source>
        <translation>Отвори претходни или следећи резултат</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reply box</source>
        <translation>Поље за одговор</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Put the cursor in the reply box</source>
        <translation>Постави курсор у поље за одговор</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send</source>
        <translation>Пошаљи</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send and set the ticket to Pending (staff)</source>
        <translation>Пошаљи и постави статус тикета на „На чекању” (особље)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send and set the ticket to Resolved (staff)</source>
        <translation>Пошаљи и постави статус тикета на „Решен” (особље)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Switch between reply and internal note (staff)</source>
        <translation>Пребаци између одговора и интерне белешке (особље)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forms</source>
        <translation>Обрасци</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create the ticket (in the new-ticket form)</source>
        <translation>Направи тикет (у обрасцу новог тикета)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Go to the next field (in the new-ticket form)</source>
        <translation>Иди на следеће поље (у обрасцу новог тикета)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alt + underlined letter</source>
        <translation>Alt + подвучено слово</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Go to that field or press that button</source>
        <translation>Иди на то поље или притисни то дугме</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::SignaturesDialog</name>
    <message>
        <location filename="../client/ui/signaturesdialog.cpp" line="+100"/>
        <source>Signatures</source>
        <translation>Потписи</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A public reply gets your signature in the requester&apos;s language (or the one for any language), followed by the signature of the ticket&apos;s queue. You can edit it before sending.</source>
        <translation>Јавни одговор добија ваш потпис на језику подносиоца (или онај за било који језик), а после њега потпис реда чекања тикета. Пре слања можете га изменити.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Signature of:</source>
        <translation>&amp;Чији потпис:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language:</source>
        <translation>&amp;Језик:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No signature in this language: replies in it get the one for any language. Type one here, e.g.
Kind regards,
Your name</source>
        <translation>Нема потписа на овом језику: одговори на њему добијају потпис за било који језик. Унесите га овде, нпр.
С поштовањем,
Ваше име</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Save</source>
        <translation>&amp;Сачувај</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Me</source>
        <translation>Ја</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Queue: %1</source>
        <translation>Ред чекања: %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Any language</source>
        <translation>Било који језик</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>A signature may have at most %1 characters.</source>
        <translation>Потпис може имати највише %1 знакова.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Saving…</source>
        <translation>Чување…</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Not saved: %1</source>
        <translation>Није сачувано: %1</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::SimilarTicketsPanel</name>
    <message>
        <location filename="../client/ui/similartickets.cpp" line="+144"/>
        <source>Loading…</source>
        <translation>Учитавање…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No similar earlier tickets</source>
        <translation>Нема сличних ранијих захтева</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>#%1 %2</source>
        <translation>#%1 %2</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Link</source>
        <translation>Повежи</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Link this ticket to the open one as related</source>
        <translation>Повежи овај захтев са отвореним као сродан</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Similar tickets</source>
        <translation>Слични захтеви</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::SlaAdminMenu</name>
    <message>
        <location filename="../client/ui/slaadminmenu.cpp" line="+77"/>
        <source>&amp;Service levels</source>
        <translation>&amp;Нивои услуге</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SLA &amp;policies…</source>
        <translation>SLA &amp;правила…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Business &amp;calendars…</source>
        <translation>Радни &amp;календари…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On-call &amp;rotas…</source>
        <translation>&amp;Распореди дежурстава…</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::SlaAlertNotifier</name>
    <message>
        <location filename="../client/ui/slaalertnotifier.cpp" line="+30"/>
        <source>New urgent ticket</source>
        <translation>Нови хитни тикет</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A customer rated a solution bad</source>
        <translation>Клијент је оценио решење као лоше</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First response</source>
        <translation>Први одговор</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next response</source>
        <translation>Следећи одговор</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolution</source>
        <translation>Решење</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SLA breached: %1</source>
        <translation>SLA прекорачен: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SLA due soon: %1</source>
        <translation>Ускоро рок SLA: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>#%1 %2</source>
        <translation>#%1 %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Due %1</source>
        <translation>Рок: %1</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::SlaPoliciesDialog</name>
    <message>
        <location filename="../client/ui/slapoliciesdialog.cpp" line="+130"/>
        <source>SLA policies</source>
        <translation>SLA правила</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Назив</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Queue</source>
        <translation>Ред чекања</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Priority</source>
        <translation>Приоритет</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First response</source>
        <translation>Први одговор</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Next response</source>
        <translation>Следећи одговор</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Resolution</source>
        <translation>Решење</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name:</source>
        <translation>Назив:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Queue:</source>
        <translation>Ред чекања:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Priority:</source>
        <translation>Приоритет:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Business hours:</source>
        <translation>Радно време:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First response within:</source>
        <translation>Први одговор у року од:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next response within:</source>
        <translation>Следећи одговор у року од:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolution within:</source>
        <translation>Решење у року од:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warn at:</source>
        <translation>Упозори на:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No target</source>
        <translation>Без циља</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> business minutes</source>
        <translation> радних минута</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New policy</source>
        <translation>Ново правило</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save</source>
        <translation>Сачувај</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+23"/>
        <source>Any queue</source>
        <translation>Било који ред чекања</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>Queue #%1</source>
        <translation>Ред чекања #%1</translation>
    </message>
    <message>
        <location line="+27"/>
        <location line="+21"/>
        <source>Any priority</source>
        <translation>Било који приоритет</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>24/7</source>
        <translation>24/7</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n min</source>
        <translation>
            <numerusform>%n мин</numerusform>
            <numerusform>%n мин</numerusform>
            <numerusform>%n мин</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>helpdesk::client::SnippetDelegate</name>
    <message numerus="yes">
        <location filename="../client/ui/snippetdelegate.cpp" line="+163"/>
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n резултат</numerusform>
            <numerusform>%n резултата</numerusform>
            <numerusform>%n резултата</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>helpdesk::client::TeamMenu</name>
    <message>
        <location filename="../client/ui/teammenu.cpp" line="+105"/>
        <source>&amp;Team</source>
        <translation>&amp;Тим</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I am &amp;away</source>
        <translation>&amp;Одсутан сам</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Colleagues</source>
        <translation>&amp;Колеге</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Queues…</source>
        <translation>&amp;Редови чекања…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Dashboard and reports…</source>
        <translation>&amp;Контролна табла и извештаји…</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+13"/>
        <source>away</source>
        <translation>одсутан</translation>
    </message>
    <message>
        <location line="-12"/>
        <location line="+13"/>
        <source>online</source>
        <translation>присутан</translation>
    </message>
    <message>
        <location line="-12"/>
        <location line="+13"/>
        <source>offline</source>
        <translation>није пријављен</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>You are %1 · colleagues online: %2</source>
        <translation>Ви сте: %1 · присутних колега: %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::ThreadAttachments</name>
    <message>
        <location filename="../client/ui/threadattachments.cpp" line="+100"/>
        <source>Open</source>
        <translation>Отвори</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save as…</source>
        <translation>Сачувај као…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Save attachment</source>
        <translation>Сачувај прилог</translation>
    </message>
    <message>
        <location line="+32"/>
        <location line="+22"/>
        <source>The file could not be saved: %1</source>
        <translation>Датотеку није било могуће сачувати: %1</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Open a file that can run code?</source>
        <translation>Отворити датотеку која може да покреће програме?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“%1” is a kind of file that can run programs or scripts on this computer. Open it only if you trust the sender and expected this file.</source>
        <translation>„%1” је врста датотеке која може да покреће програме или скрипте на овом рачунару. Отворите је само ако верујете пошиљаоцу и очекивали сте ову датотеку.</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::TicketListModel</name>
    <message>
        <location filename="../client/core/ticketlistmodel.cpp" line="+22"/>
        <source>New</source>
        <translation>Нови</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open</source>
        <translation>Отворен</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pending</source>
        <translation>На чекању</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Resolved</source>
        <translation>Решен</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Closed</source>
        <translation>Затворен</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Low</source>
        <translation>Низак</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Normal</source>
        <translation>Нормалан</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>High</source>
        <translation>Висок</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Urgent</source>
        <translation>Хитан</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Desktop client</source>
        <translation>Десктоп клијент</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Phone call</source>
        <translation>Телефонски позив</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E-mail</source>
        <translation>Е-пошта</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Monitoring alert</source>
        <translation>Упозорење надзора</translation>
    </message>
    <message>
        <location line="+257"/>
        <source>Loading…</source>
        <translation>Учитавање…</translation>
    </message>
    <message>
        <location line="+18"/>
        <location filename="../client/ui/tickettableview.cpp" line="-21"/>
        <source>Unassigned</source>
        <translation>Недодељено</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>User #%1</source>
        <translation>Корисник #%1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Queue #%1</source>
        <translation>Ред чекања #%1</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Channel</source>
        <translation>Канал</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Queue</source>
        <translation>Ред чекања</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Due</source>
        <translation>Рок</translation>
    </message>
    <message>
        <location filename="../client/core/searchresultsmodel.cpp" line="+127"/>
        <location filename="../client/core/ticketlistmodel.cpp" line="-33"/>
        <source>Customer #%1</source>
        <translation>Клијент #%1</translation>
    </message>
    <message>
        <location line="+56"/>
        <location filename="../client/core/ticketlistmodel.cpp" line="+15"/>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../client/core/ticketlistmodel.cpp" line="+4"/>
        <source>Subject</source>
        <translation>Наслов</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../client/core/ticketlistmodel.cpp" line="+2"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../client/core/ticketlistmodel.cpp" line="+2"/>
        <source>Priority</source>
        <translation>Приоритет</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Assignee</source>
        <translation>Додељено</translation>
    </message>
    <message>
        <location filename="../client/core/searchresultsmodel.cpp" line="+2"/>
        <location filename="../client/core/ticketlistmodel.cpp" line="+4"/>
        <source>Customer</source>
        <translation>Клијент</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../client/core/ticketlistmodel.cpp" line="+2"/>
        <source>Updated</source>
        <translation>Ажурирано</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::TicketPane</name>
    <message>
        <location filename="../client/ui/ticketpane.cpp" line="+261"/>
        <source>This ticket is no longer available to you.</source>
        <translation>Овај тикет вам више није доступан.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Select a ticket to read the conversation and reply.</source>
        <translation>Изаберите тикет да бисте прочитали преписку и одговорили.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Properties</source>
        <translation>Својства</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Log a call…</source>
        <translation>Евидентирај &amp;позив…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log a phone call about this ticket (Ctrl+Shift+L)</source>
        <translation>Евидентирај телефонски позив у вези са овим тикетом (Ctrl+Shift+L)</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>Loading…</source>
        <translation>Учитавање…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>#%1</source>
        <translation>#%1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>from %1</source>
        <translation>од %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>by phone</source>
        <translation>телефоном</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>by e-mail</source>
        <translation>е-поштом</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>monitoring alert</source>
        <translation>упозорење надзора</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>opened %1</source>
        <translation>поднет %1</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::TicketTableView</name>
    <message>
        <location filename="../client/ui/tickettableview.cpp" line="+166"/>
        <source>&amp;Columns</source>
        <translation>&amp;Колоне</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ticket number</source>
        <translation>Број тикета</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Reset column widths</source>
        <translation>&amp;Врати ширине колона</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Group by</source>
        <translation>&amp;Групиши по</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;No grouping</source>
        <translation>&amp;Без груписања</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::TimeSpentField</name>
    <message>
        <location filename="../client/ui/timespentfield.cpp" line="+46"/>
        <source>&amp;Time spent:</source>
        <translation>&amp;Утрошено време:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> min</source>
        <translation> мин</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::UserEditDialog</name>
    <message>
        <location filename="../client/ui/usereditdialog.cpp" line="+26"/>
        <source>New contact</source>
        <translation>Нови контакт</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New user</source>
        <translation>Нови корисник</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Edit %1</source>
        <translation>Уреди: %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Login:</source>
        <translation>&amp;Корисничко име:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Name:</source>
        <translation>&amp;Име:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Role:</source>
        <translation>&amp;Улога:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Contact role:</source>
        <translation>Улога &amp;контакта:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;E-mail:</source>
        <translation>&amp;Е-пошта:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Phone:</source>
        <translation>&amp;Телефон:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. hr or pt_BR; empty: not set</source>
        <translation>нпр. hr или pt_BR; празно: није постављено</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>L&amp;anguage:</source>
        <translation>&amp;Језик:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Password:</source>
        <translation>&amp;Лозинка:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;peat password:</source>
        <translation>&amp;Поновите лозинку:</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>The two passwords differ.</source>
        <translation>Лозинке се разликују.</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::UsersDialog</name>
    <message>
        <location filename="../client/ui/usersdialog.cpp" line="+36"/>
        <source>Users and contacts</source>
        <translation>Корисници и контакти</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Contacts of your organisation</source>
        <translation>Контакти ваше организације</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Staff</source>
        <translation>Особље</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Show:</source>
        <translation>&amp;Прикажи:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Filter by name, login, e-mail or phone</source>
        <translation>Филтрирај по имену, корисничком имену, е-пошти или телефону</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Name</source>
        <translation>Име</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Login</source>
        <translation>Корисничко име</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Role</source>
        <translation>Улога</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>E-mail</source>
        <translation>Е-пошта</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Language</source>
        <translation>Језик</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>State</source>
        <translation>Стање</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>&amp;New…</source>
        <translation>&amp;Нови…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Уреди…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+146"/>
        <source>&amp;Disable…</source>
        <translation>&amp;Онемогући…</translation>
    </message>
    <message>
        <location line="-140"/>
        <source>&amp;Reset password…</source>
        <translation>&amp;Постави нову лозинку…</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Contacts of %1</source>
        <translation>Контакти: %1</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Enabled</source>
        <translation>Омогућен</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Disabled</source>
        <translation>Онемогућен</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>&amp;Enable</source>
        <translation>&amp;Омогући</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Disable %1</source>
        <translation>Онемогући: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disable %1? They are logged out at once on every computer and cannot log in until enabled again.</source>
        <translation>Онемогућити %1? Корисник се одмах одјављује на свим рачунарима и не може да се пријави док га поново не омогућите.</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::WeeklyHoursEditor</name>
    <message>
        <location filename="../client/ui/slaeditors.cpp" line="-92"/>
        <source>Day</source>
        <translation>Дан</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>From</source>
        <translation>Од</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Until</source>
        <translation>До</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An end at or before the start runs into the next day; 00:00 to 00:00 is the whole day.</source>
        <translation>Крај у време почетка или пре њега прелази у следећи дан; од 00:00 до 00:00 је цео дан.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add hours</source>
        <translation>Додај сате</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove hours</source>
        <translation>Уклони сате</translation>
    </message>
</context>
</TS>
