<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>CaseloadEngine</name>
    <message numerus="yes">
        <source>%n foster family(ies)</source>
        <translation>
            <numerusform>%n foster family</numerusform>
            <numerusform>%n foster families</numerusform>
        </translation>
    </message>
    <message numerus="yes">
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
        <source>Imported %n row(s) of %1 from %2.</source>
        <translation>
            <numerusform>Imported %n row of %1 from %2.</numerusform>
            <numerusform>Imported %n rows of %1 from %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n worker(s) over their limits on %1.</source>
        <translation>
            <numerusform>%n worker over the limit on %1.</numerusform>
            <numerusform>%n workers over their limits on %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n row(s) of %1 to %2.</source>
        <translation>
            <numerusform>Exported %n row of %1 to %2.</numerusform>
            <numerusform>Exported %n rows of %1 to %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportService</name>
    <message numerus="yes">
        <source>Nothing was imported: %n row(s) need correcting.</source>
        <translation>
            <numerusform>Nothing was imported: %n row needs correcting.</numerusform>
            <numerusform>Nothing was imported: %n rows need correcting.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n worker(s) would be over their limits on %1; with --strict nothing was imported.</source>
        <translation>
            <numerusform>%n worker would be over the limit on %1; with --strict nothing was imported.</numerusform>
            <numerusform>%n workers would be over their limits on %1; with --strict nothing was imported.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>opieka::ui::AssessmentsTab</name>
    <message numerus="yes">
        <source>The first assessment is due %n month(s) after the family&apos;s first work plan is agreed; the family has no agreed plan yet.</source>
        <translation>
            <numerusform>The first assessment is due %n month after the family&apos;s first work plan is agreed; the family has no agreed plan yet.</numerusform>
            <numerusform>The first assessment is due %n months after the family&apos;s first work plan is agreed; the family has no agreed plan yet.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>opieka::ui::AssistantStartTab</name>
    <message numerus="yes">
        <source>%1 of %n families</source>
        <translation>
            <numerusform>%1 of %n family</numerusform>
            <numerusform>%1 of %n families</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n families (no limit in force)</source>
        <translation>
            <numerusform>%n family (no limit in force)</numerusform>
            <numerusform>%n families (no limit in force)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>opieka::ui::CoordinatorTab</name>
    <message numerus="yes">
        <source>%n foster families of the limit %1</source>
        <translation>
            <numerusform>%n foster family of the limit %1</numerusform>
            <numerusform>%n foster families of the limit %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n foster families, no limit in force.</source>
        <translation>
            <numerusform>%n foster family, no limit in force.</numerusform>
            <numerusform>%n foster families, no limit in force.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overdue, shown first in red.</source>
        <translation>
            <numerusform>%n overdue, shown first in red.</numerusform>
            <numerusform>%n overdue, shown first in red.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>opieka::ui::FamiliesTab</name>
    <message numerus="yes">
        <source>%n families match; the first %1 are loaded, more load as you scroll.</source>
        <translation>
            <numerusform>%n family matches; the first %1 are loaded, more load as you scroll.</numerusform>
            <numerusform>%n families match; the first %1 are loaded, more load as you scroll.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n families match.</source>
        <translation>
            <numerusform>%n family matches.</numerusform>
            <numerusform>%n families match.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>opieka::ui::FamilyRecordWindow</name>
    <message numerus="yes">
        <source>Team incomplete for the category “%1”, missing: %2.</source>
        <translation>
            <numerusform>Team incomplete for the category “%1”, missing: %2.</numerusform>
            <numerusform>Team incomplete for the category “%1”, missing: %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>opieka::ui::FosterCareTab</name>
    <message numerus="yes">
        <source>%n foster families in the register</source>
        <translation>
            <numerusform>%n foster family in the register</numerusform>
            <numerusform>%n foster families in the register</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n full.</source>
        <translation>
            <numerusform>, %n full.</numerusform>
            <numerusform>, %n full.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
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
        <source>Otherwise %n children for this kind.</source>
        <translation>
            <numerusform>Otherwise %n child for this kind.</numerusform>
            <numerusform>Otherwise %n children for this kind.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>opieka::ui::MyCaseloadTab</name>
    <message numerus="yes">
        <source>%n open families.</source>
        <translation>
            <numerusform>%n open family.</numerusform>
            <numerusform>%n open families.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 %n with an overdue step, shown first.</source>
        <translation>
            <numerusform>%1 %n with an overdue step, shown first.</numerusform>
            <numerusform>%1 %n with an overdue step, shown first.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>opieka::ui::PlacementDialog</name>
    <message numerus="yes">
        <source>%n children</source>
        <translation>
            <numerusform>%n child</numerusform>
            <numerusform>%n children</numerusform>
        </translation>
    </message>
    <message numerus="yes">
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
        <source>, born %1 (%n years)</source>
        <translation>
            <numerusform>, born %1 (%n year)</numerusform>
            <numerusform>, born %1 (%n years)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>opieka::ui::WorkPlanTab</name>
    <message numerus="yes">
        <source>Remove goal %1 with its %n action(s) from the draft?</source>
        <translation>
            <numerusform>Remove goal %1 with its %n action from the draft?</numerusform>
            <numerusform>Remove goal %1 with its %n actions from the draft?</numerusform>
        </translation>
    </message>
</context>
</TS>
