<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl_PL">
<context>
    <name>Arguments</name>
    <message>
        <location filename="../../src/cli/Arguments.cpp" line="+15"/>
        <source>%1 needs a value.</source>
        <translation>%1 wymaga wartości.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>%1 ID is required.</source>
        <translation>Podaj %1 ID.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 takes a positive whole number, not &apos;%2&apos;.</source>
        <translation>%1 przyjmuje dodatnią liczbę całkowitą, a nie „%2”.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 takes a date as YYYY-MM-DD, not &apos;%2&apos;.</source>
        <translation>%1 przyjmuje datę w postaci RRRR-MM-DD, a nie „%2”.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&apos;%1&apos; is not understood by &apos;%2&apos;.</source>
        <translation>Polecenie „%2” nie rozumie „%1”.</translation>
    </message>
</context>
<context>
    <name>AssignDialog</name>
    <message>
        <location filename="../../ui/AssignDialog.ui" line="+8"/>
        <source>Assign worker</source>
        <translation>Przydziel pracownika</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Worker:</source>
        <translation>&amp;Pracownik:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Worker</source>
        <translation>Pracownik</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Family ID:</source>
        <translation>ID &amp;rodziny:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Case ID</source>
        <translation>ID sprawy</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Case</source>
        <translation>Sprawa</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>F&amp;rom:</source>
        <translation>&amp;Od:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Assigned from date</source>
        <translation>Data początku przydziału</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Caseload check</source>
        <translation>Sprawdzenie limitu spraw</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Override &amp;reason:</source>
        <translation>&amp;Uzasadnienie przekroczenia:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Why this worker must take the case beyond the limit</source>
        <translation>Dlaczego ten pracownik musi przyjąć sprawę ponad limit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Override reason</source>
        <translation>Uzasadnienie przekroczenia limitu</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Error</source>
        <translation>Błąd</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Dialog buttons</source>
        <translation>Przyciski okna</translation>
    </message>
</context>
<context>
    <name>CaseloadEngine</name>
    <message>
        <location filename="../../src/domain/CaseloadEngine.cpp" line="+154"/>
        <source>%1 would have %2 with this one on %3, above the limit of %4 for the role.</source>
        <translation>Z tą sprawą %1 będzie mieć w dniu %3: %2, powyżej limitu %4 dla tej roli.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 will have %2 of the limit of %3.</source>
        <translation>%1 będzie mieć %2 przy limicie %3.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 will have %2; no limit is in force for the role.</source>
        <translation>%1 będzie mieć %2; dla tej roli nie obowiązuje żaden limit.</translation>
    </message>
    <message numerus="yes">
        <location line="+27"/>
        <source>%n foster family(ies)</source>
        <translation>
            <numerusform>%n rodzina zastępcza</numerusform>
            <numerusform>%n rodziny zastępcze</numerusform>
            <numerusform>%n rodzin zastępczych</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n family(ies)</source>
        <translation>
            <numerusform>%n rodzina</numerusform>
            <numerusform>%n rodziny</numerusform>
            <numerusform>%n rodzin</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CaseloadService</name>
    <message>
        <location filename="../../src/app/CaseloadService.cpp" line="+45"/>
        <source>family %1</source>
        <translation>rodzina %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>foster family %1</source>
        <translation>rodzina zastępcza %1</translation>
    </message>
    <message>
        <location line="+35"/>
        <location line="+108"/>
        <source>There is no worker with id %1.</source>
        <translation>Nie ma pracownika o identyfikatorze %1.</translation>
    </message>
    <message>
        <location line="-103"/>
        <location line="+106"/>
        <source>Worker %1 is a %2 and carries no cases.</source>
        <translation>Pracownik %1 (%2) nie prowadzi spraw.</translation>
    </message>
    <message>
        <location line="-104"/>
        <source>Worker %1 is not employed on %2.</source>
        <translation>Pracownik %1 nie jest zatrudniony w dniu %2.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>There is no %1 (worker %2 is a %3, who works with %4).</source>
        <translation>Nie ma takiej sprawy: %1 (pracownik %2 to %3, który pracuje z: %4).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>families</source>
        <translation>rodzinami</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>foster families</source>
        <translation>rodzinami zastępczymi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The %1 is closed since %2; a closed case takes no new worker.</source>
        <translation>Sprawa (%1) jest zamknięta od %2; do zamkniętej sprawy nie przydziela się pracownika.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The %1 opens on %2; assign it from that day.</source>
        <translation>Sprawa (%1) zaczyna się %2; przydziel ją od tego dnia.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Worker %1 already works with the %2 on or after %3.</source>
        <translation>Pracownik %1 już pracuje ze sprawą (%2) w dniu %3 lub później.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>A manager can allow it by giving an override reason.</source>
        <translation>Kierownik może na to zezwolić, podając uzasadnienie przekroczenia limitu.</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Worker %1 starts with the %2 on %3; an assignment must last at least one day.</source>
        <translation>Pracownik %1 zaczyna pracę ze sprawą (%2) w dniu %3; przydział musi trwać co najmniej jeden dzień.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Worker %1 does not work with the %2 on %3.</source>
        <translation>Pracownik %1 nie pracuje ze sprawą (%2) w dniu %3.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The assignment already ends on %1.</source>
        <translation>Przydział kończy się już %1.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Only social_worker, family_assistant and foster_care_coordinator have caseload limits.</source>
        <translation>Limity spraw mają tylko role social_worker, family_assistant i foster_care_coordinator.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The limit must be zero or more.</source>
        <translation>Limit musi wynosić zero lub więcej.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The rule needs the date it takes effect.</source>
        <translation>Reguła wymaga daty, od której obowiązuje.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>A rule for %1 from %2 already exists.</source>
        <translation>Reguła dla %1 od %2 już istnieje.</translation>
    </message>
