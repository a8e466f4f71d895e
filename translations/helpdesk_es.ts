<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>AdminErrors</name>
    <message>
        <location filename="../client/ui/adminerrors.cpp" line="+46"/>
        <source>You are no longer logged in. Log in again, then try once more.</source>
        <translation>Ya no ha iniciado sesión. Inicie sesión de nuevo y vuelva a intentarlo.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Enter your current password.</source>
        <translation>Introduzca su contraseña actual.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The current password is wrong.</source>
        <translation>La contraseña actual es incorrecta.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A password must have 8 to 1024 characters.</source>
        <translation>Una contraseña debe tener de 8 a 1024 caracteres.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This login is already taken.</source>
        <translation>Este usuario ya está en uso.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A login has 1 to 64 letters, digits or . _ @ + -.</source>
        <translation>Un usuario tiene de 1 a 64 letras, dígitos o . _ @ + -.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A name must have 1 to 200 characters.</source>
        <translation>Un nombre debe tener de 1 a 200 caracteres.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This is not an e-mail address.</source>
        <translation>Esto no es una dirección de correo electrónico.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A phone number has at most 40 digits, spaces and + ( ) . / -.</source>
        <translation>Un número de teléfono tiene como máximo 40 dígitos, espacios y + ( ) . / -.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not a language code like hr or pt_BR.</source>
        <translation>No es un código de idioma como hr o pt_BR.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You cannot disable your own account.</source>
        <translation>No puede desactivar su propia cuenta.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Notes can have at most 10,000 characters.</source>
        <translation>Las notas pueden tener como máximo 10.000 caracteres.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Service %1: a name has 1 to 200 characters, details at most 2,000.</source>
        <translation>Servicio %1: un nombre tiene de 1 a 200 caracteres, los detalles como máximo 2.000.</translation>
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
        <translation>Administrador</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Team lead</source>
        <translation>Jefe de equipo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Agent</source>
        <translation>Agente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Customer contact</source>
        <translation>Contacto del cliente</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Owner</source>
        <translation>Titular</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Technical contact</source>
        <translation>Contacto técnico</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Billing contact</source>
        <translation>Contacto de facturación</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Hosting</source>
        <translation>Alojamiento</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Domain</source>
        <translation>Dominio</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mailbox</source>
        <translation>Buzón</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
</context>
<context>
    <name>AssigneeChoices</name>
    <message>
        <location filename="../client/ui/assigneechoices.cpp" line="+55"/>
        <source>online</source>
        <translation>en línea</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>away</source>
        <translation>ausente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>offline</source>
        <translation>desconectado</translation>
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
        <translation>Un administrador ha desactivado su cuenta.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An administrator has reset your password. Please log in with the new one.</source>
        <translation>Un administrador ha restablecido su contraseña. Inicie sesión con la nueva.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your session has expired. Please log in again.</source>
        <translation>Tu sesión ha caducado. Vuelve a iniciar sesión.</translation>
    </message>
</context>
<context>
    <name>DueText</name>
    <message numerus="yes">
        <location filename="../client/core/duetext.cpp" line="+21"/>
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n h</source>
        <translation>
            <numerusform>%n h</numerusform>
            <numerusform>%n h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n d</source>
        <translation>
            <numerusform>%n día</numerusform>
            <numerusform>%n días</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Paused</source>
        <translation>En pausa</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 left</source>
        <translation>quedan %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../client/ui/tickettableview.cpp" line="+342"/>
        <source>%1 overdue</source>
        <translation>vencido hace %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Waiting on the customer: the SLA clock is paused</source>
        <translation>Esperando al cliente: el reloj del SLA está en pausa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Resolution</source>
        <translation>Resolución</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>First response</source>
        <translation>Primera respuesta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next response</source>
        <translation>Siguiente respuesta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 due %2</source>
        <translation>%1: vence el %2</translation>
    </message>
</context>
<context>
    <name>ReportDocument</name>
    <message>
        <location filename="../client/ui/reportdocument.cpp" line="+59"/>
        <source>Print report</source>
        <translation>Imprimir informe</translation>
    </message>
</context>
<context>
    <name>ReportTables</name>
    <message>
        <location filename="../client/ui/reporttables.cpp" line="+51"/>
        <source>New</source>
        <translation>Nueva</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open</source>
        <translation>Abierta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pending</source>
        <translation>En espera</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Desktop client</source>
        <translation>Cliente de escritorio</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Alert</source>
        <translation>Alerta</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Key figures</source>
        <translation>Cifras clave</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Figure</source>
        <translation>Indicador</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tickets created</source>
        <translation>Solicitudes creadas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolutions</source>
        <translation>Resoluciones</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First response, median (business hours)</source>
        <translation>Primera respuesta, mediana (horas laborables)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First response, 90th percentile (business hours)</source>
        <translation>Primera respuesta, percentil 90 (horas laborables)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolution time, median (business hours)</source>
        <translation>Tiempo de resolución, mediana (horas laborables)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolution time, 90th percentile (business hours)</source>
        <translation>Tiempo de resolución, percentil 90 (horas laborables)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SLA compliance (%)</source>
        <translation>Cumplimiento del SLA (%)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re-open rate (%)</source>
        <translation>Tasa de reapertura (%)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer satisfaction (% good)</source>
        <translation>Satisfacción del cliente (% buenas)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ratings good</source>
        <translation>Valoraciones «bien»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ratings bad</source>
        <translation>Valoraciones «mal»</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Per day</source>
        <translation>Por día</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Created</source>
        <translation>Creadas</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Resolved</source>
        <translation>Resueltas</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Good ratings</source>
        <translation>Valoraciones buenas</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Bad ratings</source>
        <translation>Valoraciones malas</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Backlog now</source>
        <translation>Pendientes ahora</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Queue</source>
        <translation>Cola</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+11"/>
        <location line="+6"/>
        <source>Tickets</source>
        <translation>Solicitudes</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>Average age (hours)</source>
        <translation>Antigüedad media (horas)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Older than a day</source>
        <translation>Más de un día</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Older than a week</source>
        <translation>Más de una semana</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No queue</source>
        <translation>Sin cola</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Tickets per channel</source>
        <translation>Solicitudes por canal</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Tickets per request type</source>
        <translation>Solicitudes por tipo de solicitud</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Request type</source>
        <translation>Tipo de solicitud</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No request type</source>
        <translation>Sin tipo de solicitud</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Per agent</source>
        <translation>Por agente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agent</source>
        <translation>Agente</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Handled</source>
        <translation>Atendidas</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>First response, median (h)</source>
        <translation>Primera respuesta, mediana (h)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Resolution, median (h)</source>
        <translation>Resolución, mediana (h)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Satisfaction (% good)</source>
        <translation>Satisfacción (% buenas)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Time accounted (min)</source>
        <translation>Tiempo registrado (min)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Assigned now</source>
        <translation>Asignados ahora</translation>
    </message>
