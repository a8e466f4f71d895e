// SPDX-License-Identifier: GPL-3.0-or-later
// Croatian phrase pool of the data generator.
#include "phrases.h"

#include <iterator>

namespace helpdesk::bench {

namespace {

const char* const kSupportSubjects[] = {
    "Stranica {domain} vraća grešku {code}",
    "Ne stižu mailovi na info@{domain}",
    "Istekao SSL certifikat na {domain}",
    "Kontrolna ploča radi sporo",
    "Molim SSH pristup za novog programera",
    "Backup nije napravljen za {domain}",
    "DNS zapisi za {domain} se ne osvježavaju",
    "Prekoračena kvota diska na {host}",
    "Cron poslovi ne rade od {date}",
    "Visoko opterećenje procesora na VPS-u {host}",
    "Greška pri spajanju na bazu podataka",
    "Beskonačno preusmjeravanje nakon uključivanja HTTPS-a",
    "Molim prebacivanje stranice na novi poslužitelj",
    "Mailovi prema Gmailu završavaju u spamu",
    "Stranica se od jučer jako sporo učitava",
    "Vraćanje datoteka iz sigurnosne kopije",
    "Uvoz MySQL baze javlja grešku {n}",
    "Ispad: ne rade sve stranice na {host}",
};

const char* const kBillingSubjects[] = {
    "Račun {invoice} naplaćen dvaput",
    "Molim povrat novca za račun {invoice}",
    "Promjena paketa hostinga na Business",
    "Promjena adrese za račune",
    "Produljenje domene {domain}",
    "Plaćanje karticom odbijeno",
};

const char* const kAbuseSubjects[] = {
    "S našeg sandučića šalje se spam",
    "IP adresa {ip} na crnoj listi",
    "Stranica hakirana, preglednik prikazuje upozorenje",
    "Prijava phishing stranice na {domain}",
    "Pokušaji pogađanja lozinki na {host}",
};

const char* const kProblems[] = {
    "U kontrolnoj ploči vidim da zadnja tri dana nije napravljena sigurnosna kopija stranice.",
    "Možete li provjeriti?",
    "Od jutros svaka stranica na {domain} vraća grešku {code}.",
    "Ništa nismo mijenjali s naše strane.",
    "Kontrolna ploča se otvara oko {n} sekundi.",
    "Preglednici javljaju da je certifikat za {domain} istekao.",
    "Molim provjerite zapise na {host}.",
    "U zapisima aplikacije ima puno isteka vremena (broj prijave {ref}).",
    "Baza je narasla na oko {n} GB i upiti su sve sporiji.",
    "Kupci ne mogu naručiti, gubimo novac.",
    "Naš programer treba SSH pristup za objavu nove verzije.",
    "Željeli bismo prijeći na paket Business od idućeg mjeseca.",
    "Preko HTTP-a stranica radi, a preko HTTPS-a se beskonačno preusmjerava.",
    "Dobivamo povratne poruke za mailove koje nismo slali.",
    "Poruka o grešci: veza odbijena s adrese {ip}.",
    "Hitno je, sutra krećemo s kampanjom.",
    "Problem imaju samo neki posjetitelji, uglavnom s mobilne mreže.",
    "Kartica je dvaput terećena za račun {invoice}.",
    "Ponovno pokretanje aplikacije nije pomoglo.",
    "DNS zapis smo promijenili prije {n} sati i promjena se još ne vidi.",
};

const char* const kFollowUps[] = {
    "Hvala, sve radi.",
    "Nažalost, problem se vratio od {date}.",
    "Ima li novosti? Još uvijek ne radi.",
    "Provjerila sam narudžbe i administraciju, sve je u redu.",
    "Možete li povećati ograničenje memorije na {n} MB?",
    "Povrat je stigao, hvala.",
    "Na nekim stranicama još je greška {code}.",
    "Programer potvrđuje ispravak, možete zatvoriti prijavu.",
};

const char* const kReplies[] = {
    "Problem je bio u punom disku za sigurnosne kopije. Prostor je oslobođen, a ručni backup je "
    "uspješno završen.",
    "Noćni backup će se ponovno izvoditi normalno.",
    "Promjenu paketa sam pripremila od 1. u mjesecu; razliku ćemo obračunati na sljedećem računu.",
    "Certifikat je obnovljen i automatsko obnavljanje ponovno radi.",
    "Zamolili smo računovodstvo da vrati drugu uplatu, to obično traje tri do pet radnih dana.",
    "Dodali smo SSH ključ za vašeg programera.",
    "Opterećenje na {host} uzrokovao je zaglavljeni cron posao koji smo zaustavili.",
    "Molim očistite predmemoriju preglednika i pokušajte ponovno.",
    "Stranica je premještena na manje opterećen čvor, selidba je trajala oko {n} minuta.",
    "Preusmjeravanje je uzrokovalo dvostruko pravilo u .htaccess datoteci, uklonila sam ga.",
    "Ograničenje PHP memorije povećano je na {n} MB.",
    "Još istražujemo i javit ćemo vam se danas.",
};

const char* const kNotes[] = {
    "Disk za backup je pun; oslobodila sam prostor i pokrenula ručni backup.",
    "Klijent je na starom cjeniku, provjeriti cijene prije odgovora.",
    "U zapisima {n} poruka preko SMTP-a s jedne IP adrese. Lozinka je procurila.",
    "Disk na {host} pun 97%, očistiti stare zapise.",
    "Proslijeđeno drugoj razini podrške, vidi internu prijavu {ref}.",
};

const char* const kGreetings[] = { "Pozdrav,", "Poštovani,", "Dobar dan,", "Bok," };
const char* const kClosings[]
    = { "Lijep pozdrav,", "Srdačan pozdrav,", "Hvala,", "Unaprijed hvala," };
const char* const kFirstNames[] = {
    "Ivana",
    "Ana",
    "Marko",
    "Petra",
    "Luka",
    "Maja",
    "Ivan",
    "Lucija",
    "Josip",
    "Katarina",
    "Tomislav",
    "Marija",
    "Ante",
    "Nikolina",
    "Filip",
    "Martina",
    "Matej",
    "Sara",
    "Domagoj",
    "Lana",
};
const char* const kLastNames[] = {
    "Horvat",
    "Kovač",
    "Babić",
    "Marić",
    "Jurić",
    "Novak",
    "Kovačević",
    "Knežević",
    "Vuković",
    "Marković",
    "Petrović",
    "Matić",
    "Tomić",
    "Pavlović",
    "Božić",
    "Grgić",
};
const char* const kCompanyPatterns[] = {
    "Jadran Media {last} d.o.o.",
    "{last} Web obrt",
    "Studio {last}",
    "{last} i partneri d.o.o.",
    "Dalmacija Net d.o.o.",
};
const char* const kDomainWords[] = {
    "jadran",
    "dalmacija",
    "istra",
    "zagreb",
    "split",
    "rijeka",
    "kvarner",
    "slavonija",
    "osijek",
    "zadar",
};

} // namespace

PhrasePool croatianPhrases()
{
    PhrasePool pool;
    pool.locale = QStringLiteral("hr_HR");
    pool.supportSubjects = toStringList(kSupportSubjects, std::size(kSupportSubjects));
    pool.billingSubjects = toStringList(kBillingSubjects, std::size(kBillingSubjects));
    pool.abuseSubjects = toStringList(kAbuseSubjects, std::size(kAbuseSubjects));
    pool.problems = toStringList(kProblems, std::size(kProblems));
    pool.followUps = toStringList(kFollowUps, std::size(kFollowUps));
    pool.replies = toStringList(kReplies, std::size(kReplies));
    pool.notes = toStringList(kNotes, std::size(kNotes));
    pool.greetings = toStringList(kGreetings, std::size(kGreetings));
    pool.closings = toStringList(kClosings, std::size(kClosings));
    pool.rareSentence = QStringLiteral("P.S. Ovo se odnosi na naš interni projekt Quokka.");
    pool.firstNames = toStringList(kFirstNames, std::size(kFirstNames));
    pool.lastNames = toStringList(kLastNames, std::size(kLastNames));
    pool.companyPatterns = toStringList(kCompanyPatterns, std::size(kCompanyPatterns));
    pool.domainWords = toStringList(kDomainWords, std::size(kDomainWords));
    return pool;
}

} // namespace helpdesk::bench