</context>
<context>
    <name>CaseloadTab</name>
    <message>
        <location filename="../../ui/CaseloadTab.ui" line="+13"/>
        <source>&amp;As of:</source>
        <translation>&amp;Na dzień:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Caseload as of date</source>
        <translation>Obciążenie sprawami na dzień</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Role:</source>
        <translation>&amp;Rola:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Show workers of role</source>
        <translation>Pokaż pracowników o roli</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Caseload per worker</source>
        <translation>Obciążenie sprawami według pracowników</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Summary by role</source>
        <translation>Podsumowanie według ról</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Caseload summary by role</source>
        <translation>Podsumowanie obciążenia według ról</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <location filename="../../src/cli/CaseloadCommands.cpp" line="+20"/>
        <source>--format takes text, csv or json, not &apos;%1&apos;.</source>
        <translation>--format przyjmuje text, csv lub json, a nie „%1”.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>--override needs a reason in words.</source>
        <translation>--override wymaga uzasadnienia słowami.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Assigned case %1 to worker %2 from %3 (assignment %4).</source>
        <translation>Przydzielono sprawę %1 pracownikowi %2 od %3 (przydział %4).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 now has %2 cases; limit %3; status %4.</source>
        <translation>%1: spraw teraz %2; limit %3; status %4.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Worker %1 no longer works with case %2 from %3.</source>
        <translation>Pracownik %1 nie prowadzi już sprawy %2 od %3.</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+96"/>
        <source>--role takes social_worker, family_assistant or foster_care_coordinator, not &apos;%1&apos;.</source>
        <translation>--role przyjmuje social_worker, family_assistant lub foster_care_coordinator, a nie „%1”.</translation>
    </message>
    <message>
        <location line="-67"/>
        <source>Caseload as of %1</source>
        <translation>Obciążenie sprawami na dzień %1</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>--role ROLE is required.</source>
        <translation>Podaj --role ROLA.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--limit N is required.</source>
        <translation>Podaj --limit N.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--limit takes a whole number of cases, not &apos;%1&apos;.</source>
        <translation>--limit przyjmuje całkowitą liczbę spraw, a nie „%1”.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--from YYYY-MM-DD is required.</source>
        <translation>Podaj --from RRRR-MM-DD.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Rule added: %1 limit %2%3 from %4.</source>
        <translation>Dodano regułę: %1, limit %2%3 od %4.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> (prorated by FTE)</source>
        <translation> (proporcjonalnie do etatu)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&apos;rules %1&apos; is not a command; use &apos;rules list&apos; or &apos;rules add&apos;.</source>
        <translation>„rules %1” nie jest poleceniem; użyj „rules list” lub „rules add”.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use &apos;rules list&apos; or &apos;rules add&apos;.</source>
        <translation>Użyj „rules list” lub „rules add”.</translation>
    </message>
    <message>
        <location filename="../../src/cli/Cli.cpp" line="+54"/>
        <source>See &apos;opieka-cli --help&apos; for the use of &apos;%1&apos;.</source>
        <translation>Zobacz „opieka-cli --help”, aby poznać użycie „%1”.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Usage: opieka-cli [--db PATH] [--user LOGIN] COMMAND ...
  (PATH also from OPIEKA_DB, LOGIN from OPIEKA_USER)

  init [--admin LOGIN]                    create or upgrade the database
  demo [--scale small|county] [--seed N]  fill an empty database with generated data
  import workers|families|foster-families|assignments FILE.csv [--strict]
  export workers|families|foster-families|assignments [--out FILE]
  assign --worker ID --case ID [--from YYYY-MM-DD] [--override &quot;reason&quot;]
  release --worker ID --case ID [--on YYYY-MM-DD]
  caseload [--as-of YYYY-MM-DD] [--summary] [--format text|csv|json] [--role ROLE]
  rules list [--format text|csv|json]
  rules add --role ROLE --limit N --from YYYY-MM-DD [--prorate]

