<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AdminErrors</name>
    <message>
        <location filename="../client/ui/adminerrors.cpp" line="+46"/>
        <source>You are no longer logged in. Log in again, then try once more.</source>
        <translation>Sie sind nicht mehr angemeldet. Melden Sie sich erneut an und versuchen Sie es noch einmal.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Enter your current password.</source>
        <translation>Geben Sie Ihr aktuelles Passwort ein.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The current password is wrong.</source>
        <translation>Das aktuelle Passwort ist falsch.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A password must have 8 to 1024 characters.</source>
        <translation>Ein Passwort muss 8 bis 1024 Zeichen haben.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This login is already taken.</source>
        <translation>Dieser Anmeldename ist bereits vergeben.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A login has 1 to 64 letters, digits or . _ @ + -.</source>
        <translation>Ein Anmeldename hat 1 bis 64 Buchstaben, Ziffern oder . _ @ + -.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A name must have 1 to 200 characters.</source>
        <translation>Ein Name muss 1 bis 200 Zeichen haben.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This is not an e-mail address.</source>
        <translation>Das ist keine E-Mail-Adresse.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A phone number has at most 40 digits, spaces and + ( ) . / -.</source>
        <translation>Eine Telefonnummer hat höchstens 40 Ziffern, Leerzeichen und + ( ) . / -.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not a language code like hr or pt_BR.</source>
        <translation>Kein Sprachcode wie hr oder pt_BR.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You cannot disable your own account.</source>
        <translation>Sie können Ihr eigenes Konto nicht deaktivieren.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Notes can have at most 10,000 characters.</source>
        <translation>Notizen dürfen höchstens 10.000 Zeichen haben.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Service %1: a name has 1 to 200 characters, details at most 2,000.</source>
        <translation>Leistung %1: ein Name hat 1 bis 200 Zeichen, Details höchstens 2.000.</translation>
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
        <translation>Administrator</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Team lead</source>
        <translation>Teamleitung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Customer contact</source>
        <translation>Kundenkontakt</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Owner</source>
        <translation>Inhaber</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Technical contact</source>
        <translation>Technischer Kontakt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Billing contact</source>
        <translation>Abrechnungskontakt</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Hosting</source>
        <translation>Hosting</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Domain</source>
        <translation>Domain</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mailbox</source>
        <translation>Postfach</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <translation>Sonstiges</translation>
    </message>
</context>
<context>
    <name>AssigneeChoices</name>
    <message>
        <location filename="../client/ui/assigneechoices.cpp" line="+55"/>
        <source>online</source>
        <translation>online</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>away</source>
        <translation>abwesend</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>offline</source>
        <translation>offline</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is %2</source>
        <translation>%1 ist %2</translation>
    </message>
</context>
<context>
    <name>ClientApp</name>
    <message>
        <location filename="../client/ui/main.cpp" line="+139"/>
        <source>An administrator has disabled your account.</source>
        <translation>Ein Administrator hat Ihr Konto deaktiviert.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An administrator has reset your password. Please log in with the new one.</source>
        <translation>Ein Administrator hat Ihr Passwort zurückgesetzt. Bitte melden Sie sich mit dem neuen an.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your session has expired. Please log in again.</source>
        <translation>Ihre Sitzung ist abgelaufen. Bitte melden Sie sich erneut an.</translation>
    </message>
</context>
<context>
    <name>DueText</name>
    <message numerus="yes">
        <location filename="../client/core/duetext.cpp" line="+21"/>
        <source>%n min</source>
        <translation>
            <numerusform>%n Min.</numerusform>
            <numerusform>%n Min.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 h %2 min</source>
        <translation>%1 Std. %2 Min.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n h</source>
        <translation>
            <numerusform>%n Std.</numerusform>
            <numerusform>%n Std.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n d</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Paused</source>
        <translation>Angehalten</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 left</source>
        <translation>noch %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../client/ui/tickettableview.cpp" line="+342"/>
        <source>%1 overdue</source>
        <translation>%1 überfällig</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Waiting on the customer: the SLA clock is paused</source>
        <translation>Wartet auf den Kunden: die SLA-Uhr ist angehalten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Resolution</source>
        <translation>Lösung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>First response</source>
        <translation>Erste Antwort</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next response</source>
        <translation>Nächste Antwort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 due %2</source>
        <translation>%1 fällig am %2</translation>
    </message>
</context>
<context>
    <name>ReportDocument</name>
    <message>
        <location filename="../client/ui/reportdocument.cpp" line="+59"/>
        <source>Print report</source>
        <translation>Bericht drucken</translation>
    </message>
</context>
<context>
    <name>ReportTables</name>
    <message>
        <location filename="../client/ui/reporttables.cpp" line="+51"/>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pending</source>
        <translation>Wartend</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Desktop client</source>
        <translation>Desktop-Client</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Alert</source>
        <translation>Alarm</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Key figures</source>
        <translation>Kennzahlen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Figure</source>
        <translation>Kennzahl</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tickets created</source>
        <translation>Erstellte Anfragen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolutions</source>
        <translation>Lösungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First response, median (business hours)</source>
        <translation>Erste Antwort, Median (Geschäftsstunden)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First response, 90th percentile (business hours)</source>
        <translation>Erste Antwort, 90. Perzentil (Geschäftsstunden)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolution time, median (business hours)</source>
        <translation>Lösungszeit, Median (Geschäftsstunden)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolution time, 90th percentile (business hours)</source>
        <translation>Lösungszeit, 90. Perzentil (Geschäftsstunden)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SLA compliance (%)</source>
        <translation>SLA-Erfüllung (%)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re-open rate (%)</source>
        <translation>Wiedereröffnungsquote (%)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer satisfaction (% good)</source>
        <translation>Kundenzufriedenheit (% gut)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ratings good</source>
        <translation>Bewertungen „gut“</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ratings bad</source>
        <translation>Bewertungen „schlecht“</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Per day</source>
        <translation>Pro Tag</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Resolved</source>
        <translation>Gelöst</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Good ratings</source>
        <translation>Gute Bewertungen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Bad ratings</source>
        <translation>Schlechte Bewertungen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Backlog now</source>
        <translation>Offene Anfragen jetzt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Queue</source>
        <translation>Warteschlange</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+11"/>
        <location line="+6"/>
        <source>Tickets</source>
        <translation>Anfragen</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>Average age (hours)</source>
        <translation>Durchschnittsalter (Stunden)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Older than a day</source>
        <translation>Älter als ein Tag</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Older than a week</source>
        <translation>Älter als eine Woche</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No queue</source>
        <translation>Keine Warteschlange</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Tickets per channel</source>
        <translation>Anfragen pro Kanal</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Tickets per request type</source>
        <translation>Anfragen pro Anfrageart</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Request type</source>
        <translation>Anfrageart</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No request type</source>
        <translation>Keine Anfrageart</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Per agent</source>
        <translation>Pro Mitarbeiter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agent</source>
        <translation>Mitarbeiter</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Handled</source>
        <translation>Bearbeitet</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>First response, median (h)</source>
        <translation>Erste Antwort, Median (h)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Resolution, median (h)</source>
        <translation>Lösung, Median (h)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Satisfaction (% good)</source>
        <translation>Zufriedenheit (% gut)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Time accounted (min)</source>
        <translation>Erfasste Zeit (min)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Assigned now</source>
        <translation>Aktuell zugewiesen</translation>
    </message>
