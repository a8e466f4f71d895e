<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AdminErrors</name>
    <message>
        <location filename="../client/ui/adminerrors.cpp" line="+46"/>
        <source>You are no longer logged in. Log in again, then try once more.</source>
        <translation>Vous n&apos;êtes plus connecté. Reconnectez-vous, puis réessayez.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Enter your current password.</source>
        <translation>Saisissez votre mot de passe actuel.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The current password is wrong.</source>
        <translation>Le mot de passe actuel est incorrect.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A password must have 8 to 1024 characters.</source>
        <translation>Un mot de passe doit comporter de 8 à 1024 caractères.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This login is already taken.</source>
        <translation>Cet identifiant est déjà pris.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A login has 1 to 64 letters, digits or . _ @ + -.</source>
        <translation>Un identifiant comporte de 1 à 64 lettres, chiffres ou . _ @ + -.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A name must have 1 to 200 characters.</source>
        <translation>Un nom doit comporter de 1 à 200 caractères.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This is not an e-mail address.</source>
        <translation>Ce n&apos;est pas une adresse e-mail.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A phone number has at most 40 digits, spaces and + ( ) . / -.</source>
        <translation>Un numéro de téléphone comporte au plus 40 chiffres, espaces et + ( ) . / -.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not a language code like hr or pt_BR.</source>
        <translation>Ce n&apos;est pas un code de langue comme hr ou pt_BR.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You cannot disable your own account.</source>
        <translation>Vous ne pouvez pas désactiver votre propre compte.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Notes can have at most 10,000 characters.</source>
        <translation>Les notes comportent au plus 10 000 caractères.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Service %1: a name has 1 to 200 characters, details at most 2,000.</source>
        <translation>Service %1 : un nom comporte de 1 à 200 caractères, les détails au plus 2 000.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (%2: %3)</source>
        <translation>%1 (%2 : %3)</translation>
    </message>
</context>
<context>
    <name>AdminLabels</name>
    <message>
        <location filename="../client/ui/adminlabels.cpp" line="+10"/>
        <source>Administrator</source>
        <translation>Administrateur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Team lead</source>
        <translation>Chef d&apos;équipe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Customer contact</source>
        <translation>Contact client</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Owner</source>
        <translation>Titulaire</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Technical contact</source>
        <translation>Contact technique</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Billing contact</source>
        <translation>Contact facturation</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Hosting</source>
        <translation>Hébergement</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Domain</source>
        <translation>Domaine</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mailbox</source>
        <translation>Boîte aux lettres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
</context>
<context>
    <name>AssigneeChoices</name>
    <message>
        <location filename="../client/ui/assigneechoices.cpp" line="+55"/>
        <source>online</source>
        <translation>en ligne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>away</source>
        <translation>absent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>offline</source>
        <translation>hors ligne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is %2</source>
        <translation>%1 est %2</translation>
    </message>
</context>
<context>
    <name>ClientApp</name>
    <message>
        <location filename="../client/ui/main.cpp" line="+139"/>
        <source>An administrator has disabled your account.</source>
        <translation>Un administrateur a désactivé votre compte.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An administrator has reset your password. Please log in with the new one.</source>
        <translation>Un administrateur a réinitialisé votre mot de passe. Veuillez vous connecter avec le nouveau.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your session has expired. Please log in again.</source>
        <translation>Votre session a expiré. Veuillez vous reconnecter.</translation>
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
            <numerusform>%n jour</numerusform>
            <numerusform>%n jours</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Paused</source>
        <translation>En pause</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 left</source>
        <translation>reste %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../client/ui/tickettableview.cpp" line="+342"/>
        <source>%1 overdue</source>
        <translation>en retard de %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Waiting on the customer: the SLA clock is paused</source>
        <translation>En attente du client : le délai SLA est suspendu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Resolution</source>
        <translation>Résolution</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>First response</source>
        <translation>Première réponse</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next response</source>
        <translation>Réponse suivante</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 due %2</source>
        <translation>%1 : échéance %2</translation>
    </message>
</context>
<context>
    <name>ReportDocument</name>
    <message>
        <location filename="../client/ui/reportdocument.cpp" line="+59"/>
        <source>Print report</source>
        <translation>Imprimer le rapport</translation>
    </message>
</context>
<context>
    <name>ReportTables</name>
    <message>
        <location filename="../client/ui/reporttables.cpp" line="+51"/>
        <source>New</source>
        <translation>Nouvelle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open</source>
        <translation>Ouverte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pending</source>
        <translation>En attente</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Desktop client</source>
        <translation>Client de bureau</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Alert</source>
        <translation>Alerte</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Key figures</source>
        <translation>Indicateurs clés</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Figure</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tickets created</source>
        <translation>Demandes créées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolutions</source>
        <translation>Résolutions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First response, median (business hours)</source>
        <translation>Première réponse, médiane (heures ouvrées)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First response, 90th percentile (business hours)</source>
        <translation>Première réponse, 90e centile (heures ouvrées)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolution time, median (business hours)</source>
        <translation>Délai de résolution, médiane (heures ouvrées)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolution time, 90th percentile (business hours)</source>
        <translation>Délai de résolution, 90e centile (heures ouvrées)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SLA compliance (%)</source>
        <translation>Respect du SLA (%)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re-open rate (%)</source>
        <translation>Taux de réouverture (%)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer satisfaction (% good)</source>
        <translation>Satisfaction client (% bien)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ratings good</source>
        <translation>Notes « bien »</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ratings bad</source>
        <translation>Notes « pas bien »</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Per day</source>
        <translation>Par jour</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Created</source>
        <translation>Créées</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Resolved</source>
        <translation>Résolues</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Good ratings</source>
        <translation>Bonnes notes</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Bad ratings</source>
        <translation>Mauvaises notes</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Backlog now</source>
        <translation>Demandes en cours</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Queue</source>
        <translation>File</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+11"/>
        <location line="+6"/>
        <source>Tickets</source>
        <translation>Demandes</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>Average age (hours)</source>
        <translation>Âge moyen (heures)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Older than a day</source>
        <translation>Plus d&apos;un jour</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Older than a week</source>
        <translation>Plus d&apos;une semaine</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No queue</source>
        <translation>Aucune file</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Tickets per channel</source>
        <translation>Demandes par canal</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Tickets per request type</source>
        <translation>Demandes par type de demande</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Request type</source>
        <translation>Type de demande</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No request type</source>
        <translation>Aucun type de demande</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Per agent</source>
        <translation>Par agent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Handled</source>
        <translation>Traitées</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>First response, median (h)</source>
        <translation>Première réponse, médiane (h)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Resolution, median (h)</source>
        <translation>Résolution, médiane (h)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Satisfaction (% good)</source>
        <translation>Satisfaction (% bien)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Time accounted (min)</source>
        <translation>Temps saisi (min)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Assigned now</source>
        <translation>Assignés actuellement</translation>
    </message>