Exit codes: 0 done, 1 refused by a rule, 2 bad input or usage, 3 storage failure.
</source>
        <translation>Użycie: opieka-cli [--db ŚCIEŻKA] [--user LOGIN] POLECENIE ...
  (ŚCIEŻKA także z OPIEKA_DB, LOGIN z OPIEKA_USER)

  init [--admin LOGIN]                    utwórz lub zaktualizuj bazę danych
  demo [--scale small|county] [--seed N]  wypełnij pustą bazę wygenerowanymi danymi
  import workers|families|foster-families|assignments PLIK.csv [--strict]
  export workers|families|foster-families|assignments [--out PLIK]
  assign --worker ID --case ID [--from RRRR-MM-DD] [--override &quot;uzasadnienie&quot;]
  release --worker ID --case ID [--on RRRR-MM-DD]
  caseload [--as-of RRRR-MM-DD] [--summary] [--format text|csv|json] [--role ROLA]
  rules list [--format text|csv|json]
  rules add --role ROLA --limit N --from RRRR-MM-DD [--prorate]

Kody wyjścia: 0 wykonano, 1 odmowa zgodnie z regułą, 2 błędne dane lub użycie, 3 błąd zapisu/odczytu bazy.
</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>No command given.</source>
        <translation>Nie podano polecenia.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Unknown command &apos;%1&apos;.</source>
        <translation>Nieznane polecenie „%1”.</translation>
    </message>
    <message>
        <location filename="../../src/cli/DataCommands.cpp" line="+29"/>
        <source>Database %1 is ready (schema %2). Administrator: %3</source>
        <translation>Baza danych %1 jest gotowa (schemat %2). Administrator: %3</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>--scale takes small or county, not &apos;%1&apos;.</source>
        <translation>--scale przyjmuje small lub county, a nie „%1”.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--seed takes a whole number, not &apos;%1&apos;.</source>
        <translation>--seed przyjmuje liczbę całkowitą, a nie „%1”.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Generated %1 workers, %2 families, %3 foster families and %4 assignments (synthetic people only).</source>
        <translation>Wygenerowano pracowników: %1, rodzin: %2, rodzin zastępczych: %3, przydziałów: %4 (wyłącznie fikcyjne osoby).</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Say what to %1: %2.</source>
        <translation>Podaj, co ma objąć %1: %2.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&apos;%1&apos; is not one of: %2.</source>
        <translation>„%1” nie jest jednym z: %2.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Give the CSV file to import.</source>
        <translation>Podaj plik CSV do importu.</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>Imported %n row(s) of %1 from %2.</source>
        <translation>
            <numerusform>Zaimportowano %n wiersz (%1) z %2.</numerusform>
            <numerusform>Zaimportowano %n wiersze (%1) z %2.</numerusform>
            <numerusform>Zaimportowano %n wierszy (%1) z %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n worker(s) over their limits on %1.</source>
        <translation>
            <numerusform>%n pracownik ponad limitem w dniu %1.</numerusform>
            <numerusform>%n pracowników ponad limitem w dniu %1.</numerusform>
            <numerusform>%n pracowników ponad limitem w dniu %1.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Cannot write to the standard output.</source>
        <translation>Nie można pisać na standardowe wyjście.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+6"/>
        <source>Cannot write %1: %2</source>
        <translation>Nie można zapisać %1: %2</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Exported %n row(s) of %1 to %2.</source>
        <translation>
            <numerusform>Wyeksportowano %n wiersz (%1) do %2.</numerusform>
            <numerusform>Wyeksportowano %n wiersze (%1) do %2.</numerusform>
            <numerusform>Wyeksportowano %n wierszy (%1) do %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Csv</name>
    <message>
        <location filename="../../src/app/Csv.cpp" line="+27"/>
        <source>%1:%2: the file is not UTF-8 text; save it as CSV UTF-8.</source>
        <translation>%1:%2: plik nie jest tekstem UTF-8; zapisz go jako CSV UTF-8.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>%1:%2: a quote inside a field that does not start with one; put the whole field in quotes and double the inner quotes.</source>
        <translation>%1:%2: cudzysłów wewnątrz pola, które nie zaczyna się cudzysłowem; ujmij całe pole w cudzysłów, a wewnętrzne cudzysłowy podwój.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1:%2: text after the closing quote of a field.</source>
        <translation>%1:%2: tekst po zamykającym cudzysłowie pola.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1:%2: a quoted field is not closed before the end of the file.</source>
        <translation>%1:%2: pole w cudzysłowie nie zostało zamknięte przed końcem pliku.</translation>
    </message>
