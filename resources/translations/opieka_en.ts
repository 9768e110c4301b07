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
</TS>
