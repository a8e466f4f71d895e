<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>AdminErrors</name>
    <message>
        <location filename="../client/ui/adminerrors.cpp" line="+46"/>
        <source>You are no longer logged in. Log in again, then try once more.</source>
        <translation>Вы больше не в системе. Войдите снова и повторите попытку.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Enter your current password.</source>
        <translation>Введите текущий пароль.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The current password is wrong.</source>
        <translation>Текущий пароль неверен.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A password must have 8 to 1024 characters.</source>
        <translation>Пароль должен содержать от 8 до 1024 символов.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This login is already taken.</source>
        <translation>Этот логин уже занят.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A login has 1 to 64 letters, digits or . _ @ + -.</source>
        <translation>Логин — от 1 до 64 букв, цифр или . _ @ + -.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A name must have 1 to 200 characters.</source>
        <translation>Имя должно содержать от 1 до 200 символов.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This is not an e-mail address.</source>
        <translation>Это не адрес электронной почты.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A phone number has at most 40 digits, spaces and + ( ) . / -.</source>
        <translation>Номер телефона — не более 40 цифр, пробелов и + ( ) . / -.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not a language code like hr or pt_BR.</source>
        <translation>Это не код языка вроде hr или pt_BR.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You cannot disable your own account.</source>
        <translation>Нельзя отключить собственную учётную запись.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Notes can have at most 10,000 characters.</source>
        <translation>Заметки могут содержать не более 10 000 символов.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Service %1: a name has 1 to 200 characters, details at most 2,000.</source>
        <translation>Услуга %1: название — от 1 до 200 символов, подробности — не более 2000.</translation>
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
        <translation>Руководитель группы</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Agent</source>
        <translation>Агент</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Customer contact</source>
        <translation>Контакт клиента</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Owner</source>
        <translation>Владелец</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Technical contact</source>
        <translation>Технический контакт</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Billing contact</source>
        <translation>Контакт по оплате</translation>
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
        <translation>Почтовый ящик</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <translation>Другое</translation>
    </message>
</context>
<context>
    <name>AssigneeChoices</name>
    <message>
        <location filename="../client/ui/assigneechoices.cpp" line="+55"/>
        <source>online</source>
        <translation>в сети</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>away</source>
        <translation>нет на месте</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>offline</source>
        <translation>не в сети</translation>
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
        <translation>Администратор отключил вашу учётную запись.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An administrator has reset your password. Please log in with the new one.</source>
        <translation>Администратор сбросил ваш пароль. Войдите с новым паролем.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your session has expired. Please log in again.</source>
        <translation>Срок действия сеанса истек. Войдите снова.</translation>
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
            <numerusform>%n день</numerusform>
            <numerusform>%n дня</numerusform>
            <numerusform>%n дней</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Paused</source>
        <translation>Пауза</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 left</source>
        <translation>осталось %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../client/ui/tickettableview.cpp" line="+342"/>
        <source>%1 overdue</source>
        <translation>просрочено на %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Waiting on the customer: the SLA clock is paused</source>
        <translation>Ждём клиента: отсчёт SLA приостановлен</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Resolution</source>
        <translation>Решение</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>First response</source>
        <translation>Первый ответ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next response</source>
        <translation>Следующий ответ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 due %2</source>
        <translation>%1: срок %2</translation>
    </message>
</context>
<context>
    <name>ReportDocument</name>
    <message>
        <location filename="../client/ui/reportdocument.cpp" line="+59"/>
        <source>Print report</source>
        <translation>Печать отчёта</translation>
    </message>
</context>
<context>
    <name>ReportTables</name>
    <message>
        <location filename="../client/ui/reporttables.cpp" line="+51"/>
        <source>New</source>
        <translation>Новая</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open</source>
        <translation>Открыта</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pending</source>
        <translation>Ожидает</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Desktop client</source>
        <translation>Клиентское приложение</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E-mail</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Alert</source>
        <translation>Оповещение</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Key figures</source>
        <translation>Ключевые показатели</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Figure</source>
        <translation>Показатель</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value</source>
        <translation>Значение</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tickets created</source>
        <translation>Создано заявок</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolutions</source>
        <translation>Решений</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First response, median (business hours)</source>
        <translation>Первый ответ, медиана (рабочие часы)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First response, 90th percentile (business hours)</source>
        <translation>Первый ответ, 90-й перцентиль (рабочие часы)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolution time, median (business hours)</source>
        <translation>Время решения, медиана (рабочие часы)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolution time, 90th percentile (business hours)</source>
        <translation>Время решения, 90-й перцентиль (рабочие часы)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SLA compliance (%)</source>
        <translation>Соблюдение SLA (%)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re-open rate (%)</source>
        <translation>Доля повторных открытий (%)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer satisfaction (% good)</source>
        <translation>Удовлетворённость клиентов (% хороших)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ratings good</source>
        <translation>Оценок «хорошо»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ratings bad</source>
        <translation>Оценок «плохо»</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Per day</source>
        <translation>По дням</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Created</source>
        <translation>Создано</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Resolved</source>
        <translation>Решено</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Good ratings</source>
        <translation>Хорошие оценки</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Bad ratings</source>
        <translation>Плохие оценки</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Backlog now</source>
        <translation>Открытые заявки сейчас</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Queue</source>
        <translation>Очередь</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+11"/>
        <location line="+6"/>
        <source>Tickets</source>
        <translation>Заявки</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>Average age (hours)</source>
        <translation>Средний возраст (часы)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Older than a day</source>
        <translation>Старше суток</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Older than a week</source>
        <translation>Старше недели</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No queue</source>
        <translation>Без очереди</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Tickets per channel</source>
        <translation>Заявки по каналам</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Channel</source>
        <translation>Канал</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Tickets per request type</source>
        <translation>Заявки по типам обращений</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Request type</source>
        <translation>Тип обращения</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No request type</source>
        <translation>Без типа обращения</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Per agent</source>
        <translation>По сотрудникам</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agent</source>
        <translation>Сотрудник</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Handled</source>
        <translation>Обработано</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>First response, median (h)</source>
        <translation>Первый ответ, медиана (ч)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Resolution, median (h)</source>
        <translation>Решение, медиана (ч)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Satisfaction (% good)</source>
        <translation>Удовлетворённость (% хороших)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Time accounted (min)</source>
        <translation>Учтённое время (мин)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Assigned now</source>
        <translation>Назначено сейчас</translation>
    </message>