</context>
<context>
    <name>CsvRow</name>
    <message>
        <location filename="../../src/app/CsvRow.cpp" line="+28"/>
        <source>%1 is empty</source>
        <translation>%1 jest puste</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 must be a positive whole number, not &apos;%2&apos;</source>
        <translation>%1 musi być dodatnią liczbą całkowitą, a nie „%2”</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 &apos;%2&apos; is not a date in the form YYYY-MM-DD</source>
        <translation>%1 „%2” nie jest datą w postaci RRRR-MM-DD</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 must be more than 0 and at most 1 (a full-time post), not &apos;%2&apos;</source>
        <translation>%1 musi być większe od 0 i nie większe niż 1 (pełny etat), a nie „%2”</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <location filename="../../src/storage/AssignmentRepository.cpp" line="+57"/>
        <source>The assignment was not saved.</source>
        <translation>Przydział nie został zapisany.</translation>
    </message>
    <message>
        <location filename="../../src/storage/Database.cpp" line="+37"/>
        <source>PostgreSQL databases are not supported by this version yet: %1</source>
        <translation>Ta wersja nie obsługuje jeszcze baz PostgreSQL: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>There is no database at %1. Create it first with: opieka-cli --db %1 init</source>
        <translation>Nie ma bazy danych %1. Utwórz ją najpierw poleceniem: opieka-cli --db %1 init</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is not a file; give the path of a database file.</source>
        <translation>%1 nie jest plikiem; podaj ścieżkę pliku bazy danych.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cannot open the database %1: %2</source>
        <translation>Nie można otworzyć bazy danych %1: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 is not a usable Opieka database: %2</source>
        <translation>%1 nie jest używalną bazą danych Opieki: %2</translation>
    </message>
    <message>
        <location filename="../../src/storage/RuleRepository.cpp" line="+36"/>
        <source>The rule was not saved.</source>
        <translation>Reguła nie została zapisana.</translation>
    </message>
    <message>
        <location filename="../../src/storage/SqlHelpers.cpp" line="+17"/>
        <location line="+11"/>
        <source>Database error: %1</source>
        <translation>Błąd bazy danych: %1</translation>
    </message>
    <message>
        <location filename="../../src/storage/UserRepository.cpp" line="+57"/>
        <source>The account was not saved.</source>
        <translation>Konto nie zostało zapisane.</translation>
    </message>
</context>
<context>
    <name>DemoService</name>
    <message>
        <location filename="../../src/app/DemoService.cpp" line="+30"/>
        <source>The database already holds data; demo data goes only into an empty database. Give another file with --db.</source>
        <translation>Baza danych zawiera już dane; dane demonstracyjne trafiają tylko do pustej bazy. Podaj inny plik opcją --db.</translation>
    </message>
