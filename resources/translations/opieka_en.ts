<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AccountService</name>
    <message numerus="yes">
        <location filename="../../src/app/trust/SignInService.cpp" line="+20"/>
        <source>Too many failed sign-ins for &apos;%1&apos;: try again in %n second(s).</source>
        <translation>
            <numerusform>Too many failed sign-ins for &apos;%1&apos;: try again in %n second.</numerusform>
            <numerusform>Too many failed sign-ins for &apos;%1&apos;: try again in %n seconds.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+114"/>
        <source>The account waits %n second(s) before the next try.</source>
        <translation>
            <numerusform>The account waits %n second before the next try.</numerusform>
            <numerusform>The account waits %n seconds before the next try.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CaseloadEngine</name>
    <message numerus="yes">
        <location filename="../../src/domain/CaseloadEngine.cpp" line="+191"/>
        <source>%n foster family(ies)</source>
        <translation>
            <numerusform>%n foster family</numerusform>
            <numerusform>%n foster families</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n family(ies)</source>
        <translation>
            <numerusform>%n family</numerusform>
            <numerusform>%n families</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChronologyService</name>
    <message numerus="yes">
        <location filename="../../src/app/record/ChronologyService.cpp" line="+154"/>
        <source>%n goal(s)</source>
        <translation>
            <numerusform>%n goal</numerusform>
            <numerusform>%n goals</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message numerus="yes">
        <location filename="../../src/cli/DataCommands.cpp" line="+159"/>
        <source>Imported %n row(s) of %1 from %2.</source>
        <translation>
            <numerusform>Imported %n row of %1 from %2.</numerusform>
            <numerusform>Imported %n rows of %1 from %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n worker(s) over their limits on %1.</source>
        <translation>
            <numerusform>%n worker over the limit on %1.</numerusform>
            <numerusform>%n workers over their limits on %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%n likely duplicate(s) of records already in the register, imported all the same (--strict refuses them):</source>
        <translation>
            <numerusform>%n likely duplicate of a record already in the register, imported all the same (--strict refuses it):</numerusform>
            <numerusform>%n likely duplicates of records already in the register, imported all the same (--strict refuses them):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+35"/>
        <source>Exported %n row(s) of %1 to %2.</source>
        <translation>
            <numerusform>Exported %n row of %1 to %2.</numerusform>
            <numerusform>Exported %n rows of %1 to %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/cli/EraseCommands.cpp" line="+19"/>
        <source>Member %1 erased; %n audit record(s) about them keep only who, when and what kind of change.</source>
        <translation>
            <numerusform>Member %1 erased; %n audit record about them keeps only who, when and what kind of change.</numerusform>
            <numerusform>Member %1 erased; %n audit records about them keep only who, when and what kind of change.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/cli/MigrateCommands.cpp" line="+28"/>
        <source>Moved %n row(s) in %1 tables (schema %2) in %3 s; every table holds the same rows on the server as in the file.</source>
        <translation>
            <numerusform>Moved %n row in %1 tables (schema %2) in %3 s; every table holds the same rows on the server as in the file.</numerusform>
            <numerusform>Moved %n rows in %1 tables (schema %2) in %3 s; every table holds the same rows on the server as in the file.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Audit trail: %n record(s), the chain verifies on the server.</source>
        <translation>
            <numerusform>Audit trail: %n record, the chain verifies on the server.</numerusform>
            <numerusform>Audit trail: %n records, the chain verifies on the server.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/cli/FieldCommands.cpp" line="+241"/>
        <source>%n change(s) pending:</source>
        <translation>
            <numerusform>%n change pending:</numerusform>
            <numerusform>%n changes pending:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n conflict(s) to resolve (field resolve):</source>
        <translation>
            <numerusform>%n conflict to resolve (field resolve):</numerusform>
            <numerusform>%n conflicts to resolve (field resolve):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+58"/>
        <source>%n conflict(s) left to resolve (field resolve, then sync again):</source>
        <translation>
            <numerusform>%n conflict left to resolve (field resolve, then sync again):</numerusform>
            <numerusform>%n conflicts left to resolve (field resolve, then sync again):</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExchangeService</name>
    <message numerus="yes">
        <location filename="../../src/app/exchange/ExchangeService.cpp" line="+475"/>
        <source>Help plan for %1, %n item(s)</source>
        <translation>
            <numerusform>Help plan for %1, %n item</numerusform>
            <numerusform>Help plan for %1, %n items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>Work plan version %1 of %2, %n goal(s)</source>
        <translation>
            <numerusform>Work plan version %1 of %2, %n goal</numerusform>
            <numerusform>Work plan version %1 of %2, %n goals</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+24"/>
        <source>Work plan version %1 (%2), %n goal(s)</source>
        <translation>
            <numerusform>Work plan version %1 (%2), %n goal</numerusform>
            <numerusform>Work plan version %1 (%2), %n goals</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>, with %n earlier version(s)</source>
        <translation>
            <numerusform>, with %n earlier version</numerusform>
            <numerusform>, with %n earlier versions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+73"/>
        <source>Transfer: family no. %1, %n member(s)</source>
        <translation>
            <numerusform>Transfer: family no. %1, %n member</numerusform>
            <numerusform>Transfer: family no. %1, %n members</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Referral: family no. %1, %n member(s)</source>
        <translation>
            <numerusform>Referral: family no. %1, %n member</numerusform>
            <numerusform>Referral: family no. %1, %n members</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+29"/>
        <source>%n document(s):</source>
        <translation>
            <numerusform>%n document:</numerusform>
            <numerusform>%n documents:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+275"/>
        <source>Referral: the partner&apos;s family no. %1, %n member(s)</source>
        <translation>
            <numerusform>Referral: the partner&apos;s family no. %1, %n member</numerusform>
            <numerusform>Referral: the partner&apos;s family no. %1, %n members</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Transfer: the partner&apos;s family no. %1, %n member(s)</source>
        <translation>
            <numerusform>Transfer: the partner&apos;s family no. %1, %n member</numerusform>
            <numerusform>Transfer: the partner&apos;s family no. %1, %n members</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-306"/>
        <location line="+303"/>
        <location line="+5"/>
        <source>, %n visit(s)</source>
        <translation>
            <numerusform>, %n visit</numerusform>
            <numerusform>, %n visits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-305"/>
        <location line="+307"/>
        <source>, %n document(s)</source>
        <translation>
            <numerusform>, %n document</numerusform>
            <numerusform>, %n documents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-298"/>
        <source>%n member(s):</source>
        <translation>
            <numerusform>%n member:</numerusform>
            <numerusform>%n members:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n visit(s), of them with notes: %1</source>
        <translation>
            <numerusform>%n visit, of them with notes: %1</numerusform>
            <numerusform>%n visits, of them with notes: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FieldCheckout</name>
    <message numerus="yes">
        <location filename="../../src/app/field/FieldCheckout.cpp" line="+234"/>
        <source>The field copy&apos;s passphrase must have at least %n character(s).</source>
        <translation>
            <numerusform>The field copy&apos;s passphrase must have at least %n character.</numerusform>
            <numerusform>The field copy&apos;s passphrase must have at least %n characters.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FieldScreenshots</name>
    <message numerus="yes">
        <location filename="../../tools/screenshots/FieldScreenshots.cpp" line="+275"/>
        <source>The sync left %n field(s) to decide, not two.</source>
        <translation>
            <numerusform>The sync left %n field to decide, not two.</numerusform>
            <numerusform>The sync left %n fields to decide, not two.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportService</name>
    <message numerus="yes">
        <location filename="../../src/app/exchange/ImportService.cpp" line="+692"/>
        <source>Nothing was imported: %n row(s) need correcting.</source>
        <translation>
            <numerusform>Nothing was imported: %n row needs correcting.</numerusform>
            <numerusform>Nothing was imported: %n rows need correcting.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+47"/>
        <source>%n likely duplicate(s) of records already in the register; with --strict nothing was imported.</source>
        <translation>
            <numerusform>%n likely duplicate of a record already in the register; with --strict nothing was imported.</numerusform>
            <numerusform>%n likely duplicates of records already in the register; with --strict nothing was imported.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>%n worker(s) would be over their limits on %1; with --strict nothing was imported.</source>
        <translation>
            <numerusform>%n worker would be over the limit on %1; with --strict nothing was imported.</numerusform>
            <numerusform>%n workers would be over their limits on %1; with --strict nothing was imported.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlacementService</name>
    <message numerus="yes">
        <location filename="../../src/app/fostercare/PlacementService.cpp" line="+127"/>
        <source>%n of them stay(s) on after 18, and count (art. 53, art. 61).</source>
        <translation>
            <numerusform>%n of them stays on after 18, and counts (art. 53, art. 61).</numerusform>
            <numerusform>%n of them stay on after 18, and count (art. 53, art. 61).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SqlTransaction</name>
    <message numerus="yes">
        <location filename="../../src/storage/SqlTransaction.cpp" line="+25"/>
        <source>Another change is being saved and did not finish within %n second(s). Try again in a moment.</source>
        <translation>
            <numerusform>Another change is being saved and did not finish within %n second. Try again in a moment.</numerusform>
            <numerusform>Another change is being saved and did not finish within %n seconds. Try again in a moment.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VerifyService</name>
    <message numerus="yes">
        <location filename="../../src/app/trust/VerifyService.cpp" line="+70"/>
        <source>Audit trail: %n record(s), the chain is intact.</source>
        <translation>
            <numerusform>Audit trail: %n record, the chain is intact.</numerusform>
            <numerusform>Audit trail: %n records, the chain is intact.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Audit trail: BROKEN at the record numbered %1 (%n record(s) in the trail): %2. A record was edited or deleted outside Opieka; restore a backup and compare.</source>
        <translation>
            <numerusform>Audit trail: BROKEN at the record numbered %1 (%n record in the trail): %2. A record was edited or deleted outside Opieka; restore a backup and compare.</numerusform>
            <numerusform>Audit trail: BROKEN at the record numbered %1 (%n records in the trail): %2. A record was edited or deleted outside Opieka; restore a backup and compare.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+28"/>
        <source>Audit trail: BROKEN: %n audit record(s) are missing after record %1 (the chain&apos;s head counts %2): the last records were deleted outside Opieka; restore a backup and compare.</source>
        <translation>
            <numerusform>Audit trail: BROKEN: %n audit record is missing after record %1 (the chain&apos;s head counts %2): the last records were deleted outside Opieka; restore a backup and compare.</numerusform>
            <numerusform>Audit trail: BROKEN: %n audit records are missing after record %1 (the chain&apos;s head counts %2): the last records were deleted outside Opieka; restore a backup and compare.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Audit trail: BROKEN: %n record(s) more than the chain&apos;s head counts (%1): records were added outside Opieka.</source>
        <translation>
            <numerusform>Audit trail: BROKEN: %n record more than the chain&apos;s head counts (%1): records were added outside Opieka.</numerusform>
            <numerusform>Audit trail: BROKEN: %n records more than the chain&apos;s head counts (%1): records were added outside Opieka.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WorkerService</name>
    <message numerus="yes">
        <location filename="../../src/app/workers/WorkerService.cpp" line="+181"/>
        <source>%1 still has %n case(s) assigned as a %2. Hand them over to another worker or release them (each family&apos;s record, Team tab) before changing the role.</source>
        <translation>
            <numerusform>%1 still has %n case assigned as a %2. Hand them over to another worker or release them (each family&apos;s record, Team tab) before changing the role.</numerusform>
            <numerusform>%1 still has %n cases assigned as a %2. Hand them over to another worker or release them (each family&apos;s record, Team tab) before changing the role.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+65"/>
        <source>%1 still has %n case(s) assigned on %2 or later. Hand them over to another worker or release them (each family&apos;s record, Team tab) first, so that no family is left without a worker.</source>
        <translation>
            <numerusform>%1 still has %n case assigned on %2 or later. Hand them over to another worker or release them (each family&apos;s record, Team tab) first, so that no family is left without a worker.</numerusform>
            <numerusform>%1 still has %n cases assigned on %2 or later. Hand them over to another worker or release them (each family&apos;s record, Team tab) first, so that no family is left without a worker.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>opieka::ui::AssessmentsTab</name>
    <message numerus="yes">
        <location filename="../../src/ui/record/AssessmentsTab.cpp" line="+112"/>
        <source>The first assessment is due %n month(s) after the family&apos;s first work plan is agreed; the family has no agreed plan yet.</source>
        <translation>
            <numerusform>The first assessment is due %n month after the family&apos;s first work plan is agreed; the family has no agreed plan yet.</numerusform>
            <numerusform>The first assessment is due %n months after the family&apos;s first work plan is agreed; the family has no agreed plan yet.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>opieka::ui::AssistantDeskTab</name>
    <message numerus="yes">
        <location filename="../../src/ui/desks/AssistantDeskTab.cpp" line="+69"/>
        <source>%1 of %n families</source>
        <translation>
            <numerusform>%1 of %n family</numerusform>
            <numerusform>%1 of %n families</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n families (no limit in force)</source>
        <translation>
            <numerusform>%n family (no limit in force)</numerusform>
            <numerusform>%n families (no limit in force)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>opieka::ui::AuditDialog</name>
    <message numerus="yes">
        <location filename="../../src/ui/trust/AuditDialog.cpp" line="+121"/>
        <source>%n record(s) of %1. This reading is recorded in the audit trail.</source>
        <translation>
            <numerusform>%n record of %1. This reading is recorded in the audit trail.</numerusform>
            <numerusform>%n records of %1. This reading is recorded in the audit trail.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>opieka::ui::BackupActions</name>
    <message numerus="yes">
        <location filename="../../src/ui/trust/BackupActions.cpp" line="+302"/>
        <source>Today&apos;s backup written to %1; %n older one(s) removed.</source>
        <translation>
            <numerusform>Today&apos;s backup written to %1; %n older one removed.</numerusform>
            <numerusform>Today&apos;s backup written to %1; %n older ones removed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>opieka::ui::CaseloadReportPage</name>
    <message numerus="yes">
        <location filename="../../src/ui/reports/CaseloadReportPage.cpp" line="+278"/>
        <source>%n worker(s): %1.</source>
        <translation>
            <numerusform>%n worker: %1.</numerusform>
            <numerusform>%n workers: %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>opieka::ui::CentreSetupWizard</name>
    <message numerus="yes">
        <location filename="../../src/ui/shell/CentreSetupWizard.cpp" line="+299"/>
        <source>%n worker(s) added now.</source>
        <translation>
            <numerusform>%n worker added now.</numerusform>
            <numerusform>%n workers added now.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n account(s) created now.</source>
        <translation>
            <numerusform>%n account created now.</numerusform>
            <numerusform>%n accounts created now.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>opieka::ui::CoordinatorDeskTab</name>
    <message numerus="yes">
        <location filename="../../src/ui/desks/CoordinatorDeskTab.cpp" line="+87"/>
        <source>%n foster families of the limit %1</source>
        <translation>
            <numerusform>%n foster family of the limit %1</numerusform>
            <numerusform>%n foster families of the limit %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n foster families, no limit in force.</source>
        <translation>
            <numerusform>%n foster family, no limit in force.</numerusform>
            <numerusform>%n foster families, no limit in force.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n overdue, shown first in red.</source>
        <translation>
            <numerusform>%n overdue, shown first in red.</numerusform>
            <numerusform>%n overdue, shown first in red.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>opieka::ui::DeadlinesPage</name>
    <message numerus="yes">
        <location filename="../../src/ui/reports/DeadlinesPage.cpp" line="+72"/>
        <source>%n item(s) overdue or due within 14 days</source>
        <translation>
            <numerusform>%n item overdue or due within 14 days</numerusform>
            <numerusform>%n items overdue or due within 14 days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n overdue or to do now.</source>
        <translation>
            <numerusform>%n overdue or to do now.</numerusform>
            <numerusform>%n overdue or to do now.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>opieka::ui::DuplicatesTab</name>
    <message numerus="yes">
        <location filename="../../src/ui/duplicates/DuplicatesTab.cpp" line="+274"/>
        <source>%n pair(s) of records scoring %1 or more, the highest first.</source>
        <translation>
            <numerusform>%n pair of records scoring %1 or more.</numerusform>
            <numerusform>%n pairs of records scoring %1 or more, the highest first.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>opieka::ui::ExchangeTab</name>
    <message numerus="yes">
        <location filename="../../src/ui/exchange/ExchangeTab.cpp" line="+240"/>
        <source>%n received package(s) to decide.</source>
        <translation>
            <numerusform>%n received package to decide.</numerusform>
            <numerusform>%n received packages to decide.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>opieka::ui::ExtendStayDialog</name>
    <message numerus="yes">
        <location filename="../../src/ui/fostercare/ExtendStayDialog.cpp" line="+34"/>
        <source>Up to %n months</source>
        <translation>
            <numerusform>Up to %n month</numerusform>
            <numerusform>Up to %n months</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>opieka::ui::FamiliesTab</name>
    <message numerus="yes">
        <location filename="../../src/ui/families/FamiliesTab.cpp" line="+165"/>
        <source>More than %n families match; more load as you scroll.</source>
        <translation>
            <numerusform>More than %n family matches; more load as you scroll.</numerusform>
            <numerusform>More than %n families match; more load as you scroll.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>%n families match; the first %1 are loaded, more load as you scroll.</source>
        <translation>
            <numerusform>%n family matches; the first %1 are loaded, more load as you scroll.</numerusform>
            <numerusform>%n families match; the first %1 are loaded, more load as you scroll.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-4"/>
        <location line="+7"/>
        <source>%n families match.</source>
        <translation>
            <numerusform>%n family matches.</numerusform>
            <numerusform>%n families match.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>opieka::ui::FosterCareTab</name>
    <message numerus="yes">
        <location filename="../../src/ui/fostercare/FosterCareTab.cpp" line="+113"/>
        <source>%n foster families in the register</source>
        <translation>
            <numerusform>%n foster family in the register</numerusform>
            <numerusform>%n foster families in the register</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>, %n full.</source>
        <translation>
            <numerusform>, %n full.</numerusform>
            <numerusform>, %n full.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+91"/>
        <source>%n children placed (no statutory limit)</source>
        <translation>
            <numerusform>%n child placed (no statutory limit)</numerusform>
            <numerusform>%n children placed (no statutory limit)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>opieka::ui::FosterFamilyDialog</name>
    <message numerus="yes">
        <location filename="../../src/ui/fostercare/FosterFamilyDialog.cpp" line="+111"/>
        <source>Otherwise %n children for this kind.</source>
        <translation>
            <numerusform>Otherwise %n child for this kind.</numerusform>
            <numerusform>Otherwise %n children for this kind.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>opieka::ui::ImportDialog</name>
    <message numerus="yes">
        <location filename="../../src/ui/exchange/ImportDialog.cpp" line="+233"/>
        <source>Imported %n row(s). The record of the import is in the audit trail.</source>
        <translation>
            <numerusform>Imported %n row. The record of the import is in the audit trail.</numerusform>
            <numerusform>Imported %n rows. The record of the import is in the audit trail.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n worker(s) are over their limits on %1: see the caseload report.</source>
        <translation>
            <numerusform>%n worker is over the limit on %1: see the caseload report.</numerusform>
            <numerusform>%n workers are over their limits on %1: see the caseload report.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n of them look(s) like records already in the register, listed below: check them before working on the new records.</source>
        <translation>
            <numerusform>%n of them looks like records already in the register, listed below: check them before working on the new records.</numerusform>
            <numerusform>%n of them look like records already in the register, listed below: check them before working on the new records.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>opieka::ui::ManagerDeskTab</name>
    <message numerus="yes">
        <location filename="../../src/ui/desks/ManagerDeskTab.cpp" line="+223"/>
        <source>%n worker(s) over the limit</source>
        <translation>
            <numerusform>%n worker over the limit</numerusform>
            <numerusform>%n workers over the limit</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n near or at the limit.</source>
        <translation>
            <numerusform>%n near or at the limit.</numerusform>
            <numerusform>%n near or at the limit.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n overdue deadline item(s)</source>
        <translation>
            <numerusform>%n overdue deadline item</numerusform>
            <numerusform>%n overdue deadline items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n family(ies) missing a required team member</source>
        <translation>
            <numerusform>%n family missing a required team member</numerusform>
            <numerusform>%n families missing a required team member</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n foster family(ies) without a coordinator</source>
        <translation>
            <numerusform>%n foster family without a coordinator</numerusform>
            <numerusform>%n foster families without a coordinator</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+25"/>
        <source>%1 cases per worker (limit %2); %n worker(s), %3 over and %4 near the limit</source>
        <translation>
            <numerusform>%1 cases per worker (limit %2); %n worker, %3 over and %4 near the limit</numerusform>
            <numerusform>%1 cases per worker (limit %2); %n workers, %3 over and %4 near the limit</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>opieka::ui::PlacementDialog</name>
    <message numerus="yes">
        <location filename="../../src/ui/fostercare/PlacementDialog.cpp" line="+68"/>
        <source>%n children</source>
        <translation>
            <numerusform>%n child</numerusform>
            <numerusform>%n children</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+170"/>
        <source>Allowed: %1 will have %n children.</source>
        <translation>
            <numerusform>Allowed: %1 will have %n child.</numerusform>
            <numerusform>Allowed: %1 will have %n children.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>opieka::ui::PlanCompareDialog</name>
    <message numerus="yes">
        <location filename="../../src/ui/workplan/PlanCompareDialog.cpp" line="+134"/>
        <source>%n row(s) differ.</source>
        <translation>
            <numerusform>%n row differs.</numerusform>
            <numerusform>%n rows differ.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>opieka::ui::ReviewDialog</name>
    <message numerus="yes">
        <location filename="../../src/ui/fostercare/ReviewDialog.cpp" line="+39"/>
        <source>, born %1 (%n years)</source>
        <translation>
            <numerusform>, born %1 (%n year)</numerusform>
            <numerusform>, born %1 (%n years)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>opieka::ui::SocialWorkerDeskTab</name>
    <message numerus="yes">
        <location filename="../../src/ui/desks/SocialWorkerDeskTab.cpp" line="+73"/>
        <source>%n open families.</source>
        <translation>
            <numerusform>%n open family.</numerusform>
            <numerusform>%n open families.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%1 %n with an overdue step, shown first.</source>
        <translation>
            <numerusform>%1 %n with an overdue step, shown first.</numerusform>
            <numerusform>%1 %n with an overdue step, shown first.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>opieka::ui::SyncDialog</name>
    <message numerus="yes">
        <location filename="../../src/ui/field/SyncDialog.cpp" line="+182"/>
        <source>To go to the centre: %n change(s) made in this copy.</source>
        <translation>
            <numerusform>To go to the centre: %n change made in this copy.</numerusform>
            <numerusform>To go to the centre: %n changes made in this copy.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+173"/>
        <source>Added at the centre: %n record(s) made in this copy.</source>
        <translation>
            <numerusform>Added at the centre: %n record made in this copy.</numerusform>
            <numerusform>Added at the centre: %n records made in this copy.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Sent to the centre: %n changed field(s).</source>
        <translation>
            <numerusform>Sent to the centre: %n changed field.</numerusform>
            <numerusform>Sent to the centre: %n changed fields.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Deleted at the centre too: %n record(s) deleted in this copy.</source>
        <translation>
            <numerusform>Deleted at the centre too: %n record deleted in this copy.</numerusform>
            <numerusform>Deleted at the centre too: %n records deleted in this copy.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Already at the centre: %n change(s).</source>
        <translation>
            <numerusform>Already at the centre: %n change.</numerusform>
            <numerusform>Already at the centre: %n changes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Carried out: %n decision(s) on fields changed on both sides.</source>
        <translation>
            <numerusform>Carried out: %n decision on fields changed on both sides.</numerusform>
            <numerusform>Carried out: %n decisions on fields changed on both sides.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Brought up to date from the centre: %n record(s) of this copy.</source>
        <translation>
            <numerusform>Brought up to date from the centre: %n record of this copy.</numerusform>
            <numerusform>Brought up to date from the centre: %n records of this copy.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Changed both here and at the centre: %n field(s). Choose below which value stays, then sync again.</source>
        <translation>
            <numerusform>Changed both here and at the centre: %n field. Choose below which value stays, then sync again.</numerusform>
            <numerusform>Changed both here and at the centre: %n fields. Choose below which value stays, then sync again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>opieka::ui::TakeIntoFieldDialog</name>
    <message numerus="yes">
        <location filename="../../src/ui/field/TakeIntoFieldDialog.cpp" line="+122"/>
        <source>%n family(ies)</source>
        <translation>
            <numerusform>%n family</numerusform>
            <numerusform>%n families</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n foster family(ies)</source>
        <translation>
            <numerusform>%n foster family</numerusform>
            <numerusform>%n foster families</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n family member(s)</source>
        <translation>
            <numerusform>%n family member</numerusform>
            <numerusform>%n family members</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n visit(s) and contact(s)</source>
        <translation>
            <numerusform>%n visit and contact</numerusform>
            <numerusform>%n visits and contacts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>opieka::ui::TeamTab</name>
    <message numerus="yes">
        <location filename="../../src/ui/record/TeamTab.cpp" line="+55"/>
        <source>Team incomplete for the category “%1”, missing: %2.</source>
        <translation>
            <numerusform>Team incomplete for the category “%1”, missing: %2.</numerusform>
            <numerusform>Team incomplete for the category “%1”, missing: %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>opieka::ui::UtilisationChart</name>
    <message numerus="yes">
        <location filename="../../src/ui/reports/UtilisationChart.cpp" line="+92"/>
        <source>%n worker(s) without a limit in force are not shown.</source>
        <translation>
            <numerusform>%n worker without a limit in force is not shown.</numerusform>
            <numerusform>%n workers without a limit in force are not shown.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>opieka::ui::WorkPlanTab</name>
    <message numerus="yes">
        <location filename="../../src/ui/workplan/WorkPlanTab.cpp" line="+561"/>
        <source>Remove goal %1 with its %n action(s) from the draft?</source>
        <translation>
            <numerusform>Remove goal %1 with its %n action from the draft?</numerusform>
            <numerusform>Remove goal %1 with its %n actions from the draft?</numerusform>
        </translation>
    </message>
</context>
</TS>