</context>
<context>
    <name>TimeText</name>
    <message>
        <location filename="../client/core/timetext.cpp" line="+17"/>
        <source>just now</source>
        <translation>ahora mismo</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>hace %n minuto</numerusform>
            <numerusform>hace %n minutos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>hace %n hora</numerusform>
            <numerusform>hace %n horas</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>yesterday, %1</source>
        <translation>ayer, %1</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>hace %n día</numerusform>
            <numerusform>hace %n días</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>helpdesk::client::AdminMenu</name>
    <message>
        <location filename="../client/ui/adminmenu.cpp" line="+73"/>
        <source>&amp;Administration</source>
        <translation>&amp;Administración</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;hange password…</source>
        <translation>Cam&amp;biar contraseña…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Users and contacts…</source>
        <translation>&amp;Usuarios y contactos…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Contacts…</source>
        <translation>&amp;Contactos…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Organisations…</source>
        <translation>&amp;Organizaciones…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Request types…</source>
        <translation>&amp;Tipos de solicitud…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Audit log…</source>
        <translation>&amp;Registro de auditoría…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>API &amp;tokens…</source>
        <translation>&amp;Tokens de API…</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::AnnouncementBanner</name>
    <message>
        <location filename="../client/ui/announcementbanner.cpp" line="+38"/>
        <source>Maintenance</source>
        <translation>Mantenimiento</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Setting change</source>
        <translation>Cambio de configuración</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Software update</source>
        <translation>Actualización de software</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Announcement</source>
        <translation>Aviso</translation>
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
        <translation>Detalles…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Dismiss</source>
        <translation>Ocultar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hide this announcement from the banner</source>
        <translation>Quitar este aviso de la franja</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::AnnouncementEditor</name>
    <message>
        <location filename="../client/ui/announcementeditor.cpp" line="+52"/>
        <source>Edit announcement</source>
        <translation>Editar aviso</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New announcement</source>
        <translation>Nuevo aviso</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Everyone</source>
        <translation>Todos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chosen organisations</source>
        <translation>Organizaciones elegidas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organisations with a service</source>
        <translation>Organizaciones con un servicio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hosting</source>
        <translation>Alojamiento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Domain</source>
        <translation>Dominio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mailbox</source>
        <translation>Buzón</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other service</source>
        <translation>Otro servicio</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Add language</source>
        <translation>Añadir idioma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove language</source>
        <translation>Quitar idioma</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Kind:</source>
        <translation>Tipo:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Audience:</source>
        <translation>Destinatarios:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organisations:</source>
        <translation>Organizaciones:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Service:</source>
        <translation>Servicio:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Starts:</source>
        <translation>Inicio:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ends:</source>
        <translation>Fin:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Title and text in each language:</source>
        <translation>Título y texto en cada idioma:</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Title:</source>
        <translation>Título:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text:</source>
        <translation>Texto:</translation>
    </message>
    <message>
        <location line="+134"/>
        <source>A colleague changed this announcement meanwhile. Their version is shown now; make your changes again.</source>
        <translation>Un compañero ha cambiado este aviso mientras tanto. Ahora se muestra su versión; vuelva a hacer sus cambios.</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::AnnouncementsDialog</name>
    <message>
        <location filename="../client/ui/announcementsdialog.cpp" line="+31"/>
        <source>upcoming</source>
        <translation>próximo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ended</source>
        <translation>finalizado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>withdrawn</source>
        <translation>retirado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>now</source>
        <translation>ahora</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Announcements</source>
        <translation>Avisos</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Current and upcoming</source>
        <translation>Actuales y próximos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All</source>
        <translation>Todos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ended</source>
        <translation>Finalizados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Withdrawn</source>
        <translation>Retirados</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>New…</source>
        <translation>Nuevo…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Withdraw</source>
        <translation>Retirar</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>%1 · %2 · %3 (%4)</source>
        <translation>%1 · %2 · %3 (%4)</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>No announcements.</source>
        <translation>No hay avisos.</translation>
    </message>
    <message>
        <location line="+24"/>
        <location line="+9"/>
        <source>Withdraw announcement</source>
        <translation>Retirar aviso</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Withdraw this announcement? Customers will no longer see it.</source>
        <translation>¿Retirar este aviso? Los clientes dejarán de verlo.</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::ApiTokensDialog</name>
    <message>
        <location filename="../client/ui/apitokensdialog.cpp" line="+177"/>
        <source>Revoke API token</source>
        <translation>Revocar token de API</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revoke the token &quot;%1&quot;? Whatever uses it stops working at once.</source>
        <translation>¿Revocar el token «%1»? Todo lo que lo use dejará de funcionar de inmediato.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Revoked %1</source>
        <translation>Revocado el %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Active</source>
        <translation>Activo</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>API tokens</source>
        <translation>Tokens de API</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Scopes</source>
        <translation>Ámbitos</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Created</source>
        <translation>Creado</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last used</source>
        <translation>Último uso</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show revoked tokens</source>
        <translation>Mostrar tokens revocados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New token&apos;s name:</source>
        <translation>Nombre del nuevo token:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. Prometheus</source>
        <translation>p. ej., Prometheus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>May report monitoring alerts (scope: alerts)</source>
        <translation>Puede notificar alertas de monitorización (ámbito: alerts)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create token</source>
        <translation>Crear token</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revoke…</source>
        <translation>Revocar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy this token now and store it in the monitoring system: it will not be shown again.</source>
        <translation>Copie este token ahora y guárdelo en el sistema de monitorización: no se volverá a mostrar.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::AttachmentDownload</name>
    <message>
        <location filename="../client/core/attachmenttransfer.cpp" line="+198"/>
        <source>The file arrived damaged (its checksum does not match).</source>
        <translation>El archivo llegó dañado (la suma de comprobación no coincide).</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::AttachmentStrip</name>
    <message>
        <location filename="../client/ui/attachmentstrip.cpp" line="+55"/>
        <source>Attach file…</source>
        <translation>Adjuntar archivo…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attach files to this reply. You can also drop files here or paste a screenshot with Ctrl+V.</source>
        <translation>Adjunte archivos a esta respuesta. También puede soltar archivos aquí o pegar una captura de pantalla con Ctrl+V.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Attach files</source>
        <translation>Adjuntar archivos</translation>
    </message>
    <message>
        <location line="+93"/>
        <source>attached</source>
        <translation>adjuntado</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>waiting for the connection</source>
        <translation>esperando la conexión</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not attached: %1</source>
        <translation>no adjuntado: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Remove this file</source>
        <translation>Quitar este archivo</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::AttachmentUpload</name>
    <message>
        <location filename="../client/core/attachmenttransfer.cpp" line="-141"/>
        <location line="+39"/>
        <source>The file %1 cannot be read.</source>
        <translation>No se puede leer el archivo %1.</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::AuditLogDialog</name>
    <message>
        <location filename="../client/ui/auditlogdialog.cpp" line="+64"/>
        <source>Audit log</source>
        <translation>Registro de auditoría</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Anyone</source>
        <translation>Cualquiera</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Any action</source>
        <translation>Cualquier acción</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;From:</source>
        <translation>&amp;Desde:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;To:</source>
        <translation>&amp;Hasta:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Apply</source>
        <translation>&amp;Aplicar</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;User:</source>
        <translation>&amp;Usuario:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A&amp;ction:</source>
        <translation>A&amp;cción:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Object</source>
        <translation>Objeto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From address</source>
        <translation>Desde la dirección</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Changes (old → new)</source>
        <translation>Cambios (anterior → nuevo)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>‹ &amp;Newer</source>
        <translation>‹ &amp;Más recientes</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Older ›</source>
        <translation>Más &amp;antiguos ›</translation>
    </message>
    <message>
        <location line="+107"/>
        <source>User %1</source>
        <translation>Usuario %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Organisation %1</source>
        <translation>Organización %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Page %1</source>
        <translation>Página %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Logged in</source>
        <translation>Inicio de sesión</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Failed login</source>
        <translation>Inicio de sesión fallido</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Login refused (disabled)</source>
        <translation>Inicio de sesión rechazado (desactivado)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Logged out</source>
        <translation>Cierre de sesión</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>User created</source>
        <translation>Usuario creado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>User changed</source>
        <translation>Usuario modificado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Password set</source>
        <translation>Contraseña establecida</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Organisation created</source>
        <translation>Organización creada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Organisation changed</source>
        <translation>Organización modificada</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::CalendarsDialog</name>
    <message>
        <location filename="../client/ui/calendarsdialog.cpp" line="+104"/>
        <source>Business calendars</source>
        <translation>Calendarios laborales</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New calendar</source>
        <translation>Nuevo calendario</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Time zone:</source>
        <translation>&amp;Zona horaria:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Business hours:</source>
        <translation>Horario laboral:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Holidays:</source>
        <translation>Festivos:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>24/7 (built in)</source>
        <translation>24/7 (integrado)</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>The built-in 24/7 calendar counts every minute and cannot be changed.</source>
        <translation>El calendario integrado 24/7 cuenta cada minuto y no se puede cambiar.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Nothing has changed.</source>
        <translation>No ha cambiado nada.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Saved.</source>
        <translation>Guardado.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>A colleague saved this calendar meanwhile. Their changes are shown with yours on top: check and save again.</source>
        <translation>Mientras tanto, un compañero guardó este calendario. Se muestran sus cambios junto con los suyos: revise y vuelva a guardar.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A colleague saved this calendar meanwhile and changed the same fields as you. Their version is shown: make your change again if it is still needed.</source>
        <translation>Mientras tanto, un compañero guardó este calendario y cambió los mismos campos que usted. Se muestra su versión: repita su cambio si todavía hace falta.</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::CcPicker</name>
    <message>
        <location filename="../client/ui/ccpicker.cpp" line="+146"/>
        <source>No other contact of this organisation may see this ticket</source>
        <translation>Ningún otro contacto de esta organización puede ver este ticket</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loading contacts…</source>
        <translation>Cargando contactos…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Cc: nobody</source>
        <translation>Cc: nadie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cc: %1</source>
        <translation>Cc: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cc: %1 (as on the last message)</source>
        <translation>Cc: %1 (como en el último mensaje)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>C&amp;c</source>
        <translation>&amp;Cc</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy this e-mail reply to other contacts of the organisation who may see this ticket. Preselected: the people of the last public message (those it was copied to and its author).</source>
        <translation>Enviar una copia de esta respuesta por correo a otros contactos de la organización que pueden ver este ticket. Preseleccionados: las personas del último mensaje público (los que recibieron copia y su autor).</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::ChangePasswordDialog</name>
    <message>
        <location filename="../client/ui/changepassworddialog.cpp" line="+40"/>
        <source>Reset password of %1</source>
        <translation>Restablecer la contraseña de %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Change password</source>
        <translation>Cambiar contraseña</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Current password:</source>
        <translation>Contraseña &amp;actual:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;New password:</source>
        <translation>&amp;Nueva contraseña:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Repeat new password:</source>
        <translation>&amp;Repita la nueva contraseña:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is logged out everywhere at once and logs in with the new password.</source>
        <translation>%1 cierra sesión en todas partes de inmediato e inicia sesión con la nueva contraseña.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>At least 8 characters. Your other computers must log in again.</source>
        <translation>Al menos 8 caracteres. Sus otros equipos deberán iniciar sesión de nuevo.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Set password</source>
        <translation>Establecer contraseña</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Enter your current password.</source>
        <translation>Introduzca su contraseña actual.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A password must have 8 to 1024 characters.</source>
        <translation>Una contraseña debe tener de 8 a 1024 caracteres.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The two new passwords differ.</source>
        <translation>Las dos contraseñas nuevas no coinciden.</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::CollisionBar</name>
    <message>
        <location filename="../client/ui/collisionbar.cpp" line="+39"/>
        <source>User %1</source>
        <translation>Usuario %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is typing…</source>
        <translation>%1 está escribiendo…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is viewing</source>
        <translation>%1 está viendo</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::CollisionDialog</name>
    <message>
        <location filename="../client/ui/collisiondialog.cpp" line="+33"/>
        <source>New messages on this ticket</source>
        <translation>Mensajes nuevos en este ticket</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>While you were writing, someone else wrote on this ticket. Your reply was not sent yet:</source>
        <translation>Mientras escribía, otra persona escribió en este ticket. Su respuesta aún no se ha enviado:</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>User %1</source>
        <translation>Usuario %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, %2:</source>
        <translation>%1, %2:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Send anyway</source>
        <translation>Enviar de todos modos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Back to my draft</source>
        <translation>Volver a mi borrador</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::Composer</name>
    <message>
        <location filename="../client/ui/composer.cpp" line="+296"/>
        <source>&amp;Reply to customer</source>
        <translation>&amp;Responder al cliente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Internal note</source>
        <translation>Nota &amp;interna</translation>
    </message>
    <message>
        <location line="+106"/>
        <source>&amp;Send</source>
        <translation>&amp;Enviar</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Add note and set %1</source>
        <translation>Añadir nota y cambiar el estado a «%1»</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Send and set %1</source>
        <translation>Enviar y cambiar el estado a «%1»</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Ctrl+Enter sends; add Shift to set Pending, Alt to set Resolved. Your text is saved as you type.</source>
        <translation>Ctrl+Intro envía; con Mayús pasa a «Pendiente», con Alt a «Resuelto». El texto se guarda mientras escribes.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ctrl+Enter sends. Your text is saved as you type.</source>
        <translation>Ctrl+Intro envía el mensaje. El texto se guarda mientras escribes.</translation>
    </message>
    <message>
        <location line="-120"/>
        <source>Re&amp;try</source>
        <translation>Reinten&amp;tar</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Switch between reply and internal note (Ctrl+Shift+I)</source>
        <translation>Cambiar entre respuesta y nota interna (Ctrl+Mayús+I)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Also by e-&amp;mail</source>
        <translation>También por corr&amp;eo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send this reply to the customer by e-mail too</source>
        <translation>Enviar también esta respuesta al cliente por correo electrónico</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Si&amp;gnatures…</source>
        <translation>&amp;Firmas…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit the signatures added to your replies</source>
        <translation>Editar las firmas que se añaden a tus respuestas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send and set the ticket&apos;s status</source>
        <translation>Enviar y cambiar el estado del ticket</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Edit again</source>
        <translation>Editar de n&amp;uevo</translation>
    </message>
    <message numerus="yes">
        <location line="+75"/>
        <source>%n reply(ies) to this ticket could not be sent.</source>
        <translation>
            <numerusform>No se pudo enviar %n respuesta a este ticket.</numerusform>
            <numerusform>No se pudieron enviar %n respuestas a este ticket.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Write a note only your team will see…</source>
        <translation>Escribe una nota que solo verá tu equipo…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Write your reply…</source>
        <translation>Escribe tu respuesta…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add &amp;note</source>
        <translation>Añadir &amp;nota</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::Connection</name>
    <message>
        <location filename="../client/core/connection.cpp" line="+39"/>
        <source>The server did not answer.</source>
        <translation>El servidor no respondió.</translation>
    </message>
    <message>
        <location line="+116"/>
        <source>The server closed the connection.</source>
        <translation>El servidor cerró la conexión.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>This build of the client has no TLS support.</source>
        <translation>Esta compilación del cliente no admite TLS.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Connection to the server lost: %1</source>
        <translation>Se perdió la conexión con el servidor: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Could not connect to %1:%2: %3</source>
        <translation>No se pudo conectar a %1:%2: %3</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>The server sent a message larger than %1 bytes.</source>
        <translation>El servidor envió un mensaje de más de %1 bytes.</translation>
    </message>
    <message>
        <location filename="../client/core/connectionsession.cpp" line="+209"/>
        <source>The server stopped answering.</source>
        <translation>El servidor dejó de responder.</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::ConversationModel</name>
    <message>
        <location filename="../client/core/conversationtexts.cpp" line="+19"/>
        <source>Ticket created</source>
        <translation>Ticket creado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status changed from %1 to %2</source>
        <translation>Estado cambiado de %1 a %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Priority changed from %1 to %2</source>
        <translation>Prioridad cambiada de %1 a %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unassigned (was %1)</source>
        <translation>Desasignado (antes: %1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assigned to %1</source>
        <translation>Asignado a %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Moved from queue %1 to %2</source>
        <translation>Movido de la cola %1 a %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Customer changed from %1 to %2</source>
        <translation>Cliente cambiado de %1 a %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Subject changed from “%1” to “%2”</source>
        <translation>Asunto cambiado de «%1» a «%2»</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tags changed from %1 to %2</source>
        <translation>Etiquetas cambiadas de %1 a %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 changed from %2 to %3</source>
        <translation>Campo «%1» cambiado de %2 a %3</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Unlinked from ticket %1</source>
        <translation>Desvinculado del ticket %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Linked to ticket %1</source>
        <translation>Vinculado al ticket %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ticket %1 was merged into this one</source>
        <translation>El ticket %1 se fusionó con este</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Merged into ticket %1</source>
        <translation>Fusionado con el ticket %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The customer rated the solution good</source>
        <translation>El cliente valoró la solución como buena</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The customer rated the solution bad</source>
        <translation>El cliente valoró la solución como mala</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>first response</source>
        <translation>primera respuesta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>next response</source>
        <translation>siguiente respuesta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>resolution</source>
        <translation>resolución</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SLA target missed: %1</source>
        <translation>Objetivo de SLA incumplido: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SLA target close: %1</source>
        <translation>Objetivo de SLA cercano: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Urgent ticket: the queue was alerted</source>
        <translation>Ticket urgente: se avisó a la cola</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bad rating: the queue&apos;s leads were alerted</source>
        <translation>Mala valoración: se avisó a los responsables de la cola</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Waiting for the organisation owner&apos;s approval</source>
        <translation>Esperando la aprobación del propietario de la organización</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Approved by the organisation&apos;s owner</source>
        <translation>Aprobado por el propietario de la organización</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refused by the organisation&apos;s owner</source>
        <translation>Rechazado por el propietario de la organización</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Filed as a guided request (%1)</source>
        <translation>Presentado como solicitud guiada (%1)</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+17"/>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::ConversationView</name>
    <message>
        <location filename="../client/ui/conversationview.cpp" line="+135"/>
        <source>Support team</source>
        <translation>Equipo de soporte</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+130"/>
        <source>User #%1</source>
        <translation>Usuario #%1</translation>
    </message>
    <message>
        <location line="-78"/>
        <source>Internal note</source>
        <translation>Nota interna</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>By e-mail from %1</source>
        <translation>Por correo electrónico de %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cc: %1</source>
        <translation>Cc: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not sent: %1</source>
        <translation>No enviada: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waiting to be sent</source>
        <translation>Pendiente de envío</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>sets the status to %1</source>
        <translation>cambiará el estado a «%1»</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>About the announcement: %1</source>
        <translation>Sobre el aviso: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>… %n more character(s) not shown.</source>
        <translation>
            <numerusform>… %n carácter más sin mostrar.</numerusform>
            <numerusform>… %n caracteres más sin mostrar.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+24"/>
        <location line="+28"/>
        <source>Phone call</source>
        <translation>Llamada telefónica</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>outbound</source>
        <translation>saliente</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>inbound</source>
        <translation>entrante</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>to %1</source>
        <translation>a %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>from %1</source>
        <translation>de %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>By e-mail</source>
        <translation>Por correo electrónico</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Monitoring alert</source>
        <translation>Alerta de monitorización</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Knowledge base articles sent:</source>
        <translation>Artículos de la base de conocimientos enviados:</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::CredentialStore</name>
    <message>
        <location filename="../client/ui/credentialstore.cpp" line="+104"/>
        <source>This computer has no password keychain this program can use (such as the Secret Service, KWallet, the macOS Keychain or the Windows Credential Manager), so you will need to enter your password each time.</source>
        <translation>Este equipo no tiene ningún almacén de contraseñas que este programa pueda usar (como Secret Service, KWallet, el llavero de macOS o el Administrador de credenciales de Windows), así que tendrás que introducir tu contraseña cada vez.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Access to the password keychain was refused, so the session cannot be remembered.</source>
        <translation>Se denegó el acceso al almacén de contraseñas, así que no se puede recordar la sesión.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The password keychain is locked or does not allow access, so the session cannot be remembered.</source>
        <translation>El almacén de contraseñas está bloqueado o no permite el acceso, así que no se puede recordar la sesión.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The remembered session could not be removed from the password keychain.</source>
        <translation>No se pudo eliminar la sesión recordada del almacén de contraseñas.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This computer&apos;s password keychain could not be used, so the session cannot be remembered and you will need to enter your password each time.</source>
        <translation>No se pudo usar el almacén de contraseñas de este equipo, así que no se puede recordar la sesión y tendrás que introducir tu contraseña cada vez.</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::CustomerPanel</name>
    <message>
        <location filename="../client/ui/customerpanel.cpp" line="+149"/>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>owner</source>
        <translation>titular</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>billing</source>
        <translation>facturación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>technical</source>
        <translation>técnico</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>disabled</source>
        <translation>desactivado</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No contacts</source>
        <translation>Sin contactos</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Hosting</source>
        <translation>Alojamiento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Domain</source>
        <translation>Dominio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mailbox</source>
        <translation>Buzón</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>#%1 %2 — %3</source>
        <translation>#%1 %2 — %3</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Tickets of this customer (%L1)</source>
        <translation>Tickets de este cliente (%L1)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contacts</source>
        <translation>Contactos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Services</source>
        <translation>Servicios</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::DashboardWindow</name>
    <message>
        <location filename="../client/ui/dashboardwindow.cpp" line="+181"/>
        <source>All queues</source>
        <translation>Todas las colas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All organisations</source>
        <translation>Todas las organizaciones</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>All agents</source>
        <translation>Todos los agentes</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>%1 h</source>
        <translation>%1 h</translation>
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
        <translation>Creadas</translation>
    </message>
    <message>
        <location line="-153"/>
        <location line="+154"/>
        <source>Resolved</source>
        <translation>Resueltas</translation>
    </message>
    <message>
        <location line="-138"/>
        <source>Created and resolved per day</source>
        <translation>Creadas y resueltas por día</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Backlog by status</source>
        <translation>Pendientes por estado</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Good</source>
        <translation>Bien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bad</source>
        <translation>Mal</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Customer ratings per day</source>
        <translation>Valoraciones de clientes por día</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Export report as CSV</source>
        <translation>Exportar informe como CSV</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+7"/>
        <source>The file could not be written.</source>
        <translation>No se pudo escribir el archivo.</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Export report as PDF</source>
        <translation>Exportar informe como PDF</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Dashboard and reports</source>
        <translation>Panel e informes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First day</source>
        <translation>Primer día</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last day</source>
        <translation>Último día</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export CSV…</source>
        <translation>Exportar CSV…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export PDF…</source>
        <translation>Exportar PDF…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print…</source>
        <translation>Imprimir…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dashboard</source>
        <translation>Panel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reports</source>
        <translation>Informes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open now</source>
        <translation>Abiertas ahora</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First response (median / 90%)</source>
        <translation>Primera respuesta (mediana / 90%)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolution (median / 90%)</source>
        <translation>Resolución (mediana / 90%)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SLA met</source>
        <translation>SLA cumplido</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Re-opened</source>
        <translation>Reabiertas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Satisfied customers</source>
        <translation>Clientes satisfechos</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::DateListEditor</name>
    <message>
        <location filename="../client/ui/slaeditors.cpp" line="+259"/>
        <source>Add date</source>
        <translation>Añadir fecha</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove date</source>
        <translation>Quitar fecha</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::DraftStore</name>
    <message>
        <location filename="../client/core/draftstore.cpp" line="+109"/>
        <source>Could not save the draft: %1</source>
        <translation>No se pudo guardar el borrador: %1</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::ErrorText</name>
    <message>
        <location filename="../client/core/errortext.cpp" line="+63"/>
        <source>Not connected to the server.</source>
        <translation>No hay conexión con el servidor.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The connection to the server was lost.</source>
        <translation>Se perdió la conexión con el servidor.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server did not answer in time.</source>
        <translation>El servidor no respondió a tiempo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server sent an answer this client does not understand.</source>
        <translation>El servidor envió una respuesta que este cliente no entiende.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The request is too large for the server.</source>
        <translation>La solicitud es demasiado grande para el servidor.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server could not read the request.</source>
        <translation>El servidor no pudo leer la solicitud.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server does not support this operation. It may be an older version.</source>
        <translation>El servidor no admite esta operación. Puede que sea una versión anterior.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Some of the entered values are not valid.</source>
        <translation>Algunos de los valores introducidos no son válidos.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server ran into an internal error. Please try again.</source>
        <translation>El servidor sufrió un error interno. Inténtelo de nuevo.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Wrong login or password.</source>
        <translation>Usuario o contraseña incorrectos.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This account is disabled. Please ask an administrator.</source>
        <translation>Esta cuenta está desactivada. Consulte a un administrador.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your session has expired. Please log in again.</source>
        <translation>Su sesión ha caducado. Inicie sesión de nuevo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You are not logged in.</source>
        <translation>No ha iniciado sesión.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You are not allowed to do this.</source>
        <translation>No tiene permiso para hacer esto.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It does not exist or you cannot see it.</source>
        <translation>No existe o no puede verlo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Someone else changed this in the meantime.</source>
        <translation>Otra persona lo cambió mientras tanto.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This request waits for the organisation owner&apos;s approval; until then it cannot be answered, assigned, merged or have its status changed.</source>
        <translation>Esta solicitud espera la aprobación del titular de la organización; hasta entonces no se puede responder, asignar, fusionar ni cambiar su estado.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Too many attempts. Please wait a moment and try again.</source>
        <translation>Demasiados intentos. Espere un momento y vuelva a intentarlo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server speaks a different protocol version than this client.</source>
        <translation>El servidor usa una versión del protocolo distinta de la de este cliente.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unexpected error (code %1).</source>
        <translation>Error inesperado (código %1).</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::EverywhereModel</name>
    <message>
        <location filename="../client/ui/everywheremodel.cpp" line="+48"/>
        <source>Tickets</source>
        <translation>Tickets</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Contacts</source>
        <translation>Contactos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Organisations</source>
        <translation>Organizaciones</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Articles</source>
        <translation>Artículos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Canned responses</source>
        <translation>Respuestas predefinidas</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>More found: type more words to narrow it down.</source>
        <translation>Hay más resultados: escriba más palabras para acotar la búsqueda.</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::KbEditor</name>
    <message>
        <location filename="../client/ui/kbeditor.cpp" line="+58"/>
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Visible to:</source>
        <translation>&amp;Visible para:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;State:</source>
        <translation>&amp;Estado:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>T&amp;ags:</source>
        <translation>&amp;Etiquetas:</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Edit article</source>
        <translation>Editar artículo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New article</source>
        <translation>Nuevo artículo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Staff only</source>
        <translation>Solo el personal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customers and staff</source>
        <translation>Clientes y personal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Draft</source>
        <translation>Borrador</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Published</source>
        <translation>Publicado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write the article in Markdown: # headings, - lists, [links](https://example.org), ``` code blocks.</source>
        <translation>Escriba el artículo en Markdown: # títulos, - listas, [enlaces](https://example.org), ``` bloques de código.</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>A colleague saved this article while you were editing it. Your text is still here; save again to replace their version with it, or cancel to keep theirs.</source>
        <translation>Un compañero guardó este artículo mientras usted lo editaba. Su texto sigue aquí: guarde de nuevo para sustituir su versión o cancele para conservarla.</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::KbSuggestions</name>
    <message>
        <location filename="../client/ui/kbsuggestions.cpp" line="+77"/>
        <source>Articles that may help with this ticket:</source>
        <translation>Artículos que pueden ayudar con este ticket:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Articles that may answer your question:</source>
        <translation>Artículos que pueden responder a su pregunta:</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::KbWindow</name>
    <message>
        <location filename="../client/ui/kbwindow.cpp" line="+107"/>
        <source>Knowledge base article: %1 %2</source>
        <translation>Artículo de la base de conocimientos: %1 %2</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Knowledge base</source>
        <translation>Base de conocimiento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search articles</source>
        <translation>Buscar artículos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This helped</source>
        <translation>Esto me ayudó</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This did not help</source>
        <translation>Esto no me ayudó</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Insert &amp;link into reply</source>
        <translation>Insertar &amp;enlace en la respuesta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Insert e&amp;xcerpt into reply</source>
        <translation>Insertar e&amp;xtracto en la respuesta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New article…</source>
        <translation>&amp;Nuevo artículo…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+15"/>
        <source>All articles</source>
        <translation>Todos los artículos</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>%1 (draft)</source>
        <translation>%1 (borrador)</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Helpful: %1 · Not helpful: %2</source>
        <translation>Útil: %1 · No útil: %2</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Thank you for your feedback.</source>
        <translation>Gracias por su opinión.</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::LogCallDialog</name>
    <message>
        <location filename="../client/ui/logcalldialog.cpp" line="+113"/>
        <source>Log a call</source>
        <translation>Registrar una llamada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A phone call about #%1 %2</source>
        <translation>Una llamada telefónica sobre el ticket #%1 %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Caller:</source>
        <translation>&amp;Interlocutor:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Direction:</source>
        <translation>&amp;Dirección:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Durati&amp;on:</source>
        <translation>D&amp;uración:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not recorded</source>
        <translation>no registrada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Notes:</source>
        <translation>&amp;Notas:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What was said and agreed, in your words</source>
        <translation>Lo que se habló y acordó, con tus palabras</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Internal: only staff see this call</source>
        <translation>Int&amp;erna: solo el personal ve esta llamada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Log call</source>
        <translation>&amp;Registrar llamada</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Inbound: they called us</source>
        <translation>Entrante: nos llamaron</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outbound: we called them</source>
        <translation>Saliente: llamamos nosotros</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>User #%1</source>
        <translation>Usuario #%1</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Write down what the call was about.</source>
        <translation>Anota de qué trató la llamada.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The notes are too long: at most %1 characters are allowed.</source>
        <translation>Las notas son demasiado largas: se permiten como máximo %1 caracteres.</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::LoginDialog</name>
    <message>
        <location filename="../client/ui/logindialog.cpp" line="+150"/>
        <source>Looking for your saved session…</source>
        <translation>Buscando tu sesión guardada…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Log in to the helpdesk</source>
        <translation>Iniciar sesión en el servicio de soporte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Server:</source>
        <translation>&amp;Servidor:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Login:</source>
        <translation>&amp;Usuario:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Password:</source>
        <translation>&amp;Contraseña:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>host:port</source>
        <translation>host:puerto</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Remember me on this computer</source>
        <translation>&amp;Recordarme en este equipo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keeps your session (not your password) in this computer&apos;s password keychain, so that you are not asked to log in at the next start.</source>
        <translation>Guarda tu sesión (no tu contraseña) en el almacén de contraseñas de este equipo, para que no tengas que volver a iniciar sesión la próxima vez que abras el programa.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Log &amp;in</source>
        <translation>&amp;Iniciar sesión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quit</source>
        <translation>Sa&amp;lir</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>The helpdesk server&apos;s address, for example helpdesk.example.com:%1, or tls://helpdesk.example.com:%1 for an encrypted connection</source>
        <translation>Dirección del servidor de soporte, por ejemplo helpdesk.example.com:%1, o tls://helpdesk.example.com:%1 para una conexión cifrada</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Enter the server as host:port or tls://host:port, for example helpdesk.example.com:%1.</source>
        <translation>Indique el servidor como host:puerto o tls://host:puerto, por ejemplo helpdesk.example.com:%1.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Enter your login.</source>
        <translation>Introduce tu usuario.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Enter your password.</source>
        <translation>Introduce tu contraseña.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Connecting to %1…</source>
        <translation>Conectando con %1…</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Logging in…</source>
        <translation>Iniciando sesión…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot reach the server %1. Trying again…</source>
        <translation>No se puede contactar con el servidor %1. Reintentando…</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Your saved session has expired. Please enter your password.</source>
        <translation>Tu sesión guardada ha caducado. Introduce tu contraseña.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Resuming your session on %1…</source>
        <translation>Reanudando tu sesión en %1…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 &quot;Remember me&quot; has been turned off.</source>
        <translation>%1 Se ha desactivado la opción «Recordarme».</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::MacroButton</name>
    <message>
        <location filename="../client/ui/macrobutton.cpp" line="+49"/>
        <source>The ticket was changed meanwhile, so the macro was not applied. Check the ticket and apply it again.</source>
        <translation>El ticket ha cambiado mientras tanto, así que la macro no se ha aplicado. Revise el ticket y vuelva a aplicarla.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Macros</source>
        <translation>&amp;Macros</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reply and change the ticket in one step</source>
        <translation>Responder y cambiar el ticket en un solo paso</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::MainWindow</name>
    <message>
        <location filename="../client/ui/mainwindowmenus.cpp" line="+77"/>
        <source>About Helpdesk</source>
        <translation>Acerca de Helpdesk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Helpdesk %1
A native support desk client.</source>
        <translation>Helpdesk %1
Un cliente nativo para el servicio de soporte.</translation>
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
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Go</source>
        <translation>&amp;Ir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New ticket…</source>
        <translation>&amp;Nuevo ticket…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log a &amp;phone call…</source>
        <translation>Registrar una &amp;llamada telefónica…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualizar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log &amp;out</source>
        <translation>&amp;Cerrar sesión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Search…</source>
        <translation>&amp;Buscar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Go to ticket…</source>
        <translation>&amp;Ir al ticket…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Knowledge base</source>
        <translation>Base de &amp;conocimiento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search &amp;everywhere…</source>
        <translation>Buscar en &amp;todo…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Next unread ticket</source>
        <translation>Siguiente ticket &amp;no leído</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Previous unread ticket</source>
        <translation>Ticket no leído &amp;anterior</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Assign to me</source>
        <translation>Asignár&amp;melo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>Atajos de &amp;teclado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About Helpdesk</source>
        <translation>&amp;Acerca de Helpdesk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A&amp;nnouncements…</source>
        <translation>A&amp;visos…</translation>
    </message>
    <message>
        <location filename="../client/ui/mainwindow.cpp" line="+306"/>
        <source>Connected to %1:%2</source>
        <translation>Conectado a %1:%2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Connection lost — reconnecting… Your replies are kept and sent when it is back.</source>
        <translation>Conexión perdida — reconectando… Tus respuestas se conservan y se enviarán cuando se restablezca.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Signing in…</source>
        <translation>Autenticando…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Offline</source>
        <translation>Sin conexión</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n reply(ies) waiting to be sent</source>
        <translation>
            <numerusform>%n respuesta pendiente de envío</numerusform>
            <numerusform>%n respuestas pendientes de envío</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n reply(ies) not sent</source>
        <translation>
            <numerusform>%n respuesta no enviada</numerusform>
            <numerusform>%n respuestas no enviadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%Ln ticket(s)</source>
        <translation>
            <numerusform>%Ln ticket</numerusform>
            <numerusform>%Ln tickets</numerusform>
        </translation>
    </message>
    <message>
        <location line="+115"/>
        <source>Go to ticket</source>
        <translation>Ir al ticket</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ticket &amp;number:</source>
        <translation>&amp;Número de ticket:</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>No unread ticket below this one in the list.</source>
        <translation>No hay tickets no leídos más abajo en la lista.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No unread ticket above this one in the list.</source>
        <translation>No hay tickets no leídos más arriba en la lista.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Open a ticket first.</source>
        <translation>Abre primero un ticket.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>#%1 is already assigned to you.</source>
        <translation>El ticket #%1 ya está asignado a ti.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>#%1 is now assigned to you.</source>
        <translation>El ticket #%1 ahora está asignado a ti.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>New reply from %1</source>
        <translation>Nueva respuesta de %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>a customer</source>
        <translation>un cliente</translation>
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
        <translation>Nuevo ticket</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Subject:</source>
        <translation>&amp;Asunto:</translation>
    </message>
    <message>
        <location line="+128"/>
        <source>&amp;Description:</source>
        <translation>&amp;Descripción:</translation>
    </message>
    <message>
        <location line="-127"/>
        <source>&amp;Phone call: log this on behalf of the contact who called</source>
        <translation>&amp;Llamada telefónica: registrar el ticket en nombre del contacto que llamó</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;ustomer:</source>
        <translation>&amp;Cliente:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No customer</source>
        <translation>Sin cliente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P&amp;riority:</source>
        <translation>&amp;Prioridad:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Queue:</source>
        <translation>C&amp;ola:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Assignee:</source>
        <translation>As&amp;ignado a:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Tags:</source>
        <translation>&amp;Etiquetas:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comma separated, e.g. billing, vpn</source>
        <translation>Separadas por comas, p. ej.: facturación, vpn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>D&amp;irection:</source>
        <translation>&amp;Dirección:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Durati&amp;on:</source>
        <translation>D&amp;uración:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not recorded</source>
        <translation>no registrada</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Inbound: they called us</source>
        <translation>Entrante: nos llamaron</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outbound: we called them</source>
        <translation>Saliente: llamamos nosotros</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Create</source>
        <translation>C&amp;rear</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create the ticket (Ctrl+Enter)</source>
        <translation>Crear el ticket (Ctrl+Intro)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Low</source>
        <translation>Baja</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>High</source>
        <translation>Alta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Urgent</source>
        <translation>Urgente</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>No queue</source>
        <translation>Sin cola</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Unassigned</source>
        <translation>Sin asignar</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+44"/>
        <source>Me</source>
        <translation>Yo</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>This customer has no contacts</source>
        <translation>Este cliente no tiene contactos</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Choose the customer first</source>
        <translation>Elige primero el cliente</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Ca&amp;ller:</source>
        <translation>Persona que lla&amp;mó:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>R&amp;equester:</source>
        <translation>&amp;Solicitante:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Notes:</source>
        <translation>&amp;Notas:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your notes on the call: what the caller needs, what you agreed</source>
        <translation>Tus notas sobre la llamada: qué necesita la persona que llamó, qué se acordó</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What is the problem?</source>
        <translation>¿Cuál es el problema?</translation>
    </message>
    <message>
        <location filename="../client/ui/newticketsubmit.cpp" line="+98"/>
        <source>Enter a subject.</source>
        <translation>Introduce un asunto.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The subject is %1 characters long; at most %2 are allowed.</source>
        <translation>El asunto tiene %1 caracteres; se permiten como máximo %2.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Describe the request.</source>
        <translation>Describe la solicitud.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The description is too long: at most %1 characters are allowed.</source>
        <translation>La descripción es demasiado larga: se permiten como máximo %1 caracteres.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>There is no customer named &quot;%1&quot;. Pick one from the list, or clear the field for none.</source>
        <translation>No hay ningún cliente llamado «%1». Elige uno de la lista o vacía el campo para no indicar ninguno.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A phone call is logged on behalf of the contact who called: choose their customer, then the caller.</source>
        <translation>Una llamada telefónica se registra en nombre del contacto que llamó: elige su cliente y, después, la persona que llamó.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The tag &quot;%1&quot; contains a control character.</source>
        <translation>La etiqueta «%1» contiene un carácter de control.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The tag &quot;%1&quot; is too long: at most %2 characters are allowed.</source>
        <translation>La etiqueta «%1» es demasiado larga: se permiten como máximo %2 caracteres.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>At most %1 tags are allowed.</source>
        <translation>Se permiten como máximo %1 etiquetas.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Creating the ticket…</source>
        <translation>Creando el ticket…</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>The server did not accept this value.</source>
        <translation>El servidor no aceptó este valor.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 The ticket may have been created all the same: look for it in the ticket list before trying again.</source>
        <translation>%1 Es posible que el ticket se haya creado de todos modos: búscalo en la lista de tickets antes de volver a intentarlo.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 What you typed is kept; try again once the connection is back.</source>
        <translation>%1 Lo que has escrito se conserva; vuelve a intentarlo cuando se restablezca la conexión.</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::OfflineNotices</name>
    <message>
        <location filename="../client/ui/offlinenotices.cpp" line="+91"/>
        <source>Offline — this is a copy of the list saved %1 (its first page). It is refreshed when the connection is back.</source>
        <translation>Sin conexión — esta es una copia de la lista guardada el %1 (su primera página). Se actualizará cuando se restablezca la conexión.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Offline since %1 — the list may have changed since then.</source>
        <translation>Sin conexión desde el %1 — la lista puede haber cambiado desde entonces.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Offline — this list was not opened recently on this computer, so there is no copy of it. It loads when the connection is back.</source>
        <translation>Sin conexión — esta lista no se abrió recientemente en este equipo, así que no hay copia. Se cargará cuando se restablezca la conexión.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Offline — this is a copy of the ticket saved %1. It is refreshed when the connection is back; replies wait in the outbox until then.</source>
        <translation>Sin conexión — esta es una copia del ticket guardada el %1. Se actualizará cuando se restablezca la conexión; hasta entonces, las respuestas esperan en la bandeja de salida.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Offline since %1 — this ticket may have changed since then.</source>
        <translation>Sin conexión desde el %1 — el ticket puede haber cambiado desde entonces.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Offline — this ticket was not opened recently on this computer, so there is no copy of it. It loads when the connection is back.</source>
        <translation>Sin conexión — este ticket no se abrió recientemente en este equipo, así que no hay copia. Se cargará cuando se restablezca la conexión.</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::OrganisationsDialog</name>
    <message>
        <location filename="../client/ui/organisationsdialog.cpp" line="+39"/>
        <source>Organisations</source>
        <translation>Organizaciones</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Filter by name</source>
        <translation>Filtrar por nombre</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;New organisation…</source>
        <translation>&amp;Nueva organización…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>e.g. hr or de_AT; empty: not set</source>
        <translation>p. ej. hr o de_AT; vacío: sin definir</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Add service</source>
        <translation>&amp;Añadir servicio</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Re&amp;move service</source>
        <translation>&amp;Quitar servicio</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Contacts…</source>
        <translation>&amp;Contactos…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>N&amp;otes (staff only):</source>
        <translation>N&amp;otas (solo personal):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ser&amp;vices:</source>
        <translation>Ser&amp;vicios:</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>New organisation</source>
        <translation>Nueva organización</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name of the organisation:</source>
        <translation>Nombre de la organización:</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::Outbox</name>
    <message>
        <location filename="../client/core/outbox.cpp" line="+293"/>
        <source>Could not save the outbox: %1</source>
        <translation>No se pudo guardar la bandeja de salida: %1</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::PropertiesPanel</name>
    <message>
        <location filename="../client/ui/propertiespanel.cpp" line="+215"/>
        <source>&amp;Status:</source>
        <translation>&amp;Estado:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Priority:</source>
        <translation>&amp;Prioridad:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Assignee:</source>
        <translation>&amp;Asignado a:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Queue:</source>
        <translation>&amp;Cola:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Tags:</source>
        <translation>E&amp;tiquetas:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>comma, separated</source>
        <translation>separadas por comas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sa&amp;ve</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Revert</source>
        <translation>&amp;Deshacer cambios</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep mine</source>
        <translation>Mantener el mío</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take theirs</source>
        <translation>Aceptar el otro</translation>
    </message>
    <message>
        <location line="+28"/>
        <location line="+154"/>
        <source>Unassigned</source>
        <translation>Sin asignar</translation>
    </message>
    <message>
        <location line="-152"/>
        <location line="+152"/>
        <source>No queue</source>
        <translation>Sin cola</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>Someone else changed this to: %1</source>
        <translation>Otra persona lo cambió a: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 changed this to: %2</source>
        <translation>%1 lo cambió a: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Yours: %1</source>
        <translation>Tu valor: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Someone else changed a field you are editing. For each marked field, keep your value or take theirs, then save.</source>
        <translation>Otra persona cambió un campo que estás editando. En cada campo marcado, mantén tu valor o acepta el otro y luego guarda.</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>Saved.</source>
        <translation>Guardado.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Not saved: someone else changed a field you changed. For each marked field, keep your value or take theirs, then save again.</source>
        <translation>No guardado: otra persona cambió un campo que también cambiaste. En cada campo marcado, mantén tu valor o acepta el otro y luego guarda de nuevo.</translation>
    </message>
    <message>
        <location line="-83"/>
        <source>none</source>
        <translation>ninguna</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::QueuesDialog</name>
    <message>
        <location filename="../client/ui/queuesdialog.cpp" line="+125"/>
        <source>Queues</source>
        <translation>Colas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New queue</source>
        <translation>&amp;Nueva cola</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Technical</source>
        <translation>Técnica</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Billing</source>
        <translation>Facturación</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>General</source>
        <translation>General</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Off: assign by hand</source>
        <translation>Desactivada: asignar a mano</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Round robin</source>
        <translation>Por turnos</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Least loaded</source>
        <translation>Menos cargado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Never</source>
        <translation>Nunca</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Archived: keeps its tickets, takes no new ones</source>
        <translation>Archivada: conserva sus tickets, no acepta nuevos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Staff</source>
        <translation>Empleado</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Member</source>
        <translation>Miembro</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Lead</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Assignment:</source>
        <translation>&amp;Asignación:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reassign after absence:</source>
        <translation>&amp;Reasignar tras una ausencia:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 (archived)</source>
        <translation>%1 (archivada)</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::QuickSearchDialog</name>
    <message>
        <location filename="../client/ui/quicksearchdialog.cpp" line="+122"/>
        <source>Searching…</source>
        <translation>Buscando…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Nothing found.</source>
        <translation>No se encontró nada.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Open a ticket first: a canned response goes into its reply.</source>
        <translation>Abra primero un ticket: una respuesta predefinida se inserta en su respuesta.</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Search everywhere</source>
        <translation>Buscar en todo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tickets, contacts, organisations, articles, canned responses…</source>
        <translation>Tickets, contactos, organizaciones, artículos, respuestas predefinidas…</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::RatingBar</name>
    <message>
        <location filename="../client/ui/ratingbar.cpp" line="+112"/>
        <source>Good</source>
        <translation>Bien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bad</source>
        <translation>Mal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comment (optional)</source>
        <translation>Comentario (opcional)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You rated this solution good. Thank you!</source>
        <translation>Ha valorado esta solución como buena. ¡Gracias!</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You rated this solution bad. Thank you, we will look into it.</source>
        <translation>Ha valorado esta solución como mala. Gracias, lo revisaremos.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your request was solved. How did we do?</source>
        <translation>Su solicitud se ha resuelto. ¿Qué tal lo hicimos?</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::RequestFieldsForm</name>
    <message>
        <location filename="../client/ui/requestfieldsform.cpp" line="+131"/>
        <source>Please answer &quot;%1&quot;.</source>
        <translation>Responda a «%1».</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>This request type is no longer available. Please choose another.</source>
        <translation>Este tipo de solicitud ya no está disponible. Elija otro.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;%1&quot; was not accepted: %2</source>
        <translation>«%1» no se aceptó: %2</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>What is affected</source>
        <translation>Qué está afectado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Since when</source>
        <translation>Desde cuándo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The exact error message</source>
        <translation>El mensaje de error exacto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What was already tried</source>
        <translation>Qué se ha intentado ya</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Not set</source>
        <translation>Sin indicar</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>(choose)</source>
        <translation>(elija)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 (required)</source>
        <translation>%1 (obligatorio)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Request &amp;type:</source>
        <translation>&amp;Tipo de solicitud:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Requests of this type need the approval of your organisation&apos;s owner before support can act on them (unless you are the owner).</source>
        <translation>Las solicitudes de este tipo necesitan la aprobación del titular de su organización antes de que soporte actúe (salvo que usted sea el titular).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Other request (no type)</source>
        <translation>Otra solicitud (sin tipo)</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::RequestPanel</name>
    <message>
        <location filename="../client/ui/requestpanel.cpp" line="+107"/>
        <source>Refuse the request</source>
        <translation>Rechazar la solicitud</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why do you refuse it? (optional, the support team and the requester read it)</source>
        <translation>¿Por qué la rechaza? (opcional; lo leerán soporte y el solicitante)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Request: %1</source>
        <translation>Solicitud: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Approve</source>
        <translation>&amp;Aprobar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;fuse…</source>
        <translation>&amp;Rechazar…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This request needs your approval as the organisation&apos;s owner before support acts on it.</source>
        <translation>Esta solicitud necesita su aprobación como titular de la organización antes de que soporte actúe.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Awaiting the owner&apos;s approval: replies to the customer, status changes, assignment and merging are disabled until the organisation&apos;s owner approves. Internal notes are possible.</source>
        <translation>Pendiente de la aprobación del titular: las respuestas al cliente, los cambios de estado, la asignación y la fusión están desactivados hasta que el titular de la organización apruebe. Las notas internas son posibles.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Waiting for the approval of your organisation&apos;s owner.</source>
        <translation>Pendiente de la aprobación del titular de su organización.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Approved by the organisation&apos;s owner.</source>
        <translation>Aprobada por el titular de la organización.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refused by the organisation&apos;s owner.</source>
        <translation>Rechazada por el titular de la organización.</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::RequestTypesDialog</name>
    <message>
        <location filename="../client/ui/requesttypesdialog.cpp" line="+44"/>
        <source>Request types</source>
        <translation>Tipos de solicitud</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;New type</source>
        <translation>&amp;Nuevo tipo</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Sensitive: the organisation&apos;s owner must approve requests filed by other contacts</source>
        <translation>Sensible: el titular de la organización debe aprobar las solicitudes de otros contactos</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Key</source>
        <translation>Clave</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation>Clase</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Required</source>
        <translation>Obligatorio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Label (English)</source>
        <translation>Etiqueta (inglés)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Choices (comma-separated)</source>
        <translation>Opciones (separadas por comas)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Add field</source>
        <translation>&amp;Añadir campo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove field</source>
        <translation>&amp;Quitar campo</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Key:</source>
        <translation>&amp;Clave:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Name (English):</source>
        <translation>&amp;Nombre (inglés):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Queue:</source>
        <translation>&amp;Cola:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Position:</source>
        <translation>&amp;Posición:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every type also asks what is affected, since when, the exact error message and what was already tried. Its own fields:</source>
        <translation>Cada tipo pregunta además qué está afectado, desde cuándo, el mensaje de error exacto y qué se ha intentado ya. Sus propios campos:</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>(no queue)</source>
        <translation>(sin cola)</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>%1 (archived)</source>
        <translation>%1 (archivado)</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Res&amp;tore</source>
        <translation>&amp;Restaurar</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+13"/>
        <source>Arc&amp;hive</source>
        <translation>&amp;Archivar</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::RotaDialog</name>
    <message>
        <location filename="../client/ui/rotadialog.cpp" line="+139"/>
        <source>On-call rotas</source>
        <translation>Turnos de guardia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Queue:</source>
        <translation>&amp;Cola:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add shift</source>
        <translation>Añadir turno</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove shift</source>
        <translation>Quitar turno</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;On call:</source>
        <translation>&amp;De guardia:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Time zone:</source>
        <translation>&amp;Zona horaria:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every week:</source>
        <translation>Cada semana:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Whole days:</source>
        <translation>Días completos:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save rota</source>
        <translation>&amp;Guardar turnos</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>%1 — %2 (%3, %4)</source>
        <translation>%1 — %2 (%3, %4)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nobody chosen</source>
        <translation>Nadie elegido</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n weekly stretch(es)</source>
        <translation>
            <numerusform>%n franja semanal</numerusform>
            <numerusform>%n franjas semanales</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n whole day(s)</source>
        <translation>
            <numerusform>%n día completo</numerusform>
            <numerusform>%n días completos</numerusform>
        </translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Saved.</source>
        <translation>Guardado.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A colleague saved this rota meanwhile. Their rota is shown: make your change again if it is still needed.</source>
        <translation>Mientras tanto, un compañero guardó estos turnos. Se muestran los suyos: repita su cambio si todavía hace falta.</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::SavedViewsPanel</name>
    <message>
        <location filename="../client/ui/savedviewspanel.cpp" line="+78"/>
        <location line="+186"/>
        <source>Save view</source>
        <translation>Guardar vista</translation>
    </message>
    <message>
        <location line="-134"/>
        <source>My open</source>
        <translation>Mis tickets abiertos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unassigned</source>
        <translation>Sin asignar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All open</source>
        <translation>Todos los abiertos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open</source>
        <translation>Abiertos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Breaching within 1 hour</source>
        <translation>Incumplen el SLA en menos de 1 hora</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Overdue</source>
        <translation>Vencidos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pending</source>
        <translation>Pendientes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Resolved</source>
        <translation>Resueltos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Closed</source>
        <translation>Cerrados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All tickets</source>
        <translation>Todos los tickets</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Views</source>
        <translation>Vistas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save &amp;view…</source>
        <translation>Guardar &amp;vista…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the chosen view and tag filter under a name of your own</source>
        <translation>Guardar la vista elegida y el filtro de etiqueta con un nombre propio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter by tag</source>
        <translation>Filtrar por etiqueta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. billing</source>
        <translation>p. ej.: facturación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Words in subjects and messages</source>
        <translation>Palabras en asuntos y mensajes</translation>
    </message>
    <message>
        <location line="+106"/>
        <source>Name of the view:</source>
        <translation>Nombre de la vista:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Delete view</source>
        <translation>&amp;Eliminar vista</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::SearchResultsView</name>
    <message>
        <location filename="../client/ui/searchresultsview.cpp" line="+180"/>
        <location line="+153"/>
        <source>Search results for “%1”</source>
        <translation>Resultados de la búsqueda «%1»</translation>
    </message>
    <message>
        <location line="-57"/>
        <source>Any queue</source>
        <translation>Cualquier cola</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Any customer</source>
        <translation>Cualquier cliente</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Status: any</source>
        <translation>Estado: cualquiera</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Status: %1</source>
        <translation>Estado: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Status: %n chosen</source>
        <translation>
            <numerusform>Estado: %n elegido</numerusform>
            <numerusform>Estado: %n elegidos</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Searching…</source>
        <translation>Buscando…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Nothing found.</source>
        <translation>No se encontró nada.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>The first %n tickets found. Add words or filters to narrow the search.</source>
        <translation>
            <numerusform>El primer ticket encontrado (%n). Añade palabras o filtros para acotar la búsqueda.</numerusform>
            <numerusform>Los primeros %n tickets encontrados. Añade palabras o filtros para acotar la búsqueda.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n ticket(s) found.</source>
        <translation>
            <numerusform>%n ticket encontrado.</numerusform>
            <numerusform>%n tickets encontrados.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Back to the list</source>
        <translation>&amp;Volver a la lista</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only words written in this period: a subject when the ticket was opened, a message when it was sent.</source>
        <translation>Solo palabras escritas en este periodo: un asunto cuando se abrió el ticket, un mensaje cuando se envió.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Clear filters</source>
        <translation>Quitar filtros</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::ShortcutsDialog</name>
    <message>
        <location filename="../client/ui/shortcutsdialog.cpp" line="+89"/>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keys</source>
        <translation>Teclas</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Anywhere in the main window</source>
        <translation>En cualquier parte de la ventana principal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search (puts the cursor in the search box)</source>
        <translation>Buscar (cursor en el cuadro de búsqueda)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search everywhere: tickets, contacts, organisations, articles, canned responses</source>
        <translation>Buscar en todo: tickets, contactos, organizaciones, artículos, respuestas predefinidas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Knowledge base</source>
        <translation>Base de conocimientos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go to a ticket by its number</source>
        <translation>Ir a un ticket por su número</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next unread ticket in the list</source>
        <translation>Siguiente ticket no leído de la lista</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Previous unread ticket in the list</source>
        <translation>Ticket no leído anterior de la lista</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assign the open ticket to me (staff)</source>
        <translation>Asignarme el ticket abierto (personal)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New ticket</source>
        <translation>Nuevo ticket</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log a phone call (staff)</source>
        <translation>Registrar una llamada telefónica (personal)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log a call on the open ticket (staff)</source>
        <translation>Registrar una llamada en el ticket abierto (personal)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refresh the list, counts and directory</source>
        <translation>Actualizar la lista, los contadores y el directorio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This list</source>
        <translation>Esta lista</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search results</source>
        <translation>Resultados de búsqueda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to the ticket list</source>
        <translation>Volver a la lista de tickets</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open the previous or next result</source>
        <translation>Abrir el resultado anterior o siguiente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reply box</source>
        <translation>Cuadro de respuesta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Put the cursor in the reply box</source>
        <translation>Poner el cursor en el cuadro de respuesta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send</source>
        <translation>Enviar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send and set the ticket to Pending (staff)</source>
        <translation>Enviar y poner el ticket en «Pendiente» (personal)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send and set the ticket to Resolved (staff)</source>
        <translation>Enviar y poner el ticket en «Resuelto» (personal)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Switch between reply and internal note (staff)</source>
        <translation>Cambiar entre respuesta y nota interna (personal)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forms</source>
        <translation>Formularios</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create the ticket (in the new-ticket form)</source>
        <translation>Crear el ticket (en el formulario de nuevo ticket)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Go to the next field (in the new-ticket form)</source>
        <translation>Ir al campo siguiente (en el formulario de nuevo ticket)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alt + underlined letter</source>
        <translation>Alt + letra subrayada</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Go to that field or press that button</source>
        <translation>Ir a ese campo o pulsar ese botón</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::SignaturesDialog</name>
    <message>
        <location filename="../client/ui/signaturesdialog.cpp" line="+100"/>
        <source>Signatures</source>
        <translation>Firmas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A public reply gets your signature in the requester&apos;s language (or the one for any language), followed by the signature of the ticket&apos;s queue. You can edit it before sending.</source>
        <translation>Una respuesta pública lleva tu firma en el idioma del solicitante (o la de cualquier idioma), seguida de la firma de la cola del ticket. Puedes editarla antes de enviarla.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Signature of:</source>
        <translation>&amp;Firma de:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No signature in this language: replies in it get the one for any language. Type one here, e.g.
Kind regards,
Your name</source>
        <translation>No hay firma en este idioma: las respuestas en él llevan la de cualquier idioma. Escribe una aquí, p. ej.
Un saludo,
Tu nombre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Me</source>
        <translation>Yo</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Queue: %1</source>
        <translation>Cola: %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Any language</source>
        <translation>Cualquier idioma</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>A signature may have at most %1 characters.</source>
        <translation>Una firma puede tener como máximo %1 caracteres.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Not saved: %1</source>
        <translation>No guardado: %1</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::SimilarTicketsPanel</name>
    <message>
        <location filename="../client/ui/similartickets.cpp" line="+144"/>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No similar earlier tickets</source>
        <translation>No hay tickets anteriores similares</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>#%1 %2</source>
        <translation>#%1 %2</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Link</source>
        <translation>Vincular</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Link this ticket to the open one as related</source>
        <translation>Vincular este ticket al abierto como relacionado</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Similar tickets</source>
        <translation>Tickets similares</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::SlaAdminMenu</name>
    <message>
        <location filename="../client/ui/slaadminmenu.cpp" line="+77"/>
        <source>&amp;Service levels</source>
        <translation>&amp;Niveles de servicio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SLA &amp;policies…</source>
        <translation>&amp;Políticas de SLA…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Business &amp;calendars…</source>
        <translation>&amp;Calendarios laborales…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On-call &amp;rotas…</source>
        <translation>&amp;Turnos de guardia…</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::SlaAlertNotifier</name>
    <message>
        <location filename="../client/ui/slaalertnotifier.cpp" line="+30"/>
        <source>New urgent ticket</source>
        <translation>Nuevo ticket urgente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A customer rated a solution bad</source>
        <translation>Un cliente valoró mal una solución</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First response</source>
        <translation>Primera respuesta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next response</source>
        <translation>Siguiente respuesta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolution</source>
        <translation>Resolución</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SLA breached: %1</source>
        <translation>SLA incumplido: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SLA due soon: %1</source>
        <translation>El SLA vence pronto: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>#%1 %2</source>
        <translation>#%1 %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Due %1</source>
        <translation>Vence: %1</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::SlaPoliciesDialog</name>
    <message>
        <location filename="../client/ui/slapoliciesdialog.cpp" line="+130"/>
        <source>SLA policies</source>
        <translation>Políticas de SLA</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Queue</source>
        <translation>Cola</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Priority</source>
        <translation>Prioridad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First response</source>
        <translation>Primera respuesta</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Next response</source>
        <translation>Siguiente respuesta</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Resolution</source>
        <translation>Resolución</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name:</source>
        <translation>Nombre:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Queue:</source>
        <translation>Cola:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Priority:</source>
        <translation>Prioridad:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Business hours:</source>
        <translation>Horario laboral:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First response within:</source>
        <translation>Primera respuesta en:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next response within:</source>
        <translation>Siguiente respuesta en:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolution within:</source>
        <translation>Resolución en:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warn at:</source>
        <translation>Avisar al:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No target</source>
        <translation>Sin objetivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> business minutes</source>
        <translation> minutos laborables</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New policy</source>
        <translation>Nueva política</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+23"/>
        <source>Any queue</source>
        <translation>Cualquier cola</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>Queue #%1</source>
        <translation>Cola #%1</translation>
    </message>
    <message>
        <location line="+27"/>
        <location line="+21"/>
        <source>Any priority</source>
        <translation>Cualquier prioridad</translation>
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
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>helpdesk::client::SnippetDelegate</name>
    <message numerus="yes">
        <location filename="../client/ui/snippetdelegate.cpp" line="+163"/>
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n resultado</numerusform>
            <numerusform>%n resultados</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>helpdesk::client::TeamMenu</name>
    <message>
        <location filename="../client/ui/teammenu.cpp" line="+105"/>
        <source>&amp;Team</source>
        <translation>&amp;Equipo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I am &amp;away</source>
        <translation>&amp;Ausente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Colleagues</source>
        <translation>&amp;Compañeros</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Queues…</source>
        <translation>&amp;Colas…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Dashboard and reports…</source>
        <translation>&amp;Panel e informes…</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+13"/>
        <source>away</source>
        <translation>ausente</translation>
    </message>
    <message>
        <location line="-12"/>
        <location line="+13"/>
        <source>online</source>
        <translation>en línea</translation>
    </message>
    <message>
        <location line="-12"/>
        <location line="+13"/>
        <source>offline</source>
        <translation>desconectado</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>You are %1 · colleagues online: %2</source>
        <translation>Usted está %1 · compañeros en línea: %2</translation>
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
        <translation>Abrir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save as…</source>
        <translation>Guardar como…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Save attachment</source>
        <translation>Guardar adjunto</translation>
    </message>
    <message>
        <location line="+32"/>
        <location line="+22"/>
        <source>The file could not be saved: %1</source>
        <translation>No se pudo guardar el archivo: %1</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Open a file that can run code?</source>
        <translation>¿Abrir un archivo que puede ejecutar código?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“%1” is a kind of file that can run programs or scripts on this computer. Open it only if you trust the sender and expected this file.</source>
        <translation>«%1» es un tipo de archivo que puede ejecutar programas o scripts en este equipo. Ábralo solo si confía en el remitente y esperaba este archivo.</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::TicketListModel</name>
    <message>
        <location filename="../client/core/ticketlistmodel.cpp" line="+22"/>
        <source>New</source>
        <translation>Nuevo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open</source>
        <translation>Abierto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pending</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Resolved</source>
        <translation>Resuelto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Closed</source>
        <translation>Cerrado</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Low</source>
        <translation>Baja</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>High</source>
        <translation>Alta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Urgent</source>
        <translation>Urgente</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Desktop client</source>
        <translation>Cliente de escritorio</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Phone call</source>
        <translation>Llamada telefónica</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Monitoring alert</source>
        <translation>Alerta de monitorización</translation>
    </message>
    <message>
        <location line="+257"/>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <location line="+18"/>
        <location filename="../client/ui/tickettableview.cpp" line="-21"/>
        <source>Unassigned</source>
        <translation>Sin asignar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>User #%1</source>
        <translation>Usuario #%1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Queue #%1</source>
        <translation>Cola #%1</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Queue</source>
        <translation>Cola</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Due</source>
        <translation>Vence</translation>
    </message>
    <message>
        <location filename="../client/core/searchresultsmodel.cpp" line="+127"/>
        <location filename="../client/core/ticketlistmodel.cpp" line="-33"/>
        <source>Customer #%1</source>
        <translation>Cliente #%1</translation>
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
        <translation>Asunto</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../client/core/ticketlistmodel.cpp" line="+2"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../client/core/ticketlistmodel.cpp" line="+2"/>
        <source>Priority</source>
        <translation>Prioridad</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Assignee</source>
        <translation>Asignado a</translation>
    </message>
    <message>
        <location filename="../client/core/searchresultsmodel.cpp" line="+2"/>
        <location filename="../client/core/ticketlistmodel.cpp" line="+4"/>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../client/core/ticketlistmodel.cpp" line="+2"/>
        <source>Updated</source>
        <translation>Actualizado</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::TicketPane</name>
    <message>
        <location filename="../client/ui/ticketpane.cpp" line="+261"/>
        <source>This ticket is no longer available to you.</source>
        <translation>Ya no tienes acceso a este ticket.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Select a ticket to read the conversation and reply.</source>
        <translation>Selecciona un ticket para leer la conversación y responder.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Properties</source>
        <translation>Propiedades</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Log a call…</source>
        <translation>Registrar &amp;llamada…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log a phone call about this ticket (Ctrl+Shift+L)</source>
        <translation>Registrar una llamada telefónica sobre este ticket (Ctrl+Mayús+L)</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>#%1</source>
        <translation>#%1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>from %1</source>
        <translation>solicitante: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>by phone</source>
        <translation>por teléfono</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>by e-mail</source>
        <translation>por correo electrónico</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>monitoring alert</source>
        <translation>alerta de monitorización</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>opened %1</source>
        <translation>abierto el %1</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::TicketTableView</name>
    <message>
        <location filename="../client/ui/tickettableview.cpp" line="+166"/>
        <source>&amp;Columns</source>
        <translation>&amp;Columnas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ticket number</source>
        <translation>Número de ticket</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Reset column widths</source>
        <translation>&amp;Restablecer el ancho de las columnas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Group by</source>
        <translation>&amp;Agrupar por</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;No grouping</source>
        <translation>&amp;Sin agrupar</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::TimeSpentField</name>
    <message>
        <location filename="../client/ui/timespentfield.cpp" line="+46"/>
        <source>&amp;Time spent:</source>
        <translation>&amp;Tiempo dedicado:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> min</source>
        <translation> min</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::UserEditDialog</name>
    <message>
        <location filename="../client/ui/usereditdialog.cpp" line="+26"/>
        <source>New contact</source>
        <translation>Nuevo contacto</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New user</source>
        <translation>Nuevo usuario</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Edit %1</source>
        <translation>Editar %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Login:</source>
        <translation>&amp;Usuario:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Role:</source>
        <translation>&amp;Rol:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Contact role:</source>
        <translation>Rol de &amp;contacto:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;E-mail:</source>
        <translation>&amp;Correo electrónico:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Phone:</source>
        <translation>&amp;Teléfono:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. hr or pt_BR; empty: not set</source>
        <translation>p. ej. hr o pt_BR; vacío: sin definir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>L&amp;anguage:</source>
        <translation>Id&amp;ioma:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Password:</source>
        <translation>&amp;Contraseña:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;peat password:</source>
        <translation>Re&amp;pita la contraseña:</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>The two passwords differ.</source>
        <translation>Las dos contraseñas no coinciden.</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::UsersDialog</name>
    <message>
        <location filename="../client/ui/usersdialog.cpp" line="+36"/>
        <source>Users and contacts</source>
        <translation>Usuarios y contactos</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Contacts of your organisation</source>
        <translation>Contactos de su organización</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Staff</source>
        <translation>Personal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Show:</source>
        <translation>&amp;Mostrar:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Filter by name, login, e-mail or phone</source>
        <translation>Filtrar por nombre, usuario, correo o teléfono</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Login</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>&amp;New…</source>
        <translation>&amp;Nuevo…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+146"/>
        <source>&amp;Disable…</source>
        <translation>&amp;Desactivar…</translation>
    </message>
    <message>
        <location line="-140"/>
        <source>&amp;Reset password…</source>
        <translation>&amp;Restablecer contraseña…</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Contacts of %1</source>
        <translation>Contactos de %1</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Enabled</source>
        <translation>Activado</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Disabled</source>
        <translation>Desactivado</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>&amp;Enable</source>
        <translation>&amp;Activar</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Disable %1</source>
        <translation>Desactivar a %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disable %1? They are logged out at once on every computer and cannot log in until enabled again.</source>
        <translation>¿Desactivar a %1? Su sesión se cierra de inmediato en todos los equipos y no podrá iniciar sesión hasta que se active de nuevo.</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::WeeklyHoursEditor</name>
    <message>
        <location filename="../client/ui/slaeditors.cpp" line="-92"/>
        <source>Day</source>
        <translation>Día</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Until</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An end at or before the start runs into the next day; 00:00 to 00:00 is the whole day.</source>
        <translation>Un final anterior o igual al inicio continúa al día siguiente; de 00:00 a 00:00 es el día completo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add hours</source>
        <translation>Añadir horas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove hours</source>
        <translation>Quitar horas</translation>
    </message>
</context>
</TS>