</context>
<context>
    <name>FamiliesTab</name>
    <message>
        <location filename="../../ui/FamiliesTab.ui" line="+13"/>
        <source>&amp;Search:</source>
        <translation>&amp;Szukaj:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Name, case number or municipality</source>
        <translation>Nazwisko, sygnatura lub gmina</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search families</source>
        <translation>Szukaj rodzin</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Show &amp;closed cases</source>
        <translation>Pokaż &amp;zamknięte sprawy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show closed cases</source>
        <translation>Pokaż zamknięte sprawy</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Assign worker…</source>
        <translation>&amp;Przydziel pracownika…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assign worker to the selected family</source>
        <translation>Przydziel pracownika do wybranej rodziny</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Families</source>
        <translation>Rodziny</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Number of families</source>
        <translation>Liczba rodzin</translation>
    </message>
</context>
<context>
    <name>ImportService</name>
    <message>
        <location filename="../../src/app/ImportService.cpp" line="+47"/>
        <source>id %1 appears twice in the file (first on line %2)</source>
        <translation>id %1 występuje w pliku dwa razy (pierwszy raz w wierszu %2)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>id %1 already exists in the database</source>
        <translation>id %1 już istnieje w bazie danych</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 &apos;%2&apos; is not one of: %3</source>
        <translation>%1 „%2” nie jest jednym z: %3</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>closed_on %1 is not after opened_on %2</source>
        <translation>closed_on %1 nie jest późniejsze niż opened_on %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>role &apos;%1&apos; is not one of: %2</source>
        <translation>rola „%1” nie jest jedną z: %2</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>to %1 is not after from %2</source>
        <translation>to %1 nie jest późniejsze niż from %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>worker_id %1 is not a known worker</source>
        <translation>worker_id %1 nie jest znanym pracownikiem</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>worker %1 is a %2, who carries no cases</source>
        <translation>pracownik %1 ma rolę %2, która nie prowadzi spraw</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>worker %1 is a %2, who works with case_kind %3, not %4</source>
        <translation>pracownik %1 ma rolę %2, która pracuje ze sprawami case_kind %3, a nie %4</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>case_id %1 is not a known %2</source>
        <translation>case_id %1 nie jest znaną sprawą %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>worker %1 already has %2 %3 for part of this period in the file</source>
        <translation>pracownik %1 ma już sprawę %2 %3 przez część tego okresu w pliku</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>worker %1 already has %2 %3 for part of this period in the database</source>
        <translation>pracownik %1 ma już sprawę %2 %3 przez część tego okresu w bazie danych</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>%1:%2: unknown column &apos;%3&apos;; the columns of %4 are: %5</source>
        <translation>%1:%2: nieznana kolumna „%3”; kolumny zbioru %4 to: %5</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1:%2: column &apos;%3&apos; appears twice</source>
        <translation>%1:%2: kolumna „%3” występuje dwa razy</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1:%2: missing column &apos;%3&apos;</source>
        <translation>%1:%2: brak kolumny „%3”</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Cannot read %1: %2</source>
        <translation>Nie można odczytać %1: %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1:1: the file is empty; it needs a header row: %2</source>
        <translation>%1:1: plik jest pusty; potrzebny jest wiersz nagłówka: %2</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>expected %1 fields as in the header, found %2</source>
        <translation>oczekiwano %1 pól jak w nagłówku, znaleziono %2</translation>
    </message>
    <message numerus="yes">
        <location line="+27"/>
        <source>Nothing was imported: %n row(s) need correcting.</source>
        <translation>
            <numerusform>Nic nie zaimportowano: %n wiersz wymaga poprawienia.</numerusform>
            <numerusform>Nic nie zaimportowano: %n wiersze wymagają poprawienia.</numerusform>
            <numerusform>Nic nie zaimportowano: %n wierszy wymaga poprawienia.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>%n worker(s) would be over their limits on %1; with --strict nothing was imported.</source>
        <translation>
            <numerusform>%n pracownik byłby ponad limitem w dniu %1; z --strict nic nie zaimportowano.</numerusform>
            <numerusform>%n pracowników byłoby ponad limitem w dniu %1; z --strict nic nie zaimportowano.</numerusform>
            <numerusform>%n pracowników byłoby ponad limitem w dniu %1; z --strict nic nie zaimportowano.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../src/ui/Labels.cpp" line="+11"/>
        <source>Social worker</source>
        <translation>Pracownik socjalny</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Family assistant</source>
        <translation>Asystent rodziny</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Foster-care coordinator</source>
        <translation>Koordynator pieczy zastępczej</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Manager</source>
        <translation>Kierownik</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Coping</source>
        <translation>Wydolna</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Struggling</source>
        <translation>Niewydolna</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>At risk</source>
        <translation>Zagrożona</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No limit</source>
        <translation>Bez limitu</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Below limit</source>
        <translation>Poniżej limitu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Near limit</source>
        <translation>Blisko limitu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>At limit</source>
        <translation>Limit osiągnięty</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Over limit</source>
        <translation>Ponad limit</translation>
    </message>