</context>
<context>
    <name>TimeText</name>
    <message>
        <location filename="../client/core/timetext.cpp" line="+17"/>
        <source>just now</source>
        <translation>à l&apos;instant</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>il y a %n minute</numerusform>
            <numerusform>il y a %n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>il y a %n heure</numerusform>
            <numerusform>il y a %n heures</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>yesterday, %1</source>
        <translation>hier à %1</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>il y a %n jour</numerusform>
            <numerusform>il y a %n jours</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>helpdesk::client::AdminMenu</name>
    <message>
        <location filename="../client/ui/adminmenu.cpp" line="+73"/>
        <source>&amp;Administration</source>
        <translation>&amp;Administration</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;hange password…</source>
        <translation>C&amp;hanger le mot de passe…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Users and contacts…</source>
        <translation>&amp;Utilisateurs et contacts…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Contacts…</source>
        <translation>&amp;Contacts…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Organisations…</source>
        <translation>&amp;Organisations…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Request types…</source>
        <translation>&amp;Types de demande…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Audit log…</source>
        <translation>&amp;Journal d&apos;audit…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>API &amp;tokens…</source>
        <translation>&amp;Jetons d&apos;API…</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::AnnouncementBanner</name>
    <message>
        <location filename="../client/ui/announcementbanner.cpp" line="+38"/>
        <source>Maintenance</source>
        <translation>Maintenance</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Setting change</source>
        <translation>Changement de paramètres</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Software update</source>
        <translation>Mise à jour logicielle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Announcement</source>
        <translation>Annonce</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>%1: %2 (%3)</source>
        <translation>%1 : %2 (%3)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Details…</source>
        <translation>Détails…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Dismiss</source>
        <translation>Masquer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hide this announcement from the banner</source>
        <translation>Retirer cette annonce du bandeau</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::AnnouncementEditor</name>
    <message>
        <location filename="../client/ui/announcementeditor.cpp" line="+52"/>
        <source>Edit announcement</source>
        <translation>Modifier l&apos;annonce</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New announcement</source>
        <translation>Nouvelle annonce</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Everyone</source>
        <translation>Tout le monde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chosen organisations</source>
        <translation>Organisations choisies</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organisations with a service</source>
        <translation>Organisations ayant un service</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hosting</source>
        <translation>Hébergement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Domain</source>
        <translation>Domaine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mailbox</source>
        <translation>Boîte aux lettres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other service</source>
        <translation>Autre service</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Add language</source>
        <translation>Ajouter une langue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove language</source>
        <translation>Retirer la langue</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Kind:</source>
        <translation>Type :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Audience:</source>
        <translation>Destinataires :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organisations:</source>
        <translation>Organisations :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Service:</source>
        <translation>Service :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Starts:</source>
        <translation>Début :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ends:</source>
        <translation>Fin :</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Title and text in each language:</source>
        <translation>Titre et texte dans chaque langue :</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Title:</source>
        <translation>Titre :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text:</source>
        <translation>Texte :</translation>
    </message>
    <message>
        <location line="+134"/>
        <source>A colleague changed this announcement meanwhile. Their version is shown now; make your changes again.</source>
        <translation>Un collègue a modifié cette annonce entre-temps. Sa version est maintenant affichée ; refaites vos modifications.</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::AnnouncementsDialog</name>
    <message>
        <location filename="../client/ui/announcementsdialog.cpp" line="+31"/>
        <source>upcoming</source>
        <translation>à venir</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ended</source>
        <translation>terminée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>withdrawn</source>
        <translation>retirée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>now</source>
        <translation>en cours</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Announcements</source>
        <translation>Annonces</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Current and upcoming</source>
        <translation>En cours et à venir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All</source>
        <translation>Toutes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ended</source>
        <translation>Terminées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Withdrawn</source>
        <translation>Retirées</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>New…</source>
        <translation>Nouvelle…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Withdraw</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>%1 · %2 · %3 (%4)</source>
        <translation>%1 · %2 · %3 (%4)</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>No announcements.</source>
        <translation>Aucune annonce.</translation>
    </message>
    <message>
        <location line="+24"/>
        <location line="+9"/>
        <source>Withdraw announcement</source>
        <translation>Retirer l&apos;annonce</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Withdraw this announcement? Customers will no longer see it.</source>
        <translation>Retirer cette annonce ? Les clients ne la verront plus.</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::ApiTokensDialog</name>
    <message>
        <location filename="../client/ui/apitokensdialog.cpp" line="+177"/>
        <source>Revoke API token</source>
        <translation>Révoquer le jeton d&apos;API</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revoke the token &quot;%1&quot;? Whatever uses it stops working at once.</source>
        <translation>Révoquer le jeton « %1 » ? Tout ce qui l&apos;utilise cesse aussitôt de fonctionner.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Revoked %1</source>
        <translation>Révoqué le %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>API tokens</source>
        <translation>Jetons d&apos;API</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Scopes</source>
        <translation>Portées</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Created</source>
        <translation>Créé</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last used</source>
        <translation>Dernière utilisation</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show revoked tokens</source>
        <translation>Afficher les jetons révoqués</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New token&apos;s name:</source>
        <translation>Nom du nouveau jeton :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. Prometheus</source>
        <translation>p. ex. Prometheus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>May report monitoring alerts (scope: alerts)</source>
        <translation>Peut signaler des alertes de supervision (portée : alerts)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create token</source>
        <translation>Créer le jeton</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revoke…</source>
        <translation>Révoquer…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy this token now and store it in the monitoring system: it will not be shown again.</source>
        <translation>Copiez ce jeton maintenant et enregistrez-le dans le système de supervision : il ne sera plus affiché.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::AttachmentDownload</name>
    <message>
        <location filename="../client/core/attachmenttransfer.cpp" line="+198"/>
        <source>The file arrived damaged (its checksum does not match).</source>
        <translation>Le fichier est arrivé endommagé (la somme de contrôle ne correspond pas).</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::AttachmentStrip</name>
    <message>
        <location filename="../client/ui/attachmentstrip.cpp" line="+55"/>
        <source>Attach file…</source>
        <translation>Joindre un fichier…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attach files to this reply. You can also drop files here or paste a screenshot with Ctrl+V.</source>
        <translation>Joindre des fichiers à cette réponse. Vous pouvez aussi déposer des fichiers ici ou coller une capture d’écran avec Ctrl+V.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Attach files</source>
        <translation>Joindre des fichiers</translation>
    </message>
    <message>
        <location line="+93"/>
        <source>attached</source>
        <translation>joint</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>waiting for the connection</source>
        <translation>en attente de la connexion</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not attached: %1</source>
        <translation>non joint : %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Remove this file</source>
        <translation>Retirer ce fichier</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::AttachmentUpload</name>
    <message>
        <location filename="../client/core/attachmenttransfer.cpp" line="-141"/>
        <location line="+39"/>
        <source>The file %1 cannot be read.</source>
        <translation>Impossible de lire le fichier %1.</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::AuditLogDialog</name>
    <message>
        <location filename="../client/ui/auditlogdialog.cpp" line="+64"/>
        <source>Audit log</source>
        <translation>Journal d&apos;audit</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Anyone</source>
        <translation>Tout le monde</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Any action</source>
        <translation>Toute action</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;From:</source>
        <translation>&amp;Du :</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;To:</source>
        <translation>&amp;Au :</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Apply</source>
        <translation>&amp;Appliquer</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;User:</source>
        <translation>&amp;Utilisateur :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A&amp;ction:</source>
        <translation>A&amp;ction :</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Object</source>
        <translation>Objet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From address</source>
        <translation>Depuis l&apos;adresse</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Changes (old → new)</source>
        <translation>Modifications (ancien → nouveau)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>‹ &amp;Newer</source>
        <translation>‹ &amp;Plus récents</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Older ›</source>
        <translation>Plus &amp;anciens ›</translation>
    </message>
    <message>
        <location line="+107"/>
        <source>User %1</source>
        <translation>Utilisateur %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Organisation %1</source>
        <translation>Organisation %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Page %1</source>
        <translation>Page %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Logged in</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Failed login</source>
        <translation>Échec de connexion</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Login refused (disabled)</source>
        <translation>Connexion refusée (désactivé)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Logged out</source>
        <translation>Déconnexion</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>User created</source>
        <translation>Utilisateur créé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>User changed</source>
        <translation>Utilisateur modifié</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Password set</source>
        <translation>Mot de passe défini</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Organisation created</source>
        <translation>Organisation créée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Organisation changed</source>
        <translation>Organisation modifiée</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::CalendarsDialog</name>
    <message>
        <location filename="../client/ui/calendarsdialog.cpp" line="+104"/>
        <source>Business calendars</source>
        <translation>Calendriers ouvrés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New calendar</source>
        <translation>Nouveau calendrier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Time zone:</source>
        <translation>&amp;Fuseau horaire :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Business hours:</source>
        <translation>Heures ouvrées :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Holidays:</source>
        <translation>Jours fériés :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>24/7 (built in)</source>
        <translation>24/7 (intégré)</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>The built-in 24/7 calendar counts every minute and cannot be changed.</source>
        <translation>Le calendrier intégré 24/7 compte chaque minute et ne peut pas être modifié.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Nothing has changed.</source>
        <translation>Rien n’a changé.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>A colleague saved this calendar meanwhile. Their changes are shown with yours on top: check and save again.</source>
        <translation>Entre-temps, un collègue a enregistré ce calendrier. Ses modifications sont affichées avec les vôtres : vérifiez et enregistrez à nouveau.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A colleague saved this calendar meanwhile and changed the same fields as you. Their version is shown: make your change again if it is still needed.</source>
        <translation>Entre-temps, un collègue a enregistré ce calendrier et modifié les mêmes champs que vous. Sa version est affichée : refaites votre modification si elle est toujours nécessaire.</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::CcPicker</name>
    <message>
        <location filename="../client/ui/ccpicker.cpp" line="+146"/>
        <source>No other contact of this organisation may see this ticket</source>
        <translation>Aucun autre contact de cette organisation ne peut voir ce ticket</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loading contacts…</source>
        <translation>Chargement des contacts…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Cc: nobody</source>
        <translation>Cc : personne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cc: %1</source>
        <translation>Cc : %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cc: %1 (as on the last message)</source>
        <translation>Cc : %1 (comme pour le dernier message)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>C&amp;c</source>
        <translation>&amp;Cc</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy this e-mail reply to other contacts of the organisation who may see this ticket. Preselected: the people of the last public message (those it was copied to and its author).</source>
        <translation>Envoyer une copie de cette réponse par e-mail à d’autres contacts de l’organisation autorisés à voir ce ticket. Présélectionnés : les personnes du dernier message public (ses destinataires en copie et son auteur).</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::ChangePasswordDialog</name>
    <message>
        <location filename="../client/ui/changepassworddialog.cpp" line="+40"/>
        <source>Reset password of %1</source>
        <translation>Réinitialiser le mot de passe de %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Change password</source>
        <translation>Changer le mot de passe</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Current password:</source>
        <translation>Mot de passe &amp;actuel :</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;New password:</source>
        <translation>&amp;Nouveau mot de passe :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Repeat new password:</source>
        <translation>&amp;Répéter le nouveau mot de passe :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is logged out everywhere at once and logs in with the new password.</source>
        <translation>%1 est aussitôt déconnecté partout et se connecte avec le nouveau mot de passe.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>At least 8 characters. Your other computers must log in again.</source>
        <translation>Au moins 8 caractères. Vos autres ordinateurs devront se reconnecter.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Set password</source>
        <translation>Définir le mot de passe</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Enter your current password.</source>
        <translation>Saisissez votre mot de passe actuel.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A password must have 8 to 1024 characters.</source>
        <translation>Un mot de passe doit comporter de 8 à 1024 caractères.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The two new passwords differ.</source>
        <translation>Les deux nouveaux mots de passe diffèrent.</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::CollisionBar</name>
    <message>
        <location filename="../client/ui/collisionbar.cpp" line="+39"/>
        <source>User %1</source>
        <translation>Utilisateur %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is typing…</source>
        <translation>%1 est en train d&apos;écrire…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is viewing</source>
        <translation>%1 consulte</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::CollisionDialog</name>
    <message>
        <location filename="../client/ui/collisiondialog.cpp" line="+33"/>
        <source>New messages on this ticket</source>
        <translation>Nouveaux messages sur ce ticket</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>While you were writing, someone else wrote on this ticket. Your reply was not sent yet:</source>
        <translation>Pendant que vous écriviez, quelqu&apos;un d&apos;autre a écrit sur ce ticket. Votre réponse n&apos;a pas encore été envoyée :</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>User %1</source>
        <translation>Utilisateur %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, %2:</source>
        <translation>%1, %2 :</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Send anyway</source>
        <translation>Envoyer quand même</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Back to my draft</source>
        <translation>Retour à mon brouillon</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::Composer</name>
    <message>
        <location filename="../client/ui/composer.cpp" line="+296"/>
        <source>&amp;Reply to customer</source>
        <translation>&amp;Répondre au client</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Internal note</source>
        <translation>Note &amp;interne</translation>
    </message>
    <message>
        <location line="+106"/>
        <source>&amp;Send</source>
        <translation>&amp;Envoyer</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Add note and set %1</source>
        <translation>Ajouter la note et passer au statut «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Send and set %1</source>
        <translation>Envoyer et passer au statut «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Ctrl+Enter sends; add Shift to set Pending, Alt to set Resolved. Your text is saved as you type.</source>
        <translation>Ctrl+Entrée pour envoyer&#xa0;; avec Maj, passe en «&#xa0;En attente&#xa0;», avec Alt en «&#xa0;Résolu&#xa0;». Votre texte est enregistré au fil de la saisie.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ctrl+Enter sends. Your text is saved as you type.</source>
        <translation>Ctrl+Entrée pour envoyer. Votre texte est enregistré au fil de la saisie.</translation>
    </message>
    <message>
        <location line="-120"/>
        <source>Re&amp;try</source>
        <translation>Réess&amp;ayer</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Switch between reply and internal note (Ctrl+Shift+I)</source>
        <translation>Basculer entre réponse et note interne (Ctrl+Maj+I)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Also by e-&amp;mail</source>
        <translation>Aussi par e-&amp;mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send this reply to the customer by e-mail too</source>
        <translation>Envoyer aussi cette réponse au client par e-mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Si&amp;gnatures…</source>
        <translation>Si&amp;gnatures…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit the signatures added to your replies</source>
        <translation>Modifier les signatures ajoutées à vos réponses</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send and set the ticket&apos;s status</source>
        <translation>Envoyer et changer le statut du ticket</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Edit again</source>
        <translation>&amp;Modifier à nouveau</translation>
    </message>
    <message numerus="yes">
        <location line="+75"/>
        <source>%n reply(ies) to this ticket could not be sent.</source>
        <translation>
            <numerusform>%n réponse à ce ticket n’a pas pu être envoyée.</numerusform>
            <numerusform>%n réponses à ce ticket n’ont pas pu être envoyées.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Write a note only your team will see…</source>
        <translation>Rédigez une note visible uniquement par votre équipe…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Write your reply…</source>
        <translation>Rédigez votre réponse…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add &amp;note</source>
        <translation>Ajouter la &amp;note</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::Connection</name>
    <message>
        <location filename="../client/core/connection.cpp" line="+39"/>
        <source>The server did not answer.</source>
        <translation>Le serveur n&apos;a pas répondu.</translation>
    </message>
    <message>
        <location line="+116"/>
        <source>The server closed the connection.</source>
        <translation>Le serveur a fermé la connexion.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>This build of the client has no TLS support.</source>
        <translation>Cette version du client ne prend pas en charge TLS.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Connection to the server lost: %1</source>
        <translation>Connexion au serveur perdue&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Could not connect to %1:%2: %3</source>
        <translation>Impossible de se connecter à %1:%2&#xa0;: %3</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>The server sent a message larger than %1 bytes.</source>
        <translation>Le serveur a envoyé un message de plus de %1 octets.</translation>
    </message>
    <message>
        <location filename="../client/core/connectionsession.cpp" line="+209"/>
        <source>The server stopped answering.</source>
        <translation>Le serveur ne répond plus.</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::ConversationModel</name>
    <message>
        <location filename="../client/core/conversationtexts.cpp" line="+19"/>
        <source>Ticket created</source>
        <translation>Ticket créé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status changed from %1 to %2</source>
        <translation>Statut modifié&#xa0;: %1 → %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Priority changed from %1 to %2</source>
        <translation>Priorité modifiée&#xa0;: %1 → %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unassigned (was %1)</source>
        <translation>Assignation retirée (auparavant&#xa0;: %1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assigned to %1</source>
        <translation>Assigné à %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Moved from queue %1 to %2</source>
        <translation>File d&apos;attente modifiée&#xa0;: %1 → %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Customer changed from %1 to %2</source>
        <translation>Client modifié&#xa0;: %1 → %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Subject changed from “%1” to “%2”</source>
        <translation>Objet modifié&#xa0;: «&#xa0;%1&#xa0;» → «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tags changed from %1 to %2</source>
        <translation>Étiquettes modifiées&#xa0;: %1 → %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 changed from %2 to %3</source>
        <translation>Champ «&#xa0;%1&#xa0;» modifié&#xa0;: %2 → %3</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Unlinked from ticket %1</source>
        <translation>Lien avec le ticket %1 supprimé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Linked to ticket %1</source>
        <translation>Lié au ticket %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ticket %1 was merged into this one</source>
        <translation>Le ticket %1 a été fusionné avec celui-ci</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Merged into ticket %1</source>
        <translation>Fusionné avec le ticket %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The customer rated the solution good</source>
        <translation>Le client a jugé la solution bonne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The customer rated the solution bad</source>
        <translation>Le client a jugé la solution mauvaise</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>first response</source>
        <translation>première réponse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>next response</source>
        <translation>réponse suivante</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>resolution</source>
        <translation>résolution</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SLA target missed: %1</source>
        <translation>Objectif SLA manqué : %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SLA target close: %1</source>
        <translation>Objectif SLA proche : %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Urgent ticket: the queue was alerted</source>
        <translation>Ticket urgent : la file a été alertée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bad rating: the queue&apos;s leads were alerted</source>
        <translation>Mauvaise note : les responsables de la file ont été alertés</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Waiting for the organisation owner&apos;s approval</source>
        <translation>En attente de l&apos;accord du propriétaire de l&apos;organisation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Approved by the organisation&apos;s owner</source>
        <translation>Approuvé par le propriétaire de l&apos;organisation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refused by the organisation&apos;s owner</source>
        <translation>Refusé par le propriétaire de l&apos;organisation</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Filed as a guided request (%1)</source>
        <translation>Déposé comme demande guidée (%1)</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+17"/>
        <source>none</source>
        <translation>aucun</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::ConversationView</name>
    <message>
        <location filename="../client/ui/conversationview.cpp" line="+135"/>
        <source>Support team</source>
        <translation>Équipe d&apos;assistance</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+130"/>
        <source>User #%1</source>
        <translation>Utilisateur #%1</translation>
    </message>
    <message>
        <location line="-78"/>
        <source>Internal note</source>
        <translation>Note interne</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>By e-mail from %1</source>
        <translation>Par e-mail de %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cc: %1</source>
        <translation>Cc : %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not sent: %1</source>
        <translation>Non envoyée&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waiting to be sent</source>
        <translation>En attente d&apos;envoi</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>sets the status to %1</source>
        <translation>passera au statut «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>About the announcement: %1</source>
        <translation>À propos de l&apos;annonce : %1</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>… %n more character(s) not shown.</source>
        <translation>
            <numerusform>… %n caractère de plus non affiché.</numerusform>
            <numerusform>… %n caractères de plus non affichés.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+24"/>
        <location line="+28"/>
        <source>Phone call</source>
        <translation>Appel téléphonique</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>outbound</source>
        <translation>sortant</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>inbound</source>
        <translation>entrant</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>to %1</source>
        <translation>à %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>from %1</source>
        <translation>de %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 s</source>
        <translation>%1&#xa0;s</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 min</source>
        <translation>%1&#xa0;min</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 h %2 min</source>
        <translation>%1&#xa0;h&#xa0;%2&#xa0;min</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>By e-mail</source>
        <translation>Par e-mail</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Monitoring alert</source>
        <translation>Alerte de supervision</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Knowledge base articles sent:</source>
        <translation>Articles de la base de connaissances envoyés :</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::CredentialStore</name>
    <message>
        <location filename="../client/ui/credentialstore.cpp" line="+104"/>
        <source>This computer has no password keychain this program can use (such as the Secret Service, KWallet, the macOS Keychain or the Windows Credential Manager), so you will need to enter your password each time.</source>
        <translation>Cet ordinateur ne dispose d&apos;aucun trousseau de mots de passe utilisable par ce programme (comme Secret Service, KWallet, le trousseau de macOS ou le Gestionnaire d&apos;identification de Windows)&#xa0;: vous devrez donc saisir votre mot de passe à chaque fois.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Access to the password keychain was refused, so the session cannot be remembered.</source>
        <translation>L&apos;accès au trousseau de mots de passe a été refusé&#xa0;: la session ne peut donc pas être mémorisée.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The password keychain is locked or does not allow access, so the session cannot be remembered.</source>
        <translation>Le trousseau de mots de passe est verrouillé ou n&apos;autorise pas l&apos;accès&#xa0;: la session ne peut donc pas être mémorisée.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The remembered session could not be removed from the password keychain.</source>
        <translation>Impossible de supprimer la session mémorisée du trousseau de mots de passe.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This computer&apos;s password keychain could not be used, so the session cannot be remembered and you will need to enter your password each time.</source>
        <translation>Le trousseau de mots de passe de cet ordinateur n&apos;a pas pu être utilisé&#xa0;: la session ne peut donc pas être mémorisée et vous devrez saisir votre mot de passe à chaque fois.</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::CustomerPanel</name>
    <message>
        <location filename="../client/ui/customerpanel.cpp" line="+149"/>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>owner</source>
        <translation>titulaire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>billing</source>
        <translation>facturation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>technical</source>
        <translation>technique</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>disabled</source>
        <translation>désactivé</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No contacts</source>
        <translation>Aucun contact</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Hosting</source>
        <translation>Hébergement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Domain</source>
        <translation>Domaine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mailbox</source>
        <translation>Boîte aux lettres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>#%1 %2 — %3</source>
        <translation>#%1 %2 — %3</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Tickets of this customer (%L1)</source>
        <translation>Tickets de ce client (%L1)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Services</source>
        <translation>Services</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::DashboardWindow</name>
    <message>
        <location filename="../client/ui/dashboardwindow.cpp" line="+181"/>
        <source>All queues</source>
        <translation>Toutes les files</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All organisations</source>
        <translation>Toutes les organisations</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>All agents</source>
        <translation>Tous les agents</translation>
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
        <translation>Créées</translation>
    </message>
    <message>
        <location line="-153"/>
        <location line="+154"/>
        <source>Resolved</source>
        <translation>Résolues</translation>
    </message>
    <message>
        <location line="-138"/>
        <source>Created and resolved per day</source>
        <translation>Créées et résolues par jour</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Backlog by status</source>
        <translation>Demandes en cours par statut</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Good</source>
        <translation>Bien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bad</source>
        <translation>Pas bien</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Customer ratings per day</source>
        <translation>Notes des clients par jour</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Export report as CSV</source>
        <translation>Exporter le rapport en CSV</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+7"/>
        <source>The file could not be written.</source>
        <translation>Impossible d&apos;écrire le fichier.</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Export report as PDF</source>
        <translation>Exporter le rapport en PDF</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Dashboard and reports</source>
        <translation>Tableau de bord et rapports</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First day</source>
        <translation>Premier jour</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last day</source>
        <translation>Dernier jour</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export CSV…</source>
        <translation>Exporter en CSV…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export PDF…</source>
        <translation>Exporter en PDF…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print…</source>
        <translation>Imprimer…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dashboard</source>
        <translation>Tableau de bord</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reports</source>
        <translation>Rapports</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open now</source>
        <translation>Ouvertes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First response (median / 90%)</source>
        <translation>Première réponse (médiane / 90 %)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolution (median / 90%)</source>
        <translation>Résolution (médiane / 90 %)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SLA met</source>
        <translation>SLA respecté</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Re-opened</source>
        <translation>Rouvertes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Satisfied customers</source>
        <translation>Clients satisfaits</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::DateListEditor</name>
    <message>
        <location filename="../client/ui/slaeditors.cpp" line="+259"/>
        <source>Add date</source>
        <translation>Ajouter la date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove date</source>
        <translation>Supprimer la date</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::DraftStore</name>
    <message>
        <location filename="../client/core/draftstore.cpp" line="+109"/>
        <source>Could not save the draft: %1</source>
        <translation>Impossible d&apos;enregistrer le brouillon&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::ErrorText</name>
    <message>
        <location filename="../client/core/errortext.cpp" line="+63"/>
        <source>Not connected to the server.</source>
        <translation>Non connecté au serveur.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The connection to the server was lost.</source>
        <translation>La connexion au serveur a été perdue.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server did not answer in time.</source>
        <translation>Le serveur n&apos;a pas répondu à temps.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server sent an answer this client does not understand.</source>
        <translation>Le serveur a envoyé une réponse que ce client ne comprend pas.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The request is too large for the server.</source>
        <translation>La requête est trop volumineuse pour le serveur.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server could not read the request.</source>
        <translation>Le serveur n&apos;a pas pu lire la requête.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server does not support this operation. It may be an older version.</source>
        <translation>Le serveur ne prend pas en charge cette opération. Il s&apos;agit peut-être d&apos;une version plus ancienne.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Some of the entered values are not valid.</source>
        <translation>Certaines valeurs saisies ne sont pas valides.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server ran into an internal error. Please try again.</source>
        <translation>Le serveur a rencontré une erreur interne. Veuillez réessayer.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Wrong login or password.</source>
        <translation>Identifiant ou mot de passe incorrect.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This account is disabled. Please ask an administrator.</source>
        <translation>Ce compte est désactivé. Veuillez contacter un administrateur.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your session has expired. Please log in again.</source>
        <translation>Votre session a expiré. Veuillez vous reconnecter.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You are not logged in.</source>
        <translation>Vous n&apos;êtes pas connecté.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You are not allowed to do this.</source>
        <translation>Vous n&apos;êtes pas autorisé à faire cela.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It does not exist or you cannot see it.</source>
        <translation>Cela n&apos;existe pas ou vous ne pouvez pas le voir.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Someone else changed this in the meantime.</source>
        <translation>Quelqu&apos;un d&apos;autre a modifié cela entre-temps.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This request waits for the organisation owner&apos;s approval; until then it cannot be answered, assigned, merged or have its status changed.</source>
        <translation>Cette demande attend l’approbation du titulaire de l’organisation ; d’ici là, on ne peut ni y répondre, ni l’attribuer, ni la fusionner, ni changer son statut.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Too many attempts. Please wait a moment and try again.</source>
        <translation>Trop de tentatives. Veuillez patienter un instant et réessayer.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server speaks a different protocol version than this client.</source>
        <translation>Le serveur utilise une autre version du protocole que ce client.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unexpected error (code %1).</source>
        <translation>Erreur inattendue (code %1).</translation>
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
        <translation>Contacts</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Organisations</source>
        <translation>Organisations</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Articles</source>
        <translation>Articles</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Canned responses</source>
        <translation>Réponses types</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>More found: type more words to narrow it down.</source>
        <translation>D&apos;autres résultats : saisissez d&apos;autres mots pour affiner la recherche.</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::KbEditor</name>
    <message>
        <location filename="../client/ui/kbeditor.cpp" line="+58"/>
        <source>&amp;Title:</source>
        <translation>&amp;Titre :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Visible to:</source>
        <translation>&amp;Visible par :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;State:</source>
        <translation>É&amp;tat :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>T&amp;ags:</source>
        <translation>É&amp;tiquettes :</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Edit article</source>
        <translation>Modifier l&apos;article</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New article</source>
        <translation>Nouvel article</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Staff only</source>
        <translation>Équipe uniquement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customers and staff</source>
        <translation>Clients et équipe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Published</source>
        <translation>Publié</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write the article in Markdown: # headings, - lists, [links](https://example.org), ``` code blocks.</source>
        <translation>Rédigez l&apos;article en Markdown : # titres, - listes, [liens](https://example.org), ``` blocs de code.</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>A colleague saved this article while you were editing it. Your text is still here; save again to replace their version with it, or cancel to keep theirs.</source>
        <translation>Un collègue a enregistré cet article pendant que vous le modifiiez. Votre texte est toujours là : enregistrez de nouveau pour remplacer sa version, ou annulez pour garder la sienne.</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::KbSuggestions</name>
    <message>
        <location filename="../client/ui/kbsuggestions.cpp" line="+77"/>
        <source>Articles that may help with this ticket:</source>
        <translation>Articles qui pourraient aider pour ce ticket :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Articles that may answer your question:</source>
        <translation>Articles qui pourraient répondre à votre question :</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::KbWindow</name>
    <message>
        <location filename="../client/ui/kbwindow.cpp" line="+107"/>
        <source>Knowledge base article: %1 %2</source>
        <translation>Article de la base de connaissances : %1 %2</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Knowledge base</source>
        <translation>Base de connaissances</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search articles</source>
        <translation>Rechercher des articles</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This helped</source>
        <translation>Cela m&apos;a aidé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This did not help</source>
        <translation>Cela ne m&apos;a pas aidé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Insert &amp;link into reply</source>
        <translation>Insérer le &amp;lien dans la réponse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Insert e&amp;xcerpt into reply</source>
        <translation>Insérer un e&amp;xtrait dans la réponse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New article…</source>
        <translation>&amp;Nouvel article…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+15"/>
        <source>All articles</source>
        <translation>Tous les articles</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>%1 (draft)</source>
        <translation>%1 (brouillon)</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Helpful: %1 · Not helpful: %2</source>
        <translation>Utile : %1 · Pas utile : %2</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Thank you for your feedback.</source>
        <translation>Merci pour votre avis.</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::LogCallDialog</name>
    <message>
        <location filename="../client/ui/logcalldialog.cpp" line="+113"/>
        <source>Log a call</source>
        <translation>Saisir un appel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A phone call about #%1 %2</source>
        <translation>Un appel téléphonique à propos du ticket #%1 %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Caller:</source>
        <translation>&amp;Interlocuteur&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Direction:</source>
        <translation>&amp;Sens&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Durati&amp;on:</source>
        <translation>D&amp;urée&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> min</source>
        <translation>&#xa0;min</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not recorded</source>
        <translation>non renseignée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Notes:</source>
        <translation>&amp;Notes&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What was said and agreed, in your words</source>
        <translation>Ce qui a été dit et convenu, avec vos mots</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Internal: only staff see this call</source>
        <translation>Int&amp;erne&#xa0;: seul le personnel voit cet appel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Log call</source>
        <translation>Enregistrer l&apos;a&amp;ppel</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Inbound: they called us</source>
        <translation>Entrant&#xa0;: on nous a appelés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outbound: we called them</source>
        <translation>Sortant&#xa0;: nous avons appelé</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>User #%1</source>
        <translation>Utilisateur #%1</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Write down what the call was about.</source>
        <translation>Notez l&apos;objet de l&apos;appel.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The notes are too long: at most %1 characters are allowed.</source>
        <translation>Les notes sont trop longues&#xa0;: %1 caractères au maximum sont autorisés.</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::LoginDialog</name>
    <message>
        <location filename="../client/ui/logindialog.cpp" line="+150"/>
        <source>Looking for your saved session…</source>
        <translation>Recherche de votre session enregistrée…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Log in to the helpdesk</source>
        <translation>Connexion au service d&apos;assistance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Server:</source>
        <translation>&amp;Serveur&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Login:</source>
        <translation>&amp;Identifiant&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Password:</source>
        <translation>Mot de &amp;passe&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>host:port</source>
        <translation>hôte:port</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Remember me on this computer</source>
        <translation>Se souvenir de &amp;moi sur cet ordinateur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keeps your session (not your password) in this computer&apos;s password keychain, so that you are not asked to log in at the next start.</source>
        <translation>Conserve votre session (et non votre mot de passe) dans le trousseau de mots de passe de cet ordinateur, pour que vous n&apos;ayez pas à vous reconnecter au prochain démarrage.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Log &amp;in</source>
        <translation>Se &amp;connecter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>The helpdesk server&apos;s address, for example helpdesk.example.com:%1, or tls://helpdesk.example.com:%1 for an encrypted connection</source>
        <translation>Adresse du serveur d’assistance, par exemple helpdesk.example.com:%1, ou tls://helpdesk.example.com:%1 pour une connexion chiffrée</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Enter the server as host:port or tls://host:port, for example helpdesk.example.com:%1.</source>
        <translation>Indiquez le serveur sous la forme hôte:port ou tls://hôte:port, par exemple helpdesk.example.com:%1.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Enter your login.</source>
        <translation>Saisissez votre identifiant.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Enter your password.</source>
        <translation>Saisissez votre mot de passe.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Connecting to %1…</source>
        <translation>Connexion à %1…</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Logging in…</source>
        <translation>Connexion en cours…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot reach the server %1. Trying again…</source>
        <translation>Impossible de joindre le serveur %1. Nouvelle tentative…</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Your saved session has expired. Please enter your password.</source>
        <translation>Votre session enregistrée a expiré. Veuillez saisir votre mot de passe.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Resuming your session on %1…</source>
        <translation>Reprise de votre session sur %1…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 &quot;Remember me&quot; has been turned off.</source>
        <translation>%1 L&apos;option «&#xa0;Se souvenir de moi&#xa0;» a été désactivée.</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::MacroButton</name>
    <message>
        <location filename="../client/ui/macrobutton.cpp" line="+49"/>
        <source>The ticket was changed meanwhile, so the macro was not applied. Check the ticket and apply it again.</source>
        <translation>Le ticket a été modifié entre-temps, la macro n&apos;a donc pas été appliquée. Vérifiez le ticket et appliquez-la de nouveau.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Macros</source>
        <translation>&amp;Macros</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reply and change the ticket in one step</source>
        <translation>Répondre et modifier le ticket en une seule étape</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::MainWindow</name>
    <message>
        <location filename="../client/ui/mainwindowmenus.cpp" line="+77"/>
        <source>About Helpdesk</source>
        <translation>À propos de Helpdesk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Helpdesk %1
A native support desk client.</source>
        <translation>Helpdesk %1
Un client natif pour le service d&apos;assistance.</translation>
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
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Go</source>
        <translation>A&amp;ller</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Help</source>
        <translation>Ai&amp;de</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New ticket…</source>
        <translation>&amp;Nouveau ticket…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log a &amp;phone call…</source>
        <translation>Saisir un &amp;appel téléphonique…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log &amp;out</source>
        <translation>Se &amp;déconnecter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Search…</source>
        <translation>&amp;Rechercher…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Go to ticket…</source>
        <translation>&amp;Aller au ticket…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Knowledge base</source>
        <translation>&amp;Base de connaissances</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search &amp;everywhere…</source>
        <translation>Rechercher &amp;partout…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Next unread ticket</source>
        <translation>Ticket non lu &amp;suivant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Previous unread ticket</source>
        <translation>Ticket non lu &amp;précédent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Assign to me</source>
        <translation>M&apos;a&amp;ttribuer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About Helpdesk</source>
        <translation>À &amp;propos de Helpdesk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A&amp;nnouncements…</source>
        <translation>A&amp;nnonces…</translation>
    </message>
    <message>
        <location filename="../client/ui/mainwindow.cpp" line="+306"/>
        <source>Connected to %1:%2</source>
        <translation>Connecté à %1:%2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Connection lost — reconnecting… Your replies are kept and sent when it is back.</source>
        <translation>Connexion perdue — reconnexion en cours… Vos réponses sont conservées et seront envoyées dès son rétablissement.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Signing in…</source>
        <translation>Authentification…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Offline</source>
        <translation>Hors ligne</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n reply(ies) waiting to be sent</source>
        <translation>
            <numerusform>%n réponse en attente d&apos;envoi</numerusform>
            <numerusform>%n réponses en attente d&apos;envoi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n reply(ies) not sent</source>
        <translation>
            <numerusform>%n réponse non envoyée</numerusform>
            <numerusform>%n réponses non envoyées</numerusform>
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
        <translation>Aller au ticket</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ticket &amp;number:</source>
        <translation>&amp;Numéro du ticket :</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>No unread ticket below this one in the list.</source>
        <translation>Aucun ticket non lu plus bas dans la liste.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No unread ticket above this one in the list.</source>
        <translation>Aucun ticket non lu plus haut dans la liste.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Open a ticket first.</source>
        <translation>Ouvrez d&apos;abord un ticket.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>#%1 is already assigned to you.</source>
        <translation>Le ticket #%1 vous est déjà assigné.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>#%1 is now assigned to you.</source>
        <translation>Le ticket #%1 vous est maintenant assigné.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>New reply from %1</source>
        <translation>%1 a répondu</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>a customer</source>
        <translation>Un client</translation>
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
        <translation>Nouveau ticket</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Subject:</source>
        <translation>&amp;Objet&#xa0;:</translation>
    </message>
    <message>
        <location line="+128"/>
        <source>&amp;Description:</source>
        <translation>&amp;Description&#xa0;:</translation>
    </message>
    <message>
        <location line="-127"/>
        <source>&amp;Phone call: log this on behalf of the contact who called</source>
        <translation>&amp;Appel téléphonique&#xa0;: saisir ce ticket au nom du contact qui a appelé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;ustomer:</source>
        <translation>&amp;Client&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No customer</source>
        <translation>Aucun client</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P&amp;riority:</source>
        <translation>&amp;Priorité&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Queue:</source>
        <translation>&amp;File d&apos;attente&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Assignee:</source>
        <translation>Assi&amp;gné à&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Tags:</source>
        <translation>É&amp;tiquettes&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comma separated, e.g. billing, vpn</source>
        <translation>Séparées par des virgules, ex.&#xa0;: facturation, vpn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>D&amp;irection:</source>
        <translation>&amp;Sens&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Durati&amp;on:</source>
        <translation>D&amp;urée&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> min</source>
        <translation>&#xa0;min</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not recorded</source>
        <translation>non renseignée</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Inbound: they called us</source>
        <translation>Entrant&#xa0;: on nous a appelés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outbound: we called them</source>
        <translation>Sortant&#xa0;: nous avons appelé</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Create</source>
        <translation>C&amp;réer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create the ticket (Ctrl+Enter)</source>
        <translation>Créer le ticket (Ctrl+Entrée)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Low</source>
        <translation>Basse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Normal</source>
        <translation>Normale</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>High</source>
        <translation>Haute</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Urgent</source>
        <translation>Urgente</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>No queue</source>
        <translation>Aucune file d&apos;attente</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Unassigned</source>
        <translation>Non assigné</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+44"/>
        <source>Me</source>
        <translation>Moi</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>This customer has no contacts</source>
        <translation>Ce client n&apos;a aucun contact</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Choose the customer first</source>
        <translation>Choisissez d&apos;abord le client</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Ca&amp;ller:</source>
        <translation>Appe&amp;lant&#xa0;:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>R&amp;equester:</source>
        <translation>De&amp;mandeur&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Notes:</source>
        <translation>&amp;Notes&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your notes on the call: what the caller needs, what you agreed</source>
        <translation>Vos notes sur l&apos;appel&#xa0;: ce dont l&apos;appelant a besoin, ce qui a été convenu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What is the problem?</source>
        <translation>Quel est le problème&#xa0;?</translation>
    </message>
    <message>
        <location filename="../client/ui/newticketsubmit.cpp" line="+98"/>
        <source>Enter a subject.</source>
        <translation>Saisissez un objet.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The subject is %1 characters long; at most %2 are allowed.</source>
        <translation>L&apos;objet compte %1 caractères&#xa0;; %2 au maximum sont autorisés.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Describe the request.</source>
        <translation>Décrivez la demande.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The description is too long: at most %1 characters are allowed.</source>
        <translation>La description est trop longue&#xa0;: %1 caractères au maximum sont autorisés.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>There is no customer named &quot;%1&quot;. Pick one from the list, or clear the field for none.</source>
        <translation>Aucun client ne s&apos;appelle «&#xa0;%1&#xa0;». Choisissez-en un dans la liste, ou videz le champ pour n&apos;en indiquer aucun.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A phone call is logged on behalf of the contact who called: choose their customer, then the caller.</source>
        <translation>Un appel téléphonique est saisi au nom du contact qui a appelé&#xa0;: choisissez son client, puis l&apos;appelant.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The tag &quot;%1&quot; contains a control character.</source>
        <translation>L&apos;étiquette «&#xa0;%1&#xa0;» contient un caractère de contrôle.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The tag &quot;%1&quot; is too long: at most %2 characters are allowed.</source>
        <translation>L&apos;étiquette «&#xa0;%1&#xa0;» est trop longue&#xa0;: %2 caractères au maximum sont autorisés.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>At most %1 tags are allowed.</source>
        <translation>%1 étiquettes au maximum sont autorisées.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Creating the ticket…</source>
        <translation>Création du ticket…</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>The server did not accept this value.</source>
        <translation>Le serveur n&apos;a pas accepté cette valeur.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 The ticket may have been created all the same: look for it in the ticket list before trying again.</source>
        <translation>%1 Le ticket a peut-être quand même été créé&#xa0;: cherchez-le dans la liste des tickets avant de réessayer.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 What you typed is kept; try again once the connection is back.</source>
        <translation>%1 Votre saisie est conservée&#xa0;; réessayez une fois la connexion rétablie.</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::OfflineNotices</name>
    <message>
        <location filename="../client/ui/offlinenotices.cpp" line="+91"/>
        <source>Offline — this is a copy of the list saved %1 (its first page). It is refreshed when the connection is back.</source>
        <translation>Hors ligne — ceci est une copie de la liste enregistrée le %1 (sa première page). Elle sera actualisée dès le rétablissement de la connexion.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Offline since %1 — the list may have changed since then.</source>
        <translation>Hors ligne depuis le %1 — la liste a pu changer depuis.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Offline — this list was not opened recently on this computer, so there is no copy of it. It loads when the connection is back.</source>
        <translation>Hors ligne — cette liste n&apos;a pas été ouverte récemment sur cet ordinateur, il n&apos;en existe donc pas de copie. Elle sera chargée dès le rétablissement de la connexion.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Offline — this is a copy of the ticket saved %1. It is refreshed when the connection is back; replies wait in the outbox until then.</source>
        <translation>Hors ligne — ceci est une copie du ticket enregistrée le %1. Elle sera actualisée dès le rétablissement de la connexion ; d&apos;ici là, les réponses attendent dans la boîte d&apos;envoi.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Offline since %1 — this ticket may have changed since then.</source>
        <translation>Hors ligne depuis le %1 — le ticket a pu changer depuis.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Offline — this ticket was not opened recently on this computer, so there is no copy of it. It loads when the connection is back.</source>
        <translation>Hors ligne — ce ticket n&apos;a pas été ouvert récemment sur cet ordinateur, il n&apos;en existe donc pas de copie. Il sera chargé dès le rétablissement de la connexion.</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::OrganisationsDialog</name>
    <message>
        <location filename="../client/ui/organisationsdialog.cpp" line="+39"/>
        <source>Organisations</source>
        <translation>Organisations</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Filter by name</source>
        <translation>Filtrer par nom</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;New organisation…</source>
        <translation>&amp;Nouvelle organisation…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>e.g. hr or de_AT; empty: not set</source>
        <translation>p. ex. hr ou de_AT ; vide : non défini</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Add service</source>
        <translation>&amp;Ajouter un service</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Re&amp;move service</source>
        <translation>&amp;Retirer le service</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Contacts…</source>
        <translation>&amp;Contacts…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>N&amp;otes (staff only):</source>
        <translation>N&amp;otes (personnel uniquement) :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ser&amp;vices:</source>
        <translation>Ser&amp;vices :</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>New organisation</source>
        <translation>Nouvelle organisation</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name of the organisation:</source>
        <translation>Nom de l&apos;organisation :</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::Outbox</name>
    <message>
        <location filename="../client/core/outbox.cpp" line="+293"/>
        <source>Could not save the outbox: %1</source>
        <translation>Impossible d&apos;enregistrer la boîte d&apos;envoi&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::PropertiesPanel</name>
    <message>
        <location filename="../client/ui/propertiespanel.cpp" line="+215"/>
        <source>&amp;Status:</source>
        <translation>&amp;Statut&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Priority:</source>
        <translation>&amp;Priorité&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Assignee:</source>
        <translation>&amp;Assigné à&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Queue:</source>
        <translation>&amp;File d&apos;attente&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Tags:</source>
        <translation>É&amp;tiquettes&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>comma, separated</source>
        <translation>séparées par des virgules</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sa&amp;ve</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Revert</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep mine</source>
        <translation>Garder le mien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take theirs</source>
        <translation>Prendre l&apos;autre</translation>
    </message>
    <message>
        <location line="+28"/>
        <location line="+154"/>
        <source>Unassigned</source>
        <translation>Non assigné</translation>
    </message>
    <message>
        <location line="-152"/>
        <location line="+152"/>
        <source>No queue</source>
        <translation>Aucune file d&apos;attente</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>Someone else changed this to: %1</source>
        <translation>Quelqu&apos;un d&apos;autre a changé ceci en&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 changed this to: %2</source>
        <translation>%1 a changé ceci en&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Yours: %1</source>
        <translation>Votre valeur&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Someone else changed a field you are editing. For each marked field, keep your value or take theirs, then save.</source>
        <translation>Quelqu&apos;un d&apos;autre a modifié un champ que vous êtes en train de modifier. Pour chaque champ signalé, gardez votre valeur ou prenez l&apos;autre, puis enregistrez.</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Not saved: someone else changed a field you changed. For each marked field, keep your value or take theirs, then save again.</source>
        <translation>Non enregistré&#xa0;: quelqu&apos;un d&apos;autre a modifié un champ que vous avez aussi modifié. Pour chaque champ signalé, gardez votre valeur ou prenez l&apos;autre, puis enregistrez à nouveau.</translation>
    </message>
    <message>
        <location line="-83"/>
        <source>none</source>
        <translation>aucune</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::QueuesDialog</name>
    <message>
        <location filename="../client/ui/queuesdialog.cpp" line="+125"/>
        <source>Queues</source>
        <translation>Files d&apos;attente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New queue</source>
        <translation>&amp;Nouvelle file d&apos;attente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Technical</source>
        <translation>Technique</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Billing</source>
        <translation>Facturation</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>General</source>
        <translation>Général</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Off: assign by hand</source>
        <translation>Désactivée : attribution manuelle</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Round robin</source>
        <translation>À tour de rôle</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Least loaded</source>
        <translation>Le moins chargé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Never</source>
        <translation>Jamais</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Archived: keeps its tickets, takes no new ones</source>
        <translation>Archivée : garde ses tickets, n&apos;en accepte plus de nouveaux</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Staff</source>
        <translation>Employé</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Member</source>
        <translation>Membre</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Lead</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Type :</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Assignment:</source>
        <translation>&amp;Attribution :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reassign after absence:</source>
        <translation>&amp;Réattribuer après une absence :</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 (archived)</source>
        <translation>%1 (archivée)</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::QuickSearchDialog</name>
    <message>
        <location filename="../client/ui/quicksearchdialog.cpp" line="+122"/>
        <source>Searching…</source>
        <translation>Recherche en cours…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Nothing found.</source>
        <translation>Aucun résultat.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Open a ticket first: a canned response goes into its reply.</source>
        <translation>Ouvrez d&apos;abord un ticket : une réponse type s&apos;insère dans sa réponse.</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Search everywhere</source>
        <translation>Rechercher partout</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tickets, contacts, organisations, articles, canned responses…</source>
        <translation>Tickets, contacts, organisations, articles, réponses types…</translation>
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
        <translation>Pas bien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comment (optional)</source>
        <translation>Commentaire (facultatif)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You rated this solution good. Thank you!</source>
        <translation>Vous avez jugé cette solution bonne. Merci !</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You rated this solution bad. Thank you, we will look into it.</source>
        <translation>Vous avez jugé cette solution mauvaise. Merci, nous allons l&apos;examiner.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your request was solved. How did we do?</source>
        <translation>Votre demande a été résolue. Qu&apos;en avez-vous pensé ?</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::RequestFieldsForm</name>
    <message>
        <location filename="../client/ui/requestfieldsform.cpp" line="+131"/>
        <source>Please answer &quot;%1&quot;.</source>
        <translation>Veuillez répondre à « %1 ».</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>This request type is no longer available. Please choose another.</source>
        <translation>Ce type de demande n’est plus disponible. Veuillez en choisir un autre.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;%1&quot; was not accepted: %2</source>
        <translation>« %1 » n’a pas été accepté : %2</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>What is affected</source>
        <translation>Ce qui est concerné</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Since when</source>
        <translation>Depuis quand</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The exact error message</source>
        <translation>Le message d’erreur exact</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What was already tried</source>
        <translation>Ce qui a déjà été essayé</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Not set</source>
        <translation>Non renseigné</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>(choose)</source>
        <translation>(choisir)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 (required)</source>
        <translation>%1 (obligatoire)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Request &amp;type:</source>
        <translation>&amp;Type de demande :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Requests of this type need the approval of your organisation&apos;s owner before support can act on them (unless you are the owner).</source>
        <translation>Les demandes de ce type doivent être approuvées par le titulaire de votre organisation avant que le support n’intervienne (sauf si vous êtes le titulaire).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Other request (no type)</source>
        <translation>Autre demande (sans type)</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::RequestPanel</name>
    <message>
        <location filename="../client/ui/requestpanel.cpp" line="+107"/>
        <source>Refuse the request</source>
        <translation>Refuser la demande</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why do you refuse it? (optional, the support team and the requester read it)</source>
        <translation>Pourquoi la refusez-vous ? (facultatif ; le support et le demandeur le liront)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Request: %1</source>
        <translation>Demande : %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Approve</source>
        <translation>&amp;Approuver</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;fuse…</source>
        <translation>&amp;Refuser…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This request needs your approval as the organisation&apos;s owner before support acts on it.</source>
        <translation>Cette demande doit être approuvée par vous, titulaire de l’organisation, avant que le support n’intervienne.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Awaiting the owner&apos;s approval: replies to the customer, status changes, assignment and merging are disabled until the organisation&apos;s owner approves. Internal notes are possible.</source>
        <translation>En attente de l’approbation du titulaire : réponses au client, changements de statut, attribution et fusion sont désactivés jusqu’à ce que le titulaire de l’organisation approuve. Les notes internes restent possibles.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Waiting for the approval of your organisation&apos;s owner.</source>
        <translation>En attente de l’approbation du titulaire de votre organisation.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Approved by the organisation&apos;s owner.</source>
        <translation>Approuvée par le titulaire de l’organisation.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refused by the organisation&apos;s owner.</source>
        <translation>Refusée par le titulaire de l’organisation.</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::RequestTypesDialog</name>
    <message>
        <location filename="../client/ui/requesttypesdialog.cpp" line="+44"/>
        <source>Request types</source>
        <translation>Types de demande</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;New type</source>
        <translation>&amp;Nouveau type</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Sensitive: the organisation&apos;s owner must approve requests filed by other contacts</source>
        <translation>Sensible : les demandes des autres contacts doivent être approuvées par le titulaire de l’organisation</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Key</source>
        <translation>Clé</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation>Genre</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Required</source>
        <translation>Obligatoire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Label (English)</source>
        <translation>Libellé (anglais)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Choices (comma-separated)</source>
        <translation>Choix (séparés par des virgules)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Add field</source>
        <translation>&amp;Ajouter un champ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove field</source>
        <translation>&amp;Supprimer le champ</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Key:</source>
        <translation>&amp;Clé :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Name (English):</source>
        <translation>&amp;Nom (anglais) :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Queue:</source>
        <translation>&amp;File :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Position:</source>
        <translation>&amp;Position :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every type also asks what is affected, since when, the exact error message and what was already tried. Its own fields:</source>
        <translation>Chaque type demande aussi ce qui est concerné, depuis quand, le message d’erreur exact et ce qui a déjà été essayé. Ses propres champs :</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>(no queue)</source>
        <translation>(aucune file)</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>%1 (archived)</source>
        <translation>%1 (archivé)</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Res&amp;tore</source>
        <translation>&amp;Restaurer</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+13"/>
        <source>Arc&amp;hive</source>
        <translation>&amp;Archiver</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::RotaDialog</name>
    <message>
        <location filename="../client/ui/rotadialog.cpp" line="+139"/>
        <source>On-call rotas</source>
        <translation>Plannings d’astreinte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Queue:</source>
        <translation>&amp;File d’attente :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add shift</source>
        <translation>Ajouter une astreinte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove shift</source>
        <translation>Supprimer l’astreinte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;On call:</source>
        <translation>&amp;D’astreinte :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Time zone:</source>
        <translation>&amp;Fuseau horaire :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every week:</source>
        <translation>Chaque semaine :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Whole days:</source>
        <translation>Journées entières :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save rota</source>
        <translation>&amp;Enregistrer le planning</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>%1 — %2 (%3, %4)</source>
        <translation>%1 — %2 (%3, %4)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nobody chosen</source>
        <translation>Personne n’est choisi</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n weekly stretch(es)</source>
        <translation>
            <numerusform>%n plage hebdomadaire</numerusform>
            <numerusform>%n plages hebdomadaires</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n whole day(s)</source>
        <translation>
            <numerusform>%n journée entière</numerusform>
            <numerusform>%n journées entières</numerusform>
        </translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A colleague saved this rota meanwhile. Their rota is shown: make your change again if it is still needed.</source>
        <translation>Entre-temps, un collègue a enregistré ce planning. Son planning est affiché : refaites votre modification si elle est toujours nécessaire.</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::SavedViewsPanel</name>
    <message>
        <location filename="../client/ui/savedviewspanel.cpp" line="+78"/>
        <location line="+186"/>
        <source>Save view</source>
        <translation>Enregistrer la vue</translation>
    </message>
    <message>
        <location line="-134"/>
        <source>My open</source>
        <translation>Mes tickets ouverts</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unassigned</source>
        <translation>Non assignés</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All open</source>
        <translation>Tous les tickets ouverts</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open</source>
        <translation>Ouverts</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Breaching within 1 hour</source>
        <translation>Échéance SLA dans l&apos;heure</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pending</source>
        <translation>En attente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Resolved</source>
        <translation>Résolus</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Closed</source>
        <translation>Fermés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All tickets</source>
        <translation>Tous les tickets</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Views</source>
        <translation>Vues</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save &amp;view…</source>
        <translation>Enregistrer la &amp;vue…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the chosen view and tag filter under a name of your own</source>
        <translation>Enregistrer la vue choisie et le filtre d&apos;étiquette sous un nom de votre choix</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter by tag</source>
        <translation>Filtrer par étiquette</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. billing</source>
        <translation>ex.&#xa0;: facturation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Words in subjects and messages</source>
        <translation>Mots des objets et des messages</translation>
    </message>
    <message>
        <location line="+106"/>
        <source>Name of the view:</source>
        <translation>Nom de la vue :</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Delete view</source>
        <translation>&amp;Supprimer la vue</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::SearchResultsView</name>
    <message>
        <location filename="../client/ui/searchresultsview.cpp" line="+180"/>
        <location line="+153"/>
        <source>Search results for “%1”</source>
        <translation>Résultats de la recherche « %1 »</translation>
    </message>
    <message>
        <location line="-57"/>
        <source>Any queue</source>
        <translation>Toutes les files d&apos;attente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Any customer</source>
        <translation>Tous les clients</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Status: any</source>
        <translation>Statut : tous</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Status: %1</source>
        <translation>Statut : %1</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Status: %n chosen</source>
        <translation>
            <numerusform>Statut : %n choisi</numerusform>
            <numerusform>Statut : %n choisis</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Searching…</source>
        <translation>Recherche en cours…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Nothing found.</source>
        <translation>Aucun résultat.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>The first %n tickets found. Add words or filters to narrow the search.</source>
        <translation>
            <numerusform>Le premier ticket trouvé (%n). Ajoutez des mots ou des filtres pour affiner la recherche.</numerusform>
            <numerusform>Les %n premiers tickets trouvés. Ajoutez des mots ou des filtres pour affiner la recherche.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n ticket(s) found.</source>
        <translation>
            <numerusform>%n ticket trouvé.</numerusform>
            <numerusform>%n tickets trouvés.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Back to the list</source>
        <translation>&amp;Retour à la liste</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To</source>
        <translation>Au</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only words written in this period: a subject when the ticket was opened, a message when it was sent.</source>
        <translation>Seulement les mots écrits pendant cette période : un objet à l&apos;ouverture du ticket, un message à son envoi.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Clear filters</source>
        <translation>Effacer les filtres</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::ShortcutsDialog</name>
    <message>
        <location filename="../client/ui/shortcutsdialog.cpp" line="+89"/>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keys</source>
        <translation>Touches</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Anywhere in the main window</source>
        <translation>Partout dans la fenêtre principale</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search (puts the cursor in the search box)</source>
        <translation>Rechercher (curseur dans le champ de recherche)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search everywhere: tickets, contacts, organisations, articles, canned responses</source>
        <translation>Rechercher partout : tickets, contacts, organisations, articles, réponses types</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Knowledge base</source>
        <translation>Base de connaissances</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go to a ticket by its number</source>
        <translation>Aller à un ticket par son numéro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next unread ticket in the list</source>
        <translation>Ticket non lu suivant dans la liste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Previous unread ticket in the list</source>
        <translation>Ticket non lu précédent dans la liste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assign the open ticket to me (staff)</source>
        <translation>M&apos;assigner le ticket ouvert (personnel)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New ticket</source>
        <translation>Nouveau ticket</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log a phone call (staff)</source>
        <translation>Saisir un appel téléphonique (personnel)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log a call on the open ticket (staff)</source>
        <translation>Saisir un appel sur le ticket ouvert (personnel)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refresh the list, counts and directory</source>
        <translation>Actualiser la liste, les compteurs et l&apos;annuaire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This list</source>
        <translation>Cette liste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search results</source>
        <translation>Résultats de recherche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to the ticket list</source>
        <translation>Retour à la liste des tickets</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open the previous or next result</source>
        <translation>Ouvrir le résultat précédent ou suivant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reply box</source>
        <translation>Zone de réponse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Put the cursor in the reply box</source>
        <translation>Placer le curseur dans la zone de réponse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send</source>
        <translation>Envoyer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send and set the ticket to Pending (staff)</source>
        <translation>Envoyer et passer le ticket à « En attente » (personnel)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send and set the ticket to Resolved (staff)</source>
        <translation>Envoyer et passer le ticket à « Résolu » (personnel)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Switch between reply and internal note (staff)</source>
        <translation>Basculer entre réponse et note interne (personnel)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forms</source>
        <translation>Formulaires</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create the ticket (in the new-ticket form)</source>
        <translation>Créer le ticket (dans le formulaire de nouveau ticket)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Go to the next field (in the new-ticket form)</source>
        <translation>Aller au champ suivant (dans le formulaire de nouveau ticket)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alt + underlined letter</source>
        <translation>Alt + lettre soulignée</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Go to that field or press that button</source>
        <translation>Aller à ce champ ou appuyer sur ce bouton</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::SignaturesDialog</name>
    <message>
        <location filename="../client/ui/signaturesdialog.cpp" line="+100"/>
        <source>Signatures</source>
        <translation>Signatures</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A public reply gets your signature in the requester&apos;s language (or the one for any language), followed by the signature of the ticket&apos;s queue. You can edit it before sending.</source>
        <translation>Une réponse publique reçoit votre signature dans la langue du demandeur (ou celle pour toutes les langues), suivie de la signature de la file d&apos;attente du ticket. Vous pouvez la modifier avant l&apos;envoi.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Signature of:</source>
        <translation>&amp;Signature de&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No signature in this language: replies in it get the one for any language. Type one here, e.g.
Kind regards,
Your name</source>
        <translation>Pas de signature dans cette langue&#xa0;: les réponses dans cette langue reçoivent celle pour toutes les langues. Saisissez-en une ici, par ex.
Cordialement,
Votre nom</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Me</source>
        <translation>Moi</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Queue: %1</source>
        <translation>File d&apos;attente&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Any language</source>
        <translation>Toutes les langues</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>A signature may have at most %1 characters.</source>
        <translation>Une signature peut comporter au plus %1&#xa0;caractères.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Not saved: %1</source>
        <translation>Non enregistré&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::SimilarTicketsPanel</name>
    <message>
        <location filename="../client/ui/similartickets.cpp" line="+144"/>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No similar earlier tickets</source>
        <translation>Aucun ticket antérieur similaire</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>#%1 %2</source>
        <translation>#%1 %2</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Link</source>
        <translation>Lier</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Link this ticket to the open one as related</source>
        <translation>Lier ce ticket au ticket ouvert comme associé</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Similar tickets</source>
        <translation>Tickets similaires</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::SlaAdminMenu</name>
    <message>
        <location filename="../client/ui/slaadminmenu.cpp" line="+77"/>
        <source>&amp;Service levels</source>
        <translation>&amp;Niveaux de service</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SLA &amp;policies…</source>
        <translation>&amp;Politiques SLA…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Business &amp;calendars…</source>
        <translation>&amp;Calendriers ouvrés…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On-call &amp;rotas…</source>
        <translation>Plannings d’&amp;astreinte…</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::SlaAlertNotifier</name>
    <message>
        <location filename="../client/ui/slaalertnotifier.cpp" line="+30"/>
        <source>New urgent ticket</source>
        <translation>Nouveau ticket urgent</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A customer rated a solution bad</source>
        <translation>Un client a jugé une solution mauvaise</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First response</source>
        <translation>Première réponse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next response</source>
        <translation>Réponse suivante</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolution</source>
        <translation>Résolution</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SLA breached: %1</source>
        <translation>SLA dépassé : %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SLA due soon: %1</source>
        <translation>Échéance SLA proche : %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>#%1 %2</source>
        <translation>n° %1 %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Due %1</source>
        <translation>Échéance : %1</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::SlaPoliciesDialog</name>
    <message>
        <location filename="../client/ui/slapoliciesdialog.cpp" line="+130"/>
        <source>SLA policies</source>
        <translation>Politiques SLA</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Queue</source>
        <translation>File d&apos;attente</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First response</source>
        <translation>Première réponse</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Next response</source>
        <translation>Réponse suivante</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Resolution</source>
        <translation>Résolution</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name:</source>
        <translation>Nom :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Queue:</source>
        <translation>File d&apos;attente :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Priority:</source>
        <translation>Priorité :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Business hours:</source>
        <translation>Heures ouvrées :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First response within:</source>
        <translation>Première réponse sous :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next response within:</source>
        <translation>Réponse suivante sous :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolution within:</source>
        <translation>Résolution sous :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warn at:</source>
        <translation>Avertir à :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No target</source>
        <translation>Aucun objectif</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> business minutes</source>
        <translation> minutes ouvrées</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New policy</source>
        <translation>Nouvelle politique</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+23"/>
        <source>Any queue</source>
        <translation>Toute file d&apos;attente</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>Queue #%1</source>
        <translation>File d&apos;attente n° %1</translation>
    </message>
    <message>
        <location line="+27"/>
        <location line="+21"/>
        <source>Any priority</source>
        <translation>Toute priorité</translation>
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
            <numerusform>%n résultat</numerusform>
            <numerusform>%n résultats</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>helpdesk::client::TeamMenu</name>
    <message>
        <location filename="../client/ui/teammenu.cpp" line="+105"/>
        <source>&amp;Team</source>
        <translation>É&amp;quipe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I am &amp;away</source>
        <translation>&amp;Absent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Colleagues</source>
        <translation>&amp;Collègues</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Queues…</source>
        <translation>&amp;Files d&apos;attente…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Dashboard and reports…</source>
        <translation>&amp;Tableau de bord et rapports…</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+13"/>
        <source>away</source>
        <translation>absent</translation>
    </message>
    <message>
        <location line="-12"/>
        <location line="+13"/>
        <source>online</source>
        <translation>en ligne</translation>
    </message>
    <message>
        <location line="-12"/>
        <location line="+13"/>
        <source>offline</source>
        <translation>hors ligne</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>You are %1 · colleagues online: %2</source>
        <translation>Vous êtes %1 · collègues en ligne : %2</translation>
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
        <translation>Ouvrir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save as…</source>
        <translation>Enregistrer sous…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Save attachment</source>
        <translation>Enregistrer la pièce jointe</translation>
    </message>
    <message>
        <location line="+32"/>
        <location line="+22"/>
        <source>The file could not be saved: %1</source>
        <translation>Le fichier n’a pas pu être enregistré : %1</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Open a file that can run code?</source>
        <translation>Ouvrir un fichier qui peut exécuter du code ?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“%1” is a kind of file that can run programs or scripts on this computer. Open it only if you trust the sender and expected this file.</source>
        <translation>« %1 » est un type de fichier qui peut exécuter des programmes ou des scripts sur cet ordinateur. Ouvrez-le seulement si vous faites confiance à l’expéditeur et attendiez ce fichier.</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::TicketListModel</name>
    <message>
        <location filename="../client/core/ticketlistmodel.cpp" line="+22"/>
        <source>New</source>
        <translation>Nouveau</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open</source>
        <translation>Ouvert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pending</source>
        <translation>En attente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Resolved</source>
        <translation>Résolu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Closed</source>
        <translation>Fermé</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Low</source>
        <translation>Basse</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Normal</source>
        <translation>Normale</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>High</source>
        <translation>Haute</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Urgent</source>
        <translation>Urgente</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Desktop client</source>
        <translation>Client de bureau</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Phone call</source>
        <translation>Appel téléphonique</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Monitoring alert</source>
        <translation>Alerte de supervision</translation>
    </message>
    <message>
        <location line="+257"/>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <location line="+18"/>
        <location filename="../client/ui/tickettableview.cpp" line="-21"/>
        <source>Unassigned</source>
        <translation>Non assigné</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>User #%1</source>
        <translation>Utilisateur #%1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Queue #%1</source>
        <translation>File d&apos;attente #%1</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Queue</source>
        <translation>File d&apos;attente</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <location filename="../client/core/searchresultsmodel.cpp" line="+127"/>
        <location filename="../client/core/ticketlistmodel.cpp" line="-33"/>
        <source>Customer #%1</source>
        <translation>Client #%1</translation>
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
        <translation>Objet</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../client/core/ticketlistmodel.cpp" line="+2"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../client/core/ticketlistmodel.cpp" line="+2"/>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Assignee</source>
        <translation>Assigné à</translation>
    </message>
    <message>
        <location filename="../client/core/searchresultsmodel.cpp" line="+2"/>
        <location filename="../client/core/ticketlistmodel.cpp" line="+4"/>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../client/core/ticketlistmodel.cpp" line="+2"/>
        <source>Updated</source>
        <translation>Mis à jour</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::TicketPane</name>
    <message>
        <location filename="../client/ui/ticketpane.cpp" line="+261"/>
        <source>This ticket is no longer available to you.</source>
        <translation>Ce ticket ne vous est plus accessible.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Select a ticket to read the conversation and reply.</source>
        <translation>Sélectionnez un ticket pour lire la conversation et répondre.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Properties</source>
        <translation>Propriétés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Log a call…</source>
        <translation>Saisir un &amp;appel…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log a phone call about this ticket (Ctrl+Shift+L)</source>
        <translation>Saisir un appel téléphonique sur ce ticket (Ctrl+Maj+L)</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>#%1</source>
        <translation>#%1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>from %1</source>
        <translation>demandeur&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>by phone</source>
        <translation>par téléphone</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>by e-mail</source>
        <translation>par e-mail</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>monitoring alert</source>
        <translation>alerte de supervision</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>opened %1</source>
        <translation>ouvert le %1</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::TicketTableView</name>
    <message>
        <location filename="../client/ui/tickettableview.cpp" line="+166"/>
        <source>&amp;Columns</source>
        <translation>&amp;Colonnes</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ticket number</source>
        <translation>Numéro du ticket</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Reset column widths</source>
        <translation>&amp;Réinitialiser la largeur des colonnes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Group by</source>
        <translation>&amp;Grouper par</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;No grouping</source>
        <translation>&amp;Aucun regroupement</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::TimeSpentField</name>
    <message>
        <location filename="../client/ui/timespentfield.cpp" line="+46"/>
        <source>&amp;Time spent:</source>
        <translation>&amp;Temps passé :</translation>
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
        <translation>Nouveau contact</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New user</source>
        <translation>Nouvel utilisateur</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Edit %1</source>
        <translation>Modifier %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Login:</source>
        <translation>&amp;Identifiant :</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Role:</source>
        <translation>&amp;Rôle :</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Contact role:</source>
        <translation>Rôle du &amp;contact :</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-mail :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Phone:</source>
        <translation>&amp;Téléphone :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. hr or pt_BR; empty: not set</source>
        <translation>p. ex. hr ou pt_BR ; vide : non défini</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>L&amp;anguage:</source>
        <translation>L&amp;angue :</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Password:</source>
        <translation>Mot de &amp;passe :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;peat password:</source>
        <translation>Ré&amp;péter le mot de passe :</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>The two passwords differ.</source>
        <translation>Les deux mots de passe diffèrent.</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::UsersDialog</name>
    <message>
        <location filename="../client/ui/usersdialog.cpp" line="+36"/>
        <source>Users and contacts</source>
        <translation>Utilisateurs et contacts</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Contacts of your organisation</source>
        <translation>Contacts de votre organisation</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Staff</source>
        <translation>Personnel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Show:</source>
        <translation>&amp;Afficher :</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Filter by name, login, e-mail or phone</source>
        <translation>Filtrer par nom, identifiant, e-mail ou téléphone</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Login</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>&amp;New…</source>
        <translation>&amp;Nouveau…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+146"/>
        <source>&amp;Disable…</source>
        <translation>&amp;Désactiver…</translation>
    </message>
    <message>
        <location line="-140"/>
        <source>&amp;Reset password…</source>
        <translation>&amp;Réinitialiser le mot de passe…</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Contacts of %1</source>
        <translation>Contacts de %1</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Enabled</source>
        <translation>Activé</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Disabled</source>
        <translation>Désactivé</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>&amp;Enable</source>
        <translation>&amp;Activer</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Disable %1</source>
        <translation>Désactiver %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disable %1? They are logged out at once on every computer and cannot log in until enabled again.</source>
        <translation>Désactiver %1 ? La personne est aussitôt déconnectée sur tous les ordinateurs et ne peut plus se connecter avant d&apos;être réactivée.</translation>
    </message>
</context>
<context>
    <name>helpdesk::client::WeeklyHoursEditor</name>
    <message>
        <location filename="../client/ui/slaeditors.cpp" line="-92"/>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Until</source>
        <translation>À</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An end at or before the start runs into the next day; 00:00 to 00:00 is the whole day.</source>
        <translation>Une fin antérieure ou égale au début se poursuit le lendemain ; de 00:00 à 00:00, c’est toute la journée.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add hours</source>
        <translation>Ajouter des heures</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove hours</source>
        <translation>Supprimer des heures</translation>
    </message>
</context>
</TS>