</context>
<context>
    <name>TimeText</name>
    <message>
        <location filename="../client/core/timetext.cpp" line="+17"/>
        <source>just now</source>
        <translation>только что</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>%n минуту назад</numerusform>
            <numerusform>%n минуты назад</numerusform>
            <numerusform>%n минут назад</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>%n час назад</numerusform>
            <numerusform>%n часа назад</numerusform>
            <numerusform>%n часов назад</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>yesterday, %1</source>
        <translation>вчера, %1</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n день назад</numerusform>
            <numerusform>%n дня назад</numerusform>
            <numerusform>%n дней назад</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>helpdesk::client::AdminMenu</name>
    <message>
        <location filename="../client/ui/adminmenu.cpp" line="+73"/>
        <source>&amp;Administration</source>
        <translation>&amp;Администрирование</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;hange password…</source>
        <translation>С&amp;менить пароль…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Users and contacts…</source>
        <translation>&amp;Пользователи и контакты…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Contacts…</source>
        <translation>&amp;Контакты…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Organisations…</source>
        <translation>&amp;Организации…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Request types…</source>
        <translation>&amp;Типы обращений…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Audit log…</source>
        <translation>&amp;Журнал аудита…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>API &amp;tokens…</source>
        <translation>API-&amp;токены…</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::AnnouncementBanner</name>
    <message>
        <location filename="../client/ui/announcementbanner.cpp" line="+38"/>
        <source>Maintenance</source>
        <translation>Техническое обслуживание</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Setting change</source>
        <translation>Изменение настроек</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Software update</source>
        <translation>Обновление ПО</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Announcement</source>
        <translation>Объявление</translation>
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
        <translation>Подробнее…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Dismiss</source>
        <translation>Скрыть</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hide this announcement from the banner</source>
        <translation>Убрать это объявление с баннера</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::AnnouncementEditor</name>
    <message>
        <location filename="../client/ui/announcementeditor.cpp" line="+52"/>
        <source>Edit announcement</source>
        <translation>Изменить объявление</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New announcement</source>
        <translation>Новое объявление</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Everyone</source>
        <translation>Все</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chosen organisations</source>
        <translation>Выбранные организации</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organisations with a service</source>
        <translation>Организации с услугой</translation>
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
        <translation>Почтовый ящик</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other service</source>
        <translation>Другая услуга</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Add language</source>
        <translation>Добавить язык</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove language</source>
        <translation>Удалить язык</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Kind:</source>
        <translation>Вид:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Audience:</source>
        <translation>Кому:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organisations:</source>
        <translation>Организации:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Service:</source>
        <translation>Услуга:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Starts:</source>
        <translation>Начало:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ends:</source>
        <translation>Окончание:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Title and text in each language:</source>
        <translation>Заголовок и текст на каждом языке:</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Title:</source>
        <translation>Заголовок:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text:</source>
        <translation>Текст:</translation>
    </message>
    <message>
        <location line="+134"/>
        <source>A colleague changed this announcement meanwhile. Their version is shown now; make your changes again.</source>
        <translation>Коллега тем временем изменил это объявление. Теперь показана его версия; внесите свои изменения заново.</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::AnnouncementsDialog</name>
    <message>
        <location filename="../client/ui/announcementsdialog.cpp" line="+31"/>
        <source>upcoming</source>
        <translation>предстоит</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ended</source>
        <translation>завершено</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>withdrawn</source>
        <translation>отозвано</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>now</source>
        <translation>сейчас</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Announcements</source>
        <translation>Объявления</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Current and upcoming</source>
        <translation>Текущие и предстоящие</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All</source>
        <translation>Все</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ended</source>
        <translation>Завершённые</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Withdrawn</source>
        <translation>Отозванные</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>New…</source>
        <translation>Создать…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit…</source>
        <translation>Изменить…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Withdraw</source>
        <translation>Отозвать</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>%1 · %2 · %3 (%4)</source>
        <translation>%1 · %2 · %3 (%4)</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>No announcements.</source>
        <translation>Объявлений нет.</translation>
    </message>
    <message>
        <location line="+24"/>
        <location line="+9"/>
        <source>Withdraw announcement</source>
        <translation>Отозвать объявление</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Withdraw this announcement? Customers will no longer see it.</source>
        <translation>Отозвать это объявление? Клиенты больше не будут его видеть.</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::ApiTokensDialog</name>
    <message>
        <location filename="../client/ui/apitokensdialog.cpp" line="+177"/>
        <source>Revoke API token</source>
        <translation>Отозвать API-токен</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revoke the token &quot;%1&quot;? Whatever uses it stops working at once.</source>
        <translation>Отозвать токен «%1»? Всё, что его использует, сразу перестанет работать.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Revoked %1</source>
        <translation>Отозван %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Active</source>
        <translation>Действует</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>API tokens</source>
        <translation>API-токены</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Scopes</source>
        <translation>Области доступа</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Created</source>
        <translation>Создан</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last used</source>
        <translation>Последнее использование</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show revoked tokens</source>
        <translation>Показывать отозванные токены</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New token&apos;s name:</source>
        <translation>Название нового токена:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. Prometheus</source>
        <translation>например, Prometheus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>May report monitoring alerts (scope: alerts)</source>
        <translation>Может сообщать об оповещениях мониторинга (область: alerts)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create token</source>
        <translation>Создать токен</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revoke…</source>
        <translation>Отозвать…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy this token now and store it in the monitoring system: it will not be shown again.</source>
        <translation>Скопируйте этот токен сейчас и сохраните его в системе мониторинга: он больше не будет показан.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy</source>
        <translation>Копировать</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::AttachmentDownload</name>
    <message>
        <location filename="../client/core/attachmenttransfer.cpp" line="+198"/>
        <source>The file arrived damaged (its checksum does not match).</source>
        <translation>Файл пришёл повреждённым (контрольная сумма не совпадает).</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::AttachmentStrip</name>
    <message>
        <location filename="../client/ui/attachmentstrip.cpp" line="+55"/>
        <source>Attach file…</source>
        <translation>Прикрепить файл…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attach files to this reply. You can also drop files here or paste a screenshot with Ctrl+V.</source>
        <translation>Прикрепить файлы к этому ответу. Файлы можно также перетащить сюда или вставить снимок экрана клавишами Ctrl+V.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Attach files</source>
        <translation>Прикрепить файлы</translation>
    </message>
    <message>
        <location line="+93"/>
        <source>attached</source>
        <translation>прикреплён</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>waiting for the connection</source>
        <translation>ожидание соединения</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not attached: %1</source>
        <translation>не прикреплён: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Remove this file</source>
        <translation>Убрать этот файл</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::AttachmentUpload</name>
    <message>
        <location filename="../client/core/attachmenttransfer.cpp" line="-141"/>
        <location line="+39"/>
        <source>The file %1 cannot be read.</source>
        <translation>Не удаётся прочитать файл %1.</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::AuditLogDialog</name>
    <message>
        <location filename="../client/ui/auditlogdialog.cpp" line="+64"/>
        <source>Audit log</source>
        <translation>Журнал аудита</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Anyone</source>
        <translation>Все</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Any action</source>
        <translation>Любое действие</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;From:</source>
        <translation>&amp;С:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;To:</source>
        <translation>&amp;По:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Apply</source>
        <translation>&amp;Применить</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;User:</source>
        <translation>&amp;Пользователь:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A&amp;ction:</source>
        <translation>&amp;Действие:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Who</source>
        <translation>Кто</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Action</source>
        <translation>Действие</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Object</source>
        <translation>Объект</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From address</source>
        <translation>С адреса</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Changes (old → new)</source>
        <translation>Изменения (было → стало)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>‹ &amp;Newer</source>
        <translation>‹ &amp;Новее</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Older ›</source>
        <translation>&amp;Старше ›</translation>
    </message>
    <message>
        <location line="+107"/>
        <source>User %1</source>
        <translation>Пользователь %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Organisation %1</source>
        <translation>Организация %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Page %1</source>
        <translation>Страница %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Logged in</source>
        <translation>Вход</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Failed login</source>
        <translation>Неудачный вход</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Login refused (disabled)</source>
        <translation>Вход отклонён (отключён)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Logged out</source>
        <translation>Выход</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>User created</source>
        <translation>Пользователь создан</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>User changed</source>
        <translation>Пользователь изменён</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Password set</source>
        <translation>Пароль задан</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Organisation created</source>
        <translation>Организация создана</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Organisation changed</source>
        <translation>Организация изменена</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::CalendarsDialog</name>
    <message>
        <location filename="../client/ui/calendarsdialog.cpp" line="+104"/>
        <source>Business calendars</source>
        <translation>Рабочие календари</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New calendar</source>
        <translation>Новый календарь</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Name:</source>
        <translation>&amp;Название:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Time zone:</source>
        <translation>&amp;Часовой пояс:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Business hours:</source>
        <translation>Рабочие часы:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Holidays:</source>
        <translation>Праздники:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save</source>
        <translation>&amp;Сохранить</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>24/7 (built in)</source>
        <translation>24/7 (встроенный)</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>The built-in 24/7 calendar counts every minute and cannot be changed.</source>
        <translation>Встроенный календарь 24/7 учитывает каждую минуту, изменить его нельзя.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Nothing has changed.</source>
        <translation>Ничего не изменено.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Saved.</source>
        <translation>Сохранено.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>A colleague saved this calendar meanwhile. Their changes are shown with yours on top: check and save again.</source>
        <translation>Тем временем коллега сохранил этот календарь. Показаны его изменения вместе с вашими: проверьте и сохраните снова.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A colleague saved this calendar meanwhile and changed the same fields as you. Their version is shown: make your change again if it is still needed.</source>
        <translation>Тем временем коллега сохранил этот календарь и изменил те же поля, что и вы. Показана его версия: внесите своё изменение снова, если оно ещё нужно.</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::CcPicker</name>
    <message>
        <location filename="../client/ui/ccpicker.cpp" line="+146"/>
        <source>No other contact of this organisation may see this ticket</source>
        <translation>Больше никто из контактов этой организации не может видеть эту заявку</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loading contacts…</source>
        <translation>Загрузка контактов…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Cc: nobody</source>
        <translation>Копия: никому</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cc: %1</source>
        <translation>Копия: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cc: %1 (as on the last message)</source>
        <translation>Копия: %1 (как в последнем сообщении)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>C&amp;c</source>
        <translation>&amp;Копия</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy this e-mail reply to other contacts of the organisation who may see this ticket. Preselected: the people of the last public message (those it was copied to and its author).</source>
        <translation>Отправить копию этого ответа по e-mail другим контактам организации, которым видна эта заявка. Выбраны заранее: участники последнего публичного сообщения (получатели его копии и автор).</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::ChangePasswordDialog</name>
    <message>
        <location filename="../client/ui/changepassworddialog.cpp" line="+40"/>
        <source>Reset password of %1</source>
        <translation>Сброс пароля: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Change password</source>
        <translation>Смена пароля</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Current password:</source>
        <translation>&amp;Текущий пароль:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;New password:</source>
        <translation>&amp;Новый пароль:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Repeat new password:</source>
        <translation>&amp;Повторите новый пароль:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is logged out everywhere at once and logs in with the new password.</source>
        <translation>%1 сразу выходит из системы везде и входит с новым паролем.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>At least 8 characters. Your other computers must log in again.</source>
        <translation>Не менее 8 символов. На других компьютерах нужно будет войти снова.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Set password</source>
        <translation>Задать пароль</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Enter your current password.</source>
        <translation>Введите текущий пароль.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A password must have 8 to 1024 characters.</source>
        <translation>Пароль должен содержать от 8 до 1024 символов.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The two new passwords differ.</source>
        <translation>Новые пароли не совпадают.</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::CollisionBar</name>
    <message>
        <location filename="../client/ui/collisionbar.cpp" line="+39"/>
        <source>User %1</source>
        <translation>Пользователь %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is typing…</source>
        <translation>%1 печатает…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is viewing</source>
        <translation>%1 просматривает</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::CollisionDialog</name>
    <message>
        <location filename="../client/ui/collisiondialog.cpp" line="+33"/>
        <source>New messages on this ticket</source>
        <translation>Новые сообщения в заявке</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>While you were writing, someone else wrote on this ticket. Your reply was not sent yet:</source>
        <translation>Пока вы писали, в заявке написал кто-то другой. Ваш ответ ещё не отправлен:</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>User %1</source>
        <translation>Пользователь %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, %2:</source>
        <translation>%1, %2:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Send anyway</source>
        <translation>Всё равно отправить</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Back to my draft</source>
        <translation>Вернуться к черновику</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::Composer</name>
    <message>
        <location filename="../client/ui/composer.cpp" line="+296"/>
        <source>&amp;Reply to customer</source>
        <translation>Ответ &amp;клиенту</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Internal note</source>
        <translation>&amp;Внутренняя заметка</translation>
    </message>
    <message>
        <location line="+106"/>
        <source>&amp;Send</source>
        <translation>&amp;Отправить</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Add note and set %1</source>
        <translation>Добавить заметку и установить статус «%1»</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Send and set %1</source>
        <translation>Отправить и установить статус «%1»</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Ctrl+Enter sends; add Shift to set Pending, Alt to set Resolved. Your text is saved as you type.</source>
        <translation>Ctrl+Enter — отправить; с Shift — и статус «В ожидании», с Alt — «Решена». Текст сохраняется по мере ввода.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ctrl+Enter sends. Your text is saved as you type.</source>
        <translation>Ctrl+Enter — отправить. Текст сохраняется автоматически по мере ввода.</translation>
    </message>
    <message>
        <location line="-120"/>
        <source>Re&amp;try</source>
        <translation>&amp;Повторить</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Switch between reply and internal note (Ctrl+Shift+I)</source>
        <translation>Переключить ответ и внутреннюю заметку (Ctrl+Shift+I)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Also by e-&amp;mail</source>
        <translation>Также по &amp;почте</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send this reply to the customer by e-mail too</source>
        <translation>Отправить этот ответ клиенту и по электронной почте</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Si&amp;gnatures…</source>
        <translation>&amp;Подписи…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit the signatures added to your replies</source>
        <translation>Изменить подписи, добавляемые к вашим ответам</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send and set the ticket&apos;s status</source>
        <translation>Отправить и изменить статус заявки</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Edit again</source>
        <translation>Вернуть в р&amp;едактор</translation>
    </message>
    <message numerus="yes">
        <location line="+75"/>
        <source>%n reply(ies) to this ticket could not be sent.</source>
        <translation>
            <numerusform>%n ответ по этой заявке не удалось отправить.</numerusform>
            <numerusform>%n ответа по этой заявке не удалось отправить.</numerusform>
            <numerusform>%n ответов по этой заявке не удалось отправить.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Write a note only your team will see…</source>
        <translation>Напишите заметку — ее увидит только ваша команда…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Write your reply…</source>
        <translation>Напишите ответ…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add &amp;note</source>
        <translation>Добавить &amp;заметку</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::Connection</name>
    <message>
        <location filename="../client/core/connection.cpp" line="+39"/>
        <source>The server did not answer.</source>
        <translation>Сервер не ответил.</translation>
    </message>
    <message>
        <location line="+116"/>
        <source>The server closed the connection.</source>
        <translation>Сервер закрыл соединение.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>This build of the client has no TLS support.</source>
        <translation>Эта сборка клиента не поддерживает TLS.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Connection to the server lost: %1</source>
        <translation>Соединение с сервером потеряно: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Could not connect to %1:%2: %3</source>
        <translation>Не удалось подключиться к %1:%2: %3</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>The server sent a message larger than %1 bytes.</source>
        <translation>Сервер прислал сообщение размером более %1 байт.</translation>
    </message>
    <message>
        <location filename="../client/core/connectionsession.cpp" line="+209"/>
        <source>The server stopped answering.</source>
        <translation>Сервер перестал отвечать.</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::ConversationModel</name>
    <message>
        <location filename="../client/core/conversationtexts.cpp" line="+19"/>
        <source>Ticket created</source>
        <translation>Заявка создана</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status changed from %1 to %2</source>
        <translation>Статус изменен с «%1» на «%2»</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Priority changed from %1 to %2</source>
        <translation>Приоритет изменен с «%1» на «%2»</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unassigned (was %1)</source>
        <translation>Исполнитель снят (был: %1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assigned to %1</source>
        <translation>Назначен исполнитель: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Moved from queue %1 to %2</source>
        <translation>Перемещена из очереди «%1» в «%2»</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Customer changed from %1 to %2</source>
        <translation>Клиент изменен с «%1» на «%2»</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Subject changed from “%1” to “%2”</source>
        <translation>Тема изменена с «%1» на «%2»</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tags changed from %1 to %2</source>
        <translation>Теги изменены с «%1» на «%2»</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 changed from %2 to %3</source>
        <translation>Поле %1 изменено с «%2» на «%3»</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Unlinked from ticket %1</source>
        <translation>Связь с заявкой %1 удалена</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Linked to ticket %1</source>
        <translation>Связано с заявкой %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ticket %1 was merged into this one</source>
        <translation>Заявка %1 объединена с этой</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Merged into ticket %1</source>
        <translation>Объединено с заявкой %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The customer rated the solution good</source>
        <translation>Клиент оценил решение как хорошее</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The customer rated the solution bad</source>
        <translation>Клиент оценил решение как плохое</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>first response</source>
        <translation>первый ответ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>next response</source>
        <translation>следующий ответ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>resolution</source>
        <translation>решение</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SLA target missed: %1</source>
        <translation>Срок SLA нарушен: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SLA target close: %1</source>
        <translation>Срок SLA близко: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Urgent ticket: the queue was alerted</source>
        <translation>Срочная заявка: очередь оповещена</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bad rating: the queue&apos;s leads were alerted</source>
        <translation>Плохая оценка: руководители очереди оповещены</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Waiting for the organisation owner&apos;s approval</source>
        <translation>Ожидает одобрения владельца организации</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Approved by the organisation&apos;s owner</source>
        <translation>Одобрено владельцем организации</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refused by the organisation&apos;s owner</source>
        <translation>Отклонено владельцем организации</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Filed as a guided request (%1)</source>
        <translation>Подано как запрос по форме (%1)</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+17"/>
        <source>none</source>
        <translation>нет</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::ConversationView</name>
    <message>
        <location filename="../client/ui/conversationview.cpp" line="+135"/>
        <source>Support team</source>
        <translation>Служба поддержки</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+130"/>
        <source>User #%1</source>
        <translation>Пользователь #%1</translation>
    </message>
    <message>
        <location line="-78"/>
        <source>Internal note</source>
        <translation>Внутренняя заметка</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Customer</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>By e-mail from %1</source>
        <translation>По электронной почте от %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cc: %1</source>
        <translation>Копия: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not sent: %1</source>
        <translation>Не отправлено: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waiting to be sent</source>
        <translation>Ожидает отправки</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>sets the status to %1</source>
        <translation>установит статус «%1»</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>About the announcement: %1</source>
        <translation>По объявлению: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>… %n more character(s) not shown.</source>
        <translation>
            <numerusform>… ещё %n символ не показан.</numerusform>
            <numerusform>… ещё %n символа не показано.</numerusform>
            <numerusform>… ещё %n символов не показано.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+24"/>
        <location line="+28"/>
        <source>Phone call</source>
        <translation>Телефонный звонок</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>outbound</source>
        <translation>исходящий</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>inbound</source>
        <translation>входящий</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>to %1</source>
        <translation>кому: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>from %1</source>
        <translation>от: %1</translation>
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
        <translation>По электронной почте</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Monitoring alert</source>
        <translation>Оповещение мониторинга</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Knowledge base articles sent:</source>
        <translation>Отправленные статьи базы знаний:</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::CredentialStore</name>
    <message>
        <location filename="../client/ui/credentialstore.cpp" line="+104"/>
        <source>This computer has no password keychain this program can use (such as the Secret Service, KWallet, the macOS Keychain or the Windows Credential Manager), so you will need to enter your password each time.</source>
        <translation>На этом компьютере нет хранилища паролей, с которым может работать программа (например, Secret Service, KWallet, Связка ключей macOS или Диспетчер учетных данных Windows), поэтому пароль придется вводить каждый раз.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Access to the password keychain was refused, so the session cannot be remembered.</source>
        <translation>В доступе к хранилищу паролей отказано, поэтому сеанс не удастся запомнить.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The password keychain is locked or does not allow access, so the session cannot be remembered.</source>
        <translation>Хранилище паролей заблокировано или не предоставляет доступ, поэтому сеанс не удастся запомнить.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The remembered session could not be removed from the password keychain.</source>
        <translation>Не удалось удалить сохраненный сеанс из хранилища паролей.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This computer&apos;s password keychain could not be used, so the session cannot be remembered and you will need to enter your password each time.</source>
        <translation>Не удалось воспользоваться хранилищем паролей этого компьютера, поэтому сеанс не удастся запомнить и пароль придется вводить каждый раз.</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::CustomerPanel</name>
    <message>
        <location filename="../client/ui/customerpanel.cpp" line="+149"/>
        <source>Loading…</source>
        <translation>Загрузка…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>owner</source>
        <translation>владелец</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>billing</source>
        <translation>оплата</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>technical</source>
        <translation>технический</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>disabled</source>
        <translation>отключён</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No contacts</source>
        <translation>Нет контактов</translation>
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
        <translation>Почтовый ящик</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <translation>Другое</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>#%1 %2 — %3</source>
        <translation>#%1 %2 — %3</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Tickets of this customer (%L1)</source>
        <translation>Заявки этого клиента (%L1)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Customer</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contacts</source>
        <translation>Контакты</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Services</source>
        <translation>Услуги</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::DashboardWindow</name>
    <message>
        <location filename="../client/ui/dashboardwindow.cpp" line="+181"/>
        <source>All queues</source>
        <translation>Все очереди</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All organisations</source>
        <translation>Все организации</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>All agents</source>
        <translation>Все сотрудники</translation>
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
        <translation>Создано</translation>
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
        <translation>Создано и решено по дням</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Backlog by status</source>
        <translation>Открытые заявки по статусам</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Good</source>
        <translation>Хорошо</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bad</source>
        <translation>Плохо</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Customer ratings per day</source>
        <translation>Оценки клиентов по дням</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Export report as CSV</source>
        <translation>Экспорт отчёта в CSV</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV files (*.csv)</source>
        <translation>Файлы CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+7"/>
        <source>The file could not be written.</source>
        <translation>Не удалось записать файл.</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Export report as PDF</source>
        <translation>Экспорт отчёта в PDF</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PDF files (*.pdf)</source>
        <translation>Файлы PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Dashboard and reports</source>
        <translation>Панель и отчёты</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First day</source>
        <translation>Первый день</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last day</source>
        <translation>Последний день</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show</source>
        <translation>Показать</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export CSV…</source>
        <translation>Экспорт в CSV…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export PDF…</source>
        <translation>Экспорт в PDF…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print…</source>
        <translation>Печать…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dashboard</source>
        <translation>Панель</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reports</source>
        <translation>Отчёты</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open now</source>
        <translation>Открыто сейчас</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First response (median / 90%)</source>
        <translation>Первый ответ (медиана / 90%)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolution (median / 90%)</source>
        <translation>Решение (медиана / 90%)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SLA met</source>
        <translation>SLA соблюдён</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Re-opened</source>
        <translation>Открыто повторно</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Satisfied customers</source>
        <translation>Довольные клиенты</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::DateListEditor</name>
    <message>
        <location filename="../client/ui/slaeditors.cpp" line="+259"/>
        <source>Add date</source>
        <translation>Добавить дату</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove date</source>
        <translation>Удалить дату</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::DraftStore</name>
    <message>
        <location filename="../client/core/draftstore.cpp" line="+109"/>
        <source>Could not save the draft: %1</source>
        <translation>Не удалось сохранить черновик: %1</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::ErrorText</name>
    <message>
        <location filename="../client/core/errortext.cpp" line="+63"/>
        <source>Not connected to the server.</source>
        <translation>Нет соединения с сервером.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The connection to the server was lost.</source>
        <translation>Соединение с сервером потеряно.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server did not answer in time.</source>
        <translation>Сервер не ответил вовремя.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server sent an answer this client does not understand.</source>
        <translation>Сервер прислал ответ, который этот клиент не понимает.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The request is too large for the server.</source>
        <translation>Запрос слишком велик для сервера.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server could not read the request.</source>
        <translation>Сервер не смог прочитать запрос.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server does not support this operation. It may be an older version.</source>
        <translation>Сервер не поддерживает эту операцию. Возможно, это более старая версия.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Some of the entered values are not valid.</source>
        <translation>Некоторые введённые значения недопустимы.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server ran into an internal error. Please try again.</source>
        <translation>На сервере произошла внутренняя ошибка. Попробуйте ещё раз.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Wrong login or password.</source>
        <translation>Неверный логин или пароль.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This account is disabled. Please ask an administrator.</source>
        <translation>Эта учётная запись отключена. Обратитесь к администратору.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your session has expired. Please log in again.</source>
        <translation>Ваш сеанс истёк. Войдите снова.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You are not logged in.</source>
        <translation>Вы не вошли в систему.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You are not allowed to do this.</source>
        <translation>У вас нет прав на это действие.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It does not exist or you cannot see it.</source>
        <translation>Объект не существует или недоступен вам.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Someone else changed this in the meantime.</source>
        <translation>Кто-то другой уже изменил это.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This request waits for the organisation owner&apos;s approval; until then it cannot be answered, assigned, merged or have its status changed.</source>
        <translation>Это обращение ожидает одобрения владельца организации; до этого на него нельзя ответить, назначить, объединить или сменить статус.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Too many attempts. Please wait a moment and try again.</source>
        <translation>Слишком много попыток. Подождите немного и попробуйте снова.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server speaks a different protocol version than this client.</source>
        <translation>Сервер использует другую версию протокола, чем этот клиент.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unexpected error (code %1).</source>
        <translation>Непредвиденная ошибка (код %1).</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::EverywhereModel</name>
    <message>
        <location filename="../client/ui/everywheremodel.cpp" line="+48"/>
        <source>Tickets</source>
        <translation>Заявки</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Contacts</source>
        <translation>Контакты</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Organisations</source>
        <translation>Организации</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Articles</source>
        <translation>Статьи</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Canned responses</source>
        <translation>Шаблоны ответов</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>More found: type more words to narrow it down.</source>
        <translation>Найдено больше: добавьте слова, чтобы сузить поиск.</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::KbEditor</name>
    <message>
        <location filename="../client/ui/kbeditor.cpp" line="+58"/>
        <source>&amp;Title:</source>
        <translation>&amp;Заголовок:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language:</source>
        <translation>&amp;Язык:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Visible to:</source>
        <translation>&amp;Видно:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;State:</source>
        <translation>&amp;Состояние:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>T&amp;ags:</source>
        <translation>&amp;Метки:</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Edit article</source>
        <translation>Изменить статью</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New article</source>
        <translation>Новая статья</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Staff only</source>
        <translation>Только сотрудники</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customers and staff</source>
        <translation>Клиенты и сотрудники</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Draft</source>
        <translation>Черновик</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Published</source>
        <translation>Опубликована</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write the article in Markdown: # headings, - lists, [links](https://example.org), ``` code blocks.</source>
        <translation>Пишите статью в Markdown: # заголовки, - списки, [ссылки](https://example.org), ``` блоки кода.</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>A colleague saved this article while you were editing it. Your text is still here; save again to replace their version with it, or cancel to keep theirs.</source>
        <translation>Коллега сохранил эту статью, пока вы её редактировали. Ваш текст остался здесь: сохраните ещё раз, чтобы заменить им версию коллеги, или отмените, чтобы оставить её.</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::KbSuggestions</name>
    <message>
        <location filename="../client/ui/kbsuggestions.cpp" line="+77"/>
        <source>Articles that may help with this ticket:</source>
        <translation>Статьи, которые могут помочь с этой заявкой:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Articles that may answer your question:</source>
        <translation>Статьи, которые могут ответить на ваш вопрос:</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::KbWindow</name>
    <message>
        <location filename="../client/ui/kbwindow.cpp" line="+107"/>
        <source>Knowledge base article: %1 %2</source>
        <translation>Статья базы знаний: %1 %2</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Knowledge base</source>
        <translation>База знаний</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search articles</source>
        <translation>Поиск статей</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This helped</source>
        <translation>Это помогло</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This did not help</source>
        <translation>Это не помогло</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Insert &amp;link into reply</source>
        <translation>Вставить &amp;ссылку в ответ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Insert e&amp;xcerpt into reply</source>
        <translation>Вставить &amp;выдержку в ответ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New article…</source>
        <translation>&amp;Новая статья…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Изменить…</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+15"/>
        <source>All articles</source>
        <translation>Все статьи</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>%1 (draft)</source>
        <translation>%1 (черновик)</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Helpful: %1 · Not helpful: %2</source>
        <translation>Полезно: %1 · Бесполезно: %2</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Thank you for your feedback.</source>
        <translation>Спасибо за отзыв.</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::LogCallDialog</name>
    <message>
        <location filename="../client/ui/logcalldialog.cpp" line="+113"/>
        <source>Log a call</source>
        <translation>Регистрация звонка</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A phone call about #%1 %2</source>
        <translation>Телефонный звонок по заявке #%1 %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Caller:</source>
        <translation>&amp;Собеседник:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Direction:</source>
        <translation>&amp;Направление:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Durati&amp;on:</source>
        <translation>&amp;Длительность:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> min</source>
        <translation> мин</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not recorded</source>
        <translation>не указана</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Notes:</source>
        <translation>&amp;Заметки:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What was said and agreed, in your words</source>
        <translation>Что обсудили и о чём договорились — своими словами</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Internal: only staff see this call</source>
        <translation>&amp;Внутренний: звонок видят только сотрудники</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Log call</source>
        <translation>Заре&amp;гистрировать</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Inbound: they called us</source>
        <translation>Входящий: звонили нам</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outbound: we called them</source>
        <translation>Исходящий: звонили мы</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>User #%1</source>
        <translation>Пользователь #%1</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Write down what the call was about.</source>
        <translation>Запишите, о чём был звонок.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The notes are too long: at most %1 characters are allowed.</source>
        <translation>Заметки слишком длинные: допускается не более %1 символов.</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::LoginDialog</name>
    <message>
        <location filename="../client/ui/logindialog.cpp" line="+150"/>
        <source>Looking for your saved session…</source>
        <translation>Поиск сохраненного сеанса…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Log in to the helpdesk</source>
        <translation>Вход в службу поддержки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Server:</source>
        <translation>&amp;Сервер:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Login:</source>
        <translation>&amp;Логин:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Password:</source>
        <translation>&amp;Пароль:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>host:port</source>
        <translation>хост:порт</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Remember me on this computer</source>
        <translation>&amp;Запомнить меня на этом компьютере</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keeps your session (not your password) in this computer&apos;s password keychain, so that you are not asked to log in at the next start.</source>
        <translation>Сохраняет сеанс (но не пароль) в хранилище паролей этого компьютера, чтобы при следующем запуске не пришлось входить заново.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Log &amp;in</source>
        <translation>&amp;Войти</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quit</source>
        <translation>Вы&amp;ход</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>The helpdesk server&apos;s address, for example helpdesk.example.com:%1, or tls://helpdesk.example.com:%1 for an encrypted connection</source>
        <translation>Адрес сервера службы поддержки, например helpdesk.example.com:%1, или tls://helpdesk.example.com:%1 для зашифрованного соединения</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Enter the server as host:port or tls://host:port, for example helpdesk.example.com:%1.</source>
        <translation>Укажите сервер в виде хост:порт или tls://хост:порт, например helpdesk.example.com:%1.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Enter your login.</source>
        <translation>Введите логин.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Enter your password.</source>
        <translation>Введите пароль.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Connecting to %1…</source>
        <translation>Подключение к %1…</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Logging in…</source>
        <translation>Выполняется вход…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot reach the server %1. Trying again…</source>
        <translation>Сервер %1 недоступен. Повторная попытка…</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Your saved session has expired. Please enter your password.</source>
        <translation>Срок действия сохраненного сеанса истек. Введите пароль.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Resuming your session on %1…</source>
        <translation>Восстановление сеанса на %1…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 &quot;Remember me&quot; has been turned off.</source>
        <translation>%1 Параметр «Запомнить меня» отключен.</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::MacroButton</name>
    <message>
        <location filename="../client/ui/macrobutton.cpp" line="+49"/>
        <source>The ticket was changed meanwhile, so the macro was not applied. Check the ticket and apply it again.</source>
        <translation>Заявка тем временем изменилась, поэтому макрос не применён. Проверьте заявку и примените его снова.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Macros</source>
        <translation>&amp;Макросы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reply and change the ticket in one step</source>
        <translation>Ответить и изменить заявку за один шаг</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::MainWindow</name>
    <message>
        <location filename="../client/ui/mainwindowmenus.cpp" line="+77"/>
        <source>About Helpdesk</source>
        <translation>О программе Helpdesk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Helpdesk %1
A native support desk client.</source>
        <translation>Helpdesk %1
Настольный клиент службы поддержки.</translation>
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
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Go</source>
        <translation>&amp;Переход</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Language</source>
        <translation>&amp;Язык</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New ticket…</source>
        <translation>&amp;Новая заявка…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log a &amp;phone call…</source>
        <translation>Зарегистрировать &amp;звонок…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Обновить</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log &amp;out</source>
        <translation>Выйти из &amp;учетной записи</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quit</source>
        <translation>&amp;Выход</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Search…</source>
        <translation>&amp;Поиск…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Go to ticket…</source>
        <translation>Перейти к &amp;заявке…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Knowledge base</source>
        <translation>База &amp;знаний</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search &amp;everywhere…</source>
        <translation>Поиск &amp;везде…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Next unread ticket</source>
        <translation>&amp;Следующая непрочитанная заявка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Previous unread ticket</source>
        <translation>П&amp;редыдущая непрочитанная заявка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Assign to me</source>
        <translation>&amp;Назначить мне</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Сочетания клавиш</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About Helpdesk</source>
        <translation>&amp;О программе Helpdesk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A&amp;nnouncements…</source>
        <translation>Объ&amp;явления…</translation>
    </message>
    <message>
        <location filename="../client/ui/mainwindow.cpp" line="+306"/>
        <source>Connected to %1:%2</source>
        <translation>Подключено к %1:%2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Connection lost — reconnecting… Your replies are kept and sent when it is back.</source>
        <translation>Соединение потеряно — переподключение… Ваши ответы сохранены и будут отправлены после восстановления связи.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Signing in…</source>
        <translation>Выполняется вход…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Offline</source>
        <translation>Нет подключения</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n reply(ies) waiting to be sent</source>
        <translation>
            <numerusform>%n ответ ожидает отправки</numerusform>
            <numerusform>%n ответа ожидают отправки</numerusform>
            <numerusform>%n ответов ожидают отправки</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n reply(ies) not sent</source>
        <translation>
            <numerusform>%n ответ не отправлен</numerusform>
            <numerusform>%n ответа не отправлены</numerusform>
            <numerusform>%n ответов не отправлено</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%Ln ticket(s)</source>
        <translation>
            <numerusform>%Ln заявка</numerusform>
            <numerusform>%Ln заявки</numerusform>
            <numerusform>%Ln заявок</numerusform>
        </translation>
    </message>
    <message>
        <location line="+115"/>
        <source>Go to ticket</source>
        <translation>Перейти к заявке</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ticket &amp;number:</source>
        <translation>&amp;Номер заявки:</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>No unread ticket below this one in the list.</source>
        <translation>Ниже в списке нет непрочитанных заявок.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No unread ticket above this one in the list.</source>
        <translation>Выше в списке нет непрочитанных заявок.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Open a ticket first.</source>
        <translation>Сначала откройте заявку.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>#%1 is already assigned to you.</source>
        <translation>Заявка #%1 уже назначена вам.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>#%1 is now assigned to you.</source>
        <translation>Заявка #%1 теперь назначена вам.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>New reply from %1</source>
        <translation>Новый ответ от %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>a customer</source>
        <translation>клиента</translation>
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
        <translation>Новая заявка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Subject:</source>
        <translation>&amp;Тема:</translation>
    </message>
    <message>
        <location line="+128"/>
        <source>&amp;Description:</source>
        <translation>&amp;Описание:</translation>
    </message>
    <message>
        <location line="-127"/>
        <source>&amp;Phone call: log this on behalf of the contact who called</source>
        <translation>&amp;Звонок по телефону: оформить от имени позвонившего контакта</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;ustomer:</source>
        <translation>&amp;Клиент:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No customer</source>
        <translation>Без клиента</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P&amp;riority:</source>
        <translation>&amp;Приоритет:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Queue:</source>
        <translation>О&amp;чередь:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Assignee:</source>
        <translation>&amp;Исполнитель:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Tags:</source>
        <translation>Те&amp;ги:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comma separated, e.g. billing, vpn</source>
        <translation>Через запятую, например: оплата, vpn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>D&amp;irection:</source>
        <translation>&amp;Направление:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Durati&amp;on:</source>
        <translation>&amp;Длительность:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> min</source>
        <translation> мин</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not recorded</source>
        <translation>не указана</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Inbound: they called us</source>
        <translation>Входящий: звонили нам</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outbound: we called them</source>
        <translation>Исходящий: звонили мы</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Create</source>
        <translation>&amp;Создать</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create the ticket (Ctrl+Enter)</source>
        <translation>Создать заявку (Ctrl+Enter)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Low</source>
        <translation>Низкий</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Normal</source>
        <translation>Обычный</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>High</source>
        <translation>Высокий</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Urgent</source>
        <translation>Срочный</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>No queue</source>
        <translation>Без очереди</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Unassigned</source>
        <translation>Не назначен</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+44"/>
        <source>Me</source>
        <translation>Я</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>This customer has no contacts</source>
        <translation>У этого клиента нет контактов</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Choose the customer first</source>
        <translation>Сначала выберите клиента</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Ca&amp;ller:</source>
        <translation>Позвони&amp;вший:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>R&amp;equester:</source>
        <translation>За&amp;явитель:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Notes:</source>
        <translation>За&amp;метки:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your notes on the call: what the caller needs, what you agreed</source>
        <translation>Ваши заметки о звонке: что нужно позвонившему, о чём договорились</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What is the problem?</source>
        <translation>В чем проблема?</translation>
    </message>
    <message>
        <location filename="../client/ui/newticketsubmit.cpp" line="+98"/>
        <source>Enter a subject.</source>
        <translation>Укажите тему.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The subject is %1 characters long; at most %2 are allowed.</source>
        <translation>Тема слишком длинная (символов: %1); допускается не более %2.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Describe the request.</source>
        <translation>Опишите суть обращения.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The description is too long: at most %1 characters are allowed.</source>
        <translation>Описание слишком длинное: допускается не более %1 символов.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>There is no customer named &quot;%1&quot;. Pick one from the list, or clear the field for none.</source>
        <translation>Клиента «%1» нет. Выберите клиента из списка или очистите поле, чтобы не указывать его.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A phone call is logged on behalf of the contact who called: choose their customer, then the caller.</source>
        <translation>Звонок оформляется от имени позвонившего контакта: выберите его клиента, а затем самого позвонившего.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The tag &quot;%1&quot; contains a control character.</source>
        <translation>Тег «%1» содержит управляющий символ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The tag &quot;%1&quot; is too long: at most %2 characters are allowed.</source>
        <translation>Тег «%1» слишком длинный: допускается не более %2 символов.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>At most %1 tags are allowed.</source>
        <translation>Допускается не более %1 тегов.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Creating the ticket…</source>
        <translation>Создание заявки…</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>The server did not accept this value.</source>
        <translation>Сервер не принял это значение.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 The ticket may have been created all the same: look for it in the ticket list before trying again.</source>
        <translation>%1 Заявка все же могла быть создана: прежде чем повторять попытку, поищите ее в списке заявок.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 What you typed is kept; try again once the connection is back.</source>
        <translation>%1 Введенные данные сохранены; повторите попытку, когда соединение восстановится.</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::OfflineNotices</name>
    <message>
        <location filename="../client/ui/offlinenotices.cpp" line="+91"/>
        <source>Offline — this is a copy of the list saved %1 (its first page). It is refreshed when the connection is back.</source>
        <translation>Нет подключения — это копия списка, сохранённая %1 (его первая страница). Она обновится, когда связь восстановится.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Offline since %1 — the list may have changed since then.</source>
        <translation>Нет подключения с %1 — с тех пор список мог измениться.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Offline — this list was not opened recently on this computer, so there is no copy of it. It loads when the connection is back.</source>
        <translation>Нет подключения — этот список недавно не открывали на этом компьютере, поэтому его копии нет. Он загрузится, когда связь восстановится.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Offline — this is a copy of the ticket saved %1. It is refreshed when the connection is back; replies wait in the outbox until then.</source>
        <translation>Нет подключения — это копия заявки, сохранённая %1. Она обновится, когда связь восстановится; до тех пор ответы ждут в исходящих.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Offline since %1 — this ticket may have changed since then.</source>
        <translation>Нет подключения с %1 — с тех пор заявка могла измениться.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Offline — this ticket was not opened recently on this computer, so there is no copy of it. It loads when the connection is back.</source>
        <translation>Нет подключения — эту заявку недавно не открывали на этом компьютере, поэтому её копии нет. Она загрузится, когда связь восстановится.</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::OrganisationsDialog</name>
    <message>
        <location filename="../client/ui/organisationsdialog.cpp" line="+39"/>
        <source>Organisations</source>
        <translation>Организации</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Filter by name</source>
        <translation>Фильтр по названию</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;New organisation…</source>
        <translation>&amp;Новая организация…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>e.g. hr or de_AT; empty: not set</source>
        <translation>например, hr или de_AT; пусто — не задан</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Details</source>
        <translation>Подробности</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Add service</source>
        <translation>&amp;Добавить услугу</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Re&amp;move service</source>
        <translation>&amp;Удалить услугу</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Contacts…</source>
        <translation>&amp;Контакты…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Save</source>
        <translation>&amp;Сохранить</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Name:</source>
        <translation>&amp;Название:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language:</source>
        <translation>&amp;Язык:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>N&amp;otes (staff only):</source>
        <translation>&amp;Заметки (только для сотрудников):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ser&amp;vices:</source>
        <translation>&amp;Услуги:</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>New organisation</source>
        <translation>Новая организация</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name of the organisation:</source>
        <translation>Название организации:</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::Outbox</name>
    <message>
        <location filename="../client/core/outbox.cpp" line="+293"/>
        <source>Could not save the outbox: %1</source>
        <translation>Не удалось сохранить очередь исходящих: %1</translation>
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
        <translation>&amp;Исполнитель:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Queue:</source>
        <translation>О&amp;чередь:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Tags:</source>
        <translation>&amp;Теги:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>comma, separated</source>
        <translation>через запятую</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sa&amp;ve</source>
        <translation>Со&amp;хранить</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Revert</source>
        <translation>Отм&amp;енить</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep mine</source>
        <translation>Оставить моё</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take theirs</source>
        <translation>Принять чужое</translation>
    </message>
    <message>
        <location line="+28"/>
        <location line="+154"/>
        <source>Unassigned</source>
        <translation>Не назначен</translation>
    </message>
    <message>
        <location line="-152"/>
        <location line="+152"/>
        <source>No queue</source>
        <translation>Без очереди</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>Someone else changed this to: %1</source>
        <translation>Новое значение (кто-то другой): %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 changed this to: %2</source>
        <translation>Новое значение (%1): %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Yours: %1</source>
        <translation>Ваше значение: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Someone else changed a field you are editing. For each marked field, keep your value or take theirs, then save.</source>
        <translation>Кто-то другой изменил поле, которое вы редактируете. Для каждого отмеченного поля оставьте своё значение или примите чужое, затем сохраните.</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>Saved.</source>
        <translation>Сохранено.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Not saved: someone else changed a field you changed. For each marked field, keep your value or take theirs, then save again.</source>
        <translation>Не сохранено: кто-то другой изменил поле, которое вы тоже изменили. Для каждого отмеченного поля оставьте своё значение или примите чужое, затем сохраните снова.</translation>
    </message>
    <message>
        <location line="-83"/>
        <source>none</source>
        <translation>нет</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::QueuesDialog</name>
    <message>
        <location filename="../client/ui/queuesdialog.cpp" line="+125"/>
        <source>Queues</source>
        <translation>Очереди</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New queue</source>
        <translation>&amp;Новая очередь</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save</source>
        <translation>&amp;Сохранить</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Technical</source>
        <translation>Техническая</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Billing</source>
        <translation>Счета и оплата</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>General</source>
        <translation>Общая</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Off: assign by hand</source>
        <translation>Выкл.: назначать вручную</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Round robin</source>
        <translation>По кругу</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Least loaded</source>
        <translation>Наименее загруженному</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Never</source>
        <translation>Никогда</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> min</source>
        <translation> мин</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Archived: keeps its tickets, takes no new ones</source>
        <translation>В архиве: заявки остаются, новых не принимает</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Staff</source>
        <translation>Сотрудник</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Member</source>
        <translation>Участник</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Lead</source>
        <translation>Руководитель</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Name:</source>
        <translation>&amp;Название:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Тип:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Assignment:</source>
        <translation>&amp;Назначение:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reassign after absence:</source>
        <translation>&amp;Переназначать после отсутствия:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 (archived)</source>
        <translation>%1 (в архиве)</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::QuickSearchDialog</name>
    <message>
        <location filename="../client/ui/quicksearchdialog.cpp" line="+122"/>
        <source>Searching…</source>
        <translation>Поиск…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Nothing found.</source>
        <translation>Ничего не найдено.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Open a ticket first: a canned response goes into its reply.</source>
        <translation>Сначала откройте заявку: шаблон ответа вставляется в ответ на неё.</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Search everywhere</source>
        <translation>Поиск везде</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tickets, contacts, organisations, articles, canned responses…</source>
        <translation>Заявки, контакты, организации, статьи, шаблоны ответов…</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::RatingBar</name>
    <message>
        <location filename="../client/ui/ratingbar.cpp" line="+112"/>
        <source>Good</source>
        <translation>Хорошо</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bad</source>
        <translation>Плохо</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comment (optional)</source>
        <translation>Комментарий (необязательно)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You rated this solution good. Thank you!</source>
        <translation>Вы оценили это решение как хорошее. Спасибо!</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You rated this solution bad. Thank you, we will look into it.</source>
        <translation>Вы оценили это решение как плохое. Спасибо, мы разберёмся.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your request was solved. How did we do?</source>
        <translation>Ваша заявка решена. Как мы справились?</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::RequestFieldsForm</name>
    <message>
        <location filename="../client/ui/requestfieldsform.cpp" line="+131"/>
        <source>Please answer &quot;%1&quot;.</source>
        <translation>Пожалуйста, ответьте на вопрос «%1».</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>This request type is no longer available. Please choose another.</source>
        <translation>Этот тип обращения больше недоступен. Выберите другой.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;%1&quot; was not accepted: %2</source>
        <translation>Ответ на «%1» не принят: %2</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>What is affected</source>
        <translation>Что затронуто</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Since when</source>
        <translation>С какого времени</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The exact error message</source>
        <translation>Точный текст ошибки</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What was already tried</source>
        <translation>Что уже пробовали</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>(none)</source>
        <translation>(нет)</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Not set</source>
        <translation>Не указано</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>(choose)</source>
        <translation>(выберите)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 (required)</source>
        <translation>%1 (обязательно)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Request &amp;type:</source>
        <translation>&amp;Тип обращения:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Requests of this type need the approval of your organisation&apos;s owner before support can act on them (unless you are the owner).</source>
        <translation>Обращения этого типа требуют одобрения владельца вашей организации, прежде чем поддержка возьмётся за них (если только владелец не вы).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Other request (no type)</source>
        <translation>Другое обращение (без типа)</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::RequestPanel</name>
    <message>
        <location filename="../client/ui/requestpanel.cpp" line="+107"/>
        <source>Refuse the request</source>
        <translation>Отклонить обращение</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why do you refuse it? (optional, the support team and the requester read it)</source>
        <translation>Почему вы отклоняете его? (необязательно; это прочитают поддержка и автор обращения)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Request: %1</source>
        <translation>Обращение: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Approve</source>
        <translation>&amp;Одобрить</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;fuse…</source>
        <translation>&amp;Отклонить…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This request needs your approval as the organisation&apos;s owner before support acts on it.</source>
        <translation>Это обращение требует вашего одобрения как владельца организации, прежде чем поддержка возьмётся за него.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Awaiting the owner&apos;s approval: replies to the customer, status changes, assignment and merging are disabled until the organisation&apos;s owner approves. Internal notes are possible.</source>
        <translation>Ожидает одобрения владельца: ответы клиенту, смена статуса, назначение и объединение недоступны, пока владелец организации не одобрит. Внутренние заметки возможны.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Waiting for the approval of your organisation&apos;s owner.</source>
        <translation>Ожидает одобрения владельца вашей организации.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Approved by the organisation&apos;s owner.</source>
        <translation>Одобрено владельцем организации.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refused by the organisation&apos;s owner.</source>
        <translation>Отклонено владельцем организации.</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::RequestTypesDialog</name>
    <message>
        <location filename="../client/ui/requesttypesdialog.cpp" line="+44"/>
        <source>Request types</source>
        <translation>Типы обращений</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;New type</source>
        <translation>&amp;Новый тип</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Sensitive: the organisation&apos;s owner must approve requests filed by other contacts</source>
        <translation>Требует одобрения: обращения других контактов должен одобрить владелец организации</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Key</source>
        <translation>Ключ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Required</source>
        <translation>Обязательно</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Label (English)</source>
        <translation>Подпись (английский)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Choices (comma-separated)</source>
        <translation>Варианты (через запятую)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Add field</source>
        <translation>&amp;Добавить поле</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove field</source>
        <translation>&amp;Удалить поле</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Key:</source>
        <translation>&amp;Ключ:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Name (English):</source>
        <translation>&amp;Название (английский):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Queue:</source>
        <translation>&amp;Очередь:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Position:</source>
        <translation>&amp;Позиция:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every type also asks what is affected, since when, the exact error message and what was already tried. Its own fields:</source>
        <translation>Каждый тип также спрашивает, что затронуто, с какого времени, точный текст ошибки и что уже пробовали. Собственные поля:</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>(no queue)</source>
        <translation>(без очереди)</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>%1 (archived)</source>
        <translation>%1 (в архиве)</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Res&amp;tore</source>
        <translation>&amp;Восстановить</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+13"/>
        <source>Arc&amp;hive</source>
        <translation>&amp;Архивировать</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::RotaDialog</name>
    <message>
        <location filename="../client/ui/rotadialog.cpp" line="+139"/>
        <source>On-call rotas</source>
        <translation>Графики дежурств</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Queue:</source>
        <translation>&amp;Очередь:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add shift</source>
        <translation>Добавить дежурство</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove shift</source>
        <translation>Удалить дежурство</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;On call:</source>
        <translation>&amp;Дежурный:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Time zone:</source>
        <translation>&amp;Часовой пояс:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every week:</source>
        <translation>Каждую неделю:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Whole days:</source>
        <translation>Целые дни:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save rota</source>
        <translation>&amp;Сохранить график</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>%1 — %2 (%3, %4)</source>
        <translation>%1 — %2 (%3, %4)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nobody chosen</source>
        <translation>Никто не выбран</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n weekly stretch(es)</source>
        <translation>
            <numerusform>%n еженедельный интервал</numerusform>
            <numerusform>%n еженедельных интервала</numerusform>
            <numerusform>%n еженедельных интервалов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n whole day(s)</source>
        <translation>
            <numerusform>%n целый день</numerusform>
            <numerusform>%n целых дня</numerusform>
            <numerusform>%n целых дней</numerusform>
        </translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Saved.</source>
        <translation>Сохранено.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A colleague saved this rota meanwhile. Their rota is shown: make your change again if it is still needed.</source>
        <translation>Тем временем коллега сохранил этот график. Показан его график: внесите своё изменение снова, если оно ещё нужно.</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::SavedViewsPanel</name>
    <message>
        <location filename="../client/ui/savedviewspanel.cpp" line="+78"/>
        <location line="+186"/>
        <source>Save view</source>
        <translation>Сохранить представление</translation>
    </message>
    <message>
        <location line="-134"/>
        <source>My open</source>
        <translation>Мои открытые</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unassigned</source>
        <translation>Без исполнителя</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All open</source>
        <translation>Все открытые</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open</source>
        <translation>Открытые</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Breaching within 1 hour</source>
        <translation>Нарушат SLA в течение часа</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Overdue</source>
        <translation>Просрочено</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pending</source>
        <translation>В ожидании</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Resolved</source>
        <translation>Решенные</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Closed</source>
        <translation>Закрытые</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All tickets</source>
        <translation>Все заявки</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Views</source>
        <translation>Представления</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save &amp;view…</source>
        <translation>Сохранить &amp;представление…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the chosen view and tag filter under a name of your own</source>
        <translation>Сохранить выбранное представление и фильтр по метке под своим названием</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter by tag</source>
        <translation>Фильтр по тегу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. billing</source>
        <translation>например, оплата</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search</source>
        <translation>Поиск</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Words in subjects and messages</source>
        <translation>Слова в темах и сообщениях</translation>
    </message>
    <message>
        <location line="+106"/>
        <source>Name of the view:</source>
        <translation>Название представления:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Delete view</source>
        <translation>&amp;Удалить представление</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::SearchResultsView</name>
    <message>
        <location filename="../client/ui/searchresultsview.cpp" line="+180"/>
        <location line="+153"/>
        <source>Search results for “%1”</source>
        <translation>Результаты поиска «%1»</translation>
    </message>
    <message>
        <location line="-57"/>
        <source>Any queue</source>
        <translation>Любая очередь</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Any customer</source>
        <translation>Любой клиент</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Status: any</source>
        <translation>Статус: любой</translation>
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
            <numerusform>Статус: выбран %n</numerusform>
            <numerusform>Статус: выбрано %n</numerusform>
            <numerusform>Статус: выбрано %n</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Searching…</source>
        <translation>Поиск…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Nothing found.</source>
        <translation>Ничего не найдено.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>The first %n tickets found. Add words or filters to narrow the search.</source>
        <translation>
            <numerusform>Показана первая %n найденная заявка. Добавьте слова или фильтры, чтобы сузить поиск.</numerusform>
            <numerusform>Показаны первые %n найденные заявки. Добавьте слова или фильтры, чтобы сузить поиск.</numerusform>
            <numerusform>Показаны первые %n найденных заявок. Добавьте слова или фильтры, чтобы сузить поиск.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n ticket(s) found.</source>
        <translation>
            <numerusform>Найдена %n заявка.</numerusform>
            <numerusform>Найдено %n заявки.</numerusform>
            <numerusform>Найдено %n заявок.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Back to the list</source>
        <translation>&amp;Назад к списку</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>From</source>
        <translation>С</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To</source>
        <translation>По</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only words written in this period: a subject when the ticket was opened, a message when it was sent.</source>
        <translation>Только слова, написанные за этот период: тема — когда заявка была создана, сообщение — когда оно было отправлено.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Clear filters</source>
        <translation>Сбросить фильтры</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::ShortcutsDialog</name>
    <message>
        <location filename="../client/ui/shortcutsdialog.cpp" line="+89"/>
        <source>Keyboard shortcuts</source>
        <translation>Сочетания клавиш</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keys</source>
        <translation>Клавиши</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Action</source>
        <translation>Действие</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Anywhere in the main window</source>
        <translation>В любом месте главного окна</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search (puts the cursor in the search box)</source>
        <translation>Поиск (курсор в поле поиска)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search everywhere: tickets, contacts, organisations, articles, canned responses</source>
        <translation>Поиск везде: заявки, контакты, организации, статьи, шаблоны ответов</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Knowledge base</source>
        <translation>База знаний</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go to a ticket by its number</source>
        <translation>Перейти к заявке по номеру</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next unread ticket in the list</source>
        <translation>Следующая непрочитанная заявка в списке</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Previous unread ticket in the list</source>
        <translation>Предыдущая непрочитанная заявка в списке</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assign the open ticket to me (staff)</source>
        <translation>Назначить открытую заявку мне (сотрудники)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New ticket</source>
        <translation>Новая заявка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log a phone call (staff)</source>
        <translation>Зарегистрировать звонок (сотрудники)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log a call on the open ticket (staff)</source>
        <translation>Зарегистрировать звонок по открытой заявке (сотрудники)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refresh the list, counts and directory</source>
        <translation>Обновить список, счётчики и справочник</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This list</source>
        <translation>Этот список</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quit</source>
        <translation>Выход</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search results</source>
        <translation>Результаты поиска</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to the ticket list</source>
        <translation>Назад к списку заявок</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open the previous or next result</source>
        <translation>Открыть предыдущий или следующий результат</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reply box</source>
        <translation>Поле ответа</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Put the cursor in the reply box</source>
        <translation>Перевести курсор в поле ответа</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send</source>
        <translation>Отправить</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send and set the ticket to Pending (staff)</source>
        <translation>Отправить и перевести заявку в статус «В ожидании» (сотрудники)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send and set the ticket to Resolved (staff)</source>
        <translation>Отправить и перевести заявку в статус «Решена» (сотрудники)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Switch between reply and internal note (staff)</source>
        <translation>Переключить ответ / внутреннюю заметку (сотрудники)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forms</source>
        <translation>Формы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create the ticket (in the new-ticket form)</source>
        <translation>Создать заявку (в форме новой заявки)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Go to the next field (in the new-ticket form)</source>
        <translation>Перейти к следующему полю (в форме новой заявки)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alt + underlined letter</source>
        <translation>Alt + подчёркнутая буква</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Go to that field or press that button</source>
        <translation>Перейти к этому полю или нажать эту кнопку</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::SignaturesDialog</name>
    <message>
        <location filename="../client/ui/signaturesdialog.cpp" line="+100"/>
        <source>Signatures</source>
        <translation>Подписи</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A public reply gets your signature in the requester&apos;s language (or the one for any language), followed by the signature of the ticket&apos;s queue. You can edit it before sending.</source>
        <translation>К публичному ответу добавляется ваша подпись на языке заявителя (или подпись для любого языка), а за ней — подпись очереди заявки. Перед отправкой её можно изменить.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Signature of:</source>
        <translation>&amp;Чья подпись:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language:</source>
        <translation>&amp;Язык:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No signature in this language: replies in it get the one for any language. Type one here, e.g.
Kind regards,
Your name</source>
        <translation>Нет подписи на этом языке: к ответам на нём добавляется подпись для любого языка. Введите её здесь, например:
С уважением,
Ваше имя</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Save</source>
        <translation>&amp;Сохранить</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Me</source>
        <translation>Я</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Queue: %1</source>
        <translation>Очередь: %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Any language</source>
        <translation>Любой язык</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>A signature may have at most %1 characters.</source>
        <translation>Подпись может содержать не более %1 символов.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Saving…</source>
        <translation>Сохранение…</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Not saved: %1</source>
        <translation>Не сохранено: %1</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::SimilarTicketsPanel</name>
    <message>
        <location filename="../client/ui/similartickets.cpp" line="+144"/>
        <source>Loading…</source>
        <translation>Загрузка…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No similar earlier tickets</source>
        <translation>Похожих более ранних обращений нет</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>#%1 %2</source>
        <translation>#%1 %2</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Link</source>
        <translation>Связать</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Link this ticket to the open one as related</source>
        <translation>Связать это обращение с открытым как связанное</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Similar tickets</source>
        <translation>Похожие обращения</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::SlaAdminMenu</name>
    <message>
        <location filename="../client/ui/slaadminmenu.cpp" line="+77"/>
        <source>&amp;Service levels</source>
        <translation>&amp;Уровни обслуживания</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SLA &amp;policies…</source>
        <translation>&amp;Политики SLA…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Business &amp;calendars…</source>
        <translation>Рабочие &amp;календари…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On-call &amp;rotas…</source>
        <translation>&amp;Графики дежурств…</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::SlaAlertNotifier</name>
    <message>
        <location filename="../client/ui/slaalertnotifier.cpp" line="+30"/>
        <source>New urgent ticket</source>
        <translation>Новая срочная заявка</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A customer rated a solution bad</source>
        <translation>Клиент оценил решение как плохое</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First response</source>
        <translation>Первый ответ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next response</source>
        <translation>Следующий ответ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolution</source>
        <translation>Решение</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SLA breached: %1</source>
        <translation>SLA нарушен: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SLA due soon: %1</source>
        <translation>Скоро срок SLA: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>#%1 %2</source>
        <translation>№%1 %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Due %1</source>
        <translation>Срок: %1</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::SlaPoliciesDialog</name>
    <message>
        <location filename="../client/ui/slapoliciesdialog.cpp" line="+130"/>
        <source>SLA policies</source>
        <translation>Политики SLA</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Queue</source>
        <translation>Очередь</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Priority</source>
        <translation>Приоритет</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First response</source>
        <translation>Первый ответ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Next response</source>
        <translation>Следующий ответ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Resolution</source>
        <translation>Решение</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name:</source>
        <translation>Название:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Queue:</source>
        <translation>Очередь:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Priority:</source>
        <translation>Приоритет:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Business hours:</source>
        <translation>Рабочие часы:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First response within:</source>
        <translation>Первый ответ в течение:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next response within:</source>
        <translation>Следующий ответ в течение:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolution within:</source>
        <translation>Решение в течение:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warn at:</source>
        <translation>Предупредить на:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No target</source>
        <translation>Без цели</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> business minutes</source>
        <translation> рабочих минут</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New policy</source>
        <translation>Новая политика</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+23"/>
        <source>Any queue</source>
        <translation>Любая очередь</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>Queue #%1</source>
        <translation>Очередь №%1</translation>
    </message>
    <message>
        <location line="+27"/>
        <location line="+21"/>
        <source>Any priority</source>
        <translation>Любой приоритет</translation>
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
            <numerusform>%n совпадение</numerusform>
            <numerusform>%n совпадения</numerusform>
            <numerusform>%n совпадений</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>helpdesk::client::TeamMenu</name>
    <message>
        <location filename="../client/ui/teammenu.cpp" line="+105"/>
        <source>&amp;Team</source>
        <translation>&amp;Команда</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I am &amp;away</source>
        <translation>&amp;Меня нет на месте</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Colleagues</source>
        <translation>&amp;Коллеги</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Queues…</source>
        <translation>&amp;Очереди…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Dashboard and reports…</source>
        <translation>&amp;Панель и отчёты…</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+13"/>
        <source>away</source>
        <translation>нет на месте</translation>
    </message>
    <message>
        <location line="-12"/>
        <location line="+13"/>
        <source>online</source>
        <translation>в сети</translation>
    </message>
    <message>
        <location line="-12"/>
        <location line="+13"/>
        <source>offline</source>
        <translation>не в сети</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>You are %1 · colleagues online: %2</source>
        <translation>Вы: %1 · коллег в сети: %2</translation>
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
        <translation>Открыть</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save as…</source>
        <translation>Сохранить как…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Save attachment</source>
        <translation>Сохранить вложение</translation>
    </message>
    <message>
        <location line="+32"/>
        <location line="+22"/>
        <source>The file could not be saved: %1</source>
        <translation>Не удалось сохранить файл: %1</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Open a file that can run code?</source>
        <translation>Открыть файл, который может запускать программы?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“%1” is a kind of file that can run programs or scripts on this computer. Open it only if you trust the sender and expected this file.</source>
        <translation>«%1» — файл такого типа, который может запускать программы или сценарии на этом компьютере. Открывайте его, только если доверяете отправителю и ждали этот файл.</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::TicketListModel</name>
    <message>
        <location filename="../client/core/ticketlistmodel.cpp" line="+22"/>
        <source>New</source>
        <translation>Новая</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open</source>
        <translation>Открыта</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pending</source>
        <translation>В ожидании</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Resolved</source>
        <translation>Решена</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Closed</source>
        <translation>Закрыта</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Low</source>
        <translation>Низкий</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Normal</source>
        <translation>Обычный</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>High</source>
        <translation>Высокий</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Urgent</source>
        <translation>Срочный</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Desktop client</source>
        <translation>Настольный клиент</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Phone call</source>
        <translation>Телефонный звонок</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E-mail</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Monitoring alert</source>
        <translation>Оповещение мониторинга</translation>
    </message>
    <message>
        <location line="+257"/>
        <source>Loading…</source>
        <translation>Загрузка…</translation>
    </message>
    <message>
        <location line="+18"/>
        <location filename="../client/ui/tickettableview.cpp" line="-21"/>
        <source>Unassigned</source>
        <translation>Не назначен</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>User #%1</source>
        <translation>Пользователь #%1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Queue #%1</source>
        <translation>Очередь #%1</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Channel</source>
        <translation>Канал</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Queue</source>
        <translation>Очередь</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Due</source>
        <translation>Срок</translation>
    </message>
    <message>
        <location filename="../client/core/searchresultsmodel.cpp" line="+127"/>
        <location filename="../client/core/ticketlistmodel.cpp" line="-33"/>
        <source>Customer #%1</source>
        <translation>Клиент #%1</translation>
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
        <translation>Тема</translation>
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
        <translation>Исполнитель</translation>
    </message>
    <message>
        <location filename="../client/core/searchresultsmodel.cpp" line="+2"/>
        <location filename="../client/core/ticketlistmodel.cpp" line="+4"/>
        <source>Customer</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../client/core/ticketlistmodel.cpp" line="+2"/>
        <source>Updated</source>
        <translation>Обновлено</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::TicketPane</name>
    <message>
        <location filename="../client/ui/ticketpane.cpp" line="+261"/>
        <source>This ticket is no longer available to you.</source>
        <translation>Эта заявка вам больше недоступна.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Select a ticket to read the conversation and reply.</source>
        <translation>Выберите заявку, чтобы прочитать переписку и ответить.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Properties</source>
        <translation>Свойства</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Log a call…</source>
        <translation>Зарегистрировать &amp;звонок…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log a phone call about this ticket (Ctrl+Shift+L)</source>
        <translation>Зарегистрировать телефонный звонок по этой заявке (Ctrl+Shift+L)</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>Loading…</source>
        <translation>Загрузка…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>#%1</source>
        <translation>#%1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>from %1</source>
        <translation>от %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>by phone</source>
        <translation>по телефону</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>by e-mail</source>
        <translation>по электронной почте</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>monitoring alert</source>
        <translation>оповещение мониторинга</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>opened %1</source>
        <translation>создана %1</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::TicketTableView</name>
    <message>
        <location filename="../client/ui/tickettableview.cpp" line="+166"/>
        <source>&amp;Columns</source>
        <translation>&amp;Столбцы</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ticket number</source>
        <translation>Номер заявки</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Reset column widths</source>
        <translation>&amp;Сбросить ширину столбцов</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Group by</source>
        <translation>&amp;Группировать по</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;No grouping</source>
        <translation>&amp;Без группировки</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::TimeSpentField</name>
    <message>
        <location filename="../client/ui/timespentfield.cpp" line="+46"/>
        <source>&amp;Time spent:</source>
        <translation>&amp;Затрачено времени:</translation>
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
        <translation>Новый контакт</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New user</source>
        <translation>Новый пользователь</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Edit %1</source>
        <translation>Изменить: %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Login:</source>
        <translation>&amp;Логин:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Name:</source>
        <translation>&amp;Имя:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Role:</source>
        <translation>&amp;Роль:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Contact role:</source>
        <translation>Роль &amp;контакта:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;E-mail:</source>
        <translation>&amp;Эл. почта:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Phone:</source>
        <translation>&amp;Телефон:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. hr or pt_BR; empty: not set</source>
        <translation>например, hr или pt_BR; пусто — не задан</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>L&amp;anguage:</source>
        <translation>&amp;Язык:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Password:</source>
        <translation>П&amp;ароль:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;peat password:</source>
        <translation>П&amp;овторите пароль:</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>The two passwords differ.</source>
        <translation>Пароли не совпадают.</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::UsersDialog</name>
    <message>
        <location filename="../client/ui/usersdialog.cpp" line="+36"/>
        <source>Users and contacts</source>
        <translation>Пользователи и контакты</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Contacts of your organisation</source>
        <translation>Контакты вашей организации</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Staff</source>
        <translation>Сотрудники</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Show:</source>
        <translation>&amp;Показать:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Filter by name, login, e-mail or phone</source>
        <translation>Фильтр по имени, логину, почте или телефону</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Login</source>
        <translation>Логин</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>E-mail</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>&amp;New…</source>
        <translation>&amp;Создать…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Изменить…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+146"/>
        <source>&amp;Disable…</source>
        <translation>&amp;Отключить…</translation>
    </message>
    <message>
        <location line="-140"/>
        <source>&amp;Reset password…</source>
        <translation>&amp;Сбросить пароль…</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Contacts of %1</source>
        <translation>Контакты: %1</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Enabled</source>
        <translation>Включён</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Disabled</source>
        <translation>Отключён</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>&amp;Enable</source>
        <translation>&amp;Включить</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Disable %1</source>
        <translation>Отключить: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disable %1? They are logged out at once on every computer and cannot log in until enabled again.</source>
        <translation>Отключить %1? Пользователь сразу выйдет из системы на всех компьютерах и не сможет войти, пока его снова не включат.</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::WeeklyHoursEditor</name>
    <message>
        <location filename="../client/ui/slaeditors.cpp" line="-92"/>
        <source>Day</source>
        <translation>День</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>From</source>
        <translation>С</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Until</source>
        <translation>До</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An end at or before the start runs into the next day; 00:00 to 00:00 is the whole day.</source>
        <translation>Конец не позже начала переходит на следующий день; с 00:00 до 00:00 — весь день.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add hours</source>
        <translation>Добавить часы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove hours</source>
        <translation>Удалить часы</translation>
    </message>
</context>
</TS>