</context>
<context>
    <name>Permissions</name>
    <message>
        <location filename="../../src/app/Permissions.cpp" line="+15"/>
        <source>Only a manager can allow an assignment beyond the limit; the account &apos;%1&apos; is a %2.</source>
        <translation>Tylko kierownik może zezwolić na przydział ponad limit; konto „%1” to %2.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Only a manager or an administrator can change the caseload rules; the account &apos;%1&apos; is a %2.</source>
        <translation>Tylko kierownik lub administrator może zmieniać reguły limitów; konto „%1” to %2.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The account &apos;%1&apos; is disabled.</source>
        <translation>Konto „%1” jest wyłączone.</translation>
    </message>
</context>
<context>
    <name>Role</name>
    <message>
        <location filename="../../src/domain/Role.cpp" line="+27"/>
        <source>social worker</source>
        <translation>pracownik socjalny</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>family assistant</source>
        <translation>asystent rodziny</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>foster-care coordinator</source>
        <translation>koordynator rodzinnej pieczy zastępczej</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>manager</source>
        <translation>kierownik</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>administrator</source>
        <translation>administrator</translation>
    </message>
</context>
<context>
    <name>SchemaMigrator</name>
    <message>
        <location filename="../../src/storage/SchemaMigrator.cpp" line="+42"/>
        <source>%1 holds tables of another program; it is not an Opieka database. Choose another file.</source>
        <translation>%1 zawiera tabele innego programu; to nie jest baza danych Opieki. Wybierz inny plik.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The database %1 was written by a newer version of Opieka (schema %2; this program knows up to %3). Install the newer version to open it; nothing was changed.</source>
        <translation>Baza danych %1 została zapisana przez nowszą wersję Opieki (schemat %2; ten program zna schematy do %3). Zainstaluj nowszą wersję, aby ją otworzyć; niczego nie zmieniono.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Migration %1 is missing from this build.</source>
        <translation>W tej kompilacji brakuje migracji %1.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Upgrading the database to schema %1 failed: %2</source>
        <translation>Aktualizacja bazy danych do schematu %1 nie powiodła się: %2</translation>
    </message>
</context>
<context>
    <name>ScreenshotMaker</name>
    <message>
        <location filename="../../src/ui/ScreenshotMaker.cpp" line="+58"/>
        <source>No database is open.</source>
        <translation>Żadna baza danych nie jest otwarta.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot create the folder %1.</source>
        <translation>Nie można utworzyć folderu %1.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The database has no family assistant at the limit to show a refusal.</source>
        <translation>W bazie danych nie ma asystenta rodziny z osiągniętym limitem, aby pokazać odmowę.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Cannot write %1.</source>
        <translation>Nie można zapisać %1.</translation>
    </message>
</context>
<context>
    <name>SqlTransaction</name>
    <message>
        <location filename="../../src/storage/SqlTransaction.cpp" line="+18"/>
        <source>The database is busy or read-only: %1</source>
        <translation>Baza danych jest zajęta lub tylko do odczytu: %1</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>The changes were not saved because a part of them failed.</source>
        <translation>Zmiany nie zostały zapisane, ponieważ część z nich się nie powiodła.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Could not save the changes: %1</source>
        <translation>Nie udało się zapisać zmian: %1</translation>
    </message>