</context>
<context>
    <name>TimeText</name>
    <message>
        <location filename="../client/core/timetext.cpp" line="+17"/>
        <source>just now</source>
        <translation>gerade eben</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>vor %n Minute</numerusform>
            <numerusform>vor %n Minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>vor %n Stunde</numerusform>
            <numerusform>vor %n Stunden</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>yesterday, %1</source>
        <translation>gestern, %1</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>vor %n Tag</numerusform>
            <numerusform>vor %n Tagen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>helpdesk::client::AdminMenu</name>
    <message>
        <location filename="../client/ui/adminmenu.cpp" line="+73"/>
        <source>&amp;Administration</source>
        <translation>&amp;Verwaltung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;hange password…</source>
        <translation>Passwort ä&amp;ndern…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Users and contacts…</source>
        <translation>&amp;Benutzer und Kontakte…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Contacts…</source>
        <translation>&amp;Kontakte…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Organisations…</source>
        <translation>&amp;Organisationen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Request types…</source>
        <translation>&amp;Anfragearten…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Audit log…</source>
        <translation>&amp;Prüfprotokoll…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>API &amp;tokens…</source>
        <translation>API-&amp;Tokens…</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::AnnouncementBanner</name>
    <message>
        <location filename="../client/ui/announcementbanner.cpp" line="+38"/>
        <source>Maintenance</source>
        <translation>Wartung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Setting change</source>
        <translation>Geänderte Einstellung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Software update</source>
        <translation>Software-Update</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Announcement</source>
        <translation>Ankündigung</translation>
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
        <translation>Details…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Dismiss</source>
        <translation>Ausblenden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hide this announcement from the banner</source>
        <translation>Diese Ankündigung im Banner nicht mehr zeigen</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::AnnouncementEditor</name>
    <message>
        <location filename="../client/ui/announcementeditor.cpp" line="+52"/>
        <source>Edit announcement</source>
        <translation>Ankündigung bearbeiten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New announcement</source>
        <translation>Neue Ankündigung</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Everyone</source>
        <translation>Alle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chosen organisations</source>
        <translation>Ausgewählte Organisationen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organisations with a service</source>
        <translation>Organisationen mit einem Dienst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hosting</source>
        <translation>Hosting</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Domain</source>
        <translation>Domain</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mailbox</source>
        <translation>Postfach</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other service</source>
        <translation>Anderer Dienst</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Add language</source>
        <translation>Sprache hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove language</source>
        <translation>Sprache entfernen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Kind:</source>
        <translation>Art:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Audience:</source>
        <translation>Empfänger:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organisations:</source>
        <translation>Organisationen:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Service:</source>
        <translation>Dienst:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Starts:</source>
        <translation>Beginn:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ends:</source>
        <translation>Ende:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Title and text in each language:</source>
        <translation>Titel und Text in jeder Sprache:</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Title:</source>
        <translation>Titel:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text:</source>
        <translation>Text:</translation>
    </message>
    <message>
        <location line="+134"/>
        <source>A colleague changed this announcement meanwhile. Their version is shown now; make your changes again.</source>
        <translation>Ein Kollege hat diese Ankündigung inzwischen geändert. Jetzt wird seine Fassung gezeigt; bitte nehmen Sie Ihre Änderungen erneut vor.</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::AnnouncementsDialog</name>
    <message>
        <location filename="../client/ui/announcementsdialog.cpp" line="+31"/>
        <source>upcoming</source>
        <translation>bevorstehend</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ended</source>
        <translation>beendet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>withdrawn</source>
        <translation>zurückgezogen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>now</source>
        <translation>jetzt</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Announcements</source>
        <translation>Ankündigungen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Current and upcoming</source>
        <translation>Aktuelle und bevorstehende</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ended</source>
        <translation>Beendete</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Withdrawn</source>
        <translation>Zurückgezogene</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>New…</source>
        <translation>Neu…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Withdraw</source>
        <translation>Zurückziehen</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>%1 · %2 · %3 (%4)</source>
        <translation>%1 · %2 · %3 (%4)</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>No announcements.</source>
        <translation>Keine Ankündigungen.</translation>
    </message>
    <message>
        <location line="+24"/>
        <location line="+9"/>
        <source>Withdraw announcement</source>
        <translation>Ankündigung zurückziehen</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Withdraw this announcement? Customers will no longer see it.</source>
        <translation>Diese Ankündigung zurückziehen? Kunden sehen sie dann nicht mehr.</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::ApiTokensDialog</name>
    <message>
        <location filename="../client/ui/apitokensdialog.cpp" line="+177"/>
        <source>Revoke API token</source>
        <translation>API-Token widerrufen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revoke the token &quot;%1&quot;? Whatever uses it stops working at once.</source>
        <translation>Das Token „%1“ widerrufen? Alles, was es benutzt, funktioniert sofort nicht mehr.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Revoked %1</source>
        <translation>Widerrufen %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>API tokens</source>
        <translation>API-Tokens</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Scopes</source>
        <translation>Bereiche</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last used</source>
        <translation>Zuletzt benutzt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show revoked tokens</source>
        <translation>Widerrufene Tokens anzeigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New token&apos;s name:</source>
        <translation>Name des neuen Tokens:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. Prometheus</source>
        <translation>z. B. Prometheus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>May report monitoring alerts (scope: alerts)</source>
        <translation>Darf Überwachungsalarme melden (Bereich: alerts)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create token</source>
        <translation>Token erstellen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revoke…</source>
        <translation>Widerrufen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy this token now and store it in the monitoring system: it will not be shown again.</source>
        <translation>Kopieren Sie dieses Token jetzt und hinterlegen Sie es im Überwachungssystem: Es wird nicht noch einmal angezeigt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::AttachmentDownload</name>
    <message>
        <location filename="../client/core/attachmenttransfer.cpp" line="+198"/>
        <source>The file arrived damaged (its checksum does not match).</source>
        <translation>Die Datei ist beschädigt angekommen (die Prüfsumme stimmt nicht).</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::AttachmentStrip</name>
    <message>
        <location filename="../client/ui/attachmentstrip.cpp" line="+55"/>
        <source>Attach file…</source>
        <translation>Datei anhängen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attach files to this reply. You can also drop files here or paste a screenshot with Ctrl+V.</source>
        <translation>Dateien an diese Antwort anhängen. Sie können Dateien auch hierher ziehen oder ein Bildschirmfoto mit Strg+V einfügen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Attach files</source>
        <translation>Dateien anhängen</translation>
    </message>
    <message>
        <location line="+93"/>
        <source>attached</source>
        <translation>angehängt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>waiting for the connection</source>
        <translation>wartet auf die Verbindung</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not attached: %1</source>
        <translation>nicht angehängt: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Remove this file</source>
        <translation>Diese Datei entfernen</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::AttachmentUpload</name>
    <message>
        <location filename="../client/core/attachmenttransfer.cpp" line="-141"/>
        <location line="+39"/>
        <source>The file %1 cannot be read.</source>
        <translation>Die Datei %1 kann nicht gelesen werden.</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::AuditLogDialog</name>
    <message>
        <location filename="../client/ui/auditlogdialog.cpp" line="+64"/>
        <source>Audit log</source>
        <translation>Prüfprotokoll</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Anyone</source>
        <translation>Alle</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Any action</source>
        <translation>Jede Aktion</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;From:</source>
        <translation>&amp;Von:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;To:</source>
        <translation>&amp;Bis:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Apply</source>
        <translation>&amp;Anwenden</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;User:</source>
        <translation>&amp;Benutzer:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A&amp;ction:</source>
        <translation>A&amp;ktion:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Object</source>
        <translation>Objekt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From address</source>
        <translation>Von Adresse</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Changes (old → new)</source>
        <translation>Änderungen (alt → neu)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>‹ &amp;Newer</source>
        <translation>‹ &amp;Neuere</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Older ›</source>
        <translation>Ä&amp;ltere ›</translation>
    </message>
    <message>
        <location line="+107"/>
        <source>User %1</source>
        <translation>Benutzer %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Organisation %1</source>
        <translation>Organisation %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Page %1</source>
        <translation>Seite %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Logged in</source>
        <translation>Angemeldet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Failed login</source>
        <translation>Fehlgeschlagene Anmeldung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Login refused (disabled)</source>
        <translation>Anmeldung abgewiesen (deaktiviert)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Logged out</source>
        <translation>Abgemeldet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>User created</source>
        <translation>Benutzer angelegt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>User changed</source>
        <translation>Benutzer geändert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Password set</source>
        <translation>Passwort gesetzt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Organisation created</source>
        <translation>Organisation angelegt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Organisation changed</source>
        <translation>Organisation geändert</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::CalendarsDialog</name>
    <message>
        <location filename="../client/ui/calendarsdialog.cpp" line="+104"/>
        <source>Business calendars</source>
        <translation>Geschäftskalender</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New calendar</source>
        <translation>Neuer Kalender</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Time zone:</source>
        <translation>&amp;Zeitzone:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Business hours:</source>
        <translation>Geschäftszeiten:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Holidays:</source>
        <translation>Feiertage:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>24/7 (built in)</source>
        <translation>24/7 (eingebaut)</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>The built-in 24/7 calendar counts every minute and cannot be changed.</source>
        <translation>Der eingebaute Kalender 24/7 zählt jede Minute und kann nicht geändert werden.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Nothing has changed.</source>
        <translation>Nichts wurde geändert.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Saved.</source>
        <translation>Gespeichert.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>A colleague saved this calendar meanwhile. Their changes are shown with yours on top: check and save again.</source>
        <translation>Inzwischen hat ein Kollege diesen Kalender gespeichert. Seine Änderungen werden mit Ihren angezeigt: prüfen Sie und speichern Sie erneut.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A colleague saved this calendar meanwhile and changed the same fields as you. Their version is shown: make your change again if it is still needed.</source>
        <translation>Inzwischen hat ein Kollege diesen Kalender gespeichert und dieselben Felder geändert wie Sie. Seine Fassung wird angezeigt: nehmen Sie Ihre Änderung erneut vor, falls sie noch nötig ist.</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::CcPicker</name>
    <message>
        <location filename="../client/ui/ccpicker.cpp" line="+146"/>
        <source>No other contact of this organisation may see this ticket</source>
        <translation>Kein anderer Kontakt dieser Organisation darf dieses Ticket sehen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loading contacts…</source>
        <translation>Kontakte werden geladen…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Cc: nobody</source>
        <translation>Cc: niemand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cc: %1</source>
        <translation>Cc: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cc: %1 (as on the last message)</source>
        <translation>Cc: %1 (wie bei der letzten Nachricht)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>C&amp;c</source>
        <translation>&amp;Cc</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy this e-mail reply to other contacts of the organisation who may see this ticket. Preselected: the people of the last public message (those it was copied to and its author).</source>
        <translation>Diese Antwort per E-Mail in Kopie an weitere Kontakte der Organisation senden, die dieses Ticket sehen dürfen. Vorausgewählt: die Beteiligten der letzten öffentlichen Nachricht (ihre Kopie-Empfänger und ihr Verfasser).</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::ChangePasswordDialog</name>
    <message>
        <location filename="../client/ui/changepassworddialog.cpp" line="+40"/>
        <source>Reset password of %1</source>
        <translation>Passwort von %1 zurücksetzen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Change password</source>
        <translation>Passwort ändern</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Current password:</source>
        <translation>&amp;Aktuelles Passwort:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;New password:</source>
        <translation>&amp;Neues Passwort:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Repeat new password:</source>
        <translation>Neues Passwort &amp;wiederholen:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is logged out everywhere at once and logs in with the new password.</source>
        <translation>%1 wird sofort überall abgemeldet und meldet sich mit dem neuen Passwort an.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>At least 8 characters. Your other computers must log in again.</source>
        <translation>Mindestens 8 Zeichen. Ihre anderen Computer müssen sich neu anmelden.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Set password</source>
        <translation>Passwort setzen</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Enter your current password.</source>
        <translation>Geben Sie Ihr aktuelles Passwort ein.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A password must have 8 to 1024 characters.</source>
        <translation>Ein Passwort muss 8 bis 1024 Zeichen haben.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The two new passwords differ.</source>
        <translation>Die beiden neuen Passwörter stimmen nicht überein.</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::CollisionBar</name>
    <message>
        <location filename="../client/ui/collisionbar.cpp" line="+39"/>
        <source>User %1</source>
        <translation>Benutzer %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is typing…</source>
        <translation>%1 schreibt…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is viewing</source>
        <translation>%1 sieht sich das an</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::CollisionDialog</name>
    <message>
        <location filename="../client/ui/collisiondialog.cpp" line="+33"/>
        <source>New messages on this ticket</source>
        <translation>Neue Nachrichten im Ticket</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>While you were writing, someone else wrote on this ticket. Your reply was not sent yet:</source>
        <translation>Während Sie geschrieben haben, hat jemand anderes in diesem Ticket geschrieben. Ihre Antwort wurde noch nicht gesendet:</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>User %1</source>
        <translation>Benutzer %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, %2:</source>
        <translation>%1, %2:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Send anyway</source>
        <translation>Trotzdem senden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Back to my draft</source>
        <translation>Zurück zum Entwurf</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::Composer</name>
    <message>
        <location filename="../client/ui/composer.cpp" line="+296"/>
        <source>&amp;Reply to customer</source>
        <translation>&amp;Antwort an Kunden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Internal note</source>
        <translation>&amp;Interne Notiz</translation>
    </message>
    <message>
        <location line="+106"/>
        <source>&amp;Send</source>
        <translation>&amp;Senden</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Add note and set %1</source>
        <translation>Notiz hinzufügen und Status „%1“ setzen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Send and set %1</source>
        <translation>Senden und Status „%1“ setzen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Ctrl+Enter sends; add Shift to set Pending, Alt to set Resolved. Your text is saved as you type.</source>
        <translation>Strg+Enter sendet; mit Umschalt zusätzlich Status „Wartend“, mit Alt „Gelöst“. Ihr Text wird während der Eingabe gespeichert.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ctrl+Enter sends. Your text is saved as you type.</source>
        <translation>Strg+Enter sendet. Ihr Text wird während der Eingabe gespeichert.</translation>
    </message>
    <message>
        <location line="-120"/>
        <source>Re&amp;try</source>
        <translation>Erne&amp;ut senden</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Switch between reply and internal note (Ctrl+Shift+I)</source>
        <translation>Zwischen Antwort und interner Notiz wechseln (Strg+Umschalt+I)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Also by e-&amp;mail</source>
        <translation>Auch per E-&amp;Mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send this reply to the customer by e-mail too</source>
        <translation>Diese Antwort dem Kunden auch per E-Mail senden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Si&amp;gnatures…</source>
        <translation>Si&amp;gnaturen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit the signatures added to your replies</source>
        <translation>Signaturen bearbeiten, die Ihren Antworten hinzugefügt werden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send and set the ticket&apos;s status</source>
        <translation>Senden und den Status des Tickets setzen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Edit again</source>
        <translation>&amp;Wieder bearbeiten</translation>
    </message>
    <message numerus="yes">
        <location line="+75"/>
        <source>%n reply(ies) to this ticket could not be sent.</source>
        <translation>
            <numerusform>%n Antwort zu diesem Ticket konnte nicht gesendet werden.</numerusform>
            <numerusform>%n Antworten zu diesem Ticket konnten nicht gesendet werden.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Write a note only your team will see…</source>
        <translation>Notiz schreiben, die nur Ihr Team sieht…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Write your reply…</source>
        <translation>Antwort schreiben…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add &amp;note</source>
        <translation>&amp;Notiz hinzufügen</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::Connection</name>
    <message>
        <location filename="../client/core/connection.cpp" line="+39"/>
        <source>The server did not answer.</source>
        <translation>Der Server hat nicht geantwortet.</translation>
    </message>
    <message>
        <location line="+116"/>
        <source>The server closed the connection.</source>
        <translation>Der Server hat die Verbindung beendet.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>This build of the client has no TLS support.</source>
        <translation>Diese Version des Programms unterstützt kein TLS.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Connection to the server lost: %1</source>
        <translation>Verbindung zum Server unterbrochen: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Could not connect to %1:%2: %3</source>
        <translation>Verbindung zu %1:%2 fehlgeschlagen: %3</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>The server sent a message larger than %1 bytes.</source>
        <translation>Der Server hat eine Nachricht gesendet, die größer als %1 Byte ist.</translation>
    </message>
    <message>
        <location filename="../client/core/connectionsession.cpp" line="+209"/>
        <source>The server stopped answering.</source>
        <translation>Der Server antwortet nicht mehr.</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::ConversationModel</name>
    <message>
        <location filename="../client/core/conversationtexts.cpp" line="+19"/>
        <source>Ticket created</source>
        <translation>Ticket erstellt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status changed from %1 to %2</source>
        <translation>Status von %1 auf %2 geändert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Priority changed from %1 to %2</source>
        <translation>Priorität von %1 auf %2 geändert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unassigned (was %1)</source>
        <translation>Zuweisung aufgehoben (vorher %1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assigned to %1</source>
        <translation>Zugewiesen an %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Moved from queue %1 to %2</source>
        <translation>Von Warteschlange %1 nach %2 verschoben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Customer changed from %1 to %2</source>
        <translation>Kunde von %1 auf %2 geändert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Subject changed from “%1” to “%2”</source>
        <translation>Betreff von „%1“ auf „%2“ geändert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tags changed from %1 to %2</source>
        <translation>Tags von %1 auf %2 geändert</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 changed from %2 to %3</source>
        <translation>%1 von %2 auf %3 geändert</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Unlinked from ticket %1</source>
        <translation>Verknüpfung mit Ticket %1 entfernt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Linked to ticket %1</source>
        <translation>Mit Ticket %1 verknüpft</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ticket %1 was merged into this one</source>
        <translation>Ticket %1 wurde mit diesem zusammengeführt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Merged into ticket %1</source>
        <translation>Mit Ticket %1 zusammengeführt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The customer rated the solution good</source>
        <translation>Der Kunde hat die Lösung als gut bewertet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The customer rated the solution bad</source>
        <translation>Der Kunde hat die Lösung als schlecht bewertet</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>first response</source>
        <translation>Erstreaktion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>next response</source>
        <translation>nächste Antwort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>resolution</source>
        <translation>Lösung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SLA target missed: %1</source>
        <translation>SLA-Ziel verfehlt: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SLA target close: %1</source>
        <translation>SLA-Ziel naht: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Urgent ticket: the queue was alerted</source>
        <translation>Dringendes Ticket: die Warteschlange wurde alarmiert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bad rating: the queue&apos;s leads were alerted</source>
        <translation>Schlechte Bewertung: die Leitung der Warteschlange wurde alarmiert</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Waiting for the organisation owner&apos;s approval</source>
        <translation>Wartet auf die Freigabe des Inhabers der Organisation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Approved by the organisation&apos;s owner</source>
        <translation>Vom Inhaber der Organisation freigegeben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refused by the organisation&apos;s owner</source>
        <translation>Vom Inhaber der Organisation abgelehnt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Filed as a guided request (%1)</source>
        <translation>Als geführte Anfrage eingereicht (%1)</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+17"/>
        <source>none</source>
        <translation>(keine)</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::ConversationView</name>
    <message>
        <location filename="../client/ui/conversationview.cpp" line="+135"/>
        <source>Support team</source>
        <translation>Support-Team</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+130"/>
        <source>User #%1</source>
        <translation>Benutzer #%1</translation>
    </message>
    <message>
        <location line="-78"/>
        <source>Internal note</source>
        <translation>Interne Notiz</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>By e-mail from %1</source>
        <translation>Per E-Mail von %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cc: %1</source>
        <translation>Cc: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not sent: %1</source>
        <translation>Nicht gesendet: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waiting to be sent</source>
        <translation>Wartet auf Versand</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>sets the status to %1</source>
        <translation>setzt den Status auf „%1“</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>About the announcement: %1</source>
        <translation>Zur Ankündigung: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>… %n more character(s) not shown.</source>
        <translation>
            <numerusform>… %n weiteres Zeichen nicht angezeigt.</numerusform>
            <numerusform>… %n weitere Zeichen nicht angezeigt.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+24"/>
        <location line="+28"/>
        <source>Phone call</source>
        <translation>Telefonat</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>outbound</source>
        <translation>ausgehend</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>inbound</source>
        <translation>eingehend</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>to %1</source>
        <translation>an %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>from %1</source>
        <translation>von %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 min</source>
        <translation>%1 Min.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 h %2 min</source>
        <translation>%1 Std. %2 Min.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>By e-mail</source>
        <translation>Per E-Mail</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Monitoring alert</source>
        <translation>Monitoring-Alarm</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Knowledge base articles sent:</source>
        <translation>Gesendete Artikel der Wissensdatenbank:</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::CredentialStore</name>
    <message>
        <location filename="../client/ui/credentialstore.cpp" line="+104"/>
        <source>This computer has no password keychain this program can use (such as the Secret Service, KWallet, the macOS Keychain or the Windows Credential Manager), so you will need to enter your password each time.</source>
        <translation>Auf diesem Computer gibt es keinen Passwortspeicher, den dieses Programm nutzen kann (etwa Secret Service, KWallet, den macOS-Schlüsselbund oder die Windows-Anmeldeinformationsverwaltung). Sie müssen Ihr Passwort daher jedes Mal eingeben.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Access to the password keychain was refused, so the session cannot be remembered.</source>
        <translation>Der Zugriff auf den Passwortspeicher wurde verweigert, daher kann die Sitzung nicht gespeichert werden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The password keychain is locked or does not allow access, so the session cannot be remembered.</source>
        <translation>Der Passwortspeicher ist gesperrt oder erlaubt keinen Zugriff, daher kann die Sitzung nicht gespeichert werden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The remembered session could not be removed from the password keychain.</source>
        <translation>Die gespeicherte Sitzung konnte nicht aus dem Passwortspeicher entfernt werden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This computer&apos;s password keychain could not be used, so the session cannot be remembered and you will need to enter your password each time.</source>
        <translation>Der Passwortspeicher dieses Computers konnte nicht verwendet werden. Die Sitzung kann daher nicht gespeichert werden, und Sie müssen Ihr Passwort jedes Mal eingeben.</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::CustomerPanel</name>
    <message>
        <location filename="../client/ui/customerpanel.cpp" line="+149"/>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>owner</source>
        <translation>Inhaber</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>billing</source>
        <translation>Abrechnung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>technical</source>
        <translation>technisch</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>disabled</source>
        <translation>deaktiviert</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No contacts</source>
        <translation>Keine Kontakte</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Hosting</source>
        <translation>Hosting</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Domain</source>
        <translation>Domain</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mailbox</source>
        <translation>Postfach</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <translation>Sonstiges</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>#%1 %2 — %3</source>
        <translation>#%1 %2 — %3</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Tickets of this customer (%L1)</source>
        <translation>Tickets dieses Kunden (%L1)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contacts</source>
        <translation>Kontakte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Services</source>
        <translation>Leistungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::DashboardWindow</name>
    <message>
        <location filename="../client/ui/dashboardwindow.cpp" line="+181"/>
        <source>All queues</source>
        <translation>Alle Warteschlangen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All organisations</source>
        <translation>Alle Organisationen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>All agents</source>
        <translation>Alle Mitarbeiter</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>%1 h</source>
        <translation>%1 Std.</translation>
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
        <translation>Erstellt</translation>
    </message>
    <message>
        <location line="-153"/>
        <location line="+154"/>
        <source>Resolved</source>
        <translation>Gelöst</translation>
    </message>
    <message>
        <location line="-138"/>
        <source>Created and resolved per day</source>
        <translation>Erstellt und gelöst pro Tag</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Backlog by status</source>
        <translation>Offene Anfragen nach Status</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Good</source>
        <translation>Gut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bad</source>
        <translation>Schlecht</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Customer ratings per day</source>
        <translation>Kundenbewertungen pro Tag</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Export report as CSV</source>
        <translation>Bericht als CSV exportieren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+7"/>
        <source>The file could not be written.</source>
        <translation>Die Datei konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Export report as PDF</source>
        <translation>Bericht als PDF exportieren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Dashboard and reports</source>
        <translation>Übersicht und Berichte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First day</source>
        <translation>Erster Tag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last day</source>
        <translation>Letzter Tag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export CSV…</source>
        <translation>CSV exportieren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export PDF…</source>
        <translation>PDF exportieren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print…</source>
        <translation>Drucken…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dashboard</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reports</source>
        <translation>Berichte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open now</source>
        <translation>Jetzt offen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First response (median / 90%)</source>
        <translation>Erste Antwort (Median / 90 %)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolution (median / 90%)</source>
        <translation>Lösung (Median / 90 %)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SLA met</source>
        <translation>SLA erfüllt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Re-opened</source>
        <translation>Wieder geöffnet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Satisfied customers</source>
        <translation>Zufriedene Kunden</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::DateListEditor</name>
    <message>
        <location filename="../client/ui/slaeditors.cpp" line="+259"/>
        <source>Add date</source>
        <translation>Datum hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove date</source>
        <translation>Datum entfernen</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::DraftStore</name>
    <message>
        <location filename="../client/core/draftstore.cpp" line="+109"/>
        <source>Could not save the draft: %1</source>
        <translation>Der Entwurf konnte nicht gespeichert werden: %1</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::ErrorText</name>
    <message>
        <location filename="../client/core/errortext.cpp" line="+63"/>
        <source>Not connected to the server.</source>
        <translation>Keine Verbindung zum Server.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The connection to the server was lost.</source>
        <translation>Die Verbindung zum Server ist abgebrochen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server did not answer in time.</source>
        <translation>Der Server hat nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server sent an answer this client does not understand.</source>
        <translation>Der Server hat eine Antwort gesendet, die dieser Client nicht versteht.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The request is too large for the server.</source>
        <translation>Die Anfrage ist zu groß für den Server.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server could not read the request.</source>
        <translation>Der Server konnte die Anfrage nicht lesen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server does not support this operation. It may be an older version.</source>
        <translation>Der Server unterstützt diesen Vorgang nicht. Vielleicht ist er eine ältere Version.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Some of the entered values are not valid.</source>
        <translation>Einige der eingegebenen Werte sind ungültig.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server ran into an internal error. Please try again.</source>
        <translation>Auf dem Server ist ein interner Fehler aufgetreten. Bitte versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Wrong login or password.</source>
        <translation>Falscher Anmeldename oder falsches Passwort.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This account is disabled. Please ask an administrator.</source>
        <translation>Dieses Konto ist deaktiviert. Bitte wenden Sie sich an einen Administrator.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your session has expired. Please log in again.</source>
        <translation>Ihre Sitzung ist abgelaufen. Bitte melden Sie sich erneut an.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You are not logged in.</source>
        <translation>Sie sind nicht angemeldet.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You are not allowed to do this.</source>
        <translation>Dazu sind Sie nicht berechtigt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It does not exist or you cannot see it.</source>
        <translation>Es existiert nicht oder Sie können es nicht sehen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Someone else changed this in the meantime.</source>
        <translation>Jemand anderes hat dies inzwischen geändert.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This request waits for the organisation owner&apos;s approval; until then it cannot be answered, assigned, merged or have its status changed.</source>
        <translation>Diese Anfrage wartet auf die Genehmigung des Inhabers der Organisation; bis dahin kann sie nicht beantwortet, zugewiesen, zusammengeführt oder im Status geändert werden.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Too many attempts. Please wait a moment and try again.</source>
        <translation>Zu viele Versuche. Bitte warten Sie einen Moment und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server speaks a different protocol version than this client.</source>
        <translation>Der Server spricht eine andere Protokollversion als dieser Client.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unexpected error (code %1).</source>
        <translation>Unerwarteter Fehler (Code %1).</translation>
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
        <translation>Kontakte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Organisations</source>
        <translation>Organisationen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Articles</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Canned responses</source>
        <translation>Textbausteine</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>More found: type more words to narrow it down.</source>
        <translation>Weitere Treffer: Geben Sie mehr Wörter ein, um die Suche einzugrenzen.</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::KbEditor</name>
    <message>
        <location filename="../client/ui/kbeditor.cpp" line="+58"/>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Visible to:</source>
        <translation>&amp;Sichtbar für:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;State:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>T&amp;ags:</source>
        <translation>T&amp;ags:</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Edit article</source>
        <translation>Artikel bearbeiten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New article</source>
        <translation>Neuer Artikel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Staff only</source>
        <translation>Nur Mitarbeiter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customers and staff</source>
        <translation>Kunden und Mitarbeiter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Published</source>
        <translation>Veröffentlicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write the article in Markdown: # headings, - lists, [links](https://example.org), ``` code blocks.</source>
        <translation>Schreiben Sie den Artikel in Markdown: # Überschriften, - Listen, [Links](https://example.org), ``` Codeblöcke.</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>A colleague saved this article while you were editing it. Your text is still here; save again to replace their version with it, or cancel to keep theirs.</source>
        <translation>Ein Kollege hat diesen Artikel gespeichert, während Sie ihn bearbeitet haben. Ihr Text ist noch da: Speichern Sie erneut, um seine Fassung damit zu ersetzen, oder brechen Sie ab, um seine zu behalten.</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::KbSuggestions</name>
    <message>
        <location filename="../client/ui/kbsuggestions.cpp" line="+77"/>
        <source>Articles that may help with this ticket:</source>
        <translation>Artikel, die bei diesem Ticket helfen könnten:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Articles that may answer your question:</source>
        <translation>Artikel, die Ihre Frage beantworten könnten:</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::KbWindow</name>
    <message>
        <location filename="../client/ui/kbwindow.cpp" line="+107"/>
        <source>Knowledge base article: %1 %2</source>
        <translation>Artikel der Wissensdatenbank: %1 %2</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Knowledge base</source>
        <translation>Wissensdatenbank</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search articles</source>
        <translation>Artikel durchsuchen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This helped</source>
        <translation>Das hat geholfen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This did not help</source>
        <translation>Das hat nicht geholfen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Insert &amp;link into reply</source>
        <translation>&amp;Link in die Antwort einfügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Insert e&amp;xcerpt into reply</source>
        <translation>Aus&amp;zug in die Antwort einfügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New article…</source>
        <translation>&amp;Neuer Artikel…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+15"/>
        <source>All articles</source>
        <translation>Alle Artikel</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>%1 (draft)</source>
        <translation>%1 (Entwurf)</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Helpful: %1 · Not helpful: %2</source>
        <translation>Hilfreich: %1 · Nicht hilfreich: %2</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Thank you for your feedback.</source>
        <translation>Vielen Dank für Ihre Rückmeldung.</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::LogCallDialog</name>
    <message>
        <location filename="../client/ui/logcalldialog.cpp" line="+113"/>
        <source>Log a call</source>
        <translation>Anruf erfassen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A phone call about #%1 %2</source>
        <translation>Ein Telefonat zum Ticket #%1 %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Caller:</source>
        <translation>&amp;Gesprächspartner:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Direction:</source>
        <translation>&amp;Richtung:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Durati&amp;on:</source>
        <translation>&amp;Dauer:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not recorded</source>
        <translation>nicht erfasst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Notes:</source>
        <translation>&amp;Notizen:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What was said and agreed, in your words</source>
        <translation>Was besprochen und vereinbart wurde, in Ihren Worten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Internal: only staff see this call</source>
        <translation>&amp;Intern: nur Mitarbeiter sehen diesen Anruf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Log call</source>
        <translation>Anruf &amp;erfassen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Inbound: they called us</source>
        <translation>Eingehend: man hat uns angerufen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outbound: we called them</source>
        <translation>Ausgehend: wir haben angerufen</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>User #%1</source>
        <translation>Benutzer #%1</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Write down what the call was about.</source>
        <translation>Notieren Sie, worum es im Anruf ging.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The notes are too long: at most %1 characters are allowed.</source>
        <translation>Die Notizen sind zu lang: Erlaubt sind höchstens %1 Zeichen.</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::LoginDialog</name>
    <message>
        <location filename="../client/ui/logindialog.cpp" line="+150"/>
        <source>Looking for your saved session…</source>
        <translation>Gespeicherte Sitzung wird gesucht…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Log in to the helpdesk</source>
        <translation>Beim Helpdesk anmelden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Login:</source>
        <translation>&amp;Benutzername:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>host:port</source>
        <translation>Host:Port</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Remember me on this computer</source>
        <translation>Auf diesem &amp;Computer angemeldet bleiben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keeps your session (not your password) in this computer&apos;s password keychain, so that you are not asked to log in at the next start.</source>
        <translation>Speichert Ihre Sitzung (nicht Ihr Passwort) im Passwortspeicher dieses Computers, damit Sie sich beim nächsten Start nicht erneut anmelden müssen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Log &amp;in</source>
        <translation>&amp;Anmelden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quit</source>
        <translation>B&amp;eenden</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>The helpdesk server&apos;s address, for example helpdesk.example.com:%1, or tls://helpdesk.example.com:%1 for an encrypted connection</source>
        <translation>Adresse des Helpdesk-Servers, z. B. helpdesk.example.com:%1, oder tls://helpdesk.example.com:%1 für eine verschlüsselte Verbindung</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Enter the server as host:port or tls://host:port, for example helpdesk.example.com:%1.</source>
        <translation>Geben Sie den Server als Host:Port oder tls://Host:Port an, z. B. helpdesk.example.com:%1.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Enter your login.</source>
        <translation>Geben Sie Ihren Benutzernamen ein.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Enter your password.</source>
        <translation>Geben Sie Ihr Passwort ein.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Connecting to %1…</source>
        <translation>Verbindung zu %1 wird hergestellt…</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Logging in…</source>
        <translation>Anmeldung läuft…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot reach the server %1. Trying again…</source>
        <translation>Server %1 nicht erreichbar. Neuer Versuch…</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Your saved session has expired. Please enter your password.</source>
        <translation>Ihre gespeicherte Sitzung ist abgelaufen. Bitte geben Sie Ihr Passwort ein.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Resuming your session on %1…</source>
        <translation>Sitzung auf %1 wird fortgesetzt…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 &quot;Remember me&quot; has been turned off.</source>
        <translation>%1 „Angemeldet bleiben“ wurde deaktiviert.</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::MacroButton</name>
    <message>
        <location filename="../client/ui/macrobutton.cpp" line="+49"/>
        <source>The ticket was changed meanwhile, so the macro was not applied. Check the ticket and apply it again.</source>
        <translation>Das Ticket wurde inzwischen geändert, daher wurde das Makro nicht angewendet. Prüfen Sie das Ticket und wenden Sie es erneut an.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Macros</source>
        <translation>&amp;Makros</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reply and change the ticket in one step</source>
        <translation>Antworten und das Ticket in einem Schritt ändern</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::MainWindow</name>
    <message>
        <location filename="../client/ui/mainwindowmenus.cpp" line="+77"/>
        <source>About Helpdesk</source>
        <translation>Über Helpdesk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Helpdesk %1
A native support desk client.</source>
        <translation>Helpdesk %1
Ein nativer Desktop-Client für den Kundensupport.</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>Helpdesk — %1</source>
        <translation>Helpdesk – %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Helpdesk</source>
        <translation>Helpdesk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Go</source>
        <translation>&amp;Gehe zu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New ticket…</source>
        <translation>&amp;Neues Ticket…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log a &amp;phone call…</source>
        <translation>&amp;Telefonat erfassen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log &amp;out</source>
        <translation>Ab&amp;melden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Search…</source>
        <translation>&amp;Suchen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Go to ticket…</source>
        <translation>&amp;Gehe zu Ticket…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Knowledge base</source>
        <translation>&amp;Wissensdatenbank</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search &amp;everywhere…</source>
        <translation>Überall &amp;suchen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Next unread ticket</source>
        <translation>&amp;Nächstes ungelesenes Ticket</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Previous unread ticket</source>
        <translation>&amp;Vorheriges ungelesenes Ticket</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Assign to me</source>
        <translation>&amp;Mir zuweisen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About Helpdesk</source>
        <translation>Ü&amp;ber Helpdesk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A&amp;nnouncements…</source>
        <translation>A&amp;nkündigungen…</translation>
    </message>
    <message>
        <location filename="../client/ui/mainwindow.cpp" line="+306"/>
        <source>Connected to %1:%2</source>
        <translation>Verbunden mit %1:%2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Connection lost — reconnecting… Your replies are kept and sent when it is back.</source>
        <translation>Verbindung unterbrochen – wird wiederhergestellt… Ihre Antworten bleiben erhalten und werden gesendet, sobald die Verbindung wieder steht.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Signing in…</source>
        <translation>Anmeldung läuft…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n reply(ies) waiting to be sent</source>
        <translation>
            <numerusform>%n Antwort wartet auf Versand</numerusform>
            <numerusform>%n Antworten warten auf Versand</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n reply(ies) not sent</source>
        <translation>
            <numerusform>%n Antwort nicht gesendet</numerusform>
            <numerusform>%n Antworten nicht gesendet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%Ln ticket(s)</source>
        <translation>
            <numerusform>%Ln Ticket</numerusform>
            <numerusform>%Ln Tickets</numerusform>
        </translation>
    </message>
    <message>
        <location line="+115"/>
        <source>Go to ticket</source>
        <translation>Gehe zu Ticket</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ticket &amp;number:</source>
        <translation>Ticket&amp;nummer:</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>No unread ticket below this one in the list.</source>
        <translation>Unterhalb dieses Tickets gibt es in der Liste kein ungelesenes Ticket.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No unread ticket above this one in the list.</source>
        <translation>Oberhalb dieses Tickets gibt es in der Liste kein ungelesenes Ticket.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Open a ticket first.</source>
        <translation>Öffnen Sie zuerst ein Ticket.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>#%1 is already assigned to you.</source>
        <translation>#%1 ist Ihnen bereits zugewiesen.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>#%1 is now assigned to you.</source>
        <translation>#%1 ist Ihnen jetzt zugewiesen.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>New reply from %1</source>
        <translation>Neue Antwort von %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>a customer</source>
        <translation>einem Kunden</translation>
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
        <translation>Neues Ticket</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Subject:</source>
        <translation>&amp;Betreff:</translation>
    </message>
    <message>
        <location line="+128"/>
        <source>&amp;Description:</source>
        <translation>Besc&amp;hreibung:</translation>
    </message>
    <message>
        <location line="-127"/>
        <source>&amp;Phone call: log this on behalf of the contact who called</source>
        <translation>&amp;Telefonat: im Namen des anrufenden Kontakts erfassen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;ustomer:</source>
        <translation>&amp;Kunde:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No customer</source>
        <translation>Kein Kunde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P&amp;riority:</source>
        <translation>&amp;Priorität:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Queue:</source>
        <translation>&amp;Warteschlange:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Assignee:</source>
        <translation>Bearbeite&amp;r:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Tags:</source>
        <translation>Ta&amp;gs:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comma separated, e.g. billing, vpn</source>
        <translation>Durch Kommas getrennt, z. B. abrechnung, vpn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>D&amp;irection:</source>
        <translation>R&amp;ichtung:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Durati&amp;on:</source>
        <translation>&amp;Dauer:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not recorded</source>
        <translation>nicht erfasst</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Inbound: they called us</source>
        <translation>Eingehend: man hat uns angerufen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outbound: we called them</source>
        <translation>Ausgehend: wir haben angerufen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Create</source>
        <translation>&amp;Erstellen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create the ticket (Ctrl+Enter)</source>
        <translation>Ticket erstellen (Strg+Enter)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Low</source>
        <translation>Niedrig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>High</source>
        <translation>Hoch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Urgent</source>
        <translation>Dringend</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>No queue</source>
        <translation>Keine Warteschlange</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Unassigned</source>
        <translation>Nicht zugewiesen</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+44"/>
        <source>Me</source>
        <translation>Ich</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>This customer has no contacts</source>
        <translation>Dieser Kunde hat keine Kontakte</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Choose the customer first</source>
        <translation>Zuerst den Kunden wählen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Ca&amp;ller:</source>
        <translation>&amp;Anrufer:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>R&amp;equester:</source>
        <translation>A&amp;nfragender:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Notes:</source>
        <translation>&amp;Notizen:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your notes on the call: what the caller needs, what you agreed</source>
        <translation>Ihre Notizen zum Anruf: was der Anrufer braucht, was vereinbart wurde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What is the problem?</source>
        <translation>Worin besteht das Problem?</translation>
    </message>
    <message>
        <location filename="../client/ui/newticketsubmit.cpp" line="+98"/>
        <source>Enter a subject.</source>
        <translation>Geben Sie einen Betreff ein.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The subject is %1 characters long; at most %2 are allowed.</source>
        <translation>Der Betreff ist %1 Zeichen lang; erlaubt sind höchstens %2.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Describe the request.</source>
        <translation>Beschreiben Sie das Anliegen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The description is too long: at most %1 characters are allowed.</source>
        <translation>Die Beschreibung ist zu lang: Erlaubt sind höchstens %1 Zeichen.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>There is no customer named &quot;%1&quot;. Pick one from the list, or clear the field for none.</source>
        <translation>Es gibt keinen Kunden namens „%1“. Wählen Sie einen aus der Liste aus, oder leeren Sie das Feld, wenn kein Kunde zugeordnet werden soll.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A phone call is logged on behalf of the contact who called: choose their customer, then the caller.</source>
        <translation>Ein Telefonat wird im Namen des anrufenden Kontakts erfasst: Wählen Sie zuerst dessen Kunden und dann den Anrufer aus.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The tag &quot;%1&quot; contains a control character.</source>
        <translation>Das Tag „%1“ enthält ein Steuerzeichen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The tag &quot;%1&quot; is too long: at most %2 characters are allowed.</source>
        <translation>Das Tag „%1“ ist zu lang: Erlaubt sind höchstens %2 Zeichen.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>At most %1 tags are allowed.</source>
        <translation>Erlaubt sind höchstens %1 Tags.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Creating the ticket…</source>
        <translation>Ticket wird erstellt…</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>The server did not accept this value.</source>
        <translation>Der Server hat diesen Wert nicht akzeptiert.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 The ticket may have been created all the same: look for it in the ticket list before trying again.</source>
        <translation>%1 Das Ticket wurde möglicherweise trotzdem erstellt: Suchen Sie es in der Ticketliste, bevor Sie es erneut versuchen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 What you typed is kept; try again once the connection is back.</source>
        <translation>%1 Ihre Eingaben bleiben erhalten; versuchen Sie es erneut, sobald die Verbindung wieder steht.</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::OfflineNotices</name>
    <message>
        <location filename="../client/ui/offlinenotices.cpp" line="+91"/>
        <source>Offline — this is a copy of the list saved %1 (its first page). It is refreshed when the connection is back.</source>
        <translation>Offline – dies ist eine am %1 gespeicherte Kopie der Liste (ihre erste Seite). Sie wird aktualisiert, sobald die Verbindung wieder steht.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Offline since %1 — the list may have changed since then.</source>
        <translation>Offline seit %1 – die Liste hat sich seitdem möglicherweise geändert.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Offline — this list was not opened recently on this computer, so there is no copy of it. It loads when the connection is back.</source>
        <translation>Offline – diese Liste wurde auf diesem Computer nicht kürzlich geöffnet, daher gibt es keine Kopie. Sie wird geladen, sobald die Verbindung wieder steht.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Offline — this is a copy of the ticket saved %1. It is refreshed when the connection is back; replies wait in the outbox until then.</source>
        <translation>Offline – dies ist eine am %1 gespeicherte Kopie des Tickets. Sie wird aktualisiert, sobald die Verbindung wieder steht; bis dahin warten Antworten im Postausgang.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Offline since %1 — this ticket may have changed since then.</source>
        <translation>Offline seit %1 – das Ticket hat sich seitdem möglicherweise geändert.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Offline — this ticket was not opened recently on this computer, so there is no copy of it. It loads when the connection is back.</source>
        <translation>Offline – dieses Ticket wurde auf diesem Computer nicht kürzlich geöffnet, daher gibt es keine Kopie. Es wird geladen, sobald die Verbindung wieder steht.</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::OrganisationsDialog</name>
    <message>
        <location filename="../client/ui/organisationsdialog.cpp" line="+39"/>
        <source>Organisations</source>
        <translation>Organisationen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Filter by name</source>
        <translation>Nach Name filtern</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;New organisation…</source>
        <translation>&amp;Neue Organisation…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>e.g. hr or de_AT; empty: not set</source>
        <translation>z. B. hr oder de_AT; leer: nicht gesetzt</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Add service</source>
        <translation>Leistung &amp;hinzufügen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Re&amp;move service</source>
        <translation>Leistung &amp;entfernen</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Contacts…</source>
        <translation>&amp;Kontakte…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>N&amp;otes (staff only):</source>
        <translation>N&amp;otizen (nur für Mitarbeiter):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ser&amp;vices:</source>
        <translation>&amp;Leistungen:</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>New organisation</source>
        <translation>Neue Organisation</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name of the organisation:</source>
        <translation>Name der Organisation:</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::Outbox</name>
    <message>
        <location filename="../client/core/outbox.cpp" line="+293"/>
        <source>Could not save the outbox: %1</source>
        <translation>Der Postausgang konnte nicht gespeichert werden: %1</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::PropertiesPanel</name>
    <message>
        <location filename="../client/ui/propertiespanel.cpp" line="+215"/>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Priority:</source>
        <translation>&amp;Priorität:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Assignee:</source>
        <translation>&amp;Bearbeiter:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Queue:</source>
        <translation>&amp;Warteschlange:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Tags:</source>
        <translation>&amp;Tags:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>comma, separated</source>
        <translation>durch Kommas getrennt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sa&amp;ve</source>
        <translation>Spei&amp;chern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Revert</source>
        <translation>&amp;Zurücksetzen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep mine</source>
        <translation>Meinen behalten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take theirs</source>
        <translation>Anderen übernehmen</translation>
    </message>
    <message>
        <location line="+28"/>
        <location line="+154"/>
        <source>Unassigned</source>
        <translation>Nicht zugewiesen</translation>
    </message>
    <message>
        <location line="-152"/>
        <location line="+152"/>
        <source>No queue</source>
        <translation>Keine Warteschlange</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>Someone else changed this to: %1</source>
        <translation>Jemand anderes hat dies geändert in: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 changed this to: %2</source>
        <translation>%1 hat dies geändert in: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Yours: %1</source>
        <translation>Ihr Wert: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Someone else changed a field you are editing. For each marked field, keep your value or take theirs, then save.</source>
        <translation>Jemand anderes hat ein Feld geändert, das Sie gerade bearbeiten. Behalten Sie bei jedem markierten Feld Ihren Wert oder übernehmen Sie den anderen, dann speichern Sie.</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>Saved.</source>
        <translation>Gespeichert.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Not saved: someone else changed a field you changed. For each marked field, keep your value or take theirs, then save again.</source>
        <translation>Nicht gespeichert: Jemand anderes hat ein Feld geändert, das auch Sie geändert haben. Behalten Sie bei jedem markierten Feld Ihren Wert oder übernehmen Sie den anderen, dann speichern Sie erneut.</translation>
    </message>
    <message>
        <location line="-83"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::QueuesDialog</name>
    <message>
        <location filename="../client/ui/queuesdialog.cpp" line="+125"/>
        <source>Queues</source>
        <translation>Warteschlangen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New queue</source>
        <translation>&amp;Neue Warteschlange</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Technical</source>
        <translation>Technik</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Billing</source>
        <translation>Abrechnung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>General</source>
        <translation>Allgemein</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Off: assign by hand</source>
        <translation>Aus: von Hand zuweisen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Round robin</source>
        <translation>Reihum</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Least loaded</source>
        <translation>Geringste Auslastung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Never</source>
        <translation>Nie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Archived: keeps its tickets, takes no new ones</source>
        <translation>Archiviert: behält ihre Tickets, nimmt keine neuen an</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Staff</source>
        <translation>Mitarbeiter</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Member</source>
        <translation>Mitglied</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Lead</source>
        <translation>Leitung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Art:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Assignment:</source>
        <translation>&amp;Zuweisung:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reassign after absence:</source>
        <translation>&amp;Neu zuweisen nach Abwesenheit:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 (archived)</source>
        <translation>%1 (archiviert)</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::QuickSearchDialog</name>
    <message>
        <location filename="../client/ui/quicksearchdialog.cpp" line="+122"/>
        <source>Searching…</source>
        <translation>Suche läuft…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Nothing found.</source>
        <translation>Nichts gefunden.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Open a ticket first: a canned response goes into its reply.</source>
        <translation>Öffnen Sie zuerst ein Ticket: Ein Textbaustein wird in dessen Antwort eingefügt.</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Search everywhere</source>
        <translation>Überall suchen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tickets, contacts, organisations, articles, canned responses…</source>
        <translation>Tickets, Kontakte, Organisationen, Artikel, Textbausteine…</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::RatingBar</name>
    <message>
        <location filename="../client/ui/ratingbar.cpp" line="+112"/>
        <source>Good</source>
        <translation>Gut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bad</source>
        <translation>Schlecht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comment (optional)</source>
        <translation>Kommentar (optional)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You rated this solution good. Thank you!</source>
        <translation>Sie haben diese Lösung als gut bewertet. Danke!</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You rated this solution bad. Thank you, we will look into it.</source>
        <translation>Sie haben diese Lösung als schlecht bewertet. Danke, wir sehen uns das an.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your request was solved. How did we do?</source>
        <translation>Ihre Anfrage wurde gelöst. Wie zufrieden sind Sie?</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::RequestFieldsForm</name>
    <message>
        <location filename="../client/ui/requestfieldsform.cpp" line="+131"/>
        <source>Please answer &quot;%1&quot;.</source>
        <translation>Bitte beantworten Sie „%1“.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>This request type is no longer available. Please choose another.</source>
        <translation>Diese Anfrageart gibt es nicht mehr. Bitte wählen Sie eine andere.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;%1&quot; was not accepted: %2</source>
        <translation>„%1“ wurde nicht angenommen: %2</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>What is affected</source>
        <translation>Was ist betroffen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Since when</source>
        <translation>Seit wann</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The exact error message</source>
        <translation>Die genaue Fehlermeldung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What was already tried</source>
        <translation>Was wurde schon versucht</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Not set</source>
        <translation>Nicht gesetzt</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>(choose)</source>
        <translation>(auswählen)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 (required)</source>
        <translation>%1 (Pflichtfeld)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Request &amp;type:</source>
        <translation>&amp;Anfrageart:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Requests of this type need the approval of your organisation&apos;s owner before support can act on them (unless you are the owner).</source>
        <translation>Anfragen dieser Art muss der Inhaber Ihrer Organisation genehmigen, bevor der Support tätig wird (außer Sie sind der Inhaber).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Other request (no type)</source>
        <translation>Andere Anfrage (ohne Art)</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::RequestPanel</name>
    <message>
        <location filename="../client/ui/requestpanel.cpp" line="+107"/>
        <source>Refuse the request</source>
        <translation>Anfrage ablehnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why do you refuse it? (optional, the support team and the requester read it)</source>
        <translation>Warum lehnen Sie sie ab? (optional; der Support und der Anfragende lesen es)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Request: %1</source>
        <translation>Anfrage: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Approve</source>
        <translation>&amp;Genehmigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;fuse…</source>
        <translation>&amp;Ablehnen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This request needs your approval as the organisation&apos;s owner before support acts on it.</source>
        <translation>Diese Anfrage braucht Ihre Genehmigung als Inhaber der Organisation, bevor der Support tätig wird.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Awaiting the owner&apos;s approval: replies to the customer, status changes, assignment and merging are disabled until the organisation&apos;s owner approves. Internal notes are possible.</source>
        <translation>Wartet auf die Genehmigung des Inhabers: Antworten an den Kunden, Statuswechsel, Zuweisung und Zusammenführen sind gesperrt, bis der Inhaber der Organisation zustimmt. Interne Notizen sind möglich.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Waiting for the approval of your organisation&apos;s owner.</source>
        <translation>Wartet auf die Genehmigung des Inhabers Ihrer Organisation.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Approved by the organisation&apos;s owner.</source>
        <translation>Vom Inhaber der Organisation genehmigt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refused by the organisation&apos;s owner.</source>
        <translation>Vom Inhaber der Organisation abgelehnt.</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::RequestTypesDialog</name>
    <message>
        <location filename="../client/ui/requesttypesdialog.cpp" line="+44"/>
        <source>Request types</source>
        <translation>Anfragearten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;New type</source>
        <translation>&amp;Neue Art</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Sensitive: the organisation&apos;s owner must approve requests filed by other contacts</source>
        <translation>Heikel: Anfragen anderer Kontakte muss der Inhaber der Organisation genehmigen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Required</source>
        <translation>Pflicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Label (English)</source>
        <translation>Beschriftung (Englisch)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Choices (comma-separated)</source>
        <translation>Auswahl (durch Kommas getrennt)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Add field</source>
        <translation>Feld &amp;hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove field</source>
        <translation>Feld &amp;entfernen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Key:</source>
        <translation>&amp;Schlüssel:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Name (English):</source>
        <translation>&amp;Name (Englisch):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Queue:</source>
        <translation>&amp;Warteschlange:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Position:</source>
        <translation>&amp;Position:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every type also asks what is affected, since when, the exact error message and what was already tried. Its own fields:</source>
        <translation>Jede Art fragt außerdem, was betroffen ist, seit wann, nach der genauen Fehlermeldung und was schon versucht wurde. Eigene Felder:</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>(no queue)</source>
        <translation>(keine Warteschlange)</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>%1 (archived)</source>
        <translation>%1 (archiviert)</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Res&amp;tore</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+13"/>
        <source>Arc&amp;hive</source>
        <translation>&amp;Archivieren</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::RotaDialog</name>
    <message>
        <location filename="../client/ui/rotadialog.cpp" line="+139"/>
        <source>On-call rotas</source>
        <translation>Bereitschaftspläne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Queue:</source>
        <translation>&amp;Warteschlange:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add shift</source>
        <translation>Schicht hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove shift</source>
        <translation>Schicht entfernen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;On call:</source>
        <translation>&amp;Bereitschaft:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Time zone:</source>
        <translation>&amp;Zeitzone:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every week:</source>
        <translation>Jede Woche:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Whole days:</source>
        <translation>Ganze Tage:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save rota</source>
        <translation>Plan &amp;speichern</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>%1 — %2 (%3, %4)</source>
        <translation>%1 — %2 (%3, %4)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nobody chosen</source>
        <translation>Niemand gewählt</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n weekly stretch(es)</source>
        <translation>
            <numerusform>%n wöchentlicher Zeitraum</numerusform>
            <numerusform>%n wöchentliche Zeiträume</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n whole day(s)</source>
        <translation>
            <numerusform>%n ganzer Tag</numerusform>
            <numerusform>%n ganze Tage</numerusform>
        </translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Saved.</source>
        <translation>Gespeichert.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A colleague saved this rota meanwhile. Their rota is shown: make your change again if it is still needed.</source>
        <translation>Inzwischen hat ein Kollege diesen Plan gespeichert. Sein Plan wird angezeigt: nehmen Sie Ihre Änderung erneut vor, falls sie noch nötig ist.</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::SavedViewsPanel</name>
    <message>
        <location filename="../client/ui/savedviewspanel.cpp" line="+78"/>
        <location line="+186"/>
        <source>Save view</source>
        <translation>Ansicht speichern</translation>
    </message>
    <message>
        <location line="-134"/>
        <source>My open</source>
        <translation>Meine offenen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unassigned</source>
        <translation>Nicht zugewiesen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All open</source>
        <translation>Alle offenen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Breaching within 1 hour</source>
        <translation>SLA-Verletzung binnen 1 Stunde</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Overdue</source>
        <translation>Überfällig</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pending</source>
        <translation>Wartend</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Resolved</source>
        <translation>Gelöst</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Closed</source>
        <translation>Geschlossen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All tickets</source>
        <translation>Alle Tickets</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Views</source>
        <translation>Ansichten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save &amp;view…</source>
        <translation>&amp;Ansicht speichern…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the chosen view and tag filter under a name of your own</source>
        <translation>Die gewählte Ansicht und den Tag-Filter unter einem eigenen Namen speichern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter by tag</source>
        <translation>Nach Tag filtern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. billing</source>
        <translation>z. B. abrechnung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search</source>
        <translation>Suche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Words in subjects and messages</source>
        <translation>Wörter in Betreffzeilen und Nachrichten</translation>
    </message>
    <message>
        <location line="+106"/>
        <source>Name of the view:</source>
        <translation>Name der Ansicht:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Delete view</source>
        <translation>Ansicht &amp;löschen</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::SearchResultsView</name>
    <message>
        <location filename="../client/ui/searchresultsview.cpp" line="+180"/>
        <location line="+153"/>
        <source>Search results for “%1”</source>
        <translation>Suchergebnisse für „%1“</translation>
    </message>
    <message>
        <location line="-57"/>
        <source>Any queue</source>
        <translation>Alle Warteschlangen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Any customer</source>
        <translation>Alle Kunden</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Status: any</source>
        <translation>Status: alle</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Status: %n chosen</source>
        <translation>
            <numerusform>Status: %n gewählt</numerusform>
            <numerusform>Status: %n gewählt</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Searching…</source>
        <translation>Suche läuft…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Nothing found.</source>
        <translation>Nichts gefunden.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>The first %n tickets found. Add words or filters to narrow the search.</source>
        <translation>
            <numerusform>Das erste gefundene Ticket (%n). Fügen Sie Wörter oder Filter hinzu, um die Suche einzugrenzen.</numerusform>
            <numerusform>Die ersten %n gefundenen Tickets. Fügen Sie Wörter oder Filter hinzu, um die Suche einzugrenzen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n ticket(s) found.</source>
        <translation>
            <numerusform>%n Ticket gefunden.</numerusform>
            <numerusform>%n Tickets gefunden.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Back to the list</source>
        <translation>&amp;Zurück zur Liste</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To</source>
        <translation>Bis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only words written in this period: a subject when the ticket was opened, a message when it was sent.</source>
        <translation>Nur Wörter, die in diesem Zeitraum geschrieben wurden: ein Betreff, als das Ticket erstellt wurde, eine Nachricht, als sie gesendet wurde.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Clear filters</source>
        <translation>Filter zurücksetzen</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::ShortcutsDialog</name>
    <message>
        <location filename="../client/ui/shortcutsdialog.cpp" line="+89"/>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Anywhere in the main window</source>
        <translation>Überall im Hauptfenster</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search (puts the cursor in the search box)</source>
        <translation>Suchen (Cursor ins Suchfeld)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search everywhere: tickets, contacts, organisations, articles, canned responses</source>
        <translation>Überall suchen: Tickets, Kontakte, Organisationen, Artikel, Textbausteine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Knowledge base</source>
        <translation>Wissensdatenbank</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go to a ticket by its number</source>
        <translation>Zu einem Ticket anhand seiner Nummer gehen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next unread ticket in the list</source>
        <translation>Nächstes ungelesenes Ticket in der Liste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Previous unread ticket in the list</source>
        <translation>Vorheriges ungelesenes Ticket in der Liste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assign the open ticket to me (staff)</source>
        <translation>Das geöffnete Ticket mir zuweisen (Mitarbeiter)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New ticket</source>
        <translation>Neues Ticket</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log a phone call (staff)</source>
        <translation>Telefonat erfassen (Mitarbeiter)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log a call on the open ticket (staff)</source>
        <translation>Anruf zum geöffneten Ticket erfassen (Mitarbeiter)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refresh the list, counts and directory</source>
        <translation>Liste, Zähler und Verzeichnis aktualisieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This list</source>
        <translation>Diese Liste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search results</source>
        <translation>Suchergebnisse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to the ticket list</source>
        <translation>Zurück zur Ticketliste</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open the previous or next result</source>
        <translation>Vorheriges oder nächstes Ergebnis öffnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reply box</source>
        <translation>Antwortfeld</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Put the cursor in the reply box</source>
        <translation>Cursor ins Antwortfeld setzen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send</source>
        <translation>Senden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send and set the ticket to Pending (staff)</source>
        <translation>Senden und Ticket auf „Wartend“ setzen (Mitarbeiter)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send and set the ticket to Resolved (staff)</source>
        <translation>Senden und Ticket auf „Gelöst“ setzen (Mitarbeiter)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Switch between reply and internal note (staff)</source>
        <translation>Zwischen Antwort und interner Notiz wechseln (Mitarbeiter)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forms</source>
        <translation>Formulare</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create the ticket (in the new-ticket form)</source>
        <translation>Ticket anlegen (im Formular für neue Tickets)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Go to the next field (in the new-ticket form)</source>
        <translation>Zum nächsten Feld (im Formular für neue Tickets)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alt + underlined letter</source>
        <translation>Alt + unterstrichener Buchstabe</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Go to that field or press that button</source>
        <translation>Zu diesem Feld gehen oder diese Schaltfläche drücken</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::SignaturesDialog</name>
    <message>
        <location filename="../client/ui/signaturesdialog.cpp" line="+100"/>
        <source>Signatures</source>
        <translation>Signaturen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A public reply gets your signature in the requester&apos;s language (or the one for any language), followed by the signature of the ticket&apos;s queue. You can edit it before sending.</source>
        <translation>Eine öffentliche Antwort erhält Ihre Signatur in der Sprache des Anfragenden (oder die für alle Sprachen), gefolgt von der Signatur der Warteschlange des Tickets. Sie können sie vor dem Senden bearbeiten.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Signature of:</source>
        <translation>Signatur &amp;von:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language:</source>
        <translation>Spr&amp;ache:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No signature in this language: replies in it get the one for any language. Type one here, e.g.
Kind regards,
Your name</source>
        <translation>Keine Signatur in dieser Sprache: Antworten darin erhalten die für alle Sprachen. Geben Sie hier eine ein, z.&#xa0;B.
Mit freundlichen Grüßen
Ihr Name</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Me</source>
        <translation>Ich</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Queue: %1</source>
        <translation>Warteschlange: %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Any language</source>
        <translation>Alle Sprachen</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>A signature may have at most %1 characters.</source>
        <translation>Eine Signatur darf höchstens %1 Zeichen lang sein.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::SimilarTicketsPanel</name>
    <message>
        <location filename="../client/ui/similartickets.cpp" line="+144"/>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No similar earlier tickets</source>
        <translation>Keine ähnlichen früheren Tickets</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>#%1 %2</source>
        <translation>#%1 %2</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Link</source>
        <translation>Verknüpfen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Link this ticket to the open one as related</source>
        <translation>Dieses Ticket als verwandt mit dem geöffneten verknüpfen</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Similar tickets</source>
        <translation>Ähnliche Tickets</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::SlaAdminMenu</name>
    <message>
        <location filename="../client/ui/slaadminmenu.cpp" line="+77"/>
        <source>&amp;Service levels</source>
        <translation>&amp;Service-Level</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SLA &amp;policies…</source>
        <translation>SLA-&amp;Richtlinien…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Business &amp;calendars…</source>
        <translation>Geschäfts&amp;kalender…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On-call &amp;rotas…</source>
        <translation>Be&amp;reitschaftspläne…</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::SlaAlertNotifier</name>
    <message>
        <location filename="../client/ui/slaalertnotifier.cpp" line="+30"/>
        <source>New urgent ticket</source>
        <translation>Neues dringendes Ticket</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A customer rated a solution bad</source>
        <translation>Ein Kunde hat eine Lösung schlecht bewertet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First response</source>
        <translation>Erste Antwort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next response</source>
        <translation>Nächste Antwort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolution</source>
        <translation>Lösung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SLA breached: %1</source>
        <translation>SLA verletzt: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SLA due soon: %1</source>
        <translation>SLA bald fällig: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>#%1 %2</source>
        <translation>#%1 %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Due %1</source>
        <translation>Fällig: %1</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::SlaPoliciesDialog</name>
    <message>
        <location filename="../client/ui/slapoliciesdialog.cpp" line="+130"/>
        <source>SLA policies</source>
        <translation>SLA-Richtlinien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Queue</source>
        <translation>Warteschlange</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First response</source>
        <translation>Erste Antwort</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Next response</source>
        <translation>Nächste Antwort</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Resolution</source>
        <translation>Lösung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Queue:</source>
        <translation>Warteschlange:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Priority:</source>
        <translation>Priorität:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Business hours:</source>
        <translation>Geschäftszeiten:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First response within:</source>
        <translation>Erste Antwort binnen:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next response within:</source>
        <translation>Nächste Antwort binnen:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolution within:</source>
        <translation>Lösung binnen:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warn at:</source>
        <translation>Warnen bei:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No target</source>
        <translation>Kein Ziel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> business minutes</source>
        <translation> Geschäftsminuten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New policy</source>
        <translation>Neue Richtlinie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+23"/>
        <source>Any queue</source>
        <translation>Jede Warteschlange</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>Queue #%1</source>
        <translation>Warteschlange #%1</translation>
    </message>
    <message>
        <location line="+27"/>
        <location line="+21"/>
        <source>Any priority</source>
        <translation>Jede Priorität</translation>
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
            <numerusform>%n Min.</numerusform>
            <numerusform>%n Min.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>helpdesk::client::SnippetDelegate</name>
    <message numerus="yes">
        <location filename="../client/ui/snippetdelegate.cpp" line="+163"/>
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n Treffer</numerusform>
            <numerusform>%n Treffer</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>helpdesk::client::TeamMenu</name>
    <message>
        <location filename="../client/ui/teammenu.cpp" line="+105"/>
        <source>&amp;Team</source>
        <translation>&amp;Team</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I am &amp;away</source>
        <translation>&amp;Abwesend</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Colleagues</source>
        <translation>&amp;Kollegen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Queues…</source>
        <translation>&amp;Warteschlangen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Dashboard and reports…</source>
        <translation>&amp;Übersicht und Berichte…</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+13"/>
        <source>away</source>
        <translation>abwesend</translation>
    </message>
    <message>
        <location line="-12"/>
        <location line="+13"/>
        <source>online</source>
        <translation>online</translation>
    </message>
    <message>
        <location line="-12"/>
        <location line="+13"/>
        <source>offline</source>
        <translation>offline</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>You are %1 · colleagues online: %2</source>
        <translation>Sie sind %1 · Kollegen online: %2</translation>
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
        <translation>Öffnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save as…</source>
        <translation>Speichern unter…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Save attachment</source>
        <translation>Anhang speichern</translation>
    </message>
    <message>
        <location line="+32"/>
        <location line="+22"/>
        <source>The file could not be saved: %1</source>
        <translation>Die Datei konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Open a file that can run code?</source>
        <translation>Eine Datei öffnen, die Programme ausführen kann?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“%1” is a kind of file that can run programs or scripts on this computer. Open it only if you trust the sender and expected this file.</source>
        <translation>„%1“ ist eine Art von Datei, die auf diesem Computer Programme oder Skripte ausführen kann. Öffnen Sie sie nur, wenn Sie dem Absender vertrauen und diese Datei erwartet haben.</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::TicketListModel</name>
    <message>
        <location filename="../client/core/ticketlistmodel.cpp" line="+22"/>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pending</source>
        <translation>Wartend</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Resolved</source>
        <translation>Gelöst</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Closed</source>
        <translation>Geschlossen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Low</source>
        <translation>Niedrig</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>High</source>
        <translation>Hoch</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Urgent</source>
        <translation>Dringend</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Desktop client</source>
        <translation>Desktop-Client</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Phone call</source>
        <translation>Telefonat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Monitoring alert</source>
        <translation>Monitoring-Alarm</translation>
    </message>
    <message>
        <location line="+257"/>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <location line="+18"/>
        <location filename="../client/ui/tickettableview.cpp" line="-21"/>
        <source>Unassigned</source>
        <translation>Nicht zugewiesen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>User #%1</source>
        <translation>Benutzer #%1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Queue #%1</source>
        <translation>Warteschlange #%1</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Queue</source>
        <translation>Warteschlange</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <location filename="../client/core/searchresultsmodel.cpp" line="+127"/>
        <location filename="../client/core/ticketlistmodel.cpp" line="-33"/>
        <source>Customer #%1</source>
        <translation>Kunde #%1</translation>
    </message>
    <message>
        <location line="+56"/>
        <location filename="../client/core/ticketlistmodel.cpp" line="+15"/>
        <source>#</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../client/core/ticketlistmodel.cpp" line="+4"/>
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../client/core/ticketlistmodel.cpp" line="+2"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../client/core/ticketlistmodel.cpp" line="+2"/>
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Assignee</source>
        <translation>Bearbeiter</translation>
    </message>
    <message>
        <location filename="../client/core/searchresultsmodel.cpp" line="+2"/>
        <location filename="../client/core/ticketlistmodel.cpp" line="+4"/>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../client/core/ticketlistmodel.cpp" line="+2"/>
        <source>Updated</source>
        <translation>Aktualisiert</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::TicketPane</name>
    <message>
        <location filename="../client/ui/ticketpane.cpp" line="+261"/>
        <source>This ticket is no longer available to you.</source>
        <translation>Dieses Ticket ist für Sie nicht mehr verfügbar.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Select a ticket to read the conversation and reply.</source>
        <translation>Wählen Sie ein Ticket aus, um den Verlauf zu lesen und zu antworten.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Properties</source>
        <translation>Eigenschaften</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Log a call…</source>
        <translation>Anruf &amp;erfassen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log a phone call about this ticket (Ctrl+Shift+L)</source>
        <translation>Ein Telefonat zu diesem Ticket erfassen (Strg+Umschalt+L)</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>#%1</source>
        <translation>#%1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>from %1</source>
        <translation>von %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>by phone</source>
        <translation>per Telefon</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>by e-mail</source>
        <translation>per E-Mail</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>monitoring alert</source>
        <translation>Monitoring-Alarm</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>opened %1</source>
        <translation>erstellt am %1</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::TicketTableView</name>
    <message>
        <location filename="../client/ui/tickettableview.cpp" line="+166"/>
        <source>&amp;Columns</source>
        <translation>&amp;Spalten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ticket number</source>
        <translation>Ticketnummer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Reset column widths</source>
        <translation>Spaltenbreiten &amp;zurücksetzen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Group by</source>
        <translation>&amp;Gruppieren nach</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;No grouping</source>
        <translation>&amp;Keine Gruppierung</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::TimeSpentField</name>
    <message>
        <location filename="../client/ui/timespentfield.cpp" line="+46"/>
        <source>&amp;Time spent:</source>
        <translation>&amp;Zeitaufwand:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> min</source>
        <translation> Min.</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::UserEditDialog</name>
    <message>
        <location filename="../client/ui/usereditdialog.cpp" line="+26"/>
        <source>New contact</source>
        <translation>Neuer Kontakt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New user</source>
        <translation>Neuer Benutzer</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Edit %1</source>
        <translation>%1 bearbeiten</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Login:</source>
        <translation>&amp;Anmeldename:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Role:</source>
        <translation>&amp;Rolle:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Contact role:</source>
        <translation>&amp;Kontaktrolle:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-Mail:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Phone:</source>
        <translation>&amp;Telefon:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. hr or pt_BR; empty: not set</source>
        <translation>z. B. hr oder pt_BR; leer: nicht gesetzt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>L&amp;anguage:</source>
        <translation>Spr&amp;ache:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;peat password:</source>
        <translation>Passwort &amp;wiederholen:</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>The two passwords differ.</source>
        <translation>Die beiden Passwörter stimmen nicht überein.</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::UsersDialog</name>
    <message>
        <location filename="../client/ui/usersdialog.cpp" line="+36"/>
        <source>Users and contacts</source>
        <translation>Benutzer und Kontakte</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Contacts of your organisation</source>
        <translation>Kontakte Ihrer Organisation</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Staff</source>
        <translation>Mitarbeiter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Show:</source>
        <translation>&amp;Anzeigen:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Filter by name, login, e-mail or phone</source>
        <translation>Nach Name, Anmeldename, E-Mail oder Telefon filtern</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Login</source>
        <translation>Anmeldename</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>&amp;New…</source>
        <translation>&amp;Neu…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+146"/>
        <source>&amp;Disable…</source>
        <translation>&amp;Deaktivieren…</translation>
    </message>
    <message>
        <location line="-140"/>
        <source>&amp;Reset password…</source>
        <translation>Passwort &amp;zurücksetzen…</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Contacts of %1</source>
        <translation>Kontakte von %1</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Enabled</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Disabled</source>
        <translation>Deaktiviert</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>&amp;Enable</source>
        <translation>&amp;Aktivieren</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Disable %1</source>
        <translation>%1 deaktivieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disable %1? They are logged out at once on every computer and cannot log in until enabled again.</source>
        <translation>%1 deaktivieren? Die Person wird sofort auf allen Computern abgemeldet und kann sich erst wieder anmelden, wenn sie erneut aktiviert wird.</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::WeeklyHoursEditor</name>
    <message>
        <location filename="../client/ui/slaeditors.cpp" line="-92"/>
        <source>Day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Until</source>
        <translation>Bis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An end at or before the start runs into the next day; 00:00 to 00:00 is the whole day.</source>
        <translation>Ein Ende vor oder gleich dem Beginn reicht in den nächsten Tag; 00:00 bis 00:00 ist der ganze Tag.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add hours</source>
        <translation>Zeiten hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove hours</source>
        <translation>Zeiten entfernen</translation>
    </message>
</context>
</TS>
