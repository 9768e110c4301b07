<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl_PL">
<context>
    <name>AccountService</name>
    <message>
        <location filename="../../src/app/trust/AccountService.cpp" line="+34"/>
        <source>There is no account &apos;%1&apos;.</source>
        <translation>Nie ma konta „%1”.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>A password needs at least %1 characters.</source>
        <translation>Hasło musi mieć co najmniej %1 znaków.</translation>
    </message>
    <message>
        <location filename="../../src/app/trust/SignInService.cpp" line="+57"/>
        <source>Wrong login or password.</source>
        <translation>Błędny login lub hasło.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The account &apos;%1&apos; is disabled.</source>
        <translation>Konto „%1” jest wyłączone.</translation>
    </message>
    <message>
        <location filename="../../src/app/trust/AccountService.cpp" line="+63"/>
        <source>%1 is a %2; an account acting as this worker has the same role, not %3. Create an account with the worker&apos;s role instead.</source>
        <translation>%1 ma rolę: %2; konto działające w imieniu tego pracownika ma tę samą rolę, a nie: %3. Utwórz zamiast tego konto z rolą pracownika.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 no longer works at the centre; an account cannot act as them.</source>
        <translation>%1 nie pracuje już w ośrodku; żadne konto nie może działać w jego imieniu.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The account &apos;%1&apos; already acts as %2. Unlink or disable it first: one person, one account.</source>
        <translation>Konto &apos;%1&apos; już działa w imieniu: %2. Najpierw je odłącz albo wyłącz: jedna osoba, jedno konto.</translation>
    </message>
    <message>
        <location line="+132"/>
        <source>&apos;%1&apos; is the centre&apos;s only confirmed manager: a password set by an administrator must be confirmed by another manager, and there is none. Add a second manager account and have &apos;%1&apos; confirm it first (she can also change her own password herself).</source>
        <translation>&apos;%1&apos; jest jedynym potwierdzonym kierownikiem ośrodka: hasło nadane przez administratora musi potwierdzić inny kierownik, a takiego nie ma. Najpierw dodaj drugie konto kierownika i poproś &apos;%1&apos; o jego potwierdzenie (swoje hasło może też zmienić sama).</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>&apos;%1&apos; is the centre&apos;s only confirmed manager: without her nobody could confirm the next manager&apos;s account. Add a second manager account and have &apos;%1&apos; confirm it first.</source>
        <translation>&apos;%1&apos; jest jedynym potwierdzonym kierownikiem ośrodka: bez niej nikt nie mógłby potwierdzić konta kolejnego kierownika. Najpierw dodaj drugie konto kierownika i poproś &apos;%1&apos; o jego potwierdzenie.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The account &apos;%1&apos; does not await a confirmation.</source>
        <translation>Konto &apos;%1&apos; nie czeka na potwierdzenie.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Four eyes: &apos;%1&apos; cannot confirm her own account; another manager confirms it.</source>
        <translation>Zasada czterech oczu: &apos;%1&apos; nie może potwierdzić własnego konta; potwierdza je inny kierownik.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Four eyes: &apos;%1&apos; made this change to &apos;%2&apos; and cannot also confirm it; another manager confirms it.</source>
        <translation>Zasada czterech oczu: &apos;%1&apos; wprowadził(a) tę zmianę konta &apos;%2&apos; i nie może jej też potwierdzić; potwierdza ją inny kierownik.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/app/trust/SignInService.cpp" line="-51"/>
        <source>Too many failed sign-ins for &apos;%1&apos;: try again in %n second(s).</source>
        <translation>
            <numerusform>Zbyt wiele nieudanych logowań na konto „%1”: spróbuj ponownie za %n sekundę.</numerusform>
            <numerusform>Zbyt wiele nieudanych logowań na konto „%1”: spróbuj ponownie za %n sekundy.</numerusform>
            <numerusform>Zbyt wiele nieudanych logowań na konto „%1”: spróbuj ponownie za %n sekund.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+114"/>
        <source>The account waits %n second(s) before the next try.</source>
        <translation>
            <numerusform>Konto czeka %n sekundę przed kolejną próbą.</numerusform>
            <numerusform>Konto czeka %n sekundy przed kolejną próbą.</numerusform>
            <numerusform>Konto czeka %n sekund przed kolejną próbą.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/app/trust/AccountService.cpp" line="-258"/>
        <source>A login is 2 to 40 small letters, digits, dots, dashes or underscores, starting with a letter or digit; &apos;%1&apos; is not.</source>
        <translation>Login to od 2 do 40 małych liter, cyfr, kropek, myślników lub podkreśleń, zaczynający się od litery lub cyfry; „%1” nim nie jest.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>There is already an account &apos;%1&apos;.</source>
        <translation>Konto „%1” już istnieje.</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>&apos;%1&apos; is the last active administrator; add another administrator before disabling this one.</source>
        <translation>„%1” to ostatni aktywny administrator; dodaj innego administratora, zanim wyłączysz to konto.</translation>
    </message>
</context>
<context>
    <name>ActionProgressDialog</name>
    <message>
        <location filename="../../src/ui/common/ActionProgressDialog.ui" line="+8"/>
        <source>Progress of an action</source>
        <translation>Postęp działania</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Action</source>
        <translation>Działanie</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Status:</source>
        <translation>&amp;Stan:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Status of the action</source>
        <translation>Stan działania</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Reason:</source>
        <translation>&amp;Powód:</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+1"/>
        <source>Why the action is abandoned</source>
        <translation>Dlaczego działania zaniechano</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Progress &amp;note:</source>
        <translation>&amp;Notatka o postępach:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Progress note</source>
        <translation>Notatka o postępach</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Why the progress was not saved</source>
        <translation>Dlaczego nie zapisano postępu</translation>
    </message>
</context>
<context>
    <name>AdoptionDialog</name>
    <message>
        <location filename="../../src/ui/fostercare/AdoptionDialog.ui" line="+8"/>
        <source>Adoption reporting</source>
        <translation>Zgłoszenie do ośrodka adopcyjnego</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Child</source>
        <translation>Dziecko</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Legal situation &amp;settled on:</source>
        <translation>Sytuacja prawna &amp;uregulowana dnia:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Legal situation settled</source>
        <translation>Sytuacja prawna uregulowana</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Legal situation settled on</source>
        <translation>Data uregulowania sytuacji prawnej</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Reported to the centre on:</source>
        <translation>Z&amp;głoszono do ośrodka dnia:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reported to an adoption centre</source>
        <translation>Zgłoszono do ośrodka adopcyjnego</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reported to the adoption centre on</source>
        <translation>Data zgłoszenia do ośrodka adopcyjnego</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Adoption &amp;centre:</source>
        <translation>&amp;Ośrodek adopcyjny:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Adoption centre</source>
        <translation>Ośrodek adopcyjny</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name of the adoption centre</source>
        <translation>Nazwa ośrodka adopcyjnego</translation>
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
    <name>AgreePlanDialog</name>
    <message>
        <location filename="../../src/ui/workplan/AgreePlanDialog.ui" line="+8"/>
        <source>Agree the work plan</source>
        <translation>Uzgodnij plan pracy</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A work plan is agreed together with the family and in consultation with the social worker. Once agreed, it changes only by a new version.</source>
        <translation>Plan pracy uzgadnia się razem z rodziną i w porozumieniu z pracownikiem socjalnym. Uzgodniony plan można zmienić tylko przez utworzenie nowej wersji.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Agreed &amp;on:</source>
        <translation>&amp;Data uzgodnienia:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Date the plan was agreed</source>
        <translation>Data uzgodnienia planu</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The &amp;family took part in drawing up the plan</source>
        <translation>&amp;Rodzina uczestniczyła w opracowaniu planu</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The &amp;social worker was consulted</source>
        <translation>&amp;Skonsultowano plan z pracownikiem socjalnym</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Why the plan was not agreed</source>
        <translation>Dlaczego nie uzgodniono planu</translation>
    </message>
</context>
<context>
    <name>Arguments</name>
    <message>
        <location filename="../../src/cli/Arguments.cpp" line="+15"/>
        <source>%1 needs a value.</source>
        <translation>%1 wymaga wartości.</translation>
    </message>
    <message>
        <location line="+46"/>
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
        <location filename="../../src/cli/RecordCommands.cpp" line="+42"/>
        <source>&apos;%1&apos; is not understood by &apos;%2&apos;.</source>
        <translation>Polecenie „%2” nie rozumie „%1”.</translation>
    </message>
</context>
<context>
    <name>AssessmentDialog</name>
    <message>
        <location filename="../../src/ui/record/AssessmentDialog.ui" line="+8"/>
        <source>Record an assessment of the family&apos;s situation</source>
        <translation>Wpisz okresową ocenę sytuacji rodziny</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Family</source>
        <translation>Rodzina</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Assessed &amp;on:</source>
        <translation>&amp;Data oceny:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Date of the assessment</source>
        <translation>Data oceny</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Family &amp;assistant:</source>
        <translation>&amp;Asystent rodziny:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Family assistant who made the assessment</source>
        <translation>Asystent rodziny, który sporządził ocenę</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Findings:</source>
        <translation>&amp;Ustalenia:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Findings of the assessment</source>
        <translation>Ustalenia oceny</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sent to:</source>
        <translation>Przekazano:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the &amp;social worker on</source>
        <translation>&amp;pracownikowi socjalnemu dnia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sent to the social worker</source>
        <translation>Przekazano pracownikowi socjalnemu</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Date sent to the social worker</source>
        <translation>Data przekazania pracownikowi socjalnemu</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the foster-care &amp;coordinator on</source>
        <translation>&amp;koordynatorowi pieczy zastępczej dnia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sent to the foster-care coordinator</source>
        <translation>Przekazano koordynatorowi pieczy zastępczej</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Date sent to the foster-care coordinator</source>
        <translation>Data przekazania koordynatorowi pieczy zastępczej</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Who the assessment goes to</source>
        <translation>Komu przekazuje się ocenę</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Why the assessment was not saved</source>
        <translation>Dlaczego nie zapisano oceny</translation>
    </message>
</context>
<context>
    <name>AssessmentService</name>
    <message>
        <location filename="../../src/app/record/AssessmentService.cpp" line="+27"/>
        <source>Write the findings of the assessment.</source>
        <translation>Wpisz ustalenia oceny.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give the day of the assessment.</source>
        <translation>Podaj dzień oceny.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>An assessment is sent on or after the day it is made.</source>
        <translation>Ocenę przekazuje się w dniu jej sporządzenia lub później.</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>There is no assessment with id %1.</source>
        <translation>Nie ma oceny o identyfikatorze %1.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Assessment of the family&apos;s situation</source>
        <translation>Okresowa ocena sytuacji rodziny</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+8"/>
        <source>Family</source>
        <translation>Rodzina</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Case number</source>
        <translation>Sygnatura</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assessed on</source>
        <translation>Data oceny</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+5"/>
        <source>Family assistant</source>
        <translation>Asystent rodziny</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Sent to the social worker</source>
        <translation>Przekazano pracownikowi socjalnemu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sent to the foster-care coordinator</source>
        <translation>Przekazano koordynatorowi pieczy zastępczej</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Findings</source>
        <translation>Ustalenia</translation>
    </message>
</context>
<context>
    <name>AssessmentsTab</name>
    <message>
        <location filename="../../src/ui/record/AssessmentsTab.ui" line="+13"/>
        <source>When the next assessment is due</source>
        <translation>Termin następnej oceny</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Assessments of the family&apos;s situation, newest first</source>
        <translation>Okresowe oceny sytuacji rodziny, od najnowszych</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Findings of the selected assessment</source>
        <translation>Ustalenia wybranej oceny</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Record assessment…</source>
        <translation>&amp;Wpisz ocenę…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record an assessment of the family&apos;s situation</source>
        <translation>Wpisz okresową ocenę sytuacji rodziny</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Pr&amp;int…</source>
        <translation>Dru&amp;kuj…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print the selected assessment</source>
        <translation>Drukuj wybraną ocenę</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>E&amp;xport PDF…</source>
        <translation>Eksportuj &amp;PDF…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export the selected assessment as PDF</source>
        <translation>Eksportuj wybraną ocenę do PDF</translation>
    </message>
</context>
<context>
    <name>AssignDialog</name>
    <message>
        <location filename="../../src/ui/workers/AssignDialog.ui" line="+8"/>
        <source>Assign worker</source>
        <translation>Przydziel pracownika</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Transfer from</source>
        <translation>Przekazanie od</translation>
    </message>
    <message>
        <location line="+8"/>
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
    <name>AssistantDeskTab</name>
    <message>
        <location filename="../../src/ui/desks/AssistantDeskTab.ui" line="+13"/>
        <source>Famil&amp;y assistant:</source>
        <translation>&amp;Asystent rodziny:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Show the desk of</source>
        <translation>Pokaż pulpit asystenta rodziny</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Families against the limit</source>
        <translation>Liczba rodzin w stosunku do limitu</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Open family</source>
        <translation>&amp;Otwórz rodzinę</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the selected family&apos;s record</source>
        <translation>Otwórz kartotekę wybranej rodziny</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Refresh</source>
        <translation>O&amp;dśwież</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refresh the assistant&apos;s desk</source>
        <translation>Odśwież pulpit asystenta rodziny</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The assistant&apos;s families, what needs attention first</source>
        <translation>Rodziny asystenta, najpierw wymagające uwagi</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>What needs attention</source>
        <translation>Co wymaga uwagi</translation>
    </message>
</context>
<context>
    <name>AssistantScreenshots</name>
    <message>
        <location filename="../../tools/screenshots/AssistantScreenshots.cpp" line="+73"/>
        <source>The example family has no plan.</source>
        <translation>Przykładowa rodzina nie ma planu.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The example plan has no goals.</source>
        <translation>Przykładowy plan nie ma celów.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>The database has no family assistant with agreed plans to show.</source>
        <translation>W bazie danych nie ma asystenta rodziny z uzgodnionymi planami do pokazania.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The family record could not be opened.</source>
        <translation>Nie udało się otworzyć kartoteki rodziny.</translation>
    </message>
</context>
<context>
    <name>AuditRepository</name>
    <message>
        <location filename="../../src/storage/AuditRepository.cpp" line="+158"/>
        <source>The database&apos;s identity and audit chain head are missing: the file was changed outside Opieka. Nothing was saved. Run &apos;opieka-cli verify&apos; and restore a backup.</source>
        <translation>Brak identyfikatora bazy danych i końca łańcucha dziennika zmian: plik zmieniono poza Opieką. Niczego nie zapisano. Uruchom &apos;opieka-cli verify&apos; i przywróć kopię zapasową.</translation>
    </message>
</context>
<context>
    <name>AuditTrail</name>
    <message>
        <location filename="../../src/app/core/AuditTrail.cpp" line="+53"/>
        <source>by &apos;%1&apos; at %2</source>
        <translation>(użytkownik „%1”, %2)</translation>
    </message>
</context>
<context>
    <name>BackupCrypto</name>
    <message>
        <location filename="../../src/app/trust/BackupCrypto.cpp" line="+95"/>
        <location line="+76"/>
        <source>The encryption library could not start.</source>
        <translation>Nie udało się uruchomić biblioteki szyfrującej.</translation>
    </message>
    <message>
        <location line="-74"/>
        <source>Cannot write the backup %1: %2</source>
        <translation>Nie można zapisać kopii zapasowej %1: %2</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+102"/>
        <source>Not enough memory to derive the backup key (it needs %1 MiB).</source>
        <translation>Za mało pamięci, by wyprowadzić klucz kopii zapasowej (potrzeba %1 MiB).</translation>
    </message>
    <message>
        <location line="-80"/>
        <source>The backup&apos;s description is too long.</source>
        <translation>Opis kopii zapasowej jest za długi.</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+4"/>
        <source>Cannot read the copy to back up: %1</source>
        <translation>Nie można odczytać kopii do zabezpieczenia: %1</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The backup %1 is damaged: %2. Nothing was restored; use another copy of the backup.</source>
        <translation>Kopia zapasowa %1 jest uszkodzona: %2. Niczego nie przywrócono; użyj innej kopii zapasowej.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The backup %1 is incomplete: it ends before its last part (the copy was cut short). Nothing was restored; use another copy of the backup.</source>
        <translation>Kopia zapasowa %1 jest niekompletna: kończy się przed ostatnią częścią (kopia została ucięta). Niczego nie przywrócono; użyj innej kopii zapasowej.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+41"/>
        <location line="+8"/>
        <source>Cannot read the backup %1: %2</source>
        <translation>Nie można odczytać kopii zapasowej %1: %2</translation>
    </message>
    <message>
        <location line="-47"/>
        <source>%1 is not an Opieka backup: it does not start with the mark of one. Choose a file written by &apos;opieka-cli backup&apos;.</source>
        <translation>%1 nie jest kopią zapasową Opieki: nie zaczyna się od jej znacznika. Wybierz plik zapisany przez „opieka-cli backup”.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The backup %1 has format %2, which this version of Opieka cannot read. Restore it with a newer version.</source>
        <translation>Kopia zapasowa %1 ma format %2, którego ta wersja Opieki nie potrafi odczytać. Przywróć ją nowszą wersją.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>its key parameters are not valid</source>
        <translation>jej parametry klucza są nieprawidłowe</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>its header is not valid</source>
        <translation>jej nagłówek jest nieprawidłowy</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>part %1 has an impossible length</source>
        <translation>część %1 ma niemożliwą długość</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The passphrase is wrong, or the backup %1 is damaged at its start. Nothing was restored.</source>
        <translation>Hasło jest błędne albo kopia zapasowa %1 jest uszkodzona na początku. Niczego nie przywrócono.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>part %1 fails its check (the file was changed or corrupted)</source>
        <translation>część %1 nie przechodzi kontroli (plik został zmieniony lub uszkodzony)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>it holds no data</source>
        <translation>nie zawiera danych</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>part %1 has an unknown mark</source>
        <translation>część %1 ma nieznany znacznik</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot write the restored copy: %1</source>
        <translation>Nie można zapisać przywróconej kopii: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>it goes on after its last part</source>
        <translation>po ostatniej części zawiera jeszcze dane</translation>
    </message>
</context>
<context>
    <name>BackupService</name>
    <message>
        <location filename="../../src/app/trust/BackupService.cpp" line="+115"/>
        <source>The backup passphrase must have at least %1 characters.</source>
        <translation>Hasło kopii zapasowej musi mieć co najmniej %1 znaków.</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+228"/>
        <source>Cannot create a temporary file in %1: %2</source>
        <translation>Nie można utworzyć pliku tymczasowego w %1: %2</translation>
    </message>
    <message>
        <location line="-211"/>
        <source>Cannot read the copy to back up: %1</source>
        <translation>Nie można odczytać kopii do zabezpieczenia: %1</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Keep at least one daily backup (not %1).</source>
        <translation>Trzeba zachować co najmniej jedną codzienną kopię zapasową (podano %1).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot create the backup folder %1.</source>
        <translation>Nie można utworzyć folderu kopii zapasowych %1.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Cannot remove the old backup %1.</source>
        <translation>Nie można usunąć starej kopii zapasowej %1.</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>(its identity is missing)</source>
        <translation>(brak jej identyfikatora)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The backup %1 is of another database (identity %2, audit records: %3); this database is %4 (audit records: %5).</source>
        <translation>Kopia zapasowa %1 pochodzi z innej bazy danych (identyfikator %2, wpisy w dzienniku zmian: %3); ta baza danych to %4 (wpisy w dzienniku zmian: %5).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The backup %1 was written before databases had an identity, and this database&apos;s audit trail (identity %2) does not continue the backup&apos;s: it is of another database.</source>
        <translation>Kopia zapasowa %1 powstała, zanim bazy danych miały identyfikatory, a dziennik zmian tej bazy (identyfikator %2) nie jest kontynuacją dziennika z kopii: kopia pochodzi z innej bazy danych.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Restoring it would replace this database&apos;s audit trail and every account. Nothing was restored. If this database is to become that one (a new computer after &apos;init&apos;), say so: opieka-cli restore FILE --replace-other-database.</source>
        <translation>Przywrócenie jej zastąpiłoby dziennik zmian tej bazy i wszystkie konta. Niczego nie przywrócono. Jeśli ta baza ma stać się tamtą (nowy komputer po &apos;init&apos;), powiedz to wprost: opieka-cli restore PLIK --replace-other-database.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The backup %1 does not hold an Opieka database. Nothing was restored.</source>
        <translation>Kopia zapasowa %1 nie zawiera bazy danych Opieki. Niczego nie przywrócono.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The database in the backup %1 is damaged (%2). Nothing was restored; use another backup.</source>
        <translation>Baza danych w kopii zapasowej %1 jest uszkodzona (%2). Niczego nie przywrócono; użyj innej kopii.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The backup %1 was written by a newer version of Opieka (schema %2; this program knows up to %3). Restore it with the newer version; nothing was restored.</source>
        <translation>Kopię zapasową %1 zapisała nowsza wersja Opieki (schemat %2; ten program zna schematy do %3). Przywróć ją nowszą wersją; niczego nie przywrócono.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The backup %1 could not be brought up to date: %2</source>
        <translation>Nie udało się zaktualizować kopii zapasowej %1: %2</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The passphrase for the backup %1 is empty.</source>
        <translation>Hasło kopii zapasowej %1 jest puste.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>There is no backup file %1.</source>
        <translation>Nie ma pliku kopii zapasowej %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cannot read the backup %1: %2</source>
        <translation>Nie można odczytać kopii zapasowej %1: %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cannot write the restored copy: %1</source>
        <translation>Nie można zapisać przywróconej kopii: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The backup %1 is damaged: its description does not match its content. Nothing was restored.</source>
        <translation>Kopia zapasowa %1 jest uszkodzona: jej opis nie zgadza się z zawartością. Niczego nie przywrócono.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The restore of %1 was cancelled; nothing was changed.</source>
        <translation>Przywracanie %1 anulowano; niczego nie zmieniono.</translation>
    </message>
</context>
<context>
    <name>CaseAccess</name>
    <message>
        <location filename="../../src/app/core/CaseAccess.cpp" line="+15"/>
        <source>The account &apos;%1&apos; is disabled.</source>
        <translation>Konto „%1” jest wyłączone.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Administrators manage accounts and rule sets and do not work on case records (%1); sign in with a worker&apos;s or a manager&apos;s account.</source>
        <translation>Administratorzy zarządzają kontami i zestawami reguł, nie pracują na kartotekach spraw (%1); zaloguj się na konto pracownika lub kierownika.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The account &apos;%1&apos; is not linked to a worker, so it reaches no case (%2); an administrator can link it.</source>
        <translation>Konto „%1” nie jest powiązane z pracownikiem, więc nie ma dostępu do żadnej sprawy (%2); administrator może je powiązać.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The account &apos;%1&apos; (%2) cannot change %3: it is not one of its cases, its unit&apos;s or those of the foster families it coordinates. A manager can assign it.</source>
        <translation>Konto „%1” (%2) nie może zmieniać: %3 – to nie jest jego sprawa, sprawa jego zespołu ani rodzin zastępczych, które koordynuje. Kierownik może ją przydzielić.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The account &apos;%1&apos; (%2) cannot open %3: it is not one of its cases, its unit&apos;s or those of the foster families it coordinates. A manager can assign it.</source>
        <translation>Konto „%1” (%2) nie może otworzyć: %3 – to nie jest jego sprawa, sprawa jego zespołu ani rodzin zastępczych, które koordynuje. Kierownik może ją przydzielić.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>family %1</source>
        <translation>rodzina %1</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>foster family %1</source>
        <translation>rodzina zastępcza %1</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>There is no household member %1.</source>
        <translation>Nie ma członka rodziny o numerze %1.</translation>
    </message>
</context>
<context>
    <name>CaseloadEngine</name>
    <message>
        <location filename="../../src/domain/CaseloadEngine.cpp" line="+153"/>
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
        <location filename="../../src/app/workers/CaseloadService.cpp" line="+49"/>
        <source>family %1</source>
        <translation>rodzina %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>foster family %1</source>
        <translation>rodzina zastępcza %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+338"/>
        <source>the centre&apos;s own rule</source>
        <translation>własna reguła ośrodka</translation>
    </message>
    <message>
        <location line="-183"/>
        <location line="+96"/>
        <source>Worker %1 is a %2 and carries no cases.</source>
        <translation>Pracownik %1 (%2) nie prowadzi spraw.</translation>
    </message>
    <message>
        <location line="-94"/>
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
        <location line="+41"/>
        <source>A manager can allow it by giving an override reason.</source>
        <translation>Kierownik może na to zezwolić, podając uzasadnienie przekroczenia limitu.</translation>
    </message>
    <message>
        <location line="+48"/>
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
        <location line="+50"/>
        <source>the statute: %1 from %2 (%3)</source>
        <translation>ustawa: %1 od %2 (%3)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: the centre has no rule in force; %2.</source>
        <translation>%1: ośrodek nie ma obowiązującej reguły; %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a rule of the statute&apos;s past wording</source>
        <translation>reguła z dawnego brzmienia ustawy</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>stricter than the statute</source>
        <translation>surowsza niż ustawa</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not the statute&apos;s limit</source>
        <translation>inny limit niż ustawowy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: the centre applies %2 from %3 (%4, %5); %6.</source>
        <translation>%1: ośrodek stosuje limit %2 od %3 (%4, %5); %6.</translation>
    </message>
    <message>
        <location line="+12"/>
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
        <location line="+14"/>
        <source>A rule for %1 from %2 already exists.</source>
        <translation>Reguła dla %1 od %2 już istnieje.</translation>
    </message>
</context>
<context>
    <name>CaseloadTab</name>
    <message>
        <location filename="../../src/ui/workers/CaseloadTab.ui" line="+13"/>
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
    <name>CentreIdentity</name>
    <message>
        <location filename="../../src/app/exchange/CentreIdentity.cpp" line="+155"/>
        <location line="+16"/>
        <location line="+28"/>
        <location line="+91"/>
        <source>The encryption library could not start.</source>
        <translation>Nie udało się uruchomić biblioteki szyfrującej.</translation>
    </message>
    <message>
        <location line="-129"/>
        <source>The centre&apos;s keys could not be made.</source>
        <translation>Nie udało się utworzyć kluczy ośrodka.</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+35"/>
        <source>Not enough memory to derive the key of the centre passphrase (it needs %1 MiB).</source>
        <translation>Za mało pamięci, by wyprowadzić klucz z hasła ośrodka (potrzeba %1 MiB).</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>The centre&apos;s stored keys are damaged or are not the keys of its card (the database was changed). Restore a backup made before the change.</source>
        <translation>Zapisane klucze ośrodka są uszkodzone albo nie są kluczami jego karty (baza danych została zmieniona). Przywróć kopię zapasową sprzed tej zmiany.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>The centre passphrase is wrong: the centre&apos;s keys stay locked.</source>
        <translation>Hasło ośrodka jest błędne: klucze ośrodka pozostają zablokowane.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The centre&apos;s name is missing.</source>
        <translation>Brak nazwy ośrodka.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The centre&apos;s name is longer than %1 characters.</source>
        <translation>Nazwa ośrodka jest dłuższa niż %1 znaków.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The centre&apos;s area (the gmina or the powiat) is missing.</source>
        <translation>Brak obszaru działania ośrodka (gminy lub powiatu).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The centre&apos;s area is longer than %1 characters.</source>
        <translation>Nazwa obszaru działania ośrodka jest dłuższa niż %1 znaków.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The centre&apos;s name and area must be one line of text each.</source>
        <translation>Nazwa ośrodka i obszar jego działania muszą się mieścić w jednym wierszu tekstu.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&apos;%1&apos; is not a REGON number: it has 9 or 14 digits, the last of which is a check digit. Leave it out if the number is not known.</source>
        <translation>„%1” nie jest numerem REGON: REGON ma 9 lub 14 cyfr, z których ostatnia jest cyfrą kontrolną. Jeśli numer nie jest znany, pomiń go.</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>%1 is not a centre card: %2. Ask the partner centre for the file &apos;opieka-cli centre card&apos; writes.</source>
        <translation>%1 nie jest kartą ośrodka: %2. Poproś ośrodek partnerski o plik zapisany przez „opieka-cli centre card”.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The centre card %1 was changed or damaged: %2. Nothing was added; ask the partner centre for its card again.</source>
        <translation>Karta ośrodka %1 została zmieniona lub uszkodzona: %2. Niczego nie dodano; poproś ośrodek partnerski ponownie o jego kartę.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>it is larger than any card</source>
        <translation>plik jest większy niż jakakolwiek karta</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>it is not a JSON object</source>
        <translation>plik nie jest obiektem JSON</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>it has no &quot;format&quot;: &quot;%1&quot;</source>
        <translation>plik nie zawiera pola &quot;format&quot;: &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>its version is not a whole number</source>
        <translation>jej wersja nie jest liczbą całkowitą</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The centre card %1 has version %2, which this version of Opieka cannot read (it reads version %3).</source>
        <translation>Karta ośrodka %1 ma wersję %2, której ta wersja programu Opieka nie potrafi odczytać (odczytuje wersję %3).</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>it has an unknown field &quot;%1&quot;</source>
        <translation>zawiera nieznane pole &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>a field is missing or is not text</source>
        <translation>brakuje pola albo pole nie jest tekstem</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>its REGON is not text</source>
        <translation>jej REGON nie jest tekstem</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>its kind is neither &quot;ops&quot; nor &quot;pcpr&quot;</source>
        <translation>jej rodzaj to ani &quot;ops&quot;, ani &quot;pcpr&quot;</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>its creation time is not a UTC time like 2026-05-12T09:30:00Z</source>
        <translation>jej czas utworzenia nie jest czasem UTC w postaci 2026-05-12T09:30:00Z</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>a key is not %1 bytes in Base64</source>
        <translation>klucz nie jest zapisem %1 bajtów w Base64</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>its signature is not %1 bytes in Base64</source>
        <translation>jej podpis nie jest zapisem %1 bajtów w Base64</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>its signature does not match what it says</source>
        <translation>jej podpis nie zgadza się z jej treścią</translation>
    </message>
</context>
<context>
    <name>CentreService</name>
    <message>
        <location filename="../../src/app/exchange/CentreService.cpp" line="+46"/>
        <location line="+13"/>
        <source>The account &apos;%1&apos; is disabled.</source>
        <translation>Konto „%1” jest wyłączone.</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Only an administrator can make the centre&apos;s keys; the account &apos;%1&apos; has the role &apos;%2&apos;.</source>
        <translation>Tylko administrator może utworzyć klucze ośrodka; konto „%1” ma rolę „%2”.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Only an administrator or a manager can use the centre&apos;s keys, its card and its partner centres; the account &apos;%1&apos; has the role &apos;%2&apos;.</source>
        <translation>Tylko administrator lub kierownik może korzystać z kluczy ośrodka, jego karty i ośrodków partnerskich; konto „%1” ma rolę „%2”.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Only an administrator, a manager or the workers of a case can list the partner centres and unlock the centre&apos;s keys; the account &apos;%1&apos; has the role &apos;%2&apos;.</source>
        <translation>Listę ośrodków partnerskich widzą i klucze ośrodka odblokowują tylko administrator, kierownik i pracownicy prowadzący sprawę; konto „%1” ma rolę „%2”.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The centre already has its keys (made by &apos;%1&apos; on %2); they are made once, as partner centres trust their fingerprint.</source>
        <translation>Ośrodek ma już swoje klucze (utworzone przez „%1” dnia %2); tworzy się je tylko raz, bo ośrodki partnerskie ufają ich odciskowi.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The centre passphrase must have at least %1 characters.</source>
        <translation>Hasło ośrodka musi mieć co najmniej %1 znaków.</translation>
    </message>
    <message>
        <location line="+36"/>
        <location line="+18"/>
        <source>The centre has no keys yet: an administrator makes them first (opieka-cli centre init).</source>
        <translation>Ośrodek nie ma jeszcze kluczy: najpierw musi je utworzyć administrator (opieka-cli centre init).</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>The centre&apos;s card in the database does not match its signature (the database was changed). Restore a backup made before the change.</source>
        <translation>Karta ośrodka zapisana w bazie danych nie zgadza się ze swoim podpisem (baza danych została zmieniona). Przywróć kopię zapasową sprzed tej zmiany.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>%1 is this centre&apos;s own card; a partner&apos;s card comes from the partner centre.</source>
        <translation>%1 to własna karta tego ośrodka; kartę partnera otrzymuje się od ośrodka partnerskiego.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The centre &apos;%1&apos; (fingerprint %2) is already a partner.</source>
        <translation>Ośrodek „%1” (odcisk klucza %2) jest już ośrodkiem partnerskim.</translation>
    </message>
</context>
<context>
    <name>CentreSettingsDialog</name>
    <message>
        <location filename="../../src/ui/shell/CentreSettingsDialog.ui" line="+8"/>
        <source>Centre settings</source>
        <translation>Ustawienia ośrodka</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Centre&apos;s &amp;name:</source>
        <translation>&amp;Nazwa ośrodka:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Centre&apos;s name on printed documents</source>
        <translation>Nazwa ośrodka na wydrukach</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>As on printed documents</source>
        <translation>Tak jak na wydrukach</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Assessment every:</source>
        <translation>&amp;Ocena co:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Months between assessments of a family&apos;s situation</source>
        <translation>Liczba miesięcy między okresowymi ocenami sytuacji rodziny</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Residents:</source>
        <translation>&amp;Mieszkańcy:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Residents of the centre&apos;s area, for the social workers&apos; norm</source>
        <translation>Liczba mieszkańców terenu ośrodka, do normy zatrudnienia pracowników socjalnych</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Art. 110 ust. 11 u.p.s.: one full-time social worker per 2,000 residents, at least three in a centre</source>
        <translation>Art. 110 ust. 11 u.p.s.: jeden pracownik socjalny na pełnym etacie na 2000 mieszkańców, co najmniej trzech w ośrodku</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not recorded</source>
        <translation>nie zapisano</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+1"/>
        <source>Legal basis named in packages to partner centres</source>
        <translation>Podstawa prawna wskazywana w przesyłkach do ośrodków partnerskich</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A centre setting: each package sent to a partner centre names the legal basis of its purpose. Opieka proposes the provisions below; the centre confirms or changes them. The sender can still change it for one package. An empty field goes back to the proposal.</source>
        <translation>Ustawienie ośrodka: każda przesyłka do ośrodka partnerskiego wskazuje podstawę prawną właściwą dla jej celu. Opieka proponuje poniższe przepisy; ośrodek je potwierdza albo zmienia. Wysyłający może je jeszcze zmienić dla pojedynczej przesyłki. Puste pole przywraca propozycję.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Re&amp;ferral:</source>
        <translation>S&amp;kierowanie:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Legal basis of a referral (centre setting)</source>
        <translation>Podstawa prawna skierowania (ustawienie ośrodka)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Plan:</source>
        <translation>&amp;Plan:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Legal basis of a plan package (centre setting)</source>
        <translation>Podstawa prawna przesyłki z planem (ustawienie ośrodka)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Transfer:</source>
        <translation>P&amp;rzekazanie sprawy:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Legal basis of a case transfer (centre setting)</source>
        <translation>Podstawa prawna przekazania sprawy (ustawienie ośrodka)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The law asks for an assessment of the family&apos;s situation at least every six months. These settings are shared by everyone using this database.</source>
        <translation>Ustawa wymaga okresowej oceny sytuacji rodziny co najmniej raz na pół roku. Te ustawienia są wspólne dla wszystkich użytkowników tej bazy danych.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Why the settings were not saved</source>
        <translation>Dlaczego nie zapisano ustawień</translation>
    </message>
</context>
<context>
    <name>ChildCareService</name>
    <message>
        <location filename="../../src/app/fostercare/ChildCareService.cpp" line="+25"/>
        <source>Write the findings of the review.</source>
        <translation>Wpisz ustalenia oceny.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Record who took part in the review.</source>
        <translation>Wpisz, kto uczestniczył w ocenie.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give the day of the review.</source>
        <translation>Podaj dzień oceny sytuacji dziecka.</translation>
    </message>
    <message>
        <location line="+92"/>
        <source>Every item of the help plan needs its goal.</source>
        <translation>Każda pozycja planu pomocy wymaga celu.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Name the guardian of independence.</source>
        <translation>Podaj opiekuna usamodzielnienia.</translation>
    </message>
</context>
<context>
    <name>ChronologyService</name>
    <message>
        <location filename="../../src/app/record/ChronologyService.cpp" line="+22"/>
        <source>worker %1</source>
        <translation>pracownik %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Case opened</source>
        <translation>Otwarcie sprawy</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Case closed</source>
        <translation>Zamknięcie sprawy</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Present: %1</source>
        <translation>Obecni: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Next step: %1 (by %2)</source>
        <translation>Następny krok: %1 (do %2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next step: %1</source>
        <translation>Następny krok: %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Category: %1 → %2</source>
        <translation>Kategoria: %1 → %2</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Joined the team: %1</source>
        <translation>Dołączył(a) do zespołu: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Left the team: %1</source>
        <translation>Opuścił(a) zespół: %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Niebieska Karta procedure started</source>
        <translation>Wszczęcie procedury Niebieskiej Karty</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Niebieska Karta procedure ended</source>
        <translation>Zakończenie procedury Niebieskiej Karty</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Work plan version %1 drafted</source>
        <translation>Sporządzono projekt planu pracy z rodziną (wersja %1)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Work plan version %1 agreed with the family</source>
        <translation>Uzgodniono z rodziną plan pracy (wersja %1)</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n goal(s)</source>
        <translation>
            <numerusform>%n cel</numerusform>
            <numerusform>%n cele</numerusform>
            <numerusform>%n celów</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Work plan version %1 closed</source>
        <translation>Zamknięto plan pracy (wersja %1)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Assessment of the family&apos;s situation</source>
        <translation>Okresowa ocena sytuacji rodziny</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Chronology of the case: %1</source>
        <translation>Chronologia sprawy: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Case number: %1 · Municipality: %2 · Opened: %3 · Printed: %4</source>
        <translation>Sygnatura: %1 · Gmina: %2 · Otwarta: %3 · Wydrukowano: %4</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Event</source>
        <translation>Zdarzenie</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Details</source>
        <translation>Szczegóły</translation>
    </message>
</context>
<context>
    <name>ChronologyTab</name>
    <message>
        <location filename="../../src/ui/record/ChronologyTab.ui" line="+10"/>
        <source>Show:</source>
        <translation>Pokaż:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Chronology, newest first</source>
        <translation>Chronologia, od najnowszych</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Print…</source>
        <translation>Dru&amp;kuj…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print the chronology</source>
        <translation>Drukuj chronologię</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>E&amp;xport PDF…</source>
        <translation>Eksportuj &amp;PDF…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export the chronology as PDF</source>
        <translation>Eksportuj chronologię do PDF</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <location filename="../../src/cli/Cli.cpp" line="+130"/>
        <source>--format takes text, csv or json, not &apos;%1&apos;.</source>
        <translation>--format przyjmuje text, csv lub json, a nie „%1”.</translation>
    </message>
    <message>
        <location filename="../../src/cli/CaseloadCommands.cpp" line="+20"/>
        <source>--override needs a reason in words.</source>
        <translation>--override wymaga uzasadnienia słowami.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Assigned case %1 to worker %2 from %3 (assignment %4).</source>
        <translation>Przydzielono sprawę %1 pracownikowi %2 od %3 (przydział %4).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 now has %2 cases; limit %3; status %4.</source>
        <translation>%1: spraw teraz %2; limit %3; status %4.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Worker %1 no longer works with case %2 from %3.</source>
        <translation>Pracownik %1 nie prowadzi już sprawy %2 od %3.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Case %1 passed from worker %2 to worker %3 on %4 (assignment %5).</source>
        <translation>Sprawę %1 przekazano od pracownika %2 pracownikowi %3 z dniem %4 (przydział %5).</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+111"/>
        <location filename="../../src/cli/ReportCommands.cpp" line="+99"/>
        <source>--role takes social_worker, family_assistant or foster_care_coordinator, not &apos;%1&apos;.</source>
        <translation>--role przyjmuje social_worker, family_assistant lub foster_care_coordinator, a nie „%1”.</translation>
    </message>
    <message>
        <location line="-86"/>
        <source>Caseload as of %1</source>
        <translation>Obciążenie sprawami na dzień %1</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>The centre&apos;s rules differ from the statute&apos;s today:</source>
        <translation>Reguły ośrodka różnią się dziś od ustawowych:</translation>
    </message>
    <message>
        <location line="+16"/>
        <location filename="../../src/cli/UserCommands.cpp" line="+41"/>
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
        <location filename="../../src/cli/Cli.cpp" line="+67"/>
        <source>See &apos;opieka-cli --help&apos; for the use of &apos;%1&apos;.</source>
        <translation>Zobacz „opieka-cli --help”, aby poznać użycie „%1”.</translation>
    </message>
    <message>
        <location line="-93"/>
        <source>Password for &apos;%1&apos;: </source>
        <translation>Hasło dla „%1”: </translation>
    </message>
    <message>
        <location line="-63"/>
        <source>Passphrase of the field copy %1: </source>
        <translation>Hasło kopii terenowej %1: </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is a field copy: set OPIEKA_FIELD_PASSPHRASE or run the command in a terminal to type its passphrase.</source>
        <translation>%1 jest kopią terenową: ustaw OPIEKA_FIELD_PASSPHRASE albo uruchom polecenie w terminalu, aby wpisać jej hasło.</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>The account &apos;%1&apos; has a password: set OPIEKA_PASSWORD or run the command in a terminal to type it.</source>
        <translation>Konto „%1” ma hasło: ustaw OPIEKA_PASSWORD albo uruchom polecenie w terminalu, by je wpisać.</translation>
    </message>
    <message>
        <location line="+105"/>
        <source>Usage: opieka-cli [--db PATH] [--user LOGIN] COMMAND ...
  (PATH also from OPIEKA_DB, LOGIN from OPIEKA_USER)

  init [--admin LOGIN]                    create or upgrade the database
  demo [--scale small|county|voivodeship] [--seed N]
                                          fill an empty database with generated data
  import DATA FILE.csv [--strict]          DATA: workers, families, foster-families,
                                          assignments, members, visits, placements
  export DATA [--out FILE]
</source>
        <translation>Użycie: opieka-cli [--db ŚCIEŻKA] [--user LOGIN] POLECENIE ...
  (ŚCIEŻKA także z OPIEKA_DB, LOGIN z OPIEKA_USER)

  init [--admin LOGIN]                    utwórz lub zaktualizuj bazę danych
  demo [--scale small|county|voivodeship] [--seed N]
                                          wypełnij pustą bazę wygenerowanymi danymi
  import DANE PLIK.csv [--strict]          DANE: workers, families, foster-families,
                                          assignments, members, visits, placements
  export DANE [--out PLIK]
</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>  assign --worker ID --case ID [--from YYYY-MM-DD] [--override &quot;reason&quot;]
  release --worker ID --case ID [--on YYYY-MM-DD]
  caseload [--as-of YYYY-MM-DD] [--summary] [--format text|csv|json] [--role ROLE]
  rules list [--format text|csv|json]
  rules add --role ROLE --limit N --from YYYY-MM-DD [--prorate]
</source>
        <translation>  assign --worker ID --case ID [--from RRRR-MM-DD] [--override &quot;uzasadnienie&quot;]
  release --worker ID --case ID [--on RRRR-MM-DD]
  caseload [--as-of RRRR-MM-DD] [--summary] [--format text|csv|json] [--role ROLA]
  rules list [--format text|csv|json]
  rules add --role ROLA --limit N --from RRRR-MM-DD [--prorate]
</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>  settings show | settings set residents N | settings set document_max_mb N
         the centre&apos;s settings (residents: for the social workers&apos; norm;
         document_max_mb: the largest document attached, 1 to 100 MB)
</source>
        <translation>  settings show | settings set residents N | settings set document_max_mb N
         ustawienia ośrodka (residents: mieszkańcy, do normy zatrudnienia pracowników
         socjalnych; document_max_mb: największy dołączany dokument, od 1 do 100 MB)
</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>  transfer --from-worker ID --worker ID --case ID [--on YYYY-MM-DD]
           [--override &quot;reason&quot;]   pass a case to another worker in one step
</source>
        <translation>  transfer --from-worker ID --worker ID --case ID [--on RRRR-MM-DD]
           [--override &quot;uzasadnienie&quot;]   przekazanie sprawy innemu pracownikowi w jednym kroku
</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>  report caseload|statistics|deadlines [--as-of YYYY-MM-DD]
         [--format text|csv|json|pdf] [--out FILE]
         caseload only: [--role ROLE] [--unit UNIT] [--municipality NAME]
  verify                                  check the database file and the audit chain
  audit family ID | audit user LOGIN [--format text|csv|json]  (managers)
</source>
        <translation>  report caseload|statistics|deadlines [--as-of RRRR-MM-DD]
         [--format text|csv|json|pdf] [--out PLIK]
         tylko caseload: [--role ROLA] [--unit ZESPÓŁ] [--municipality GMINA]
  verify                                  sprawdź plik bazy danych i łańcuch dziennika zmian
  audit family ID | audit user LOGIN [--format text|csv|json]  (kierownicy)
</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>  user add LOGIN --role ROLE [--worker ID] | user disable LOGIN
  user password LOGIN | user list [--format text|csv|json]
  erase-member --member ID --reason TEXT  erase a person&apos;s data (GDPR request)
  (passwords: OPIEKA_PASSWORD for the acting account, OPIEKA_NEW_PASSWORD for a new
   one, or typed at a terminal)
</source>
        <translation>  user add LOGIN --role ROLA [--worker ID] | user disable LOGIN
  user password LOGIN | user list [--format text|csv|json]
  erase-member --member ID --reason TEKST usuń dane osoby (żądanie z RODO)
  (hasła: OPIEKA_PASSWORD dla działającego konta, OPIEKA_NEW_PASSWORD dla nowego
   albo wpisane w terminalu)
</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>  user pending [--format text|csv|json] | user confirm LOGIN
         manager accounts awaiting a manager&apos;s confirmation (four eyes)
</source>
        <translation>  user pending [--format text|csv|json] | user confirm LOGIN
         konta kierowników czekające na potwierdzenie przez kierownika (zasada czterech oczu)
</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>  placement list --foster-family ID [--format text|csv|json]
  placement notice --placement ID --to court|starosta|home_ops [--on YYYY-MM-DD]
         an emergency intake&apos;s notice sent later (art. 58 ust. 3)
</source>
        <translation>  placement list --foster-family ID [--format text|csv|json]
  placement notice --placement ID --to court|starosta|home_ops [--on RRRR-MM-DD]
         zawiadomienie o przyjęciu w trybie pilnym wysłane później (art. 58 ust. 3)
</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>  duplicates [--kind members|families] [--min-score N] [--format text|csv|json]
         likely duplicate people or families (managers; N: 0-100, default 70)
</source>
        <translation>  duplicates [--kind members|families] [--min-score N] [--format text|csv|json]
         prawdopodobne duplikaty osób lub rodzin (kierownicy; N: 0-100, domyślnie 70)
</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>  duplicates merge --kind members|families --keep ID --remove ID
         [--take FIELD[,FIELD...]]   two records of one person or family made one
  duplicates dismiss --kind members|families ID ID
         two records marked as different: not listed or warned of again
</source>
        <translation>  duplicates merge --kind members|families --keep ID --remove ID
         [--take FIELD[,FIELD...]]   scala dwa rekordy tej samej osoby lub rodziny
  duplicates dismiss --kind members|families ID ID
         oznacza dwa rekordy jako różne: nie będą już wykazywane ani zgłaszane
</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>  backup FILE                             write an encrypted copy of the database
  backup --daily FOLDER [--keep N]        the day&apos;s backup, keeping the newest N (7)
  restore FILE                            replace the data with a backup&apos;s
  restore FILE --replace-other-database   ... even one of another database
  (the backup passphrase from OPIEKA_BACKUP_PASSPHRASE or typed at a terminal)
</source>
        <translation>  backup PLIK                             zapisz zaszyfrowaną kopię bazy danych
  backup --daily FOLDER [--keep N]        dzisiejsza kopia, zachowaj N najnowszych (7)
  restore PLIK                            zastąp dane danymi z kopii zapasowej
  restore PLIK --replace-other-database   ... także kopią innej bazy danych
  (hasło kopii z OPIEKA_BACKUP_PASSPHRASE albo wpisane w terminalu)
</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>  centre init --name NAME --kind ops|pcpr --area NAME [--regon N]
         make the centre&apos;s keys and card (administrators)
  centre card --out FILE                  write the centre&apos;s card for partners
  partner add FILE | partner list [--format text|csv|json]
         trust a partner centre&apos;s card (compare its fingerprint by phone)
  (the centre passphrase from OPIEKA_CENTRE_PASSPHRASE or typed at a terminal)
</source>
        <translation>  centre init --name NAZWA --kind ops|pcpr --area NAZWA [--regon N]
         tworzy klucze i kartę ośrodka (administratorzy)
  centre card --out PLIK                  zapisuje kartę ośrodka dla partnerów
  partner add PLIK | partner list [--format text|csv|json]
         uznaje kartę ośrodka partnerskiego (odcisk klucza porównaj przez telefon)
  (hasło ośrodka z OPIEKA_CENTRE_PASSPHRASE lub wpisywane w terminalu)
</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>  exchange send --family ID --to PARTNER --purpose referral|plan|transfer
         --out FILE [--include-notes]   a package for a partner centre (PARTNER:
                                          its fingerprint or name)
  exchange receive FILE                   check and store a partner&apos;s package
  exchange accept ID [--link FAMILY_ID] | exchange decline ID --reason TEXT
  exchange receipt ID --out FILE          the receipt for the sender
  exchange list [--format text|csv|json]  the inbox and the outbox
</source>
        <translation>  exchange send --family ID --to PARTNER --purpose referral|plan|transfer
         --out PLIK [--include-notes]   przesyłka dla ośrodka partnerskiego (PARTNER:
                                          jego odcisk klucza lub nazwa)
  exchange receive PLIK                   sprawdza i zapisuje przesyłkę od partnera
  exchange accept ID [--link ID_RODZINY] | exchange decline ID --reason TEKST
  exchange receipt ID --out PLIK          potwierdzenie dla nadawcy
  exchange list [--format text|csv|json]  przesyłki przychodzące i wychodzące
</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>  family update --family ID --set FIELD=VALUE [FIELD=VALUE...]
         FIELD: name, municipality, address (--set may be repeated)
  visit add --family ID --date YYYY-MM-DD --kind KIND [--notes TEXT]
         logged under the acting account&apos;s worker; prints the visit&apos;s id
  member add --family ID --first-name TEXT --last-name TEXT --relation RELATION
         [--birth-date YYYY-MM-DD] [--sex F|M] [--pesel N] [--save-anyway]
         a household member; prints the member&apos;s id
</source>
        <translation>  family update --family ID --set POLE=WARTOŚĆ [POLE=WARTOŚĆ...]
         POLE: name, municipality, address (--set można powtarzać)
  visit add --family ID --date RRRR-MM-DD --kind RODZAJ [--notes TEKST]
         zapisana na pracownika działającego konta; wypisuje numer wizyty
  member add --family ID --first-name TEKST --last-name TEKST --relation RELACJA
         [--birth-date RRRR-MM-DD] [--sex F|M] [--pesel N] [--save-anyway]
         członek gospodarstwa domowego; wypisuje jego numer
</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>  document add --family ID --kind KIND --file PATH [--date YYYY-MM-DD]
         [--note TEXT] [--member ID] [--plan ID]
         attach a PDF, JPEG or PNG file (--foster-family ID or --placement ID
         instead of --family); prints the document&apos;s id. KIND: court_order,
         signed_work_plan, health_certificate, psychologist_opinion,
         blue_card_form, letter, other
  document list --family ID [--removed] [--format text|csv|json]
         (or --foster-family ID, --placement ID) the case&apos;s documents
  document get ID --out FILE              write a copy of the document&apos;s file
  document remove ID --reason TEXT        remove a document (a recorded decision)
</source>
        <translation>  document add --family ID --kind RODZAJ --file ŚCIEŻKA [--date RRRR-MM-DD]
         [--note TEKST] [--member ID] [--plan ID]
         dołącza plik PDF, JPEG lub PNG (--foster-family ID lub --placement ID
         zamiast --family); wypisuje numer dokumentu. RODZAJ: court_order,
         signed_work_plan, health_certificate, psychologist_opinion,
         blue_card_form, letter, other
  document list --family ID [--removed] [--format text|csv|json]
         (lub --foster-family ID, --placement ID) dokumenty sprawy
  document get ID --out PLIK              zapisuje kopię pliku dokumentu
  document remove ID --reason TEKST       usuwa dokument (decyzja z zapisanym powodem)
</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>  field checkout --worker ID --out FILE  a worker&apos;s cases into an encrypted field copy
  field status [--format text|csv|json]  (--db COPY) what the copy has not synced
  field sync --to DB [--format text|csv|json]  (--db COPY)
         send the changes, take the centre&apos;s; exit 4: conflicts left to resolve
  field resolve --table T --record ID --field F --keep centre|field|VALUE
         (or --value TEXT) a conflict decided, carried out by the next sync
  (the copy&apos;s passphrase from OPIEKA_FIELD_PASSPHRASE or typed at a terminal)
</source>
        <translation>  field checkout --worker ID --out PLIK  sprawy pracownika do zaszyfrowanej kopii terenowej
  field status [--format text|csv|json]  (--db KOPIA) co w kopii czeka na synchronizację
  field sync --to BAZA [--format text|csv|json]  (--db KOPIA)
         wysyła zmiany, pobiera zmiany ośrodka; kod 4: konflikty do rozstrzygnięcia
  field resolve --table T --record ID --field P --keep centre|field|WARTOŚĆ
         (lub --value TEKST) rozstrzyga konflikt; wykona to następna synchronizacja
  (hasło kopii z OPIEKA_FIELD_PASSPHRASE lub wpisywane w terminalu)
</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>  login                                   sign in once; later commands against this
                                          database need no password (8 hours)
  logout                                  end the session and remove its file
</source>
        <translation>  login                                   logowanie raz; kolejne polecenia na tej bazie
                                          nie wymagają hasła (8 godzin)
  logout                                  kończy sesję i usuwa jej plik
</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>  migrate --from FILE --to postgresql://USER@HOST:PORT/DATABASE
                                          move a centre&apos;s file to an empty server
                                          database (administrators; the server&apos;s
                                          password from OPIEKA_DB_PASSWORD)
</source>
        <translation>  migrate --from PLIK --to postgresql://UŻYTKOWNIK@HOST:PORT/BAZA
                                          przenieś plik ośrodka do pustej bazy na
                                          serwerze (administratorzy; hasło serwera
                                          z OPIEKA_DB_PASSWORD)
</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>
Exit codes: 0 done, 1 refused by a rule, 2 bad input or usage, 3 storage failure, 4 another change (an import) was being saved: try again.
</source>
        <translation>
Kody wyjścia: 0 wykonano, 1 odmowa zgodnie z regułą, 2 błędne dane lub użycie, 3 błąd zapisu/odczytu bazy, 4 trwał zapis innej zmiany (importu): spróbuj ponownie.
</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>OPIEKA_WAIT: how many seconds a change waits for another one being saved (30).
</source>
        <translation>OPIEKA_WAIT: ile sekund zmiana czeka na zapis innej (30).
</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>OPIEKA_WAIT takes a number of seconds from 0 to 86400, not &apos;%1&apos;.</source>
        <translation>OPIEKA_WAIT przyjmuje liczbę sekund od 0 do 86400, a nie „%1”.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No command given.</source>
        <translation>Nie podano polecenia.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Unknown command &apos;%1&apos;.</source>
        <translation>Nieznane polecenie „%1”.</translation>
    </message>
    <message>
        <location filename="../../src/cli/DataCommands.cpp" line="+58"/>
        <source>Password for the administrator &apos;%1&apos;: </source>
        <translation>Hasło administratora „%1”: </translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../src/cli/UserCommands.cpp" line="-25"/>
        <source>The same password again: </source>
        <translation>To samo hasło ponownie: </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The administrator &apos;%1&apos; has no password: anyone who can open the database acts as &apos;%1&apos;. Set one with &apos;opieka-cli user password %1&apos;.</source>
        <translation>Administrator „%1” nie ma hasła: każdy, kto otworzy bazę danych, działa jako „%1”. Ustaw je poleceniem „opieka-cli user password %1”.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Database %1 is ready (schema %2). Administrator: %3</source>
        <translation>Baza danych %1 jest gotowa (schemat %2). Administrator: %3</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>--scale takes small, county or voivodeship, not &apos;%1&apos;.</source>
        <translation>--scale przyjmuje small, county lub voivodeship, nie &apos;%1&apos;.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--seed takes a whole number, not &apos;%1&apos;.</source>
        <translation>--seed przyjmuje liczbę całkowitą, a nie „%1”.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Generated %1 workers, %2 families, %3 foster families and %4 assignments (synthetic people only).</source>
        <translation>Wygenerowano pracowników: %1, rodzin: %2, rodzin zastępczych: %3, przydziałów: %4 (wyłącznie fikcyjne osoby).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Household members: %1, visits: %2, children in foster care: %3.</source>
        <translation>Członkowie gospodarstw domowych: %1, wizyty: %2, dzieci w pieczy zastępczej: %3.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Say what to %1: %2.</source>
        <translation>Podaj, co ma objąć %1: %2.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&apos;%1&apos; is not one of: %2.</source>
        <translation>„%1” nie jest jednym z: %2.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Give the CSV file to import.</source>
        <translation>Podaj plik CSV do importu.</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
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
        <location line="+6"/>
        <source>No likely duplicates of records already in the register.</source>
        <translation>Brak prawdopodobnych duplikatów rekordów, które już są w rejestrze.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n likely duplicate(s) of records already in the register, imported all the same (--strict refuses them):</source>
        <translation>
            <numerusform>%n prawdopodobny duplikat rekordu, który już jest w rejestrze, mimo to zaimportowany (--strict go odrzuca):</numerusform>
            <numerusform>%n prawdopodobne duplikaty rekordów, które już są w rejestrze, mimo to zaimportowane (--strict je odrzuca):</numerusform>
            <numerusform>%n prawdopodobnych duplikatów rekordów, które już są w rejestrze, mimo to zaimportowanych (--strict je odrzuca):</numerusform>
        </translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Cannot write to the standard output.</source>
        <translation>Nie można pisać na standardowe wyjście.</translation>
    </message>
    <message>
        <location filename="../../src/cli/ReportCommands.cpp" line="+66"/>
        <source>Cannot write %1: %2</source>
        <translation>Nie można zapisać %1: %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/cli/DataCommands.cpp" line="+14"/>
        <source>Exported %n row(s) of %1 to %2.</source>
        <translation>
            <numerusform>Wyeksportowano %n wiersz (%1) do %2.</numerusform>
            <numerusform>Wyeksportowano %n wiersze (%1) do %2.</numerusform>
            <numerusform>Wyeksportowano %n wierszy (%1) do %2.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/cli/ReportCommands.cpp" line="-58"/>
        <source>--role, --unit and --municipality filter the caseload report only.</source>
        <translation>--role, --unit i --municipality filtrują tylko raport obciążenia (caseload).</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Say which report: caseload, statistics or deadlines.</source>
        <translation>Podaj, który raport: caseload, statistics lub deadlines.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--format pdf needs --out FILE.pdf.</source>
        <translation>--format pdf wymaga --out PLIK.pdf.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--format takes text, csv, json or pdf, not &apos;%1&apos;.</source>
        <translation>--format przyjmuje text, csv, json lub pdf, a nie „%1”.</translation>
    </message>
    <message>
        <location filename="../../src/cli/BackupCommands.cpp" line="+19"/>
        <source>No backup passphrase: set OPIEKA_BACKUP_PASSPHRASE or run the command in a terminal to type it.</source>
        <translation>Brak hasła kopii zapasowej: ustaw OPIEKA_BACKUP_PASSPHRASE albo uruchom polecenie w terminalu, by je wpisać.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Backup passphrase: </source>
        <translation>Hasło kopii zapasowej: </translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../src/cli/CentreCommands.cpp" line="+180"/>
        <location filename="../../src/cli/FieldCommands.cpp" line="+77"/>
        <source>The same passphrase again: </source>
        <translation>To samo hasło ponownie: </translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Backup written to %1.</source>
        <translation>Kopię zapasową zapisano w %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Today&apos;s backup %1 was already there.</source>
        <translation>Dzisiejsza kopia zapasowa %1 już istniała.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Removed the old backup %1.</source>
        <translation>Usunięto starą kopię zapasową %1.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Give the file to write the backup to.</source>
        <translation>Podaj plik, do którego zapisać kopię zapasową.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Backup written to %1 (%2, encrypted). Keep the passphrase apart from the file: without it the backup cannot be restored.</source>
        <translation>Kopię zapasową zapisano w %1 (%2, zaszyfrowana). Przechowuj hasło osobno od pliku: bez niego kopii nie da się przywrócić.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>It holds database %1 (audit records: %2, chain head %3).</source>
        <translation>Zawiera bazę danych %1 (wpisy w dzienniku zmian: %2, koniec łańcucha %3).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Give the backup file to restore.</source>
        <translation>Podaj plik kopii zapasowej do przywrócenia.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Restored %1 from the backup %2 taken on %3 UTC (schema %4); the data it held before was replaced.</source>
        <translation>Przywrócono %1 z kopii zapasowej %2 wykonanej %3 UTC (schemat %4); wcześniejsze dane zostały zastąpione.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The backup was of another database (identity %1): this database is now that one, with its accounts and its audit trail. The trail it replaced (identity %2, audit records: %3, head %4) is named in the restore&apos;s audit record.</source>
        <translation>Kopia pochodziła z innej bazy danych (identyfikator %1): ta baza jest teraz tamtą, z jej kontami i dziennikiem zmian. Zastąpiony dziennik (identyfikator %2, wpisy: %3, koniec %4) jest wymieniony we wpisie o przywróceniu.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The database&apos;s audit trail did not continue the backup&apos;s: the backup&apos;s trail replaced it (the replaced trail&apos;s head is named in the restore&apos;s audit record).</source>
        <translation>Dziennik zmian bazy nie był kontynuacją dziennika z kopii: zastąpił go dziennik z kopii (koniec zastąpionego dziennika jest wymieniony we wpisie o przywróceniu).</translation>
    </message>
    <message>
        <location filename="../../src/cli/Secrets.cpp" line="+50"/>
        <source>The two entries differ; nothing was done.</source>
        <translation>Wpisane wartości się różnią; nic nie zrobiono.</translation>
    </message>
    <message>
        <location filename="../../src/cli/UserCommands.cpp" line="-1"/>
        <source>New password for &apos;%1&apos;: </source>
        <translation>Nowe hasło dla „%1”: </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No new password: set OPIEKA_NEW_PASSWORD or run the command in a terminal to type it.</source>
        <translation>Brak nowego hasła: ustaw OPIEKA_NEW_PASSWORD albo uruchom polecenie w terminalu, by je wpisać.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&apos;%1&apos; awaits another manager&apos;s confirmation (opieka-cli user confirm %1) before it reaches any case.</source>
        <translation>&apos;%1&apos; czeka na potwierdzenie przez innego kierownika (opieka-cli user confirm %1), zanim uzyska dostęp do jakiejkolwiek sprawy.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Give the new account&apos;s login.</source>
        <translation>Podaj login nowego konta.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--role takes social_worker, family_assistant, foster_care_coordinator, manager or administrator, not &apos;%1&apos;.</source>
        <translation>--role przyjmuje social_worker, family_assistant, foster_care_coordinator, manager lub administrator, a nie „%1”.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Account &apos;%1&apos; added (%2).</source>
        <translation>Dodano konto „%1” (%2).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Give the login of the account to disable.</source>
        <translation>Podaj login konta do wyłączenia.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Account &apos;%1&apos; disabled; it can no longer sign in.</source>
        <translation>Konto „%1” wyłączone; nie może się już logować.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Give the login whose password to set.</source>
        <translation>Podaj login, którego hasło ustawić.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Password of &apos;%1&apos; set.</source>
        <translation>Ustawiono hasło konta „%1”.</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Give the login of the manager&apos;s account to confirm.</source>
        <translation>Podaj login konta kierownika do potwierdzenia.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Account &apos;%1&apos; confirmed; it reaches the cases from its next sign-in.</source>
        <translation>Konto &apos;%1&apos; potwierdzone; dostęp do spraw ma od następnego zalogowania.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&apos;user %1&apos; is not a command; use &apos;user add&apos;, &apos;user disable&apos;, &apos;user password&apos;, &apos;user list&apos;, &apos;user pending&apos; or &apos;user confirm&apos;.</source>
        <translation>&apos;user %1&apos; nie jest poleceniem; użyj &apos;user add&apos;, &apos;user disable&apos;, &apos;user password&apos;, &apos;user list&apos;, &apos;user pending&apos; albo &apos;user confirm&apos;.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Use &apos;user add&apos;, &apos;user disable&apos;, &apos;user password&apos;, &apos;user list&apos;, &apos;user pending&apos; or &apos;user confirm&apos;.</source>
        <translation>Użyj &apos;user add&apos;, &apos;user disable&apos;, &apos;user password&apos;, &apos;user list&apos;, &apos;user pending&apos; albo &apos;user confirm&apos;.</translation>
    </message>
    <message>
        <location filename="../../src/cli/EraseCommands.cpp" line="+12"/>
        <source>--reason is required: say why (e.g. the request&apos;s reference).</source>
        <translation>Podaj --reason: powód (np. znak wniosku).</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Member %1 erased; %n audit record(s) about them keep only who, when and what kind of change.</source>
        <translation>
            <numerusform>Usunięto dane osoby %1; %n wpis dziennika zmian o niej zachowuje tylko kto, kiedy i jaki rodzaj zmiany.</numerusform>
            <numerusform>Usunięto dane osoby %1; %n wpisy dziennika zmian o niej zachowują tylko kto, kiedy i jaki rodzaj zmiany.</numerusform>
            <numerusform>Usunięto dane osoby %1; %n wpisów dziennika zmian o niej zachowuje tylko kto, kiedy i jaki rodzaj zmiany.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/cli/AuditCommands.cpp" line="+23"/>
        <source>Say whose audit: &apos;audit family ID&apos; or &apos;audit user LOGIN&apos;.</source>
        <translation>Podaj, czyj dziennik zmian: „audit family ID” albo „audit user LOGIN”.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/cli/MigrateCommands.cpp" line="+28"/>
        <source>Moved %n row(s) in %1 tables (schema %2) in %3 s; every table holds the same rows on the server as in the file.</source>
        <translation>
            <numerusform>Przeniesiono %n wiersz w %1 tabelach (schemat %2) w %3 s; każda tabela ma na serwerze te same wiersze co w pliku.</numerusform>
            <numerusform>Przeniesiono %n wiersze w %1 tabelach (schemat %2) w %3 s; każda tabela ma na serwerze te same wiersze co w pliku.</numerusform>
            <numerusform>Przeniesiono %n wierszy w %1 tabelach (schemat %2) w %3 s; każda tabela ma na serwerze te same wiersze co w pliku.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Audit trail: %n record(s), the chain verifies on the server.</source>
        <translation>
            <numerusform>Dziennik zmian: %n wpis, łańcuch na serwerze przechodzi sprawdzenie.</numerusform>
            <numerusform>Dziennik zmian: %n wpisy, łańcuch na serwerze przechodzi sprawdzenie.</numerusform>
            <numerusform>Dziennik zmian: %n wpisów, łańcuch na serwerze przechodzi sprawdzenie.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Give the database file to move with --from FILE.</source>
        <translation>Podaj plik bazy do przeniesienia: --from PLIK.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give the server database to move it to with --to postgresql://user@host:port/database.</source>
        <translation>Podaj bazę na serwerze, do której przenieść dane: --to postgresql://użytkownik@host:port/baza.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--to takes a server database, postgresql://user@host:port/database, not &apos;%1&apos;.</source>
        <translation>--to przyjmuje bazę na serwerze, postgresql://użytkownik@host:port/baza, a nie „%1”.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The move is recorded in the server&apos;s audit trail (database.migrate).</source>
        <translation>Przeniesienie zapisano w dzienniku zmian serwera (database.migrate).</translation>
    </message>
    <message>
        <location filename="../../src/cli/SettingsCommands.cpp" line="+60"/>
        <source>Use &apos;settings set residents N&apos;, &apos;settings set document_max_mb N&apos; or &apos;settings set legal_basis_referral|legal_basis_plan|legal_basis_transfer TEXT&apos;.</source>
        <translation>Użyj &apos;settings set residents N&apos;, &apos;settings set document_max_mb N&apos; albo &apos;settings set legal_basis_referral|legal_basis_plan|legal_basis_transfer TEKST&apos;.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&apos;%1&apos; is not a setting this command sets; use &apos;residents&apos;, &apos;document_max_mb&apos;, &apos;legal_basis_referral&apos;, &apos;legal_basis_plan&apos; or &apos;legal_basis_transfer&apos;.</source>
        <translation>&apos;%1&apos; nie jest ustawieniem, które to polecenie zmienia; użyj &apos;residents&apos;, &apos;document_max_mb&apos;, &apos;legal_basis_referral&apos;, &apos;legal_basis_plan&apos; albo &apos;legal_basis_transfer&apos;.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>document_max_mb takes a whole number of MB from 1 to %1, not &apos;%2&apos;.</source>
        <translation>document_max_mb przyjmuje liczbę całkowitą MB od 1 do %1, nie &apos;%2&apos;.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>residents takes a whole number from 1 to %1, not &apos;%2&apos;.</source>
        <translation>residents przyjmuje liczbę całkowitą od 1 do %1, a nie &apos;%2&apos;.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The legal basis packages of purpose &apos;%1&apos; name: %2</source>
        <translation>Podstawa prawna wskazywana w przesyłkach o celu &apos;%1&apos;: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The largest document the centre accepts: %1 MB.</source>
        <translation>Największy dokument, jaki przyjmuje ośrodek: %1 MB.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The centre&apos;s residents: %1.</source>
        <translation>Liczba mieszkańców ośrodka: %1.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&apos;settings %1&apos; is not a command; use &apos;settings show&apos; or &apos;settings set&apos;.</source>
        <translation>&apos;settings %1&apos; nie jest poleceniem; użyj &apos;settings show&apos; lub &apos;settings set&apos;.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use &apos;settings show&apos; or &apos;settings set&apos;.</source>
        <translation>Użyj &apos;settings show&apos; lub &apos;settings set&apos;.</translation>
    </message>
    <message>
        <location filename="../../src/cli/PlacementCommands.cpp" line="+73"/>
        <source>Placement %1: the court was told of the intake on %2.</source>
        <translation>Umieszczenie %1: sąd zawiadomiono o przyjęciu %2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Placement %1: the starosta was told of the intake on %2.</source>
        <translation>Umieszczenie %1: starostę zawiadomiono o przyjęciu %2.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Placement %1: the child&apos;s home OPS was told of the intake on %2.</source>
        <translation>Umieszczenie %1: ośrodek pomocy społecznej gminy właściwej ze względu na miejsce zamieszkania dziecka zawiadomiono o przyjęciu %2.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>--to is required: court, starosta or home_ops.</source>
        <translation>--to jest wymagane: court, starosta lub home_ops.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--to takes court, starosta or home_ops, not &apos;%1&apos;.</source>
        <translation>--to przyjmuje court, starosta lub home_ops, a nie „%1”.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&apos;placement %1&apos; is not a command; use &apos;placement list&apos; or &apos;placement notice&apos;.</source>
        <translation>„placement %1” nie jest poleceniem; użyj „placement list” lub „placement notice”.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use &apos;placement list&apos; or &apos;placement notice&apos;.</source>
        <translation>Użyj „placement list” lub „placement notice”.</translation>
    </message>
    <message>
        <location filename="../../src/cli/DuplicateCommands.cpp" line="+56"/>
        <location line="+35"/>
        <source>--kind takes members or families, not &apos;%1&apos;.</source>
        <translation>--kind przyjmuje members lub families, a nie „%1”.</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>--min-score takes a whole number from 0 to 100, not &apos;%1&apos;.</source>
        <translation>--min-score przyjmuje liczbę całkowitą od 0 do 100, a nie „%1”.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>--kind is required: members or families.</source>
        <translation>Podaj --kind: members lub families.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Family %1 merged into family %2.</source>
        <translation>Rodzina %1 została scalona z rodziną %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Member %1 merged into member %2.</source>
        <translation>Członek rodziny %1 został scalony z członkiem rodziny %2.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Moved: nothing (no rows pointed at %1).</source>
        <translation>Przeniesiono: nic (żaden wpis nie wskazywał na %1).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Moved: %1.</source>
        <translation>Przeniesiono: %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Joined, as they were there twice: %1.</source>
        <translation>Połączono, bo występowały dwukrotnie: %1.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Give the ids of the two records.</source>
        <translation>Podaj identyfikatory obu rekordów.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A record&apos;s id is a positive whole number, not &apos;%1&apos;.</source>
        <translation>Identyfikator rekordu to dodatnia liczba całkowita, a nie „%1”.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Families %1 and %2 are marked as two different families: they are neither listed nor warned of as duplicates again.</source>
        <translation>Rodziny %1 i %2 oznaczono jako dwie różne rodziny: nie będą już wykazywane ani zgłaszane jako duplikaty.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Members %1 and %2 are marked as two different people: they are neither listed nor warned of as duplicates again.</source>
        <translation>Członków rodziny %1 i %2 oznaczono jako dwie różne osoby: nie będą już wykazywani ani zgłaszani jako duplikaty.</translation>
    </message>
    <message>
        <location filename="../../src/cli/CentreCommands.cpp" line="-148"/>
        <source>Centre:      %1</source>
        <translation>Ośrodek:       %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind:        %1</source>
        <translation>Rodzaj:        %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gmina:       %1</source>
        <translation>Gmina:         %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Powiat:      %1</source>
        <translation>Powiat:        %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>REGON:       %1</source>
        <translation>REGON:         %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>(not given)</source>
        <translation>(nie podano)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Card made:   %1 UTC</source>
        <translation>Karta z dnia:  %1 UTC</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fingerprint: %1</source>
        <translation>Odcisk klucza: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>--name is required: the centre&apos;s name as partners will see it.</source>
        <translation>Podaj --name: nazwę ośrodka, jaką zobaczą partnerzy.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--kind is required: ops or pcpr.</source>
        <translation>Podaj --kind: ops lub pcpr.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--area is required: the gmina&apos;s (OPS) or the powiat&apos;s (PCPR) name.</source>
        <translation>Podaj --area: nazwę gminy (OPS) lub powiatu (PCPR).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--kind takes ops or pcpr, not &apos;%1&apos;.</source>
        <translation>--kind przyjmuje wartość ops lub pcpr, a nie „%1”.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Only an administrator can make the centre&apos;s keys; the account &apos;%1&apos; has the role &apos;%2&apos;.</source>
        <translation>Tylko administrator może utworzyć klucze ośrodka; konto „%1” ma rolę „%2”.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The centre&apos;s keys were made and sealed under the centre passphrase. Keep the passphrase safe: without it the centre can neither send nor receive packages.</source>
        <translation>Klucze ośrodka zostały utworzone i zabezpieczone hasłem ośrodka. Przechowuj hasło w bezpiecznym miejscu: bez niego ośrodek nie może wysyłać ani odbierać przesyłek.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Give partner centres the card (opieka-cli centre card --out FILE) and read them the fingerprint over the phone.</source>
        <translation>Przekaż kartę ośrodkom partnerskim (opieka-cli centre card --out PLIK) i odczytaj im odcisk klucza przez telefon.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>--out is required: the file to write the centre&apos;s card to.</source>
        <translation>Podaj --out: plik, do którego ma zostać zapisana karta ośrodka.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The centre&apos;s card was written to %1.</source>
        <translation>Karta ośrodka została zapisana w pliku %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read the fingerprint to the partner centre over the phone when it adds the card.</source>
        <translation>Gdy ośrodek partnerski będzie dodawał kartę, odczytaj mu odcisk klucza przez telefon.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Give the partner centre&apos;s card file.</source>
        <translation>Podaj plik z kartą ośrodka partnerskiego.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cannot read the card file %1: %2.</source>
        <translation>Nie można odczytać pliku karty %1: %2.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Partner centre %1 added.</source>
        <translation>Dodano ośrodek partnerski nr %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Compare every group of the fingerprint with the one the partner centre reads to you over the phone. If any differs, the card is not theirs: do not send this centre anything and tell your administrator.</source>
        <translation>Porównaj każdą grupę cyfr odcisku klucza z tą, którą ośrodek partnerski odczyta Ci przez telefon. Jeśli którakolwiek się różni, karta nie pochodzi od tego ośrodka: niczego mu nie wysyłaj i powiadom administratora.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>No centre passphrase: set OPIEKA_CENTRE_PASSPHRASE or run the command in a terminal to type it.</source>
        <translation>Brak hasła ośrodka: ustaw OPIEKA_CENTRE_PASSPHRASE albo uruchom polecenie w terminalu, by je wpisać.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Centre passphrase: </source>
        <translation>Hasło ośrodka: </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&apos;%1&apos; is not an action of centre: init or card.</source>
        <translation>„%1” nie jest czynnością polecenia centre: init lub card.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Say what to do: centre init or centre card.</source>
        <translation>Podaj czynność: centre init lub centre card.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&apos;%1&apos; is not an action of partner: add or list.</source>
        <translation>„%1” nie jest czynnością polecenia partner: add lub list.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Say what to do: partner add or partner list.</source>
        <translation>Podaj czynność: partner add lub partner list.</translation>
    </message>
    <message>
        <location filename="../../src/cli/ExchangeCommands.cpp" line="+23"/>
        <source>Give the id of the exchange item.</source>
        <translation>Podaj identyfikator przesyłki.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&apos;%1&apos; is not an exchange item id.</source>
        <translation>„%1” nie jest identyfikatorem przesyłki.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cannot read the package file %1: %2.</source>
        <translation>Nie można odczytać pliku przesyłki %1: %2.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Cannot write the package to %1.</source>
        <translation>Nie można zapisać przesyłki w pliku %1.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>--to is required: the partner centre&apos;s fingerprint or name.</source>
        <translation>Podaj --to: odcisk klucza lub nazwę ośrodka partnerskiego.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--purpose is required: referral, plan or transfer.</source>
        <translation>Podaj --purpose: referral, plan lub transfer.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--purpose takes referral, plan or transfer, not &apos;%1&apos; (a receipt is made with exchange receipt).</source>
        <translation>--purpose przyjmuje wartość referral, plan lub transfer, a nie „%1” (potwierdzenie tworzy polecenie exchange receipt).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--out is required: the file to write the package to.</source>
        <translation>Podaj --out: plik, do którego ma zostać zapisana przesyłka.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Outbox item %1: %2 package for %3 written to %4.</source>
        <translation>Przesyłka wychodząca nr %1: przesyłka typu %2 dla: %3, zapisana w pliku %4.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Package %1, SHA-256 %2.</source>
        <translation>Identyfikator przesyłki %1, SHA-256 %2.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Give the package file to receive.</source>
        <translation>Podaj plik przesyłki do odebrania.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Inbox item %1: %2 package from %3 (package %4).</source>
        <translation>Przesyłka przychodząca nr %1: przesyłka typu %2 od: %3 (identyfikator %4).</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Inbox item %1 accepted: family %2.</source>
        <translation>Przyjęto przesyłkę przychodzącą nr %1: rodzina nr %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Inbox item %1 accepted.</source>
        <translation>Przyjęto przesyłkę przychodzącą nr %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+21"/>
        <source>Send %1 the receipt: opieka-cli exchange receipt %2 --out FILE.</source>
        <translation>Wyślij potwierdzenie do: %1 (opieka-cli exchange receipt %2 --out PLIK).</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>--reason is required: why the package is declined (the sender reads it in the receipt).</source>
        <translation>Podaj --reason: powód odrzucenia przesyłki (nadawca przeczyta go w potwierdzeniu).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Inbox item %1 declined; nothing of it was applied.</source>
        <translation>Odrzucono przesyłkę przychodzącą nr %1; nic z jej zawartości nie zostało wprowadzone.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>--out is required: the file to write the receipt to.</source>
        <translation>Podaj --out: plik, do którego ma zostać zapisane potwierdzenie.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Receipt for inbox item %1 (%2) written to %3; give it to %4.</source>
        <translation>Potwierdzenie dla przesyłki przychodzącej nr %1 (%2) zapisano w pliku %3; przekaż je do: %4.</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>&apos;%1&apos; is not an action of exchange: send, receive, accept, decline, receipt or list.</source>
        <translation>„%1” nie jest czynnością polecenia exchange: send, receive, accept, decline, receipt lub list.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Say what to do: exchange send, receive, accept, decline, receipt or list.</source>
        <translation>Podaj czynność: exchange send, receive, accept, decline, receipt lub list.</translation>
    </message>
    <message>
        <location filename="../../src/cli/FieldCommands.cpp" line="-25"/>
        <source>%1 is not a field copy: give the copy taken with field checkout as --db.</source>
        <translation>%1 nie jest kopią terenową: jako --db podaj kopię zabraną poleceniem field checkout.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>--out is required: the file of the new field copy.</source>
        <translation>--out jest wymagane: plik nowej kopii terenowej.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 already exists: a field copy is never written over a file. Give a new --out.</source>
        <translation>%1 już istnieje: kopia terenowa nigdy nie zastępuje pliku. Podaj nowe --out.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No passphrase for the field copy: set OPIEKA_FIELD_PASSPHRASE or run the command in a terminal to type it twice.</source>
        <translation>Brak hasła kopii terenowej: ustaw OPIEKA_FIELD_PASSPHRASE albo uruchom polecenie w terminalu, aby wpisać je dwa razy.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Passphrase for the new field copy: </source>
        <translation>Hasło nowej kopii terenowej: </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Copying</source>
        <translation>Kopiowanie</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Field copy %1 written to %2.</source>
        <translation>Kopia terenowa %1 zapisana w %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Families: %1</source>
        <translation>Rodziny: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Foster families: %1</source>
        <translation>Rodziny zastępcze: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Members: %1</source>
        <translation>Członkowie: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Visits: %1</source>
        <translation>Wizyty: %1</translation>
    </message>
    <message>
        <location line="+142"/>
        <source>Field copy %1 of %2, taken %3 by %4 (worker %5).</source>
        <translation>Kopia terenowa %1 z %2, zabrana %3 przez %4 (pracownik %5).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Last synced %1.</source>
        <translation>Ostatnia synchronizacja: %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not synced yet.</source>
        <translation>Jeszcze nie synchronizowana.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing is pending.</source>
        <translation>Nic nie czeka na synchronizację.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n change(s) pending:</source>
        <translation>
            <numerusform>%n zmiana czeka:</numerusform>
            <numerusform>%n zmiany czekają:</numerusform>
            <numerusform>%n zmian czeka:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n conflict(s) to resolve (field resolve):</source>
        <translation>
            <numerusform>%n konflikt do rozstrzygnięcia (field resolve):</numerusform>
            <numerusform>%n konflikty do rozstrzygnięcia (field resolve):</numerusform>
            <numerusform>%n konfliktów do rozstrzygnięcia (field resolve):</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>--to is required: the centre&apos;s database (a file or postgresql://USER@HOST:PORT/DATABASE).</source>
        <translation>--to jest wymagane: baza danych ośrodka (plik lub postgresql://UŻYTKOWNIK@HOST:PORT/BAZA).</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Syncing</source>
        <translation>Synchronizacja</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Synced: inserted %1, updated %2, deleted %3, unchanged %4, resolved %5, refreshed %6.</source>
        <translation>Zsynchronizowano: dodane %1, zmienione %2, usunięte %3, bez zmian %4, rozstrzygnięte %5, odświeżone %6.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No conflicts.</source>
        <translation>Brak konfliktów.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n conflict(s) left to resolve (field resolve, then sync again):</source>
        <translation>
            <numerusform>Pozostał %n konflikt do rozstrzygnięcia (field resolve, potem ponowna synchronizacja):</numerusform>
            <numerusform>Pozostały %n konflikty do rozstrzygnięcia (field resolve, potem ponowna synchronizacja):</numerusform>
            <numerusform>Pozostało %n konfliktów do rozstrzygnięcia (field resolve, potem ponowna synchronizacja):</numerusform>
        </translation>
    </message>
    <message>
        <location line="+15"/>
        <source>--table is required: the conflict&apos;s table.</source>
        <translation>--table jest wymagane: tabela konfliktu.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--field is required: the conflict&apos;s field (* for a whole record).</source>
        <translation>--field jest wymagane: pole konfliktu (* dla całego rekordu).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Say what stays: --keep centre, --keep field, --keep VALUE, or --value TEXT (a value that reads &apos;centre&apos; or &apos;field&apos;).</source>
        <translation>Powiedz, co zostaje: --keep centre, --keep field, --keep WARTOŚĆ albo --value TEKST (dla wartości „centre” lub „field”).</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Conflict over %1 decided: the centre&apos;s value stays.</source>
        <translation>Konflikt %1 rozstrzygnięty: zostaje wartość ośrodka.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Conflict over %1 decided: the field copy&apos;s value goes to the centre.</source>
        <translation>Konflikt %1 rozstrzygnięty: wartość z kopii terenowej trafi do ośrodka.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Conflict over %1 decided: the value given goes to both sides.</source>
        <translation>Konflikt %1 rozstrzygnięty: podana wartość trafi do obu baz.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The next field sync carries it out.</source>
        <translation>Wykona to następna synchronizacja (field sync).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&apos;%1&apos; is not an action of field: checkout, status, sync or resolve.</source>
        <translation>„%1” nie jest działaniem polecenia field: checkout, status, sync lub resolve.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Say what to do: field checkout, status, sync or resolve.</source>
        <translation>Powiedz, co zrobić: field checkout, status, sync lub resolve.</translation>
    </message>
    <message>
        <location filename="../../src/cli/RecordCommands.cpp" line="-8"/>
        <source>Say what to change: --set FIELD=VALUE (FIELD: %1).</source>
        <translation>Powiedz, co zmienić: --set POLE=WARTOŚĆ (POLE: %1).</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>--set takes FIELD=VALUE with FIELD one of %1, not &apos;%2&apos;.</source>
        <translation>--set przyjmuje POLE=WARTOŚĆ, gdzie POLE to jedno z: %1, a nie „%2”.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--set gives %1 twice.</source>
        <translation>--set podaje %1 dwa razy.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Family %1 updated: %2.</source>
        <translation>Rodzina %1 zmieniona: %2.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 takes a real date as YYYY-MM-DD, not &apos;%2&apos;.</source>
        <translation>%1 przyjmuje istniejącą datę RRRR-MM-DD, a nie „%2”.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--date YYYY-MM-DD is required: the day of the visit.</source>
        <translation>--date RRRR-MM-DD jest wymagane: dzień wizyty.</translation>
    </message>
    <message>
        <location filename="../../src/cli/DocumentCommands.cpp" line="+53"/>
        <source>Give exactly one of --family ID, --foster-family ID and --placement ID: whose documents.</source>
        <translation>Podaj dokładnie jedno z: --family ID, --foster-family ID, --placement ID: czyje to dokumenty.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Give the id of the document.</source>
        <translation>Podaj identyfikator dokumentu.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&apos;%1&apos; is not a document id.</source>
        <translation>„%1” nie jest identyfikatorem dokumentu.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 is a folder; give a PDF, JPEG or PNG file.</source>
        <translation>%1 to folder; podaj plik PDF, JPEG lub PNG.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is not a regular file (a device, FIFO or socket); give a PDF, JPEG or PNG file.</source>
        <translation>%1 nie jest zwykłym plikiem (to urządzenie, kolejka FIFO lub gniazdo); podaj plik PDF, JPEG lub PNG.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The file %1 is %2 MB; the largest file accepted is %3 MB. Scan it at a lower resolution or split it.</source>
        <translation>Plik %1 ma %2 MB; największy przyjmowany plik ma %3 MB. Zeskanuj go w niższej rozdzielczości lub podziel.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>There is no file %1.</source>
        <translation>Nie ma pliku %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+8"/>
        <location line="+4"/>
        <location line="+9"/>
        <source>Cannot read %1: %2.</source>
        <translation>Nie można odczytać %1: %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 changed while it was read; attach it again when it is complete.</source>
        <translation>%1 zmienił się w trakcie odczytu; dołącz go ponownie, gdy będzie kompletny.</translation>
    </message>
    <message>
        <location line="+18"/>
        <location filename="../../src/cli/RecordCommands.cpp" line="+5"/>
        <source>--kind is required: one of %1.</source>
        <translation>--kind jest wymagane: jedno z: %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../src/cli/RecordCommands.cpp" line="+5"/>
        <source>--kind takes one of %1, not &apos;%2&apos;.</source>
        <translation>--kind przyjmuje jedno z: %1, a nie „%2”.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--file is required: the PDF, JPEG or PNG file to attach.</source>
        <translation>--file jest wymagane: plik PDF, JPEG lub PNG do dołączenia.</translation>
    </message>
    <message>
        <location line="+130"/>
        <source>--out FILE is required: where to write the copy.</source>
        <translation>--out PLIK jest wymagane: gdzie zapisać kopię.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Document %1 written to %2.</source>
        <translation>Dokument %1 zapisano w %2.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>--reason TEXT is required: why the document is removed (it is recorded).</source>
        <translation>--reason TEKST jest wymagane: dlaczego dokument jest usuwany (powód zostaje zapisany).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Document %1 removed.</source>
        <translation>Dokument %1 usunięto.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&apos;%1&apos; is not an action of document: add, list, get or remove.</source>
        <translation>„%1” nie jest działaniem polecenia document: add, list, get lub remove.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Say what to do: document add, list, get or remove.</source>
        <translation>Powiedz, co zrobić: document add, list, get lub remove.</translation>
    </message>
    <message>
        <location filename="../../src/cli/RecordCommands.cpp" line="+7"/>
        <source>A visit is logged under the acting account&apos;s worker; the account &apos;%1&apos; is not linked to a worker.</source>
        <translation>Wizyta jest zapisywana na pracownika działającego konta; konto „%1” nie jest powiązane z pracownikiem.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>  a likely match in a case out of your reach; ask your manager</source>
        <translation>  prawdopodobnie ta sama osoba w sprawie poza Twoim zasięgiem; zapytaj kierownika</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>  a likely match in a case of %1; ask them or your manager</source>
        <translation>  prawdopodobnie ta sama osoba w sprawie prowadzonej przez: %1; zapytaj ich lub kierownika</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>  member %1 of family %2 (%3): %4, born %5, score %6</source>
        <translation>  członek %1 rodziny %2 (%3): %4, ur. %5, wynik %6</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not known</source>
        <translation>nieznana</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>--first-name is required.</source>
        <translation>--first-name jest wymagane.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--last-name is required.</source>
        <translation>--last-name jest wymagane.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--relation is required: one of %1.</source>
        <translation>--relation jest wymagane: jedno z: %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--relation takes one of %1, not &apos;%2&apos;.</source>
        <translation>--relation przyjmuje jedno z: %1, a nie „%2”.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--sex takes F or M, not &apos;%1&apos;.</source>
        <translation>--sex przyjmuje F lub M, a nie „%1”.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>%1 is likely already in the register, so nothing was saved:
%2
Check the match; to save a new record all the same, repeat the command with --save-anyway.</source>
        <translation>%1 prawdopodobnie już jest w rejestrze, więc nic nie zapisano:
%2
Sprawdź to; aby mimo to zapisać nowy rekord, powtórz polecenie z --save-anyway.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Saved although %1 is likely already in the register:
%2</source>
        <translation>Zapisano, choć %1 prawdopodobnie już jest w rejestrze:
%2</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&apos;%1&apos; is not an action of family: update.</source>
        <translation>„%1” nie jest działaniem polecenia family: update.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Say what to do: family update.</source>
        <translation>Powiedz, co zrobić: family update.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&apos;%1&apos; is not an action of visit: add.</source>
        <translation>„%1” nie jest działaniem polecenia visit: add.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Say what to do: visit add.</source>
        <translation>Powiedz, co zrobić: visit add.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&apos;%1&apos; is not an action of member: add.</source>
        <translation>„%1” nie jest działaniem polecenia member: add.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Say what to do: member add.</source>
        <translation>Powiedz, co zrobić: member add.</translation>
    </message>
    <message>
        <location filename="../../src/cli/SessionCommands.cpp" line="+55"/>
        <source>Signed in as &apos;%1&apos; until %2. Commands against %3 need no password until then; &apos;opieka-cli logout&apos; ends the session.</source>
        <translation>Zalogowano jako „%1” do %2. Do tego czasu polecenia na bazie %3 nie wymagają hasła; „opieka-cli logout” kończy sesję.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>No command-line session is kept for %1.</source>
        <translation>Dla %1 nie ma sesji wiersza poleceń.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The session file was removed.</source>
        <translation>Plik sesji został usunięty.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Signed out: the command-line session for %1 is ended.</source>
        <translation>Wylogowano: sesja wiersza poleceń dla %1 została zakończona.</translation>
    </message>
</context>
<context>
    <name>CliSessionService</name>
    <message>
        <location filename="../../src/app/trust/CliSessionService.cpp" line="+30"/>
        <source>Run opieka-cli login again.</source>
        <translation>Uruchom ponownie opieka-cli login.</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>The command-line session was ended (logout) or was not made in this database.</source>
        <translation>Sesja wiersza poleceń została zakończona (logout) albo nie powstała w tej bazie danych.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The command-line session belongs to another user of this computer; a copied session file is not accepted.</source>
        <translation>Sesja wiersza poleceń należy do innego użytkownika tego komputera; skopiowany plik sesji nie jest przyjmowany.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The command-line session of &apos;%1&apos; expired at %2 (UTC).</source>
        <translation>Sesja wiersza poleceń konta „%1” wygasła o %2 (UTC).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The command-line session was made in another database.</source>
        <translation>Sesja wiersza poleceń powstała w innej bazie danych.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The account &apos;%1&apos; is disabled.</source>
        <translation>Konto „%1” jest wyłączone.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The role of the account &apos;%1&apos; changed since the login.</source>
        <translation>Rola konta „%1” zmieniła się od zalogowania.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The password of the account &apos;%1&apos; changed since the login.</source>
        <translation>Hasło konta „%1” zmieniło się od zalogowania.</translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <location filename="../../src/ui/record/ContactDialog.ui" line="+8"/>
        <source>Log contact</source>
        <translation>Zarejestruj kontakt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Family</source>
        <translation>Rodzina</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Worker:</source>
        <translation>&amp;Pracownik:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Worker who made the contact</source>
        <translation>Pracownik, który odbył kontakt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Date and time:</source>
        <translation>&amp;Data i godzina:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Date of the contact</source>
        <translation>Data kontaktu</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>at</source>
        <translation>o</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Record the time</source>
        <translation>Zapisz godzinę</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Time of the contact</source>
        <translation>Godzina kontaktu</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Rodzaj:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Kind of contact</source>
        <translation>Rodzaj kontaktu</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Present:</source>
        <translation>O&amp;becni:</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+1"/>
        <source>Who was present</source>
        <translation>Kto był obecny</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Notes:</source>
        <translation>&amp;Notatki:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Notes</source>
        <translation>Notatki</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Ne&amp;xt step:</source>
        <translation>Nas&amp;tępny krok:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Agreed next step</source>
        <translation>Uzgodniony następny krok</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What was agreed to do next</source>
        <translation>Co uzgodniono jako następny krok</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>D&amp;ue:</source>
        <translation>Te&amp;rmin:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>b&amp;y</source>
        <translation>&amp;do</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The next step has a due date</source>
        <translation>Następny krok ma termin</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Due date of the next step</source>
        <translation>Termin następnego kroku</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Draft status</source>
        <translation>Stan szkicu</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Error</source>
        <translation>Błąd</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Dialog buttons</source>
        <translation>Przyciski okna</translation>
    </message>
</context>
<context>
    <name>ContactKind</name>
    <message>
        <location filename="../../src/domain/Contact.cpp" line="+12"/>
        <source>Home visit</source>
        <translation>Wizyta w środowisku</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Office meeting</source>
        <translation>Spotkanie w ośrodku</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone call</source>
        <translation>Rozmowa telefoniczna</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Partner institution</source>
        <translation>Instytucja współpracująca</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Family Group Conference</source>
        <translation>Konferencja Grupy Rodzinnej</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Family mediation</source>
        <translation>Mediacja rodzinna</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Referral to the interdisciplinary team</source>
        <translation>Skierowanie do zespołu interdyscyplinarnego</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Specialist help</source>
        <translation>Pomoc specjalistyczna</translation>
    </message>
</context>
<context>
    <name>ContactService</name>
    <message>
        <location filename="../../src/app/record/ContactService.cpp" line="+46"/>
        <source>Give the date of the contact.</source>
        <translation>Podaj datę kontaktu.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A due date needs the next step it is for.</source>
        <translation>Termin wymaga opisu następnego kroku, którego dotyczy.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The next step is due on %1, before the contact itself.</source>
        <translation>Termin następnego kroku (%1) przypada przed samym kontaktem.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>There is no contact with id %1.</source>
        <translation>Nie ma kontaktu o identyfikatorze %1.</translation>
    </message>
</context>
<context>
    <name>ContactsTab</name>
    <message>
        <location filename="../../src/ui/record/ContactsTab.ui" line="+10"/>
        <source>Visits and contacts</source>
        <translation>Wizyty i kontakty</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Notes of the selected contact</source>
        <translation>Notatki wybranego kontaktu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select a contact to read its notes.</source>
        <translation>Wybierz kontakt, aby przeczytać notatki.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Log contact…</source>
        <translation>&amp;Zarejestruj kontakt…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log a visit or contact</source>
        <translation>Zarejestruj wizytę lub kontakt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ed&amp;it…</source>
        <translation>&amp;Edytuj…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit the selected contact</source>
        <translation>Edytuj wybrany kontakt</translation>
    </message>
</context>
<context>
    <name>CoordinatorDeskTab</name>
    <message>
        <location filename="../../src/ui/desks/CoordinatorDeskTab.ui" line="+13"/>
        <source>Coordina&amp;tor:</source>
        <translation>Koordyna&amp;tor:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Coordinator</source>
        <translation>Koordynator</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Record the noti&amp;ce…</source>
        <translation>Zapisz za&amp;wiadomienie…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record the notice of the selected item&apos;s emergency intake</source>
        <translation>Zapisz zawiadomienie o przyjęciu w trybie pilnym, którego dotyczy wybrana pozycja</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Show in the re&amp;gister</source>
        <translation>Pokaż w rej&amp;estrze</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the selected foster family in the register</source>
        <translation>Pokaż wybraną rodzinę zastępczą w rejestrze</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Refresh</source>
        <translation>O&amp;dśwież</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refresh the coordinator start page</source>
        <translation>Odśwież stronę koordynatora</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Coordinator&apos;s capacity</source>
        <translation>Obciążenie koordynatora</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Due within 30 days or overdue (overdue first):</source>
        <translation>Terminy w ciągu 30 dni lub zaległe (zaległe na górze):</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reviews, assessments and reports due, overdue first</source>
        <translation>Oceny i zgłoszenia do wykonania, zaległe na górze</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>My foster families:</source>
        <translation>Moje rodziny zastępcze:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>My foster families</source>
        <translation>Moje rodziny zastępcze</translation>
    </message>
</context>
<context>
    <name>Csv</name>
    <message>
        <location filename="../../src/app/exchange/CsvReader.cpp" line="+80"/>
        <source>Its columns are separated by semicolons, as Excel saves a CSV with Polish settings; Opieka reads commas.</source>
        <translation>Jego kolumny są rozdzielone średnikami, tak jak Excel z polskimi ustawieniami zapisuje CSV; Opieka czyta przecinki.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Save it again as CSV UTF-8: in Excel File › Save As › &quot;CSV UTF-8 (Comma delimited) (*.csv)&quot;; in LibreOffice Calc tick &quot;Edit filter settings&quot; and choose Unicode (UTF-8) and the comma.</source>
        <translation>Zapisz go ponownie jako CSV UTF-8: w Excelu Plik › Zapisz jako › „CSV UTF-8 (rozdzielany przecinkami) (*.csv)”; w LibreOffice Calc zaznacz „Edytuj ustawienia filtra” i wybierz Unicode (UTF-8) oraz przecinek.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>%1:%2: the file is not UTF-8 text.</source>
        <translation>%1:%2: plik nie jest tekstem UTF-8.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Its Polish letters are in Windows-1250, the encoding of the &quot;CSV&quot; that Excel saves with Polish settings.</source>
        <translation>Jego polskie litery są w kodowaniu Windows-1250, w którym Excel z polskimi ustawieniami zapisuje „CSV”.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>%1:%2: the line is longer than %3 characters (is a quote or a line break missing?); nothing was imported.</source>
        <translation>%1:%2: wiersz jest dłuższy niż %3 znaków (czy brakuje cudzysłowu albo końca wiersza?); nic nie zaimportowano.</translation>
    </message>
    <message>
        <location line="+21"/>
        <location line="+36"/>
        <location line="+59"/>
        <source>%1:%2: text after the closing quote of a field.</source>
        <translation>%1:%2: tekst po zamykającym cudzysłowie pola.</translation>
    </message>
    <message>
        <location line="-76"/>
        <source>%1:%2: a quote inside a field that does not start with one; put the whole field in quotes and double the inner quotes.</source>
        <translation>%1:%2: cudzysłów wewnątrz pola, które nie zaczyna się cudzysłowem; ujmij całe pole w cudzysłów, a wewnętrzne cudzysłowy podwój.</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>%1:%2: a quoted field is not closed before the end of the file.</source>
        <translation>%1:%2: pole w cudzysłowie nie zostało zamknięte przed końcem pliku.</translation>
    </message>
</context>
<context>
    <name>CsvRow</name>
    <message>
        <location filename="../../src/app/exchange/CsvRow.cpp" line="+78"/>
        <source>%1 is %2 characters long; at most %3 are allowed</source>
        <translation>%1 ma %2 znaków; dozwolone jest najwyżej %3</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 holds a control character (U+%2) at character %3; notes may hold tabs and line breaks but no other control characters</source>
        <translation>%1 zawiera znak sterujący (U+%2) na pozycji %3; notatki mogą zawierać tabulatory i końce wierszy, ale żadnych innych znaków sterujących</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 holds a control character (U+%2) at character %3; this text may not hold control characters (tabs and line breaks included)</source>
        <translation>%1 zawiera znak sterujący (U+%2) na pozycji %3; ten tekst nie może zawierać znaków sterujących (także tabulatorów i końców wierszy)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 is empty</source>
        <translation>%1 jest puste</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 must be a positive whole number, not &apos;%2&apos;</source>
        <translation>%1 musi być dodatnią liczbą całkowitą, a nie „%2”</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 &apos;%2&apos; is not a date in the form YYYY-MM-DD</source>
        <translation>%1 „%2” nie jest datą w postaci RRRR-MM-DD</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1 &apos;%2&apos; is not a date YYYY-MM-DD or a date and time YYYY-MM-DDTHH:MM</source>
        <translation>%1 „%2” nie jest datą RRRR-MM-DD ani datą z godziną RRRR-MM-DDTGG:MM</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 must be more than 0 and at most 1 (a full-time post), not &apos;%2&apos;</source>
        <translation>%1 musi być większe od 0 i nie większe niż 1 (pełny etat), a nie „%2”</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <location filename="../../src/storage/AssignmentRepository.cpp" line="+59"/>
        <source>The assignment was not saved.</source>
        <translation>Przydział nie został zapisany.</translation>
    </message>
    <message>
        <location filename="../../src/storage/Database.cpp" line="+112"/>
        <source>%1 cannot be opened as an encrypted field copy.</source>
        <translation>Nie można otworzyć %1 jako zaszyfrowanej kopii terenowej.</translation>
    </message>
    <message>
        <location line="+99"/>
        <source>The connection to the database server at %1 was lost; your entries are kept in the form. Nothing of this step was saved: try again, Opieka reconnects.</source>
        <translation>Połączenie z serwerem bazy danych %1 zostało przerwane; wpisane dane pozostają w formularzu. Nic z tego kroku nie zostało zapisane: spróbuj ponownie, Opieka połączy się od nowa.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The database server at %1 cannot be reached: %2 Your entries are kept in the form; try again in a moment.</source>
        <translation>Nie można połączyć się z serwerem bazy danych %1: %2 Wpisane dane pozostają w formularzu; spróbuj ponownie za chwilę.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>There is no database at %1. Create it first with: opieka-cli --db %1 init</source>
        <translation>Nie ma bazy danych %1. Utwórz ją najpierw poleceniem: opieka-cli --db %1 init</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is not a file; give the path of a database file.</source>
        <translation>%1 nie jest plikiem; podaj ścieżkę pliku bazy danych.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 is a field copy locked with a passphrase; unlock it with its passphrase first.</source>
        <translation>%1 jest kopią terenową zabezpieczoną hasłem; najpierw odblokuj ją jej hasłem.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Cannot open the database %1: %2</source>
        <translation>Nie można otworzyć bazy danych %1: %2</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>%1 is not a database address; write it as postgresql://user@host:port/database.</source>
        <translation>%1 nie jest adresem bazy danych; zapisz go jako postgresql://użytkownik@host:port/baza.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Do not write the password into the database address; set the environment variable OPIEKA_DB_PASSWORD instead.</source>
        <translation>Nie wpisuj hasła do adresu bazy danych; ustaw zamiast tego zmienną środowiskową OPIEKA_DB_PASSWORD.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>This installation cannot reach PostgreSQL: the Qt driver QPSQL is missing (Debian package libqt6sql6-psql).</source>
        <translation>Ta instalacja nie może połączyć się z PostgreSQL: brakuje sterownika Qt QPSQL (pakiet Debiana libqt6sql6-psql).</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Cannot connect to the database %1: %2</source>
        <translation>Nie można połączyć się z bazą danych %1: %2</translation>
    </message>
    <message>
        <location line="-268"/>
        <source>%1 is not a usable Opieka database: %2</source>
        <translation>%1 nie jest używalną bazą danych Opieki: %2</translation>
    </message>
    <message>
        <location filename="../../src/storage/RuleRepository.cpp" line="+50"/>
        <source>The rule was not saved.</source>
        <translation>Reguła nie została zapisana.</translation>
    </message>
    <message>
        <location filename="../../src/storage/AuditRepository.cpp" line="+31"/>
        <location filename="../../src/storage/BulkWriter.cpp" line="+251"/>
        <location filename="../../src/storage/Database.cpp" line="+131"/>
        <location filename="../../src/storage/KnownIds.cpp" line="+36"/>
        <location filename="../../src/storage/SqlHelpers.cpp" line="+19"/>
        <source>Database error: %1</source>
        <translation>Błąd bazy danych: %1</translation>
    </message>
    <message>
        <location filename="../../src/storage/UserRepository.cpp" line="+47"/>
        <source>The account was not saved.</source>
        <translation>Konto nie zostało zapisane.</translation>
    </message>
    <message>
        <location filename="../../src/storage/BulkWriter.cpp" line="+11"/>
        <location filename="../../src/storage/SqlHelpers.cpp" line="+166"/>
        <source>The change was not saved.</source>
        <translation>Zmiana nie została zapisana.</translation>
    </message>
    <message>
        <location filename="../../src/storage/ContactRepository.cpp" line="+46"/>
        <source>The contact was not saved.</source>
        <translation>Kontakt nie został zapisany.</translation>
    </message>
    <message>
        <location filename="../../src/storage/MemberRepository.cpp" line="+42"/>
        <source>The member was not saved.</source>
        <translation>Członek rodziny nie został zapisany.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The member&apos;s details were changed elsewhere since they were read.</source>
        <translation>Dane osoby zostały zmienione gdzie indziej od czasu ich odczytania.</translation>
    </message>
    <message>
        <location filename="../../src/storage/PlacementRepository.cpp" line="+40"/>
        <source>The placement was not saved.</source>
        <translation>Umieszczenie nie zostało zapisane.</translation>
    </message>
    <message>
        <location filename="../../src/storage/FamilyRepository.cpp" line="+197"/>
        <source>The family&apos;s record was changed elsewhere since it was read.</source>
        <translation>Kartoteka rodziny została zmieniona gdzie indziej od czasu jej odczytania.</translation>
    </message>
    <message>
        <location filename="../../src/storage/FieldSyncRepository.cpp" line="+21"/>
        <source>&apos;%1&apos; is not a table or column of this database.</source>
        <translation>&apos;%1&apos; nie jest tabelą ani kolumną tej bazy danych.</translation>
    </message>
    <message>
        <location filename="../../src/storage/DocumentRepository.cpp" line="+103"/>
        <source>The document was not saved.</source>
        <translation>Dokument nie został zapisany.</translation>
    </message>
</context>
<context>
    <name>DatabaseCopy</name>
    <message>
        <location filename="../../src/storage/DatabaseCopy.cpp" line="+66"/>
        <source>Backups and restores of a PostgreSQL database are made on the server with pg_dump and pg_restore; see docs/deployment.md.</source>
        <translation>Kopie zapasowe bazy PostgreSQL wykonuje się i odtwarza na serwerze poleceniami pg_dump i pg_restore; zob. docs/deployment.md.</translation>
    </message>
    <message>
        <location line="+114"/>
        <source>A restore must run inside a transaction.</source>
        <translation>Przywracanie musi odbywać się w transakcji.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The backup&apos;s tables differ from this database&apos;s; it cannot be restored here.</source>
        <translation>Tabele kopii zapasowej różnią się od tabel tej bazy danych; nie można jej tu przywrócić.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The backup&apos;s table %1 differs from this database&apos;s; it cannot be restored here.</source>
        <translation>Tabela %1 kopii zapasowej różni się od tabeli tej bazy danych; nie można jej tu przywrócić.</translation>
    </message>
</context>
<context>
    <name>DatabaseTransfer</name>
    <message>
        <location filename="../../src/storage/DatabaseTransfer.cpp" line="+222"/>
        <source>The table %1 of the file has no counterpart in %2; nothing was copied.</source>
        <translation>Tabela %1 z pliku nie ma odpowiednika w %2; nic nie zostało skopiowane.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The table %1 of %2 has no counterpart in the file; nothing was copied.</source>
        <translation>Tabela %1 w %2 nie ma odpowiednika w pliku; nic nie zostało skopiowane.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The database to move from must be an Opieka database file (SQLite), not a server address.</source>
        <translation>Baza, z której przenosisz dane, musi być plikiem bazy Opieki (SQLite), a nie adresem serwera.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 holds no tables; it is not an Opieka database.</source>
        <translation>%1 nie zawiera żadnych tabel; to nie jest baza Opieki.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 was written by a newer version of Opieka (schema %2; this program knows up to %3). Move it with that version.</source>
        <translation>%1 została zapisana przez nowszą wersję Opieki (schemat %2; ten program zna schematy do %3). Przenieś ją tamtą wersją.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 has the schema of an older version of Opieka (%2; this program&apos;s is %3). Upgrade and check it first with: opieka-cli --db %1 verify, then move it.</source>
        <translation>%1 ma schemat starszej wersji Opieki (%2; ten program ma %3). Najpierw ją zaktualizuj i sprawdź poleceniem: opieka-cli --db %1 verify, a potem przenieś.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>The foreign keys of the tables %1 refer to each other in a circle; they cannot be copied one after another.</source>
        <translation>Klucze obce tabel %1 odwołują się do siebie w kółko; nie da się ich skopiować jednej po drugiej.</translation>
    </message>
    <message>
        <location line="+92"/>
        <source>The table %1 has other columns in %2 than in the file; nothing was copied.</source>
        <translation>Tabela %1 ma w %2 inne kolumny niż w pliku; nic nie zostało skopiowane.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Copying the table %1 failed: %2</source>
        <translation>Kopiowanie tabeli %1 nie powiodło się: %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The table %1 of the file holds a value that is not a number in the column %2 (row %3); nothing was copied.</source>
        <translation>Tabela %1 w pliku zawiera w kolumnie %2 wartość, która nie jest liczbą (wiersz %3); nic nie zostało skopiowane.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Copying the table %1 failed at row %2 (%3); nothing was copied.</source>
        <translation>Kopiowanie tabeli %1 nie powiodło się na wierszu %2 (%3); nic nie zostało skopiowane.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>The database %1 already holds data (table %2). Opieka moves a centre only into an empty database; create a new one (docs/deployment.md). Nothing was changed.</source>
        <translation>Baza %1 zawiera już dane (tabela %2). Opieka przenosi ośrodek tylko do pustej bazy; utwórz nową (docs/deployment.md). Nic nie zostało zmienione.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>The audit trail of %1 is broken at record %2; it would not verify on the server either. See: opieka-cli --db %1 verify. Nothing was copied.</source>
        <translation>Łańcuch dziennika zmian w %1 jest przerwany na wpisie %2; na serwerze też nie przeszedłby sprawdzenia. Zobacz: opieka-cli --db %1 verify. Nic nie zostało skopiowane.</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>After copying, the table %1 differs between the file (%2 rows) and %3 (%4 rows); nothing was copied.</source>
        <translation>Po skopiowaniu tabela %1 różni się między plikiem (wierszy: %2) a %3 (wierszy: %4); nic nie zostało skopiowane.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>After copying, the audit trail does not verify on %1 (record %2); nothing was copied.</source>
        <translation>Po skopiowaniu łańcuch dziennika zmian w %1 nie przechodzi sprawdzenia (wpis %2); nic nie zostało skopiowane.</translation>
    </message>
</context>
<context>
    <name>DemoService</name>
    <message>
        <location filename="../../src/app/demo/DemoService.cpp" line="+148"/>
        <source>The database already holds data; demo data goes only into an empty database. Give another file with --db.</source>
        <translation>Baza danych zawiera już dane; dane demonstracyjne trafiają tylko do pustej bazy. Podaj inny plik opcją --db.</translation>
    </message>
</context>
<context>
    <name>DirectoryService</name>
    <message>
        <location filename="../../src/app/core/DirectoryService.cpp" line="+47"/>
        <source>Case %1 exists but is not among the cases you may open; ask your manager.</source>
        <translation>Sprawa %1 istnieje, ale nie ma jej wśród spraw, które możesz otworzyć; zapytaj kierownika.</translation>
    </message>
</context>
<context>
    <name>DocumentKind</name>
    <message>
        <location filename="../../src/domain/CaseDocument.cpp" line="+14"/>
        <source>Court order</source>
        <translation>Postanowienie sądu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Signed work plan</source>
        <translation>Podpisany plan pracy</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Health certificate</source>
        <translation>Zaświadczenie lekarskie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Psychologist&apos;s opinion</source>
        <translation>Opinia psychologa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Niebieska Karta form</source>
        <translation>Formularz Niebieska Karta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Letter</source>
        <translation>Pismo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <translation>Inny</translation>
    </message>
</context>
<context>
    <name>DocumentPrinter</name>
    <message>
        <location filename="../../src/ui/common/DocumentPrinter.cpp" line="+33"/>
        <source>Opieka</source>
        <translation>Opieka</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot write %1.</source>
        <translation>Nie można zapisać %1.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Print preview</source>
        <translation>Podgląd wydruku</translation>
    </message>
</context>
<context>
    <name>DocumentPrinting</name>
    <message>
        <location filename="../../src/ui/documents/DocumentPrinting.cpp" line="+45"/>
        <source>The PDF file cannot be read (it may be damaged).</source>
        <translation>Nie można odczytać pliku PDF (może być uszkodzony).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The PDF file has no pages to print.</source>
        <translation>Plik PDF nie ma stron do wydrukowania.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+27"/>
        <source>The printer cannot be used.</source>
        <translation>Nie można użyć drukarki.</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>The printer stopped at page %1.</source>
        <translation>Drukarka zatrzymała się na stronie %1.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Page %1 of the PDF file cannot be drawn.</source>
        <translation>Nie można narysować strony %1 pliku PDF.</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+25"/>
        <source>The image cannot be read (it may be damaged).</source>
        <translation>Nie można odczytać obrazu (może być uszkodzony).</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+14"/>
        <source>Cannot print the document</source>
        <translation>Nie można wydrukować dokumentu</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Print %1</source>
        <translation>Drukuj %1</translation>
    </message>
</context>
<context>
    <name>DocumentScreenshots</name>
    <message>
        <location filename="../../tools/screenshots/DocumentScreenshots.cpp" line="+95"/>
        <source>The database has no open family.</source>
        <translation>Baza danych nie ma żadnej otwartej rodziny.</translation>
    </message>
    <message>
        <location line="+108"/>
        <source>The family record could not be opened.</source>
        <translation>Nie udało się otworzyć kartoteki rodziny.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The example family&apos;s court order is missing.</source>
        <translation>Przykładowa rodzina nie ma postanowienia sądu.</translation>
    </message>
</context>
<context>
    <name>DocumentService</name>
    <message>
        <location filename="../../src/app/documents/DocumentChecks.cpp" line="+27"/>
        <source>There is no placement %1.</source>
        <translation>Nie ma umieszczenia %1.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Give the document&apos;s file name.</source>
        <translation>Podaj nazwę pliku dokumentu.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The file name is longer than %1 characters: rename the file.</source>
        <translation>Nazwa pliku jest dłuższa niż %1 znaków: zmień nazwę pliku.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file name holds control characters: rename the file.</source>
        <translation>Nazwa pliku zawiera znaki sterujące: zmień nazwę pliku.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Give the document&apos;s date.</source>
        <translation>Podaj datę dokumentu.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The document&apos;s date (%1) is after today: give the date it was issued or signed.</source>
        <translation>Data dokumentu (%1) jest późniejsza niż dzisiejsza: podaj datę jego wydania lub podpisania.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The document&apos;s date (%1) is before 1900: check it.</source>
        <translation>Data dokumentu (%1) jest wcześniejsza niż 1900 r.: sprawdź ją.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The description is longer than %1 characters.</source>
        <translation>Opis jest dłuższy niż %1 znaków.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The description holds a NUL character.</source>
        <translation>Opis zawiera znak NUL.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A health certificate is attached to the foster family that presented it.</source>
        <translation>Zaświadczenie lekarskie dołącza się do rodziny zastępczej, która je przedstawiła.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A psychologist&apos;s opinion is attached to the foster family that presented it.</source>
        <translation>Opinię psychologa dołącza się do rodziny zastępczej, która ją przedstawiła.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A signed work plan is attached to the family&apos;s record.</source>
        <translation>Podpisany plan pracy dołącza się do akt rodziny.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A plan version is given only for a signed work plan.</source>
        <translation>Wersję planu podaje się tylko dla podpisanego planu pracy.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>There is no family %1.</source>
        <translation>Nie ma rodziny %1.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location filename="../../src/app/documents/DocumentService.cpp" line="+155"/>
        <source>There is no foster family %1.</source>
        <translation>Nie ma rodziny zastępczej %1.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>There is no household member %1.</source>
        <translation>Nie ma członka gospodarstwa domowego %1.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Household member %1 is not of the case the document is attached to.</source>
        <translation>Członek gospodarstwa domowego %1 nie należy do sprawy, do której dołączany jest dokument.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Family %1 has no work plan %2.</source>
        <translation>Rodzina %1 nie ma planu pracy %2.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Version %1 of the work plan is a draft: the family signs the agreed plan.</source>
        <translation>Wersja %1 planu pracy jest projektem: rodzina podpisuje uzgodniony plan.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Family %1 has no agreed work plan to sign: agree the plan first.</source>
        <translation>Rodzina %1 nie ma uzgodnionego planu pracy do podpisania: najpierw uzgodnij plan.</translation>
    </message>
    <message>
        <location filename="../../src/app/documents/DocumentService.cpp" line="-69"/>
        <source>There is no document %1.</source>
        <translation>Nie ma dokumentu %1.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The file %1 is empty: choose the scanned document itself.</source>
        <translation>Plik %1 jest pusty: wybierz sam zeskanowany dokument.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The file %1 is %2 MB; the largest file accepted is %3 MB. Scan it at a lower resolution or split it.</source>
        <translation>Plik %1 ma %2 MB; największy przyjmowany plik ma %3 MB. Zeskanuj go w niższej rozdzielczości albo podziel.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The file %1 is not a PDF, JPEG or PNG file (told by its content, not its name). Save or scan it as PDF, JPEG or PNG.</source>
        <translation>Plik %1 nie jest plikiem PDF, JPEG ani PNG (rozpoznane po zawartości, nie po nazwie). Zapisz go lub zeskanuj jako PDF, JPEG albo PNG.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The file %1 is named as a .%2 file, but its content is %3. Rename it to what it is, or choose the right file.</source>
        <translation>Plik %1 ma nazwę pliku .%2, ale jego zawartość to %3. Zmień nazwę zgodnie z zawartością albo wybierz właściwy plik.</translation>
    </message>
    <message>
        <location line="+140"/>
        <source>Document %1 was removed on %2 (%3); its content is no longer kept.</source>
        <translation>Dokument %1 został usunięty %2 (%3); jego treść nie jest już przechowywana.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Document %1 was removed; its content is no longer kept.</source>
        <translation>Dokument %1 został usunięty; jego treść nie jest już przechowywana.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The stored content of document %1 does not match its SHA-256: the copy in the database is damaged. Restore it from a backup.</source>
        <translation>Zapisana treść dokumentu %1 nie zgadza się z jej skrótem SHA-256: kopia w bazie danych jest uszkodzona. Przywróć ją z kopii zapasowej.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Could not write %1: %2</source>
        <translation>Nie udało się zapisać %1: %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Say why the document is removed: the removal is a recorded decision.</source>
        <translation>Podaj, dlaczego dokument jest usuwany: usunięcie jest odnotowywaną decyzją.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The reason is longer than %1 characters.</source>
        <translation>Powód jest dłuższy niż %1 znaków.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The reason holds a NUL character.</source>
        <translation>Powód zawiera znak NUL.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Document %1 was already removed by %2.</source>
        <translation>Dokument %1 został już usunięty przez %2.</translation>
    </message>
</context>
<context>
    <name>DuplicateReasons</name>
    <message>
        <location filename="../../src/ui/duplicates/DuplicateReasons.cpp" line="+10"/>
        <source>same PESEL</source>
        <translation>ten sam PESEL</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>different PESEL</source>
        <translation>inny PESEL</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>same name</source>
        <translation>to samo imię i nazwisko</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>name spelt differently</source>
        <translation>imię lub nazwisko zapisane inaczej</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>name with a typo</source>
        <translation>literówka w imieniu lub nazwisku</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>surname in the other gender</source>
        <translation>nazwisko w formie drugiej płci</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>different surname</source>
        <translation>inne nazwisko</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>different first name</source>
        <translation>inne imię</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>same birth date</source>
        <translation>ta sama data urodzenia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>birth day and month swapped</source>
        <translation>zamieniony dzień i miesiąc urodzenia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>birth date one digit apart</source>
        <translation>data urodzenia różna o jedną cyfrę</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>different birth date</source>
        <translation>inna data urodzenia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>different sex</source>
        <translation>inna płeć</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>same municipality</source>
        <translation>ta sama gmina</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>same address</source>
        <translation>ten sam adres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a family member in common</source>
        <translation>wspólny członek rodziny</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>, </source>
        <translation>, </translation>
    </message>
</context>
<context>
    <name>DuplicateScreenshots</name>
    <message>
        <location filename="../../tools/screenshots/DuplicateScreenshots.cpp" line="+189"/>
        <source>Cannot make a temporary folder for the copy of the database.</source>
        <translation>Nie można utworzyć folderu tymczasowego na kopię bazy danych.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cannot copy the database %1.</source>
        <translation>Nie można skopiować bazy danych %1.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The demo database has too few people to copy as duplicates.</source>
        <translation>W bazie demonstracyjnej jest za mało osób, by skopiować je jako duplikaty.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>The person typed again matches no one.</source>
        <translation>Ponownie wpisana osoba nie pasuje do nikogo.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The acting user has no Likely duplicates tab.</source>
        <translation>Działający użytkownik nie ma karty Prawdopodobne duplikaty.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The likely duplicates could not be listed.</source>
        <translation>Nie udało się wyświetlić listy prawdopodobnych duplikatów.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The copy of a demo person is not on the list of likely duplicates.</source>
        <translation>Kopii osoby z bazy demonstracyjnej nie ma na liście prawdopodobnych duplikatów.</translation>
    </message>
</context>
<context>
    <name>DuplicateService</name>
    <message>
        <location filename="../../src/app/duplicates/DuplicateService.cpp" line="+185"/>
        <source>The lowest score takes a whole number from 0 to 100, not %1.</source>
        <translation>Najniższy wynik przyjmuje liczbę całkowitą od 0 do 100, a nie %1.</translation>
    </message>
    <message>
        <location line="+261"/>
        <source>A record cannot be marked as someone other than itself.</source>
        <translation>Nie można oznaczyć rekordu jako innej osoby niż on sam.</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>There is no member with the id %1.</source>
        <translation>Nie ma członka rodziny o identyfikatorze %1.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>There is no family with the id %1.</source>
        <translation>Nie ma rodziny o identyfikatorze %1.</translation>
    </message>
</context>
<context>
    <name>EncryptedFile</name>
    <message>
        <location filename="../../src/storage/EncryptedFile.cpp" line="+82"/>
        <source>The passphrase of a field copy must be at least %1 characters long.</source>
        <translation>Hasło kopii terenowej musi mieć co najmniej %1 znaków.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The encryption of field copies cannot be set up in this process (not enough memory?).</source>
        <translation>Nie można uruchomić szyfrowania kopii terenowych w tym procesie (za mało pamięci?).</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 already exists; a field copy is only ever made as a new file.</source>
        <translation>%1 już istnieje; kopia terenowa powstaje zawsze jako nowy plik.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 is not a field copy (an encrypted Opieka database).</source>
        <translation>%1 nie jest kopią terenową (zaszyfrowaną bazą Opieki).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The passphrase does not open the field copy %1.</source>
        <translation>To hasło nie otwiera kopii terenowej %1.</translation>
    </message>
</context>
<context>
    <name>EndPlacementDialog</name>
    <message>
        <location filename="../../src/ui/fostercare/EndPlacementDialog.ui" line="+8"/>
        <source>End placement</source>
        <translation>Zakończ umieszczenie</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Placement</source>
        <translation>Umieszczenie</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Ends on:</source>
        <translation>Data &amp;zakończenia:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Placement ends on</source>
        <translation>Data zakończenia umieszczenia</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Reason:</source>
        <translation>&amp;Powód:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reason the placement ends</source>
        <translation>Powód zakończenia umieszczenia</translation>
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
    <name>ExchangeDocuments</name>
    <message>
        <location filename="../../src/app/exchange/ExchangeDocuments.cpp" line="+62"/>
        <source>it is not a JSON object</source>
        <translation>nie jest obiektem JSON</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>it has no id</source>
        <translation>nie ma identyfikatora</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>its member_id is neither a member&apos;s id nor null</source>
        <translation>jego member_id nie jest ani identyfikatorem członka rodziny, ani null</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>its kind &apos;%1&apos; is not one this program knows</source>
        <translation>jego rodzaj „%1” jest nieznany temu programowi</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>its date is not a date written YYYY-MM-DD</source>
        <translation>jego data nie jest datą zapisaną jako RRRR-MM-DD</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>it has no description (an empty one is written &quot;&quot;)</source>
        <translation>nie ma opisu (pusty zapisuje się jako &quot;&quot;)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>its description is longer than %1 characters</source>
        <translation>jego opis jest dłuższy niż %1 znaków</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>its file name is empty, longer than %1 characters or names a folder</source>
        <translation>nazwa jego pliku jest pusta, dłuższa niż %1 znaków albo wskazuje folder</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>its media type is not application/pdf, image/jpeg or image/png</source>
        <translation>jego typ nie jest application/pdf, image/jpeg ani image/png</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>its file name does not end as a file of type %1 does</source>
        <translation>nazwa jego pliku nie ma rozszerzenia pliku typu %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>its sha256 is not 64 lower-case hexadecimal digits</source>
        <translation>jego sha256 nie składa się z 64 małych cyfr szesnastkowych</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>its content is missing or larger than %1 MB</source>
        <translation>brak jego treści albo jest ona większa niż %1 MB</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>its content is not written in Base64</source>
        <translation>jego treść nie jest zapisana w Base64</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>its content is empty</source>
        <translation>jego treść jest pusta</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>its content is not what its SHA-256 says: it was changed or damaged</source>
        <translation>jego treść nie zgadza się z jego SHA-256: została zmieniona lub uszkodzona</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>its content is not the %1 its media type says</source>
        <translation>jego treść nie jest plikiem %1, jak podaje jego typ</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Document %1 was removed while the package was being made; make the package again.</source>
        <translation>Dokument %1 usunięto w trakcie tworzenia paczki; utwórz paczkę jeszcze raz.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 carries &quot;documents&quot; that are not a list; nothing of it was accepted. Ask the partner centre to send it again.</source>
        <translation>%1 zawiera pole „documents”, które nie jest listą; nic z niej nie przyjęto. Poproś ośrodek partnerski o ponowne wysłanie.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>its id is that of another document of the package</source>
        <translation>ma identyfikator innego dokumentu z paczki</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the sender&apos;s document no. %1 (item %2 of %3)</source>
        <translation>dokument nadawcy nr %1 (pozycja %2 z %3)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>item %1 of %2 of its documents</source>
        <translation>pozycja %1 z %2 wśród jej dokumentów</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 carries a document that cannot be kept: %2, %3. Nothing of the package was accepted; ask the partner centre to send it again.</source>
        <translation>%1 zawiera dokument, którego nie można przyjąć: %2 — %3. Nic z paczki nie przyjęto; poproś ośrodek partnerski o ponowne wysłanie.</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>%1 %2 — %3 (%4 kB)</source>
        <translation>%1 %2 — %3 (%4 kB)</translation>
    </message>
</context>
<context>
    <name>ExchangeScreenshots</name>
    <message>
        <location filename="../../tools/screenshots/ExchangeScreenshots.cpp" line="+123"/>
        <source>Cannot make a temporary folder for the two centres&apos; databases.</source>
        <translation>Nie można utworzyć folderu tymczasowego na bazy danych obu ośrodków.</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>The demo database has no family with a child and visits to refer.</source>
        <translation>W demonstracyjnej bazie danych nie ma rodziny z dzieckiem i wizytami, którą można by skierować.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>The partner&apos;s accepted referral has no family.</source>
        <translation>Skierowanie przyjęte przez ośrodek partnerski nie ma przypisanej rodziny.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The referred family has no child at the partner centre.</source>
        <translation>Skierowana rodzina nie ma dziecka w ośrodku partnerskim.</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>The partner&apos;s demo database has no family to refer.</source>
        <translation>W demonstracyjnej bazie danych ośrodka partnerskiego nie ma rodziny do skierowania.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The Centre Identity and Partners dialog shows no card or no partner.</source>
        <translation>Okno „Tożsamość ośrodka i partnerzy” nie pokazuje karty ośrodka albo partnera.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The Send to Partner Centre dialog shows no visits or no preview.</source>
        <translation>Okno „Wyślij do ośrodka partnerskiego” nie pokazuje wizyt albo podglądu.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cases › Exchange with Partner Centres… shows no Exchange tab.</source>
        <translation>Polecenie Sprawy › Wymiana z ośrodkami partnerskimi… nie pokazuje karty „Wymiana z ośrodkami partnerskimi”.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The Exchange tab lists no received package.</source>
        <translation>Karta „Wymiana z ośrodkami partnerskimi” nie pokazuje żadnej odebranej przesyłki.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The family record could not be opened.</source>
        <translation>Nie można otworzyć akt rodziny.</translation>
    </message>
</context>
<context>
    <name>ExchangeService</name>
    <message>
        <location filename="../../src/app/exchange/ExchangeService.cpp" line="+241"/>
        <source>The centre has no keys yet: an administrator makes them first (opieka-cli centre init).</source>
        <translation>Ośrodek nie ma jeszcze kluczy: najpierw utworzy je administrator (opieka-cli centre init).</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Two partner centres are called &apos;%1&apos;; name the one meant by its fingerprint.</source>
        <translation>Dwa ośrodki partnerskie nazywają się „%1”; wskaż właściwy po jego odcisku klucza.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&apos;%1&apos; is not a partner centre; a manager adds its card first (opieka-cli partner add).</source>
        <translation>„%1” nie jest ośrodkiem partnerskim; najpierw kierownik doda jego kartę ośrodka (opieka-cli partner add).</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>referral</source>
        <translation>skierowanie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>plan</source>
        <translation>plan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>transfer</source>
        <translation>przekazanie sprawy</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>receipt</source>
        <translation>potwierdzenie</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>received</source>
        <translation>odebrana</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>accepted</source>
        <translation>przyjęta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>declined</source>
        <translation>odrzucona</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>sent</source>
        <translation>wysłana</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>delivered</source>
        <translation>doręczona</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>parent</source>
        <translation>rodzic</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>legal guardian</source>
        <translation>opiekun prawny</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>child</source>
        <translation>dziecko</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>spouse or partner</source>
        <translation>małżonek lub partner</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>sibling</source>
        <translation>rodzeństwo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>grandparent</source>
        <translation>dziadek lub babcia</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>other household member</source>
        <translation>inna osoba we wspólnym gospodarstwie</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>A receipt is made for a received package (opieka-cli exchange receipt), not sent as a package of its own.</source>
        <translation>Potwierdzenie tworzy się dla odebranej przesyłki (opieka-cli exchange receipt), a nie wysyła jako osobną przesyłkę.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A child&apos;s help plan goes in a plan package.</source>
        <translation>Plan pomocy dziecku wysyła się w przesyłce z planem.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Family no. %1 (%2), %3</source>
        <translation>Rodzina nr %1 (%2), %3</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Member %1 is not a member of family no. %2.</source>
        <translation>Osoba %1 nie należy do rodziny nr %2.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 has no help plan to send.</source>
        <translation>%1 nie ma planu pomocy do wysłania.</translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>Help plan for %1, %n item(s)</source>
        <translation>
            <numerusform>Plan pomocy dla: %1, %n pozycja</numerusform>
            <numerusform>Plan pomocy dla: %1, %n pozycje</numerusform>
            <numerusform>Plan pomocy dla: %1, %n pozycji</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Family no. %1 has no work plan to send.</source>
        <translation>Rodzina nr %1 nie ma planu pracy do wysłania.</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>Work plan version %1 of %2, %n goal(s)</source>
        <translation>
            <numerusform>Plan pracy, wersja %1 z %2, %n cel</numerusform>
            <numerusform>Plan pracy, wersja %1 z %2, %n cele</numerusform>
            <numerusform>Plan pracy, wersja %1 z %2, %n celów</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+24"/>
        <source>Work plan version %1 (%2), %n goal(s)</source>
        <translation>
            <numerusform>Plan pracy, wersja %1 (%2), %n cel</numerusform>
            <numerusform>Plan pracy, wersja %1 (%2), %n cele</numerusform>
            <numerusform>Plan pracy, wersja %1 (%2), %n celów</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>, with %n earlier version(s)</source>
        <translation>
            <numerusform>, z %n wcześniejszą wersją</numerusform>
            <numerusform>, z %n wcześniejszymi wersjami</numerusform>
            <numerusform>, z %n wcześniejszymi wersjami</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Assessment of %1</source>
        <translation>Ocena z %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+5"/>
        <source>Visit %1 is not a visit of family no. %2.</source>
        <translation>Wizyta %1 nie jest wizytą u rodziny nr %2.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The notes of visit %1 can go only with the visit itself: add it to the excerpt.</source>
        <translation>Notatki z wizyty %1 można wysłać tylko razem z samą wizytą: dodaj ją do wyciągu.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 %2 — with notes</source>
        <translation>%1 %2 — z notatkami</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 %2 — without notes</source>
        <translation>%1 %2 — bez notatek</translation>
    </message>
    <message>
        <location line="-104"/>
        <source>Plan: family no. %1, help plan of member no. %2</source>
        <translation>Plan: rodzina nr %1, plan pomocy osoby nr %2</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Plan: family no. %1, work plan version %2</source>
        <translation>Plan: rodzina nr %1, plan pracy w wersji %2</translation>
    </message>
    <message numerus="yes">
        <location line="+98"/>
        <source>Transfer: family no. %1, %n member(s)</source>
        <translation>
            <numerusform>Przekazanie sprawy: rodzina nr %1, %n osoba</numerusform>
            <numerusform>Przekazanie sprawy: rodzina nr %1, %n osoby</numerusform>
            <numerusform>Przekazanie sprawy: rodzina nr %1, %n osób</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Referral: family no. %1, %n member(s)</source>
        <translation>
            <numerusform>Skierowanie: rodzina nr %1, %n osoba</numerusform>
            <numerusform>Skierowanie: rodzina nr %1, %n osoby</numerusform>
            <numerusform>Skierowanie: rodzina nr %1, %n osób</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <location line="+303"/>
        <location line="+5"/>
        <source>, %n visit(s)</source>
        <translation>
            <numerusform>, %n wizyta</numerusform>
            <numerusform>, %n wizyty</numerusform>
            <numerusform>, %n wizyt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-305"/>
        <location line="+307"/>
        <source>, %n document(s)</source>
        <translation>
            <numerusform>, %n dokument</numerusform>
            <numerusform>, %n dokumenty</numerusform>
            <numerusform>, %n dokumentów</numerusform>
        </translation>
    </message>
    <message>
        <location line="-304"/>
        <source>To: %1 (fingerprint %2)</source>
        <translation>Do: %1 (odcisk klucza %2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Purpose: %1</source>
        <translation>Cel: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Legal basis: %1</source>
        <translation>Podstawa prawna: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n member(s):</source>
        <translation>
            <numerusform>%n osoba:</numerusform>
            <numerusform>%n osoby:</numerusform>
            <numerusform>%n osób:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n visit(s), of them with notes: %1</source>
        <translation>
            <numerusform>%n wizyta, w tym z notatkami: %1</numerusform>
            <numerusform>%n wizyty, w tym z notatkami: %1</numerusform>
            <numerusform>%n wizyt, w tym z notatkami: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n document(s):</source>
        <translation>
            <numerusform>%n dokument:</numerusform>
            <numerusform>%n dokumenty:</numerusform>
            <numerusform>%n dokumentów:</numerusform>
        </translation>
    </message>
    <message>
        <location line="+138"/>
        <source>%1 is meant for another centre (fingerprint %2), not this one; it was not opened.</source>
        <translation>Przesyłka %1 jest przeznaczona dla innego ośrodka (odcisk klucza %2), nie dla tego; nie została otwarta.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 comes from a centre that is not a partner (fingerprint %2): a manager adds its card first, after checking the fingerprint by phone.</source>
        <translation>Przesyłka %1 pochodzi od ośrodka, który nie jest partnerem (odcisk klucza %2): najpierw kierownik doda jego kartę ośrodka, po sprawdzeniu odcisku klucza telefonicznie.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 was received before (package %2, on %3); the same package is not taken twice.</source>
        <translation>Przesyłka %1 została już odebrana (przesyłka %2, %3); tej samej przesyłki nie przyjmuje się dwa razy.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 opened, but its content is not an exchange document of version %2 for its purpose; ask the sender to send it again with an up-to-date program.</source>
        <translation>Przesyłka %1 została otwarta, ale jej treść nie jest dokumentem wymiany w wersji %2 zgodnym z celem przesyłki; poproś nadawcę o ponowne wysłanie z aktualnej wersji programu.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>%1 is a receipt without a decision this program knows.</source>
        <translation>Przesyłka %1 jest potwierdzeniem bez rozstrzygnięcia znanego temu programowi.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is a receipt for package %2, which this centre did not send.</source>
        <translation>Przesyłka %1 jest potwierdzeniem dla przesyłki %2, której ten ośrodek nie wysłał.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is a receipt for package %2 from &apos;%3&apos;, but the package went to &apos;%4&apos;.</source>
        <translation>Przesyłka %1 jest potwierdzeniem dla przesyłki %2 od „%3”, ale przesyłka została wysłana do „%4”.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is a receipt for package %2, but for other bytes than those sent (a different SHA-256).</source>
        <translation>Przesyłka %1 jest potwierdzeniem dla przesyłki %2, ale dla innej zawartości niż wysłana (inna suma SHA-256).</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+556"/>
        <source>Receipt for package %1: %2</source>
        <translation>Potwierdzenie dla przesyłki %1: %2</translation>
    </message>
    <message numerus="yes">
        <location line="-509"/>
        <source>Referral: the partner&apos;s family no. %1, %n member(s)</source>
        <translation>
            <numerusform>Skierowanie: rodzina nr %1 w ośrodku partnerskim, %n osoba</numerusform>
            <numerusform>Skierowanie: rodzina nr %1 w ośrodku partnerskim, %n osoby</numerusform>
            <numerusform>Skierowanie: rodzina nr %1 w ośrodku partnerskim, %n osób</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Transfer: the partner&apos;s family no. %1, %n member(s)</source>
        <translation>
            <numerusform>Przekazanie sprawy: rodzina nr %1 w ośrodku partnerskim, %n osoba</numerusform>
            <numerusform>Przekazanie sprawy: rodzina nr %1 w ośrodku partnerskim, %n osoby</numerusform>
            <numerusform>Przekazanie sprawy: rodzina nr %1 w ośrodku partnerskim, %n osób</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Plan: the partner&apos;s family no. %1, help plan of its member no. %2</source>
        <translation>Plan: rodzina nr %1 w ośrodku partnerskim, plan pomocy osoby nr %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Plan: the partner&apos;s family no. %1, work plan version %2</source>
        <translation>Plan: rodzina nr %1 w ośrodku partnerskim, plan pracy w wersji %2</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>There is no received package with id %1.</source>
        <translation>Nie ma odebranej przesyłki o identyfikatorze %1.</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+339"/>
        <source>Package %1 is a receipt; it was applied when it was received.</source>
        <translation>Przesyłka %1 jest potwierdzeniem; uwzględniono ją w chwili odebrania.</translation>
    </message>
    <message>
        <location line="-337"/>
        <location line="+339"/>
        <source>Package %1 is already %2.</source>
        <translation>Przesyłka %1 jest już %2.</translation>
    </message>
    <message>
        <location line="-331"/>
        <source>The content of package %1 was erased with a person&apos;s data (GDPR art. 17), so there is nothing to accept; decline it, and ask the partner centre to send it again if it is still needed.</source>
        <translation>Treść przesyłki %1 została usunięta wraz z danymi osoby (art. 17 RODO), więc nie ma czego przyjąć; odrzuć przesyłkę i, jeśli jest nadal potrzebna, poproś ośrodek partnerski o ponowne jej przesłanie.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Package %1 is a plan for the partner&apos;s family no. %2 (%3), which is not linked to a family here; accept it with the family it is about (--link FAMILY_ID).</source>
        <translation>Przesyłka %1 zawiera plan dla rodziny nr %2 (%3) u partnera, która nie jest powiązana z żadną rodziną w tym ośrodku; przyjmij ją, wskazując rodzinę, której dotyczy (--link ID_RODZINY).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Only a manager accepts a package that opens a new family&apos;s case (a social worker links it to her case with --link).</source>
        <translation>Przesyłkę, która zakłada sprawę nowej rodziny, przyjmuje tylko kierownik (pracownik socjalny wiąże ją ze swoją sprawą przez --link).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The family of package %1 is likely family no. %2 (%3) already registered here. Check, then accept again with --link %2 to add the package to it.</source>
        <translation>Rodzina z przesyłki %1 to prawdopodobnie rodzina nr %2 (%3), już zarejestrowana w tym ośrodku. Sprawdź to, a następnie przyjmij przesyłkę ponownie z --link %2, aby dołączyć ją do tej rodziny.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The package&apos;s visits are written under the accepting worker; the account &apos;%1&apos; is not linked to a worker.</source>
        <translation>Wizyty z przesyłki zapisuje się na pracownika, który ją przyjmuje; konto „%1” nie jest powiązane z żadnym pracownikiem.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Package %1</source>
        <translation>Paczka %1</translation>
    </message>
    <message>
        <location line="+284"/>
        <source>Give the reason for declining; the sender reads it in the receipt.</source>
        <translation>Podaj powód odrzucenia; nadawca przeczyta go w potwierdzeniu.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Only a manager or a social worker declines a package not yet linked to a family.</source>
        <translation>Przesyłkę niepowiązaną jeszcze z rodziną może odrzucić tylko kierownik lub pracownik socjalny.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Package %1 is itself a receipt; a receipt gets no receipt.</source>
        <translation>Przesyłka %1 sama jest potwierdzeniem; na potwierdzenie nie wystawia się potwierdzenia.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The sender of package %1 is no longer a partner centre.</source>
        <translation>Nadawca przesyłki %1 nie jest już ośrodkiem partnerskim.</translation>
    </message>
    <message>
        <location line="+102"/>
        <source>There is no exchange item with id %1 that the account &apos;%2&apos; may see.</source>
        <translation>Nie ma pozycji wymiany o identyfikatorze %1, którą konto „%2” może zobaczyć.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>This plan&apos;s text was erased with a person&apos;s data (GDPR art. 17).</source>
        <translation>Treść tego planu została usunięta wraz z danymi osoby (art. 17 RODO).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a child whose data were erased</source>
        <translation>dziecko, którego dane usunięto</translation>
    </message>
</context>
<context>
    <name>ExtendStayDialog</name>
    <message>
        <location filename="../../src/ui/fostercare/ExtendStayDialog.ui" line="+8"/>
        <source>Extend emergency stay</source>
        <translation>Przedłuż pobyt w pogotowiu rodzinnym</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Emergency stay</source>
        <translation>Pobyt w pogotowiu rodzinnym</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Ground:</source>
        <translation>&amp;Podstawa:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Ground of the extension</source>
        <translation>Podstawa przedłużenia</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Extend &amp;until:</source>
        <translation>Przedłuż &amp;do:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Stay extended until</source>
        <translation>Pobyt przedłużony do</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Consent &amp;given by:</source>
        <translation>Zgody &amp;udzielił(a):</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Consent given by</source>
        <translation>Zgody udzielił(a)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Consent &amp;date:</source>
        <translation>&amp;Data zgody:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Consent date</source>
        <translation>Data zgody</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The court&apos;s proceedings &amp;ended on:</source>
        <translation>Postępowanie sądowe &amp;zakończyło się:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The court&apos;s proceedings ended</source>
        <translation>Postępowanie sądowe zakończone</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Day the court&apos;s proceedings ended</source>
        <translation>Dzień zakończenia postępowania sądowego</translation>
    </message>
    <message>
        <location line="+11"/>
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
    <name>FamiliesTab</name>
    <message>
        <location filename="../../src/ui/families/FamiliesTab.ui" line="+13"/>
        <source>&amp;Search:</source>
        <translation>&amp;Szukaj:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Surname, first name, case number, PESEL or municipality</source>
        <translation>Nazwisko, imię, sygnatura, PESEL lub gmina</translation>
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
        <source>&amp;New family…</source>
        <translation>&amp;Nowa rodzina…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open a case for a new family</source>
        <translation>Otwórz sprawę nowej rodziny</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Open</source>
        <translation>&amp;Otwórz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the selected family&apos;s record</source>
        <translation>Otwórz kartotekę wybranej rodziny</translation>
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
    <name>FamilyHeading</name>
    <message>
        <location filename="../../src/ui/record/FamilyHeading.cpp" line="+12"/>
        <source>&lt;b&gt;%1&lt;/b&gt; %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; %2</translation>
    </message>
</context>
<context>
    <name>FamilyRecordWindow</name>
    <message>
        <location filename="../../src/ui/record/FamilyRecordWindow.ui" line="+8"/>
        <source>Family record</source>
        <translation>Kartoteka rodziny</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Family</source>
        <translation>Rodzina</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Case status</source>
        <translation>Stan sprawy</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Niebieska Karta</source>
        <translation>Niebieska Karta</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Niebieska Karta date:</source>
        <translation>Data Niebieskiej Karty:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Date the Niebieska Karta procedure starts or ends</source>
        <translation>Data wszczęcia lub zakończenia procedury Niebieskiej Karty</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Start Niebieska &amp;Karta</source>
        <translation>Wszcznij Niebieską &amp;Kartę</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start the Niebieska Karta procedure</source>
        <translation>Wszcznij procedurę Niebieskiej Karty</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;End Niebieska Karta</source>
        <translation>&amp;Zakończ Niebieską Kartę</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End the Niebieska Karta procedure</source>
        <translation>Zakończ procedurę Niebieskiej Karty</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Team check</source>
        <translation>Sprawdzenie zespołu</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Family record sections</source>
        <translation>Sekcje kartoteki rodziny</translation>
    </message>
</context>
<context>
    <name>FamilyService</name>
    <message>
        <location filename="../../src/app/families/FamilyService.cpp" line="+55"/>
        <location line="+51"/>
        <source>Give the family&apos;s name (usually the surname).</source>
        <translation>Podaj nazwę rodziny (zwykle nazwisko).</translation>
    </message>
    <message>
        <location line="-49"/>
        <location line="+51"/>
        <source>Give the municipality (gmina) the family lives in.</source>
        <translation>Podaj gminę, w której mieszka rodzina.</translation>
    </message>
    <message>
        <location line="-49"/>
        <source>Give the date the case is opened.</source>
        <translation>Podaj datę otwarcia sprawy.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>A family with id %1 already exists.</source>
        <translation>Rodzina o identyfikatorze %1 już istnieje.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Someone else changed this family&apos;s record %1 since you opened it, so your changes were not saved over theirs. Your entries are still in the form: note them, reopen the record to see the other changes, and enter yours again.</source>
        <translation>Ktoś inny zmienił kartotekę tej rodziny %1 po tym, jak ją otworzono, więc Twoje zmiany nie nadpisały cudzych. Twoje wpisy nadal są w formularzu: zanotuj je, otwórz kartotekę ponownie, by zobaczyć tamte zmiany, i wprowadź swoje jeszcze raz.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>The family is already in that category.</source>
        <translation>Rodzina jest już w tej kategorii.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The change cannot be dated before the case was opened (%1).</source>
        <translation>Zmiana nie może mieć daty wcześniejszej niż otwarcie sprawy (%1).</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Give the reason the case is closed.</source>
        <translation>Podaj powód zamknięcia sprawy.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The case is already closed since %1.</source>
        <translation>Sprawa jest już zamknięta od %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The case cannot close on or before the day it opened (%1).</source>
        <translation>Sprawy nie można zamknąć w dniu otwarcia ani wcześniej (%1).</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The case is open.</source>
        <translation>Sprawa jest otwarta.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>A Niebieska Karta procedure is already in progress since %1.</source>
        <translation>Procedura Niebieskiej Karty trwa już od %1.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>No Niebieska Karta procedure is in progress for this family.</source>
        <translation>Dla tej rodziny nie trwa procedura Niebieskiej Karty.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The procedure cannot end before it started (%1).</source>
        <translation>Procedura nie może zakończyć się przed wszczęciem (%1).</translation>
    </message>
</context>
<context>
    <name>FieldCheckout</name>
    <message>
        <location filename="../../src/app/field/FieldCheckout.cpp" line="+47"/>
        <source>The account &apos;%1&apos; is disabled.</source>
        <translation>Konto „%1” jest wyłączone.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only worker %1&apos;s own account or a manager can take her cases into the field; the account &apos;%2&apos; is neither.</source>
        <translation>Sprawy pracownika %1 może zabrać w teren tylko jego własne konto albo kierownik; konto „%2” nie jest żadnym z nich.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>The centre&apos;s database has no identity (database_anchor); run &apos;opieka-cli verify&apos;.</source>
        <translation>Baza danych ośrodka nie ma tożsamości (database_anchor); uruchom „opieka-cli verify”.</translation>
    </message>
    <message>
        <location line="+115"/>
        <source>This is a field copy: cases are taken into the field from the centre&apos;s database. Sync this copy with the centre first.</source>
        <translation>To jest kopia terenowa: sprawy zabiera się w teren z bazy ośrodka. Najpierw zsynchronizuj tę kopię z ośrodkiem.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>There is no worker %1.</source>
        <translation>Nie ma pracownika %1.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Worker %1 has no active account: she could not sign in to the field copy. Link an account to her first.</source>
        <translation>Pracownik %1 nie ma aktywnego konta: nie mógłby zalogować się do kopii terenowej. Najpierw powiąż z nim konto.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A field copy is a file on this computer: give its path.</source>
        <translation>Kopia terenowa to plik na tym komputerze: podaj jego ścieżkę.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 already exists: a field copy is never written over another file. Choose a new file name.</source>
        <translation>%1 już istnieje: kopia terenowa nigdy nie nadpisuje innego pliku. Wybierz nową nazwę pliku.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>The field copy&apos;s passphrase must have at least %n character(s).</source>
        <translation>
            <numerusform>Hasło kopii terenowej musi mieć co najmniej %n znak.</numerusform>
            <numerusform>Hasło kopii terenowej musi mieć co najmniej %n znaki.</numerusform>
            <numerusform>Hasło kopii terenowej musi mieć co najmniej %n znaków.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/storage/FieldScopeQuery.cpp" line="+68"/>
        <source>The field copy has no table &apos;%1&apos;.</source>
        <translation>Kopia terenowa nie ma tabeli „%1”.</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>The table &apos;%1&apos; is not part of a field copy.</source>
        <translation>Tabela „%1” nie należy do kopii terenowej.</translation>
    </message>
</context>
<context>
    <name>FieldCopy</name>
    <message>
        <location filename="../../src/app/field/FieldCopy.cpp" line="+40"/>
        <source>Assignments and caseload limits are changed at the centre: this is a field copy of %1. Sync it and do it in the centre&apos;s database.</source>
        <translation>Przydziały i limity spraw zmienia się w ośrodku: to jest kopia terenowa z ośrodka „%1”. Zsynchronizuj ją i zrób to w bazie ośrodka.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reports over the whole centre are made at the centre: this is a field copy of %1. Sync it and make them in the centre&apos;s database.</source>
        <translation>Raporty z całego ośrodka sporządza się w ośrodku: to jest kopia terenowa z ośrodka „%1”. Zsynchronizuj ją i sporządź je w bazie ośrodka.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Packages to and from partner centres go through the centre: this is a field copy of %1. Sync it and do it in the centre&apos;s database.</source>
        <translation>Paczki do ośrodków partnerskich i od nich przechodzą przez ośrodek: to jest kopia terenowa z ośrodka „%1”. Zsynchronizuj ją i zrób to w bazie ośrodka.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Imports, accounts, backups and erasure are done at the centre: this is a field copy of %1. Sync it and do it in the centre&apos;s database.</source>
        <translation>Importy, konta, kopie zapasowe i usuwanie danych wykonuje się w ośrodku: to jest kopia terenowa z ośrodka „%1”. Zsynchronizuj ją i zrób to w bazie ośrodka.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Documents are attached and removed at the centre: this is a field copy of %1, which shows them but does not bring new ones back. Sync it and do it in the centre&apos;s database.</source>
        <translation>Dokumenty dołącza się i usuwa w ośrodku: to jest kopia terenowa z %1, która je pokazuje, ale nie przenosi nowych z powrotem. Zsynchronizuj ją i zrób to w bazie ośrodka.</translation>
    </message>
</context>
<context>
    <name>FieldLabels</name>
    <message>
        <location filename="../../src/ui/field/FieldLabels.cpp" line="+15"/>
        <source>Family no. %1</source>
        <translation>Rodzina nr %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Family member no. %1</source>
        <translation>Członek rodziny nr %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Category change no. %1</source>
        <translation>Zmiana kategorii nr %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Niebieska Karta period no. %1</source>
        <translation>Okres Niebieskiej Karty nr %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Visit or contact no. %1</source>
        <translation>Wizyta lub kontakt nr %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Team link no. %1</source>
        <translation>Przypisanie do zespołu nr %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Work plan no. %1</source>
        <translation>Plan pracy nr %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plan goal no. %1</source>
        <translation>Cel planu nr %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plan action no. %1</source>
        <translation>Działanie planu nr %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Family assessment no. %1</source>
        <translation>Ocena rodziny nr %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Foster family no. %1</source>
        <translation>Rodzina zastępcza nr %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Placement no. %1</source>
        <translation>Umieszczenie nr %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Child review no. %1</source>
        <translation>Ocena sytuacji dziecka nr %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Foster family assessment no. %1</source>
        <translation>Ocena rodziny zastępczej nr %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Help plan item no. %1</source>
        <translation>Pozycja planu pomocy nr %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Child&apos;s status no. %1</source>
        <translation>Status dziecka nr %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Record no. %1 (%2)</source>
        <translation>Rekord nr %1 (%2)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the whole record</source>
        <translation>cały rekord</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>address</source>
        <translation>adres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>name</source>
        <translation>nazwa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>municipality</source>
        <translation>gmina</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>category</source>
        <translation>kategoria</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>case number</source>
        <translation>numer sprawy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>opened on</source>
        <translation>data otwarcia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>closed on</source>
        <translation>data zamknięcia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reason for closing</source>
        <translation>powód zamknięcia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>first name</source>
        <translation>imię</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>last name</source>
        <translation>nazwisko</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PESEL</source>
        <translation>PESEL</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>date of birth</source>
        <translation>data urodzenia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sex</source>
        <translation>płeć</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>relation</source>
        <translation>pokrewieństwo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>date</source>
        <translation>data</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>time</source>
        <translation>godzina</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>kind</source>
        <translation>rodzaj</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>who was present</source>
        <translation>obecni</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>notes</source>
        <translation>notatki</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>next step</source>
        <translation>następny krok</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>next step due</source>
        <translation>termin następnego kroku</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>status</source>
        <translation>status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>description</source>
        <translation>opis</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>(empty)</source>
        <translation>(puste)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 — changed by %2</source>
        <translation>%1 — zmienił(a) %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 — changed on %2</source>
        <translation>%1 — zmienione %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 — changed by %2 on %3</source>
        <translation>%1 — zmienił(a) %2, %3</translation>
    </message>
</context>
<context>
    <name>FieldScreenshots</name>
    <message>
        <location filename="../../tools/screenshots/FieldScreenshots.cpp" line="+139"/>
        <source>The example visit is missing.</source>
        <translation>Brakuje przykładowej wizyty.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Cannot make a temporary folder for the centre&apos;s database and its field copy.</source>
        <translation>Nie można utworzyć folderu tymczasowego na bazę ośrodka i jej kopię terenową.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The demo database has no social worker with families to take out.</source>
        <translation>W bazie demonstracyjnej nie ma pracownika socjalnego z rodzinami, których sprawy można zabrać w teren.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The Take Cases into the Field dialog does not show the worker&apos;s fields.</source>
        <translation>Okno „Zabierz sprawy w teren” nie pokazuje pól pracownika.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>The worker&apos;s families have no past visit to change.</source>
        <translation>Rodziny pracownika nie mają minionej wizyty, którą można zmienić.</translation>
    </message>
    <message numerus="yes">
        <location line="+34"/>
        <source>The sync left %n field(s) to decide, not two.</source>
        <translation>
            <numerusform>Synchronizacja zostawiła do rozstrzygnięcia %n pole, a nie dwa.</numerusform>
            <numerusform>Synchronizacja zostawiła do rozstrzygnięcia %n pola, a nie dwa.</numerusform>
            <numerusform>Synchronizacja zostawiła do rozstrzygnięcia %n pól, a nie dwa.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The window does not see the field copy.</source>
        <translation>Okno nie rozpoznaje kopii terenowej.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The Sync with the Centre dialog does not show the change to go and the two fields to decide.</source>
        <translation>Okno „Synchronizacja z ośrodkiem” nie pokazuje zmiany do wysłania i dwóch pól do rozstrzygnięcia.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Keeping the copy&apos;s value was refused: %1</source>
        <translation>Odmówiono zostawienia wartości z kopii: %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The window on the field copy has no social worker&apos;s desk.</source>
        <translation>Okno kopii terenowej nie ma strony „Moje sprawy” pracownika socjalnego.</translation>
    </message>
</context>
<context>
    <name>FieldSync</name>
    <message>
        <location filename="../../src/app/field/FieldSync.cpp" line="+67"/>
        <source>The value holds a NUL character; type it again.</source>
        <translation>Wartość zawiera znak NUL; wpisz ją ponownie.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The value is longer than %1 characters.</source>
        <translation>Wartość jest dłuższa niż %1 znaków.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&apos;%1&apos; takes a whole number.</source>
        <translation>&apos;%1&apos; przyjmuje liczbę całkowitą.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&apos;%1&apos; takes a date as YYYY-MM-DD; &apos;%2&apos; is not one.</source>
        <translation>&apos;%1&apos; przyjmuje datę w postaci RRRR-MM-DD; &apos;%2&apos; nią nie jest.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The field &apos;%1&apos; does not take &apos;%2&apos;.</source>
        <translation>Pole &apos;%1&apos; nie przyjmuje wartości &apos;%2&apos;.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Sign in at the centre with the same login as in the copy (&apos;%1&apos;); &apos;%2&apos; is another account. Nothing was synced.</source>
        <translation>Zaloguj się w ośrodku tym samym loginem co w kopii (&apos;%1&apos;); &apos;%2&apos; to inne konto. Niczego nie zsynchronizowano.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The copy and the centre are the same database.</source>
        <translation>Kopia i ośrodek to ta sama baza danych.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>There is no open conflict of field &apos;%1&apos; of record %2 of &apos;%3&apos; in this copy.</source>
        <translation>W tej kopii nie ma otwartego konfliktu pola &apos;%1&apos; rekordu %2 tabeli &apos;%3&apos;.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A record deleted on one side is kept as the centre has it or as the copy has it: choose centre or field.</source>
        <translation>Rekord usunięty po jednej stronie zostaje taki, jak w ośrodku, albo taki, jak w kopii: wybierz centre albo field.</translation>
    </message>
    <message>
        <location filename="../../src/app/field/FieldSyncSteps.cpp" line="+144"/>
        <source>%1 is not a field copy: there is nothing to sync.</source>
        <translation>%1 nie jest kopią terenową: nie ma czego synchronizować.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This copy was taken from another database: it can only be synced with the centre&apos;s database it came from. Nothing was synced.</source>
        <translation>Ta kopia została pobrana z innej bazy danych: można ją zsynchronizować tylko z bazą ośrodka, z której pochodzi. Niczego nie zsynchronizowano.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The centre has no record of this copy (%1). Nothing was synced.</source>
        <translation>Ośrodek nie ma zapisu o tej kopii (%1). Niczego nie zsynchronizowano.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The copy is at schema %1 and the centre&apos;s database at schema %2: open both with the same version of Opieka first. Nothing was synced.</source>
        <translation>Kopia ma schemat %1, a baza ośrodka schemat %2: najpierw otwórz obie tą samą wersją programu Opieka. Niczego nie zsynchronizowano.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>The copy holds a change of &apos;%1&apos;, which is not synced. Nothing was synced.</source>
        <translation>Kopia zawiera zmianę w &apos;%1&apos;, której się nie synchronizuje. Niczego nie zsynchronizowano.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The copy holds a conflict of &apos;%1&apos;, which is not synced. Nothing was synced.</source>
        <translation>Kopia zawiera konflikt w &apos;%1&apos;, której się nie synchronizuje. Niczego nie zsynchronizowano.</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>Nothing was synced: %1 Ask a manager to give the case back, or leave its changes in the copy.</source>
        <translation>Niczego nie zsynchronizowano: %1 Poproś kierownika o przywrócenie sprawy albo zostaw jej zmiany w kopii.</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>A record of &apos;%1&apos; refers to a record of &apos;%2&apos; made in the copy that the centre does not have yet. Nothing was synced.</source>
        <translation>Rekord tabeli &apos;%1&apos; wskazuje na rekord tabeli &apos;%2&apos; utworzony w kopii, którego ośrodek jeszcze nie ma. Niczego nie zsynchronizowano.</translation>
    </message>
</context>
<context>
    <name>FosterAssessmentDialog</name>
    <message>
        <location filename="../../src/ui/fostercare/FosterAssessmentDialog.ui" line="+8"/>
        <source>Record foster family assessment</source>
        <translation>Wpisz ocenę rodziny zastępczej</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Foster family</source>
        <translation>Rodzina zastępcza</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Assessed &amp;on:</source>
        <translation>&amp;Data oceny:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Assessed on</source>
        <translation>Data oceny</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Findings:</source>
        <translation>&amp;Ustalenia:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Findings</source>
        <translation>Ustalenia</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Error</source>
        <translation>Błąd</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Dialog buttons</source>
        <translation>Przyciski okna</translation>
    </message>
</context>
<context>
    <name>FosterCareRecords</name>
    <message>
        <location filename="../../src/app/fostercare/FosterCareRecords.cpp" line="+53"/>
        <source>There is no family member with id %1.</source>
        <translation>Nie ma członka rodziny o identyfikatorze %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>There is no foster family with id %1.</source>
        <translation>Nie ma rodziny zastępczej o identyfikatorze %1.</translation>
    </message>
</context>
<context>
    <name>FosterCareTab</name>
    <message>
        <location filename="../../src/ui/fostercare/FosterCareTab.ui" line="+13"/>
        <source>Re&amp;gister foster family…</source>
        <translation>&amp;Nowa rodzina zastępcza…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Register a foster family</source>
        <translation>Dodaj rodzinę zastępczą do rejestru</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Edit foster family…</source>
        <translation>Edy&amp;tuj rodzinę zastępczą…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit the selected foster family</source>
        <translation>Edytuj wybraną rodzinę zastępczą</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Record &amp;assessment…</source>
        <translation>&amp;Wpisz ocenę rodziny…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record the selected foster family&apos;s assessment</source>
        <translation>Wpisz ocenę wybranej rodziny zastępczej</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Refresh</source>
        <translation>O&amp;dśwież</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refresh the foster family register</source>
        <translation>Odśwież rejestr rodzin zastępczych</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Foster family register</source>
        <translation>Rejestr rodzin zastępczych</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Selected foster family</source>
        <translation>Wybrana rodzina zastępcza</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>About the selected foster family</source>
        <translation>O wybranej rodzinie zastępczej</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Children placed</source>
        <translation>Umieszczone dzieci</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Place a child…</source>
        <translation>Um&amp;ieść dziecko…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Place a child in the selected foster family</source>
        <translation>Umieść dziecko w wybranej rodzinie zastępczej</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>End placemen&amp;t…</source>
        <translation>Zakończ umi&amp;eszczenie…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End the selected child&apos;s placement</source>
        <translation>Zakończ umieszczenie wybranego dziecka</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>E&amp;xtend emergency stay…</source>
        <translation>Przedłuż po&amp;byt…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Extend the selected child&apos;s emergency stay</source>
        <translation>Przedłuż pobyt wybranego dziecka w pogotowiu rodzinnym</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Record the noti&amp;ce…</source>
        <translation>Zapisz za&amp;wiadomienie…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record a notice of the selected child&apos;s emergency intake</source>
        <translation>Zapisz zawiadomienie o przyjęciu wybranego dziecka w trybie pilnym</translation>
    </message>
    <message>
        <location line="-33"/>
        <source>Record revie&amp;w…</source>
        <translation>Ocena sytuac&amp;ji dziecka…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record the selected child&apos;s review</source>
        <translation>Wpisz okresową ocenę sytuacji wybranego dziecka</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Help pla&amp;n…</source>
        <translation>Plan pomoc&amp;y…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit the selected child&apos;s help plan</source>
        <translation>Edytuj plan pomocy wybranemu dziecku</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Adopt&amp;ion…</source>
        <translation>Z&amp;głoszenie do adopcji…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adoption reporting of the selected child</source>
        <translation>Zgłoszenie wybranego dziecka do ośrodka adopcyjnego</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Lea&amp;ving care…</source>
        <translation>Usamodzie&amp;lnienie…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leaving care of the selected child</source>
        <translation>Usamodzielnienie wybranego dziecka</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Children placed in the selected foster family</source>
        <translation>Dzieci umieszczone w wybranej rodzinie zastępczej</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Foster care status</source>
        <translation>Stan pieczy zastępczej</translation>
    </message>
</context>
<context>
    <name>FosterFamilyDialog</name>
    <message>
        <location filename="../../src/ui/fostercare/FosterFamilyDialog.ui" line="+8"/>
        <source>Foster family</source>
        <translation>Rodzina zastępcza</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nazwa:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Foster family name</source>
        <translation>Nazwa rodziny zastępczej</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Usually the carers&apos; surname</source>
        <translation>Zwykle nazwisko opiekunów</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Rodzaj:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Kind of foster family</source>
        <translation>Rodzaj rodziny zastępczej</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Carers:</source>
        <translation>&amp;Opiekunowie:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Carers</source>
        <translation>Opiekunowie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The foster parents or the home&apos;s director</source>
        <translation>Rodzice zastępczy lub osoba prowadząca rodzinny dom dziecka</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Municipality:</source>
        <translation>&amp;Gmina:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Municipality</source>
        <translation>Gmina</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A&amp;ddress:</source>
        <translation>&amp;Adres:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Supported &amp;from:</source>
        <translation>&amp;Wspierana od:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Supported from</source>
        <translation>Wspierana od</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Qualified on:</source>
        <translation>&amp;Kwalifikacja z dnia:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Qualification date known</source>
        <translation>Znana data kwalifikacji</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Qualification date</source>
        <translation>Data kwalifikacji</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Training:</source>
        <translation>&amp;Szkolenie:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Training</source>
        <translation>Szkolenie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Course and when it was completed</source>
        <translation>Kurs i data jego ukończenia</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Own ca&amp;pacity:</source>
        <translation>Własna &amp;liczba miejsc:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Own capacity set</source>
        <translation>Ustalono własną liczbę miejsc</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Own capacity in children</source>
        <translation>Własna liczba miejsc (dzieci)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Capacity for the kind</source>
        <translation>Liczba miejsc dla tego rodzaju</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Health certificate on:</source>
        <translation>Zaświadczenie l&amp;ekarskie z dnia:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Health certificate date known</source>
        <translation>Znana data zaświadczenia lekarskiego</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Health certificate date</source>
        <translation>Data zaświadczenia lekarskiego</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Ps&amp;ychologist&apos;s opinion on:</source>
        <translation>O&amp;pinia psychologa z dnia:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Psychologist&apos;s opinion date known</source>
        <translation>Znana data opinii psychologa</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Psychologist&apos;s opinion date</source>
        <translation>Data opinii psychologa</translation>
    </message>
    <message>
        <location line="+11"/>
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
    <name>FosterFamilyKind</name>
    <message>
        <location filename="../../src/domain/Categories.cpp" line="+24"/>
        <source>kinship foster family</source>
        <translation>rodzina zastępcza spokrewniona</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>non-professional foster family</source>
        <translation>rodzina zastępcza niezawodowa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>professional foster family</source>
        <translation>rodzina zastępcza zawodowa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>emergency foster family</source>
        <translation>pogotowie rodzinne</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>specialised foster family</source>
        <translation>specjalistyczna rodzina zastępcza</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>family children&apos;s home</source>
        <translation>rodzinny dom dziecka</translation>
    </message>
</context>
<context>
    <name>FosterLabels</name>
    <message>
        <location filename="../../src/ui/fostercare/FosterLabels.cpp" line="+9"/>
        <source>Kinship foster family</source>
        <translation>Rodzina zastępcza spokrewniona</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Non-professional foster family</source>
        <translation>Rodzina zastępcza niezawodowa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Professional foster family</source>
        <translation>Rodzina zastępcza zawodowa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Emergency foster family</source>
        <translation>Pogotowie rodzinne</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Specialised foster family</source>
        <translation>Specjalistyczna rodzina zastępcza</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Family children&apos;s home</source>
        <translation>Rodzinny dom dziecka</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>kinship</source>
        <translation>spokrewniona</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>non-professional</source>
        <translation>niezawodowa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>professional</source>
        <translation>zawodowa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>emergency</source>
        <translation>pogotowie rodzinne</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>specialised</source>
        <translation>specjalistyczna</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>family children&apos;s home</source>
        <translation>rodzinny dom dziecka</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Court order</source>
        <translation>Postanowienie sądu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Emergency placement</source>
        <translation>Tryb pilny</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Return home</source>
        <translation>Powrót do rodziny</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Adoption</source>
        <translation>Adopcja</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Another placement</source>
        <translation>Przeniesienie do innej formy pieczy</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Leaving care</source>
        <translation>Usamodzielnienie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Coming of age</source>
        <translation>Osiągnięcie pełnoletności</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Continue the placement</source>
        <translation>Kontynuacja umieszczenia</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Prepare the return home</source>
        <translation>Przygotowanie powrotu do rodziny</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change the placement</source>
        <translation>Zmiana formy pieczy</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Report for adoption</source>
        <translation>Zgłoszenie do ośrodka adopcyjnego</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Foster family</source>
        <translation>Rodzina zastępcza</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Coordinator</source>
        <translation>Koordynator</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Psychologist</source>
        <translation>Psycholog</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pedagogue</source>
        <translation>Pedagog</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Family assistant</source>
        <translation>Asystent rodziny</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Social worker</source>
        <translation>Pracownik socjalny</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Adoption centre</source>
        <translation>Ośrodek adopcyjny</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Parents</source>
        <translation>Rodzice</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Child&apos;s review</source>
        <translation>Okresowa ocena sytuacji dziecka</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Foster family assessment</source>
        <translation>Ocena rodziny zastępczej</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Health certificate</source>
        <translation>Zaświadczenie lekarskie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Psychologist&apos;s opinion</source>
        <translation>Opinia psychologa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Emergency stay ends</source>
        <translation>Koniec pobytu w pogotowiu rodzinnym</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Report to an adoption centre</source>
        <translation>Zgłoszenie do ośrodka adopcyjnego</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Guardian of independence</source>
        <translation>Opiekun usamodzielnienia</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Leaving-care programme</source>
        <translation>Indywidualny program usamodzielnienia</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tell the court of the intake</source>
        <translation>Zawiadom sąd o przyjęciu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tell the starosta of the intake</source>
        <translation>Zawiadom starostę o przyjęciu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tell the child&apos;s home OPS of the intake</source>
        <translation>Zawiadom OPS właściwy dla dziecka o przyjęciu</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The court</source>
        <translation>Sąd</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The starosta</source>
        <translation>Starosta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The child&apos;s home OPS</source>
        <translation>Ośrodek pomocy społecznej gminy właściwej ze względu na miejsce zamieszkania dziecka</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>tell the court of the intake by %1</source>
        <translation>zawiadomić sąd o przyjęciu do %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>tell the starosta of the intake by %1</source>
        <translation>zawiadomić starostę o przyjęciu do %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>tell the child&apos;s home OPS of the intake by %1</source>
        <translation>zawiadomić OPS właściwy dla dziecka o przyjęciu do %1</translation>
    </message>
</context>
<context>
    <name>FosterRegisterService</name>
    <message>
        <location filename="../../src/app/fostercare/FosterRegisterService.cpp" line="+45"/>
        <source>Give the foster family&apos;s name, municipality and the date it starts.</source>
        <translation>Podaj nazwę rodziny zastępczej, gminę i datę rozpoczęcia.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+28"/>
        <source>The capacity must be at least one child.</source>
        <translation>Liczba miejsc musi wynosić co najmniej jedno dziecko.</translation>
    </message>
</context>
<context>
    <name>FosterScreenshots</name>
    <message>
        <location filename="../../tools/screenshots/FosterScreenshots.cpp" line="+163"/>
        <source>The database has no coordinator with a foster family and children to place.</source>
        <translation>W bazie danych nie ma koordynatora z rodziną zastępczą i dziećmi do umieszczenia.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>The child has settled in well and attends school regularly. Contacts with the mother every second Saturday; the mother keeps to the agreed plan.</source>
        <translation>Dziecko dobrze zaaklimatyzowało się w rodzinie i regularnie chodzi do szkoły. Kontakty z matką co drugą sobotę; matka przestrzega uzgodnionego planu.</translation>
    </message>
</context>
<context>
    <name>HelpPlanDialog</name>
    <message>
        <location filename="../../src/ui/workplan/HelpPlanDialog.ui" line="+8"/>
        <source>Child&apos;s help plan</source>
        <translation>Plan pomocy dziecku</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Child</source>
        <translation>Dziecko</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Help plan goals and tasks</source>
        <translation>Cele i zadania planu pomocy</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Add item</source>
        <translation>&amp;Dodaj pozycję</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a goal or task</source>
        <translation>Dodaj cel lub zadanie</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Re&amp;move item</source>
        <translation>&amp;Usuń pozycję</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the selected item</source>
        <translation>Usuń wybraną pozycję</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Work plan of the child&apos;s family</source>
        <translation>Plan pracy z rodziną dziecka</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Work plan of the child&apos;s biological family</source>
        <translation>Plan pracy z rodziną biologiczną dziecka</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Work plan version and status</source>
        <translation>Wersja i stan planu pracy z rodziną</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Goals and actions of the family&apos;s work plan</source>
        <translation>Cele i działania planu pracy z rodziną</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Error</source>
        <translation>Błąd</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Dialog buttons</source>
        <translation>Przyciski okna</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../src/ui/exchange/ImportDialog.ui" line="+8"/>
        <source>Import from a CSV file</source>
        <translation>Import z pliku CSV</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;What the file holds:</source>
        <translation>&amp;Co zawiera plik:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>What the file holds</source>
        <translation>Co zawiera plik</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Columns the file needs</source>
        <translation>Kolumny wymagane w pliku</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;File:</source>
        <translation>&amp;Plik:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>CSV file to import</source>
        <translation>Plik CSV do importu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A UTF-8 CSV file with a header row</source>
        <translation>Plik CSV w UTF-8 z wierszem nagłówka</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Przeglądaj…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the CSV file</source>
        <translation>Wybierz plik CSV</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Refuse the whole file if a worker would go over the limit</source>
        <translation>&amp;Odrzuć cały plik, jeśli pracownik przekroczyłby limit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refuse assignments over the limit</source>
        <translation>Odrzuć przydziały ponad limit</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Import progress</source>
        <translation>Postęp importu</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Import status</source>
        <translation>Stan importu</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Rows to correct</source>
        <translation>Wiersze do poprawienia</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Dialog buttons</source>
        <translation>Przyciski okna</translation>
    </message>
</context>
<context>
    <name>ImportService</name>
    <message>
        <location filename="../../src/app/exchange/ImportService.cpp" line="+103"/>
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
        <location line="+53"/>
        <source>closed_on %1 is not after opened_on %2</source>
        <translation>closed_on %1 nie jest późniejsze niż opened_on %2</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>role &apos;%1&apos; is not one of: %2</source>
        <translation>rola „%1” nie jest jedną z: %2</translation>
    </message>
    <message>
        <location line="+55"/>
        <location line="+172"/>
        <source>to %1 is not after from %2</source>
        <translation>to %1 nie jest późniejsze niż from %2</translation>
    </message>
    <message>
        <location line="-159"/>
        <location line="+128"/>
        <source>worker_id %1 is not a known worker</source>
        <translation>worker_id %1 nie jest znanym pracownikiem</translation>
    </message>
    <message>
        <location line="-124"/>
        <source>worker %1 is a %2, who carries no cases</source>
        <translation>pracownik %1 ma rolę %2, która nie prowadzi spraw</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>worker %1 is a %2, who works with case_kind %3, not %4</source>
        <translation>pracownik %1 ma rolę %2, która pracuje ze sprawami case_kind %3, a nie %4</translation>
    </message>
    <message>
        <location line="+10"/>
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
        <location line="+31"/>
        <source>sex &apos;%1&apos; is not one of: F, M</source>
        <translation>płeć „%1” nie jest jedną z: F, M</translation>
    </message>
    <message>
        <location line="-200"/>
        <source>family_id %1 is not a known family</source>
        <translation>family_id %1 nie jest znaną rodziną</translation>
    </message>
    <message>
        <location line="+208"/>
        <source>PESEL %1 appears twice in the file (first on line %2)</source>
        <translation>PESEL %1 występuje w pliku dwa razy (pierwszy raz w wierszu %2)</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>date %1 is after today</source>
        <translation>data %1 jest późniejsza niż dzisiejsza</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>end_reason &apos;%1&apos; is not one of: %2</source>
        <translation>end_reason „%1” nie jest jednym z: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>an ended placement needs its end_reason</source>
        <translation>zakończone umieszczenie wymaga end_reason</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>end_reason is given but the placement has no end date (to)</source>
        <translation>podano end_reason, ale umieszczenie nie ma daty zakończenia (to)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>no family member has PESEL %1; import the members first</source>
        <translation>żaden członek rodziny nie ma numeru PESEL %1; najpierw zaimportuj członków rodzin</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>foster_family_id %1 is not a known foster family</source>
        <translation>foster_family_id %1 nie jest znaną rodziną zastępczą</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>the child with PESEL %1 already has a placement for part of this period</source>
        <translation>dziecko o numerze PESEL %1 ma już umieszczenie przez część tego okresu</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>%1:%2: unknown column &apos;%3&apos;; the columns of %4 are: %5</source>
        <translation>%1:%2: nieznana kolumna „%3”; kolumny zbioru %4 to: %5</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1:%2: column &apos;%3&apos; appears twice</source>
        <translation>%1:%2: kolumna „%3” występuje dwa razy</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1:%2: missing column &apos;%3&apos;</source>
        <translation>%1:%2: brak kolumny „%3”</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The import was cancelled; nothing was imported.</source>
        <translation>Import anulowano; nic nie zaimportowano.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1:%2: likely the same as family %3 already in the register (score %4: %5)</source>
        <translation>%1:%2: prawdopodobnie ta sama rodzina co rodzina %3, która już jest w rejestrze (wynik %4: %5)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1:%2: likely the same as member %3 of family %4 already in the register (score %5: %6)</source>
        <translation>%1:%2: prawdopodobnie ta sama osoba co członek %3 rodziny %4, który już jest w rejestrze (wynik %5: %6)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Cannot read %1: %2</source>
        <translation>Nie można odczytać %1: %2</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>%1:1: the file is empty; it needs a header row: %2</source>
        <translation>%1:1: plik jest pusty; potrzebny jest wiersz nagłówka: %2</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>expected %1 fields as in the header, found %2</source>
        <translation>oczekiwano %1 pól jak w nagłówku, znaleziono %2</translation>
    </message>
    <message numerus="yes">
        <location line="+37"/>
        <source>Nothing was imported: %n row(s) need correcting.</source>
        <translation>
            <numerusform>Nic nie zaimportowano: %n wiersz wymaga poprawienia.</numerusform>
            <numerusform>Nic nie zaimportowano: %n wiersze wymagają poprawienia.</numerusform>
            <numerusform>Nic nie zaimportowano: %n wierszy wymaga poprawienia.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+47"/>
        <source>%n likely duplicate(s) of records already in the register; with --strict nothing was imported.</source>
        <translation>
            <numerusform>%n prawdopodobny duplikat rekordu, który już jest w rejestrze; z --strict nic nie zaimportowano.</numerusform>
            <numerusform>%n prawdopodobne duplikaty rekordów, które już są w rejestrze; z --strict nic nie zaimportowano.</numerusform>
            <numerusform>%n prawdopodobnych duplikatów rekordów, które już są w rejestrze; z --strict nic nie zaimportowano.</numerusform>
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
    <name>IntakeNoticeDialog</name>
    <message>
        <location filename="../../src/ui/fostercare/IntakeNoticeDialog.ui" line="+8"/>
        <source>Record the notice of the intake</source>
        <translation>Zapisz zawiadomienie o przyjęciu</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Emergency intake</source>
        <translation>Przyjęcie w trybie pilnym</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Told:</source>
        <translation>&amp;Kogo zawiadomiono:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Who was told of the intake</source>
        <translation>Kogo zawiadomiono o przyjęciu</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;On:</source>
        <translation>&amp;Dnia:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Day the notice was sent</source>
        <translation>Dzień wysłania zawiadomienia</translation>
    </message>
    <message>
        <location line="+11"/>
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
    <name>Labels</name>
    <message>
        <location filename="../../src/ui/common/Labels.cpp" line="+13"/>
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
    <message>
        <location line="+39"/>
        <source>Parent</source>
        <translation>Rodzic</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Legal guardian</source>
        <translation>Opiekun prawny</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Child</source>
        <translation>Dziecko</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Spouse or partner</source>
        <translation>Małżonek lub partner</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sibling</source>
        <translation>Rodzeństwo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Grandparent</source>
        <translation>Dziadek lub babcia</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Other household member</source>
        <translation>Inny członek gospodarstwa</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Case opened</source>
        <translation>Otwarcie sprawy</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Case closed</source>
        <translation>Zamknięcie sprawy</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Category change</source>
        <translation>Zmiana kategorii</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Team change</source>
        <translation>Zmiana zespołu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Niebieska Karta</source>
        <translation>Niebieska Karta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Placement</source>
        <translation>Umieszczenie</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Female</source>
        <translation>Kobieta</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Male</source>
        <translation>Mężczyzna</translation>
    </message>
</context>
<context>
    <name>LeaveKind</name>
    <message>
        <location filename="../../src/domain/WorkerLeave.cpp" line="+12"/>
        <source>Annual leave</source>
        <translation>Urlop wypoczynkowy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sick leave</source>
        <translation>Zwolnienie lekarskie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Maternity or parental leave</source>
        <translation>Urlop macierzyński lub rodzicielski</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other absence</source>
        <translation>Inna nieobecność</translation>
    </message>
</context>
<context>
    <name>LeavingCareDialog</name>
    <message>
        <location filename="../../src/ui/fostercare/LeavingCareDialog.ui" line="+8"/>
        <source>Leaving care</source>
        <translation>Usamodzielnienie</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Child</source>
        <translation>Dziecko</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Guardian of independence:</source>
        <translation>&amp;Opiekun usamodzielnienia:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Guardian of independence</source>
        <translation>Opiekun usamodzielnienia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chosen by the young person</source>
        <translation>Wybrany przez osobę usamodzielnianą</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Guardian &amp;chosen on:</source>
        <translation>Opiekun &amp;wybrany dnia:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Guardian chosen</source>
        <translation>Opiekun wybrany</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Guardian chosen on</source>
        <translation>Data wyboru opiekuna</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Programme ready on:</source>
        <translation>&amp;Program gotowy dnia:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Programme ready</source>
        <translation>Program gotowy</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Individual programme ready on</source>
        <translation>Data przygotowania indywidualnego programu usamodzielnienia</translation>
    </message>
    <message>
        <location line="+11"/>
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
    <name>LocaleFormat</name>
    <message>
        <location filename="../../src/ui/common/LocaleFormat.cpp" line="+136"/>
        <source>Date not valid</source>
        <translation>Niepoprawna data</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not saved: the date in “%1” is not valid. %2 Correct it, then save again.</source>
        <translation>Nie zapisano: data w polu „%1” jest niepoprawna. %2 Popraw ją i zapisz ponownie.</translation>
    </message>
    <message>
        <location line="+218"/>
        <source>Enter a date, like %1.</source>
        <translation>Wpisz datę, np. %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is not a date: write it like %2.</source>
        <translation>%1 to nie jest data: wpisz ją tak jak %2.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is not a date: there is no month %2.</source>
        <translation>%1 to nie jest data: nie ma miesiąca %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is not a date: there is no year %2.</source>
        <translation>%1 to nie jest data: nie ma roku %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is not a date: there is no day %2.</source>
        <translation>%1 to nie jest data: nie ma dnia %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is not a date: %2 %3 has %4 days.</source>
        <translation>%1 to nie jest data: %2 %3 ma %4 dni.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is outside the days this field takes, %2 to %3.</source>
        <translation>%1 jest poza dniami, które przyjmuje to pole: od %2 do %3.</translation>
    </message>
</context>
<context>
    <name>Lookup</name>
    <message>
        <location filename="../../src/app/core/Lookup.cpp" line="+11"/>
        <source>There is no family with id %1.</source>
        <translation>Nie ma rodziny o identyfikatorze %1.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>There is no worker with id %1.</source>
        <translation>Nie ma pracownika o id %1.</translation>
    </message>
</context>
<context>
    <name>MemberDialog</name>
    <message>
        <location filename="../../src/ui/record/MemberDialog.ui" line="+8"/>
        <source>Household member</source>
        <translation>Członek gospodarstwa domowego</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;First name:</source>
        <translation>&amp;Imię:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>First name</source>
        <translation>Imię</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Last name:</source>
        <translation>&amp;Nazwisko:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Last name</source>
        <translation>Nazwisko</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Relation:</source>
        <translation>&amp;Relacja:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Relation to the family</source>
        <translation>Relacja w rodzinie</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;PESEL:</source>
        <translation>&amp;PESEL:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>PESEL</source>
        <translation>PESEL</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Optional; fills birth date and sex</source>
        <translation>Nieobowiązkowy; uzupełnia datę urodzenia i płeć</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Birth date:</source>
        <translation>Data &amp;urodzenia:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Birth date</source>
        <translation>Data urodzenia</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Se&amp;x:</source>
        <translation>Pł&amp;eć:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sex</source>
        <translation>Płeć</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Check of the entry</source>
        <translation>Sprawdzenie wpisu</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Dialog buttons</source>
        <translation>Przyciski okna</translation>
    </message>
</context>
<context>
    <name>MemberService</name>
    <message>
        <location filename="../../src/app/families/MemberService.cpp" line="+39"/>
        <source>female</source>
        <translation>kobieta</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>male</source>
        <translation>mężczyzna</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Give the first name.</source>
        <translation>Podaj imię.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give the last name.</source>
        <translation>Podaj nazwisko.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The birth date %1 contradicts PESEL %2, which gives %3.</source>
        <translation>Data urodzenia %1 jest sprzeczna z numerem PESEL %2, z którego wynika %3.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The sex entered (%1) contradicts PESEL %2, which is a %3&apos;s number.</source>
        <translation>Wpisana płeć (%1) jest sprzeczna z numerem PESEL %2, z którego wynika: %3.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>PESEL %1 is already registered at the centre. Contact a manager to find out where.</source>
        <translation>PESEL %1 jest już zarejestrowany w ośrodku. Skontaktuj się z kierownikiem, aby ustalić, gdzie.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>PESEL %1 is already recorded for a member of family %2.</source>
        <translation>PESEL %1 jest już zapisany u członka rodziny %2.</translation>
    </message>
    <message>
        <location line="-44"/>
        <source>There is no member with id %1.</source>
        <translation>Nie ma członka rodziny o identyfikatorze %1.</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Choose the sex: without a PESEL it is not known otherwise.</source>
        <translation>Wybierz płeć: bez numeru PESEL nie da się jej ustalić inaczej.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Someone else changed this person&apos;s details %1 since you opened them, so your changes were not saved over theirs. Close the form, open the person again and enter your changes once more.</source>
        <translation>Ktoś inny zmienił dane tej osoby %1 po tym, jak je otworzono, więc Twoje zmiany nie nadpisały cudzych. Zamknij formularz, otwórz osobę ponownie i wprowadź swoje zmiany jeszcze raz.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Give the reason for the erasure (e.g. the request&apos;s reference).</source>
        <translation>Podaj powód usunięcia danych (np. znak wniosku).</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Member %1 has foster care placements; their records must be kept as the law requires and cannot be erased.</source>
        <translation>Osoba %1 ma umieszczenia w pieczy zastępczej; ich dokumentację trzeba przechowywać zgodnie z prawem, więc nie można jej usunąć.</translation>
    </message>
</context>
<context>
    <name>MembersTab</name>
    <message>
        <location filename="../../src/ui/record/MembersTab.ui" line="+8"/>
        <source>Household members</source>
        <translation>Członkowie gospodarstwa domowego</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Add member…</source>
        <translation>Dod&amp;aj członka…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a household member</source>
        <translation>Dodaj członka gospodarstwa domowego</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ed&amp;it…</source>
        <translation>&amp;Edytuj…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit the selected member</source>
        <translation>Edytuj wybranego członka rodziny</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Remove</source>
        <translation>&amp;Usuń</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the selected member</source>
        <translation>Usuń wybranego członka rodziny</translation>
    </message>
</context>
<context>
    <name>MergeService</name>
    <message>
        <location filename="../../src/app/duplicates/MergeService.cpp" line="+43"/>
        <source>Case number</source>
        <translation>Sygnatura</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Family name</source>
        <translation>Nazwa rodziny</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Municipality</source>
        <translation>Gmina</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Category</source>
        <translation>Kategoria</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Case opened on</source>
        <translation>Data założenia sprawy</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Case closed on (and why)</source>
        <translation>Data zamknięcia sprawy (i powód)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>First name</source>
        <translation>Imię</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last name</source>
        <translation>Nazwisko</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PESEL</source>
        <translation>PESEL</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Birth date</source>
        <translation>Data urodzenia</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sex</source>
        <translation>Płeć</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Relation to the family</source>
        <translation>Relacja w rodzinie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adoption and leaving care</source>
        <translation>Adopcja i usamodzielnienie</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>parent</source>
        <translation>rodzic</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>legal guardian</source>
        <translation>opiekun prawny</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>child</source>
        <translation>dziecko</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>spouse or partner</source>
        <translation>małżonek lub partner</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>sibling</source>
        <translation>rodzeństwo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>grandparent</source>
        <translation>dziadek lub babcia</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>other member of the household</source>
        <translation>inna osoba we wspólnym gospodarstwie</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>legal situation settled %1</source>
        <translation>sytuacja prawna uregulowana %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>reported for adoption %1 (%2)</source>
        <translation>zgłoszone do adopcji %1 (%2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>guardian of independence %1 since %2</source>
        <translation>opiekun usamodzielnienia %1 od %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>independence programme ready %1</source>
        <translation>program usamodzielnienia gotowy %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>female</source>
        <translation>kobieta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>male</source>
        <translation>mężczyzna</translation>
    </message>
    <message>
        <location line="+152"/>
        <location line="+55"/>
        <source>A record is not merged with itself: give two different ids, not %1 twice.</source>
        <translation>Rekordu nie scala się z nim samym: podaj dwa różne identyfikatory, a nie dwa razy %1.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No field &apos;%1&apos; to take from the removed record; the fields of %2 are: %3.</source>
        <translation>Nie ma pola „%1”, które można przejąć z usuwanego rekordu; pola dla rodzaju %2 to: %3.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>There is no member with id %1.</source>
        <translation>Nie ma członka rodziny o identyfikatorze %1.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Both families have a work plan in force (family %1: version %2, family %3: version %4), and a family has one current plan. Close the plan that is not to continue, then merge; the closed plan&apos;s versions move with the family.</source>
        <translation>Obie rodziny mają obowiązujący plan pracy (rodzina %1: wersja %2, rodzina %3: wersja %4), a rodzina ma jeden bieżący plan. Zamknij plan, który nie będzie kontynuowany, a potem scal rodziny; wersje zamkniętego planu przejdą razem z rodziną.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The merged case would close (%1) on or before the day it opened (%2); take both dates from the same record.</source>
        <translation>Scalona sprawa zostałaby zamknięta (%1) w dniu założenia (%2) lub przed nim; przejmij obie daty z tego samego rekordu.</translation>
    </message>
    <message>
        <location line="+173"/>
        <source>Placement %1 of member %2 (from %3) and placement %4 of member %5 (from %6) overlap, and a child has one placement at a time. End or correct the one recorded wrongly, then merge.</source>
        <translation>Umieszczenie %1 członka rodziny %2 (od %3) i umieszczenie %4 członka rodziny %5 (od %6) nakładają się w czasie, a dziecko może mieć tylko jedno umieszczenie naraz. Zakończ lub popraw błędnie wpisane umieszczenie, a potem scal rekordy.</translation>
    </message>
</context>
<context>
    <name>MoveService</name>
    <message>
        <location filename="../../src/app/trust/MoveService.cpp" line="+24"/>
        <source>Only an administrator may move the database to a server; the account &apos;%1&apos; is not one.</source>
        <translation>Tylko administrator może przenieść bazę na serwer; konto „%1” nie jest kontem administratora.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The data was moved, but the move could not be recorded in the server&apos;s audit trail: %1</source>
        <translation>Dane zostały przeniesione, ale przeniesienia nie udało się zapisać w dzienniku zmian serwera: %1</translation>
    </message>
</context>
<context>
    <name>NeedCategory</name>
    <message>
        <location filename="../../src/domain/Categories.cpp" line="-21"/>
        <source>coping</source>
        <translation>rodzina wydolna</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>struggling, child at home</source>
        <translation>rodzina niewydolna z dzieckiem w środowisku</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>child at risk of removal or in care</source>
        <translation>rodzina zagrożona odebraniem dziecka lub z dzieckiem w pieczy</translation>
    </message>
</context>
<context>
    <name>NewFamilyDialog</name>
    <message>
        <location filename="../../src/ui/families/NewFamilyDialog.ui" line="+8"/>
        <source>New family</source>
        <translation>Nowa rodzina</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nazwa:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Family name</source>
        <translation>Nazwa rodziny</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Usually the surname</source>
        <translation>Zwykle nazwisko</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Case number:</source>
        <translation>&amp;Sygnatura:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Case number</source>
        <translation>Sygnatura</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Optional</source>
        <translation>Nieobowiązkowa</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Municipality:</source>
        <translation>&amp;Gmina:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Municipality</source>
        <translation>Gmina</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A&amp;ddress:</source>
        <translation>&amp;Adres:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ca&amp;tegory:</source>
        <translation>&amp;Kategoria:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Need category</source>
        <translation>Kategoria potrzeb</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Opened on:</source>
        <translation>Data o&amp;twarcia:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Case opened on</source>
        <translation>Data otwarcia sprawy</translation>
    </message>
    <message>
        <location line="+11"/>
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
    <name>OutputFile</name>
    <message>
        <location filename="../../src/support/OutputFile.cpp" line="+102"/>
        <source>No file name was given to write to.</source>
        <translation>Nie podano nazwy pliku do zapisu.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is a symbolic link; give the path of the file itself (a link is not followed when personal data is written).</source>
        <translation>%1 to dowiązanie symboliczne; podaj ścieżkę samego pliku (przy zapisie danych osobowych dowiązania nie są śledzone).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is a folder; give the name of a file in it.</source>
        <translation>%1 to folder; podaj nazwę pliku w nim.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is not a regular file (a device, FIFO or socket); give the path of a new file or of a file to replace.</source>
        <translation>%1 nie jest zwykłym plikiem (to urządzenie, kolejka FIFO lub gniazdo); podaj ścieżkę nowego pliku albo pliku do zastąpienia.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is the open database or one of its files; write to another file.</source>
        <translation>%1 to otwarta baza danych lub jeden z jej plików; zapisz do innego pliku.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+20"/>
        <location line="+10"/>
        <location line="+9"/>
        <location line="+7"/>
        <source>Cannot write %1: %2</source>
        <translation>Nie można zapisać %1: %2</translation>
    </message>
    <message>
        <location line="-44"/>
        <source>%1 is a file of the open database; write to another file.</source>
        <translation>%1 to plik otwartej bazy danych; zapisz do innego pliku.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot write %1: the folder %2 does not exist.</source>
        <translation>Nie można zapisać %1: folder %2 nie istnieje.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Cannot write %1.</source>
        <translation>Nie można zapisać %1.</translation>
    </message>
</context>
<context>
    <name>Package</name>
    <message>
        <location filename="../../src/app/exchange/Package.cpp" line="+157"/>
        <location line="+242"/>
        <source>its id is not a package id (a UUID in lower case)</source>
        <translation>jej identyfikator nie jest identyfikatorem przesyłki (UUID zapisanym małymi literami)</translation>
    </message>
    <message>
        <location line="-240"/>
        <location line="+247"/>
        <source>a centre&apos;s fingerprint is not 8 groups of 5 digits</source>
        <translation>odcisk klucza jednego z ośrodków nie składa się z 8 grup po 5 cyfr</translation>
    </message>
    <message>
        <location line="-245"/>
        <source>its creation time is missing</source>
        <translation>brak czasu jej utworzenia</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a centre&apos;s name is missing, longer than %1 characters or more than one line</source>
        <translation>brak nazwy jednego z ośrodków albo nazwa jest dłuższa niż %1 znaków lub zajmuje więcej niż jeden wiersz</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>its legal basis is missing</source>
        <translation>brak podstawy prawnej</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>its legal basis is longer than %1 characters or more than one line</source>
        <translation>podstawa prawna jest dłuższa niż %1 znaków lub zajmuje więcej niż jeden wiersz</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>its signed part is not %1 fields of the lengths they declare</source>
        <translation>jej podpisana część nie składa się z %1 pól o zadeklarowanych w niej długościach</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>its signed part does not begin with &quot;%1&quot;, version 1</source>
        <translation>jej podpisana część nie zaczyna się od „%1”, wersja 1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>a field of its signed part is not UTF-8 text</source>
        <translation>jedno z pól jej podpisanej części nie jest tekstem UTF-8</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>its purpose &quot;%1&quot; is not one this version of Opieka knows</source>
        <translation>jej cel „%1” jest nieznany tej wersji programu Opieka</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+184"/>
        <source>its creation time is not a UTC time like 2026-05-12T09:30:00Z</source>
        <translation>czas jej utworzenia nie jest czasem UTC zapisanym jak 2026-05-12T09:30:00Z</translation>
    </message>
    <message>
        <location line="-123"/>
        <location line="+156"/>
        <source>The encryption library could not start.</source>
        <translation>Nie udało się uruchomić biblioteki szyfrującej.</translation>
    </message>
    <message>
        <location line="-153"/>
        <source>The centre&apos;s keys are not unlocked: the package cannot be made.</source>
        <translation>Klucze ośrodka nie są odblokowane: nie można utworzyć przesyłki.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The partner centre&apos;s card has no keys: the package cannot be made.</source>
        <translation>Karta ośrodka partnerskiego nie zawiera kluczy: nie można utworzyć przesyłki.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The package cannot be made: %1.</source>
        <translation>Nie można utworzyć przesyłki: %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The package cannot be made: its sender&apos;s fingerprint is not this centre&apos;s.</source>
        <translation>Nie można utworzyć przesyłki: odcisk klucza nadawcy nie jest odciskiem klucza tego ośrodka.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The package cannot be made: its recipient&apos;s fingerprint is not that of the card of %1.</source>
        <translation>Nie można utworzyć przesyłki: odcisk klucza odbiorcy nie zgadza się z kartą ośrodka „%1”.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The package would be larger than %1 MiB, the most a package may be: send less (fewer visits or notes) or in several packages.</source>
        <translation>Przesyłka byłaby większa niż %1 MiB, a to największy dopuszczalny rozmiar przesyłki: wyślij mniej danych (mniej wizyt lub notatek) albo podziel je na kilka przesyłek.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The package cannot be encrypted to the key of %1 (the card&apos;s key is not a usable key).</source>
        <translation>Nie można zaszyfrować przesyłki kluczem ośrodka „%1” (klucz z jego karty nie nadaje się do użycia).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 is not an exchange package: %2. Ask the sending centre for the file &apos;opieka-cli exchange send&apos; writes.</source>
        <translation>%1 nie jest przesyłką między ośrodkami: %2. Poproś ośrodek nadawcy o plik zapisany przez „opieka-cli exchange send”.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+105"/>
        <source>The package %1 was changed after it was sent, or is damaged: %2. It cannot be opened; ask the sending centre to send it again.</source>
        <translation>Przesyłka %1 została zmieniona po wysłaniu lub jest uszkodzona: %2. Nie można jej otworzyć; poproś ośrodek nadawcy o ponowne wysłanie.</translation>
    </message>
    <message>
        <location line="-99"/>
        <source>%1 is larger than %2 MiB, more than any exchange package: it was not read.</source>
        <translation>Plik %1 jest większy niż %2 MiB, czyli większy niż jakakolwiek przesyłka między ośrodkami: nie został odczytany.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the file is empty</source>
        <translation>plik jest pusty</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>it is cut short or is not valid JSON</source>
        <translation>jest ucięta lub nie jest poprawnym dokumentem JSON</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>it is not a JSON object</source>
        <translation>plik nie jest obiektem JSON</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>it has no &quot;format&quot;: &quot;%1&quot;</source>
        <translation>plik nie zawiera pola &quot;format&quot;: &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>its version is not a whole number</source>
        <translation>jej wersja nie jest liczbą całkowitą</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The package %1 has version %2, which this version of Opieka cannot read (it reads version %3).</source>
        <translation>Przesyłka %1 ma wersję %2, której ta wersja programu Opieka nie potrafi odczytać (odczytuje wersję %3).</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>it has an unknown field &quot;%1&quot;</source>
        <translation>zawiera nieznane pole „%1”</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>a field is missing or is not text</source>
        <translation>brakuje jednego z pól albo pole nie jest tekstem</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>its nonce is not %1 bytes in Base64</source>
        <translation>jej wartość jednorazowa (nonce) nie jest zapisem %1 bajtów w Base64</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>its encrypted part is not Base64 or is too short</source>
        <translation>jej zaszyfrowana część nie jest zapisana w Base64 lub jest za krótka</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>it is not written in the one layout of a package (a space, a line break or the order of its fields differs)</source>
        <translation>nie jest zapisana w jedynym dopuszczalnym układzie przesyłki (różni się spacją, końcem wiersza lub kolejnością pól)</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>The centre&apos;s keys are not unlocked: the package cannot be opened.</source>
        <translation>Klucze ośrodka nie są odblokowane: nie można otworzyć przesyłki.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The package %1 is meant for another centre (fingerprint %2), not for this one: it was not opened. Return it to the centre that sent it.</source>
        <translation>Przesyłka %1 jest przeznaczona dla innego ośrodka (odcisk klucza %2), nie dla tego: nie została otwarta. Zwróć ją ośrodkowi, który ją wysłał.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The package %1 says it comes from the centre with fingerprint %2, not from %3: it was not opened.</source>
        <translation>Przesyłka %1 podaje jako nadawcę ośrodek o odcisku klucza %2, a nie ośrodek „%3”: nie została otwarta.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>its encrypted part does not open with this centre&apos;s key and the sender&apos;s (%1)</source>
        <translation>jej zaszyfrowanej części nie da się otworzyć kluczem tego ośrodka i kluczem nadawcy (%1)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>it is not signed with the signing key of the sender&apos;s card (%1)</source>
        <translation>nie jest podpisana kluczem podpisu z karty nadawcy (%1)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The package %1 is signed by %2 but is not made as a package must be: %3. It cannot be opened; tell the sending centre, whose program wrote it.</source>
        <translation>Przesyłka %1 jest podpisana przez ośrodek „%2”, ale nie jest zbudowana tak, jak wymaga format przesyłki: %3. Nie można jej otworzyć; powiadom ośrodek nadawcy, którego program ją zapisał.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the id on its envelope is not the id signed inside</source>
        <translation>identyfikator na jej kopercie różni się od identyfikatora podpisanego wewnątrz</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the fingerprints on its envelope are not those signed inside</source>
        <translation>odciski kluczy na jej kopercie różnią się od podpisanych wewnątrz</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the creation time on its envelope is not the one signed inside</source>
        <translation>czas utworzenia na jej kopercie różni się od podpisanego wewnątrz</translation>
    </message>
</context>
<context>
    <name>PagedDocument</name>
    <message>
        <location filename="../../src/print/PagedDocument.cpp" line="+59"/>
        <source>Printed on %1</source>
        <translation>Wydrukowano %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Page %1 of %2</source>
        <translation>Strona %1 z %2</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Cannot write %1.</source>
        <translation>Nie można zapisać %1.</translation>
    </message>
</context>
<context>
    <name>PasswordHash</name>
    <message>
        <location filename="../../src/app/trust/PasswordHash.cpp" line="+12"/>
        <source>The encryption library could not start.</source>
        <translation>Nie udało się uruchomić biblioteki szyfrującej.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not enough memory to protect the password.</source>
        <translation>Za mało pamięci, by zabezpieczyć hasło.</translation>
    </message>
</context>
<context>
    <name>PastDates</name>
    <message>
        <location filename="../../src/domain/PastDates.cpp" line="+47"/>
        <source>The case cannot be opened on a day that has not come yet: %1.</source>
        <translation>Sprawy nie można otworzyć w dniu, który jeszcze nie nadszedł: %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The case cannot be closed on a day that has not come yet: %1.</source>
        <translation>Sprawy nie można zamknąć w dniu, który jeszcze nie nadszedł: %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The family&apos;s category cannot change on a day that has not come yet: %1.</source>
        <translation>Kategoria rodziny nie może się zmienić w dniu, który jeszcze nie nadszedł: %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The Niebieska Karta procedure cannot start on a day that has not come yet: %1.</source>
        <translation>Procedura Niebieska Karta nie może się rozpocząć w dniu, który jeszcze nie nadszedł: %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The Niebieska Karta procedure cannot end on a day that has not come yet: %1.</source>
        <translation>Procedura Niebieska Karta nie może się zakończyć w dniu, który jeszcze nie nadszedł: %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The plan cannot be drafted on a day that has not come yet: %1.</source>
        <translation>Planu nie można sporządzić w dniu, który jeszcze nie nadszedł: %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The plan cannot be agreed on a day that has not come yet: %1.</source>
        <translation>Planu nie można uzgodnić w dniu, który jeszcze nie nadszedł: %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The plan cannot be closed on a day that has not come yet: %1.</source>
        <translation>Planu nie można zamknąć w dniu, który jeszcze nie nadszedł: %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A contact cannot be logged for a day that has not come yet: %1. Log it once it has taken place.</source>
        <translation>Nie można zarejestrować kontaktu w dniu, który jeszcze nie nadszedł: %1. Zarejestruj go, gdy się odbędzie.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The birth date cannot be a day that has not come yet: %1.</source>
        <translation>Data urodzenia nie może być dniem, który jeszcze nie nadszedł: %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>An assessment cannot be recorded for a day that has not come yet: %1.</source>
        <translation>Nie można zapisać oceny w dniu, który jeszcze nie nadszedł: %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The foster family cannot be registered from a day that has not come yet: %1.</source>
        <translation>Rodziny zastępczej nie można zarejestrować od dnia, który jeszcze nie nadszedł: %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The qualification cannot be dated on a day that has not come yet: %1.</source>
        <translation>Kwalifikacja nie może mieć daty dnia, który jeszcze nie nadszedł: %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The health certificate cannot be presented on a day that has not come yet: %1.</source>
        <translation>Zaświadczenie lekarskie nie może być przedstawione w dniu, który jeszcze nie nadszedł: %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The psychologist&apos;s opinion cannot be presented on a day that has not come yet: %1.</source>
        <translation>Opinia psychologa nie może być przedstawiona w dniu, który jeszcze nie nadszedł: %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A placement cannot be recorded from a day that has not come yet: %1. Record it on the day the child comes.</source>
        <translation>Nie można zapisać umieszczenia od dnia, który jeszcze nie nadszedł: %1. Zapisz je w dniu, w którym dziecko przyjdzie.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A placement cannot be ended on a day that has not come yet: %1.</source>
        <translation>Umieszczenia nie można zakończyć w dniu, który jeszcze nie nadszedł: %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The court order cannot be dated on a day that has not come yet: %1.</source>
        <translation>Postanowienie sądu nie może mieć daty dnia, który jeszcze nie nadszedł: %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The court cannot have been notified on a day that has not come yet: %1.</source>
        <translation>Sąd nie mógł zostać zawiadomiony w dniu, który jeszcze nie nadszedł: %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A review cannot be recorded for a day that has not come yet: %1.</source>
        <translation>Nie można zapisać oceny sytuacji dziecka w dniu, który jeszcze nie nadszedł: %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The legal situation cannot be settled on a day that has not come yet: %1.</source>
        <translation>Sytuacja prawna nie może zostać uregulowana w dniu, który jeszcze nie nadszedł: %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The child cannot be reported to an adoption centre on a day that has not come yet: %1.</source>
        <translation>Dziecka nie można zgłosić do ośrodka adopcyjnego w dniu, który jeszcze nie nadszedł: %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The guardian of independence cannot be chosen on a day that has not come yet: %1.</source>
        <translation>Opiekuna usamodzielnienia nie można wybrać w dniu, który jeszcze nie nadszedł: %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The leaving-care programme cannot be ready on a day that has not come yet: %1.</source>
        <translation>Program usamodzielnienia nie może być gotowy w dniu, który jeszcze nie nadszedł: %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The intake cannot have been told of on a day that has not come yet: %1.</source>
        <translation>Zawiadomienie o przyjęciu nie mogło nastąpić w dniu, który jeszcze nie nadszedł: %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The consent to extend the stay cannot be given on a day that has not come yet: %1.</source>
        <translation>Zgoda na przedłużenie pobytu nie może być udzielona w dniu, który jeszcze nie nadszedł: %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The court&apos;s proceedings cannot have ended on a day that has not come yet: %1.</source>
        <translation>Postępowanie sądowe nie mogło się zakończyć w dniu, który jeszcze nie nadszedł: %1.</translation>
    </message>
</context>
<context>
    <name>Permissions</name>
    <message>
        <location filename="../../src/app/core/Permissions.cpp" line="+11"/>
        <source>The account &apos;%1&apos; is disabled.</source>
        <translation>Konto „%1” jest wyłączone.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Only a manager can allow an assignment beyond the limit; the account &apos;%1&apos; has the role &apos;%2&apos;.</source>
        <translation>Tylko kierownik może zgodzić się na przydział ponad limit; konto „%1” ma rolę „%2”.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Only a manager or an administrator can change the caseload rules; the account &apos;%1&apos; has the role &apos;%2&apos;.</source>
        <translation>Tylko kierownik lub administrator może zmieniać reguły limitów; konto „%1” ma rolę „%2”.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Only a social worker or a manager can open a new family&apos;s case; the account &apos;%1&apos; has the role &apos;%2&apos;.</source>
        <translation>Tylko pracownik socjalny lub kierownik może założyć sprawę nowej rodziny; konto „%1” ma rolę „%2”.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Only a foster-care coordinator or a manager can register a foster family; the account &apos;%1&apos; has the role &apos;%2&apos;.</source>
        <translation>Tylko koordynator rodzinnej pieczy zastępczej lub kierownik może zarejestrować rodzinę zastępczą; konto „%1” ma rolę „%2”.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Only a manager can assign or release a case&apos;s worker; the account &apos;%1&apos; has the role &apos;%2&apos;.</source>
        <translation>Tylko kierownik może przydzielić lub zwolnić pracownika sprawy; konto „%1” ma rolę „%2”.</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Only the worker and a manager can see a worker&apos;s start page; the account &apos;%1&apos; has the role &apos;%2&apos; and is not that worker.</source>
        <translation>Stronę startową pracownika widzi tylko on sam i kierownik; konto „%1” ma rolę „%2” i nie należy do tego pracownika.</translation>
    </message>
    <message>
        <location line="-54"/>
        <source>Only a manager or an administrator can import data; the account &apos;%1&apos; has the role &apos;%2&apos;.</source>
        <translation>Tylko kierownik lub administrator może importować dane; konto „%1” ma rolę „%2”.</translation>
    </message>
    <message>
        <location line="-52"/>
        <source>The account &apos;%1&apos; awaits another manager&apos;s confirmation (a new manager account, or a password set by an administrator); until another manager confirms it (opieka-cli user confirm), it reaches no case and does nothing a manager may.</source>
        <translation>Konto &apos;%1&apos; czeka na potwierdzenie przez innego kierownika (nowe konto kierownika albo hasło nadane przez administratora); dopóki inny kierownik go nie potwierdzi (opieka-cli user confirm), nie ma dostępu do żadnej sprawy i nie może zrobić niczego, co wolno kierownikowi.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Only a confirmed manager can confirm a manager&apos;s account; the account &apos;%1&apos; has the role &apos;%2&apos;.</source>
        <translation>Tylko potwierdzony kierownik może potwierdzić konto kierownika; konto &apos;%1&apos; ma rolę &apos;%2&apos;.</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Only a manager can import household members and placements: they are the people of the cases, and the account &apos;%1&apos; (%2) does not reach every case.</source>
        <translation>Tylko kierownik może importować członków rodzin i umieszczenia: to osoby ze spraw, a konto &apos;%1&apos; (%2) nie ma dostępu do wszystkich spraw.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Only a manager or an administrator can add or change the centre&apos;s workers; the account &apos;%1&apos; has the role &apos;%2&apos;.</source>
        <translation>Tylko kierownik lub administrator może dodawać i zmieniać pracowników ośrodka; konto &apos;%1&apos; ma rolę &apos;%2&apos;.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Only a manager or an administrator can read the centre&apos;s reports; the account &apos;%1&apos; has the role &apos;%2&apos;.</source>
        <translation>Tylko kierownik lub administrator może czytać zestawienia ośrodka; konto „%1” ma rolę „%2”.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Only a manager can read the deadlines of every worker&apos;s cases; the account &apos;%1&apos; has the role &apos;%2&apos;.</source>
        <translation>Tylko kierownik może czytać terminy spraw wszystkich pracowników; konto „%1” ma rolę „%2”.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Only a manager can list the cases behind a report&apos;s figures; the account &apos;%1&apos; has the role &apos;%2&apos;.</source>
        <translation>Tylko kierownik może wyświetlić sprawy stojące za liczbami zestawienia; konto „%1” ma rolę „%2”.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Only a manager can export the centre&apos;s data; the account &apos;%1&apos; has the role &apos;%2&apos;.</source>
        <translation>Tylko kierownik może eksportować dane ośrodka; konto „%1” ma rolę „%2”.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Only an administrator can manage accounts; the account &apos;%1&apos; has the role &apos;%2&apos;.</source>
        <translation>Tylko administrator może zarządzać kontami; konto „%1” ma rolę „%2”.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Only a manager or an administrator can back up or restore the database; the account &apos;%1&apos; has the role &apos;%2&apos;.</source>
        <translation>Tylko kierownik lub administrator może wykonać lub odtworzyć kopię zapasową bazy; konto „%1” ma rolę „%2”.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Only a manager or the workers of a case exchange packages with partner centres; the account &apos;%1&apos; has the role &apos;%2&apos;.</source>
        <translation>Przesyłki z ośrodkami partnerskimi wymieniają tylko kierownik i pracownicy prowadzący sprawę; konto „%1” ma rolę „%2”.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Only a manager or an administrator can erase a person&apos;s data; the account &apos;%1&apos; has the role &apos;%2&apos;.</source>
        <translation>Tylko kierownik lub administrator może usunąć dane osoby; konto „%1” ma rolę „%2”.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Only a manager can read the audit trail; the account &apos;%1&apos; has the role &apos;%2&apos;.</source>
        <translation>Tylko kierownik może czytać dziennik zdarzeń; konto „%1” ma rolę „%2”.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Only a manager can list the likely duplicate records; the account &apos;%1&apos; has the role &apos;%2&apos;.</source>
        <translation>Tylko kierownik może wyświetlić listę prawdopodobnych duplikatów; konto „%1” ma rolę „%2”.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Only a manager can merge two records of one person or one family; the account &apos;%1&apos; has the role &apos;%2&apos;.</source>
        <translation>Tylko kierownik może scalić dwa rekordy tej samej osoby lub rodziny; konto „%1” ma rolę „%2”.</translation>
    </message>
</context>
<context>
    <name>Pesel</name>
    <message>
        <location filename="../../src/domain/Pesel.cpp" line="+52"/>
        <source>PESEL %1 has %2 characters; a PESEL has 11 digits.</source>
        <translation>PESEL %1 ma %2 znaków; PESEL ma 11 cyfr.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>PESEL %1 may hold only digits.</source>
        <translation>PESEL %1 może zawierać tylko cyfry.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>PESEL %1 has no valid month (digits 3-4 are %2).</source>
        <translation>PESEL %1 nie zawiera poprawnego miesiąca (cyfry 3-4 to %2).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>PESEL %1 holds a date that does not exist (%2-%3-%4).</source>
        <translation>PESEL %1 zawiera datę, która nie istnieje (%2-%3-%4).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>PESEL %1 has a wrong check digit: it does not match the other digits, so the number is not valid. Check it for a typing error.</source>
        <translation>PESEL %1 ma błędną cyfrę kontrolną: nie zgadza się z pozostałymi cyframi, więc numer jest niepoprawny. Sprawdź, czy nie ma literówki.</translation>
    </message>
</context>
<context>
    <name>PlacementDialog</name>
    <message>
        <location filename="../../src/ui/fostercare/PlacementDialog.ui" line="+8"/>
        <source>Place a child</source>
        <translation>Umieść dziecko</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Biological family:</source>
        <translation>Rodzina &amp;biologiczna:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Search biological families</source>
        <translation>Szukaj rodzin biologicznych</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name, case number or municipality</source>
        <translation>Nazwa, sygnatura lub gmina</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Biological family</source>
        <translation>Rodzina biologiczna</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>C&amp;hild:</source>
        <translation>&amp;Dziecko:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Child</source>
        <translation>Dziecko</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Foster family:</source>
        <translation>Rodzina &amp;zastępcza:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Foster family</source>
        <translation>Rodzina zastępcza</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Placed f&amp;rom:</source>
        <translation>Umieszczone &amp;od:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Placed from</source>
        <translation>Umieszczone od</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Basis:</source>
        <translation>Podstawa:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cour&amp;t order</source>
        <translation>&amp;Postanowienie sądu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Court order</source>
        <translation>Postanowienie sądu</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Emergency placement</source>
        <translation>&amp;Tryb pilny</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Emergency placement</source>
        <translation>Umieszczenie w trybie pilnym</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Order n&amp;umber:</source>
        <translation>&amp;Sygnatura postanowienia:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Court order number</source>
        <translation>Sygnatura postanowienia sądu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. III Nsm 123/24</source>
        <translation>np. III Nsm 123/24</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Order &amp;date:</source>
        <translation>D&amp;ata postanowienia:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Court order date</source>
        <translation>Data postanowienia sądu</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Court &amp;notified on:</source>
        <translation>Sąd za&amp;wiadomiony dnia:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Court notified</source>
        <translation>Sąd zawiadomiony</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Court notified on</source>
        <translation>Data zawiadomienia sądu</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Placement check</source>
        <translation>Sprawdzenie umieszczenia</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Sibling c&amp;onsent:</source>
        <translation>Z&amp;goda (rodzeństwo):</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Consent and coordinator opinion</source>
        <translation>Zgoda i opinia koordynatora</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The family&apos;s consent and the coordinator&apos;s opinion</source>
        <translation>Zgoda rodziny zastępczej i opinia koordynatora</translation>
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
    <name>PlacementService</name>
    <message>
        <location filename="../../src/app/fostercare/PlacementService.cpp" line="+49"/>
        <source>The intake was on %1; it is told of on that day or later.</source>
        <translation>Przyjęcie nastąpiło %1; zawiadomienie jest z tego dnia albo późniejsze.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The court was already told of this intake on %1.</source>
        <translation>Sąd został już zawiadomiony o tym przyjęciu %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The starosta was already told of this intake on %1.</source>
        <translation>Starosta został już zawiadomiony o tym przyjęciu %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The child&apos;s home OPS was already told of this intake on %1.</source>
        <translation>OPS właściwy dla dziecka został już zawiadomiony o tym przyjęciu %1.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Give the day the placement starts.</source>
        <translation>Podaj dzień rozpoczęcia umieszczenia.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A child is placed either in a foster family or in an institution.</source>
        <translation>Dziecko umieszcza się albo w rodzinie zastępczej, albo w placówce.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A placement by court order needs the order&apos;s number and date.</source>
        <translation>Umieszczenie na podstawie postanowienia sądu wymaga sygnatury i daty postanowienia.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 already has a placement from %2; a child has one placement at a time. End it first.</source>
        <translation>%1 ma już umieszczenie od %2; dziecko może mieć tylko jedno umieszczenie naraz. Najpierw je zakończ.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The foster family %1 does not take children on %2.</source>
        <translation>Rodzina zastępcza %1 nie przyjmuje dzieci w dniu %2.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 (%2) already has %3 of %4 children, its capacity.</source>
        <translation>%1 (%2) ma już %3 z %4 dzieci, czyli pełny limit.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n of them stay(s) on after 18, and count (art. 53, art. 61).</source>
        <translation>
            <numerusform>W tym %n pełnoletni wychowanek, który został w rodzinie po 18. urodzinach i się liczy (art. 53, art. 61).</numerusform>
            <numerusform>W tym %n pełnoletnich wychowanków, którzy zostali w rodzinie po 18. urodzinach i się liczą (art. 53, art. 61).</numerusform>
            <numerusform>W tym %n pełnoletnich wychowanków, którzy zostali w rodzinie po 18. urodzinach i się liczą (art. 53, art. 61).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Beyond it the law allows only a brother or sister of a child placed there, with the family&apos;s consent; %1 has no sibling placed there.</source>
        <translation>Ponad limit ustawa pozwala umieścić tylko brata lub siostrę dziecka już tam umieszczonego, za zgodą rodziny; %1 nie ma tam rodzeństwa.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is a sibling of a child placed there: record the family&apos;s consent (and the coordinator&apos;s opinion) to place beyond the capacity.</source>
        <translation>%1 jest rodzeństwem dziecka tam umieszczonego: zapisz zgodę rodziny (i opinię koordynatora), aby umieścić ponad limit.</translation>
    </message>
    <message>
        <location line="+42"/>
        <location line="+23"/>
        <location line="+119"/>
        <source>There is no placement with id %1.</source>
        <translation>Nie ma umieszczenia o identyfikatorze %1.</translation>
    </message>
    <message>
        <location line="-115"/>
        <source>The placement already ended on %1.</source>
        <translation>Umieszczenie zakończyło się już %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The placement started on %1; it ends later.</source>
        <translation>Umieszczenie rozpoczęło się %1; może zakończyć się później.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>There is no placement in a foster family with id %1.</source>
        <translation>Nie ma umieszczenia w rodzinie zastępczej o identyfikatorze %1.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Only a stay in an emergency foster family (pogotowie rodzinne) is extended.</source>
        <translation>Przedłuża się tylko pobyt w rodzinie zastępczej pełniącej funkcję pogotowia rodzinnego.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Record the organiser&apos;s consent: the day it was given and who gave it.</source>
        <translation>Zapisz zgodę organizatora: dzień jej udzielenia i kto jej udzielił.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The stay started on %1; the consent to extend it comes later.</source>
        <translation>Pobyt zaczął się %1; zgoda na jego przedłużenie jest późniejsza.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Give the day the stay is extended to.</source>
        <translation>Podaj dzień, do którego pobyt jest przedłużony.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An emergency stay may last until %1 at most (%2 months), unless it is extended until the court&apos;s proceedings end.</source>
        <translation>Pobyt w pogotowiu rodzinnym może trwać najdłużej do %1 (%2 miesięcy), chyba że przedłużono go do zakończenia postępowania sądowego.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The stay was not extended until the court&apos;s proceedings end.</source>
        <translation>Pobytu nie przedłużono do zakończenia postępowania sądowego.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The stay started on %1; the proceedings ended later.</source>
        <translation>Pobyt zaczął się %1; postępowanie zakończyło się później.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>A placement by court order needs no notice of the intake.</source>
        <translation>Umieszczenie na podstawie postanowienia sądu nie wymaga zawiadomienia o przyjęciu.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Name the adoption centre the child is reported to.</source>
        <translation>Podaj ośrodek adopcyjny, do którego zgłoszono dziecko.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A child is reported to an adoption centre once the legal situation is settled.</source>
        <translation>Dziecko zgłasza się do ośrodka adopcyjnego po uregulowaniu jego sytuacji prawnej.</translation>
    </message>
</context>
<context>
    <name>PlanActionDialog</name>
    <message>
        <location filename="../../src/ui/workplan/PlanActionDialog.ui" line="+8"/>
        <source>Action of the plan</source>
        <translation>Działanie planu</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Goal of the action</source>
        <translation>Cel działania</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Action:</source>
        <translation>&amp;Działanie:</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+1"/>
        <source>What is to be done</source>
        <translation>Co ma zostać zrobione</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Responsible:</source>
        <translation>O&amp;soba odpowiedzialna:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Who is responsible</source>
        <translation>Kto odpowiada za działanie</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+1"/>
        <source>Name of the person or institution</source>
        <translation>Imię i nazwisko osoby lub nazwa instytucji</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>D&amp;eadline:</source>
        <translation>&amp;Termin:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>b&amp;y</source>
        <translation>d&amp;o</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The action has a deadline</source>
        <translation>Działanie ma termin</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Deadline of the action</source>
        <translation>Termin działania</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>E&amp;xpected effect:</source>
        <translation>Oczekiwany &amp;efekt:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Expected effect</source>
        <translation>Oczekiwany efekt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What will have changed when it is done</source>
        <translation>Co się zmieni po wykonaniu działania</translation>
    </message>
</context>
<context>
    <name>PlanCompareDialog</name>
    <message>
        <location filename="../../src/ui/workplan/PlanCompareDialog.ui" line="+8"/>
        <source>Compare versions of the work plan</source>
        <translation>Porównanie wersji planu pracy</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Earlier:</source>
        <translation>&amp;Wcześniejsza:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Earlier version</source>
        <translation>Wcześniejsza wersja</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Later:</source>
        <translation>&amp;Późniejsza:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Later version</source>
        <translation>Późniejsza wersja</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The two versions side by side</source>
        <translation>Obie wersje obok siebie</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>What changed</source>
        <translation>Co się zmieniło</translation>
    </message>
</context>
<context>
    <name>PlanGoalDialog</name>
    <message>
        <location filename="../../src/ui/workplan/PlanGoalDialog.ui" line="+8"/>
        <source>Goal of the plan</source>
        <translation>Cel planu</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Goal:</source>
        <translation>&amp;Cel:</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+1"/>
        <source>What the family wants to achieve</source>
        <translation>Co rodzina chce osiągnąć</translation>
    </message>
</context>
<context>
    <name>PlanLabels</name>
    <message>
        <location filename="../../src/ui/workplan/PlanLabels.cpp" line="+11"/>
        <source>Version %1 — draft</source>
        <translation>Wersja %1 — projekt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Version %1 — agreed on %2</source>
        <translation>Wersja %1 — uzgodniona %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Version %1 — closed on %2</source>
        <translation>Wersja %1 — zamknięta %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Version %1</source>
        <translation>Wersja %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>unchanged</source>
        <translation>bez zmian</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>changed</source>
        <translation>zmieniono</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>added</source>
        <translation>dodano</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>removed</source>
        <translation>usunięto</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>after the first agreed plan</source>
        <translation>po uzgodnieniu pierwszego planu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (overdue)</source>
        <translation>%1 (po terminie)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (due soon)</source>
        <translation>%1 (termin wkrótce)</translation>
    </message>
</context>
<context>
    <name>RecordDetailsTab</name>
    <message>
        <location filename="../../src/ui/record/RecordDetailsTab.ui" line="+8"/>
        <source>Family</source>
        <translation>Rodzina</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nazwa:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Family name</source>
        <translation>Nazwa rodziny</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Case n&amp;umber:</source>
        <translation>&amp;Sygnatura:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Case number</source>
        <translation>Sygnatura</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Municipa&amp;lity:</source>
        <translation>&amp;Gmina:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Municipality</source>
        <translation>Gmina</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Address:</source>
        <translation>&amp;Adres:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Opened on:</source>
        <translation>Data otwarcia:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Case opened on</source>
        <translation>Data otwarcia sprawy</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Save details</source>
        <translation>Zapisz &amp;dane</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the family details</source>
        <translation>Zapisz dane rodziny</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Case</source>
        <translation>Sprawa</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Case status</source>
        <translation>Stan sprawy</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Clos&amp;ing date:</source>
        <translation>Data &amp;zamknięcia:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Date the case closes</source>
        <translation>Data zamknięcia sprawy</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Reason:</source>
        <translation>&amp;Powód:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reason for closing the case</source>
        <translation>Powód zamknięcia sprawy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why the case closes</source>
        <translation>Dlaczego sprawa jest zamykana</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Close case</source>
        <translation>Za&amp;mknij sprawę</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close the case</source>
        <translation>Zamknięcie sprawy</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reo&amp;pen case</source>
        <translation>Otwórz &amp;ponownie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reopen the case</source>
        <translation>Otwórz sprawę ponownie</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Need category</source>
        <translation>Kategoria potrzeb</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>New need category</source>
        <translation>Nowa kategoria potrzeb</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;from</source>
        <translation>&amp;od</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Date the category changes</source>
        <translation>Data zmiany kategorii</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Chan&amp;ge</source>
        <translation>Zmie&amp;ń</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change the need category</source>
        <translation>Zmień kategorię potrzeb</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>History:</source>
        <translation>Historia:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Category history</source>
        <translation>Historia kategorii</translation>
    </message>
</context>
<context>
    <name>ReportDocuments</name>
    <message>
        <location filename="../../src/app/reports/ReportDocuments.cpp" line="+36"/>
        <source>Caseload report</source>
        <translation>Raport obciążenia sprawami</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Statistics report</source>
        <translation>Zestawienie statystyczne</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Deadlines report</source>
        <translation>Raport terminów</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>no limit</source>
        <translation>bez limitu</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>within the limit</source>
        <translation>poniżej limitu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>near the limit</source>
        <translation>blisko limitu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>at the limit</source>
        <translation>limit osiągnięty</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>over the limit</source>
        <translation>ponad limit</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>role: %1</source>
        <translation>rola: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unit: %1</source>
        <translation>zespół: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>municipality: %1 (workers with a case there, their whole caseload)</source>
        <translation>gmina: %1 (pracownicy mający tam sprawę, z całym ich obciążeniem)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>all workers</source>
        <translation>wszyscy pracownicy</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>family</source>
        <translation>rodzina</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>foster family</source>
        <translation>rodzina zastępcza</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>not known (the centre&apos;s residents are not recorded)</source>
        <translation>nieznana (ośrodek nie zapisał liczby mieszkańców)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Social workers needed under art. 110 ust. 11 u.p.s. (one full-time worker per 2,000 residents or per at most 50 families, at least three): by residents %1, by families %2.</source>
        <translation>Pracownicy socjalni potrzebni według art. 110 ust. 11 u.p.s. (jeden etat na 2000 mieszkańców lub na nie więcej niż 50 rodzin, co najmniej trzech): według liczby mieszkańców %1, według liczby rodzin %2.</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+112"/>
        <location line="+51"/>
        <source>As of</source>
        <translation>Stan na dzień</translation>
    </message>
    <message>
        <location line="-163"/>
        <location line="+15"/>
        <source>Workers</source>
        <translation>Pracownicy</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>By role</source>
        <translation>Według ról</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+40"/>
        <source>Role</source>
        <translation>Rola</translation>
    </message>
    <message>
        <location line="-40"/>
        <location line="+40"/>
        <source>Cases</source>
        <translation>Sprawy</translation>
    </message>
    <message>
        <location line="-40"/>
        <source>Cases per worker</source>
        <translation>Spraw na pracownika</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Full-time limit</source>
        <translation>Limit na etat</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Near</source>
        <translation>Blisko</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Full</source>
        <translation>Pełne</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Over</source>
        <translation>Ponad</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Overrides</source>
        <translation>Zgody ponad limit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Full-time workers missing</source>
        <translation>Brakujące etaty</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Limit for %1: %2 (%3).</source>
        <translation>Limit – %1: %2 (%3).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Overrides in force</source>
        <translation>Obowiązujące zgody ponad limit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No case is carried beyond a limit by a manager&apos;s decision.</source>
        <translation>Żadna sprawa nie jest prowadzona ponad limit na podstawie decyzji kierownika.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+16"/>
        <location line="+119"/>
        <source>Worker</source>
        <translation>Pracownik</translation>
    </message>
    <message>
        <location line="-135"/>
        <source>Case</source>
        <translation>Sprawa</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Since</source>
        <translation>Od</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reason</source>
        <translation>Uzasadnienie</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>By worker</source>
        <translation>Według pracowników</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Unit</source>
        <translation>Zespół</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>FTE</source>
        <translation>Etat</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Limit</source>
        <translation>Limit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Utilisation</source>
        <translation>Wykorzystanie</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Stan</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Families helped</source>
        <translation>Rodziny objęte pomocą</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>of them families with children</source>
        <translation>w tym rodziny z dziećmi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Families with a family assistant</source>
        <translation>Rodziny z asystentem rodziny</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Families with an assistant, % of families with children</source>
        <translation>Rodziny z asystentem, % rodzin z dziećmi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Children in foster care</source>
        <translation>Dzieci w pieczy zastępczej</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>in institutional care</source>
        <translation>w pieczy instytucjonalnej</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>in care: %1</source>
        <translation>w pieczy: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Workers: %1</source>
        <translation>Pracownicy: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cases per worker: %1</source>
        <translation>Spraw na pracownika: %1</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Compared with</source>
        <translation>W porównaniu z</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Personal data</source>
        <translation>Dane osobowe</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>none: counts only</source>
        <translation>brak: tylko liczby</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Figure</source>
        <translation>Wskaźnik</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Change</source>
        <translation>Zmiana</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>next step agreed with the family</source>
        <translation>następny krok uzgodniony z rodziną</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>assessment of the family&apos;s situation</source>
        <translation>ocena sytuacji rodziny</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>review of a placed child</source>
        <translation>ocena sytuacji umieszczonego dziecka</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>foster family assessment</source>
        <translation>ocena rodziny zastępczej</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>carers&apos; health certificate</source>
        <translation>zaświadczenie lekarskie opiekunów</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>psychologist&apos;s opinion</source>
        <translation>opinia psychologa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>end of an emergency stay</source>
        <translation>koniec pobytu w trybie pilnym</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>report to the adoption centre</source>
        <translation>zgłoszenie do ośrodka adopcyjnego</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>guardian of independence</source>
        <translation>opiekun usamodzielnienia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>independence programme</source>
        <translation>program usamodzielnienia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tell the court of the intake</source>
        <translation>zawiadomienie sądu o przyjęciu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tell the starosta of the intake</source>
        <translation>zawiadomienie starosty o przyjęciu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>tell the child&apos;s home OPS of the intake</source>
        <translation>zawiadomienie OPS właściwego dla dziecka o przyjęciu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no coordinator: the organiser carries out the tasks</source>
        <translation>brak koordynatora: zadania wykonuje organizator</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the organiser (art. 77 ust. 1a)</source>
        <translation>organizator (art. 77 ust. 1a)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Items</source>
        <translation>Pozycje</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overdue or to do now</source>
        <translation>Zaległe lub do zrobienia teraz</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>now</source>
        <translation>teraz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>overdue</source>
        <translation>zaległe</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>due soon</source>
        <translation>wkrótce</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing is overdue or due within 14 days.</source>
        <translation>Nic nie jest zaległe ani nie przypada w ciągu 14 dni.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Item</source>
        <translation>Zadanie</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Concerns</source>
        <translation>Dotyczy</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Due</source>
        <translation>Termin</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>State</source>
        <translation>Stan</translation>
    </message>
</context>
<context>
    <name>ReportScreenshots</name>
    <message>
        <location filename="../../tools/screenshots/ReportScreenshots.cpp" line="+37"/>
        <source>The report could not be built.</source>
        <translation>Nie udało się przygotować zestawienia.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The acting user has no manager&apos;s screens.</source>
        <translation>Bieżący użytkownik nie ma ekranów kierownika.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The centre&apos;s figures could not be read.</source>
        <translation>Nie udało się odczytać danych ośrodka.</translation>
    </message>
</context>
<context>
    <name>ReviewDialog</name>
    <message>
        <location filename="../../src/ui/fostercare/ReviewDialog.ui" line="+8"/>
        <source>Record a child&apos;s review</source>
        <translation>Okresowa ocena sytuacji dziecka</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Child</source>
        <translation>Dziecko</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Review &amp;date:</source>
        <translation>&amp;Data oceny:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Review date</source>
        <translation>Data oceny</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+1"/>
        <source>Team present</source>
        <translation>Obecni członkowie zespołu</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Foster fa&amp;mily</source>
        <translation>&amp;Rodzina zastępcza</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Foster family present</source>
        <translation>Obecna rodzina zastępcza</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>C&amp;oordinator</source>
        <translation>&amp;Koordynator</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Coordinator present</source>
        <translation>Obecny koordynator</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Psychologist</source>
        <translation>&amp;Psycholog</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Psychologist present</source>
        <translation>Obecny psycholog</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Peda&amp;gogue</source>
        <translation>Peda&amp;gog</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pedagogue present</source>
        <translation>Obecny pedagog</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Family &amp;assistant</source>
        <translation>&amp;Asystent rodziny</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Family assistant present</source>
        <translation>Obecny asystent rodziny</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Social worker</source>
        <translation>Pracownik &amp;socjalny</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Social worker present</source>
        <translation>Obecny pracownik socjalny</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Adoption cen&amp;tre</source>
        <translation>&amp;Ośrodek adopcyjny</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adoption centre present</source>
        <translation>Obecny przedstawiciel ośrodka adopcyjnego</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Pa&amp;rents</source>
        <translation>Rodzi&amp;ce</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parents present</source>
        <translation>Obecni rodzice</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Findings:</source>
        <translation>&amp;Ustalenia:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Findings</source>
        <translation>Ustalenia</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>De&amp;cision:</source>
        <translation>D&amp;ecyzja:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Decision on continuing care</source>
        <translation>Decyzja o dalszym pobycie w pieczy zastępczej</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Next review</source>
        <translation>Następna ocena</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Error</source>
        <translation>Błąd</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Dialog buttons</source>
        <translation>Przyciski okna</translation>
    </message>
</context>
<context>
    <name>Role</name>
    <message>
        <location filename="../../src/domain/Role.cpp" line="+12"/>
        <source>social worker</source>
        <translation>pracownik socjalny</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>family assistant</source>
        <translation>asystent rodziny</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>foster-care coordinator</source>
        <translation>koordynator rodzinnej pieczy zastępczej</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>manager</source>
        <translation>kierownik</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>administrator</source>
        <translation>administrator</translation>
    </message>
</context>
<context>
    <name>RunningOperation</name>
    <message>
        <location filename="../../src/storage/RunningOperation.cpp" line="+147"/>
        <source>an import of workers</source>
        <translation>import pracowników</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an import of families</source>
        <translation>import rodzin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an import of foster families</source>
        <translation>import rodzin zastępczych</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an import of assignments</source>
        <translation>import przydziałów spraw</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an import of members</source>
        <translation>import członków rodzin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an import of visits</source>
        <translation>import wizyt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an import of placements</source>
        <translation>import umieszczeń</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>an import of %1</source>
        <translation>import: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 by %2 started at %3</source>
        <translation>%1 (konto %2) rozpoczęty o %3</translation>
    </message>
</context>
<context>
    <name>SchemaMigrator</name>
    <message>
        <location filename="../../src/storage/SchemaMigrator.cpp" line="+51"/>
        <source>%1 holds tables of another program; it is not an Opieka database. Choose another file.</source>
        <translation>%1 zawiera tabele innego programu; to nie jest baza danych Opieki. Wybierz inny plik.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The database %1 was written by a newer version of Opieka (schema %2; this program knows up to %3). Install the newer version to open it; nothing was changed.</source>
        <translation>Baza danych %1 została zapisana przez nowszą wersję Opieki (schemat %2; ten program zna schematy do %3). Zainstaluj nowszą wersję, aby ją otworzyć; niczego nie zmieniono.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Migration %1 is missing from this build.</source>
        <translation>W tej kompilacji brakuje migracji %1.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Upgrading the database to schema %1 failed: %2</source>
        <translation>Aktualizacja bazy danych do schematu %1 nie powiodła się: %2</translation>
    </message>
</context>
<context>
    <name>ScreenshotMaker</name>
    <message>
        <location filename="../../tools/screenshots/ScreenshotMaker.cpp" line="+133"/>
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
        <location line="+55"/>
        <source>Cannot write the example CSV file.</source>
        <translation>Nie można zapisać przykładowego pliku CSV.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>The database has no social worker with families to show.</source>
        <translation>W bazie danych nie ma pracownika socjalnego z rodzinami do pokazania.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The family record could not be opened.</source>
        <translation>Nie udało się otworzyć kartoteki rodziny.</translation>
    </message>
    <message>
        <location filename="../../tools/screenshots/FieldScreenshots.cpp" line="-51"/>
        <location filename="../../tools/screenshots/ScreenshotMaker.cpp" line="+28"/>
        <source>Mother, both children</source>
        <translation>Matka, oboje dzieci</translation>
    </message>
    <message>
        <location filename="../../tools/screenshots/ScreenshotMaker.cpp" line="+3"/>
        <source>The flat is heated and tidy. The older child goes to school regularly; the mother asks for help with the housing allowance application.</source>
        <translation>Mieszkanie ogrzane i zadbane. Starsze dziecko regularnie chodzi do szkoły; matka prosi o pomoc we wniosku o dodatek mieszkaniowy.</translation>
    </message>
    <message>
        <location filename="../../tools/screenshots/FieldScreenshots.cpp" line="-140"/>
        <location filename="../../tools/screenshots/ScreenshotMaker.cpp" line="+3"/>
        <source>Bring the housing allowance form</source>
        <translation>Przynieść wniosek o dodatek mieszkaniowy</translation>
    </message>
    <message>
        <location filename="../../tools/screenshots/ScreenshotMaker.cpp" line="+13"/>
        <source>Zofia</source>
        <translation>Zofia</translation>
    </message>
    <message>
        <location filename="../../tools/screenshots/Capture.cpp" line="+21"/>
        <source>Cannot write %1.</source>
        <translation>Nie można zapisać %1.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Cannot copy the database %1.</source>
        <translation>Nie można skopiować bazy danych %1.</translation>
    </message>
</context>
<context>
    <name>SessionFile</name>
    <message>
        <location filename="../../src/cli/SessionFile.cpp" line="+31"/>
        <source>The session file %1 is not used: %2. Remove it and run opieka-cli login again.</source>
        <translation>Plik sesji %1 nie jest używany: %2. Usuń go i uruchom ponownie opieka-cli login.</translation>
    </message>
    <message>
        <location line="+25"/>
        <location line="+13"/>
        <source>The session file %1 cannot be read.</source>
        <translation>Nie można odczytać pliku sesji %1.</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>it is a symbolic link</source>
        <translation>jest dowiązaniem symbolicznym</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it is not a regular file</source>
        <translation>nie jest zwykłym plikiem</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it belongs to another user</source>
        <translation>należy do innego użytkownika</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the group or others may read or change it (mode %1, 600 expected)</source>
        <translation>grupa lub inni użytkownicy mogą go czytać lub zmieniać (tryb %1, oczekiwany 600)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>it changed while it was read</source>
        <translation>zmienił się podczas odczytu</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The folder %1 for the session file cannot be made.</source>
        <translation>Nie można utworzyć folderu %1 na plik sesji.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+9"/>
        <source>The session file %1 cannot be written.</source>
        <translation>Nie można zapisać pliku sesji %1.</translation>
    </message>
</context>
<context>
    <name>SessionGate</name>
    <message>
        <location filename="../../src/ui/shell/SessionGate.cpp" line="+43"/>
        <source>The accounts of this database have passwords: sign in is needed.</source>
        <translation>Konta tej bazy danych mają hasła: trzeba się zalogować.</translation>
    </message>
</context>
<context>
    <name>SettingsService</name>
    <message>
        <location filename="../../src/app/core/SettingsService.cpp" line="+42"/>
        <source>The centre&apos;s name must not be empty.</source>
        <translation>Nazwa ośrodka nie może być pusta.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The interval must be at least one month.</source>
        <translation>Odstęp musi wynosić co najmniej jeden miesiąc.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The family&apos;s situation is assessed at least every six months (u.w.r.s.p.z. art. 15 ust. 1): the interval cannot be longer than %1 months.</source>
        <translation>Sytuację rodziny ocenia się nie rzadziej niż co pół roku (u.w.r.s.p.z. art. 15 ust. 1): odstęp nie może być dłuższy niż %1 miesięcy.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>The largest document must be a whole number of MB from 1 to %1.</source>
        <translation>Największy dokument musi być liczbą całkowitą MB od 1 do %1.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The number of residents must be a whole number from 1 to %1.</source>
        <translation>Liczba mieszkańców musi być liczbą całkowitą od 1 do %1.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The legal basis can have at most %1 characters; this one has %2.</source>
        <translation>Podstawa prawna może mieć najwyżej %1 znaków; ta ma %2.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The legal basis is one line of text, without line breaks or tabs.</source>
        <translation>Podstawa prawna to jeden wiersz tekstu, bez podziałów wierszy i tabulatorów.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>A receipt names no legal basis; the centre sets one for referrals, plans and transfers.</source>
        <translation>Potwierdzenie nie wskazuje podstawy prawnej; ośrodek ustala ją dla skierowań, planów i przekazań sprawy.</translation>
    </message>
</context>
<context>
    <name>SocialWorkerDeskTab</name>
    <message>
        <location filename="../../src/ui/desks/SocialWorkerDeskTab.ui" line="+13"/>
        <source>Sho&amp;w caseload of:</source>
        <translation>Pokaż &amp;sprawy pracownika:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Show caseload of</source>
        <translation>Pokaż sprawy pracownika</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Open family</source>
        <translation>&amp;Otwórz rodzinę</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the selected family&apos;s record</source>
        <translation>Otwórz kartotekę wybranej rodziny</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Refresh</source>
        <translation>O&amp;dśwież</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refresh my caseload</source>
        <translation>Odśwież moje sprawy</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>My families, overdue first</source>
        <translation>Moje rodziny, zaległe na górze</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Number of families</source>
        <translation>Liczba rodzin</translation>
    </message>
</context>
<context>
    <name>SqlTransaction</name>
    <message>
        <location filename="../../src/storage/SqlTransaction.cpp" line="+17"/>
        <source>Another change is being saved: %1. Try again when it finishes.</source>
        <translation>Trwa zapisywanie innej zmiany: %1. Spróbuj ponownie, gdy się zakończy.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Another change is being saved. Try again in a moment.</source>
        <translation>Trwa zapisywanie innej zmiany. Spróbuj ponownie za chwilę.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Another change is being saved and did not finish within %n second(s). Try again in a moment.</source>
        <translation>
            <numerusform>Trwa zapisywanie innej zmiany, które nie zakończyło się w ciągu %n sekundy. Spróbuj ponownie za chwilę.</numerusform>
            <numerusform>Trwa zapisywanie innej zmiany, które nie zakończyło się w ciągu %n sekund. Spróbuj ponownie za chwilę.</numerusform>
            <numerusform>Trwa zapisywanie innej zmiany, które nie zakończyło się w ciągu %n sekund. Spróbuj ponownie za chwilę.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+35"/>
        <source>The database is busy or read-only: %1</source>
        <translation>Baza danych jest zajęta lub tylko do odczytu: %1</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>The changes were not saved because a part of them failed.</source>
        <translation>Zmiany nie zostały zapisane, ponieważ część z nich się nie powiodła.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The connection to the database server at %1 was lost while the changes were being saved; your entries are kept in the form. Look whether the change is there before saving it again: Opieka reconnects.</source>
        <translation>Połączenie z serwerem bazy danych %1 zostało przerwane w trakcie zapisywania zmian; wpisane dane pozostają w formularzu. Zanim zapiszesz ponownie, sprawdź, czy zmiana została zapisana: Opieka połączy się od nowa.</translation>
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
        <location filename="../../src/ui/shell/StartupOptions.cpp" line="+13"/>
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
</context>
<context>
    <name>TeamService</name>
    <message>
        <location filename="../../src/app/record/TeamService.cpp" line="+79"/>
        <source>The family&apos;s case is not open on %1.</source>
        <translation>Sprawa rodziny nie jest otwarta w dniu %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is a %2; social workers and assistants join a family through an assignment.</source>
        <translation>%1 to %2; pracownicy socjalni i asystenci dołączają do rodziny przez przydział.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 is already on the family&apos;s team.</source>
        <translation>%1 jest już w zespole rodziny.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The coordinator joined on %1; the end must be later.</source>
        <translation>Koordynator dołączył %1; koniec musi być późniejszy.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Worker %1 is not on the family&apos;s team on %2.</source>
        <translation>Pracownik %1 nie jest w zespole rodziny w dniu %2.</translation>
    </message>
</context>
<context>
    <name>TeamTab</name>
    <message>
        <location filename="../../src/ui/record/TeamTab.ui" line="+10"/>
        <source>Roles missing from the team</source>
        <translation>Role, których brakuje w zespole</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Working with the family now:</source>
        <translation>Obecnie pracują z rodziną:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Current team</source>
        <translation>Obecny zespół</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Assign worker…</source>
        <translation>&amp;Przydziel pracownika…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assign a worker to the family</source>
        <translation>Przydziel pracownika do rodziny</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>T&amp;ransfer…</source>
        <translation>P&amp;rzekaż…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transfer the family from the selected worker</source>
        <translation>Przekaż rodzinę od wybranego pracownika</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add &amp;coordinator…</source>
        <translation>Dodaj &amp;koordynatora…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a foster-care coordinator to the team</source>
        <translation>Dodaj do zespołu koordynatora pieczy zastępczej</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>E&amp;nd work…</source>
        <translation>Zakończ p&amp;racę…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End the selected worker&apos;s work with the family</source>
        <translation>Zakończ pracę wybranego pracownika z rodziną</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Worked with the family before:</source>
        <translation>Wcześniej pracowali z rodziną:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Past team</source>
        <translation>Dawny zespół</translation>
    </message>
</context>
<context>
    <name>TrustScreenshots</name>
    <message>
        <location filename="../../tools/screenshots/TrustScreenshots.cpp" line="+70"/>
        <source>The database has no manager&apos;s account &apos;kierownik&apos; to show the audit.</source>
        <translation>W bazie nie ma konta kierownika „kierownik”, by pokazać dziennik zmian.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The audit trail could not be read.</source>
        <translation>Nie można odczytać dziennika zmian.</translation>
    </message>
</context>
<context>
    <name>UserGuide</name>
    <message>
        <location filename="../../src/ui/shell/UserGuide.cpp" line="+50"/>
        <source>User guide not found</source>
        <translation>Nie znaleziono podręcznika użytkownika</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The user guide is not on this computer. The Opieka package installs it as %1; ask whoever installed Opieka to reinstall the package.</source>
        <translation>Podręcznika użytkownika nie ma na tym komputerze. Pakiet Opieki instaluje go jako %1; poproś osobę, która zainstalowała Opiekę, o ponowne zainstalowanie pakietu.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Opieka user guide</source>
        <translation>Podręcznik użytkownika Opieki</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>User guide</source>
        <translation>Podręcznik użytkownika</translation>
    </message>
</context>
<context>
    <name>VerifyService</name>
    <message>
        <location filename="../../src/app/trust/VerifyService.cpp" line="+17"/>
        <source>it has no hash</source>
        <translation>nie ma skrótu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it does not follow the record before it (a record was deleted or put out of order)</source>
        <translation>nie wynika z poprzedniego wpisu (wpis usunięto lub zmieniono kolejność)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>its content does not match its hash (it was edited)</source>
        <translation>jego treść nie zgadza się ze skrótem (został zmieniony)</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Database server: its files are checked by PostgreSQL itself.</source>
        <translation>Serwer bazy danych: jego pliki sprawdza sam PostgreSQL.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Database file: passes SQLite&apos;s integrity check.</source>
        <translation>Plik bazy danych: przechodzi kontrolę spójności SQLite.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Database file: DAMAGED: %1</source>
        <translation>Plik bazy danych: USZKODZONY: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Audit trail: %n record(s), the chain is intact.</source>
        <translation>
            <numerusform>Dziennik zmian: %n wpis, łańcuch jest nienaruszony.</numerusform>
            <numerusform>Dziennik zmian: %n wpisy, łańcuch jest nienaruszony.</numerusform>
            <numerusform>Dziennik zmian: %n wpisów, łańcuch jest nienaruszony.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Audit trail: BROKEN at the record numbered %1 (%n record(s) in the trail): %2. A record was edited or deleted outside Opieka; restore a backup and compare.</source>
        <translation>
            <numerusform>Dziennik zmian: PRZERWANY na wpisie numer %1 (w dzienniku jest %n wpis): %2. Wpis zmieniono lub usunięto poza Opieką; przywróć kopię zapasową i porównaj.</numerusform>
            <numerusform>Dziennik zmian: PRZERWANY na wpisie numer %1 (w dzienniku są %n wpisy): %2. Wpis zmieniono lub usunięto poza Opieką; przywróć kopię zapasową i porównaj.</numerusform>
            <numerusform>Dziennik zmian: PRZERWANY na wpisie numer %1 (w dzienniku jest %n wpisów): %2. Wpis zmieniono lub usunięto poza Opieką; przywróć kopię zapasową i porównaj.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Audit trail: BROKEN: record %1 was erased without an erasure record (its values were blanked outside Opieka); restore a backup and compare.</source>
        <translation>Dziennik zmian: PRZERWANY: wpis %1 wymazano bez wpisu o wymazaniu (jego wartości wyczyszczono poza Opieką); przywróć kopię zapasową i porównaj.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Audit trail: BROKEN: the database&apos;s identity and the chain&apos;s head are missing (deleted outside Opieka); restore a backup and compare.</source>
        <translation>Dziennik zmian: PRZERWANY: brak identyfikatora bazy danych i końca łańcucha (usunięto je poza Opieką); przywróć kopię zapasową i porównaj.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Audit trail: BROKEN: 0 records but the chain&apos;s head says %1: every record was deleted outside Opieka; restore a backup and compare.</source>
        <translation>Dziennik zmian: PRZERWANY: 0 wpisów, a koniec łańcucha wskazuje %1: wszystkie wpisy usunięto poza Opieką; przywróć kopię zapasową i porównaj.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Audit trail: BROKEN: %n audit record(s) are missing after record %1 (the chain&apos;s head counts %2): the last records were deleted outside Opieka; restore a backup and compare.</source>
        <translation>
            <numerusform>Dziennik zmian: PRZERWANY: po wpisie %1 brakuje %n wpisu (koniec łańcucha liczy %2): ostatnie wpisy usunięto poza Opieką; przywróć kopię zapasową i porównaj.</numerusform>
            <numerusform>Dziennik zmian: PRZERWANY: po wpisie %1 brakuje %n wpisów (koniec łańcucha liczy %2): ostatnie wpisy usunięto poza Opieką; przywróć kopię zapasową i porównaj.</numerusform>
            <numerusform>Dziennik zmian: PRZERWANY: po wpisie %1 brakuje %n wpisów (koniec łańcucha liczy %2): ostatnie wpisy usunięto poza Opieką; przywróć kopię zapasową i porównaj.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Audit trail: BROKEN: %n record(s) more than the chain&apos;s head counts (%1): records were added outside Opieka.</source>
        <translation>
            <numerusform>Dziennik zmian: PRZERWANY: o %n wpis więcej, niż liczy koniec łańcucha (%1): wpisy dodano poza Opieką.</numerusform>
            <numerusform>Dziennik zmian: PRZERWANY: o %n wpisy więcej, niż liczy koniec łańcucha (%1): wpisy dodano poza Opieką.</numerusform>
            <numerusform>Dziennik zmian: PRZERWANY: o %n wpisów więcej, niż liczy koniec łańcucha (%1): wpisy dodano poza Opieką.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Audit trail: BROKEN: the last record (number %1) is not the chain&apos;s head: the end of the trail was replaced outside Opieka; restore a backup and compare.</source>
        <translation>Dziennik zmian: PRZERWANY: ostatni wpis (numer %1) nie jest końcem łańcucha: koniec dziennika podmieniono poza Opieką; przywróć kopię zapasową i porównaj.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Database identity %1; the chain&apos;s head: record count %2, last hash %3.</source>
        <translation>Identyfikator bazy danych %1; koniec łańcucha: liczba wpisów %2, ostatni skrót %3.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Warning: other accounts on this computer can read the database file %1 (mode %2), and its -wal and -shm files, which SQLite makes alike: it holds personal data. Make it the owner&apos;s only: chmod 600 %1</source>
        <translation>Uwaga: inne konta na tym komputerze mogą czytać plik bazy danych %1 (uprawnienia %2) oraz jego pliki -wal i -shm, którym SQLite nadaje te same uprawnienia, a zawiera on dane osobowe. Udostępnij go tylko właścicielowi: chmod 600 %1</translation>
    </message>
</context>
<context>
    <name>WorkPlan</name>
    <message>
        <location filename="../../src/domain/WorkPlan.cpp" line="+13"/>
        <source>draft</source>
        <translation>projekt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>agreed</source>
        <translation>uzgodniony</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>closed</source>
        <translation>zamknięty</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>planned</source>
        <translation>zaplanowane</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>in progress</source>
        <translation>w toku</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>done</source>
        <translation>wykonane</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>abandoned</source>
        <translation>zaniechane</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>family member</source>
        <translation>członek rodziny</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>family assistant</source>
        <translation>asystent rodziny</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>partner institution</source>
        <translation>instytucja współpracująca</translation>
    </message>
</context>
<context>
    <name>WorkPlanService</name>
    <message>
        <location filename="../../src/app/workplan/WorkPlanService.cpp" line="+42"/>
        <source>There is no work plan with id %1.</source>
        <translation>Nie ma planu pracy o identyfikatorze %1.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Version %1 of the plan is closed and can no longer change.</source>
        <translation>Wersja %1 planu jest zamknięta i nie można jej już zmieniać.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Version %1 has been replaced by version %2; change the current version.</source>
        <translation>Wersję %1 zastąpiła wersja %2; zmieniaj bieżącą wersję.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>The family&apos;s case is closed; a closed case gets no new plan.</source>
        <translation>Sprawa rodziny jest zamknięta; dla zamkniętej sprawy nie tworzy się planu.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The family already has a work plan; change it by a new version.</source>
        <translation>Rodzina ma już plan pracy; zmień go, tworząc nową wersję.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Version %1 is %2; only a draft is edited. Make a new version to change it.</source>
        <translation>Wersja %1 ma status: %2; edytuje się tylko projekt. Aby ją zmienić, utwórz nową wersję.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Goal %1 has no description.</source>
        <translation>Cel %1 nie ma opisu.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Action %1 of goal %2 has no description.</source>
        <translation>Działanie %1 celu %2 nie ma opisu.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Only a draft can be agreed; version %1 is %2.</source>
        <translation>Uzgodnić można tylko projekt; wersja %1 ma status: %2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A work plan is agreed together with the family: confirm that the family took part.</source>
        <translation>Plan pracy uzgadnia się razem z rodziną: potwierdź udział rodziny.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A work plan is agreed in consultation with the social worker: confirm the consultation.</source>
        <translation>Plan pracy uzgadnia się w porozumieniu z pracownikiem socjalnym: potwierdź konsultację.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The plan needs at least one goal with an action before it is agreed.</source>
        <translation>Przed uzgodnieniem plan musi mieć co najmniej jeden cel z działaniem.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The plan cannot be agreed before it was drafted (%1).</source>
        <translation>Planu nie można uzgodnić przed sporządzeniem projektu (%1).</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>A new version is made from the agreed plan; version %1 is a draft — edit it.</source>
        <translation>Nową wersję tworzy się z uzgodnionego planu; wersja %1 jest projektem — edytuj ją.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Version %1 already has a draft successor (version %2).</source>
        <translation>Wersja %1 ma już projekt następnej wersji (wersja %2).</translation>
    </message>
    <message>
        <location line="-123"/>
        <location line="+150"/>
        <location line="+27"/>
        <source>There is no plan action with id %1.</source>
        <translation>Nie ma działania planu o identyfikatorze %1.</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>Say why the action is abandoned.</source>
        <translation>Podaj, dlaczego działanie zaniechano.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>The plan cannot close before it was agreed (%1).</source>
        <translation>Planu nie można zamknąć przed jego uzgodnieniem (%1).</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Only versions of the same family&apos;s plan can be compared.</source>
        <translation>Porównywać można tylko wersje planu tej samej rodziny.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The plan&apos;s family is missing.</source>
        <translation>Brak rodziny, której dotyczy plan.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Family work plan — version %1</source>
        <translation>Plan pracy z rodziną — wersja %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+25"/>
        <source>Family</source>
        <translation>Rodzina</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>Case number</source>
        <translation>Sygnatura</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Municipality</source>
        <translation>Gmina</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drafted on</source>
        <translation>Data sporządzenia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agreed on</source>
        <translation>Data uzgodnienia</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not yet agreed</source>
        <translation>jeszcze nieuzgodniony</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Participants</source>
        <translation>Uczestnicy</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>No.</source>
        <translation>Lp.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Goal / action</source>
        <translation>Cel / działanie</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Responsible</source>
        <translation>Odpowiedzialny</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Deadline</source>
        <translation>Termin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expected effect</source>
        <translation>Oczekiwany efekt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Stan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Family assistant</source>
        <translation>Asystent rodziny</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Social worker (consulted)</source>
        <translation>Pracownik socjalny (konsultacja)</translation>
    </message>
</context>
<context>
    <name>WorkPlanTab</name>
    <message>
        <location filename="../../src/ui/workplan/WorkPlanTab.ui" line="+13"/>
        <source>&amp;Version:</source>
        <translation>&amp;Wersja:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Version of the plan</source>
        <translation>Wersja planu</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Compare versions…</source>
        <translation>Porówn&amp;aj wersje…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compare two versions of the plan</source>
        <translation>Porównaj dwie wersje planu</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>P&amp;rint…</source>
        <translation>Dru&amp;kuj…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print the plan</source>
        <translation>Drukuj plan</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>E&amp;xport PDF…</source>
        <translation>Eksportuj &amp;PDF…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export the plan as PDF</source>
        <translation>Eksportuj plan do PDF</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>State of the plan</source>
        <translation>Stan planu</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Participants:</source>
        <translation>Uczestnicy:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Who takes part in the plan</source>
        <translation>Kto uczestniczy w realizacji planu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The family members, the assistant, the social worker, partner institutions</source>
        <translation>Członkowie rodziny, asystent rodziny, pracownik socjalny, instytucje współpracujące</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Goals and actions of the plan</source>
        <translation>Cele i działania planu</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Children&apos;s help plans</source>
        <translation>Plany pomocy dzieciom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Help plans of the family&apos;s children in foster care</source>
        <translation>Plany pomocy dzieciom z tej rodziny umieszczonym w pieczy zastępczej</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Goals and tasks of the children&apos;s help plans</source>
        <translation>Cele i zadania planów pomocy dzieciom</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Start a &amp;work plan</source>
        <translation>&amp;Rozpocznij plan pracy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start the family&apos;s work plan</source>
        <translation>Rozpocznij plan pracy z rodziną</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add goa&amp;l…</source>
        <translation>Dodaj &amp;cel…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a goal</source>
        <translation>Dodaj cel</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add &amp;action…</source>
        <translation>Dodaj &amp;działanie…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add an action to the selected goal</source>
        <translation>Dodaj działanie do wybranego celu</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ed&amp;it…</source>
        <translation>&amp;Edytuj…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit the selected goal or action</source>
        <translation>Edytuj wybrany cel lub działanie</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Remove</source>
        <translation>Usuń</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the selected goal or action</source>
        <translation>Usuń wybrany cel lub działanie</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Save dra&amp;ft</source>
        <translation>Zapisz pro&amp;jekt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the draft</source>
        <translation>Zapisz projekt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A&amp;gree…</source>
        <translation>&amp;Uzgodnij…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agree the plan with the family</source>
        <translation>Uzgodnij plan z rodziną</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Mark done</source>
        <translation>Oznacz jako wykonane</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark the selected action done</source>
        <translation>Oznacz wybrane działanie jako wykonane</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;In progress</source>
        <translation>W &amp;toku</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark the selected action in progress</source>
        <translation>Oznacz wybrane działanie jako będące w toku</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A&amp;bandon…</source>
        <translation>Zan&amp;iechaj…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Abandon the selected action</source>
        <translation>Zaniechaj wybranego działania</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Pro&amp;gress note…</source>
        <translation>Notatka o po&amp;stępach…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a progress note to the selected action</source>
        <translation>Dodaj notatkę o postępach do wybranego działania</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Ne&amp;w version</source>
        <translation>&amp;Nowa wersja</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change the agreed plan by a new version</source>
        <translation>Zmień uzgodniony plan, tworząc nową wersję</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>C&amp;lose plan</source>
        <translation>Zamknij p&amp;lan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close the plan</source>
        <translation>Zamknij plan</translation>
    </message>
</context>
<context>
    <name>WorkerService</name>
    <message>
        <location filename="../../src/app/workers/WorkerService.cpp" line="+67"/>
        <source>Give the worker&apos;s first name and surname.</source>
        <translation>Podaj imię i nazwisko pracownika.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A worker is a social worker, a family assistant, a foster-care coordinator or a manager; an administrator is only an account.</source>
        <translation>Pracownik to pracownik socjalny, asystent rodziny, koordynator rodzinnej pieczy zastępczej albo kierownik; administrator jest tylko kontem.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The FTE (etat) is more than 0 and at most 1, e.g. 0.5 for half time or 1 for full time; %1 is not.</source>
        <translation>Etat jest większy od 0 i wynosi najwyżej 1, np. 0,5 dla pół etatu albo 1 dla pełnego; %1 nie jest takim etatem.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The employment must end after it began (%1).</source>
        <translation>Zatrudnienie musi się skończyć po jego rozpoczęciu (%1).</translation>
    </message>
    <message>
        <location filename="../../src/app/workers/WorkerLeaveService.cpp" line="+31"/>
        <source>%1 to %2</source>
        <translation>od %1 do %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>from %1 until further notice</source>
        <translation>od %1 do odwołania</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Give the first day of the leave.</source>
        <translation>Podaj pierwszy dzień nieobecności.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give the last day of the leave, or none: until further notice.</source>
        <translation>Podaj ostatni dzień nieobecności albo żaden: do odwołania.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The leave cannot end (%1) before it begins (%2).</source>
        <translation>Nieobecność nie może się skończyć (%1) przed swoim początkiem (%2).</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>%1 already has a leave recorded %2; periods of leave cannot overlap. Change or end that one instead.</source>
        <translation>%1 ma już zapisaną nieobecność %2; okresy nieobecności nie mogą na siebie zachodzić. Zmień albo zakończ tamtą.</translation>
    </message>
    <message>
        <location line="+35"/>
        <location line="+22"/>
        <source>There is no leave with id %1.</source>
        <translation>Nie ma nieobecności o id %1.</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Give the last day of the leave.</source>
        <translation>Podaj ostatni dzień nieobecności.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>%1 is on leave until %2; the family will wait for the worker&apos;s return. Choose another worker, or assign anyway.</source>
        <translation>%1 — nieobecność do %2; rodzina będzie czekać na powrót pracownika. Wybierz innego pracownika albo przydziel mimo to.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is on leave until further notice (since %2); the family will wait for the worker&apos;s return. Choose another worker, or assign anyway.</source>
        <translation>%1 — nieobecność do odwołania (od %2); rodzina będzie czekać na powrót pracownika. Wybierz innego pracownika albo przydziel mimo to.</translation>
    </message>
    <message>
        <location filename="../../src/app/workers/WorkerService.cpp" line="+77"/>
        <source>%1 has %2 today; at FTE %3 as a %4 the limit is %5, so %6 would be beyond it.</source>
        <translation>%1 ma dziś %2; przy etacie %3 w roli: %4 limit wynosi %5, więc %6 byłoby ponad limit.</translation>
    </message>
    <message numerus="yes">
        <location line="+27"/>
        <source>%1 still has %n case(s) assigned as a %2. Hand them over to another worker or release them (each family&apos;s record, Team tab) before changing the role.</source>
        <translation>
            <numerusform>%1 ma nadal %n przydzieloną sprawę w roli: %2. Przekaż ją innemu pracownikowi albo zwolnij (kartoteka rodziny, zakładka Zespół), zanim zmienisz rolę.</numerusform>
            <numerusform>%1 ma nadal %n przydzielone sprawy w roli: %2. Przekaż je innemu pracownikowi albo zwolnij (kartoteka każdej rodziny, zakładka Zespół), zanim zmienisz rolę.</numerusform>
            <numerusform>%1 ma nadal %n przydzielonych spraw w roli: %2. Przekaż je innemu pracownikowi albo zwolnij (kartoteka każdej rodziny, zakładka Zespół), zanim zmienisz rolę.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The account &apos;%1&apos; acts as %2 with the role of a %3. An administrator unlinks it first (Workers tab, Unlink account); then give an account with the new role.</source>
        <translation>Konto &apos;%1&apos; działa w imieniu: %2 z rolą: %3. Najpierw administrator je odłącza (zakładka Pracownicy i konta, Odłącz konto); potem daj konto z nową rolą.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Nothing was saved. A manager can save it anyway and then hand the cases beyond the limit over to others.</source>
        <translation>Nic nie zapisano. Kierownik może zapisać zmianę mimo to, a potem przekazać sprawy ponad limit innym.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Only a manager can save a change that puts a worker over the limit.</source>
        <translation>Tylko kierownik może zapisać zmianę, po której pracownik przekracza limit.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Give the first day the worker no longer works at the centre.</source>
        <translation>Podaj pierwszy dzień, w którym pracownik już nie pracuje w ośrodku.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 started work on %2: the employment can end only after that.</source>
        <translation>%1 zaczyna pracę %2: zatrudnienie może się skończyć dopiero później.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%1 still has %n case(s) assigned on %2 or later. Hand them over to another worker or release them (each family&apos;s record, Team tab) first, so that no family is left without a worker.</source>
        <translation>
            <numerusform>%1 ma nadal %n sprawę przydzieloną na %2 lub później. Najpierw przekaż ją innemu pracownikowi albo zwolnij (kartoteka rodziny, zakładka Zespół), żeby żadna rodzina nie została bez pracownika.</numerusform>
            <numerusform>%1 ma nadal %n sprawy przydzielone na %2 lub później. Najpierw przekaż je innemu pracownikowi albo zwolnij (kartoteka każdej rodziny, zakładka Zespół), żeby żadna rodzina nie została bez pracownika.</numerusform>
            <numerusform>%1 ma nadal %n spraw przydzielonych na %2 lub później. Najpierw przekaż je innemu pracownikowi albo zwolnij (kartoteka każdej rodziny, zakładka Zespół), żeby żadna rodzina nie została bez pracownika.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <location filename="../../src/app/core/Workspace.cpp" line="+121"/>
        <source>The administrator&apos;s login must not be empty.</source>
        <translation>Login administratora nie może być pusty.</translation>
    </message>
    <message>
        <location line="+57"/>
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
    <name>opieka::ui::AcceptPackageDialog</name>
    <message>
        <location filename="../../src/ui/exchange/ExchangeTab.cpp" line="+446"/>
        <location line="+1"/>
        <source>Accept the package</source>
        <translation>Przyjmij przesyłkę</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>From %1: %2</source>
        <translation>Nadawca: %1. %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Create a new family from it</source>
        <translation>&amp;Utwórz z niej nową rodzinę</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Add it to the family no.:</source>
        <translation>&amp;Dodaj ją do rodziny nr:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Number of the family</source>
        <translation>Numer rodziny</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>If the family may already be in this centre&apos;s register, the check for likely duplicates stops a new family and names the one found: add the package to it.</source>
        <translation>Jeśli rodzina może już być w rejestrze tego ośrodka, sprawdzenie prawdopodobnych duplikatów wstrzyma utworzenie nowej rodziny i wskaże znalezioną: dodaj przesyłkę do niej.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Acc&amp;ept</source>
        <translation>&amp;Przyjmij</translation>
    </message>
</context>
<context>
    <name>opieka::ui::AccountsDialog</name>
    <message>
        <location filename="../../src/ui/trust/AccountsDialog.cpp" line="+35"/>
        <location line="+4"/>
        <source>Accounts</source>
        <translation>Konta</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Add account…</source>
        <translation>&amp;Dodaj konto…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set &amp;password…</source>
        <translation>Ustaw &amp;hasło…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Disable account…</source>
        <translation>&amp;Wyłącz konto…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Link to &amp;worker…</source>
        <translation>Powiąż z &amp;pracownikiem…</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Cannot read the accounts</source>
        <translation>Nie można odczytać kont</translation>
    </message>
    <message>
        <location line="+46"/>
        <location line="+66"/>
        <source>Cannot read the workers</source>
        <translation>Nie można odczytać pracowników</translation>
    </message>
    <message>
        <location line="-51"/>
        <source>Set password</source>
        <translation>Ustaw hasło</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A new password for the account &apos;%1&apos;. Tell it to the person in private; they can sign in with it at once.</source>
        <translation>Nowe hasło konta „%1”. Przekaż je tej osobie na osobności; może się nim zalogować od razu.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Disable account</source>
        <translation>Wyłącz konto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disable the account &apos;%1&apos;? It can no longer sign in; what it recorded stays in the records and the audit.</source>
        <translation>Wyłączyć konto „%1”? Nie będzie mogło się zalogować; to, co zapisało, zostaje w aktach i w dzienniku zmian.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Disable &apos;%1&apos;</source>
        <translation>Wyłącz „%1”</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cannot disable the account</source>
        <translation>Nie można wyłączyć konta</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>(no worker)</source>
        <translation>(bez pracownika)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 (id %2)</source>
        <translation>%1 (id %2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Link to worker</source>
        <translation>Powiąż z pracownikiem</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The account &apos;%1&apos; acts as this worker: it reaches the worker&apos;s cases and their start page. Only a worker with the account&apos;s role (%2) can be chosen.</source>
        <translation>Konto &apos;%1&apos; działa w imieniu tego pracownika: sięga jego spraw i jego strony startowej. Można wybrać tylko pracownika z rolą konta (%2).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Worker</source>
        <translation>Pracownik</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Link</source>
        <translation>Powiąż</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cannot link the account</source>
        <translation>Nie można powiązać konta</translation>
    </message>
</context>
<context>
    <name>opieka::ui::AccountsModel</name>
    <message>
        <location filename="../../src/ui/trust/AccountsModel.cpp" line="+22"/>
        <source>worker %1</source>
        <translation>pracownik %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>active</source>
        <translation>aktywne</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>disabled</source>
        <translation>wyłączone</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>set</source>
        <translation>ustawione</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>none</source>
        <translation>brak</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Login</source>
        <translation>Login</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role</source>
        <translation>Rola</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Worker</source>
        <translation>Pracownik</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Status</source>
        <translation>Stan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Password</source>
        <translation>Hasło</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Waits until</source>
        <translation>Czeka do</translation>
    </message>
</context>
<context>
    <name>opieka::ui::ActionProgressDialog</name>
    <message>
        <location filename="../../src/ui/common/ActionProgressDialog.cpp" line="+12"/>
        <source>Progress of an action</source>
        <translation>Postęp działania</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;b&gt;%1&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the progress</source>
        <translation>Zapisz postęp</translation>
    </message>
</context>
<context>
    <name>opieka::ui::AddCoordinatorDialog</name>
    <message>
        <location filename="../../src/ui/record/AddCoordinatorDialog.cpp" line="+23"/>
        <location line="+1"/>
        <source>Add coordinator to the team</source>
        <translation>Dodaj koordynatora do zespołu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Foster-care coordinator</source>
        <translation>Koordynator rodzinnej pieczy zastępczej</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>On the team from</source>
        <translation>W zespole od</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Add</source>
        <translation>&amp;Dodaj</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add</source>
        <translation>Dodaj</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Coordinator:</source>
        <translation>&amp;Koordynator:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;From:</source>
        <translation>&amp;Od:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A coordinator joins the family&apos;s working team; this does not count against the coordinator&apos;s caseload, which counts foster families.</source>
        <translation>Koordynator dołącza do zespołu roboczego rodziny; nie wlicza się to do limitu spraw koordynatora, który obejmuje rodziny zastępcze.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>There are no active foster-care coordinators.</source>
        <translation>Nie ma aktywnych koordynatorów rodzinnej pieczy zastępczej.</translation>
    </message>
</context>
<context>
    <name>opieka::ui::AdoptionDialog</name>
    <message>
        <location filename="../../src/ui/fostercare/AdoptionDialog.cpp" line="+11"/>
        <source>Adoption reporting</source>
        <translation>Zgłoszenie do ośrodka adopcyjnego</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Save</source>
        <translation>&amp;Zapisz</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save adoption reporting</source>
        <translation>Zapisz zgłoszenie do ośrodka adopcyjnego</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: once the legal situation is settled the child is reported to an adoption centre; until then the coordinator&apos;s start page lists the child.</source>
        <translation>%1: po uregulowaniu sytuacji prawnej dziecko zgłasza się do ośrodka adopcyjnego; do tego czasu dziecko widnieje na stronie koordynatora.</translation>
    </message>
</context>
<context>
    <name>opieka::ui::AgreePlanDialog</name>
    <message>
        <location filename="../../src/ui/workplan/AgreePlanDialog.cpp" line="+11"/>
        <source>Agree the work plan</source>
        <translation>Uzgodnij plan pracy</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Agree version %1 of the work plan</source>
        <translation>Uzgodnij wersję %1 planu pracy</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Agree</source>
        <translation>&amp;Uzgodnij</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agree the plan</source>
        <translation>Uzgodnij plan</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The family took part</source>
        <translation>Rodzina uczestniczyła</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The social worker was consulted</source>
        <translation>Skonsultowano z pracownikiem socjalnym</translation>
    </message>
</context>
<context>
    <name>opieka::ui::AssessmentDialog</name>
    <message>
        <location filename="../../src/ui/record/AssessmentDialog.cpp" line="+17"/>
        <source>Record an assessment</source>
        <translation>Wpisz ocenę</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Save the assessment</source>
        <translation>Zapisz ocenę</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>A foster-care coordinator works with the family: send the assessment to them as well as to the social worker.</source>
        <translation>Z rodziną pracuje koordynator pieczy zastępczej: przekaż ocenę zarówno jemu, jak i pracownikowi socjalnemu.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The assessment goes to the family&apos;s social worker (and to the foster-care coordinator when a child is in care).</source>
        <translation>Ocenę przekazuje się pracownikowi socjalnemu rodziny (oraz koordynatorowi pieczy zastępczej, gdy dziecko przebywa w pieczy zastępczej).</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>(not recorded)</source>
        <translation>(nie wpisano)</translation>
    </message>
</context>
<context>
    <name>opieka::ui::AssessmentsTab</name>
    <message>
        <location filename="../../src/ui/record/AssessmentsTab.cpp" line="+29"/>
        <source>Assessed on</source>
        <translation>Data oceny</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Family assistant</source>
        <translation>Asystent rodziny</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sent to social worker</source>
        <translation>Przekazano pracownikowi socjalnemu</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sent to coordinator</source>
        <translation>Przekazano koordynatorowi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Findings</source>
        <translation>Ustalenia</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>not sent</source>
        <translation>nie przekazano</translation>
    </message>
    <message numerus="yes">
        <location line="+27"/>
        <source>The first assessment is due %n month(s) after the family&apos;s first work plan is agreed; the family has no agreed plan yet.</source>
        <translation>
            <numerusform>Pierwsza ocena przypada %n miesiąc po uzgodnieniu pierwszego planu pracy z rodziną; rodzina nie ma jeszcze uzgodnionego planu.</numerusform>
            <numerusform>Pierwsza ocena przypada %n miesiące po uzgodnieniu pierwszego planu pracy z rodziną; rodzina nie ma jeszcze uzgodnionego planu.</numerusform>
            <numerusform>Pierwsza ocena przypada %n miesięcy po uzgodnieniu pierwszego planu pracy z rodziną; rodzina nie ma jeszcze uzgodnionego planu.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>last assessed on %1</source>
        <translation>ostatnia ocena: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>first plan agreed on %1</source>
        <translation>pierwszy plan uzgodniono %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Next assessment was due on %1 (overdue); %2.</source>
        <translation>Termin następnej oceny: %1 (po terminie); %2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Next assessment due on %1 (within 14 days); %2.</source>
        <translation>Termin następnej oceny: %1 (w ciągu 14 dni); %2.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Next assessment due on %1; %2.</source>
        <translation>Termin następnej oceny: %1; %2.</translation>
    </message>
    <message>
        <location line="+45"/>
        <location line="+14"/>
        <source>Assessment of the family&apos;s situation</source>
        <translation>Okresowa ocena sytuacji rodziny</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Cannot print the assessment</source>
        <translation>Nie można wydrukować oceny</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>assessment-%1.pdf</source>
        <translation>ocena-%1.pdf</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Export assessment</source>
        <translation>Eksport oceny</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Assessment not exported</source>
        <translation>Nie wyeksportowano oceny</translation>
    </message>
</context>
<context>
    <name>opieka::ui::AssignDialog</name>
    <message>
        <location filename="../../src/ui/workers/AssignDialog.cpp" line="+25"/>
        <source>Worker on leave</source>
        <translation>Pracownik nieobecny</translation>
    </message>
    <message>
        <location line="+7"/>
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
        <location line="+39"/>
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
        <location line="+31"/>
        <location line="+1"/>
        <source>Transfer family</source>
        <translation>Przekaż rodzinę</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Transfer</source>
        <translation>&amp;Przekaż</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transfer</source>
        <translation>Przekaż</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Transfer from %1 (%2). Their work with the family ends on the day the new worker starts.</source>
        <translation>Przekazanie od: %1 (%2). Praca tej osoby z rodziną kończy się w dniu, w którym zaczyna nowy pracownik.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;On:</source>
        <translation>&amp;Dnia:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transfer date</source>
        <translation>Data przekazania</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>No other worker in the role “%1” can take the family over.</source>
        <translation>Żaden inny pracownik w roli „%1” nie może przejąć rodziny.</translation>
    </message>
    <message>
        <location line="+6"/>
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
        <location line="+39"/>
        <source>the foster family %1</source>
        <translation>rodzinę zastępczą %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>foster family %1</source>
        <translation>rodzinę zastępczą nr %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the family %1 (case %2)</source>
        <translation>rodzinę %1 (sprawa %2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the family %1</source>
        <translation>rodzinę %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>family %1</source>
        <translation>rodzinę nr %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 works with %2 from %3.</source>
        <translation>%1 prowadzi %2 od %3.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Not saved: %1</source>
        <translation>Nie zapisano: %1</translation>
    </message>
</context>
<context>
    <name>opieka::ui::AssistantDeskModel</name>
    <message>
        <location filename="../../src/ui/desks/AssistantDeskModel.cpp" line="+22"/>
        <source>no plan yet</source>
        <translation>brak planu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>v%1 %2</source>
        <translation>%2 (wersja %1)</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Family</source>
        <translation>Rodzina</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Case number</source>
        <translation>Sygnatura</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Work plan</source>
        <translation>Plan pracy</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Actions overdue</source>
        <translation>Działania po terminie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Due this week</source>
        <translation>Termin w tym tygodniu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Assessment due</source>
        <translation>Termin oceny</translation>
    </message>
</context>
<context>
    <name>opieka::ui::AssistantDeskTab</name>
    <message>
        <location filename="../../src/ui/desks/AssistantDeskTab.cpp" line="+53"/>
        <source>There are no family assistants in this database.</source>
        <translation>W tej bazie danych nie ma asystentów rodziny.</translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>%1 of %n families</source>
        <translation>
            <numerusform>%1 z %n rodziny</numerusform>
            <numerusform>%1 z %n rodzin</numerusform>
            <numerusform>%1 z %n rodzin</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n families (no limit in force)</source>
        <translation>
            <numerusform>%n rodzina (nie obowiązuje żaden limit)</numerusform>
            <numerusform>%n rodziny (nie obowiązuje żaden limit)</numerusform>
            <numerusform>%n rodzin (nie obowiązuje żaden limit)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not in today&apos;s caseload report.</source>
        <translation>Brak w dzisiejszym zestawieniu obciążenia sprawami.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Assessments overdue: %1, due within 14 days: %2; actions overdue: %3.</source>
        <translation>Oceny po terminie: %1, z terminem w ciągu 14 dni: %2; działania po terminie: %3.</translation>
    </message>
</context>
<context>
    <name>opieka::ui::AttachDocumentDialog</name>
    <message>
        <location filename="../../src/ui/documents/AttachDocumentDialog.cpp" line="+40"/>
        <location line="+1"/>
        <source>Attach a document</source>
        <translation>Dołącz dokument</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A scanned PDF, JPEG or PNG file. It is kept in the database with the case; the file itself stays where it is.</source>
        <translation>Zeskanowany plik PDF, JPEG lub PNG. Zostaje zapisany w bazie danych razem ze sprawą; sam plik pozostaje tam, gdzie jest.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>File</source>
        <translation>Plik</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;hoose…</source>
        <translation>W&amp;ybierz…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose…</source>
        <translation>Wybierz…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;File:</source>
        <translation>&amp;Plik:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kind</source>
        <translation>Rodzaj</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Rodzaj:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>About</source>
        <translation>Dotyczy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The whole family</source>
        <translation>Całej rodziny</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A&amp;bout:</source>
        <translation>Do&amp;tyczy:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The document&apos;s own date: the day it was issued or signed</source>
        <translation>Data samego dokumentu: dzień jego wydania lub podpisania</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Date:</source>
        <translation>&amp;Data:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Description</source>
        <translation>Opis</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. the court&apos;s file number, who issued it</source>
        <translation>np. sygnatura akt sądu, kto go wydał</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>D&amp;escription:</source>
        <translation>&amp;Opis:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What is wrong</source>
        <translation>Co jest nie tak</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Attach</source>
        <translation>Dołą&amp;cz</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Choose the document</source>
        <translation>Wybierz dokument</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Documents (*.pdf *.jpg *.jpeg *.png *.PDF *.JPG *.JPEG *.PNG);;All files (*)</source>
        <translation>Dokumenty (*.pdf *.jpg *.jpeg *.png *.PDF *.JPG *.JPEG *.PNG);;Wszystkie pliki (*)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>There is no file %1.</source>
        <translation>Nie ma pliku %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is not a file.</source>
        <translation>%1 nie jest plikiem.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is %2; a document may have at most %3.</source>
        <translation>%1 ma %2; dokument może mieć najwyżej %3.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 cannot be read: %2</source>
        <translation>Nie można odczytać %1: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is larger than the %2 a document may have.</source>
        <translation>%1 jest większy niż %2, które może mieć dokument.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Choose the file to attach.</source>
        <translation>Wybierz plik do dołączenia.</translation>
    </message>
</context>
<context>
    <name>opieka::ui::AuditDialog</name>
    <message>
        <location filename="../../src/ui/trust/AuditDialog.cpp" line="+39"/>
        <source>Audit trail</source>
        <translation>Dziennik zmian</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Show the records of:</source>
        <translation>&amp;Pokaż wpisy dotyczące:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Whose records</source>
        <translation>Czego dotyczą wpisy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the family with id</source>
        <translation>rodziny o numerze id</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the account with login</source>
        <translation>konta o loginie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Family id or login</source>
        <translation>Id rodziny albo login</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;how</source>
        <translation>Po&amp;każ</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Each reading of the audit trail is itself recorded in it.</source>
        <translation>Każde przeglądanie dziennika zmian jest w nim odnotowywane.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Audit records</source>
        <translation>Wpisy dziennika zmian</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Export &amp;CSV…</source>
        <translation>Eksport do &amp;CSV…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Type the account&apos;s login.</source>
        <translation>Wpisz login konta.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Type the family&apos;s id: a whole number, as in the families list.</source>
        <translation>Wpisz id rodziny: liczbę całkowitą, jak na liście rodzin.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>family %1</source>
        <translation>rodzina %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>account %1</source>
        <translation>konto %1</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>%n record(s) of %1. This reading is recorded in the audit trail.</source>
        <translation>
            <numerusform>%n wpis: %1. To przeglądanie zostało odnotowane w dzienniku zmian.</numerusform>
            <numerusform>%n wpisy: %1. To przeglądanie zostało odnotowane w dzienniku zmian.</numerusform>
            <numerusform>%n wpisów: %1. To przeglądanie zostało odnotowane w dzienniku zmian.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Export CSV</source>
        <translation>Eksport do CSV</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV files for a spreadsheet (*.csv)</source>
        <translation>Pliki CSV do arkusza kalkulacyjnego (*.csv)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot export the CSV</source>
        <translation>Nie można wyeksportować CSV</translation>
    </message>
</context>
<context>
    <name>opieka::ui::AuditLabels</name>
    <message>
        <location filename="../../src/ui/trust/AuditLabels.cpp" line="+14"/>
        <source>Child reported for adoption</source>
        <translation>Zgłoszenie dziecka do adopcji</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adoption settled</source>
        <translation>Zakończenie sprawy adopcyjnej</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Family assessment recorded</source>
        <translation>Zapis oceny sytuacji rodziny</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Worker assigned</source>
        <translation>Przydzielenie pracownika</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Worker assigned over the limit</source>
        <translation>Przydzielenie pracownika ponad limit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Audit trail read</source>
        <translation>Przeglądanie dziennika zmian</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backup made</source>
        <translation>Wykonanie kopii zapasowej</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backup restored</source>
        <translation>Odtworzenie kopii zapasowej</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Niebieska Karta procedure ended</source>
        <translation>Zakończenie procedury Niebieskiej Karty</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Niebieska Karta procedure started</source>
        <translation>Wszczęcie procedury Niebieskiej Karty</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Child&apos;s situation review recorded</source>
        <translation>Zapis oceny sytuacji dziecka</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact logged</source>
        <translation>Zapis kontaktu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact changed</source>
        <translation>Zmiana kontaktu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Database moved to the server</source>
        <translation>Przeniesienie bazy danych na serwer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Demonstration data made</source>
        <translation>Utworzenie danych pokazowych</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data exported</source>
        <translation>Eksport danych</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Family&apos;s category changed</source>
        <translation>Zmiana kategorii rodziny</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Case closed</source>
        <translation>Zamknięcie sprawy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Case opened</source>
        <translation>Założenie sprawy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Family looked up</source>
        <translation>Wyszukanie rodziny</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Family record opened</source>
        <translation>Otwarcie kartoteki rodziny</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Case reopened</source>
        <translation>Wznowienie sprawy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Family&apos;s details changed</source>
        <translation>Zmiana danych rodziny</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Foster family assessment recorded</source>
        <translation>Zapis oceny rodziny zastępczej</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Foster family&apos;s record opened</source>
        <translation>Otwarcie kartoteki rodziny zastępczej</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Foster family registered</source>
        <translation>Wpis rodziny zastępczej do rejestru</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Foster family&apos;s details changed</source>
        <translation>Zmiana danych rodziny zastępczej</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assistance plan saved</source>
        <translation>Zapis planu pomocy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Imported</source>
        <translation>Import</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import refused</source>
        <translation>Odmowa importu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leaving care recorded</source>
        <translation>Zapis usamodzielnienia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Member added</source>
        <translation>Dodanie członka rodziny</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Member&apos;s personal data erased</source>
        <translation>Usunięcie danych osobowych członka rodziny</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Member removed</source>
        <translation>Usunięcie członka rodziny</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Member&apos;s details changed</source>
        <translation>Zmiana danych członka rodziny</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Court proceedings ended</source>
        <translation>Zakończenie postępowania sądowego</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Child placed</source>
        <translation>Umieszczenie dziecka</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Placement ended</source>
        <translation>Zakończenie umieszczenia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Emergency stay extended</source>
        <translation>Przedłużenie pobytu w trybie pilnym</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Notice of the intake recorded</source>
        <translation>Zapis zawiadomienia o przyjęciu dziecka</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Work plan action changed</source>
        <translation>Zmiana działania planu pracy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Work plan agreed</source>
        <translation>Uzgodnienie planu pracy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Work plan closed</source>
        <translation>Zamknięcie planu pracy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Work plan started</source>
        <translation>Rozpoczęcie planu pracy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Work plan edited</source>
        <translation>Edycja planu pracy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Work plan version kept</source>
        <translation>Zachowanie wersji planu pracy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Worker released</source>
        <translation>Zakończenie pracy pracownika ze sprawą</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Caseload limit added</source>
        <translation>Dodanie limitu spraw</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Setting changed</source>
        <translation>Zmiana ustawienia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Team member added</source>
        <translation>Dodanie członka zespołu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Team member&apos;s work ended</source>
        <translation>Zakończenie pracy członka zespołu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Account awaits a manager&apos;s confirmation</source>
        <translation>Konto czeka na potwierdzenie kierownika</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Account confirmed</source>
        <translation>Potwierdzenie konta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Account added</source>
        <translation>Dodanie konta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Account disabled</source>
        <translation>Wyłączenie konta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Account linked to a worker</source>
        <translation>Powiązanie konta z pracownikiem</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password set</source>
        <translation>Ustawienie hasła</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failed sign-in</source>
        <translation>Nieudane logowanie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Account unlinked from its worker</source>
        <translation>Odłączenie konta od pracownika</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Worker added</source>
        <translation>Dodanie pracownika</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Employment ended</source>
        <translation>Zakończenie zatrudnienia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leave recorded</source>
        <translation>Zapis nieobecności</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leave changed</source>
        <translation>Zmiana nieobecności</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leave ended</source>
        <translation>Zakończenie nieobecności</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Employment resumed</source>
        <translation>Wznowienie zatrudnienia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Worker&apos;s details changed</source>
        <translation>Zmiana danych pracownika</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Assignment</source>
        <translation>Przydział</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Caseload limit</source>
        <translation>Limit spraw</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Child&apos;s review</source>
        <translation>Ocena sytuacji dziecka</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data set</source>
        <translation>Zbiór danych</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Database</source>
        <translation>Baza danych</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Family</source>
        <translation>Rodzina</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Family assessment</source>
        <translation>Ocena sytuacji rodziny</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Foster family</source>
        <translation>Rodzina zastępcza</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Member</source>
        <translation>Członek rodziny</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Placement</source>
        <translation>Umieszczenie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Work plan action</source>
        <translation>Działanie planu pracy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Setting</source>
        <translation>Ustawienie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Work plan</source>
        <translation>Plan pracy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Worker</source>
        <translation>Pracownik</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
</context>
<context>
    <name>opieka::ui::AuditModel</name>
    <message>
        <location filename="../../src/ui/trust/AuditModel.cpp" line="+16"/>
        <location line="+3"/>
        <source>(erased)</source>
        <translation>(usunięte)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Time</source>
        <translation>Czas</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Action</source>
        <translation>Czynność</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Concerns</source>
        <translation>Dotyczy</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Old values</source>
        <translation>Dawne wartości</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New values</source>
        <translation>Nowe wartości</translation>
    </message>
</context>
<context>
    <name>opieka::ui::BackupActions</name>
    <message>
        <location filename="../../src/ui/trust/BackupActions.cpp" line="+82"/>
        <location line="+29"/>
        <source>Back up the database</source>
        <translation>Kopia zapasowa bazy danych</translation>
    </message>
    <message>
        <location line="-28"/>
        <location line="+12"/>
        <source>Opieka backups (*.bk);;All files (*)</source>
        <translation>Kopie zapasowe Opieki (*.bk);;Wszystkie pliki (*)</translation>
    </message>
    <message>
        <location line="-2"/>
        <location line="+66"/>
        <location line="+58"/>
        <location line="+27"/>
        <source>Restore from backup</source>
        <translation>Przywracanie z kopii zapasowej</translation>
    </message>
    <message>
        <location line="-140"/>
        <source>Daily backup settings saved.</source>
        <translation>Zapisano ustawienia codziennej kopii zapasowej.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Choose the passphrase that protects the backup %1. Without it nobody can restore the backup, the centre included: keep it apart from the backup medium.</source>
        <translation>Wybierz hasło, które chroni kopię zapasową %1. Bez niego nikt nie przywróci tej kopii, także ośrodek: przechowuj je osobno od nośnika z kopią.</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+18"/>
        <source>Cannot back up</source>
        <translation>Nie można wykonać kopii zapasowej</translation>
    </message>
    <message>
        <location line="-8"/>
        <location line="+158"/>
        <source>Backing up the database…</source>
        <translation>Tworzenie kopii zapasowej bazy danych…</translation>
    </message>
    <message>
        <location line="-146"/>
        <source>Backup written: %1 (%2).</source>
        <translation>Zapisano kopię zapasową: %1 (%2).</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+37"/>
        <source>Cannot restore the backup</source>
        <translation>Nie można przywrócić kopii zapasowej</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>The passphrase of the backup %1. Nothing changes until you have seen the backup&apos;s date and confirmed.</source>
        <translation>Hasło kopii zapasowej %1. Nic się nie zmieni, dopóki nie zobaczysz daty kopii i nie potwierdzisz.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Restoring the backup…</source>
        <translation>Przywracanie kopii zapasowej…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Nothing was restored.</source>
        <translation>Niczego nie przywrócono.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Restored from the backup of %1.</source>
        <translation>Przywrócono dane z kopii zapasowej z %1.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Replace everything in this database with the backup %1, taken on %2?</source>
        <translation>Zastąpić całą zawartość tej bazy danych kopią zapasową %1, wykonaną %2?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Families, workers, plans, settings and accounts go back to how they were then; what was recorded after it is lost.</source>
        <translation>Rodziny, pracownicy, plany, ustawienia i konta wrócą do stanu z tamtej chwili; to, co zapisano później, przepadnie.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This database&apos;s audit trail is kept whole, this restore included.</source>
        <translation>Dziennik zmian tej bazy zostaje zachowany w całości, łącznie z tym przywróceniem.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This database&apos;s audit trail does not hold the backup&apos;s unchanged (it was changed outside Opieka): the backup&apos;s audit trail replaces it, and the restore&apos;s record names the trail replaced.</source>
        <translation>Dziennik zmian tej bazy nie zawiera niezmienionego dziennika z kopii (zmieniono go poza Opieką): zastąpi go dziennik z kopii, a wpis o przywróceniu wymieni zastąpiony dziennik.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Restore</source>
        <translation>&amp;Przywróć</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The backup %1, taken on %2, is of another database, not of this one. Replace this database with it, with every account and its audit trail?</source>
        <translation>Kopia zapasowa %1 z %2 pochodzi z innej bazy danych, nie z tej. Zastąpić nią tę bazę, razem ze wszystkimi kontami i dziennikiem zmian?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This database (identity %1, audit records: %2) becomes the other one (identity %3, audit records: %4): its data, its accounts and its audit trail are replaced; the restore&apos;s own record names the trail replaced. Choose this only when this database is to become that one, such as a new computer after its first start.</source>
        <translation>Ta baza danych (identyfikator %1, wpisy w dzienniku zmian: %2) stanie się tamtą (identyfikator %3, wpisy: %4): jej dane, konta i dziennik zmian zostaną zastąpione; wpis o przywróceniu wymieni zastąpiony dziennik. Wybierz to tylko wtedy, gdy ta baza ma stać się tamtą, np. na nowym komputerze po pierwszym uruchomieniu.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Replace this database</source>
        <translation>&amp;Zastąp tę bazę danych</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+14"/>
        <source>Today&apos;s automatic backup was skipped: no passphrase was given.</source>
        <translation>Pominięto dzisiejszą automatyczną kopię zapasową: nie podano hasła.</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Daily backup</source>
        <translation>Codzienna kopia zapasowa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Today&apos;s automatic backup goes to %1. Type the centre&apos;s backup passphrase; Opieka keeps it in memory until it closes, never on disk. Cancel skips the automatic backups of this session.</source>
        <translation>Dzisiejsza automatyczna kopia zapasowa trafi do %1. Wpisz hasło kopii zapasowych ośrodka; Opieka trzyma je w pamięci do zamknięcia programu, nigdy na dysku. Anuluj pomija automatyczne kopie w tej sesji.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The daily backup failed</source>
        <translation>Codzienna kopia zapasowa nie powiodła się</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Today&apos;s backup written to %1; %n older one(s) removed.</source>
        <translation>
            <numerusform>Zapisano dzisiejszą kopię zapasową do %1; usunięto %n starszą.</numerusform>
            <numerusform>Zapisano dzisiejszą kopię zapasową do %1; usunięto %n starsze.</numerusform>
            <numerusform>Zapisano dzisiejszą kopię zapasową do %1; usunięto %n starszych.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>opieka::ui::CaseloadLimitsDialog</name>
    <message>
        <location filename="../../src/ui/workers/CaseloadLimitsDialog.cpp" line="+57"/>
        <source>from %1</source>
        <translation>od %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Caseload Limits</source>
        <translation>Limity spraw</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Caseload limits</source>
        <translation>Limity spraw</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The limits applied to every caseload, each with the days it is in force and its legal basis. The limits in force on %1 are in bold.</source>
        <translation>Limity spraw stosowane do obciążenia każdego pracownika, każdy z okresem obowiązywania i podstawą prawną. Limity obowiązujące w dniu %1 są pogrubione.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Caseload limits and their legal basis</source>
        <translation>Limity spraw i ich podstawa prawna</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Role</source>
        <translation>Rola</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Limit</source>
        <translation>Limit</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>In force</source>
        <translation>Obowiązuje</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Legal basis</source>
        <translation>Podstawa prawna</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 per full-time post</source>
        <translation>%1 na pełny etat</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The centre&apos;s own rule (not the statute&apos;s)</source>
        <translation>Własna zasada ośrodka (nie ustawowa)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The centre applies the statute&apos;s limits.</source>
        <translation>Ośrodek stosuje limity ustawowe.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The centre&apos;s rules differ from the statute&apos;s:</source>
        <translation>Zasady ośrodka różnią się od ustawowych:</translation>
    </message>
</context>
<context>
    <name>opieka::ui::CaseloadModel</name>
    <message>
        <location filename="../../src/ui/workers/CaseloadModel.cpp" line="+25"/>
        <source>none</source>
        <translation>brak</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Worker</source>
        <translation>Pracownik</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Role</source>
        <translation>Rola</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Unit</source>
        <translation>Zespół</translation>
    </message>
    <message>
        <location line="-24"/>
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
        <location line="+9"/>
        <source>Utilisation</source>
        <translation>Wykorzystanie</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Status</source>
        <translation>Stan</translation>
    </message>
</context>
<context>
    <name>opieka::ui::CaseloadReportPage</name>
    <message>
        <location filename="../../src/ui/reports/CaseloadReportPage.cpp" line="+52"/>
        <source>Report on workers of role</source>
        <translation>Zestawienie dla pracowników na stanowisku</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Report on workers of unit</source>
        <translation>Zestawienie dla pracowników zespołu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Report on workers with cases in municipality</source>
        <translation>Zestawienie dla pracowników ze sprawami w gminie</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Role:</source>
        <translation>&amp;Stanowisko:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Unit:</source>
        <translation>&amp;Zespół:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Municipality:</source>
        <translation>&amp;Gmina:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Caseload by role; double-click a figure for its cases</source>
        <translation>Obciążenie według stanowisk; dwuklik na liczbie pokazuje sprawy</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Double-click a figure to see the cases behind it.</source>
        <translation>Dwuklik na liczbie pokazuje sprawy, z których wynika.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overrides in force</source>
        <translation>Obowiązujące zgody ponad limit</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No case is carried beyond a limit by a manager&apos;s decision.</source>
        <translation>Żadna sprawa nie jest prowadzona ponad limit na podstawie decyzji kierownika.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Caseload per worker; double-click a worker for the cases</source>
        <translation>Obciążenie pracowników; dwuklik na pracowniku pokazuje jego sprawy</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Caseload details</source>
        <translation>Szczegóły obciążenia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;hart</source>
        <translation>&amp;Wykres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Workers</source>
        <translation>&amp;Pracownicy</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Overrides in force</source>
        <translation>Zgody &amp;ponad limit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>By role</source>
        <translation>Według stanowisk</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>All roles</source>
        <translation>Wszystkie stanowiska</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All units</source>
        <translation>Wszystkie zespoły</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>All municipalities</source>
        <translation>Wszystkie gminy</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>&amp;Overrides in force (%1)</source>
        <translation>Zgody &amp;ponad limit (%1)</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Cases of %1</source>
        <translation>Sprawy: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The cases %1 carries on %2.</source>
        <translation>Sprawy, które %1 prowadzi w dniu %2.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Overrides: %1</source>
        <translation>Zgody ponad limit: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cases carried beyond the limit by a manager&apos;s decision, with the reason.</source>
        <translation>Sprawy prowadzone ponad limit na podstawie decyzji kierownika, z uzasadnieniem.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>every worker</source>
        <translation>wszyscy pracownicy</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>workers near the limit</source>
        <translation>pracownicy blisko limitu</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>workers at the limit</source>
        <translation>pracownicy z osiągniętym limitem</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>workers over the limit</source>
        <translation>pracownicy ponad limit</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cases of %1: %2</source>
        <translation>Sprawy — %1: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No worker.</source>
        <translation>Brak pracowników.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n worker(s): %1.</source>
        <translation>
            <numerusform>%n pracownik: %1.</numerusform>
            <numerusform>%n pracowników: %1.</numerusform>
            <numerusform>%n pracowników: %1.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cannot read the cases</source>
        <translation>Nie można odczytać spraw</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>caseload-report</source>
        <translation>raport-obciazenia</translation>
    </message>
</context>
<context>
    <name>opieka::ui::CaseloadTab</name>
    <message>
        <location filename="../../src/ui/workers/CaseloadTab.cpp" line="+46"/>
        <source>All roles</source>
        <translation>Wszystkie role</translation>
    </message>
</context>
<context>
    <name>opieka::ui::CasesBehindDialog</name>
    <message>
        <location filename="../../src/ui/workers/CasesBehindDialog.cpp" line="+25"/>
        <source>Cases behind the figure</source>
        <translation>Sprawy, z których wynika liczba</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>&amp;Open record</source>
        <translation>&amp;Otwórz kartotekę</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Worker</source>
        <translation>Pracownik</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Case</source>
        <translation>Sprawa</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Municipality</source>
        <translation>Gmina</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Since</source>
        <translation>Od</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Override reason</source>
        <translation>Uzasadnienie zgody</translation>
    </message>
</context>
<context>
    <name>opieka::ui::CentrePartnersDialog</name>
    <message>
        <location filename="../../src/ui/exchange/CentrePartnersDialog.cpp" line="+61"/>
        <source>not given</source>
        <translation>nie podano</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+79"/>
        <source>Fingerprint</source>
        <translation>Odcisk klucza</translation>
    </message>
    <message>
        <location line="-56"/>
        <source>Social assistance centre (OPS)</source>
        <translation>Ośrodek pomocy społecznej (OPS)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Family support centre (PCPR)</source>
        <translation>Powiatowe centrum pomocy rodzinie (PCPR)</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+1"/>
        <source>Centre identity and partners</source>
        <translation>Tożsamość ośrodka i partnerzy</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This centre&apos;s card</source>
        <translation>Karta tego ośrodka</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+28"/>
        <source>Name</source>
        <translation>Nazwa</translation>
    </message>
    <message>
        <location line="-27"/>
        <location line="+27"/>
        <source>Kind</source>
        <translation>Rodzaj</translation>
    </message>
    <message>
        <location line="-26"/>
        <location line="+26"/>
        <source>Area</source>
        <translation>Obszar</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>REGON</source>
        <translation>REGON</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name:</source>
        <translation>Nazwa:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind:</source>
        <translation>Rodzaj:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Area:</source>
        <translation>Obszar:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>REGON:</source>
        <translation>REGON:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fingerprint:</source>
        <translation>Odcisk klucza:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A partner centre imports this card and checks it by asking you, on the phone, to read the fingerprint aloud. Give the card to partners as a file (e-mail, a USB stick).</source>
        <translation>Ośrodek partnerski wczytuje tę kartę i sprawdza ją, prosząc Cię przez telefon o odczytanie odcisku klucza na głos. Przekaż kartę partnerom jako plik (e-mailem, na pendrivie).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Make the centre&apos;s keys…</source>
        <translation>&amp;Utwórz klucze ośrodka…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Save the centre card…</source>
        <translation>&amp;Zapisz kartę ośrodka…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Partner centres:</source>
        <translation>Ośrodki &amp;partnerskie:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Partner centres</source>
        <translation>Ośrodki partnerskie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Added on</source>
        <translation>Dodano</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>By</source>
        <translation>Przez</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Add partner from card…</source>
        <translation>&amp;Dodaj partnera z karty…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What is wrong</source>
        <translation>Co jest nie tak</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>The centre has no keys yet. Make them once, with &quot;Make the centre&apos;s keys…&quot;: partners will trust this centre by their fingerprint.</source>
        <translation>Ośrodek nie ma jeszcze kluczy. Utwórz je jeden raz przyciskiem „Utwórz klucze ośrodka…”: partnerzy będą ufać temu ośrodkowi na podstawie odcisku tych kluczy.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The centre has no keys yet: an administrator makes them (Settings › Centre Identity and Partners…).</source>
        <translation>Ośrodek nie ma jeszcze kluczy: tworzy je administrator (Ustawienia › Tożsamość ośrodka i partnerzy…).</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The centre&apos;s keys are made.</source>
        <translation>Klucze ośrodka zostały utworzone.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>centre-card.json</source>
        <translation>karta-osrodka.json</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+12"/>
        <source>Save the centre card</source>
        <translation>Zapisz kartę ośrodka</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Centre cards (*.json)</source>
        <translation>Karty ośrodków (*.json)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The centre card is saved in %1.</source>
        <translation>Karta ośrodka została zapisana w pliku %1.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+8"/>
        <source>Add partner from card</source>
        <translation>Dodaj partnera z karty</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Centre cards (*.json);;All files (*)</source>
        <translation>Karty ośrodków (*.json);;Wszystkie pliki (*)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The file %1 cannot be read: %2</source>
        <translation>Nie można odczytać pliku %1: %2</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 is now a partner centre.</source>
        <translation>%1 jest teraz ośrodkiem partnerskim.</translation>
    </message>
</context>
<context>
    <name>opieka::ui::CentrePassphraseDialog</name>
    <message>
        <location filename="../../src/ui/exchange/CentrePassphraseDialog.cpp" line="+12"/>
        <location line="+8"/>
        <source>Centre passphrase</source>
        <translation>Hasło ośrodka</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>The centre passphrase unlocks the centre&apos;s keys. It is not the password of your account. Opieka does not keep it: it is asked each time the keys are needed.</source>
        <translation>Hasło ośrodka odblokowuje klucze ośrodka. To nie jest hasło Twojego konta. Opieka go nie przechowuje: pyta o nie za każdym razem, gdy klucze są potrzebne.</translation>
    </message>
</context>
<context>
    <name>opieka::ui::CentreSettingsDialog</name>
    <message>
        <location filename="../../src/ui/shell/CentreSettingsDialog.cpp" line="+13"/>
        <source>Centre settings</source>
        <translation>Ustawienia ośrodka</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save the centre settings</source>
        <translation>Zapisz ustawienia ośrodka</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> months</source>
        <translation> mies.</translation>
    </message>
</context>
<context>
    <name>opieka::ui::CentreSetupWizard</name>
    <message>
        <location filename="../../src/ui/shell/CentreSetupWizard.cpp" line="+53"/>
        <location line="+33"/>
        <source>What is wrong</source>
        <translation>Co jest nie tak</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>The centre</source>
        <translation>Ośrodek</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The administrator&apos;s account is ready. A few steps set the centre up: its name, its workers and their accounts. Each step can be skipped and done later.

The centre&apos;s name is printed at the top of every document and report, e.g. &quot;Miejski Ośrodek Pomocy Społecznej w Przykładowie&quot;. Leave it empty to skip; it is also in Settings › Centre Settings….</source>
        <translation>Konto administratora jest gotowe. Kilka kroków zakłada ośrodek: jego nazwę, pracowników i ich konta. Każdy krok można pominąć i wykonać później.

Nazwa ośrodka jest drukowana u góry każdego dokumentu i raportu, np. „Miejski Ośrodek Pomocy Społecznej w Przykładowie”. Zostaw pole puste, aby pominąć ten krok; nazwa jest też w Ustawienia › Ustawienia ośrodka….</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Centre&apos;s name</source>
        <translation>Nazwa ośrodka</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Centre&apos;s &amp;name:</source>
        <translation>&amp;Nazwa ośrodka:</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Workers</source>
        <translation>Pracownicy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add the centre&apos;s workers: each social worker, family assistant and foster-care coordinator who carries cases, and the managers. Add at least one now; the others can follow later in the Workers and accounts tab, or from a CSV file (File › Import from CSV…). Go on without adding anyone to skip this step.</source>
        <translation>Dodaj pracowników ośrodka: każdego pracownika socjalnego, asystenta rodziny i koordynatora pieczy zastępczej, który prowadzi sprawy, oraz kierowników. Dodaj teraz co najmniej jedną osobę; pozostałe można dodać później w zakładce Pracownicy i konta albo z pliku CSV (Plik › Import z pliku CSV…). Przejdź dalej bez dodawania, aby pominąć ten krok.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Add this worker</source>
        <translation>&amp;Dodaj tego pracownika</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Workers added</source>
        <translation>Dodani pracownicy</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1: %2, FTE %3</source>
        <translation>%1: %2, etat %3</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Accounts</source>
        <translation>Konta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each worker signs in with an account of their own, which acts as them and has their role. Choose the worker, a login and the initial password the person gives you (at least %1 characters; nobody else should know it). Go on without creating one to skip this step: the Workers and accounts tab gives accounts later.</source>
        <translation>Każdy pracownik loguje się własnym kontem, które działa w jego imieniu i ma jego rolę. Wybierz pracownika, login i hasło początkowe, które poda ta osoba (co najmniej %1 znaków; nikt inny nie powinien go znać). Przejdź dalej bez tworzenia konta, aby pominąć ten krok: konta można dać później w zakładce Pracownicy i konta.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Worker</source>
        <translation>Pracownik</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Role</source>
        <translation>Rola</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Login</source>
        <translation>Login</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Password</source>
        <translation>Hasło</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Password again</source>
        <translation>Hasło ponownie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Worker:</source>
        <translation>&amp;Pracownik:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role:</source>
        <translation>Rola:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Login:</source>
        <translation>&amp;Login:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Password:</source>
        <translation>&amp;Hasło:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password a&amp;gain:</source>
        <translation>Hasło &amp;ponownie:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Create this account</source>
        <translation>&amp;Utwórz to konto</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Accounts created</source>
        <translation>Utworzone konta</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Every worker has an account.</source>
        <translation>Każdy pracownik ma konto.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The two passwords differ.</source>
        <translation>Wpisane hasła się różnią.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 for %2 (%3)</source>
        <translation>%1 dla: %2 (%3)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Ready</source>
        <translation>Gotowe</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Summary</source>
        <translation>Podsumowanie</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Centre: %1.</source>
        <translation>Ośrodek: %1.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n worker(s) added now.</source>
        <translation>
            <numerusform>Dodano teraz %n pracownika.</numerusform>
            <numerusform>Dodano teraz %n pracowników.</numerusform>
            <numerusform>Dodano teraz %n pracowników.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n account(s) created now.</source>
        <translation>
            <numerusform>Utworzono teraz %n konto.</numerusform>
            <numerusform>Utworzono teraz %n konta.</numerusform>
            <numerusform>Utworzono teraz %n kont.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What comes next: a manager signs in with their account, opens the families&apos; cases (Cases › New Family…) and assigns each to its workers (Cases › Assign Worker…). Workers and accounts are changed later in the Workers and accounts tab (Settings › Workers and Accounts…).</source>
        <translation>Co dalej: kierownik loguje się swoim kontem, zakłada sprawy rodzin (Sprawy › Nowa rodzina…) i przydziela każdą pracownikom (Sprawy › Przydziel pracownika…). Pracowników i konta zmienia się później w zakładce Pracownicy i konta (Ustawienia › Pracownicy i konta…).</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Setting up the centre</source>
        <translation>Zakładanie ośrodka</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Dalej &gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Wstecz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Finish</source>
        <translation>&amp;Zakończ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Commit</source>
        <translation>&amp;Zatwierdź</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Help</source>
        <translation>Pomo&amp;c</translation>
    </message>
</context>
<context>
    <name>opieka::ui::ChoiceDialog</name>
    <message>
        <location filename="../../src/ui/common/ChoiceDialog.cpp" line="+38"/>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
</context>
<context>
    <name>opieka::ui::ChronologyModel</name>
    <message>
        <location filename="../../src/ui/record/ChronologyModel.cpp" line="+11"/>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Time</source>
        <translation>Godzina</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kind</source>
        <translation>Rodzaj</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Event</source>
        <translation>Zdarzenie</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Details</source>
        <translation>Szczegóły</translation>
    </message>
</context>
<context>
    <name>opieka::ui::ChronologyTab</name>
    <message>
        <location filename="../../src/ui/record/ChronologyTab.cpp" line="+53"/>
        <source>Show %1</source>
        <translation>Pokaż: %1</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Cannot read the chronology</source>
        <translation>Nie można odczytać chronologii</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Chronology — %1</source>
        <translation>Chronologia — %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Export chronology</source>
        <translation>Eksport chronologii</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>chronology-%1.pdf</source>
        <translation>chronologia-%1.pdf</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Chronology not exported</source>
        <translation>Nie wyeksportowano chronologii</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cannot print the chronology</source>
        <translation>Nie można wydrukować chronologii</translation>
    </message>
</context>
<context>
    <name>opieka::ui::ConflictsModel</name>
    <message>
        <location filename="../../src/ui/field/ConflictsModel.cpp" line="+11"/>
        <source>Record</source>
        <translation>Rekord</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>At the centre</source>
        <translation>W ośrodku</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>In this copy</source>
        <translation>W tej kopii</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Decision</source>
        <translation>Decyzja</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Keep the centre&apos;s (at the next sync)</source>
        <translation>Zostaje wartość ośrodka (przy następnej synchronizacji)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep mine (at the next sync)</source>
        <translation>Zostaje moja wartość (przy następnej synchronizacji)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use “%1” (at the next sync)</source>
        <translation>Wpisać „%1” (przy następnej synchronizacji)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not decided</source>
        <translation>Nierozstrzygnięte</translation>
    </message>
</context>
<context>
    <name>opieka::ui::ContactDialog</name>
    <message>
        <location filename="../../src/ui/record/ContactDialog.cpp" line="+24"/>
        <source>Log contact</source>
        <translation>Zarejestruj kontakt</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Save the contact</source>
        <translation>Zapisz kontakt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Close</source>
        <translation>Za&amp;mknij</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close and keep the draft</source>
        <translation>Zamknij i zachowaj szkic</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closes the window; what you typed is kept as a draft.</source>
        <translation>Zamyka okno; to, co wpisano, zostaje zachowane jako szkic.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Discard dra&amp;ft</source>
        <translation>Odrzuć &amp;szkic</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Discard the draft</source>
        <translation>Odrzuć szkic</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The saved draft could not be read: %1</source>
        <translation>Nie udało się odczytać zapisanego szkicu: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Draft restored: this is what you typed last time, not yet saved.</source>
        <translation>Szkic przywrócony: to, co wpisano ostatnio, jeszcze niezapisane.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Worker %1 (no longer active)</source>
        <translation>Pracownik %1 (już nieaktywny)</translation>
    </message>
    <message>
        <location line="+28"/>
        <location line="+1"/>
        <source>Edit contact</source>
        <translation>Edytuj kontakt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>The draft could not be saved: %1</source>
        <translation>Nie udało się zapisać szkicu: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Draft saved at %1.</source>
        <translation>Szkic zapisano o %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Discard draft</source>
        <translation>Odrzucenie szkicu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard the draft of this contact? What you typed is deleted and cannot be brought back.</source>
        <translation>Odrzucić szkic tego kontaktu? To, co wpisano, zostanie usunięte i nie będzie można tego przywrócić.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The draft could not be discarded: %1</source>
        <translation>Nie udało się odrzucić szkicu: %1</translation>
    </message>
</context>
<context>
    <name>opieka::ui::ContactsModel</name>
    <message>
        <location filename="../../src/ui/record/ContactsModel.cpp" line="+11"/>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time</source>
        <translation>Godzina</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kind</source>
        <translation>Rodzaj</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Worker</source>
        <translation>Pracownik</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Present</source>
        <translation>Obecni</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next step</source>
        <translation>Następny krok</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due</source>
        <translation>Termin</translation>
    </message>
</context>
<context>
    <name>opieka::ui::ContactsTab</name>
    <message>
        <location filename="../../src/ui/record/ContactsTab.cpp" line="+42"/>
        <source>Cannot read the contacts</source>
        <translation>Nie można odczytać kontaktów</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt;, %2 %3&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt;, %2 %3&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;p&gt;Present: %1&lt;/p&gt;</source>
        <translation>&lt;p&gt;Obecni: %1&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&lt;p&gt;Next step: %1 (due %2)&lt;/p&gt;</source>
        <translation>&lt;p&gt;Następny krok: %1 (termin %2)&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no date</source>
        <translation>bez daty</translation>
    </message>
</context>
<context>
    <name>opieka::ui::CoordinatorDeskModel</name>
    <message>
        <location filename="../../src/ui/desks/CoordinatorDeskModel.cpp" line="+20"/>
        <source>now</source>
        <translation>teraz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (overdue)</source>
        <translation>%1 (zaległe)</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>What</source>
        <translation>Co</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Who</source>
        <translation>Kto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due</source>
        <translation>Termin</translation>
    </message>
</context>
<context>
    <name>opieka::ui::CoordinatorDeskTab</name>
    <message>
        <location filename="../../src/ui/desks/CoordinatorDeskTab.cpp" line="+70"/>
        <source>There are no foster-care coordinators in this database.</source>
        <translation>W tej bazie danych nie ma koordynatorów rodzinnej pieczy zastępczej.</translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>%n foster families of the limit %1</source>
        <translation>
            <numerusform>%n rodzina zastępcza z limitu %1</numerusform>
            <numerusform>%n rodziny zastępcze z limitu %1</numerusform>
            <numerusform>%n rodzin zastępczych z limitu %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n foster families, no limit in force.</source>
        <translation>
            <numerusform>%n rodzina zastępcza, brak obowiązującego limitu.</numerusform>
            <numerusform>%n rodziny zastępcze, brak obowiązującego limitu.</numerusform>
            <numerusform>%n rodzin zastępczych, brak obowiązującego limitu.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n overdue, shown first in red.</source>
        <translation>
            <numerusform>%n zaległa pozycja, na czerwono na górze listy.</numerusform>
            <numerusform>%n zaległe pozycje, na czerwono na górze listy.</numerusform>
            <numerusform>%n zaległych pozycji, na czerwono na górze listy.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+53"/>
        <source>The child is no longer placed.</source>
        <translation>Dziecko nie jest już umieszczone.</translation>
    </message>
</context>
<context>
    <name>opieka::ui::DailyBackupDialog</name>
    <message>
        <location filename="../../src/ui/trust/DailyBackupDialog.cpp" line="+22"/>
        <source>Daily backup</source>
        <translation>Codzienna kopia zapasowa</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Back up the database once a day when Opieka starts</source>
        <translation>&amp;Twórz kopię zapasową bazy raz dziennie przy uruchomieniu Opieki</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Backup folder</source>
        <translation>Folder kopii zapasowych</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose…</source>
        <translation>Wybierz…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Daily backups kept</source>
        <translation>Liczba zachowywanych kopii codziennych</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Folder:</source>
        <translation>&amp;Folder:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Keep the newest:</source>
        <translation>&amp;Zachowuj najnowsze:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>One file a day, opieka-backup-YYYY-MM-DD.bk; older ones beyond the number kept are removed. The passphrase is never saved: Opieka asks for it once after you sign in, or skips the day&apos;s backup. Choose a folder on another disk or a network drive.</source>
        <translation>Jeden plik dziennie, opieka-backup-RRRR-MM-DD.bk; starsze ponad zachowywaną liczbę są usuwane. Hasło nigdy nie jest zapisywane: Opieka pyta o nie raz po zalogowaniu albo pomija kopię z danego dnia. Wybierz folder na innym dysku lub dysku sieciowym.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Folder for the daily backups</source>
        <translation>Folder codziennych kopii zapasowych</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Choose the folder for the daily backups.</source>
        <translation>Wybierz folder codziennych kopii zapasowych.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Give the folder&apos;s full path.</source>
        <translation>Podaj pełną ścieżkę folderu.</translation>
    </message>
</context>
<context>
    <name>opieka::ui::DeadlinesPage</name>
    <message>
        <location filename="../../src/ui/reports/DeadlinesPage.cpp" line="+33"/>
        <source>Worker</source>
        <translation>Pracownik</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Item</source>
        <translation>Czynność</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Concerns</source>
        <translation>Dotyczy</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Due</source>
        <translation>Termin</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>State</source>
        <translation>Stan</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Overdue and soon-due items by worker</source>
        <translation>Zaległe i bliskie terminy według pracowników</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>now</source>
        <translation>teraz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>overdue</source>
        <translation>po terminie</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>due soon</source>
        <translation>wkrótce</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nothing is overdue or due within 14 days.</source>
        <translation>Nic nie jest po terminie ani nie przypada w ciągu 14 dni.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n item(s) overdue or due within 14 days</source>
        <translation>
            <numerusform>%n czynność po terminie lub z terminem w ciągu 14 dni</numerusform>
            <numerusform>%n czynności po terminie lub z terminem w ciągu 14 dni</numerusform>
            <numerusform>%n czynności po terminie lub z terminem w ciągu 14 dni</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n overdue or to do now.</source>
        <translation>
            <numerusform>%n po terminie lub do zrobienia teraz.</numerusform>
            <numerusform>%n po terminie lub do zrobienia teraz.</numerusform>
            <numerusform>%n po terminie lub do zrobienia teraz.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>deadlines-report</source>
        <translation>raport-terminow</translation>
    </message>
</context>
<context>
    <name>opieka::ui::DeclinePackageDialog</name>
    <message>
        <location filename="../../src/ui/exchange/ExchangeTab.cpp" line="+15"/>
        <location line="+1"/>
        <source>Decline the package</source>
        <translation>Odrzuć przesyłkę</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>From %1: %2

Nothing of it is kept in the register. The reason goes back to %1 in the receipt.</source>
        <translation>Nadawca: %1. %2

Nic z niej nie zostanie zapisane w rejestrze. Powód trafi z powrotem do nadawcy (%1) w potwierdzeniu odbioru.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reason</source>
        <translation>Powód</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reason:</source>
        <translation>&amp;Powód:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What is wrong</source>
        <translation>Co jest nie tak</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Decli&amp;ne</source>
        <translation>&amp;Odrzuć</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Say why the package is declined: the sender reads it.</source>
        <translation>Podaj, dlaczego przesyłka jest odrzucana: nadawca to przeczyta.</translation>
    </message>
</context>
<context>
    <name>opieka::ui::DialogParts</name>
    <message>
        <location filename="../../src/ui/common/DialogParts.cpp" line="+113"/>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Not saved: %1</source>
        <translation>Nie zapisano: %1</translation>
    </message>
</context>
<context>
    <name>opieka::ui::DocumentViewerDialog</name>
    <message>
        <location filename="../../src/ui/documents/DocumentViewerDialog.cpp" line="+38"/>
        <source>Document – %1</source>
        <translation>Dokument – %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Zoom &amp;out</source>
        <translation>&amp;Pomniejsz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom &amp;in</source>
        <translation>Po&amp;większ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Fit width</source>
        <translation>&amp;Dopasuj do szerokości</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Print…</source>
        <translation>Dru&amp;kuj…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Save a copy…</source>
        <translation>&amp;Zapisz kopię…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Close</source>
        <translation>Zamk&amp;nij</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Cannot show the document</source>
        <translation>Nie można pokazać dokumentu</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Pages of the document</source>
        <translation>Strony dokumentu</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>The PDF file cannot be read (it may be damaged).</source>
        <translation>Nie można odczytać pliku PDF (może być uszkodzony).</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Image of the document</source>
        <translation>Obraz dokumentu</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>The image cannot be read (it may be damaged).</source>
        <translation>Nie można odczytać obrazu (może być uszkodzony).</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>What is wrong</source>
        <translation>Co jest nie tak</translation>
    </message>
    <message>
        <location line="+106"/>
        <source>Save a copy</source>
        <translation>Zapisz kopię</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The copy was not saved</source>
        <translation>Kopia nie została zapisana</translation>
    </message>
</context>
<context>
    <name>opieka::ui::DocumentsModel</name>
    <message>
        <location filename="../../src/ui/documents/DocumentsModel.cpp" line="+13"/>
        <source>Kind</source>
        <translation>Rodzaj</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Description</source>
        <translation>Opis</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>File</source>
        <translation>Plik</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Size</source>
        <translation>Rozmiar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Added by</source>
        <translation>Dodał(a)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Added</source>
        <translation>Dodano</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1 KB</source>
        <translation>%1 KB</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
</context>
<context>
    <name>opieka::ui::DocumentsTab</name>
    <message>
        <location filename="../../src/ui/documents/DocumentsTab.cpp" line="+48"/>
        <location line="+20"/>
        <source>Documents</source>
        <translation>Dokumenty</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>&amp;Attach…</source>
        <translation>&amp;Dołącz…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attach a PDF, JPEG or PNG file (or drop it on this list)</source>
        <translation>Dołącz plik PDF, JPEG lub PNG (albo upuść go na tę listę)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;View</source>
        <translation>&amp;Pokaż</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Print…</source>
        <translation>Dru&amp;kuj…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Save a copy…</source>
        <translation>&amp;Zapisz kopię…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove…</source>
        <translation>&amp;Usuń…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>About the documents</source>
        <translation>O dokumentach</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>No documents yet. Attach a scanned PDF, JPEG or PNG file with Attach…, or drop the file here.</source>
        <translation>Nie ma jeszcze dokumentów. Dołącz zeskanowany plik PDF, JPEG lub PNG przyciskiem Dołącz… albo upuść plik tutaj.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No documents yet.</source>
        <translation>Nie ma jeszcze dokumentów.</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Cannot open the document</source>
        <translation>Nie można otworzyć dokumentu</translation>
    </message>
</context>
<context>
    <name>opieka::ui::DuplicateWarningDialog</name>
    <message>
        <location filename="../../src/ui/duplicates/DuplicateWarningDialog.cpp" line="+27"/>
        <source>Is this person already in the register?</source>
        <translation>Czy ta osoba jest już w rejestrze?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Is this family already in the register?</source>
        <translation>Czy ta rodzina jest już w rejestrze?</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 looks like someone already in the register. If it is the same person, open the existing record rather than keep two records of one person.</source>
        <translation>%1 wygląda na osobę, która jest już w rejestrze. Jeśli to ta sama osoba, otwórz istniejącą kartotekę, zamiast prowadzić dwa rekordy jednej osoby.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The family %1 looks like a family already in the register. If it is the same family, open its record rather than open a second case.</source>
        <translation>Rodzina %1 wygląda na rodzinę, która jest już w rejestrze. Jeśli to ta sama rodzina, otwórz jej kartotekę, zamiast otwierać drugą sprawę.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>People who may be the same</source>
        <translation>Podobne osoby w rejestrze</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Families that may be the same</source>
        <translation>Podobne rodziny w rejestrze</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Dialog buttons</source>
        <translation>Przyciski okna</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open the existing record</source>
        <translation>&amp;Otwórz istniejącą kartotekę</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open the family&apos;s record</source>
        <translation>&amp;Otwórz kartotekę rodziny</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open the existing record</source>
        <translation>Otwórz istniejącą kartotekę</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the family&apos;s record</source>
        <translation>Otwórz kartotekę rodziny</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opens the record chosen in the list; what you typed is not saved.</source>
        <translation>Otwiera kartotekę wybraną na liście; wpisane dane nie zostaną zapisane.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This is &amp;someone else</source>
        <translation>To &amp;ktoś inny</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>This is &amp;another family</source>
        <translation>To &amp;inna rodzina</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This is someone else</source>
        <translation>To ktoś inny</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This is another family</source>
        <translation>To inna rodzina</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saves the entry and remembers that these are different people, so that it is not asked again.</source>
        <translation>Zapisuje wpis i zapamiętuje, że to różne osoby, aby nie pytać o to ponownie.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saves the entry and remembers that these are different families, so that it is not asked again.</source>
        <translation>Zapisuje wpis i zapamiętuje, że to różne rodziny, aby nie pytać o to ponownie.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save &amp;anyway</source>
        <translation>Zapisz &amp;mimo to</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save anyway</source>
        <translation>Zapisz mimo to</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saves the entry and remembers nothing: the records stay on the list of likely duplicates.</source>
        <translation>Zapisuje wpis, niczego nie zapamiętując: rekordy pozostaną na liście prawdopodobnych duplikatów.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Back</source>
        <translation>&amp;Wróć</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Back to the form</source>
        <translation>Powrót do formularza</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to the form: nothing is saved and nothing typed is lost.</source>
        <translation>Powrót do formularza: nic nie zostanie zapisane ani utracone.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>A likely match exists in a case nobody is assigned to now; ask your manager.</source>
        <translation>Prawdopodobnie ta sama osoba figuruje w sprawie, której nikt obecnie nie prowadzi; zapytaj kierownika.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A family that is likely the same has a case nobody is assigned to now; ask your manager.</source>
        <translation>Prawdopodobnie ta sama rodzina ma sprawę, której nikt obecnie nie prowadzi; zapytaj kierownika.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A likely match exists in a case of %1; ask them or your manager.</source>
        <translation>Prawdopodobnie ta sama osoba figuruje w sprawie prowadzonej przez: %1; zapytaj prowadzącego lub kierownika.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A family that is likely the same is a case of %1; ask them or your manager.</source>
        <translation>Prawdopodobnie ta sama rodzina ma sprawę prowadzoną przez: %1; zapytaj prowadzącego lub kierownika.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 (case %2)</source>
        <translation>%1 (sprawa %2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1, born %2</source>
        <translation>%1, ur. %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, birth date not known</source>
        <translation>%1, data urodzenia nieznana</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Family: %1</source>
        <translation>Rodzina: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Case worker: nobody at present</source>
        <translation>Prowadzący: obecnie nikt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Case worker: %1</source>
        <translation>Prowadzący: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why: %1</source>
        <translation>Powody: %1</translation>
    </message>
    <message>
        <location line="+100"/>
        <source>Not remembered</source>
        <translation>Nie zapamiętano</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The entry is saved, but it could not be remembered that these are different people: %1</source>
        <translation>Wpis zapisano, ale nie udało się zapamiętać, że to różne osoby: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The entry is saved, but it could not be remembered that these are different families: %1</source>
        <translation>Wpis zapisano, ale nie udało się zapamiętać, że to różne rodziny: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Not saved</source>
        <translation>Nie zapisano</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Could not check whether this person is already in the register, so nothing was saved: %1</source>
        <translation>Nie udało się sprawdzić, czy ta osoba jest już w rejestrze, więc nic nie zapisano: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Could not check whether this family is already in the register, so the case was not opened: %1</source>
        <translation>Nie udało się sprawdzić, czy ta rodzina jest już w rejestrze, więc sprawy nie otwarto: %1</translation>
    </message>
</context>
<context>
    <name>opieka::ui::DuplicatesTab</name>
    <message>
        <location filename="../../src/ui/duplicates/DuplicatesTab.cpp" line="+56"/>
        <source>Likely &amp;Duplicates…</source>
        <translation>Prawdopodobne &amp;duplikaty…</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>no. %1</source>
        <translation>nr %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (no. %2)</source>
        <translation>%1 (nr %2)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Records compared</source>
        <translation>Porównywane rekordy</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+115"/>
        <source>Score</source>
        <translation>Wynik</translation>
    </message>
    <message>
        <location line="-115"/>
        <source>Record</source>
        <translation>Rekord</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+1"/>
        <location line="+114"/>
        <location line="+2"/>
        <source>Born</source>
        <translation>Data ur.</translation>
    </message>
    <message>
        <location line="-117"/>
        <location line="+1"/>
        <location line="+114"/>
        <location line="+1"/>
        <location line="+2"/>
        <source>Family</source>
        <translation>Rodzina</translation>
    </message>
    <message>
        <location line="-117"/>
        <source>Other record</source>
        <translation>Drugi rekord</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+117"/>
        <source>Reasons</source>
        <translation>Powody</translation>
    </message>
    <message>
        <location line="-115"/>
        <location line="+4"/>
        <source>Likely duplicates</source>
        <translation>Prawdopodobne duplikaty</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Records that may be the same person or the same family entered twice, the likeliest first. The score is a hint, not a decision: look at both records. &quot;Not a duplicate&quot; remembers that they are different and leaves the pair out from now on; &quot;Compare and merge&quot; shows them side by side and makes one record of the two.</source>
        <translation>Rekordy, które mogą być tą samą osobą lub tą samą rodziną wpisaną dwukrotnie, od najbardziej prawdopodobnych. Wynik jest wskazówką, a nie rozstrzygnięciem: sprawdź oba rekordy. „To nie duplikat” zapamiętuje, że to różne osoby lub rodziny, i odtąd pomija tę parę; „Porównaj i scal” pokazuje je obok siebie i łączy w jeden rekord.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>People</source>
        <translation>Osoby</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Families</source>
        <translation>Rodziny</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Compare:</source>
        <translation>&amp;Porównaj:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Lowest score</source>
        <translation>Najniższy wynik</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pairs scoring at least this are listed; %1 and more are likely duplicates, 100 is the same PESEL.</source>
        <translation>Lista obejmuje pary z co najmniej takim wynikiem; od %1 wzwyż to prawdopodobne duplikaty, 100 oznacza ten sam PESEL.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Lowest &amp;score:</source>
        <translation>Najniższy &amp;wynik:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Refresh</source>
        <translation>O&amp;dśwież</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Not a duplicate</source>
        <translation>&amp;To nie duplikat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The two records are different people (families): the pair is remembered and no longer listed or warned of</source>
        <translation>Oba rekordy dotyczą różnych osób (rodzin): para zostaje zapamiętana i nie pojawi się już na liście ani w ostrzeżeniach</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Compare and &amp;merge…</source>
        <translation>Porównaj i &amp;scal…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Cannot list the likely duplicates</source>
        <translation>Nie można wyświetlić prawdopodobnych duplikatów</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Likely d&amp;uplicates</source>
        <translation>Prawdopodobne dup&amp;likaty</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close the likely duplicates</source>
        <translation>Zamknij listę prawdopodobnych duplikatów</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Person</source>
        <translation>Osoba</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <source>No.</source>
        <translation>Nr</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Other person</source>
        <translation>Druga osoba</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Other family</source>
        <translation>Druga rodzina</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>No likely duplicates among the people: no pair of records scores %1 or more.</source>
        <translation>Brak prawdopodobnych duplikatów wśród osób: żadna para rekordów nie ma wyniku %1 lub wyższego.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No likely duplicates among the families: no pair of records scores %1 or more.</source>
        <translation>Brak prawdopodobnych duplikatów wśród rodzin: żadna para rekordów nie ma wyniku %1 lub wyższego.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n pair(s) of records scoring %1 or more, the highest first.</source>
        <translation>
            <numerusform>%n para rekordów z wynikiem %1 lub wyższym, od najwyższego.</numerusform>
            <numerusform>%n pary rekordów z wynikiem %1 lub wyższym, od najwyższego.</numerusform>
            <numerusform>%n par rekordów z wynikiem %1 lub wyższym, od najwyższego.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+39"/>
        <source>%1 and %2</source>
        <translation>%1 oraz %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Are %1 two different people?</source>
        <translation>Czy %1 to dwie różne osoby?</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Are %1 two different families?</source>
        <translation>Czy %1 to dwie różne rodziny?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not a duplicate</source>
        <translation>To nie duplikat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The pair is remembered: it is neither listed here again nor warned of when either record is entered or changed.</source>
        <translation>Para zostanie zapamiętana: nie pojawi się już na tej liście ani w ostrzeżeniu przy wpisywaniu lub zmianie któregokolwiek z tych rekordów.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot mark the pair</source>
        <translation>Nie można oznaczyć pary</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Marked as not a duplicate: no. %1 and no. %2.</source>
        <translation>Zapamiętano, że to nie duplikat: nr %1 i nr %2.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cannot compare the two records</source>
        <translation>Nie można porównać obu rekordów</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Records merged</source>
        <translation>Rekordy scalone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No. %1 was merged into no. %2 and removed.</source>
        <translation>Rekord nr %1 został scalony z rekordem nr %2 i usunięty.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing else was recorded on no. %1.</source>
        <translation>Do rekordu nr %1 nie było przypisane nic więcej.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Moved to no. %1:</source>
        <translation>Przeniesiono do rekordu nr %1:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No. %1 merged into no. %2.</source>
        <translation>Rekord nr %1 scalono z rekordem nr %2.</translation>
    </message>
</context>
<context>
    <name>opieka::ui::EndPlacementDialog</name>
    <message>
        <location filename="../../src/ui/fostercare/EndPlacementDialog.cpp" line="+14"/>
        <location line="+22"/>
        <source>End placement</source>
        <translation>Zakończ umieszczenie</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>E&amp;nd placement</source>
        <translation>Za&amp;kończ umieszczenie</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>End the placement</source>
        <translation>Zakończ umieszczenie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1, placed from %2. The end day is the first day the child no longer lives with the family.</source>
        <translation>%1, umieszczenie od %2. Data zakończenia to pierwszy dzień, w którym dziecko już nie mieszka w rodzinie.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>End the placement of %1 as of %2 (%3)? From that day the child no longer lives with the family.</source>
        <translation>Zakończyć umieszczenie: %1, z dniem %2 (%3)? Od tego dnia dziecko nie mieszka już w tej rodzinie.</translation>
    </message>
</context>
<context>
    <name>opieka::ui::ExchangeTab</name>
    <message>
        <location filename="../../src/ui/exchange/ExchangeTab.cpp" line="-467"/>
        <source>&amp;Exchange with Partner Centres…</source>
        <translation>&amp;Wymiana z ośrodkami partnerskimi…</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Referral</source>
        <translation>Skierowanie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Transfer of the case</source>
        <translation>Przekazanie sprawy</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Receipt</source>
        <translation>Potwierdzenie odbioru</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Received, to decide</source>
        <translation>Odebrana, czeka na decyzję</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+103"/>
        <source>Sent</source>
        <translation>Wysłana</translation>
    </message>
    <message>
        <location line="-101"/>
        <source>Delivered</source>
        <translation>Doręczona</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Accepted here</source>
        <translation>Przyjęta u nas</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Accepted by the partner</source>
        <translation>Przyjęta przez partnera</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Declined here</source>
        <translation>Odrzucona u nas</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Declined by the partner</source>
        <translation>Odrzucona przez partnera</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Exchange with partner centres</source>
        <translation>Wymiana z ośrodkami partnerskimi</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Packages sent to partner centres and received from them, the newest first. A package is a file: send it by e-mail or on a USB stick; only the partner can open it. A received package changes nothing until it is accepted. Save its receipt for the sender once you have decided.</source>
        <translation>Przesyłki wysłane do ośrodków partnerskich i od nich odebrane, od najnowszych. Przesyłka to plik: wyślij go e-mailem lub przekaż na pendrivie; otworzyć go może tylko partner. Odebrana przesyłka niczego nie zmienia, dopóki nie zostanie przyjęta. Po podjęciu decyzji zapisz dla nadawcy potwierdzenie odbioru.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Packages sent and received</source>
        <translation>Przesyłki wysłane i odebrane</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Direction</source>
        <translation>Kierunek</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Stan</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Partner centre</source>
        <translation>Ośrodek partnerski</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Purpose</source>
        <translation>Cel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Family</source>
        <translation>Rodzina</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sent or received</source>
        <translation>Wysłano lub odebrano</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last change</source>
        <translation>Ostatnia zmiana</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Contents</source>
        <translation>Zawartość</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Receive &amp;package…</source>
        <translation>Od&amp;bierz przesyłkę…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Acc&amp;ept…</source>
        <translation>Przy&amp;jmij…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decli&amp;ne…</source>
        <translation>Odrzu&amp;ć…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save rece&amp;ipt…</source>
        <translation>Zapisz potwi&amp;erdzenie odbioru…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The receipt tells the sender the package arrived, and whether it was accepted or declined</source>
        <translation>Potwierdzenie odbioru informuje nadawcę, że przesyłka dotarła, oraz czy została przyjęta, czy odrzucona</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open famil&amp;y</source>
        <translation>Otwórz rodzin&amp;ę</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>E&amp;xchange</source>
        <translation>Wymia&amp;na</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close the exchange with partner centres</source>
        <translation>Zamknij wymianę z ośrodkami partnerskimi</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Received</source>
        <translation>Odebrana</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no. %1</source>
        <translation>nr %1</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Nothing sent or received yet.</source>
        <translation>Nic jeszcze nie wysłano ani nie odebrano.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n received package(s) to decide.</source>
        <translation>
            <numerusform>%n odebrana przesyłka czeka na decyzję.</numerusform>
            <numerusform>%n odebrane przesyłki czekają na decyzję.</numerusform>
            <numerusform>%n odebranych przesyłek czeka na decyzję.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+40"/>
        <location line="+8"/>
        <source>Receive a package</source>
        <translation>Odbierz przesyłkę</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Packages (*.opieka *.pkg *.json);;All files (*)</source>
        <translation>Przesyłki (*.opieka *.pkg *.json);;Wszystkie pliki (*)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The file %1 cannot be read: %2</source>
        <translation>Nie można odczytać pliku %1: %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>To open the package %1 and check which partner centre sent it.</source>
        <translation>Aby otworzyć przesyłkę %1 i sprawdzić, który ośrodek partnerski ją wysłał.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Package received from %1.</source>
        <translation>Odebrano przesyłkę od: %1.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Accept the plan</source>
        <translation>Przyjmij plan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep %1&apos;s plan beside the family&apos;s own plan (read only)?</source>
        <translation>Zachować plan od: %1 obok własnego planu rodziny (tylko do odczytu)?</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Accept the package</source>
        <translation>Przyjmij przesyłkę</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Package accepted: family no. %1.</source>
        <translation>Przesyłka przyjęta: rodzina nr %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Package accepted.</source>
        <translation>Przesyłka przyjęta.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Decline the package</source>
        <translation>Odrzuć przesyłkę</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Package declined. Save its receipt for %1.</source>
        <translation>Przesyłka odrzucona. Zapisz potwierdzenie odbioru dla: %1.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>receipt-%1.opieka</source>
        <translation>potwierdzenie-%1.opieka</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+31"/>
        <location line="+3"/>
        <source>Save the receipt</source>
        <translation>Zapisz potwierdzenie odbioru</translation>
    </message>
    <message>
        <location line="-33"/>
        <source>Packages (*.opieka)</source>
        <translation>Przesyłki (*.opieka)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>To sign the receipt for %1.</source>
        <translation>Aby podpisać potwierdzenie odbioru dla: %1.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The receipt for %1 is saved in %2: send it to them.</source>
        <translation>Potwierdzenie odbioru dla: %1 zapisano w pliku %2. Wyślij je temu ośrodkowi.</translation>
    </message>
</context>
<context>
    <name>opieka::ui::ExtendStayDialog</name>
    <message>
        <location filename="../../src/ui/fostercare/ExtendStayDialog.cpp" line="+12"/>
        <source>Extend emergency stay</source>
        <translation>Przedłuż pobyt w pogotowiu rodzinnym</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>E&amp;xtend</source>
        <translation>&amp;Przedłuż</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Extend the stay</source>
        <translation>Przedłuż pobyt</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 stays in the emergency family from %2 until %3.</source>
        <translation>%1 przebywa w pogotowiu rodzinnym od %2 do %3.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 stays in the emergency family from %2 until the court&apos;s proceedings end.</source>
        <translation>%1 przebywa w pogotowiu rodzinnym od %2 do zakończenia postępowania sądowego.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>With the organiser&apos;s consent the stay can be extended up to %1 (%2 months) or until the court&apos;s proceedings end (art. 58 ust. 4).</source>
        <translation>Za zgodą organizatora pobyt można przedłużyć do %1 (%2 miesięcy) albo do zakończenia postępowania sądowego (art. 58 ust. 4).</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Up to %n months</source>
        <translation>
            <numerusform>Najwyżej do %n miesiąca</numerusform>
            <numerusform>Najwyżej do %n miesięcy</numerusform>
            <numerusform>Najwyżej do %n miesięcy</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Until the court&apos;s proceedings end</source>
        <translation>Do zakończenia postępowania sądowego</translation>
    </message>
</context>
<context>
    <name>opieka::ui::FamiliesModel</name>
    <message>
        <location filename="../../src/ui/families/FamiliesModel.cpp" line="+49"/>
        <source>Member missing</source>
        <translation>Brak członka zespołu</translation>
    </message>
    <message>
        <location line="-15"/>
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
        <location line="+1"/>
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
    <message>
        <location line="+2"/>
        <source>Team</source>
        <translation>Zespół</translation>
    </message>
</context>
<context>
    <name>opieka::ui::FamiliesTab</name>
    <message numerus="yes">
        <location filename="../../src/ui/families/FamiliesTab.cpp" line="+165"/>
        <source>More than %n families match; more load as you scroll.</source>
        <translation>
            <numerusform>Pasuje ponad %n rodzina; kolejne wczytają się przy przewijaniu.</numerusform>
            <numerusform>Pasuje ponad %n rodziny; kolejne wczytają się przy przewijaniu.</numerusform>
            <numerusform>Pasuje ponad %n rodzin; kolejne wczytają się przy przewijaniu.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Count them</source>
        <translation>Policz je</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%n families match; the first %1 are loaded, more load as you scroll.</source>
        <translation>
            <numerusform>Pasuje %n rodzina; wczytano pierwsze %1, kolejne wczytają się przy przewijaniu.</numerusform>
            <numerusform>Pasują %n rodziny; wczytano pierwsze %1, kolejne wczytają się przy przewijaniu.</numerusform>
            <numerusform>Pasuje %n rodzin; wczytano pierwsze %1, kolejne wczytają się przy przewijaniu.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-4"/>
        <location line="+7"/>
        <source>%n families match.</source>
        <translation>
            <numerusform>Pasuje %n rodzina.</numerusform>
            <numerusform>Pasują %n rodziny.</numerusform>
            <numerusform>Pasuje %n rodzin.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>opieka::ui::FamilyRecordWindow</name>
    <message>
        <location filename="../../src/ui/record/FamilyRecordWindow.cpp" line="+40"/>
        <source>Family record</source>
        <translation>Kartoteka rodziny</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>Record</source>
        <translation>Kartoteka</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Save Details</source>
        <translation>&amp;Zapisz dane</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Re&amp;load</source>
        <translation>&amp;Wczytaj ponownie</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Log Contact…</source>
        <translation>Za&amp;rejestruj kontakt…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add &amp;Member…</source>
        <translation>&amp;Dodaj członka rodziny…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Print…</source>
        <translation>Dru&amp;kuj…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Prints the work plan or the selected assessment on their tabs, the chronology elsewhere</source>
        <translation>Na kartach planu pracy i ocen drukuje plan lub wybraną ocenę, na pozostałych chronologię</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Export Chronology as PDF…</source>
        <translation>&amp;Eksportuj chronologię do PDF…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Close</source>
        <translation>Za&amp;mknij</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Go To</source>
        <translation>Przejdź do</translation>
    </message>
    <message>
        <location line="+104"/>
        <source>The details and the work plan&apos;s draft of %1</source>
        <translation>Dane i projekt planu pracy rodziny %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The details of %1</source>
        <translation>Dane rodziny %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The work plan&apos;s draft of %1</source>
        <translation>Projekt planu pracy rodziny %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unsaved changes</source>
        <translation>Niezapisane zmiany</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 have changes that are not saved. Save them before closing the record?</source>
        <translation>%1: zmiany nie są zapisane. Zapisać je przed zamknięciem kartoteki?</translation>
    </message>
    <message>
        <location line="-184"/>
        <source>Work &amp;plan</source>
        <translation>Plan prac&amp;y</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>&amp;Details</source>
        <translation>&amp;Dane</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Members</source>
        <translation>&amp;Członkowie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;ontacts</source>
        <translation>&amp;Kontakty</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;hronology</source>
        <translation>C&amp;hronologia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Team</source>
        <translation>&amp;Zespół</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Assessme&amp;nts</source>
        <translation>&amp;Oceny</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Doc&amp;uments</source>
        <translation>Dok&amp;umenty</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Sen&amp;d to Partner Centre…</source>
        <translation>Wyślij do &amp;ośrodka partnerskiego…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A referral, the plan or the whole case, signed and encrypted for a partner centre</source>
        <translation>Skierowanie, plan lub cała sprawa, podpisane i zaszyfrowane dla ośrodka partnerskiego</translation>
    </message>
    <message>
        <location line="+159"/>
        <source>Cannot read the family</source>
        <translation>Nie można odczytać rodziny</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 — family record</source>
        <translation>%1 — kartoteka rodziny</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no case number</source>
        <translation>bez sygnatury</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>case %1</source>
        <translation>sprawa %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;b&gt;%1&lt;/b&gt; · %2 · %3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; · %2 · %3</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Niebieska Karta in progress since %1</source>
        <translation>Niebieska Karta w toku od %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No Niebieska Karta procedure in progress.</source>
        <translation>Nie trwa procedura Niebieskiej Karty.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Niebieska Karta not started</source>
        <translation>Nie wszczęto Niebieskiej Karty</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>End Niebieska Karta</source>
        <translation>Zakończenie Niebieskiej Karty</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End the Niebieska Karta procedure of %1 as of %2?</source>
        <translation>Zakończyć procedurę Niebieskiej Karty rodziny %1 z dniem %2?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Niebieska Karta not ended</source>
        <translation>Nie zakończono Niebieskiej Karty</translation>
    </message>
</context>
<context>
    <name>opieka::ui::FieldCopyActions</name>
    <message>
        <location filename="../../src/ui/field/FieldCopyActions.cpp" line="+30"/>
        <source>Take Cases into the &amp;Field…</source>
        <translation>Za&amp;bierz sprawy w teren…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Makes an encrypted copy of a worker&apos;s cases to work on without a connection</source>
        <translation>Tworzy zaszyfrowaną kopię spraw pracownika do pracy bez połączenia</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>S&amp;ync with the Centre…</source>
        <translation>S&amp;ynchronizuj z ośrodkiem…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sends this copy&apos;s changes to the centre and brings back what changed there</source>
        <translation>Wysyła zmiany z tej kopii do ośrodka i przynosi to, co zmieniło się tam</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Field copy</source>
        <translation>Kopia terenowa</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Field Copy Passphrase</source>
        <translation>Hasło kopii terenowej</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is a field copy: its cases are encrypted. Type the passphrase chosen when the copy was taken. It is not the password of your account.</source>
        <translation>%1 to kopia terenowa: jej sprawy są zaszyfrowane. Wpisz hasło wybrane przy tworzeniu kopii. To nie jest hasło Twojego konta.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Field copy passphrase</source>
        <translation>Hasło kopii terenowej</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Field copy of %1 — taken %2 by %3</source>
        <translation>Kopia terenowa: %1 — pobrana %2 przez %3</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Field copy of %1 · last synced %2</source>
        <translation>Kopia terenowa: %1 · zsynchronizowana %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Field copy of %1 · not synced yet</source>
        <translation>Kopia terenowa: %1 · jeszcze bez synchronizacji</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Take Cases into the Field</source>
        <translation>Zabierz sprawy w teren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The field copy is ready.</source>
        <translation>Kopia terenowa jest gotowa.</translation>
    </message>
</context>
<context>
    <name>opieka::ui::FirstRunDialog</name>
    <message>
        <location filename="../../src/ui/shell/FirstRunDialog.cpp" line="+19"/>
        <source>A new Opieka database</source>
        <translation>Nowa baza danych Opieki</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This database has no administrator yet. The administrator adds the accounts of the centre&apos;s workers and sets the caseload rules. Choose the administrator&apos;s login and password.</source>
        <translation>Ta baza danych nie ma jeszcze administratora. Administrator zakłada konta pracowników ośrodka i ustala reguły limitów spraw. Wybierz login i hasło administratora.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Administrator&apos;s login</source>
        <translation>Login administratora</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Password</source>
        <translation>Hasło</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password again</source>
        <translation>Hasło ponownie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Login:</source>
        <translation>&amp;Login:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Password:</source>
        <translation>&amp;Hasło:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password &amp;again:</source>
        <translation>Hasło &amp;ponownie:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>At least %1 characters. Keep it safe: it opens every case file.</source>
        <translation>Co najmniej %1 znaków. Chroń je: otwiera każdą kartotekę.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What is wrong</source>
        <translation>Co jest nie tak</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The two passwords differ.</source>
        <translation>Hasła się różnią.</translation>
    </message>
</context>
<context>
    <name>opieka::ui::FormUndo</name>
    <message>
        <location filename="../../src/ui/common/FormUndo.cpp" line="+82"/>
        <source>&amp;Undo</source>
        <translation>&amp;Cofnij</translation>
    </message>
</context>
<context>
    <name>opieka::ui::FosterAssessmentDialog</name>
    <message>
        <location filename="../../src/ui/fostercare/FosterAssessmentDialog.cpp" line="+13"/>
        <source>Record foster family assessment</source>
        <translation>Wpisz ocenę rodziny zastępczej</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>R&amp;ecord</source>
        <translation>&amp;Zapisz</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Record the assessment</source>
        <translation>Zapisz ocenę</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Assessment due on %1.</source>
        <translation>Termin oceny: %1.</translation>
    </message>
</context>
<context>
    <name>opieka::ui::FosterCareTab</name>
    <message>
        <location filename="../../src/ui/fostercare/FosterCareTab.cpp" line="+44"/>
        <source>Documents</source>
        <translation>Dokumenty</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Placement documents</source>
        <translation>Dokumenty umieszczenia</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Documents of the foster family updated.</source>
        <translation>Dokumenty rodziny zastępczej zaktualizowane.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Documents of the placement updated.</source>
        <translation>Dokumenty umieszczenia zaktualizowane.</translation>
    </message>
    <message numerus="yes">
        <location line="+28"/>
        <source>%n foster families in the register</source>
        <translation>
            <numerusform>%n rodzina zastępcza w rejestrze</numerusform>
            <numerusform>%n rodziny zastępcze w rejestrze</numerusform>
            <numerusform>%n rodzin zastępczych w rejestrze</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>, %n full.</source>
        <translation>
            <numerusform>, w tym %n bez wolnych miejsc.</numerusform>
            <numerusform>, w tym %n bez wolnych miejsc.</numerusform>
            <numerusform>, w tym %n bez wolnych miejsc.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+61"/>
        <source>No foster families yet: register the first one.</source>
        <translation>Nie ma jeszcze rodzin zastępczych: dodaj pierwszą.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>Select a foster family.</source>
        <translation>Wybierz rodzinę zastępczą.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>carers: %1</source>
        <translation>opiekunowie: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>qualified on %1</source>
        <translation>kwalifikacja z dnia %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>training: %1</source>
        <translation>szkolenie: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 of %2 children placed</source>
        <translation>umieszczone dzieci: %1 z %2</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n children placed (no statutory limit)</source>
        <translation>
            <numerusform>umieszczone dzieci: %n (brak limitu ustawowego)</numerusform>
            <numerusform>umieszczone dzieci: %n (brak limitu ustawowego)</numerusform>
            <numerusform>umieszczone dzieci: %n (brak limitu ustawowego)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;b&gt;%1&lt;/b&gt;: %2.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;: %2.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Select a child placed in this family to see the documents of the placement.</source>
        <translation>Wybierz dziecko umieszczone w tej rodzinie, aby zobaczyć dokumenty jego umieszczenia.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Foster family registered.</source>
        <translation>Dodano rodzinę zastępczą.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Foster family saved.</source>
        <translation>Zapisano rodzinę zastępczą.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Assessment recorded. The next one is due on %1.</source>
        <translation>Zapisano ocenę. Następną należy przeprowadzić do %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Assessment recorded.</source>
        <translation>Zapisano ocenę.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Child placed.</source>
        <translation>Umieszczono dziecko.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Placement ended.</source>
        <translation>Zakończono umieszczenie.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Emergency stay extended.</source>
        <translation>Przedłużono pobyt w pogotowiu rodzinnym.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Notice of the intake recorded: %1.</source>
        <translation>Zapisano zawiadomienie o przyjęciu: %1.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Review of %1 recorded. The next review is due on %2.</source>
        <translation>Zapisano ocenę sytuacji dziecka: %1. Następną należy przeprowadzić do %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Review of %1 recorded.</source>
        <translation>Zapisano ocenę sytuacji dziecka: %1.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Help plan saved.</source>
        <translation>Zapisano plan pomocy dziecku.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Adoption reporting saved.</source>
        <translation>Zapisano zgłoszenie do ośrodka adopcyjnego.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Leaving care saved.</source>
        <translation>Zapisano dane usamodzielnienia.</translation>
    </message>
</context>
<context>
    <name>opieka::ui::FosterChildrenModel</name>
    <message>
        <location filename="../../src/ui/fostercare/FosterChildrenModel.cpp" line="+53"/>
        <source>%1 (overdue)</source>
        <translation>%1 (zaległe)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>to report for adoption</source>
        <translation>zgłosić do ośrodka adopcyjnego</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>guardian of independence by %1</source>
        <translation>opiekun usamodzielnienia do %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>leaving-care programme by %1</source>
        <translation>program usamodzielnienia do %1</translation>
    </message>
    <message>
        <location line="-47"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Child</source>
        <translation>Dziecko</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Born</source>
        <translation>Data urodzenia</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Placed from</source>
        <translation>Umieszczone od</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Basis</source>
        <translation>Podstawa</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Next review</source>
        <translation>Następna ocena</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Emergency stay ends</source>
        <translation>Koniec pobytu w pogotowiu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>To do</source>
        <translation>Do zrobienia</translation>
    </message>
</context>
<context>
    <name>opieka::ui::FosterFamiliesModel</name>
    <message>
        <location filename="../../src/ui/fostercare/FosterFamiliesModel.cpp" line="+44"/>
        <source>No statutory limit for this kind</source>
        <translation>Brak limitu ustawowego dla tego rodzaju</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>%1, no limit</source>
        <translation>%1, bez limitu</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Full: a further child only as a sibling, with consent recorded</source>
        <translation>Brak miejsc: kolejne dziecko tylko jako rodzeństwo, po wpisaniu zgody</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Due a year after the first placement</source>
        <translation>Termin: rok po pierwszym umieszczeniu</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>%1 (overdue)</source>
        <translation>%1 (zaległe)</translation>
    </message>
    <message>
        <location line="-43"/>
        <source>Foster family</source>
        <translation>Rodzina zastępcza</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kind</source>
        <translation>Rodzaj</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Carers</source>
        <translation>Opiekunowie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Municipality</source>
        <translation>Gmina</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Children</source>
        <translation>Dzieci</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Health certificate</source>
        <translation>Zaświadczenie lekarskie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Psychologist</source>
        <translation>Opinia psychologa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assessment</source>
        <translation>Ocena</translation>
    </message>
</context>
<context>
    <name>opieka::ui::FosterFamilyDialog</name>
    <message>
        <location filename="../../src/ui/fostercare/FosterFamilyDialog.cpp" line="+30"/>
        <source>Edit foster family</source>
        <translation>Edytuj rodzinę zastępczą</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Register foster family</source>
        <translation>Dodaj rodzinę zastępczą</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Save</source>
        <translation>&amp;Zapisz</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Register</source>
        <translation>&amp;Dodaj</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the foster family</source>
        <translation>Zapisz rodzinę zastępczą</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Register the foster family</source>
        <translation>Dodaj rodzinę zastępczą</translation>
    </message>
    <message numerus="yes">
        <location line="+75"/>
        <source>Otherwise %n children for this kind.</source>
        <translation>
            <numerusform>Domyślnie dla tego rodzaju: %n dziecko.</numerusform>
            <numerusform>Domyślnie dla tego rodzaju: %n dzieci.</numerusform>
            <numerusform>Domyślnie dla tego rodzaju: %n dzieci.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Otherwise no statutory limit for this kind.</source>
        <translation>Domyślnie dla tego rodzaju brak limitu ustawowego.</translation>
    </message>
</context>
<context>
    <name>opieka::ui::HelpPlanDialog</name>
    <message>
        <location filename="../../src/ui/workplan/HelpPlanDialog.cpp" line="+16"/>
        <source>Child&apos;s help plan</source>
        <translation>Plan pomocy dziecku</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Save</source>
        <translation>&amp;Zapisz</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save the help plan</source>
        <translation>Zapisz plan pomocy</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Help plan of %1: goals and tasks agreed with the foster family and the family assistant, including the return home. Deadlines as YYYY-MM-DD.</source>
        <translation>Plan pomocy dziecku: %1. Cele i zadania uzgodnione z rodziną zastępczą i asystentem rodziny, w tym powrót do domu rodzinnego. Terminy w formacie RRRR-MM-DD.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Goal</source>
        <translation>Cel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Task</source>
        <translation>Zadanie</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+46"/>
        <source>Responsible</source>
        <translation>Odpowiedzialny</translation>
    </message>
    <message>
        <location line="-46"/>
        <location line="+46"/>
        <source>Deadline</source>
        <translation>Termin</translation>
    </message>
    <message>
        <location line="-46"/>
        <source>Done</source>
        <translation>Wykonane</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Goal / action</source>
        <translation>Cel / działanie</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Stan</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The child&apos;s family has no work plan yet.</source>
        <translation>Rodzina dziecka nie ma jeszcze planu pracy z rodziną.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Work plan of the family, version %1: %2</source>
        <translation>Plan pracy z rodziną, wersja %1: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Goal %1: %2</source>
        <translation>Cel %1: %2</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Not saved: the deadline in row %1 is not a date (YYYY-MM-DD).</source>
        <translation>Nie zapisano: termin w wierszu %1 nie jest datą (RRRR-MM-DD).</translation>
    </message>
</context>
<context>
    <name>opieka::ui::IdleLock</name>
    <message>
        <location filename="../../src/ui/shell/IdleLock.cpp" line="+75"/>
        <source>Opieka is locked</source>
        <translation>Opieka jest zablokowana</translation>
    </message>
</context>
<context>
    <name>opieka::ui::ImportDialog</name>
    <message>
        <location filename="../../src/ui/exchange/ImportDialog.cpp" line="+24"/>
        <source>Workers</source>
        <translation>Pracownicy</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Families</source>
        <translation>Rodziny</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Assignments of workers to cases</source>
        <translation>Przydziały pracowników do spraw</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Household members</source>
        <translation>Członkowie gospodarstwa domowego</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Visits and contacts</source>
        <translation>Wizyty i kontakty</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Foster families</source>
        <translation>Rodziny zastępcze</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Children placed in foster care</source>
        <translation>Dzieci umieszczone w pieczy zastępczej</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>&amp;Import</source>
        <translation>&amp;Importuj</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import the file</source>
        <translation>Importuj plik</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Cancel import</source>
        <translation>&amp;Anuluj import</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel the import</source>
        <translation>Anuluj import</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Header row: %1</source>
        <translation>Wiersz nagłówka: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Optional columns: %1</source>
        <translation>Kolumny opcjonalne: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Choose the CSV file</source>
        <translation>Wybierz plik CSV</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Pliki CSV (*.csv);;Wszystkie pliki (*)</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Choose the CSV file to import first.</source>
        <translation>Najpierw wybierz plik CSV do importu.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>The import did not run.</source>
        <translation>Import się nie rozpoczął.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reading %1…</source>
        <translation>Odczyt pliku %1…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Every row is read; saving…</source>
        <translation>Wszystkie wiersze odczytane; zapisywanie…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reading the rows: %1 of %2 read…</source>
        <translation>Odczyt wierszy: odczytano %1 z %2…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cancelling: nothing of the file will be kept…</source>
        <translation>Anulowanie: nic z pliku nie zostanie zapisane…</translation>
    </message>
    <message numerus="yes">
        <location line="+21"/>
        <source>Imported %n row(s). The record of the import is in the audit trail.</source>
        <translation>
            <numerusform>Zaimportowano %n wiersz. Zapis o imporcie jest w dzienniku zmian.</numerusform>
            <numerusform>Zaimportowano %n wiersze. Zapis o imporcie jest w dzienniku zmian.</numerusform>
            <numerusform>Zaimportowano %n wierszy. Zapis o imporcie jest w dzienniku zmian.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n worker(s) are over their limits on %1: see the caseload report.</source>
        <translation>
            <numerusform>%n pracownik przekracza limit w dniu %1: zob. raport obciążenia.</numerusform>
            <numerusform>%n pracowników przekracza limity w dniu %1: zob. raport obciążenia.</numerusform>
            <numerusform>%n pracowników przekracza limity w dniu %1: zob. raport obciążenia.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n of them look(s) like records already in the register, listed below: check them before working on the new records.</source>
        <translation>
            <numerusform>%n z nich wygląda jak rekord, który już jest w rejestrze (lista poniżej): sprawdź go przed pracą z nowymi rekordami.</numerusform>
            <numerusform>%n z nich wyglądają jak rekordy, które już są w rejestrze (lista poniżej): sprawdź je przed pracą z nowymi rekordami.</numerusform>
            <numerusform>%n z nich wygląda jak rekordy, które już są w rejestrze (lista poniżej): sprawdź je przed pracą z nowymi rekordami.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1:%2: likely the same as family %3 already in the register (score %4: %5)</source>
        <translation>%1:%2: prawdopodobnie ta sama rodzina co rodzina %3, która już jest w rejestrze (wynik %4: %5)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1:%2: likely the same as member %3 of family %4 already in the register (score %5: %6)</source>
        <translation>%1:%2: prawdopodobnie ta sama osoba co członek %3 rodziny %4, który już jest w rejestrze (wynik %5: %6)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The import was cancelled; nothing was imported.</source>
        <translation>Import anulowano; nic nie zaimportowano.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Nothing was imported. Correct these lines of the file and import it again:</source>
        <translation>Nic nie zaimportowano. Popraw te wiersze pliku i zaimportuj go ponownie:</translation>
    </message>
</context>
<context>
    <name>opieka::ui::IntakeNoticeDialog</name>
    <message>
        <location filename="../../src/ui/fostercare/IntakeNoticeDialog.cpp" line="+16"/>
        <source>Record the notice of the intake</source>
        <translation>Zapisz zawiadomienie o przyjęciu</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Record</source>
        <translation>&amp;Zapisz</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Record the notice</source>
        <translation>Zapisz zawiadomienie</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 was taken in on %2 without a court order. Record a notice of the intake sent after it was recorded: whom it told and the day it was sent (art. 58 ust. 3).</source>
        <translation>%1: przyjęcie %2 bez postanowienia sądu. Zapisz zawiadomienie o przyjęciu wysłane po jego zapisaniu: kogo zawiadomiono i w którym dniu je wysłano (art. 58 ust. 3).</translation>
    </message>
</context>
<context>
    <name>opieka::ui::LeavingCareDialog</name>
    <message>
        <location filename="../../src/ui/fostercare/LeavingCareDialog.cpp" line="+12"/>
        <source>Leaving care</source>
        <translation>Usamodzielnienie</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Save</source>
        <translation>&amp;Zapisz</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save leaving care</source>
        <translation>Zapisz dane usamodzielnienia</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 turns 18 on %2: the guardian of independence is chosen by %3, the individual programme ready by %4.</source>
        <translation>%1 kończy 18 lat %2: opiekuna usamodzielnienia należy wybrać do %3, a indywidualny program usamodzielnienia przygotować do %4.</translation>
    </message>
</context>
<context>
    <name>opieka::ui::MainWindow</name>
    <message>
        <location filename="../../src/ui/shell/MainWindow.cpp" line="+71"/>
        <location line="+911"/>
        <source>Opieka</source>
        <translation>Opieka</translation>
    </message>
    <message>
        <location line="-901"/>
        <source>No database is open. Use File › New or Open Database… to choose one.</source>
        <translation>Żadna baza danych nie jest otwarta. Wybierz ją poleceniem Plik › Nowa lub otwórz bazę danych…</translation>
    </message>
    <message>
        <location line="+18"/>
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
        <source>Connect to Centre &amp;Server…</source>
        <translation>Połącz z &amp;serwerem ośrodka…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Import from CSV…</source>
        <translation>&amp;Import z pliku CSV…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reopen &amp;Last Family</source>
        <translation>Otwórz ponownie &amp;ostatnią rodzinę</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Print…</source>
        <translation>&amp;Drukuj…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Prints the report the Reports tab shows</source>
        <translation>Drukuje zestawienie widoczne na karcie Zestawienia</translation>
    </message>
    <message>
        <location line="+2"/>
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
        <source>&amp;New Family…</source>
        <translation>&amp;Nowa rodzina…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Assign Worker…</source>
        <translation>&amp;Przydziel pracownika…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Find Family</source>
        <translation>&amp;Znajdź rodzinę</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Con&amp;trol</source>
        <translation>&amp;Kontrola</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Settings</source>
        <translation>&amp;Ustawienia</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Centre Settings…</source>
        <translation>Ustawienia &amp;ośrodka…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Caseload &amp;Limits…</source>
        <translation>&amp;Limity spraw…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Centre &amp;Identity and Partners…</source>
        <translation>&amp;Tożsamość ośrodka i partnerzy…</translation>
    </message>
    <message>
        <location line="+3"/>
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
        <location line="+8"/>
        <source>&amp;Help</source>
        <translation>Pomo&amp;c</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;User Guide</source>
        <translation>&amp;Podręcznik użytkownika</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;About Opieka</source>
        <translation>&amp;O programie Opieka</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Si&amp;gn In…</source>
        <translation>Za&amp;loguj się…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sign O&amp;ut</source>
        <translation>&amp;Wyloguj</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>S&amp;witch User…</source>
        <translation>Zmień &amp;użytkownika…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Loc&amp;k Now</source>
        <translation>Zablokuj &amp;teraz</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>&amp;View</source>
        <translation>&amp;Widok</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Odśwież</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Go To</source>
        <translation>&amp;Przejdź do</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Theme</source>
        <translation>&amp;Motyw</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Follow the &amp;System</source>
        <translation>Jak w &amp;systemie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Light</source>
        <translation>&amp;Jasny</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Dark</source>
        <translation>&amp;Ciemny</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>(none)</source>
        <translation>(brak)</translation>
    </message>
    <message>
        <location line="+40"/>
        <location line="+17"/>
        <source>Cannot open the database</source>
        <translation>Nie można otworzyć bazy danych</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>No one is signed in. Use File › Sign In… to continue.</source>
        <translation>Nikt nie jest zalogowany. Aby pracować dalej, wybierz Plik › Zaloguj się…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Cannot sign in</source>
        <translation>Nie można się zalogować</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Main sections</source>
        <translation>Główne sekcje</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+4"/>
        <source>&amp;My caseload</source>
        <translation>&amp;Moje sprawy</translation>
    </message>
    <message>
        <location line="-3"/>
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
        <source>&amp;Assistant&apos;s desk</source>
        <translation>Pulpit &amp;asystenta</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot read the assistant&apos;s desk</source>
        <translation>Nie można odczytać pulpitu asystenta</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>F&amp;oster care</source>
        <translation>Piecza &amp;zastępcza</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Coor&amp;dinator</source>
        <translation>&amp;Koordynator</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot read the foster families</source>
        <translation>Nie można odczytać rodzin zastępczych</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot read the coordinator&apos;s page</source>
        <translation>Nie można odczytać strony koordynatora</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Cannot read my caseload</source>
        <translation>Nie można odczytać moich spraw</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot read the families</source>
        <translation>Nie można odczytać rodzin</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot read the caseload report</source>
        <translation>Nie można odczytać raportu obciążenia</translation>
    </message>
    <message>
        <location line="+117"/>
        <source>Centre at a &amp;glance</source>
        <translation>Ośro&amp;dek w skrócie</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>&amp;Reports</source>
        <translation>&amp;Zestawienia</translation>
    </message>
    <message>
        <location line="-88"/>
        <source>No database</source>
        <translation>Brak bazy danych</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open a database first (File › New or Open Database…).</source>
        <translation>Najpierw otwórz bazę danych (Plik › Nowa lub otwórz bazę danych…).</translation>
    </message>
    <message>
        <location line="+184"/>
        <source>Cannot open the family&apos;s record</source>
        <translation>Nie można otworzyć kartoteki rodziny</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Family %1 opened.</source>
        <translation>Otwarto rodzinę %1.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Nothing to print here: reports print from the Reports tab, a family&apos;s documents from its record.</source>
        <translation>Tu nie ma czego drukować: zestawienia drukuje się z karty Zestawienia, dokumenty rodziny z jej kartoteki.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Centre settings saved.</source>
        <translation>Zapisano ustawienia ośrodka.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Caseload limits</source>
        <translation>Limity spraw</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>New or Open Database</source>
        <translation>Nowa lub otwórz bazę danych</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>About Opieka</source>
        <translation>O programie Opieka</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;h3&gt;Opieka %1&lt;/h3&gt;&lt;p&gt;Case management for family-support centres: families, workers and their caseload limits.&lt;/p&gt;&lt;p&gt;Qt %2&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Opieka %1&lt;/h3&gt;&lt;p&gt;Prowadzenie spraw w ośrodkach wspierania rodziny: rodziny, pracownicy i limity ich spraw.&lt;/p&gt;&lt;p&gt;Qt %2&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>No one is signed in</source>
        <translation>Nikt nie jest zalogowany</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Database: %1 on the server</source>
        <translation>Baza danych: %1 na serwerze</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Database: %1</source>
        <translation>Baza danych: %1</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>No database open</source>
        <translation>Brak otwartej bazy danych</translation>
    </message>
    <message>
        <location line="-75"/>
        <source>Opieka databases and field copies (*.sqlite *.opieka);;All files (*)</source>
        <translation>Bazy danych i kopie terenowe Opieki (*.sqlite *.opieka);;Wszystkie pliki (*)</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>Signed in as: %1</source>
        <translation>Zalogowano jako: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Opieka — %1</source>
        <translation>Opieka — %1</translation>
    </message>
</context>
<context>
    <name>opieka::ui::MakeCentreKeysDialog</name>
    <message>
        <location filename="../../src/ui/exchange/CentrePartnersDialog.cpp" line="+11"/>
        <location line="+1"/>
        <source>Make the centre&apos;s keys</source>
        <translation>Utwórz klucze ośrodka</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The centre&apos;s keys sign and encrypt what it sends to partner centres. They are made once: partners trust this centre by their fingerprint. The card will say the name, kind, area and REGON given here.

The centre passphrase protects the keys. Choose a long one and keep it where the managers who send and receive packages can find it: without it no package can be sent or opened, and Opieka cannot recover it.</source>
        <translation>Kluczami ośrodka podpisuje się i szyfruje to, co ośrodek wysyła ośrodkom partnerskim. Tworzy się je jeden raz: partnerzy ufają temu ośrodkowi na podstawie ich odcisku. Karta ośrodka poda nazwę, rodzaj, obszar i REGON wpisane tutaj.

Hasło ośrodka chroni klucze. Wybierz długie hasło i przechowuj je tam, gdzie znajdą je kierownicy wysyłający i odbierający przesyłki: bez niego nie da się wysłać ani otworzyć żadnej przesyłki, a Opieka nie potrafi go odzyskać.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Name of the centre</source>
        <translation>Nazwa ośrodka</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind of centre</source>
        <translation>Rodzaj ośrodka</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Gmina or powiat</source>
        <translation>Gmina lub powiat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>REGON</source>
        <translation>REGON</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>9 or 14 digits; may stay empty</source>
        <translation>9 lub 14 cyfr; można zostawić puste</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Centre passphrase</source>
        <translation>Hasło ośrodka</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Centre passphrase again</source>
        <translation>Hasło ośrodka ponownie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nazwa:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Rodzaj:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Area (gmina or powiat):</source>
        <translation>&amp;Gmina lub powiat:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;REGON:</source>
        <translation>R&amp;EGON:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Centre &amp;passphrase:</source>
        <translation>&amp;Hasło ośrodka:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Passphrase a&amp;gain:</source>
        <translation>Hasło ośrodka &amp;ponownie:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>At least %1 characters.</source>
        <translation>Co najmniej %1 znaków.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What is wrong</source>
        <translation>Co jest nie tak</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Make the keys</source>
        <translation>&amp;Utwórz klucze</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The two passphrases differ.</source>
        <translation>Wpisane hasła się różnią.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The centre passphrase needs at least %1 characters.</source>
        <translation>Hasło ośrodka musi mieć co najmniej %1 znaków.</translation>
    </message>
</context>
<context>
    <name>opieka::ui::ManagerDeskTab</name>
    <message>
        <location filename="../../src/ui/desks/ManagerDeskTab.cpp" line="+88"/>
        <source>Worker</source>
        <translation>Pracownik</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Role</source>
        <translation>Stanowisko</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unit</source>
        <translation>Zespół</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cases</source>
        <translation>Sprawy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Limit</source>
        <translation>Limit</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Utilisation</source>
        <translation>Wykorzystanie</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Stan</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Workers over or near the limit; double-click a worker for the cases</source>
        <translation>Pracownicy ponad limit lub blisko limitu; dwuklik pokazuje sprawy pracownika</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Odśwież</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Utilisation by role: cases per worker against the limit</source>
        <translation>Obciążenie według stanowisk: sprawy na pracownika wobec limitu</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Workers over or near the limit</source>
        <translation>Pracownicy ponad limit lub blisko limitu</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Cannot read the centre&apos;s figures</source>
        <translation>Nie można odczytać danych ośrodka</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>&lt;h3&gt;The centre at a glance on %1&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;Ośrodek w skrócie na dzień %1&lt;/h3&gt;</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The centre&apos;s limits differ from the statute&apos;s:</source>
        <translation>Limity ośrodka różnią się od ustawowych:</translation>
    </message>
    <message numerus="yes">
        <location line="+25"/>
        <source>%n worker(s) over the limit</source>
        <translation>
            <numerusform>%n pracownik ponad limit</numerusform>
            <numerusform>%n pracowników ponad limit</numerusform>
            <numerusform>%n pracowników ponad limit</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n near or at the limit.</source>
        <translation>
            <numerusform>%n blisko limitu lub z osiągniętym limitem.</numerusform>
            <numerusform>%n blisko limitu lub z osiągniętym limitem.</numerusform>
            <numerusform>%n blisko limitu lub z osiągniętym limitem.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Double-click a worker to see the cases.</source>
        <translation>Dwuklik na pracowniku pokazuje jego sprawy.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n overdue deadline item(s)</source>
        <translation>
            <numerusform>%n zaległa czynność</numerusform>
            <numerusform>%n zaległe czynności</numerusform>
            <numerusform>%n zaległych czynności</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overdue or to do now, by worker: the deadlines report</source>
        <translation>Po terminie lub do zrobienia teraz, według pracowników: zestawienie terminów</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n family(ies) missing a required team member</source>
        <translation>
            <numerusform>%n rodzina bez wymaganego członka zespołu</numerusform>
            <numerusform>%n rodziny bez wymaganego członka zespołu</numerusform>
            <numerusform>%n rodzin bez wymaganego członka zespołu</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open families whose team lacks a role their category requires: the list</source>
        <translation>Otwarte sprawy rodzin, w których zespole brakuje osoby wymaganej przez kategorię: lista</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n foster family(ies) without a coordinator</source>
        <translation>
            <numerusform>%n rodzina zastępcza bez koordynatora</numerusform>
            <numerusform>%n rodziny zastępcze bez koordynatora</numerusform>
            <numerusform>%n rodzin zastępczych bez koordynatora</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The organiser carries out the coordinator&apos;s tasks for them (art. 77 ust. 1a): the deadlines report</source>
        <translation>Ich zadania koordynatora wykonuje organizator (art. 77 ust. 1a): zestawienie terminów</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Average utilisation: %1</source>
        <translation>Średnie wykorzystanie limitu: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no limit</source>
        <translation>bez limitu</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%1 cases per worker (limit %2); %n worker(s), %3 over and %4 near the limit</source>
        <translation>
            <numerusform>%1 spraw na pracownika (limit %2); %n pracownik, ponad limit: %3, blisko limitu: %4</numerusform>
            <numerusform>%1 spraw na pracownika (limit %2); %n pracowników, ponad limit: %3, blisko limitu: %4</numerusform>
            <numerusform>%1 spraw na pracownika (limit %2); %n pracowników, ponad limit: %3, blisko limitu: %4</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>none</source>
        <translation>brak</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Report…</source>
        <translation>Zestawienie…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Caseload report: %1</source>
        <translation>Zestawienie obciążenia: %1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Cannot read the cases</source>
        <translation>Nie można odczytać spraw</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cases of %1</source>
        <translation>Sprawy: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The cases %1 carries on %2.</source>
        <translation>Sprawy, które %1 prowadzi w dniu %2.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cannot read the families</source>
        <translation>Nie można odczytać rodzin</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Families missing a required team member</source>
        <translation>Rodziny bez wymaganego członka zespołu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open families whose team lacks a role their category requires (the family record&apos;s Team tab says which).</source>
        <translation>Otwarte sprawy rodzin, w których zespole brakuje osoby wymaganej przez kategorię rodziny (którą — pokazuje zakładka Zespół w kartotece).</translation>
    </message>
</context>
<context>
    <name>opieka::ui::MemberDialog</name>
    <message>
        <location filename="../../src/ui/record/MemberDialog.cpp" line="+22"/>
        <source>Household member</source>
        <translation>Członek gospodarstwa domowego</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add household member</source>
        <translation>Dodaj członka gospodarstwa domowego</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save</source>
        <translation>&amp;Zapisz</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save</source>
        <translation>Zapisz</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Choose…</source>
        <translation>Wybierz…</translation>
    </message>
    <message>
        <location line="+121"/>
        <source>No PESEL: enter the birth date if it is known.</source>
        <translation>Bez numeru PESEL: wpisz datę urodzenia, jeśli jest znana.</translation>
    </message>
    <message>
        <location line="-117"/>
        <source>not known</source>
        <translation>nieznana</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Edit household member</source>
        <translation>Edytuj członka gospodarstwa domowego</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Discard the entry</source>
        <translation>Odrzucenie wpisu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard what you typed for this member? Nothing of it is saved.</source>
        <translation>Odrzucić to, co wpisano dla tego członka rodziny? Nic z tego nie zostanie zapisane.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Enter the first and last name.</source>
        <translation>Wpisz imię i nazwisko.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>PESEL is valid: born %1, %2.</source>
        <translation>PESEL poprawny: urodzenie %1, %2.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Check the sex</source>
        <translation>Sprawdź płeć</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 reads as a woman&apos;s name, but the sex chosen is male. Save %1 as a man?</source>
        <translation>%1 brzmi jak imię kobiety, a wybrano płeć męską. Zapisać %1 jako mężczyznę?</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+8"/>
        <source>Not saved: %1</source>
        <translation>Nie zapisano: %1</translation>
    </message>
</context>
<context>
    <name>opieka::ui::MembersModel</name>
    <message>
        <location filename="../../src/ui/record/MembersModel.cpp" line="+12"/>
        <source>First name</source>
        <translation>Imię</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last name</source>
        <translation>Nazwisko</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Relation</source>
        <translation>Relacja</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PESEL</source>
        <translation>PESEL</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Birth date</source>
        <translation>Data urodzenia</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Age</source>
        <translation>Wiek</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sex</source>
        <translation>Płeć</translation>
    </message>
</context>
<context>
    <name>opieka::ui::MembersTab</name>
    <message>
        <location filename="../../src/ui/record/MembersTab.cpp" line="+35"/>
        <source>Cannot read the members</source>
        <translation>Nie można odczytać członków rodziny</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Remove member</source>
        <translation>Usuń członka rodziny</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove %1 from the family&apos;s household?</source>
        <translation>Usunąć osobę %1 z gospodarstwa domowego rodziny?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Member not removed</source>
        <translation>Nie usunięto członka rodziny</translation>
    </message>
</context>
<context>
    <name>opieka::ui::MergeDialog</name>
    <message>
        <location filename="../../src/ui/duplicates/MergeDialog.cpp" line="+47"/>
        <source>Compare and merge two people</source>
        <translation>Porównaj i scal dwie osoby</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compare and merge two families</source>
        <translation>Porównaj i scal dwie rodziny</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Choose the record to keep and, where the two differ, the value to keep. Everything recorded on the other person (placements, reviews, the help plan, the legal status) moves to the record kept, and the other record is removed.</source>
        <translation>Wybierz rekord, który zostaje, a tam, gdzie rekordy się różnią, wartość, która ma zostać. Wszystko, co wpisano przy drugiej osobie (umieszczenia, oceny sytuacji, plan pomocy, sytuacja prawna), zostanie przeniesione do zachowanego rekordu, a drugi rekord zostanie usunięty.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose the record to keep and, where the two differ, the value to keep. Everything recorded on the other family (members, visits, plans, assessments, assignments, history) moves to the record kept, and the other record is removed.</source>
        <translation>Wybierz rekord, który zostaje, a tam, gdzie rekordy się różnią, wartość, która ma zostać. Wszystko, co wpisano przy drugiej rodzinie (członkowie, wizyty, plany, oceny, przydziały pracowników, historia), zostanie przeniesione do zachowanego rekordu, a drugi rekord zostanie usunięty.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Record to keep</source>
        <translation>Rekord, który zostaje</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+1"/>
        <source>&lt;b&gt;No. %1&lt;/b&gt;</source>
        <translation>&lt;b&gt;Nr %1&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;Field&lt;/b&gt;</source>
        <translation>&lt;b&gt;Pole&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 (differs)</source>
        <translation>%1 (różni się)</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+4"/>
        <source>%1: the value of no. %2, %3</source>
        <translation>%1: wartość z rekordu nr %2, %3</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The two records&apos; fields</source>
        <translation>Pola obu rekordów</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The two records hold the same values.</source>
        <translation>Oba rekordy mają te same wartości.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Merge…</source>
        <translation>&amp;Scal…</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Merge %1 into %2?</source>
        <translation>Scalić rekord %1 z rekordem %2?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Everything recorded on no. %1 moves to no. %2, with the values chosen, and no. %1 is removed. A merge cannot be undone; the audit keeps both numbers.</source>
        <translation>Wszystko, co wpisano przy rekordzie nr %1, zostanie przeniesione do rekordu nr %2 razem z wybranymi wartościami, a rekord nr %1 zostanie usunięty. Scalenia nie można cofnąć; dziennik zmian zachowa oba numery.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Merge</source>
        <translation>&amp;Scal</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Not merged: a record of the family is still open.</source>
        <translation>Nie scalono: kartoteka rodziny jest nadal otwarta.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>“%1” (no. %2)</source>
        <translation>„%1” (nr %2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“%1”, born %2 (no. %3, family no. %4)</source>
        <translation>„%1”, ur. %2 (nr %3, rodzina nr %4)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“%1” (no. %2, family no. %3)</source>
        <translation>„%1” (nr %2, rodzina nr %3)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Household members</source>
        <translation>Członkowie gospodarstwa domowego</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Visits and contacts</source>
        <translation>Wizyty i kontakty</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unfinished contact notes</source>
        <translation>Niedokończone notatki z kontaktów</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Work plans</source>
        <translation>Plany pracy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assessments</source>
        <translation>Oceny sytuacji rodziny</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assignments of workers</source>
        <translation>Przydziały pracowników</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changes of category</source>
        <translation>Zmiany kategorii</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Niebieska Karta procedures</source>
        <translation>Procedury „Niebieskiej Karty”</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Coordinators&apos; team links</source>
        <translation>Powiązania z koordynatorami</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Placements</source>
        <translation>Umieszczenia w pieczy zastępczej</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reviews of the child&apos;s situation</source>
        <translation>Oceny sytuacji dziecka</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Help plan items</source>
        <translation>Pozycje planu pomocy dziecku</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Legal status</source>
        <translation>Sytuacja prawna dziecka</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Documents</source>
        <translation>Dokumenty</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>(empty)</source>
        <translation>(puste)</translation>
    </message>
</context>
<context>
    <name>opieka::ui::NewAccountDialog</name>
    <message>
        <location filename="../../src/ui/trust/NewAccountDialog.cpp" line="+22"/>
        <source>New account</source>
        <translation>Nowe konto</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Login</source>
        <translation>Login</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. anowak</source>
        <translation>np. anowak</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role</source>
        <translation>Rola</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Worker</source>
        <translation>Pracownik</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password</source>
        <translation>Hasło</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Password again</source>
        <translation>Hasło ponownie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Login:</source>
        <translation>&amp;Login:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Role:</source>
        <translation>&amp;Rola:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Acts as worker:</source>
        <translation>&amp;Działa jako pracownik:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Password:</source>
        <translation>&amp;Hasło:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password a&amp;gain:</source>
        <translation>Hasło &amp;ponownie:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lower-case letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos; in the login. The password has at least %1 characters; tell it to the person in private.</source>
        <translation>Login: małe litery, cyfry, „.”, „_” lub „-”. Hasło ma co najmniej %1 znaków; przekaż je tej osobie na osobności.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>What is wrong</source>
        <translation>Co jest nie tak</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add account</source>
        <translation>Dodaj konto</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>(none)</source>
        <translation>(brak)</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+9"/>
        <source>%1 (id %2)</source>
        <translation>%1 (id %2)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>New account for %1</source>
        <translation>Nowe konto dla: %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The two passwords differ.</source>
        <translation>Podane hasła się różnią.</translation>
    </message>
</context>
<context>
    <name>opieka::ui::NewFamilyDialog</name>
    <message>
        <location filename="../../src/ui/families/NewFamilyDialog.cpp" line="+14"/>
        <source>New family</source>
        <translation>Nowa rodzina</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>O&amp;pen case</source>
        <translation>O&amp;twórz sprawę</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the case</source>
        <translation>Otwórz sprawę</translation>
    </message>
</context>
<context>
    <name>opieka::ui::PartnerCardDialog</name>
    <message>
        <location filename="../../src/ui/exchange/CentrePartnersDialog.cpp" line="+32"/>
        <location line="+1"/>
        <source>Check the partner&apos;s fingerprint</source>
        <translation>Sprawdź odcisk klucza partnera</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The card %1 says it is the card of this centre:</source>
        <translation>Karta %1 podaje, że jest kartą tego ośrodka:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Name</source>
        <translation>Nazwa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Rodzaj</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Area</source>
        <translation>Obszar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>REGON</source>
        <translation>REGON</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keys made on</source>
        <translation>Klucze utworzono</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Name:</source>
        <translation>Nazwa:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind:</source>
        <translation>Rodzaj:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Area:</source>
        <translation>Obszar:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>REGON:</source>
        <translation>REGON:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keys made on:</source>
        <translation>Klucze utworzono:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fingerprint:</source>
        <translation>Odcisk klucza:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Anyone can make a card with this name. Before trusting it, call the centre on a number you know (not one from the message that brought the card) and ask them to read their fingerprint aloud from Settings › Centre Identity and Partners…. Trust the card only if every digit is the same.</source>
        <translation>Kartę z taką nazwą może utworzyć każdy. Zanim jej zaufasz, zadzwoń do ośrodka na znany Ci numer (nie na numer z wiadomości, w której przyszła karta) i poproś o odczytanie na głos odcisku klucza z okna Ustawienia › Tożsamość ośrodka i partnerzy…. Zaufaj karcie tylko wtedy, gdy zgadzają się wszystkie cyfry.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The partner centre read me the &amp;same digits over the phone</source>
        <translation>Ośrodek partnerski odczytał mi przez telefon &amp;te same cyfry</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Trust this centre</source>
        <translation>&amp;Zaufaj temu ośrodkowi</translation>
    </message>
</context>
<context>
    <name>opieka::ui::PartnerPlansBox</name>
    <message>
        <location filename="../../src/ui/exchange/PartnerPlansBox.cpp" line="+16"/>
        <source>Partner centres&apos; plans (read only)</source>
        <translation>Plany ośrodków partnerskich (tylko do odczytu)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Plans sent by partner centres, read only</source>
        <translation>Plany przesłane przez ośrodki partnerskie, tylko do odczytu</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1&apos;s help plan for %2, version %3</source>
        <translation>Plan pomocy dziecku (%2) od: %1, wersja %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1&apos;s help plan for %2, version %3 of %4</source>
        <translation>Plan pomocy dziecku (%2) od: %1, wersja %3 z dnia %4</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1&apos;s work plan with the family, version %2</source>
        <translation>Plan pracy z rodziną od: %1, wersja %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1&apos;s work plan with the family, version %2 of %3</source>
        <translation>Plan pracy z rodziną od: %1, wersja %2 z dnia %3</translation>
    </message>
</context>
<context>
    <name>opieka::ui::PassphraseDialog</name>
    <message>
        <location filename="../../src/ui/trust/PassphraseDialog.cpp" line="+27"/>
        <source>Passphrase</source>
        <translation>Hasło</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Hasło:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Passphrase again</source>
        <translation>Hasło ponownie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Passphrase &amp;again:</source>
        <translation>Hasło &amp;ponownie:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>At least %1 characters.</source>
        <translation>Co najmniej %1 znaków.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What is wrong</source>
        <translation>Co jest nie tak</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>The two entries differ.</source>
        <translation>Wpisane hasła się różnią.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Type the passphrase.</source>
        <translation>Wpisz hasło.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>At least %1 characters are needed.</source>
        <translation>Potrzeba co najmniej %1 znaków.</translation>
    </message>
</context>
<context>
    <name>opieka::ui::PendingConfirmationsBox</name>
    <message>
        <location filename="../../src/ui/desks/PendingConfirmationsBox.cpp" line="+21"/>
        <source>Account created</source>
        <translation>Utworzenie konta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Password set</source>
        <translation>Ustawienie hasła</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+6"/>
        <source>Manager accounts awaiting your confirmation</source>
        <translation>Konta kierowników czekające na Twoje potwierdzenie</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Role</source>
        <translation>Rola</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Change</source>
        <translation>Zmiana</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Made by</source>
        <translation>Kto zmienił</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>When</source>
        <translation>Kiedy</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Confirm</source>
        <translation>&amp;Potwierdź</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Confirm the selected manager account</source>
        <translation>Potwierdź wybrane konto kierownika</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>These manager accounts reach no case until another manager confirms them (four eyes). Confirm only a change you know was asked for.</source>
        <translation>Te konta kierowników nie mają dostępu do żadnej sprawy, dopóki inny kierownik ich nie potwierdzi (zasada czterech oczu). Potwierdzaj tylko zmianę, o której wiesz, że ktoś o nią prosił.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cannot read the accounts awaiting confirmation: %1</source>
        <translation>Nie można odczytać kont czekających na potwierdzenie: %1</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Cannot confirm the account</source>
        <translation>Nie można potwierdzić konta</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Account &apos;%1&apos; confirmed; it reaches the cases from its next sign-in.</source>
        <translation>Konto &apos;%1&apos; potwierdzone; dostęp do spraw ma od następnego zalogowania.</translation>
    </message>
</context>
<context>
    <name>opieka::ui::PlacementDialog</name>
    <message>
        <location filename="../../src/ui/fostercare/PlacementDialog.cpp" line="+14"/>
        <source>Place a child</source>
        <translation>Umieść dziecko</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Place</source>
        <translation>&amp;Umieść</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Place the child</source>
        <translation>Umieść dziecko</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>%1 of %2 children</source>
        <translation>%1 z %2 dzieci</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n children</source>
        <translation>
            <numerusform>%n dziecko</numerusform>
            <numerusform>%n dzieci</numerusform>
            <numerusform>%n dzieci</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 — %2 — %3</source>
        <translation>%1 — %2 — %3</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, %2 (%3)</source>
        <translation>%1, %2 (%3)</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>%1, born %2</source>
        <translation>%1, ur. %2</translation>
    </message>
    <message>
        <location line="+93"/>
        <source>Find the child&apos;s family first.</source>
        <translation>Najpierw wyszukaj rodzinę dziecka.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This family has no children recorded. Add them in the family&apos;s record first.</source>
        <translation>W tej rodzinie nie wpisano dzieci. Najpierw dodaj je w kartotece rodziny.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose the foster family.</source>
        <translation>Wybierz rodzinę zastępczą.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot place: %1</source>
        <translation>Nie można umieścić: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Allowed: %1 will have %2 of %3 children.</source>
        <translation>Można umieścić: %1 będzie mieć %2 z %3 dzieci.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Allowed: %1 will have %n children.</source>
        <translation>
            <numerusform>Można umieścić: %1 będzie mieć %n dziecko.</numerusform>
            <numerusform>Można umieścić: %1 będzie mieć %n dzieci.</numerusform>
            <numerusform>Można umieścić: %1 będzie mieć %n dzieci.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Tell the court, the starosta and the child&apos;s home OPS within 24 hours; a notice not recorded is on the deadlines.</source>
        <translation>Zawiadom sąd, starostę i OPS właściwy dla dziecka w ciągu 24 godzin; niezapisane zawiadomienie jest na liście terminów.</translation>
    </message>
</context>
<context>
    <name>opieka::ui::PlanActionDialog</name>
    <message>
        <location filename="../../src/ui/workplan/PlanActionDialog.cpp" line="+15"/>
        <source>Action of the plan</source>
        <translation>Działanie planu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Goal: %1</source>
        <translation>Cel: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep the action in the draft</source>
        <translation>Zachowaj działanie w projekcie planu</translation>
    </message>
</context>
<context>
    <name>opieka::ui::PlanCompareDialog</name>
    <message>
        <location filename="../../src/ui/workplan/PlanCompareDialog.cpp" line="+28"/>
        <source>by %1</source>
        <translation>do %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Compare versions of the work plan</source>
        <translation>Porównanie wersji planu pracy</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Close the comparison</source>
        <translation>Zamknij porównanie</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No.</source>
        <translation>Lp.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Earlier version</source>
        <translation>Wcześniejsza wersja</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Later version</source>
        <translation>Późniejsza wersja</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Change</source>
        <translation>Zmiana</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>The two versions are the same.</source>
        <translation>Obie wersje są takie same.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n row(s) differ.</source>
        <translation>
            <numerusform>Różni się %n wiersz.</numerusform>
            <numerusform>Różnią się %n wiersze.</numerusform>
            <numerusform>Różni się %n wierszy.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>opieka::ui::PlanGoalDialog</name>
    <message>
        <location filename="../../src/ui/workplan/PlanGoalDialog.cpp" line="+11"/>
        <source>Goal of the plan</source>
        <translation>Cel planu</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keep the goal in the draft</source>
        <translation>Zachowaj cel w projekcie planu</translation>
    </message>
</context>
<context>
    <name>opieka::ui::RecordDetailsTab</name>
    <message>
        <location filename="../../src/ui/record/RecordDetailsTab.cpp" line="+42"/>
        <source>U&amp;ndo</source>
        <translation>&amp;Cofnij</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Undo the last change to the details</source>
        <translation>Cofnij ostatnią zmianę danych</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Puts back the field changed last (%1)</source>
        <translation>Przywraca pole zmienione jako ostatnie (%1)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Case closed on %1.</source>
        <translation>Sprawa zamknięta %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Case open since %1.</source>
        <translation>Sprawa otwarta od %1.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 Reason: %2</source>
        <translation>%1 Powód: %2</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Details not saved</source>
        <translation>Nie zapisano danych</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Category not changed</source>
        <translation>Nie zmieniono kategorii</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Close the case</source>
        <translation>Zamknięcie sprawy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close the case of %1 as of %2? The family leaves the workers&apos; caseloads from that day.</source>
        <translation>Zamknąć sprawę rodziny %1 z dniem %2? Od tego dnia rodzina nie wlicza się do obciążenia pracowników.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Case not closed</source>
        <translation>Nie zamknięto sprawy</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Case not reopened</source>
        <translation>Nie otwarto ponownie sprawy</translation>
    </message>
</context>
<context>
    <name>opieka::ui::RecordTab</name>
    <message>
        <location filename="../../src/ui/record/RecordTab.cpp" line="+55"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>opieka::ui::RemoveDocumentDialog</name>
    <message>
        <location filename="../../src/ui/documents/RemoveDocumentDialog.cpp" line="+25"/>
        <location line="+1"/>
        <source>Remove a document</source>
        <translation>Usuń dokument</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Remove %1 (%2 of %3)? Its content is deleted; who removed it, when and why stay recorded with the case.</source>
        <translation>Usunąć %1 (%2 z dnia %3)? Jego treść zostanie skasowana; kto go usunął, kiedy i dlaczego, pozostaje zapisane w sprawie.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Reason</source>
        <translation>Powód</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Reason (required):</source>
        <translation>&amp;Powód (wymagany):</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>What is wrong</source>
        <translation>Co jest nie tak</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Remove</source>
        <translation>&amp;Usuń</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Say why the document is removed.</source>
        <translation>Podaj, dlaczego dokument jest usuwany.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The reason is %1 characters long; at most %2 are kept.</source>
        <translation>Powód ma %1 znaków; zapisuje się najwyżej %2.</translation>
    </message>
</context>
<context>
    <name>opieka::ui::ReportPage</name>
    <message>
        <location filename="../../src/ui/reports/ReportPage.cpp" line="+43"/>
        <source>Print pre&amp;view…</source>
        <translation>&amp;Podgląd wydruku…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export P&amp;DF…</source>
        <translation>Eksport P&amp;DF…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export &amp;CSV…</source>
        <translation>Eksport &amp;CSV…</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Report as of date</source>
        <translation>Zestawienie na dzień</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;As of:</source>
        <translation>&amp;Na dzień:</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Cannot build the report</source>
        <translation>Nie można przygotować zestawienia</translation>
    </message>
    <message>
        <location line="+71"/>
        <location line="+18"/>
        <source>The report is not ready yet.</source>
        <translation>Zestawienie nie jest jeszcze gotowe.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Print preview</source>
        <translation>Podgląd wydruku</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Export PDF</source>
        <translation>Eksport do PDF</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PDF documents (*.pdf)</source>
        <translation>Dokumenty PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot export the PDF</source>
        <translation>Nie można wyeksportować pliku PDF</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Export CSV</source>
        <translation>Eksport do CSV</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV files for a spreadsheet (*.csv)</source>
        <translation>Pliki CSV do arkusza kalkulacyjnego (*.csv)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot export the CSV</source>
        <translation>Nie można wyeksportować pliku CSV</translation>
    </message>
</context>
<context>
    <name>opieka::ui::ReportRunner</name>
    <message>
        <location filename="../../src/ui/reports/ReportRunner.cpp" line="+21"/>
        <source>Building the report…</source>
        <translation>Przygotowuję zestawienie…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Report progress</source>
        <translation>Postęp przygotowania zestawienia</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cancel the report</source>
        <translation>Przerwij przygotowanie zestawienia</translation>
    </message>
</context>
<context>
    <name>opieka::ui::ReportsTab</name>
    <message>
        <location filename="../../src/ui/reports/ReportsTab.cpp" line="+21"/>
        <source>Reports</source>
        <translation>Zestawienia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Caseload</source>
        <translation>Obciążenie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Statistics</source>
        <translation>Statystyka</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deadlines</source>
        <translation>Terminy</translation>
    </message>
</context>
<context>
    <name>opieka::ui::ReviewDialog</name>
    <message>
        <location filename="../../src/ui/fostercare/ReviewDialog.cpp" line="+12"/>
        <source>Record a child&apos;s review</source>
        <translation>Okresowa ocena sytuacji dziecka</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>R&amp;ecord</source>
        <translation>&amp;Zapisz</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Record the review</source>
        <translation>Zapisz ocenę</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&lt;b&gt;%1&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>, born %1 (%n years)</source>
        <translation>
            <numerusform>, ur. %1 (%n rok)</numerusform>
            <numerusform>, ur. %1 (%n lata)</numerusform>
            <numerusform>, ur. %1 (%n lat)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Review due on %1.</source>
        <translation>Termin oceny: %1.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The next review date follows from the child&apos;s birth date and placement.</source>
        <translation>Termin następnej oceny wynika z daty urodzenia dziecka i daty umieszczenia.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>After this review the next one is due on %1.</source>
        <translation>Po tej ocenie termin następnej: %1.</translation>
    </message>
</context>
<context>
    <name>opieka::ui::RoleSummaryModel</name>
    <message>
        <location filename="../../src/ui/reports/RoleSummaryModel.cpp" line="+21"/>
        <source>none</source>
        <translation>brak</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Role</source>
        <translation>Rola</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Workers</source>
        <translation>Pracownicy</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cases</source>
        <translation>Sprawy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cases per worker</source>
        <translation>Sprawy na pracownika</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Limit</source>
        <translation>Limit</translation>
    </message>
    <message>
        <location line="+5"/>
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
    <message>
        <location line="+2"/>
        <source>Overrides</source>
        <translation>Zgody ponad limit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Extra workers needed</source>
        <translation>Brakujący pracownicy</translation>
    </message>
</context>
<context>
    <name>opieka::ui::SendToPartnerDialog</name>
    <message>
        <location filename="../../src/ui/exchange/SendToPartnerDialog.cpp" line="+48"/>
        <source>Send to a partner centre — %1</source>
        <translation>Wyślij do ośrodka partnerskiego — %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+320"/>
        <source>Send to a partner centre</source>
        <translation>Wyślij do ośrodka partnerskiego</translation>
    </message>
    <message>
        <location line="-317"/>
        <source>Partner centre</source>
        <translation>Ośrodek partnerski</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Purpose</source>
        <translation>Cel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Referral: the family, the plan, the assessments and the visits ticked</source>
        <translation>Skierowanie: rodzina, plan, oceny i zaznaczone wizyty</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Plan: the current version of the family&apos;s work plan</source>
        <translation>Plan: bieżąca wersja planu pracy z rodziną</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Transfer: the whole case, every visit with its notes</source>
        <translation>Przekazanie: cała sprawa, wszystkie wizyty z notatkami</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Plan to send</source>
        <translation>Plan do wysłania</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The family&apos;s work plan</source>
        <translation>Plan pracy z rodziną</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partner &amp;centre:</source>
        <translation>Ośrodek &amp;partnerski:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P&amp;urpose:</source>
        <translation>&amp;Cel:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pl&amp;an:</source>
        <translation>P&amp;lan:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Legal basis named in the package</source>
        <translation>Podstawa prawna wskazana w przesyłce</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Legal &amp;basis:</source>
        <translation>Po&amp;dstawa prawna:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Visits and contacts that go with the referral:</source>
        <translation>Wi&amp;zyty i kontakty wysyłane ze skierowaniem:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Visits and contacts to send</source>
        <translation>Wizyty i kontakty do wysłania</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send (date)</source>
        <translation>Wyślij (data)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation>Rodzaj</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Present</source>
        <translation>Obecni</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Confidential notes too</source>
        <translation>Także poufne notatki</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>What will &amp;leave this centre:</source>
        <translation>Co &amp;opuści ośrodek:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What will leave this centre</source>
        <translation>Co opuści ośrodek</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>What is wrong</source>
        <translation>Co jest nie tak</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Send…</source>
        <translation>&amp;Wyślij…</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This centre has no partner centres yet: a manager adds them in Settings › Centre Identity and Partners….</source>
        <translation>Ten ośrodek nie ma jeszcze ośrodków partnerskich: dodaje je kierownik w oknie Ustawienia › Tożsamość ośrodka i partnerzy….</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Changed for this package only; the centre setting stays: %1</source>
        <translation>Zmieniona tylko dla tej przesyłki; ustawienie ośrodka pozostaje bez zmian: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The centre setting for this purpose (Settings › Centre Settings…); a change here is for this package only.</source>
        <translation>Ustawienie ośrodka dla tego celu (Ustawienia › Ustawienia ośrodka…); zmiana w tym miejscu dotyczy tylko tej przesyłki.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>no notes</source>
        <translation>brak notatek</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1&apos;s help plan</source>
        <translation>Plan pomocy dziecku: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>A transfer carries the whole case: every visit, with its notes.</source>
        <translation>Przekazanie obejmuje całą sprawę: wszystkie wizyty wraz z notatkami.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A plan package carries the plan only, no visits.</source>
        <translation>Przesyłka z planem zawiera tylko plan, bez wizyt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confidential notes go only for the visits ticked in the last column. With no visit ticked, the visits of the last twelve months go, without notes.</source>
        <translation>Poufne notatki są wysyłane tylko przy wizytach zaznaczonych w ostatniej kolumnie. Gdy nie zaznaczono żadnej wizyty, wysyłane są wizyty z ostatnich dwunastu miesięcy, bez notatek.</translation>
    </message>
    <message>
        <location line="+104"/>
        <source>To sign and encrypt %1 for %2.</source>
        <translation>Aby podpisać i zaszyfrować dokument „%1” dla: %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To sign and encrypt the plan of %1 for %2.</source>
        <translation>Aby podpisać i zaszyfrować plan (%1) dla: %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>To sign and encrypt the transfer of the case of %1 to %2.</source>
        <translation>Aby podpisać i zaszyfrować przekazanie sprawy (%1) do: %2.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>To sign and encrypt the referral of %1 for %2.</source>
        <translation>Aby podpisać i zaszyfrować skierowanie (%1) dla: %2.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>package-%1-%2.opieka</source>
        <translation>przesyłka-%1-%2.opieka</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save the package</source>
        <translation>Zapisz przesyłkę</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Packages (*.opieka)</source>
        <translation>Przesyłki (*.opieka)</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Nothing was sent.</source>
        <translation>Nic nie zostało wysłane.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The package was recorded as sent, but the file %1 could not be written: %2. Send the package again.</source>
        <translation>Przesyłka została zapisana jako wysłana, ale nie udało się zapisać pliku %1: %2. Wyślij przesyłkę ponownie.</translation>
    </message>
</context>
<context>
    <name>opieka::ui::ServerConnectionDialog</name>
    <message>
        <location filename="../../src/ui/shell/ServerConnectionDialog.cpp" line="+32"/>
        <source>Connect to Centre Server</source>
        <translation>Połączenie z serwerem ośrodka</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open the centre&apos;s shared database on its PostgreSQL server. The centre&apos;s administrator gives you these details; the password is kept only until Opieka closes.</source>
        <translation>Otwórz wspólną bazę danych ośrodka na jego serwerze PostgreSQL. Dane do połączenia podaje administrator ośrodka; hasło jest pamiętane tylko do zamknięcia programu Opieka.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Recent servers</source>
        <translation>Ostatnie serwery</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(another server)</source>
        <translation>(inny serwer)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Server</source>
        <translation>Serwer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. srv.osrodek.local</source>
        <translation>np. srv.osrodek.local</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Database</source>
        <translation>Baza danych</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Server account</source>
        <translation>Konto na serwerze</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Encryption</source>
        <translation>Szyfrowanie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Required: always encrypted (TLS)</source>
        <translation>Wymagane: zawsze szyfrowane (TLS)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verified: encrypted, and the server&apos;s certificate checked</source>
        <translation>Weryfikowane: szyfrowane, ze sprawdzeniem certyfikatu serwera</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Preferred: encrypted when the server offers it</source>
        <translation>Preferowane: szyfrowane, gdy serwer to umożliwia</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Password of the server account</source>
        <translation>Hasło konta na serwerze</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Left empty, the password comes from OPIEKA_DB_PASSWORD or ~/.pgpass.</source>
        <translation>Gdy pole jest puste, hasło jest brane z OPIEKA_DB_PASSWORD lub ~/.pgpass.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Recent:</source>
        <translation>&amp;Ostatnie:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Server:</source>
        <translation>&amp;Serwer:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P&amp;ort:</source>
        <translation>Po&amp;rt:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Database:</source>
        <translation>&amp;Baza danych:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Server &amp;account:</source>
        <translation>&amp;Konto na serwerze:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Encryption:</source>
        <translation>S&amp;zyfrowanie:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Password:</source>
        <translation>&amp;Hasło:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Connection message</source>
        <translation>Komunikat połączenia</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Connect</source>
        <translation>&amp;Połącz</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Give the server&apos;s name or address.</source>
        <translation>Podaj nazwę lub adres serwera.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server&apos;s name cannot hold spaces or the characters / @ ? # \.</source>
        <translation>Nazwa serwera nie może zawierać spacji ani znaków / @ ? # \.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Give the name of the centre&apos;s database on the server.</source>
        <translation>Podaj nazwę bazy danych ośrodka na serwerze.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The database&apos;s name cannot hold the character /.</source>
        <translation>Nazwa bazy danych nie może zawierać znaku /.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Give the server account to connect as.</source>
        <translation>Podaj konto na serwerze, przez które ma nastąpić połączenie.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>These details do not make a server address; check the server&apos;s name.</source>
        <translation>Z tych danych nie da się utworzyć adresu serwera; sprawdź nazwę serwera.</translation>
    </message>
</context>
<context>
    <name>opieka::ui::SignInDialog</name>
    <message>
        <location filename="../../src/ui/shell/SignInDialog.cpp" line="+20"/>
        <source>Sign in to Opieka</source>
        <translation>Logowanie do Opieki</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The case files are protected: sign in with your account.</source>
        <translation>Kartoteki są chronione: zaloguj się na swoje konto.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Login</source>
        <translation>Login</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Password</source>
        <translation>Hasło</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Login:</source>
        <translation>&amp;Login:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Password:</source>
        <translation>&amp;Hasło:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Remember my login on this computer</source>
        <translation>Za&amp;pamiętaj mój login na tym komputerze</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sign-in message</source>
        <translation>Komunikat logowania</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sign &amp;in</source>
        <translation>&amp;Zaloguj</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Opieka is locked</source>
        <translation>Opieka jest zablokowana</translation>
    </message>
</context>
<context>
    <name>opieka::ui::SocialWorkerDeskModel</name>
    <message>
        <location filename="../../src/ui/desks/SocialWorkerDeskModel.cpp" line="+19"/>
        <source>none yet</source>
        <translation>jeszcze brak</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 (overdue)</source>
        <translation>%1 (zaległe)</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>Family</source>
        <translation>Rodzina</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Case number</source>
        <translation>Sygnatura</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Category</source>
        <translation>Kategoria</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last contact</source>
        <translation>Ostatni kontakt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Days since</source>
        <translation>Dni od kontaktu</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Next step</source>
        <translation>Następny krok</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due</source>
        <translation>Termin</translation>
    </message>
</context>
<context>
    <name>opieka::ui::SocialWorkerDeskTab</name>
    <message>
        <location filename="../../src/ui/desks/SocialWorkerDeskTab.cpp" line="+44"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>There are no social workers or family assistants in this database.</source>
        <translation>W tej bazie danych nie ma pracowników socjalnych ani asystentów rodziny.</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>%n open families.</source>
        <translation>
            <numerusform>%n otwarta rodzina.</numerusform>
            <numerusform>%n otwarte rodziny.</numerusform>
            <numerusform>%n otwartych rodzin.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%1 %n with an overdue step, shown first.</source>
        <translation>
            <numerusform>%1 %n z zaległym krokiem, na górze.</numerusform>
            <numerusform>%1 %n z zaległym krokiem, na górze.</numerusform>
            <numerusform>%1 %n z zaległym krokiem, na górze.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>opieka::ui::StatisticsPage</name>
    <message>
        <location filename="../../src/ui/reports/StatisticsPage.cpp" line="+32"/>
        <location line="+40"/>
        <source>Figure</source>
        <translation>Wskaźnik</translation>
    </message>
    <message>
        <location line="-40"/>
        <source>Value</source>
        <translation>Wartość</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>A year earlier</source>
        <translation>Rok wcześniej</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+42"/>
        <source>Change</source>
        <translation>Zmiana</translation>
    </message>
    <message>
        <location line="-43"/>
        <source>Statistics with the year before</source>
        <translation>Statystyka z porównaniem do roku poprzedniego</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Counts only: the report holds no names and no PESEL numbers.</source>
        <translation>Tylko liczby: zestawienie nie zawiera nazwisk ani numerów PESEL.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>As of %1</source>
        <translation>Na dzień %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A year earlier (%1)</source>
        <translation>Rok wcześniej (%1)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>statistics-report</source>
        <translation>zestawienie-statystyczne</translation>
    </message>
</context>
<context>
    <name>opieka::ui::SyncDialog</name>
    <message>
        <location filename="../../src/ui/field/SyncDialog.cpp" line="+48"/>
        <source>Sync with the Centre</source>
        <translation>Synchronizacja z ośrodkiem</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sync with the centre</source>
        <translation>Synchronizacja z ośrodkiem</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Syncing sends the changes made in this copy to the centre&apos;s database and brings back what changed there. Nothing is overwritten silently: a field changed on both sides is shown below for you to decide. You sign in at the centre as %1.</source>
        <translation>Synchronizacja wysyła zmiany wprowadzone w tej kopii do bazy ośrodka i przynosi to, co zmieniło się tam. Nic nie jest nadpisywane po cichu: pole zmienione po obu stronach pojawi się poniżej do Twojej decyzji. W ośrodku logujesz się jako %1.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Centre&apos;s database</source>
        <translation>Baza ośrodka</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The centre&apos;s database file, or its server&apos;s postgresql:// address</source>
        <translation>Plik bazy ośrodka albo adres postgresql:// jego serwera</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose &amp;File…</source>
        <translation>Wybierz &amp;plik…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the centre&apos;s database file</source>
        <translation>Wybierz plik bazy ośrodka</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Centre&apos;s database:</source>
        <translation>&amp;Baza ośrodka:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your password at the centre</source>
        <translation>Twoje hasło w ośrodku</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your &amp;password at the centre:</source>
        <translation>Twoje &amp;hasło w ośrodku:</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+5"/>
        <source>Changes not synced yet</source>
        <translation>Zmiany jeszcze niezsynchronizowane</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Progress of the sync</source>
        <translation>Postęp synchronizacji</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Result of the sync</source>
        <translation>Wynik synchronizacji</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Changed on both sides</source>
        <translation>Zmienione po obu stronach</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>These fields were changed both here and at the centre, to different values. Choose for each which value stays; the next sync carries it out.</source>
        <translation>Te pola zmieniono zarówno tutaj, jak i w ośrodku, na różne wartości. Wybierz dla każdego, która wartość zostaje; następna synchronizacja to wykona.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fields changed on both sides</source>
        <translation>Pola zmienione po obu stronach</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Keep the Centre&apos;s</source>
        <translation>Zostaw wartość &amp;ośrodka</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep the centre&apos;s value</source>
        <translation>Zostaw wartość ośrodka</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep &amp;Mine</source>
        <translation>Zostaw &amp;moją</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep this copy&apos;s value</source>
        <translation>Zostaw wartość z tej kopii</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Enter Another Value…</source>
        <translation>&amp;Wpisz inną wartość…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter another value</source>
        <translation>Wpisz inną wartość</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>What is wrong</source>
        <translation>Co jest nie tak</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+60"/>
        <source>&amp;Sync</source>
        <translation>&amp;Synchronizuj</translation>
    </message>
    <message>
        <location line="-58"/>
        <location line="+59"/>
        <source>Sync</source>
        <translation>Synchronizuj</translation>
    </message>
    <message>
        <location line="-55"/>
        <source>Close</source>
        <translation>Zamknij</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Nothing was changed in this copy since the last sync.</source>
        <translation>Od ostatniej synchronizacji w tej kopii nic nie zmieniono.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>To go to the centre: %n change(s) made in this copy.</source>
        <translation>
            <numerusform>Do wysłania do ośrodka: %n zmiana wprowadzona w tej kopii.</numerusform>
            <numerusform>Do wysłania do ośrodka: %n zmiany wprowadzone w tej kopii.</numerusform>
            <numerusform>Do wysłania do ośrodka: %n zmian wprowadzonych w tej kopii.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Sync &amp;Again</source>
        <translation>Synchronizuj &amp;ponownie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sync again</source>
        <translation>Synchronizuj ponownie</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The Centre&apos;s Database</source>
        <translation>Baza ośrodka</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Opieka databases (*.sqlite);;All files (*)</source>
        <translation>Bazy danych Opieki (*.sqlite);;Wszystkie pliki (*)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Say where the centre&apos;s database is.</source>
        <translation>Podaj, gdzie jest baza ośrodka.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>There is no database at %1.</source>
        <translation>Pod %1 nie ma bazy danych.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Type your password at the centre.</source>
        <translation>Wpisz swoje hasło w ośrodku.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Syncing with the centre…</source>
        <translation>Synchronizacja z ośrodkiem…</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Your choice for %1 is kept; the next sync carries it out.</source>
        <translation>Zapisano Twój wybór dla: %1; następna synchronizacja go wykona.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Another Value</source>
        <translation>Inna wartość</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The value of %1 on both sides:</source>
        <translation>Wartość pola %1 po obu stronach:</translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>Added at the centre: %n record(s) made in this copy.</source>
        <translation>
            <numerusform>Dodano w ośrodku: %n rekord utworzony w tej kopii.</numerusform>
            <numerusform>Dodano w ośrodku: %n rekordy utworzone w tej kopii.</numerusform>
            <numerusform>Dodano w ośrodku: %n rekordów utworzonych w tej kopii.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Sent to the centre: %n changed field(s).</source>
        <translation>
            <numerusform>Wysłano do ośrodka: %n zmienione pole.</numerusform>
            <numerusform>Wysłano do ośrodka: %n zmienione pola.</numerusform>
            <numerusform>Wysłano do ośrodka: %n zmienionych pól.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Deleted at the centre too: %n record(s) deleted in this copy.</source>
        <translation>
            <numerusform>Usunięto także w ośrodku: %n rekord usunięty w tej kopii.</numerusform>
            <numerusform>Usunięto także w ośrodku: %n rekordy usunięte w tej kopii.</numerusform>
            <numerusform>Usunięto także w ośrodku: %n rekordów usuniętych w tej kopii.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Already at the centre: %n change(s).</source>
        <translation>
            <numerusform>Było już w ośrodku: %n zmiana.</numerusform>
            <numerusform>Było już w ośrodku: %n zmiany.</numerusform>
            <numerusform>Było już w ośrodku: %n zmian.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Carried out: %n decision(s) on fields changed on both sides.</source>
        <translation>
            <numerusform>Wykonano: %n decyzję w sprawie pól zmienionych po obu stronach.</numerusform>
            <numerusform>Wykonano: %n decyzje w sprawie pól zmienionych po obu stronach.</numerusform>
            <numerusform>Wykonano: %n decyzji w sprawie pól zmienionych po obu stronach.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Brought up to date from the centre: %n record(s) of this copy.</source>
        <translation>
            <numerusform>Zaktualizowano z ośrodka: %n rekord tej kopii.</numerusform>
            <numerusform>Zaktualizowano z ośrodka: %n rekordy tej kopii.</numerusform>
            <numerusform>Zaktualizowano z ośrodka: %n rekordów tej kopii.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing needed to go either way: the copy and the centre agree.</source>
        <translation>Nic nie trzeba było przenosić w żadną stronę: kopia i ośrodek są zgodne.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Changed both here and at the centre: %n field(s). Choose below which value stays, then sync again.</source>
        <translation>
            <numerusform>Zmienione zarówno tutaj, jak i w ośrodku: %n pole. Wybierz poniżej, która wartość zostaje, i zsynchronizuj ponownie.</numerusform>
            <numerusform>Zmienione zarówno tutaj, jak i w ośrodku: %n pola. Wybierz poniżej, która wartość zostaje, i zsynchronizuj ponownie.</numerusform>
            <numerusform>Zmienione zarówno tutaj, jak i w ośrodku: %n pól. Wybierz poniżej, która wartość zostaje, i zsynchronizuj ponownie.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No field is left to decide.</source>
        <translation>Nie zostało żadne pole do rozstrzygnięcia.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: made in this copy (%2)</source>
        <translation>%1: utworzone w tej kopii (%2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: deleted in this copy (%2)</source>
        <translation>%1: usunięte w tej kopii (%2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: %2 → %3 (%4)</source>
        <translation>%1: %2 → %3 (%4)</translation>
    </message>
</context>
<context>
    <name>opieka::ui::TakeIntoFieldDialog</name>
    <message>
        <location filename="../../src/ui/field/TakeIntoFieldDialog.cpp" line="+30"/>
        <source>Take Cases into the Field</source>
        <translation>Zabierz sprawy w teren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take cases into the field</source>
        <translation>Zabierz sprawy w teren</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A field copy holds the cases of one worker, to work on them without a connection and sync them back later. The copy leaves the building: it is encrypted with the passphrase you choose here. Keep the passphrase safe. It cannot be recovered: without it nobody, not even the centre, can open the copy.</source>
        <translation>Kopia terenowa zawiera sprawy jednego pracownika, aby pracować nad nimi bez połączenia i później je zsynchronizować. Kopia opuszcza budynek: jest zaszyfrowana hasłem, które tu wybierasz. Przechowuj to hasło bezpiecznie. Nie da się go odzyskać: bez niego nikt, nawet ośrodek, nie otworzy kopii.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Worker</source>
        <translation>Pracownik</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Worker no. %1</source>
        <translation>Pracownik nr %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Worker:</source>
        <translation>&amp;Pracownik:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>File of the field copy</source>
        <translation>Plik kopii terenowej</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>C&amp;hoose…</source>
        <translation>W&amp;ybierz…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the file of the field copy</source>
        <translation>Wybierz plik kopii terenowej</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;File:</source>
        <translation>P&amp;lik:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Field-copy passphrase</source>
        <translation>Hasło kopii terenowej</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Hasło:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Field-copy passphrase again</source>
        <translation>Hasło kopii terenowej ponownie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Passphrase &amp;again:</source>
        <translation>Hasło p&amp;onownie:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>At least %1 characters. It is not your account&apos;s password.</source>
        <translation>Co najmniej %1 znaków. To nie jest hasło Twojego konta.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Progress of the field copy</source>
        <translation>Postęp tworzenia kopii terenowej</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>What is wrong</source>
        <translation>Co jest nie tak</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Take the Cases</source>
        <translation>&amp;Zabierz sprawy</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The field copy holds %1, %2, %3 and %4.</source>
        <translation>Kopia terenowa zawiera: %1, %2, %3 oraz %4.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n family(ies)</source>
        <translation>
            <numerusform>%n rodzinę</numerusform>
            <numerusform>%n rodziny</numerusform>
            <numerusform>%n rodzin</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n foster family(ies)</source>
        <translation>
            <numerusform>%n rodzinę zastępczą</numerusform>
            <numerusform>%n rodziny zastępcze</numerusform>
            <numerusform>%n rodzin zastępczych</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n family member(s)</source>
        <translation>
            <numerusform>%n członka rodziny</numerusform>
            <numerusform>%n członków rodziny</numerusform>
            <numerusform>%n członków rodziny</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n visit(s) and contact(s)</source>
        <translation>
            <numerusform>%n wizytę lub kontakt</numerusform>
            <numerusform>%n wizyty i kontakty</numerusform>
            <numerusform>%n wizyt i kontaktów</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It is saved in %1. Take it with you and open it in Opieka with its passphrase.</source>
        <translation>Zapisano ją w pliku %1. Zabierz go ze sobą i otwórz w programie Opieka, podając hasło kopii.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>File of the Field Copy</source>
        <translation>Plik kopii terenowej</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opieka field copies (*.opieka);;All files (*)</source>
        <translation>Kopie terenowe Opieki (*.opieka);;Wszystkie pliki (*)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>There is no worker whose cases could go: this account is not a worker&apos;s.</source>
        <translation>Nie ma pracownika, którego sprawy można zabrać: to konto nie należy do pracownika.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose the file of the field copy.</source>
        <translation>Wybierz plik kopii terenowej.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 exists already. A field copy never replaces a file: choose a new name.</source>
        <translation>%1 już istnieje. Kopia terenowa nigdy nie zastępuje pliku: wybierz nową nazwę.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The two passphrases differ.</source>
        <translation>Wpisane hasła się różnią.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The passphrase needs at least %1 characters.</source>
        <translation>Hasło musi mieć co najmniej %1 znaków.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Taking the cases into the field…</source>
        <translation>Tworzenie kopii terenowej…</translation>
    </message>
</context>
<context>
    <name>opieka::ui::TeamModel</name>
    <message>
        <location filename="../../src/ui/record/TeamModel.cpp" line="+21"/>
        <source>Working team, not counted in the caseload</source>
        <translation>Zespół roboczy, nie wlicza się do limitu spraw</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Name</source>
        <translation>Imię i nazwisko</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Role</source>
        <translation>Rola</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>From</source>
        <translation>Od</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Until</source>
        <translation>Do</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Note</source>
        <translation>Uwaga</translation>
    </message>
</context>
<context>
    <name>opieka::ui::TeamTab</name>
    <message numerus="yes">
        <location filename="../../src/ui/record/TeamTab.cpp" line="+55"/>
        <source>Team incomplete for the category “%1”, missing: %2.</source>
        <translation>
            <numerusform>Zespół niepełny dla kategorii „%1”, brakuje: %2.</numerusform>
            <numerusform>Zespół niepełny dla kategorii „%1”, brakuje: %2.</numerusform>
            <numerusform>Zespół niepełny dla kategorii „%1”, brakuje: %2.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The team has every role the category “%1” needs.</source>
        <translation>Zespół ma wszystkie role, których wymaga kategoria „%1”.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The case is closed.</source>
        <translation>Sprawa jest zamknięta.</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Cannot read the workers</source>
        <translation>Nie można odczytać pracowników</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Coordinator not added</source>
        <translation>Nie dodano koordynatora</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>End work with the family</source>
        <translation>Zakończ pracę z rodziną</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End the work of %1 with the family as of %2?</source>
        <translation>Zakończyć pracę osoby %1 z rodziną z dniem %2?</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Work not ended</source>
        <translation>Nie zakończono pracy</translation>
    </message>
</context>
<context>
    <name>opieka::ui::TrustActions</name>
    <message>
        <location filename="../../src/ui/trust/TrustActions.cpp" line="+27"/>
        <source>&amp;Back up…</source>
        <translation>&amp;Kopia zapasowa…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Restore from backup…</source>
        <translation>&amp;Przywróć z kopii zapasowej…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Daily backup…</source>
        <translation>&amp;Codzienna kopia zapasowa…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Audit trail…</source>
        <translation>&amp;Dziennik zmian…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Verify audit chain</source>
        <translation>&amp;Sprawdź łańcuch dziennika zmian</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Accounts…</source>
        <translation>&amp;Konta…</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Checking the database…</source>
        <translation>Sprawdzanie bazy danych…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Verify audit chain</source>
        <translation>Sprawdzenie łańcucha dziennika zmian</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The database and its audit trail are intact.</source>
        <translation>Baza danych i jej dziennik zmian są nienaruszone.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The check found a problem.</source>
        <translation>Sprawdzenie wykryło problem.</translation>
    </message>
</context>
<context>
    <name>opieka::ui::UtilisationBar</name>
    <message>
        <location filename="../../src/ui/desks/UtilisationBar.cpp" line="+30"/>
        <source>%1 % of the limit</source>
        <translation>%1 % limitu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no limit</source>
        <translation>bez limitu</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>limit: 100 %</source>
        <translation>limit: 100 %</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>limit</source>
        <translation>limit</translation>
    </message>
</context>
<context>
    <name>opieka::ui::UtilisationChart</name>
    <message>
        <location filename="../../src/ui/reports/UtilisationChart.cpp" line="+50"/>
        <source>Utilisation per worker against the limit</source>
        <translation>Wykorzystanie limitu przez pracowników</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Utilisation chart</source>
        <translation>Wykres wykorzystania limitu</translation>
    </message>
    <message numerus="yes">
        <location line="+37"/>
        <source>%n worker(s) without a limit in force are not shown.</source>
        <translation>
            <numerusform>%n pracownik bez obowiązującego limitu nie jest pokazany.</numerusform>
            <numerusform>%n pracowników bez obowiązującego limitu nie jest pokazanych.</numerusform>
            <numerusform>%n pracowników bez obowiązującego limitu nie jest pokazanych.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Below the limit</source>
        <translation>Poniżej limitu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Near the limit</source>
        <translation>Blisko limitu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At the limit</source>
        <translation>Limit osiągnięty</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Over the limit</source>
        <translation>Ponad limit</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Utilisation of the limit</source>
        <translation>Wykorzystanie limitu</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Limit (100 %)</source>
        <translation>Limit (100 %)</translation>
    </message>
</context>
<context>
    <name>opieka::ui::WorkPlanTab</name>
    <message>
        <location filename="../../src/ui/workplan/WorkPlanTab.cpp" line="+81"/>
        <source>Goal / action</source>
        <translation>Cel / działanie</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+17"/>
        <source>Responsible</source>
        <translation>Odpowiedzialny</translation>
    </message>
    <message>
        <location line="-17"/>
        <location line="+17"/>
        <source>Deadline</source>
        <translation>Termin</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Expected effect</source>
        <translation>Oczekiwany efekt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Stan</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Progress notes</source>
        <translation>Notatki o postępach</translation>
    </message>
    <message>
        <location line="+210"/>
        <source>Goal %1: %2</source>
        <translation>Cel %1: %2</translation>
    </message>
    <message>
        <location line="-69"/>
        <location line="+89"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="-214"/>
        <source>Goal / task</source>
        <translation>Cel / zadanie</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+128"/>
        <source>Done</source>
        <translation>Wykonane</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>%1, in foster care since %2</source>
        <translation>%1, w pieczy zastępczej od %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No help plan recorded yet</source>
        <translation>Nie ma jeszcze planu pomocy dziecku</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Not done</source>
        <translation>Niewykonane</translation>
    </message>
    <message>
        <location line="+99"/>
        <source>%1 (overdue)</source>
        <translation>%1 (po terminie)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The family has no work plan yet. Start one, write its goals and actions with the family, then agree it.</source>
        <translation>Rodzina nie ma jeszcze planu pracy. Rozpocznij plan, wpisz razem z rodziną cele i działania, a następnie uzgodnij go.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Draft of version %1, started on %2: edit it, save it and agree it with the family.</source>
        <translation>Projekt wersji %1, rozpoczęty %2: edytuj go, zapisz i uzgodnij z rodziną.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Unsaved changes.</source>
        <translation>Niezapisane zmiany.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Agreed on %1 with the family&apos;s part, the social worker consulted.</source>
        <translation>Uzgodniony %1 z udziałem rodziny, po konsultacji z pracownikiem socjalnym.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Signed by the family on %1.</source>
        <translation>Podpisany przez rodzinę %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Replaced by version %1; kept for reading.</source>
        <translation>Zastąpiony wersją %1; zachowany do wglądu.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Version %1 is being drafted; this version stays in force until it is agreed.</source>
        <translation>Trwa opracowywanie projektu wersji %1; ta wersja obowiązuje do czasu jego uzgodnienia.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Closed on %1: a closed plan no longer changes and is kept for reading.</source>
        <translation>Zamknięty %1: zamkniętego planu nie można już zmieniać, pozostaje do wglądu.</translation>
    </message>
    <message>
        <location line="+118"/>
        <source>Plan not started</source>
        <translation>Nie rozpoczęto planu</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Remove goal</source>
        <translation>Usuń cel</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Remove goal %1 with its %n action(s) from the draft?</source>
        <translation>
            <numerusform>Usunąć z projektu cel %1 razem z %n działaniem?</numerusform>
            <numerusform>Usunąć z projektu cel %1 razem z %n działaniami?</numerusform>
            <numerusform>Usunąć z projektu cel %1 razem z %n działaniami?</numerusform>
        </translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Draft not saved</source>
        <translation>Nie zapisano projektu</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Progress not saved</source>
        <translation>Nie zapisano postępu</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>New version not made</source>
        <translation>Nie utworzono nowej wersji</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Close plan</source>
        <translation>Zamknij plan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close version %1 of the work plan as of %2? A closed plan no longer changes.</source>
        <translation>Zamknąć wersję %1 planu pracy z dniem %2? Zamkniętego planu nie można już zmieniać.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Plan not closed</source>
        <translation>Nie zamknięto planu</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The family has no work plan to print.</source>
        <translation>Rodzina nie ma planu pracy do wydrukowania.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The draft could not be saved.</source>
        <translation>Nie udało się zapisać projektu.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+13"/>
        <source>Work plan, version %1</source>
        <translation>Plan pracy z rodziną, wersja %1</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Cannot print the plan</source>
        <translation>Nie można wydrukować planu</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>work-plan-%1-v%2.pdf</source>
        <translation>plan-pracy-%1-w%2.pdf</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export work plan</source>
        <translation>Eksport planu pracy</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Plan not exported</source>
        <translation>Nie wyeksportowano planu</translation>
    </message>
</context>
<context>
    <name>opieka::ui::WorkerDialog</name>
    <message>
        <location filename="../../src/ui/workers/WorkerDialog.cpp" line="+23"/>
        <source>Change worker</source>
        <translation>Zmień dane pracownika</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New worker</source>
        <translation>Nowy pracownik</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>What is wrong</source>
        <translation>Co jest nie tak</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Save</source>
        <translation>Zapisz</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add worker</source>
        <translation>Dodaj pracownika</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Over the limit</source>
        <translation>Ponad limit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the change anyway? Then hand the cases beyond the limit over to other workers.</source>
        <translation>Zapisać zmianę mimo to? Potem przekaż sprawy ponad limit innym pracownikom.</translation>
    </message>
</context>
<context>
    <name>opieka::ui::WorkerFields</name>
    <message>
        <location filename="../../src/ui/workers/WorkerFields.cpp" line="+21"/>
        <source>First name</source>
        <translation>Imię</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Surname</source>
        <translation>Nazwisko</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role</source>
        <translation>Rola</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unit</source>
        <translation>Dział</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>FTE</source>
        <translation>Etat</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;First name:</source>
        <translation>&amp;Imię:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Surname:</source>
        <translation>&amp;Nazwisko:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Role:</source>
        <translation>&amp;Rola:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Unit:</source>
        <translation>&amp;Dział:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>F&amp;TE (etat):</source>
        <translation>&amp;Etat:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The unit (dział, zespół) may stay empty. The FTE is the part of a full-time post: 1 for full time, 0.5 for half; a social worker&apos;s limit of families shrinks with it.</source>
        <translation>Dział (zespół) może zostać pusty. Etat to część pełnego etatu: 1 to pełny etat, 0,5 to pół; limit rodzin pracownika socjalnego maleje razem z nim.</translation>
    </message>
</context>
<context>
    <name>opieka::ui::WorkerLeaveDialog</name>
    <message>
        <location filename="../../src/ui/workers/WorkerLeaveDialog.cpp" line="+24"/>
        <source>%1: %2 to %3</source>
        <translation>%1: od %2 do %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: from %2 until further notice</source>
        <translation>%1: od %2 do odwołania</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Leave of %1</source>
        <translation>Nieobecności: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Periods of leave:</source>
        <translation>&amp;Okresy nieobecności:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Periods of leave</source>
        <translation>Okresy nieobecności</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;End selected leave…</source>
        <translation>&amp;Zakończ zaznaczoną nieobecność…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Kind of leave</source>
        <translation>Rodzaj nieobecności</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Rodzaj:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>First day of leave</source>
        <translation>Pierwszy dzień nieobecności</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;First day:</source>
        <translation>&amp;Pierwszy dzień:</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+80"/>
        <source>Last day of leave</source>
        <translation>Ostatni dzień nieobecności</translation>
    </message>
    <message>
        <location line="-79"/>
        <source>&amp;Last day:</source>
        <translation>Ostatni &amp;dzień:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Until further notice</source>
        <translation>Do od&amp;wołania</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Record leave</source>
        <translation>Zapi&amp;sz nieobecność</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What is wrong</source>
        <translation>Co jest nie tak</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Close</source>
        <translation>Zamknij</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>No leave recorded.</source>
        <translation>Brak zapisanych nieobecności.</translation>
    </message>
    <message>
        <location line="+30"/>
        <location line="+14"/>
        <source>End leave</source>
        <translation>Zakończ nieobecność</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>%1 is back at work after the day below.</source>
        <translation>%1 wraca do pracy po dniu podanym niżej.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Last day of leave:</source>
        <translation>&amp;Ostatni dzień nieobecności:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
</context>
<context>
    <name>opieka::ui::WorkersModel</name>
    <message>
        <location filename="../../src/ui/workers/WorkersModel.cpp" line="+53"/>
        <source>worked until %1</source>
        <translation>pracował(a) do %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>from %1</source>
        <translation>od %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>until %1</source>
        <translation>do %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>employed</source>
        <translation>zatrudniony</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 until %2</source>
        <translation>%1 do %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 until further notice</source>
        <translation>%1 do odwołania</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 from %2 to %3</source>
        <translation>%1 od %2 do %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 from %2 until further notice</source>
        <translation>%1 od %2 do odwołania</translation>
    </message>
    <message>
        <location line="-40"/>
        <source>no account</source>
        <translation>bez konta</translation>
    </message>
    <message>
        <location line="-18"/>
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
        <source>Unit</source>
        <translation>Dział</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>FTE</source>
        <translation>Etat</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Employment</source>
        <translation>Zatrudnienie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Leave</source>
        <translation>Nieobecność</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
</context>
<context>
    <name>opieka::ui::WorkersTab</name>
    <message>
        <location filename="../../src/ui/workers/WorkersTab.cpp" line="+44"/>
        <source>&amp;Workers and Accounts…</source>
        <translation>&amp;Pracownicy i konta…</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Workers</source>
        <translation>Pracownicy</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Workers and accounts</source>
        <translation>Pracownicy i konta</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The centre&apos;s workers and the accounts they sign in with. Add every person who carries cases, and the managers; then each gets an account acting as them, with the worker&apos;s role. A worker who leaves keeps their history: end their employment once their families are handed over.</source>
        <translation>Pracownicy ośrodka i konta, którymi się logują. Dodaj każdą osobę prowadzącą sprawy oraz kierowników; potem każdy dostaje konto działające w jego imieniu, z rolą pracownika. Pracownik, który odchodzi, zachowuje swoją historię: zakończ jego zatrudnienie, gdy jego rodziny zostaną przekazane.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Add worker…</source>
        <translation>&amp;Dodaj pracownika…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Change worker…</source>
        <translation>&amp;Zmień pracownika…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;End employment…</source>
        <translation>Zakończ &amp;zatrudnienie…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lea&amp;ve…</source>
        <translation>&amp;Nieobecność…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Create acc&amp;ount…</source>
        <translation>&amp;Utwórz konto…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Link account…</source>
        <translation>&amp;Powiąż konto…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Unlink account…</source>
        <translation>Odłą&amp;cz konto…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Accounts are given and linked to workers by an administrator.</source>
        <translation>Konta daje i wiąże z pracownikami administrator.</translation>
    </message>
    <message>
        <location line="+29"/>
        <location line="+2"/>
        <source>&amp;Workers and accounts</source>
        <translation>&amp;Pracownicy i konta</translation>
    </message>
    <message>
        <location line="+21"/>
        <location line="+6"/>
        <source>Cannot read the workers</source>
        <translation>Nie można odczytać pracowników</translation>
    </message>
    <message>
        <location line="+74"/>
        <location line="+22"/>
        <source>End employment</source>
        <translation>Zakończ zatrudnienie</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>%1 stops working at the centre after the day below: no case can be assigned to them from the next day, and their history stays. Their families must be handed over first. An account acting as them can sign in until an administrator disables it.</source>
        <translation>%1 kończy pracę w ośrodku w dniu podanym niżej: od następnego dnia nie można mu przydzielić żadnej sprawy, a jego historia zostaje. Najpierw trzeba przekazać jego rodziny. Konto działające w jego imieniu może się logować, dopóki administrator go nie wyłączy.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Last day at work</source>
        <translation>Ostatni dzień pracy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Last day at work:</source>
        <translation>&amp;Ostatni dzień pracy:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What is wrong</source>
        <translation>Co jest nie tak</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Cannot read the accounts</source>
        <translation>Nie można odczytać kont</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Link account</source>
        <translation>Powiąż konto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No account with the role of a %1 acts as no worker yet. Create an account for %2 instead.</source>
        <translation>Nie ma jeszcze wolnego konta z rolą: %1. Utwórz zamiast tego konto dla: %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Which account does %1 sign in with? Only accounts with the worker&apos;s role (%2) that act as nobody yet are offered.</source>
        <translation>Którym kontem loguje się %1? Proponowane są tylko konta z rolą pracownika (%2), które jeszcze nie działają w niczyim imieniu.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Link</source>
        <translation>Powiąż</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot link the account</source>
        <translation>Nie można powiązać konta</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Unlink account</source>
        <translation>Odłącz konto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unlink the account &apos;%1&apos; from %2? It then reaches none of the worker&apos;s cases until it is linked again.</source>
        <translation>Odłączyć konto &apos;%1&apos; od: %2? Do czasu ponownego powiązania nie sięga żadnej sprawy pracownika.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot unlink the account</source>
        <translation>Nie można odłączyć konta</translation>
    </message>
</context>
</TS>