</context>
<context>
    <name>StartupOptions</name>
    <message>
        <location filename="../../src/ui/StartupOptions.cpp" line="+13"/>
        <source>Opieka: case management for family-support centres.</source>
        <translation>Opieka: prowadzenie spraw w ośrodkach wspierania rodziny.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The case database to open (default: $OPIEKA_DB, else %1).</source>
        <translation>Baza danych spraw do otwarcia (domyślnie: $OPIEKA_DB, a w jej braku %1).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PATH</source>
        <translation>ŚCIEŻKA</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save screenshots of the main screens to DIR and quit.</source>
        <translation>Zapisz zrzuty głównych ekranów w KATALOGU i zakończ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DIR</source>
        <translation>KATALOG</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <location filename="../../src/app/Workspace.cpp" line="+36"/>
        <source>The administrator&apos;s login must not be empty.</source>
        <translation>Login administratora nie może być pusty.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>The database has no accounts yet. Run: opieka-cli init --admin LOGIN</source>
        <translation>Baza danych nie ma jeszcze kont. Uruchom: opieka-cli init --admin LOGIN</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>There is no account &apos;%1&apos; in this database.</source>
        <translation>W tej bazie danych nie ma konta „%1”.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The account &apos;%1&apos; is disabled.</source>
        <translation>Konto „%1” jest wyłączone.</translation>
    </message>
</context>
<context>
    <name>opieka::ui::AssignDialog</name>
    <message>
        <location filename="../../src/ui/AssignDialog.cpp" line="+27"/>
        <source>Assign worker</source>
        <translation>Przydziel pracownika</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Assign</source>
        <translation>&amp;Przydziel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Assign</source>
        <translation>Przydziel</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(enter an ID)</source>
        <translation>(wpisz ID)</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>%1 of %2</source>
        <translation>%1 z %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, no limit</source>
        <translation>%1, bez limitu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 — %2 — %3</source>
        <translation>%1 — %2 — %3</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>There are no workers who carry cases in this database. Import workers first.</source>
        <translation>W tej bazie danych nie ma pracowników prowadzących sprawy. Najpierw zaimportuj pracowników.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose a worker.</source>
        <translation>Wybierz pracownika.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Enter the ID of the case.</source>
        <translation>Wpisz ID sprawy.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Allowed: %1</source>
        <translation>Dozwolone: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Over the limit: %1 An override reason is needed to assign anyway.</source>
        <translation>Ponad limit: %1 Aby mimo to przydzielić sprawę, potrzebne jest uzasadnienie.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Foster family ID:</source>
        <translation>ID rodziny &amp;zastępczej:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Family ID:</source>
        <translation>ID &amp;rodziny:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Foster family ID</source>
        <translation>ID rodziny zastępczej</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Family ID</source>
        <translation>ID rodziny</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1, %2 (%3)</source>
        <translation>%1, %2 (%3)</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Not saved: %1</source>
        <translation>Nie zapisano: %1</translation>
    </message>
</context>
<context>
    <name>opieka::ui::CaseloadModel</name>
    <message>
        <location filename="../../src/ui/CaseloadModel.cpp" line="+73"/>
        <source>none</source>
        <translation>brak</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Worker</source>
        <translation>Pracownik</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Role</source>
        <translation>Rola</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>FTE</source>
        <translation>Etat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cases</source>
        <translation>Sprawy</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Limit</source>
        <translation>Limit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Utilisation</source>
        <translation>Wykorzystanie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Stan</translation>
    </message>
</context>
<context>
    <name>opieka::ui::CaseloadTab</name>
    <message>
        <location filename="../../src/ui/CaseloadTab.cpp" line="+43"/>
        <source>All roles</source>
        <translation>Wszystkie role</translation>
    </message>
</context>
<context>
    <name>opieka::ui::FamiliesModel</name>
    <message>
        <location filename="../../src/ui/FamiliesModel.cpp" line="+131"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Case number</source>
        <translation>Sygnatura</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name</source>
        <translation>Nazwa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Municipality</source>
        <translation>Gmina</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Category</source>
        <translation>Kategoria</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Opened</source>
        <translation>Otwarta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Closed</source>
        <translation>Zamknięta</translation>
    </message>
