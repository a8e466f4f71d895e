<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="hr_HR">
<context>
    <name>AdminErrors</name>
    <message>
        <location filename="../client/ui/adminerrors.cpp" line="+46"/>
        <source>You are no longer logged in. Log in again, then try once more.</source>
        <translation>Više niste prijavljeni. Prijavite se ponovno pa pokušajte još jednom.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Enter your current password.</source>
        <translation>Unesite trenutačnu lozinku.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The current password is wrong.</source>
        <translation>Trenutačna lozinka nije točna.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A password must have 8 to 1024 characters.</source>
        <translation>Lozinka mora imati od 8 do 1024 znaka.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This login is already taken.</source>
        <translation>Ta prijava je već zauzeta.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A login has 1 to 64 letters, digits or . _ @ + -.</source>
        <translation>Korisničko ime ima od 1 do 64 slova, znamenki ili . _ @ + -.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A name must have 1 to 200 characters.</source>
        <translation>Ime mora imati od 1 do 200 znakova.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This is not an e-mail address.</source>
        <translation>Ovo nije adresa e-pošte.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A phone number has at most 40 digits, spaces and + ( ) . / -.</source>
        <translation>Broj telefona ima najviše 40 znamenki, razmaka i + ( ) . / -.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not a language code like hr or pt_BR.</source>
        <translation>Ovo nije kôd jezika poput hr ili pt_BR.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You cannot disable your own account.</source>
        <translation>Ne možete onemogućiti vlastiti račun.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Notes can have at most 10,000 characters.</source>
        <translation>Bilješke mogu imati najviše 10.000 znakova.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Service %1: a name has 1 to 200 characters, details at most 2,000.</source>
        <translation>Usluga %1: naziv ima od 1 do 200 znakova, pojedinosti najviše 2000.</translation>
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
        <translation>Voditelj tima</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Customer contact</source>
        <translation>Kontakt klijenta</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Owner</source>
        <translation>Vlasnik</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Technical contact</source>
        <translation>Tehnički kontakt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Billing contact</source>
        <translation>Kontakt za naplatu</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Hosting</source>
        <translation>Hosting</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Domain</source>
        <translation>Domena</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mailbox</source>
        <translation>Poštanski sandučić</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <translation>Ostalo</translation>
    </message>
</context>
<context>
    <name>AssigneeChoices</name>
    <message>
        <location filename="../client/ui/assigneechoices.cpp" line="+55"/>
        <source>online</source>
        <translation>prisutan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>away</source>
        <translation>odsutan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>offline</source>
        <translation>nije prijavljen</translation>
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
        <translation>Administrator je onemogućio vaš račun.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An administrator has reset your password. Please log in with the new one.</source>
        <translation>Administrator je postavio novu lozinku. Prijavite se novom lozinkom.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your session has expired. Please log in again.</source>
        <translation>Vaša je sesija istekla. Prijavite se ponovno.</translation>
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
            <numerusform>%n h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n d</source>
        <translation>
            <numerusform>%n dan</numerusform>
            <numerusform>%n dana</numerusform>
            <numerusform>%n dana</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Paused</source>
        <translation>Pauzirano</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 left</source>
        <translation>još %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../client/ui/tickettableview.cpp" line="+342"/>
        <source>%1 overdue</source>
        <translation>kasni %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Waiting on the customer: the SLA clock is paused</source>
        <translation>Čeka se klijent: SLA sat je pauziran</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Resolution</source>
        <translation>Rješenje</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>First response</source>
        <translation>Prvi odgovor</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next response</source>
        <translation>Sljedeći odgovor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 due %2</source>
        <translation>%1: rok %2</translation>
    </message>
</context>
<context>
    <name>ReportDocument</name>
    <message>
        <location filename="../client/ui/reportdocument.cpp" line="+59"/>
        <source>Print report</source>
        <translation>Ispis izvješća</translation>
    </message>
</context>
<context>
    <name>ReportTables</name>
    <message>
        <location filename="../client/ui/reporttables.cpp" line="+51"/>
        <source>New</source>
        <translation>Novo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open</source>
        <translation>Otvoreno</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pending</source>
        <translation>Na čekanju</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Desktop client</source>
        <translation>Aplikacija</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E-mail</source>
        <translation>E-pošta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Alert</source>
        <translation>Upozorenje</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Key figures</source>
        <translation>Ključni pokazatelji</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Figure</source>
        <translation>Pokazatelj</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value</source>
        <translation>Vrijednost</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tickets created</source>
        <translation>Stvoreni zahtjevi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolutions</source>
        <translation>Rješenja</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First response, median (business hours)</source>
        <translation>Prvi odgovor, medijan (radni sati)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First response, 90th percentile (business hours)</source>
        <translation>Prvi odgovor, 90. percentil (radni sati)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolution time, median (business hours)</source>
        <translation>Vrijeme rješavanja, medijan (radni sati)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolution time, 90th percentile (business hours)</source>
        <translation>Vrijeme rješavanja, 90. percentil (radni sati)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SLA compliance (%)</source>
        <translation>Usklađenost sa SLA (%)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re-open rate (%)</source>
        <translation>Udio ponovnih otvaranja (%)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer satisfaction (% good)</source>
        <translation>Zadovoljstvo klijenata (% dobrih)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ratings good</source>
        <translation>Ocjene „dobro”</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ratings bad</source>
        <translation>Ocjene „loše”</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Per day</source>
        <translation>Po danu</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Created</source>
        <translation>Stvoreno</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Resolved</source>
        <translation>Riješeno</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Good ratings</source>
        <translation>Dobre ocjene</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Bad ratings</source>
        <translation>Loše ocjene</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Backlog now</source>
        <translation>Otvoreni zahtjevi sada</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Queue</source>
        <translation>Red čekanja</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+11"/>
        <location line="+6"/>
        <source>Tickets</source>
        <translation>Zahtjevi</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>Average age (hours)</source>
        <translation>Prosječna starost (sati)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Older than a day</source>
        <translation>Starije od dana</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Older than a week</source>
        <translation>Starije od tjedna</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No queue</source>
        <translation>Bez reda čekanja</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Tickets per channel</source>
        <translation>Zahtjevi po kanalu</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Tickets per request type</source>
        <translation>Zahtjevi po vrsti zahtjeva</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Request type</source>
        <translation>Vrsta zahtjeva</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No request type</source>
        <translation>Bez vrste zahtjeva</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Per agent</source>
        <translation>Po agentu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Handled</source>
        <translation>Obrađeno</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>First response, median (h)</source>
        <translation>Prvi odgovor, medijan (h)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Resolution, median (h)</source>
        <translation>Rješavanje, medijan (h)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Satisfaction (% good)</source>
        <translation>Zadovoljstvo (% dobrih)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Time accounted (min)</source>
        <translation>Evidentirano vrijeme (min)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Assigned now</source>
        <translation>Trenutačno dodijeljeno</translation>
    </message>
