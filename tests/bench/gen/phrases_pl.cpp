// SPDX-License-Identifier: GPL-3.0-or-later
// Polish phrase pool of the data generator.
#include "phrases.h"

#include <iterator>

namespace helpdesk::bench {

namespace {

const char* const kSupportSubjects[] = {
    "Strona {domain} zwraca błąd {code}",
    "Nie dochodzą maile na adres biuro@{domain}",
    "Certyfikat SSL wygasł na {domain}",
    "Wolno działający panel administracyjny",
    "Prośba o dostęp SSH dla nowego programisty",
    "Kopia zapasowa nie wykonała się dla {domain}",
    "Rekordy DNS domeny {domain} się nie aktualizują",
    "Przekroczony limit dysku na {host}",
    "Zadania cron nie działają od {date}",
    "Wysokie obciążenie procesora na VPS {host}",
    "Błąd połączenia z bazą danych",
    "Pętla przekierowań po włączeniu HTTPS",
    "Przeniesienie bazy danych na nowy serwer",
    "Maile do Gmaila trafiają do spamu",
    "Strona działa bardzo wolno od wczoraj",
    "Przywrócenie plików z kopii zapasowej",
    "Import bazy MySQL kończy się błędem {n}",
    "Awaria: nie działają wszystkie strony na {host}",
    "Certyfikat Let's Encrypt nie odnawia się dla {domain}",
};

const char* const kBillingSubjects[] = {
    "Faktura {invoice} opłacona podwójnie",
    "Zmiana pakietu hostingowego na Business",
    "Faktura VAT z błędnym NIP",
    "Prośba o zwrot środków za fakturę {invoice}",
    "Zmiana danych do faktury",
    "Odnowienie domeny {domain}",
    "Płatność kartą odrzucona",
};

const char* const kAbuseSubjects[] = {
    "Z naszej skrzynki wysyłany jest spam",
    "Adres IP {ip} na czarnej liście",
    "Strona zhakowana, przeglądarka pokazuje ostrzeżenie",
    "Zgłoszenie phishingu na {domain}",
    "Próby łamania haseł na {host}",
};

const char* const kProblems[] = {
    "Przeglądarki pokazują ostrzeżenie, że certyfikat dla {domain} wygasł wczoraj.",
    "Automatyczne odnawianie miało działać.",
    "Od rana każda podstrona {domain} zwraca błąd {code}.",
    "Niczego nie zmienialiśmy po naszej stronie.",
    "Chcemy przenieść bazę MySQL (ok. {n} GB) na nowy serwer VPS.",
    "Jak to zrobić z najkrótszą przerwą?",
    "Panel otwiera się około {n} sekund.",
    "Kopia zapasowa nie wykonała się od trzech dni.",
    "Proszę sprawdzić logi na {host}.",
    "W logach aplikacji widzimy dużo przekroczeń czasu (numer zgłoszenia {ref}).",
    "Klienci nie mogą złożyć zamówienia, tracimy pieniądze.",
    "Nasz programista potrzebuje dostępu SSH do wdrożenia nowej wersji.",
    "Na fakturze {invoice} jest błędny NIP, proszę o korektę.",
    "Przez HTTP strona działa, ale przez HTTPS wpada w pętlę przekierowań.",
    "Dostajemy zwroty maili, których nigdy nie wysłaliśmy.",
    "Komunikat błędu: połączenie odrzucone przez {ip}.",
    "To pilne, jutro mamy start kampanii.",
    "Problem dotyczy tylko części odwiedzających, głównie z sieci komórkowych.",
    "Restart aplikacji nie pomógł.",
    "Rekord DNS zmieniliśmy {n} godzin temu i nadal nie widać zmiany.",
};

const char* const kFollowUps[] = {
    "Dziękuję, już działa.",
    "Niestety problem wrócił od {date}.",
    "Czy są jakieś nowe informacje? Nadal mamy problem.",
    "Sprawdziłem zamówienia i panel, wszystko w porządku.",
    "Czy można zwiększyć limit pamięci do {n} MB?",
    "Zwrot dotarł, dziękuję.",
    "Sobota o 22:00 nam pasuje.",
    "Na niektórych stronach nadal jest błąd {code}.",
    "Programista potwierdza poprawkę, można zamknąć zgłoszenie.",
};

const char* const kReplies[] = {
    "Proponuję replikację: uruchomimy replikę na nowym serwerze, a przełączenie zajmie kilka "
    "minut.",
    "Czy pasuje okno serwisowe w sobotę o 22:00?",
    "Wystawiłam fakturę korygującą, jest już dostępna w panelu klienta.",
    "Certyfikat został odnowiony, automatyczne odnawianie znów działa.",
    "Poprosiliśmy księgowość o zwrot drugiej płatności, zwykle trwa to od trzech do pięciu dni "
    "roboczych.",
    "Dysk na kopie zapasowe był pełny. Zwolniłam miejsce i ręczna kopia zakończyła się sukcesem.",
    "Pakiet zostanie zmieniony od pierwszego dnia następnego miesiąca.",
    "Dodaliśmy klucz SSH dla Państwa programisty.",
    "Obciążenie na {host} powodowało zawieszone zadanie cron, które zatrzymaliśmy.",
    "Proszę wyczyścić pamięć podręczną przeglądarki i spróbować ponownie.",
    "Strona została przeniesiona na mniej obciążony węzeł, migracja trwała około {n} minut.",
    "Pętlę przekierowań powodowała zduplikowana reguła w .htaccess, usunęłam ją.",
    "Limit pamięci PHP zwiększony do {n} MB.",
    "Nadal analizujemy problem i odezwiemy się jeszcze dziś.",
};

const char* const kNotes[] = {
    "Klient ma stary MySQL 5.7, sprawdzić zgodność z 8.0 przed replikacją.",
    "Klient na starym cenniku, sprawdzić ceny przed odpowiedzią.",
    "W logach {n} maili przez SMTP z jednego IP. Hasło wyciekło.",
    "Dysk na {host} zajęty w 97%, wyczyścić stare logi.",
    "Przekazane do drugiej linii, zob. wewnętrzne zgłoszenie {ref}.",
    "To samo co w zeszłym miesiącu, pewnie aktualizacja wtyczki.",
};

const char* const kGreetings[] = { "Dzień dobry,", "Witam,", "Szanowni Państwo,", "Cześć," };
const char* const kClosings[] = { "Pozdrawiam,", "Z poważaniem,", "Dziękuję,", "Z góry dziękuję," };
const char* const kFirstNames[] = {
    "Piotr",
    "Marta",
    "Anna",
    "Tomasz",
    "Katarzyna",
    "Paweł",
    "Agnieszka",
    "Michał",
    "Magdalena",
    "Krzysztof",
    "Joanna",
    "Łukasz",
    "Ewa",
    "Marcin",
    "Aleksandra",
    "Jakub",
    "Monika",
    "Grzegorz",
    "Zofia",
    "Wojciech",
};
const char* const kLastNames[] = {
    "Kowalski",
    "Nowak",
    "Wiśniewski",
    "Wójcik",
    "Kowalczyk",
    "Kamiński",
    "Lewandowski",
    "Zieliński",
    "Szymański",
    "Woźniak",
    "Dąbrowski",
    "Kozłowski",
    "Jankowski",
    "Mazur",
    "Krawczyk",
    "Piotrowski",
};
const char* const kCompanyPatterns[] = {
    "{last} Web Sp. z o.o.",
    "Studio {last}",
    "{last} i Wspólnicy s.c.",
    "Sklep {last}",
    "Agencja {last}",
};
const char* const kDomainWords[] = {
    "kowalski-web",
    "sklep",
    "wisla",
    "tatry",
    "mazury",
    "baltyk",
    "krakow",
    "poznan",
    "gdansk",
    "lodz",
};

} // namespace

PhrasePool polishPhrases()
{
    PhrasePool pool;
    pool.locale = QStringLiteral("pl_PL");
    pool.supportSubjects = toStringList(kSupportSubjects, std::size(kSupportSubjects));
    pool.billingSubjects = toStringList(kBillingSubjects, std::size(kBillingSubjects));
    pool.abuseSubjects = toStringList(kAbuseSubjects, std::size(kAbuseSubjects));
    pool.problems = toStringList(kProblems, std::size(kProblems));
    pool.followUps = toStringList(kFollowUps, std::size(kFollowUps));
    pool.replies = toStringList(kReplies, std::size(kReplies));
    pool.notes = toStringList(kNotes, std::size(kNotes));
    pool.greetings = toStringList(kGreetings, std::size(kGreetings));
    pool.closings = toStringList(kClosings, std::size(kClosings));
    pool.rareSentence = QStringLiteral("P.S. Dotyczy to naszego wewnętrznego projektu Quokka.");
    pool.firstNames = toStringList(kFirstNames, std::size(kFirstNames));
    pool.lastNames = toStringList(kLastNames, std::size(kLastNames));
    pool.companyPatterns = toStringList(kCompanyPatterns, std::size(kCompanyPatterns));
    pool.domainWords = toStringList(kDomainWords, std::size(kDomainWords));
    return pool;
}

} // namespace helpdesk::bench