</context>
<context>
    <name>opieka::ui::FamiliesTab</name>
    <message numerus="yes">
        <location filename="../../src/ui/FamiliesTab.cpp" line="+87"/>
        <source>%n families match; the first %1 are loaded, more load as you scroll.</source>
        <translation>
            <numerusform>Pasuje %n rodzina; wczytano pierwsze %1, kolejne wczytają się przy przewijaniu.</numerusform>
            <numerusform>Pasują %n rodziny; wczytano pierwsze %1, kolejne wczytają się przy przewijaniu.</numerusform>
            <numerusform>Pasuje %n rodzin; wczytano pierwsze %1, kolejne wczytają się przy przewijaniu.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n families match.</source>
        <translation>
            <numerusform>Pasuje %n rodzina.</numerusform>
            <numerusform>Pasują %n rodziny.</numerusform>
            <numerusform>Pasuje %n rodzin.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>opieka::ui::MainWindow</name>
    <message>
        <location filename="../../src/ui/MainWindow.cpp" line="+30"/>
        <location line="+179"/>
        <source>Opieka</source>
        <translation>Opieka</translation>
    </message>
    <message>
        <location line="-174"/>
        <source>No database is open. Use File › New or Open Database… to choose one.</source>
        <translation>Żadna baza danych nie jest otwarta. Wybierz ją poleceniem Plik › Nowa lub otwórz bazę danych…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;File</source>
        <translation>&amp;Plik</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;New or Open Database…</source>
        <translation>&amp;Nowa lub otwórz bazę danych…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Quit</source>
        <translation>&amp;Zakończ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Cases</source>
        <translation>&amp;Sprawy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Assign Worker…</source>
        <translation>&amp;Przydziel pracownika…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Settings</source>
        <translation>&amp;Ustawienia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language</source>
        <translation>&amp;Język</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>System</source>
        <translation>Systemowy</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Language</source>
        <translation>Język</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The new language is used the next time Opieka starts.</source>
        <translation>Nowy język zostanie użyty przy następnym uruchomieniu Opieki.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Help</source>
        <translation>Pomo&amp;c</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About Opieka</source>
        <translation>&amp;O programie Opieka</translation>
    </message>
    <message>
        <location line="+21"/>
        <location line="+8"/>
        <source>Cannot open the database</source>
        <translation>Nie można otworzyć bazy danych</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>&amp;Families</source>
        <translation>&amp;Rodziny</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Case&amp;load</source>
        <translation>&amp;Obciążenie</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot read the families</source>
        <translation>Nie można odczytać rodzin</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cannot read the caseload report</source>
        <translation>Nie można odczytać raportu obciążenia</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No database</source>
        <translation>Brak bazy danych</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open a database first (File › New or Open Database…).</source>
        <translation>Najpierw otwórz bazę danych (Plik › Nowa lub otwórz bazę danych…).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Assignment %1 saved.</source>
        <translation>Zapisano przydział %1.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>New or Open Database</source>
        <translation>Nowa lub otwórz bazę danych</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Opieka databases (*.sqlite);;All files (*)</source>
        <translation>Bazy danych Opieki (*.sqlite);;Wszystkie pliki (*)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>About Opieka</source>
        <translation>O programie Opieka</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;h3&gt;Opieka %1&lt;/h3&gt;&lt;p&gt;Case management for family-support centres: families, workers and their caseload limits.&lt;/p&gt;&lt;p&gt;Qt %2&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Opieka %1&lt;/h3&gt;&lt;p&gt;Prowadzenie spraw w ośrodkach wspierania rodziny: rodziny, pracownicy i limity ich spraw.&lt;/p&gt;&lt;p&gt;Qt %2&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Database: %1</source>
        <translation>Baza danych: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No database open</source>
        <translation>Brak otwartej bazy danych</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signed in as: %1</source>
        <translation>Zalogowano jako: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opieka — %1</source>
        <translation>Opieka — %1</translation>
    </message>
</context>
<context>
    <name>opieka::ui::RoleSummaryModel</name>
    <message>
        <location filename="../../src/ui/RoleSummaryModel.cpp" line="+53"/>
        <source>none</source>
        <translation>brak</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Role</source>
        <translation>Rola</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Workers</source>
        <translation>Pracownicy</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cases</source>
        <translation>Sprawy</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cases per worker</source>
        <translation>Sprawy na pracownika</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Limit</source>
        <translation>Limit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Over limit</source>
        <translation>Ponad limit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Extra workers needed</source>
        <translation>Brakujący pracownicy</translation>
    </message>
</context>
</TS>