</context>
<context>
    <name>TimeText</name>
    <message>
        <location filename="../client/core/timetext.cpp" line="+17"/>
        <source>just now</source>
        <translation>upravo sada</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>prije %n minute</numerusform>
            <numerusform>prije %n minute</numerusform>
            <numerusform>prije %n minuta</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>prije %n sata</numerusform>
            <numerusform>prije %n sata</numerusform>
            <numerusform>prije %n sati</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>yesterday, %1</source>
        <translation>jučer, %1</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>prije %n dana</numerusform>
            <numerusform>prije %n dana</numerusform>
            <numerusform>prije %n dana</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>helpdesk::client::AdminMenu</name>
    <message>
        <location filename="../client/ui/adminmenu.cpp" line="+73"/>
        <source>&amp;Administration</source>
        <translation>&amp;Administracija</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;hange password…</source>
        <translation>Pro&amp;mijeni lozinku…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Users and contacts…</source>
        <translation>&amp;Korisnici i kontakti…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Contacts…</source>
        <translation>&amp;Kontakti…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Organisations…</source>
        <translation>&amp;Organizacije…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Request types…</source>
        <translation>&amp;Vrste zahtjeva…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Audit log…</source>
        <translation>&amp;Zapisnik revizije…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>API &amp;tokens…</source>
        <translation>API &amp;tokeni…</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::AnnouncementBanner</name>
    <message>
        <location filename="../client/ui/announcementbanner.cpp" line="+38"/>
        <source>Maintenance</source>
        <translation>Održavanje</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Setting change</source>
        <translation>Promjena postavki</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Software update</source>
        <translation>Ažuriranje softvera</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Announcement</source>
        <translation>Obavijest</translation>
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
        <translation>Detalji…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Dismiss</source>
        <translation>Sakrij</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hide this announcement from the banner</source>
        <translation>Ukloni ovu obavijest s trake</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::AnnouncementEditor</name>
    <message>
        <location filename="../client/ui/announcementeditor.cpp" line="+52"/>
        <source>Edit announcement</source>
        <translation>Uredi obavijest</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New announcement</source>
        <translation>Nova obavijest</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Everyone</source>
        <translation>Svi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chosen organisations</source>
        <translation>Odabrane organizacije</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organisations with a service</source>
        <translation>Organizacije s uslugom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hosting</source>
        <translation>Hosting</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Domain</source>
        <translation>Domena</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mailbox</source>
        <translation>Poštanski sandučić</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other service</source>
        <translation>Druga usluga</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Add language</source>
        <translation>Dodaj jezik</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove language</source>
        <translation>Ukloni jezik</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Kind:</source>
        <translation>Vrsta:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Audience:</source>
        <translation>Primatelji:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organisations:</source>
        <translation>Organizacije:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Service:</source>
        <translation>Usluga:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Starts:</source>
        <translation>Početak:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ends:</source>
        <translation>Kraj:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Title and text in each language:</source>
        <translation>Naslov i tekst na svakom jeziku:</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Title:</source>
        <translation>Naslov:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text:</source>
        <translation>Tekst:</translation>
    </message>
    <message>
        <location line="+134"/>
        <source>A colleague changed this announcement meanwhile. Their version is shown now; make your changes again.</source>
        <translation>Kolega je u međuvremenu promijenio ovu obavijest. Sada je prikazana njegova verzija; ponovno unesite svoje promjene.</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::AnnouncementsDialog</name>
    <message>
        <location filename="../client/ui/announcementsdialog.cpp" line="+31"/>
        <source>upcoming</source>
        <translation>predstoji</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ended</source>
        <translation>završeno</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>withdrawn</source>
        <translation>povučeno</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>now</source>
        <translation>sada</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Announcements</source>
        <translation>Obavijesti</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Current and upcoming</source>
        <translation>Trenutne i nadolazeće</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All</source>
        <translation>Sve</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ended</source>
        <translation>Završene</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Withdrawn</source>
        <translation>Povučene</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>New…</source>
        <translation>Nova…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit…</source>
        <translation>Uredi…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Withdraw</source>
        <translation>Povuci</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>%1 · %2 · %3 (%4)</source>
        <translation>%1 · %2 · %3 (%4)</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>No announcements.</source>
        <translation>Nema obavijesti.</translation>
    </message>
    <message>
        <location line="+24"/>
        <location line="+9"/>
        <source>Withdraw announcement</source>
        <translation>Povuci obavijest</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Withdraw this announcement? Customers will no longer see it.</source>
        <translation>Povući ovu obavijest? Klijenti je više neće vidjeti.</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::ApiTokensDialog</name>
    <message>
        <location filename="../client/ui/apitokensdialog.cpp" line="+177"/>
        <source>Revoke API token</source>
        <translation>Opozovi API token</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revoke the token &quot;%1&quot;? Whatever uses it stops working at once.</source>
        <translation>Opozvati token „%1”? Sve što ga koristi odmah prestaje raditi.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Revoked %1</source>
        <translation>Opozvan %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Active</source>
        <translation>Aktivan</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>API tokens</source>
        <translation>API tokeni</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name</source>
        <translation>Naziv</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Scopes</source>
        <translation>Opsezi</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Created</source>
        <translation>Stvoren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last used</source>
        <translation>Zadnja upotreba</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>State</source>
        <translation>Stanje</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show revoked tokens</source>
        <translation>Prikaži opozvane tokene</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New token&apos;s name:</source>
        <translation>Naziv novog tokena:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. Prometheus</source>
        <translation>npr. Prometheus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>May report monitoring alerts (scope: alerts)</source>
        <translation>Smije prijavljivati upozorenja nadzora (opseg: alerts)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create token</source>
        <translation>Stvori token</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revoke…</source>
        <translation>Opozovi…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy this token now and store it in the monitoring system: it will not be shown again.</source>
        <translation>Kopirajte ovaj token sada i spremite ga u sustav nadzora: više se neće prikazati.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy</source>
        <translation>Kopiraj</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::AttachmentDownload</name>
    <message>
        <location filename="../client/core/attachmenttransfer.cpp" line="+198"/>
        <source>The file arrived damaged (its checksum does not match).</source>
        <translation>Datoteka je stigla oštećena (kontrolni zbroj se ne podudara).</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::AttachmentStrip</name>
    <message>
        <location filename="../client/ui/attachmentstrip.cpp" line="+55"/>
        <source>Attach file…</source>
        <translation>Priloži datoteku…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attach files to this reply. You can also drop files here or paste a screenshot with Ctrl+V.</source>
        <translation>Priložite datoteke ovom odgovoru. Datoteke možete i ispustiti ovdje ili zalijepiti snimku zaslona tipkama Ctrl+V.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Attach files</source>
        <translation>Priloži datoteke</translation>
    </message>
    <message>
        <location line="+93"/>
        <source>attached</source>
        <translation>priloženo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>waiting for the connection</source>
        <translation>čeka se veza</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not attached: %1</source>
        <translation>nije priloženo: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Remove this file</source>
        <translation>Ukloni ovu datoteku</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::AttachmentUpload</name>
    <message>
        <location filename="../client/core/attachmenttransfer.cpp" line="-141"/>
        <location line="+39"/>
        <source>The file %1 cannot be read.</source>
        <translation>Datoteku %1 nije moguće pročitati.</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::AuditLogDialog</name>
    <message>
        <location filename="../client/ui/auditlogdialog.cpp" line="+64"/>
        <source>Audit log</source>
        <translation>Zapisnik revizije</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Anyone</source>
        <translation>Svi</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Any action</source>
        <translation>Bilo koja radnja</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;From:</source>
        <translation>&amp;Od:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;To:</source>
        <translation>&amp;Do:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Apply</source>
        <translation>&amp;Primijeni</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;User:</source>
        <translation>&amp;Korisnik:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A&amp;ction:</source>
        <translation>&amp;Radnja:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>When</source>
        <translation>Kada</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Who</source>
        <translation>Tko</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Action</source>
        <translation>Radnja</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Object</source>
        <translation>Objekt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From address</source>
        <translation>S adrese</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Changes (old → new)</source>
        <translation>Promjene (staro → novo)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>‹ &amp;Newer</source>
        <translation>‹ &amp;Novije</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Older ›</source>
        <translation>&amp;Starije ›</translation>
    </message>
    <message>
        <location line="+107"/>
        <source>User %1</source>
        <translation>Korisnik %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Organisation %1</source>
        <translation>Organizacija %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Page %1</source>
        <translation>Stranica %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Logged in</source>
        <translation>Prijava</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Failed login</source>
        <translation>Neuspjela prijava</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Login refused (disabled)</source>
        <translation>Prijava odbijena (onemogućen)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Logged out</source>
        <translation>Odjava</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>User created</source>
        <translation>Korisnik stvoren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>User changed</source>
        <translation>Korisnik promijenjen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Password set</source>
        <translation>Lozinka postavljena</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Organisation created</source>
        <translation>Organizacija stvorena</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Organisation changed</source>
        <translation>Organizacija promijenjena</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::CalendarsDialog</name>
    <message>
        <location filename="../client/ui/calendarsdialog.cpp" line="+104"/>
        <source>Business calendars</source>
        <translation>Radni kalendari</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New calendar</source>
        <translation>Novi kalendar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Name:</source>
        <translation>&amp;Naziv:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Time zone:</source>
        <translation>&amp;Vremenska zona:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Business hours:</source>
        <translation>Radno vrijeme:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Holidays:</source>
        <translation>Praznici:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save</source>
        <translation>&amp;Spremi</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>24/7 (built in)</source>
        <translation>24/7 (ugrađeni)</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>The built-in 24/7 calendar counts every minute and cannot be changed.</source>
        <translation>Ugrađeni kalendar 24/7 broji svaku minutu i ne može se mijenjati.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Nothing has changed.</source>
        <translation>Ništa nije promijenjeno.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Saved.</source>
        <translation>Spremljeno.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>A colleague saved this calendar meanwhile. Their changes are shown with yours on top: check and save again.</source>
        <translation>U međuvremenu je kolega spremio ovaj kalendar. Prikazane su njegove promjene zajedno s Vašima: provjerite i ponovno spremite.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A colleague saved this calendar meanwhile and changed the same fields as you. Their version is shown: make your change again if it is still needed.</source>
        <translation>U međuvremenu je kolega spremio ovaj kalendar i promijenio ista polja kao i Vi. Prikazana je njegova verzija: ponovite svoju promjenu ako je još potrebna.</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::CcPicker</name>
    <message>
        <location filename="../client/ui/ccpicker.cpp" line="+146"/>
        <source>No other contact of this organisation may see this ticket</source>
        <translation>Nijedan drugi kontakt ove organizacije ne smije vidjeti ovaj zahtjev</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loading contacts…</source>
        <translation>Učitavanje kontakata…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Cc: nobody</source>
        <translation>Kopija: nikome</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cc: %1</source>
        <translation>Kopija: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cc: %1 (as on the last message)</source>
        <translation>Kopija: %1 (kao u posljednjoj poruci)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>C&amp;c</source>
        <translation>&amp;Kopija</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy this e-mail reply to other contacts of the organisation who may see this ticket. Preselected: the people of the last public message (those it was copied to and its author).</source>
        <translation>Pošalji kopiju ovog odgovora e-poštom drugim kontaktima organizacije koji smiju vidjeti ovaj zahtjev. Unaprijed odabrani: sudionici posljednje javne poruke (primatelji njezine kopije i autor).</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::ChangePasswordDialog</name>
    <message>
        <location filename="../client/ui/changepassworddialog.cpp" line="+40"/>
        <source>Reset password of %1</source>
        <translation>Ponovno postavljanje lozinke: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Change password</source>
        <translation>Promjena lozinke</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Current password:</source>
        <translation>&amp;Trenutačna lozinka:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;New password:</source>
        <translation>&amp;Nova lozinka:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Repeat new password:</source>
        <translation>&amp;Ponovite novu lozinku:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is logged out everywhere at once and logs in with the new password.</source>
        <translation>%1 se odmah odjavljuje svugdje i prijavljuje novom lozinkom.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>At least 8 characters. Your other computers must log in again.</source>
        <translation>Najmanje 8 znakova. Na drugim računalima morat ćete se ponovno prijaviti.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Set password</source>
        <translation>Postavi lozinku</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Enter your current password.</source>
        <translation>Unesite trenutačnu lozinku.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A password must have 8 to 1024 characters.</source>
        <translation>Lozinka mora imati od 8 do 1024 znaka.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The two new passwords differ.</source>
        <translation>Nove lozinke se razlikuju.</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::CollisionBar</name>
    <message>
        <location filename="../client/ui/collisionbar.cpp" line="+39"/>
        <source>User %1</source>
        <translation>Korisnik %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is typing…</source>
        <translation>%1 piše…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is viewing</source>
        <translation>%1 pregledava</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::CollisionDialog</name>
    <message>
        <location filename="../client/ui/collisiondialog.cpp" line="+33"/>
        <source>New messages on this ticket</source>
        <translation>Nove poruke u zahtjevu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>While you were writing, someone else wrote on this ticket. Your reply was not sent yet:</source>
        <translation>Dok ste pisali, netko drugi je pisao u ovom zahtjevu. Vaš odgovor još nije poslan:</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>User %1</source>
        <translation>Korisnik %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, %2:</source>
        <translation>%1, %2:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Send anyway</source>
        <translation>Ipak pošalji</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Back to my draft</source>
        <translation>Natrag na skicu</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::Composer</name>
    <message>
        <location filename="../client/ui/composer.cpp" line="+296"/>
        <source>&amp;Reply to customer</source>
        <translation>&amp;Odgovor klijentu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Internal note</source>
        <translation>&amp;Interna bilješka</translation>
    </message>
    <message>
        <location line="+106"/>
        <source>&amp;Send</source>
        <translation>&amp;Pošalji</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Add note and set %1</source>
        <translation>Dodaj bilješku i postavi status „%1”</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Send and set %1</source>
        <translation>Pošalji i postavi status „%1”</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Ctrl+Enter sends; add Shift to set Pending, Alt to set Resolved. Your text is saved as you type.</source>
        <translation>Ctrl+Enter šalje; uz Shift postavlja i status „Na čekanju”, uz Alt „Riješen”. Tekst se sprema dok pišete.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ctrl+Enter sends. Your text is saved as you type.</source>
        <translation>Ctrl+Enter šalje. Tekst se sprema dok pišete.</translation>
    </message>
    <message>
        <location line="-120"/>
        <source>Re&amp;try</source>
        <translation>Pokušaj pono&amp;vno</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Switch between reply and internal note (Ctrl+Shift+I)</source>
        <translation>Prebaci između odgovora i interne bilješke (Ctrl+Shift+I)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Also by e-&amp;mail</source>
        <translation>I e-poš&amp;tom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send this reply to the customer by e-mail too</source>
        <translation>Pošalji ovaj odgovor klijentu i e-poštom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Si&amp;gnatures…</source>
        <translation>Po&amp;tpisi…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit the signatures added to your replies</source>
        <translation>Uredi potpise koji se dodaju vašim odgovorima</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send and set the ticket&apos;s status</source>
        <translation>Pošalji i promijeni status zahtjeva</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Edit again</source>
        <translation>&amp;Uredi ponovno</translation>
    </message>
    <message numerus="yes">
        <location line="+75"/>
        <source>%n reply(ies) to this ticket could not be sent.</source>
        <translation>
            <numerusform>%n odgovor na ovaj zahtjev nije poslan.</numerusform>
            <numerusform>%n odgovora na ovaj zahtjev nisu poslana.</numerusform>
            <numerusform>%n odgovora na ovaj zahtjev nije poslano.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Write a note only your team will see…</source>
        <translation>Napišite bilješku koju vidi samo vaš tim…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Write your reply…</source>
        <translation>Napišite odgovor…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add &amp;note</source>
        <translation>&amp;Dodaj bilješku</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::Connection</name>
    <message>
        <location filename="../client/core/connection.cpp" line="+39"/>
        <source>The server did not answer.</source>
        <translation>Poslužitelj nije odgovorio.</translation>
    </message>
    <message>
        <location line="+116"/>
        <source>The server closed the connection.</source>
        <translation>Poslužitelj je zatvorio vezu.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>This build of the client has no TLS support.</source>
        <translation>Ova verzija programa ne podržava TLS.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Connection to the server lost: %1</source>
        <translation>Veza s poslužiteljem je prekinuta: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Could not connect to %1:%2: %3</source>
        <translation>Povezivanje s %1:%2 nije uspjelo: %3</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>The server sent a message larger than %1 bytes.</source>
        <translation>Poslužitelj je poslao poruku veću od %1 bajtova.</translation>
    </message>
    <message>
        <location filename="../client/core/connectionsession.cpp" line="+209"/>
        <source>The server stopped answering.</source>
        <translation>Poslužitelj je prestao odgovarati.</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::ConversationModel</name>
    <message>
        <location filename="../client/core/conversationtexts.cpp" line="+19"/>
        <source>Ticket created</source>
        <translation>Zahtjev je otvoren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status changed from %1 to %2</source>
        <translation>Status promijenjen iz „%1” u „%2”</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Priority changed from %1 to %2</source>
        <translation>Prioritet promijenjen iz „%1” u „%2”</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unassigned (was %1)</source>
        <translation>Dodjela uklonjena (prije: %1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assigned to %1</source>
        <translation>Dodijeljeno: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Moved from queue %1 to %2</source>
        <translation>Premješteno iz reda čekanja „%1” u „%2”</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Customer changed from %1 to %2</source>
        <translation>Klijent promijenjen iz „%1” u „%2”</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Subject changed from “%1” to “%2”</source>
        <translation>Predmet promijenjen iz „%1” u „%2”</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tags changed from %1 to %2</source>
        <translation>Oznake promijenjene iz „%1” u „%2”</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 changed from %2 to %3</source>
        <translation>Polje %1 promijenjeno iz „%2” u „%3”</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Unlinked from ticket %1</source>
        <translation>Uklonjena veza s tiketom %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Linked to ticket %1</source>
        <translation>Povezano s tiketom %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ticket %1 was merged into this one</source>
        <translation>Tiket %1 spojen je s ovim</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Merged into ticket %1</source>
        <translation>Spojeno s tiketom %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The customer rated the solution good</source>
        <translation>Korisnik je ocijenio rješenje kao dobro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The customer rated the solution bad</source>
        <translation>Korisnik je ocijenio rješenje kao loše</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>first response</source>
        <translation>prvi odgovor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>next response</source>
        <translation>sljedeći odgovor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>resolution</source>
        <translation>rješenje</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SLA target missed: %1</source>
        <translation>Propušten SLA rok: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SLA target close: %1</source>
        <translation>SLA rok je blizu: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Urgent ticket: the queue was alerted</source>
        <translation>Hitan tiket: red je upozoren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bad rating: the queue&apos;s leads were alerted</source>
        <translation>Loša ocjena: voditelji reda su upozoreni</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Waiting for the organisation owner&apos;s approval</source>
        <translation>Čeka odobrenje vlasnika organizacije</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Approved by the organisation&apos;s owner</source>
        <translation>Odobrio vlasnik organizacije</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refused by the organisation&apos;s owner</source>
        <translation>Odbio vlasnik organizacije</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Filed as a guided request (%1)</source>
        <translation>Podneseno kao vođeni zahtjev (%1)</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+17"/>
        <source>none</source>
        <translation>nema</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::ConversationView</name>
    <message>
        <location filename="../client/ui/conversationview.cpp" line="+135"/>
        <source>Support team</source>
        <translation>Tim podrške</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+130"/>
        <source>User #%1</source>
        <translation>Korisnik #%1</translation>
    </message>
    <message>
        <location line="-78"/>
        <source>Internal note</source>
        <translation>Interna bilješka</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Customer</source>
        <translation>Klijent</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>By e-mail from %1</source>
        <translation>E-poštom od %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cc: %1</source>
        <translation>Kopija: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not sent: %1</source>
        <translation>Nije poslano: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waiting to be sent</source>
        <translation>Čeka na slanje</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>sets the status to %1</source>
        <translation>postavit će status „%1”</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>About the announcement: %1</source>
        <translation>Vezano uz obavijest: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>… %n more character(s) not shown.</source>
        <translation>
            <numerusform>… još %n znak nije prikazan.</numerusform>
            <numerusform>… još %n znaka nisu prikazana.</numerusform>
            <numerusform>… još %n znakova nije prikazano.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+24"/>
        <location line="+28"/>
        <source>Phone call</source>
        <translation>Telefonski poziv</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>outbound</source>
        <translation>odlazni</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>inbound</source>
        <translation>dolazni</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>to %1</source>
        <translation>kome: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>from %1</source>
        <translation>od: %1</translation>
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
        <translation>E-poštom</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Monitoring alert</source>
        <translation>Upozorenje nadzora</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Knowledge base articles sent:</source>
        <translation>Poslani članci baze znanja:</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::CredentialStore</name>
    <message>
        <location filename="../client/ui/credentialstore.cpp" line="+104"/>
        <source>This computer has no password keychain this program can use (such as the Secret Service, KWallet, the macOS Keychain or the Windows Credential Manager), so you will need to enter your password each time.</source>
        <translation>Na ovom računalu nema spremnika lozinki koji ovaj program može koristiti (kao što su Secret Service, KWallet, macOS Keychain ili Upravitelj vjerodajnicama u sustavu Windows), pa ćete lozinku morati unositi svaki put.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Access to the password keychain was refused, so the session cannot be remembered.</source>
        <translation>Pristup spremniku lozinki je odbijen, pa se sesija ne može zapamtiti.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The password keychain is locked or does not allow access, so the session cannot be remembered.</source>
        <translation>Spremnik lozinki je zaključan ili ne dopušta pristup, pa se sesija ne može zapamtiti.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The remembered session could not be removed from the password keychain.</source>
        <translation>Zapamćenu sesiju nije bilo moguće ukloniti iz spremnika lozinki.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This computer&apos;s password keychain could not be used, so the session cannot be remembered and you will need to enter your password each time.</source>
        <translation>Spremnik lozinki na ovom računalu nije moguće koristiti, pa se sesija ne može zapamtiti i lozinku ćete morati unositi svaki put.</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::CustomerPanel</name>
    <message>
        <location filename="../client/ui/customerpanel.cpp" line="+149"/>
        <source>Loading…</source>
        <translation>Učitavanje…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>owner</source>
        <translation>vlasnik</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>billing</source>
        <translation>naplata</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>technical</source>
        <translation>tehnički</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>disabled</source>
        <translation>onemogućen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No contacts</source>
        <translation>Nema kontakata</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Hosting</source>
        <translation>Hosting</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Domain</source>
        <translation>Domena</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mailbox</source>
        <translation>Poštanski sandučić</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <translation>Ostalo</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>#%1 %2 — %3</source>
        <translation>#%1 %2 — %3</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Tickets of this customer (%L1)</source>
        <translation>Zahtjevi ovog klijenta (%L1)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Customer</source>
        <translation>Klijent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contacts</source>
        <translation>Kontakti</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Services</source>
        <translation>Usluge</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>Bilješke</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::DashboardWindow</name>
    <message>
        <location filename="../client/ui/dashboardwindow.cpp" line="+181"/>
        <source>All queues</source>
        <translation>Svi redovi čekanja</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All organisations</source>
        <translation>Sve organizacije</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>All agents</source>
        <translation>Svi agenti</translation>
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
        <translation>Stvoreno</translation>
    </message>
    <message>
        <location line="-153"/>
        <location line="+154"/>
        <source>Resolved</source>
        <translation>Riješeno</translation>
    </message>
    <message>
        <location line="-138"/>
        <source>Created and resolved per day</source>
        <translation>Stvoreno i riješeno po danu</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Backlog by status</source>
        <translation>Otvoreni zahtjevi po statusu</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Good</source>
        <translation>Dobro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bad</source>
        <translation>Loše</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Customer ratings per day</source>
        <translation>Ocjene klijenata po danu</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Export report as CSV</source>
        <translation>Izvoz izvješća u CSV</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV datoteke (*.csv)</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+7"/>
        <source>The file could not be written.</source>
        <translation>Datoteku nije moguće zapisati.</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Export report as PDF</source>
        <translation>Izvoz izvješća u PDF</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF datoteke (*.pdf)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Dashboard and reports</source>
        <translation>Nadzorna ploča i izvješća</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First day</source>
        <translation>Prvi dan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last day</source>
        <translation>Zadnji dan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show</source>
        <translation>Prikaži</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export CSV…</source>
        <translation>Izvoz u CSV…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export PDF…</source>
        <translation>Izvoz u PDF…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print…</source>
        <translation>Ispis…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dashboard</source>
        <translation>Nadzorna ploča</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reports</source>
        <translation>Izvješća</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open now</source>
        <translation>Otvoreno sada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First response (median / 90%)</source>
        <translation>Prvi odgovor (medijan / 90%)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolution (median / 90%)</source>
        <translation>Rješavanje (medijan / 90%)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SLA met</source>
        <translation>SLA ispunjen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Re-opened</source>
        <translation>Ponovno otvoreno</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Satisfied customers</source>
        <translation>Zadovoljni klijenti</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::DateListEditor</name>
    <message>
        <location filename="../client/ui/slaeditors.cpp" line="+259"/>
        <source>Add date</source>
        <translation>Dodaj datum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove date</source>
        <translation>Ukloni datum</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::DraftStore</name>
    <message>
        <location filename="../client/core/draftstore.cpp" line="+109"/>
        <source>Could not save the draft: %1</source>
        <translation>Skicu nije moguće spremiti: %1</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::ErrorText</name>
    <message>
        <location filename="../client/core/errortext.cpp" line="+63"/>
        <source>Not connected to the server.</source>
        <translation>Niste spojeni s poslužiteljem.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The connection to the server was lost.</source>
        <translation>Veza s poslužiteljem je prekinuta.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server did not answer in time.</source>
        <translation>Poslužitelj nije odgovorio na vrijeme.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server sent an answer this client does not understand.</source>
        <translation>Poslužitelj je poslao odgovor koji ovaj klijent ne razumije.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The request is too large for the server.</source>
        <translation>Zahtjev je prevelik za poslužitelj.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server could not read the request.</source>
        <translation>Poslužitelj nije mogao pročitati zahtjev.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server does not support this operation. It may be an older version.</source>
        <translation>Poslužitelj ne podržava ovu radnju. Možda je riječ o starijoj inačici.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Some of the entered values are not valid.</source>
        <translation>Neke unesene vrijednosti nisu valjane.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server ran into an internal error. Please try again.</source>
        <translation>Na poslužitelju je došlo do interne pogreške. Pokušajte ponovno.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Wrong login or password.</source>
        <translation>Pogrešno korisničko ime ili lozinka.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This account is disabled. Please ask an administrator.</source>
        <translation>Ovaj je račun onemogućen. Obratite se administratoru.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your session has expired. Please log in again.</source>
        <translation>Vaša je sesija istekla. Prijavite se ponovno.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You are not logged in.</source>
        <translation>Niste prijavljeni.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You are not allowed to do this.</source>
        <translation>Nemate dopuštenje za ovo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It does not exist or you cannot see it.</source>
        <translation>Ne postoji ili ga ne možete vidjeti.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Someone else changed this in the meantime.</source>
        <translation>Netko drugi je to u međuvremenu promijenio.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This request waits for the organisation owner&apos;s approval; until then it cannot be answered, assigned, merged or have its status changed.</source>
        <translation>Ovaj zahtjev čeka odobrenje vlasnika organizacije; do tada se na njega ne može odgovoriti, dodijeliti ga, spojiti ni promijeniti mu status.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Too many attempts. Please wait a moment and try again.</source>
        <translation>Previše pokušaja. Pričekajte trenutak pa pokušajte ponovno.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server speaks a different protocol version than this client.</source>
        <translation>Poslužitelj koristi drugu inačicu protokola od ovog klijenta.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unexpected error (code %1).</source>
        <translation>Neočekivana pogreška (kôd %1).</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::EverywhereModel</name>
    <message>
        <location filename="../client/ui/everywheremodel.cpp" line="+48"/>
        <source>Tickets</source>
        <translation>Zahtjevi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Contacts</source>
        <translation>Kontakti</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Organisations</source>
        <translation>Organizacije</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Articles</source>
        <translation>Članci</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Canned responses</source>
        <translation>Predlošci odgovora</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>More found: type more words to narrow it down.</source>
        <translation>Pronađeno je više: upišite još riječi da suzite pretragu.</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::KbEditor</name>
    <message>
        <location filename="../client/ui/kbeditor.cpp" line="+58"/>
        <source>&amp;Title:</source>
        <translation>&amp;Naslov:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language:</source>
        <translation>&amp;Jezik:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Visible to:</source>
        <translation>&amp;Vidljivo:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;State:</source>
        <translation>&amp;Stanje:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>T&amp;ags:</source>
        <translation>&amp;Oznake:</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Edit article</source>
        <translation>Uredi članak</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New article</source>
        <translation>Novi članak</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Staff only</source>
        <translation>Samo osoblje</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customers and staff</source>
        <translation>Korisnici i osoblje</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Draft</source>
        <translation>Skica</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Published</source>
        <translation>Objavljen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write the article in Markdown: # headings, - lists, [links](https://example.org), ``` code blocks.</source>
        <translation>Napišite članak u Markdownu: # naslovi, - popisi, [poveznice](https://example.org), ``` blokovi koda.</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>A colleague saved this article while you were editing it. Your text is still here; save again to replace their version with it, or cancel to keep theirs.</source>
        <translation>Kolega je spremio ovaj članak dok ste ga uređivali. Vaš je tekst i dalje ovdje: spremite ponovno da njime zamijenite njegovu verziju ili odustanite da je zadržite.</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::KbSuggestions</name>
    <message>
        <location filename="../client/ui/kbsuggestions.cpp" line="+77"/>
        <source>Articles that may help with this ticket:</source>
        <translation>Članci koji bi mogli pomoći s ovim zahtjevom:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Articles that may answer your question:</source>
        <translation>Članci koji možda odgovaraju na vaše pitanje:</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::KbWindow</name>
    <message>
        <location filename="../client/ui/kbwindow.cpp" line="+107"/>
        <source>Knowledge base article: %1 %2</source>
        <translation>Članak baze znanja: %1 %2</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Knowledge base</source>
        <translation>Baza znanja</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search articles</source>
        <translation>Pretraži članke</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This helped</source>
        <translation>Ovo je pomoglo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This did not help</source>
        <translation>Ovo nije pomoglo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Insert &amp;link into reply</source>
        <translation>Umetni &amp;poveznicu u odgovor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Insert e&amp;xcerpt into reply</source>
        <translation>Umetni &amp;izvadak u odgovor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New article…</source>
        <translation>&amp;Novi članak…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Uredi…</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+15"/>
        <source>All articles</source>
        <translation>Svi članci</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>%1 (draft)</source>
        <translation>%1 (skica)</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Helpful: %1 · Not helpful: %2</source>
        <translation>Korisno: %1 · Nije korisno: %2</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Thank you for your feedback.</source>
        <translation>Hvala na povratnoj informaciji.</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::LogCallDialog</name>
    <message>
        <location filename="../client/ui/logcalldialog.cpp" line="+113"/>
        <source>Log a call</source>
        <translation>Bilježenje poziva</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A phone call about #%1 %2</source>
        <translation>Telefonski poziv u vezi sa zahtjevom #%1 %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Caller:</source>
        <translation>&amp;Sugovornik:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Direction:</source>
        <translation>Smj&amp;er:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Durati&amp;on:</source>
        <translation>&amp;Trajanje:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not recorded</source>
        <translation>nije zabilježeno</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Notes:</source>
        <translation>&amp;Bilješke:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What was said and agreed, in your words</source>
        <translation>Što je rečeno i dogovoreno, vašim riječima</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Internal: only staff see this call</source>
        <translation>&amp;Interni: poziv vide samo djelatnici</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Log call</source>
        <translation>&amp;Zabilježi poziv</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Inbound: they called us</source>
        <translation>Dolazni: nazvali su nas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outbound: we called them</source>
        <translation>Odlazni: mi smo nazvali</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>User #%1</source>
        <translation>Korisnik #%1</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Write down what the call was about.</source>
        <translation>Zapišite o čemu je bio poziv.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The notes are too long: at most %1 characters are allowed.</source>
        <translation>Bilješke su preduge: dopušteno je najviše %1 znakova.</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::LoginDialog</name>
    <message>
        <location filename="../client/ui/logindialog.cpp" line="+150"/>
        <source>Looking for your saved session…</source>
        <translation>Traženje spremljene sesije…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Log in to the helpdesk</source>
        <translation>Prijava u helpdesk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Server:</source>
        <translation>&amp;Poslužitelj:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Login:</source>
        <translation>&amp;Korisničko ime:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Password:</source>
        <translation>&amp;Lozinka:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>host:port</source>
        <translation>host:port</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Remember me on this computer</source>
        <translation>&amp;Zapamti me na ovom računalu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keeps your session (not your password) in this computer&apos;s password keychain, so that you are not asked to log in at the next start.</source>
        <translation>Sesija (ali ne i lozinka) čuva se u spremniku lozinki ovog računala, pa se pri sljedećem pokretanju ne morate ponovno prijavljivati.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Log &amp;in</source>
        <translation>P&amp;rijava</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quit</source>
        <translation>&amp;Izlaz</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>The helpdesk server&apos;s address, for example helpdesk.example.com:%1, or tls://helpdesk.example.com:%1 for an encrypted connection</source>
        <translation>Adresa poslužitelja službe za podršku, npr. helpdesk.example.com:%1, ili tls://helpdesk.example.com:%1 za šifriranu vezu</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Enter the server as host:port or tls://host:port, for example helpdesk.example.com:%1.</source>
        <translation>Unesite poslužitelj kao host:port ili tls://host:port, npr. helpdesk.example.com:%1.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Enter your login.</source>
        <translation>Unesite korisničko ime.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Enter your password.</source>
        <translation>Unesite lozinku.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Connecting to %1…</source>
        <translation>Povezivanje s %1…</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Logging in…</source>
        <translation>Prijavljivanje…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot reach the server %1. Trying again…</source>
        <translation>Poslužitelj %1 nije dostupan. Ponovni pokušaj…</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Your saved session has expired. Please enter your password.</source>
        <translation>Spremljena sesija je istekla. Unesite lozinku.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Resuming your session on %1…</source>
        <translation>Obnavljanje sesije na %1…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 &quot;Remember me&quot; has been turned off.</source>
        <translation>%1 Opcija „Zapamti me” je isključena.</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::MacroButton</name>
    <message>
        <location filename="../client/ui/macrobutton.cpp" line="+49"/>
        <source>The ticket was changed meanwhile, so the macro was not applied. Check the ticket and apply it again.</source>
        <translation>Zahtjev je u međuvremenu promijenjen pa makro nije primijenjen. Provjerite zahtjev i primijenite ga ponovno.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Macros</source>
        <translation>&amp;Makronaredbe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reply and change the ticket in one step</source>
        <translation>Odgovorite i promijenite zahtjev u jednom koraku</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::MainWindow</name>
    <message>
        <location filename="../client/ui/mainwindowmenus.cpp" line="+77"/>
        <source>About Helpdesk</source>
        <translation>O programu Helpdesk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Helpdesk %1
A native support desk client.</source>
        <translation>Helpdesk %1
Izvorna desktop aplikacija za službu podrške.</translation>
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
        <translation>&amp;Datoteka</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;View</source>
        <translation>&amp;Prikaz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Go</source>
        <translation>&amp;Idi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Help</source>
        <translation>Po&amp;moć</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Language</source>
        <translation>&amp;Jezik</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New ticket…</source>
        <translation>&amp;Novi zahtjev…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log a &amp;phone call…</source>
        <translation>Zabilježi &amp;telefonski poziv…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Osvježi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log &amp;out</source>
        <translation>O&amp;djava</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quit</source>
        <translation>&amp;Izlaz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Search…</source>
        <translation>&amp;Pretraži…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Go to ticket…</source>
        <translation>Idi na &amp;zahtjev…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Knowledge base</source>
        <translation>Baza &amp;znanja</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search &amp;everywhere…</source>
        <translation>Pretraži &amp;sve…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Next unread ticket</source>
        <translation>Sljedeći &amp;nepročitani zahtjev</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Previous unread ticket</source>
        <translation>Pr&amp;ethodni nepročitani zahtjev</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Assign to me</source>
        <translation>Dodijeli &amp;meni</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tipkovnički prečaci</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About Helpdesk</source>
        <translation>&amp;O programu Helpdesk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A&amp;nnouncements…</source>
        <translation>&amp;Obavijesti…</translation>
    </message>
    <message>
        <location filename="../client/ui/mainwindow.cpp" line="+306"/>
        <source>Connected to %1:%2</source>
        <translation>Povezano s %1:%2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Connection lost — reconnecting… Your replies are kept and sent when it is back.</source>
        <translation>Veza je prekinuta – ponovno povezivanje… Vaši su odgovori sačuvani i bit će poslani čim se veza uspostavi.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Signing in…</source>
        <translation>Prijavljivanje…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Offline</source>
        <translation>Izvan mreže</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n reply(ies) waiting to be sent</source>
        <translation>
            <numerusform>%n odgovor čeka na slanje</numerusform>
            <numerusform>%n odgovora čekaju na slanje</numerusform>
            <numerusform>%n odgovora čeka na slanje</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n reply(ies) not sent</source>
        <translation>
            <numerusform>%n odgovor nije poslan</numerusform>
            <numerusform>%n odgovora nisu poslana</numerusform>
            <numerusform>%n odgovora nije poslano</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%Ln ticket(s)</source>
        <translation>
            <numerusform>%Ln zahtjev</numerusform>
            <numerusform>%Ln zahtjeva</numerusform>
            <numerusform>%Ln zahtjeva</numerusform>
        </translation>
    </message>
    <message>
        <location line="+115"/>
        <source>Go to ticket</source>
        <translation>Idi na zahtjev</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ticket &amp;number:</source>
        <translation>&amp;Broj zahtjeva:</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>No unread ticket below this one in the list.</source>
        <translation>Ispod ovoga na popisu nema nepročitanih zahtjeva.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No unread ticket above this one in the list.</source>
        <translation>Iznad ovoga na popisu nema nepročitanih zahtjeva.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Open a ticket first.</source>
        <translation>Najprije otvorite zahtjev.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>#%1 is already assigned to you.</source>
        <translation>Zahtjev #%1 već je dodijeljen vama.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>#%1 is now assigned to you.</source>
        <translation>Zahtjev #%1 sada je dodijeljen vama.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>New reply from %1</source>
        <translation>Novi odgovor – %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>a customer</source>
        <translation>klijent</translation>
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
        <translation>Novi zahtjev</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Subject:</source>
        <translation>&amp;Predmet:</translation>
    </message>
    <message>
        <location line="+128"/>
        <source>&amp;Description:</source>
        <translation>&amp;Opis:</translation>
    </message>
    <message>
        <location line="-127"/>
        <source>&amp;Phone call: log this on behalf of the contact who called</source>
        <translation>&amp;Telefonski poziv: zabilježi zahtjev u ime kontakta koji je nazvao</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;ustomer:</source>
        <translation>&amp;Klijent:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No customer</source>
        <translation>Bez klijenta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P&amp;riority:</source>
        <translation>Pr&amp;ioritet:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Queue:</source>
        <translation>&amp;Red čekanja:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Assignee:</source>
        <translation>&amp;Dodijeljeno:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Tags:</source>
        <translation>Oz&amp;nake:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comma separated, e.g. billing, vpn</source>
        <translation>Odvojeno zarezima, npr. naplata, vpn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>D&amp;irection:</source>
        <translation>S&amp;mjer:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Durati&amp;on:</source>
        <translation>Tr&amp;ajanje:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not recorded</source>
        <translation>nije zabilježeno</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Inbound: they called us</source>
        <translation>Dolazni: nazvali su nas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outbound: we called them</source>
        <translation>Odlazni: mi smo nazvali</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Create</source>
        <translation>&amp;Stvori</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create the ticket (Ctrl+Enter)</source>
        <translation>Stvori zahtjev (Ctrl+Enter)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Low</source>
        <translation>Nizak</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Normal</source>
        <translation>Normalan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>High</source>
        <translation>Visok</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Urgent</source>
        <translation>Hitan</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>No queue</source>
        <translation>Bez reda čekanja</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Unassigned</source>
        <translation>Nedodijeljeno</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+44"/>
        <source>Me</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>This customer has no contacts</source>
        <translation>Ovaj klijent nema kontakata</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Choose the customer first</source>
        <translation>Najprije odaberite klijenta</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Ca&amp;ller:</source>
        <translation>Po&amp;zivatelj:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>R&amp;equester:</source>
        <translation>Podnositelj &amp;zahtjeva:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Notes:</source>
        <translation>&amp;Bilješke:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your notes on the call: what the caller needs, what you agreed</source>
        <translation>Vaše bilješke o pozivu: što pozivatelj treba, što je dogovoreno</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What is the problem?</source>
        <translation>U čemu je problem?</translation>
    </message>
    <message>
        <location filename="../client/ui/newticketsubmit.cpp" line="+98"/>
        <source>Enter a subject.</source>
        <translation>Unesite predmet.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The subject is %1 characters long; at most %2 are allowed.</source>
        <translation>Predmet ima %1 znakova; dopušteno je najviše %2.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Describe the request.</source>
        <translation>Opišite zahtjev.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The description is too long: at most %1 characters are allowed.</source>
        <translation>Opis je predug: dopušteno je najviše %1 znakova.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>There is no customer named &quot;%1&quot;. Pick one from the list, or clear the field for none.</source>
        <translation>Ne postoji klijent „%1”. Odaberite klijenta s popisa ili ispraznite polje ako zahtjev nije vezan uz klijenta.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A phone call is logged on behalf of the contact who called: choose their customer, then the caller.</source>
        <translation>Telefonski poziv bilježi se u ime kontakta koji je nazvao: odaberite najprije njegova klijenta, a zatim pozivatelja.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The tag &quot;%1&quot; contains a control character.</source>
        <translation>Oznaka „%1” sadrži kontrolni znak.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The tag &quot;%1&quot; is too long: at most %2 characters are allowed.</source>
        <translation>Oznaka „%1” je preduga: dopušteno je najviše %2 znakova.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>At most %1 tags are allowed.</source>
        <translation>Dopušteno je najviše %1 oznaka.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Creating the ticket…</source>
        <translation>Stvaranje zahtjeva…</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>The server did not accept this value.</source>
        <translation>Poslužitelj nije prihvatio ovu vrijednost.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 The ticket may have been created all the same: look for it in the ticket list before trying again.</source>
        <translation>%1 Zahtjev je možda ipak stvoren: prije novog pokušaja potražite ga na popisu zahtjeva.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 What you typed is kept; try again once the connection is back.</source>
        <translation>%1 Uneseni tekst je sačuvan; pokušajte ponovno kad se veza uspostavi.</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::OfflineNotices</name>
    <message>
        <location filename="../client/ui/offlinenotices.cpp" line="+91"/>
        <source>Offline — this is a copy of the list saved %1 (its first page). It is refreshed when the connection is back.</source>
        <translation>Izvan mreže – ovo je kopija popisa spremljena %1 (njegova prva stranica). Osvježit će se kad se veza uspostavi.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Offline since %1 — the list may have changed since then.</source>
        <translation>Izvan mreže od %1 – popis se od tada možda promijenio.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Offline — this list was not opened recently on this computer, so there is no copy of it. It loads when the connection is back.</source>
        <translation>Izvan mreže – ovaj popis nije nedavno otvaran na ovom računalu pa nema njegove kopije. Učitat će se kad se veza uspostavi.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Offline — this is a copy of the ticket saved %1. It is refreshed when the connection is back; replies wait in the outbox until then.</source>
        <translation>Izvan mreže – ovo je kopija zahtjeva spremljena %1. Osvježit će se kad se veza uspostavi; do tada odgovori čekaju u izlaznoj pošti.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Offline since %1 — this ticket may have changed since then.</source>
        <translation>Izvan mreže od %1 – zahtjev se od tada možda promijenio.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Offline — this ticket was not opened recently on this computer, so there is no copy of it. It loads when the connection is back.</source>
        <translation>Izvan mreže – ovaj zahtjev nije nedavno otvaran na ovom računalu pa nema njegove kopije. Učitat će se kad se veza uspostavi.</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::OrganisationsDialog</name>
    <message>
        <location filename="../client/ui/organisationsdialog.cpp" line="+39"/>
        <source>Organisations</source>
        <translation>Organizacije</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Filter by name</source>
        <translation>Filtriraj po nazivu</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;New organisation…</source>
        <translation>&amp;Nova organizacija…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>e.g. hr or de_AT; empty: not set</source>
        <translation>npr. hr ili de_AT; prazno: nije postavljeno</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Kind</source>
        <translation>Vrsta</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name</source>
        <translation>Naziv</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Details</source>
        <translation>Pojedinosti</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Add service</source>
        <translation>&amp;Dodaj uslugu</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Re&amp;move service</source>
        <translation>&amp;Ukloni uslugu</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Contacts…</source>
        <translation>&amp;Kontakti…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Save</source>
        <translation>&amp;Spremi</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Name:</source>
        <translation>&amp;Naziv:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language:</source>
        <translation>&amp;Jezik:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>N&amp;otes (staff only):</source>
        <translation>Bilj&amp;eške (samo za osoblje):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ser&amp;vices:</source>
        <translation>&amp;Usluge:</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>New organisation</source>
        <translation>Nova organizacija</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name of the organisation:</source>
        <translation>Naziv organizacije:</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::Outbox</name>
    <message>
        <location filename="../client/core/outbox.cpp" line="+293"/>
        <source>Could not save the outbox: %1</source>
        <translation>Izlazni spremnik nije moguće spremiti: %1</translation>
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
        <translation>&amp;Prioritet:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Assignee:</source>
        <translation>&amp;Dodijeljeno:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Queue:</source>
        <translation>&amp;Red čekanja:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Tags:</source>
        <translation>&amp;Oznake:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>comma, separated</source>
        <translation>odvojeno zarezima</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sa&amp;ve</source>
        <translation>Spr&amp;emi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Revert</source>
        <translation>&amp;Vrati</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep mine</source>
        <translation>Zadrži moje</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take theirs</source>
        <translation>Preuzmi tuđe</translation>
    </message>
    <message>
        <location line="+28"/>
        <location line="+154"/>
        <source>Unassigned</source>
        <translation>Nedodijeljeno</translation>
    </message>
    <message>
        <location line="-152"/>
        <location line="+152"/>
        <source>No queue</source>
        <translation>Bez reda čekanja</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>Someone else changed this to: %1</source>
        <translation>Nova vrijednost (netko drugi): %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 changed this to: %2</source>
        <translation>Nova vrijednost (%1): %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Yours: %1</source>
        <translation>Vaša vrijednost: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Someone else changed a field you are editing. For each marked field, keep your value or take theirs, then save.</source>
        <translation>Netko drugi promijenio je polje koje uređujete. Za svako označeno polje zadržite svoju vrijednost ili preuzmite tuđu, a zatim spremite.</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>Saved.</source>
        <translation>Spremljeno.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Not saved: someone else changed a field you changed. For each marked field, keep your value or take theirs, then save again.</source>
        <translation>Nije spremljeno: isto polje promijenio je i netko drugi. Za svako označeno polje zadržite svoju vrijednost ili preuzmite tuđu, a zatim ponovno spremite.</translation>
    </message>
    <message>
        <location line="-83"/>
        <source>none</source>
        <translation>nema</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::QueuesDialog</name>
    <message>
        <location filename="../client/ui/queuesdialog.cpp" line="+125"/>
        <source>Queues</source>
        <translation>Redovi čekanja</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New queue</source>
        <translation>&amp;Novi red čekanja</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save</source>
        <translation>&amp;Spremi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Technical</source>
        <translation>Tehnički</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Billing</source>
        <translation>Naplata</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>General</source>
        <translation>Općenito</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Off: assign by hand</source>
        <translation>Isključeno: ručna dodjela</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Round robin</source>
        <translation>Redom</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Least loaded</source>
        <translation>Najmanje opterećenom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Never</source>
        <translation>Nikad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Archived: keeps its tickets, takes no new ones</source>
        <translation>Arhiviran: zadržava zahtjeve, ne prima nove</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Staff</source>
        <translation>Djelatnik</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Member</source>
        <translation>Član</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Lead</source>
        <translation>Voditelj</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Name:</source>
        <translation>&amp;Naziv:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Vrsta:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Assignment:</source>
        <translation>&amp;Dodjela:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reassign after absence:</source>
        <translation>&amp;Ponovno dodijeli nakon odsutnosti:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 (archived)</source>
        <translation>%1 (arhiviran)</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::QuickSearchDialog</name>
    <message>
        <location filename="../client/ui/quicksearchdialog.cpp" line="+122"/>
        <source>Searching…</source>
        <translation>Pretraživanje…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Nothing found.</source>
        <translation>Ništa nije pronađeno.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Open a ticket first: a canned response goes into its reply.</source>
        <translation>Najprije otvorite zahtjev: predložak odgovora umeće se u odgovor na njega.</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Search everywhere</source>
        <translation>Pretraži sve</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tickets, contacts, organisations, articles, canned responses…</source>
        <translation>Zahtjevi, kontakti, organizacije, članci, predlošci odgovora…</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::RatingBar</name>
    <message>
        <location filename="../client/ui/ratingbar.cpp" line="+112"/>
        <source>Good</source>
        <translation>Dobro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bad</source>
        <translation>Loše</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comment (optional)</source>
        <translation>Komentar (neobavezno)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You rated this solution good. Thank you!</source>
        <translation>Ocijenili ste ovo rješenje kao dobro. Hvala!</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You rated this solution bad. Thank you, we will look into it.</source>
        <translation>Ocijenili ste ovo rješenje kao loše. Hvala, pogledat ćemo to.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your request was solved. How did we do?</source>
        <translation>Vaš zahtjev je riješen. Kako smo se snašli?</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::RequestFieldsForm</name>
    <message>
        <location filename="../client/ui/requestfieldsform.cpp" line="+131"/>
        <source>Please answer &quot;%1&quot;.</source>
        <translation>Odgovorite na pitanje „%1”.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>This request type is no longer available. Please choose another.</source>
        <translation>Ova vrsta zahtjeva više nije dostupna. Odaberite drugu.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;%1&quot; was not accepted: %2</source>
        <translation>Odgovor „%1” nije prihvaćen: %2</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>What is affected</source>
        <translation>Na što se odnosi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Since when</source>
        <translation>Od kada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The exact error message</source>
        <translation>Točna poruka o pogrešci</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What was already tried</source>
        <translation>Što je već pokušano</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>(none)</source>
        <translation>(ništa)</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Not set</source>
        <translation>Nije postavljeno</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>(choose)</source>
        <translation>(odaberite)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 (required)</source>
        <translation>%1 (obavezno)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Request &amp;type:</source>
        <translation>&amp;Vrsta zahtjeva:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Requests of this type need the approval of your organisation&apos;s owner before support can act on them (unless you are the owner).</source>
        <translation>Zahtjevi ove vrste trebaju odobrenje vlasnika vaše organizacije prije nego što podrška nešto poduzme (osim ako ste vi vlasnik).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Other request (no type)</source>
        <translation>Drugi zahtjev (bez vrste)</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::RequestPanel</name>
    <message>
        <location filename="../client/ui/requestpanel.cpp" line="+107"/>
        <source>Refuse the request</source>
        <translation>Odbij zahtjev</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why do you refuse it? (optional, the support team and the requester read it)</source>
        <translation>Zašto ga odbijate? (neobavezno; pročitat će to podrška i podnositelj zahtjeva)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Request: %1</source>
        <translation>Zahtjev: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Approve</source>
        <translation>&amp;Odobri</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;fuse…</source>
        <translation>O&amp;dbij…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This request needs your approval as the organisation&apos;s owner before support acts on it.</source>
        <translation>Ovaj zahtjev treba vaše odobrenje kao vlasnika organizacije prije nego što podrška nešto poduzme.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Awaiting the owner&apos;s approval: replies to the customer, status changes, assignment and merging are disabled until the organisation&apos;s owner approves. Internal notes are possible.</source>
        <translation>Čeka odobrenje vlasnika: odgovori korisniku, promjena statusa, dodjela i spajanje onemogućeni su dok vlasnik organizacije ne odobri. Interne bilješke su moguće.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Waiting for the approval of your organisation&apos;s owner.</source>
        <translation>Čeka odobrenje vlasnika vaše organizacije.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Approved by the organisation&apos;s owner.</source>
        <translation>Odobrio vlasnik organizacije.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refused by the organisation&apos;s owner.</source>
        <translation>Odbio vlasnik organizacije.</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::RequestTypesDialog</name>
    <message>
        <location filename="../client/ui/requesttypesdialog.cpp" line="+44"/>
        <source>Request types</source>
        <translation>Vrste zahtjeva</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;New type</source>
        <translation>&amp;Nova vrsta</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Sensitive: the organisation&apos;s owner must approve requests filed by other contacts</source>
        <translation>Osjetljivo: zahtjeve drugih kontakata mora odobriti vlasnik organizacije</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Key</source>
        <translation>Ključ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation>Vrsta</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Required</source>
        <translation>Obavezno</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Label (English)</source>
        <translation>Oznaka (engleski)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Choices (comma-separated)</source>
        <translation>Izbori (odvojeni zarezom)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Add field</source>
        <translation>&amp;Dodaj polje</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove field</source>
        <translation>&amp;Ukloni polje</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Key:</source>
        <translation>&amp;Ključ:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Name (English):</source>
        <translation>&amp;Naziv (engleski):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Queue:</source>
        <translation>&amp;Red:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Position:</source>
        <translation>&amp;Položaj:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every type also asks what is affected, since when, the exact error message and what was already tried. Its own fields:</source>
        <translation>Svaka vrsta pita i na što se odnosi, od kada, točnu poruku o pogrešci i što je već pokušano. Vlastita polja:</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>(no queue)</source>
        <translation>(bez reda)</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>%1 (archived)</source>
        <translation>%1 (arhivirano)</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Res&amp;tore</source>
        <translation>&amp;Vrati</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+13"/>
        <source>Arc&amp;hive</source>
        <translation>&amp;Arhiviraj</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::RotaDialog</name>
    <message>
        <location filename="../client/ui/rotadialog.cpp" line="+139"/>
        <source>On-call rotas</source>
        <translation>Rasporedi dežurstava</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Queue:</source>
        <translation>&amp;Red čekanja:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add shift</source>
        <translation>Dodaj dežurstvo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove shift</source>
        <translation>Ukloni dežurstvo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;On call:</source>
        <translation>&amp;Dežurni:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Time zone:</source>
        <translation>&amp;Vremenska zona:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every week:</source>
        <translation>Svaki tjedan:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Whole days:</source>
        <translation>Cijeli dani:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save rota</source>
        <translation>&amp;Spremi raspored</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>%1 — %2 (%3, %4)</source>
        <translation>%1 — %2 (%3, %4)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nobody chosen</source>
        <translation>Nitko nije odabran</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n weekly stretch(es)</source>
        <translation>
            <numerusform>%n tjedni interval</numerusform>
            <numerusform>%n tjedna intervala</numerusform>
            <numerusform>%n tjednih intervala</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n whole day(s)</source>
        <translation>
            <numerusform>%n cijeli dan</numerusform>
            <numerusform>%n cijela dana</numerusform>
            <numerusform>%n cijelih dana</numerusform>
        </translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Saved.</source>
        <translation>Spremljeno.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A colleague saved this rota meanwhile. Their rota is shown: make your change again if it is still needed.</source>
        <translation>U međuvremenu je kolega spremio ovaj raspored. Prikazan je njegov raspored: ponovite svoju promjenu ako je još potrebna.</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::SavedViewsPanel</name>
    <message>
        <location filename="../client/ui/savedviewspanel.cpp" line="+78"/>
        <location line="+186"/>
        <source>Save view</source>
        <translation>Spremi prikaz</translation>
    </message>
    <message>
        <location line="-134"/>
        <source>My open</source>
        <translation>Moji otvoreni</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unassigned</source>
        <translation>Nedodijeljeni</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All open</source>
        <translation>Svi otvoreni</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open</source>
        <translation>Otvoreni</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Breaching within 1 hour</source>
        <translation>Prekoračuju SLA unutar sat vremena</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Overdue</source>
        <translation>Prekoračeno</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pending</source>
        <translation>Na čekanju</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Resolved</source>
        <translation>Riješeni</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Closed</source>
        <translation>Zatvoreni</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All tickets</source>
        <translation>Svi zahtjevi</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Views</source>
        <translation>Prikazi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save &amp;view…</source>
        <translation>Spremi &amp;prikaz…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the chosen view and tag filter under a name of your own</source>
        <translation>Spremi odabrani prikaz i filtar oznake pod vlastitim nazivom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter by tag</source>
        <translation>Filtriraj po oznaci</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. billing</source>
        <translation>npr. naplata</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search</source>
        <translation>Pretraga</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Words in subjects and messages</source>
        <translation>Riječi u predmetima i porukama</translation>
    </message>
    <message>
        <location line="+106"/>
        <source>Name of the view:</source>
        <translation>Naziv prikaza:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Delete view</source>
        <translation>&amp;Izbriši prikaz</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::SearchResultsView</name>
    <message>
        <location filename="../client/ui/searchresultsview.cpp" line="+180"/>
        <location line="+153"/>
        <source>Search results for “%1”</source>
        <translation>Rezultati pretraživanja za „%1”</translation>
    </message>
    <message>
        <location line="-57"/>
        <source>Any queue</source>
        <translation>Bilo koji red čekanja</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Any customer</source>
        <translation>Bilo koji klijent</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Status: any</source>
        <translation>Status: bilo koji</translation>
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
            <numerusform>Status: odabran %n</numerusform>
            <numerusform>Status: odabrana %n</numerusform>
            <numerusform>Status: odabrano %n</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Searching…</source>
        <translation>Pretraživanje…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Nothing found.</source>
        <translation>Ništa nije pronađeno.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>The first %n tickets found. Add words or filters to narrow the search.</source>
        <translation>
            <numerusform>Prvi %n pronađeni zahtjev. Dodajte riječi ili filtre da suzite pretraživanje.</numerusform>
            <numerusform>Prva %n pronađena zahtjeva. Dodajte riječi ili filtre da suzite pretraživanje.</numerusform>
            <numerusform>Prvih %n pronađenih zahtjeva. Dodajte riječi ili filtre da suzite pretraživanje.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n ticket(s) found.</source>
        <translation>
            <numerusform>Pronađen je %n zahtjev.</numerusform>
            <numerusform>Pronađena su %n zahtjeva.</numerusform>
            <numerusform>Pronađeno je %n zahtjeva.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Back to the list</source>
        <translation>&amp;Natrag na popis</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>From</source>
        <translation>Od</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To</source>
        <translation>Do</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only words written in this period: a subject when the ticket was opened, a message when it was sent.</source>
        <translation>Samo riječi napisane u tom razdoblju: predmet kad je zahtjev otvoren, poruka kad je poslana.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Clear filters</source>
        <translation>Očisti filtre</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::ShortcutsDialog</name>
    <message>
        <location filename="../client/ui/shortcutsdialog.cpp" line="+89"/>
        <source>Keyboard shortcuts</source>
        <translation>Tipkovnički prečaci</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keys</source>
        <translation>Tipke</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Action</source>
        <translation>Radnja</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Anywhere in the main window</source>
        <translation>Bilo gdje u glavnom prozoru</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search (puts the cursor in the search box)</source>
        <translation>Pretraga (kursor u polje za pretraživanje)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search everywhere: tickets, contacts, organisations, articles, canned responses</source>
        <translation>Pretraži sve: zahtjevi, kontakti, organizacije, članci, predlošci odgovora</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Knowledge base</source>
        <translation>Baza znanja</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go to a ticket by its number</source>
        <translation>Idi na zahtjev prema broju</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next unread ticket in the list</source>
        <translation>Sljedeći nepročitani zahtjev na popisu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Previous unread ticket in the list</source>
        <translation>Prethodni nepročitani zahtjev na popisu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assign the open ticket to me (staff)</source>
        <translation>Dodijeli otvoreni zahtjev meni (osoblje)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New ticket</source>
        <translation>Novi zahtjev</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log a phone call (staff)</source>
        <translation>Zabilježi telefonski poziv (osoblje)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log a call on the open ticket (staff)</source>
        <translation>Zabilježi poziv na otvorenom zahtjevu (osoblje)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refresh the list, counts and directory</source>
        <translation>Osvježi popis, brojače i imenik</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This list</source>
        <translation>Ovaj popis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quit</source>
        <translation>Izlaz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search results</source>
        <translation>Rezultati pretraživanja</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to the ticket list</source>
        <translation>Natrag na popis zahtjeva</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open the previous or next result</source>
        <translation>Otvori prethodni ili sljedeći rezultat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reply box</source>
        <translation>Polje za odgovor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Put the cursor in the reply box</source>
        <translation>Postavi kursor u polje za odgovor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send</source>
        <translation>Pošalji</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send and set the ticket to Pending (staff)</source>
        <translation>Pošalji i postavi status zahtjeva na „Na čekanju” (osoblje)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send and set the ticket to Resolved (staff)</source>
        <translation>Pošalji i postavi status zahtjeva na „Riješen” (osoblje)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Switch between reply and internal note (staff)</source>
        <translation>Prebaci između odgovora i interne bilješke (osoblje)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forms</source>
        <translation>Obrasci</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create the ticket (in the new-ticket form)</source>
        <translation>Stvori zahtjev (u obrascu novog zahtjeva)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Go to the next field (in the new-ticket form)</source>
        <translation>Idi na sljedeće polje (u obrascu novog zahtjeva)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alt + underlined letter</source>
        <translation>Alt + podcrtano slovo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Go to that field or press that button</source>
        <translation>Idi na to polje ili pritisni taj gumb</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::SignaturesDialog</name>
    <message>
        <location filename="../client/ui/signaturesdialog.cpp" line="+100"/>
        <source>Signatures</source>
        <translation>Potpisi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A public reply gets your signature in the requester&apos;s language (or the one for any language), followed by the signature of the ticket&apos;s queue. You can edit it before sending.</source>
        <translation>Javni odgovor dobiva vaš potpis na jeziku podnositelja zahtjeva (ili onaj za bilo koji jezik), a nakon njega potpis reda čekanja zahtjeva. Prije slanja možete ga urediti.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Signature of:</source>
        <translation>&amp;Čiji potpis:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language:</source>
        <translation>&amp;Jezik:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No signature in this language: replies in it get the one for any language. Type one here, e.g.
Kind regards,
Your name</source>
        <translation>Nema potpisa na ovom jeziku: odgovori na njemu dobivaju potpis za bilo koji jezik. Upišite ga ovdje, npr.
S poštovanjem,
Vaše ime</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Save</source>
        <translation>&amp;Spremi</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Me</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Queue: %1</source>
        <translation>Red čekanja: %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Any language</source>
        <translation>Bilo koji jezik</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>A signature may have at most %1 characters.</source>
        <translation>Potpis smije imati najviše %1 znakova.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Saving…</source>
        <translation>Spremanje…</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Not saved: %1</source>
        <translation>Nije spremljeno: %1</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::SimilarTicketsPanel</name>
    <message>
        <location filename="../client/ui/similartickets.cpp" line="+144"/>
        <source>Loading…</source>
        <translation>Učitavanje…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No similar earlier tickets</source>
        <translation>Nema sličnih ranijih zahtjeva</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>#%1 %2</source>
        <translation>#%1 %2</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Link</source>
        <translation>Poveži</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Link this ticket to the open one as related</source>
        <translation>Poveži ovaj zahtjev s otvorenim kao srodan</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Similar tickets</source>
        <translation>Slični zahtjevi</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::SlaAdminMenu</name>
    <message>
        <location filename="../client/ui/slaadminmenu.cpp" line="+77"/>
        <source>&amp;Service levels</source>
        <translation>&amp;Razine usluge</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SLA &amp;policies…</source>
        <translation>SLA &amp;pravila…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Business &amp;calendars…</source>
        <translation>Radni &amp;kalendari…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On-call &amp;rotas…</source>
        <translation>&amp;Rasporedi dežurstava…</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::SlaAlertNotifier</name>
    <message>
        <location filename="../client/ui/slaalertnotifier.cpp" line="+30"/>
        <source>New urgent ticket</source>
        <translation>Novi hitni zahtjev</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A customer rated a solution bad</source>
        <translation>Klijent je ocijenio rješenje kao loše</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First response</source>
        <translation>Prvi odgovor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next response</source>
        <translation>Sljedeći odgovor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolution</source>
        <translation>Rješenje</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SLA breached: %1</source>
        <translation>SLA prekoračen: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SLA due soon: %1</source>
        <translation>Uskoro rok SLA: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>#%1 %2</source>
        <translation>#%1 %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Due %1</source>
        <translation>Rok: %1</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::SlaPoliciesDialog</name>
    <message>
        <location filename="../client/ui/slapoliciesdialog.cpp" line="+130"/>
        <source>SLA policies</source>
        <translation>SLA pravila</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Naziv</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Queue</source>
        <translation>Red čekanja</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Priority</source>
        <translation>Prioritet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First response</source>
        <translation>Prvi odgovor</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Next response</source>
        <translation>Sljedeći odgovor</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Resolution</source>
        <translation>Rješenje</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name:</source>
        <translation>Naziv:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Queue:</source>
        <translation>Red čekanja:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Priority:</source>
        <translation>Prioritet:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Business hours:</source>
        <translation>Radno vrijeme:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First response within:</source>
        <translation>Prvi odgovor unutar:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next response within:</source>
        <translation>Sljedeći odgovor unutar:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolution within:</source>
        <translation>Rješenje unutar:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warn at:</source>
        <translation>Upozori na:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No target</source>
        <translation>Bez cilja</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> business minutes</source>
        <translation> radnih minuta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New policy</source>
        <translation>Novo pravilo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save</source>
        <translation>Spremi</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+23"/>
        <source>Any queue</source>
        <translation>Bilo koji red čekanja</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>Queue #%1</source>
        <translation>Red čekanja #%1</translation>
    </message>
    <message>
        <location line="+27"/>
        <location line="+21"/>
        <source>Any priority</source>
        <translation>Bilo koji prioritet</translation>
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
            <numerusform>%n rezultat</numerusform>
            <numerusform>%n rezultata</numerusform>
            <numerusform>%n rezultata</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>helpdesk::client::TeamMenu</name>
    <message>
        <location filename="../client/ui/teammenu.cpp" line="+105"/>
        <source>&amp;Team</source>
        <translation>&amp;Tim</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I am &amp;away</source>
        <translation>&amp;Odsutan sam</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Colleagues</source>
        <translation>&amp;Kolege</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Queues…</source>
        <translation>&amp;Redovi čekanja…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Dashboard and reports…</source>
        <translation>&amp;Nadzorna ploča i izvješća…</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+13"/>
        <source>away</source>
        <translation>odsutan</translation>
    </message>
    <message>
        <location line="-12"/>
        <location line="+13"/>
        <source>online</source>
        <translation>prisutan</translation>
    </message>
    <message>
        <location line="-12"/>
        <location line="+13"/>
        <source>offline</source>
        <translation>nije prijavljen</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>You are %1 · colleagues online: %2</source>
        <translation>Vi ste: %1 · prisutnih kolega: %2</translation>
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
        <translation>Otvori</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save as…</source>
        <translation>Spremi kao…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Save attachment</source>
        <translation>Spremi privitak</translation>
    </message>
    <message>
        <location line="+32"/>
        <location line="+22"/>
        <source>The file could not be saved: %1</source>
        <translation>Datoteku nije bilo moguće spremiti: %1</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Open a file that can run code?</source>
        <translation>Otvoriti datoteku koja može pokretati programe?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“%1” is a kind of file that can run programs or scripts on this computer. Open it only if you trust the sender and expected this file.</source>
        <translation>„%1” je vrsta datoteke koja može pokretati programe ili skripte na ovom računalu. Otvorite je samo ako vjerujete pošiljatelju i očekivali ste ovu datoteku.</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::TicketListModel</name>
    <message>
        <location filename="../client/core/ticketlistmodel.cpp" line="+22"/>
        <source>New</source>
        <translation>Novi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open</source>
        <translation>Otvoren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pending</source>
        <translation>Na čekanju</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Resolved</source>
        <translation>Riješen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Closed</source>
        <translation>Zatvoren</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Low</source>
        <translation>Nizak</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Normal</source>
        <translation>Normalan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>High</source>
        <translation>Visok</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Urgent</source>
        <translation>Hitan</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Desktop client</source>
        <translation>Stolni klijent</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Phone call</source>
        <translation>Telefonski poziv</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E-mail</source>
        <translation>E-pošta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Monitoring alert</source>
        <translation>Upozorenje nadzora</translation>
    </message>
    <message>
        <location line="+257"/>
        <source>Loading…</source>
        <translation>Učitavanje…</translation>
    </message>
    <message>
        <location line="+18"/>
        <location filename="../client/ui/tickettableview.cpp" line="-21"/>
        <source>Unassigned</source>
        <translation>Nedodijeljeno</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>User #%1</source>
        <translation>Korisnik #%1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Queue #%1</source>
        <translation>Red čekanja #%1</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Queue</source>
        <translation>Red čekanja</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Due</source>
        <translation>Rok</translation>
    </message>
    <message>
        <location filename="../client/core/searchresultsmodel.cpp" line="+127"/>
        <location filename="../client/core/ticketlistmodel.cpp" line="-33"/>
        <source>Customer #%1</source>
        <translation>Klijent #%1</translation>
    </message>
    <message>
        <location line="+56"/>
        <location filename="../client/core/ticketlistmodel.cpp" line="+15"/>
        <source>#</source>
        <translation>Br.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../client/core/ticketlistmodel.cpp" line="+4"/>
        <source>Subject</source>
        <translation>Predmet</translation>
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
        <translation>Prioritet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Assignee</source>
        <translation>Dodijeljeno</translation>
    </message>
    <message>
        <location filename="../client/core/searchresultsmodel.cpp" line="+2"/>
        <location filename="../client/core/ticketlistmodel.cpp" line="+4"/>
        <source>Customer</source>
        <translation>Klijent</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../client/core/ticketlistmodel.cpp" line="+2"/>
        <source>Updated</source>
        <translation>Ažurirano</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::TicketPane</name>
    <message>
        <location filename="../client/ui/ticketpane.cpp" line="+261"/>
        <source>This ticket is no longer available to you.</source>
        <translation>Ovaj vam zahtjev više nije dostupan.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Select a ticket to read the conversation and reply.</source>
        <translation>Odaberite zahtjev da biste pročitali razgovor i odgovorili.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Properties</source>
        <translation>Svojstva</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Log a call…</source>
        <translation>Zabilježi po&amp;ziv…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log a phone call about this ticket (Ctrl+Shift+L)</source>
        <translation>Zabilježi telefonski poziv u vezi s ovim zahtjevom (Ctrl+Shift+L)</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>Loading…</source>
        <translation>Učitavanje…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>#%1</source>
        <translation>#%1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>from %1</source>
        <translation>podnositelj: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>by phone</source>
        <translation>telefonom</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>by e-mail</source>
        <translation>e-poštom</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>monitoring alert</source>
        <translation>upozorenje nadzora</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>opened %1</source>
        <translation>zaprimljen %1</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::TicketTableView</name>
    <message>
        <location filename="../client/ui/tickettableview.cpp" line="+166"/>
        <source>&amp;Columns</source>
        <translation>&amp;Stupci</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ticket number</source>
        <translation>Broj zahtjeva</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Reset column widths</source>
        <translation>&amp;Vrati širine stupaca</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Group by</source>
        <translation>&amp;Grupiraj po</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;No grouping</source>
        <translation>&amp;Bez grupiranja</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::TimeSpentField</name>
    <message>
        <location filename="../client/ui/timespentfield.cpp" line="+46"/>
        <source>&amp;Time spent:</source>
        <translation>&amp;Utrošeno vrijeme:</translation>
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
        <translation>Novi kontakt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New user</source>
        <translation>Novi korisnik</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Edit %1</source>
        <translation>Uredi: %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Login:</source>
        <translation>&amp;Korisničko ime:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Name:</source>
        <translation>&amp;Ime:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Role:</source>
        <translation>&amp;Uloga:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Contact role:</source>
        <translation>Uloga &amp;kontakta:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-pošta:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Phone:</source>
        <translation>&amp;Telefon:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. hr or pt_BR; empty: not set</source>
        <translation>npr. hr ili pt_BR; prazno: nije postavljeno</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>L&amp;anguage:</source>
        <translation>&amp;Jezik:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Password:</source>
        <translation>&amp;Lozinka:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;peat password:</source>
        <translation>&amp;Ponovite lozinku:</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>The two passwords differ.</source>
        <translation>Lozinke se razlikuju.</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::UsersDialog</name>
    <message>
        <location filename="../client/ui/usersdialog.cpp" line="+36"/>
        <source>Users and contacts</source>
        <translation>Korisnici i kontakti</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Contacts of your organisation</source>
        <translation>Kontakti vaše organizacije</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Staff</source>
        <translation>Osoblje</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Show:</source>
        <translation>&amp;Prikaži:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Filter by name, login, e-mail or phone</source>
        <translation>Filtriraj po imenu, korisničkom imenu, e-pošti ili telefonu</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Name</source>
        <translation>Ime</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Login</source>
        <translation>Korisničko ime</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Role</source>
        <translation>Uloga</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>E-mail</source>
        <translation>E-pošta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Language</source>
        <translation>Jezik</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>State</source>
        <translation>Stanje</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>&amp;New…</source>
        <translation>&amp;Novi…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Uredi…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+146"/>
        <source>&amp;Disable…</source>
        <translation>&amp;Onemogući…</translation>
    </message>
    <message>
        <location line="-140"/>
        <source>&amp;Reset password…</source>
        <translation>&amp;Postavi novu lozinku…</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Contacts of %1</source>
        <translation>Kontakti: %1</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Enabled</source>
        <translation>Omogućen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Disabled</source>
        <translation>Onemogućen</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>&amp;Enable</source>
        <translation>&amp;Omogući</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Disable %1</source>
        <translation>Onemogući: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disable %1? They are logged out at once on every computer and cannot log in until enabled again.</source>
        <translation>Onemogućiti %1? Korisnik se odmah odjavljuje na svim računalima i ne može se prijaviti dok ga ponovno ne omogućite.</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::WeeklyHoursEditor</name>
    <message>
        <location filename="../client/ui/slaeditors.cpp" line="-92"/>
        <source>Day</source>
        <translation>Dan</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>From</source>
        <translation>Od</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Until</source>
        <translation>Do</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An end at or before the start runs into the next day; 00:00 to 00:00 is the whole day.</source>
        <translation>Kraj u vrijeme početka ili prije njega prelazi u sljedeći dan; od 00:00 do 00:00 je cijeli dan.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add hours</source>
        <translation>Dodaj sate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove hours</source>
        <translation>Ukloni sate</translation>
    </message>
</context>
</TS>
