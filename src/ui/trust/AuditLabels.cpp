#include "AuditLabels.h"

namespace opieka::ui {
namespace {
struct Label
{
    const char* code;
    const char* text; // translated in the context opieka::ui::AuditLabels
};

// Every action a service records (src/app: AuditTrail::record and ::entry).
constexpr Label kActions[] = {
    {"adoption.report",
     QT_TRANSLATE_NOOP("opieka::ui::AuditLabels", "Child reported for adoption")},
    {"adoption.settled", QT_TRANSLATE_NOOP("opieka::ui::AuditLabels", "Adoption settled")},
    {"assessment.record",
     QT_TRANSLATE_NOOP("opieka::ui::AuditLabels", "Family assessment recorded")},
    {"assign", QT_TRANSLATE_NOOP("opieka::ui::AuditLabels", "Worker assigned")},
    {"assign.override",
     QT_TRANSLATE_NOOP("opieka::ui::AuditLabels", "Worker assigned over the limit")},
    {"audit.read", QT_TRANSLATE_NOOP("opieka::ui::AuditLabels", "Audit trail read")},
    {"backup.create", QT_TRANSLATE_NOOP("opieka::ui::AuditLabels", "Backup made")},
    {"backup.restore", QT_TRANSLATE_NOOP("opieka::ui::AuditLabels", "Backup restored")},
    {"blue_card.end",
     QT_TRANSLATE_NOOP("opieka::ui::AuditLabels", "Niebieska Karta procedure ended")},
    {"blue_card.start",
     QT_TRANSLATE_NOOP("opieka::ui::AuditLabels", "Niebieska Karta procedure started")},
    {"child_review.record",
     QT_TRANSLATE_NOOP("opieka::ui::AuditLabels", "Child's situation review recorded")},
    {"contact.log", QT_TRANSLATE_NOOP("opieka::ui::AuditLabels", "Contact logged")},
    {"contact.update", QT_TRANSLATE_NOOP("opieka::ui::AuditLabels", "Contact changed")},
    {"database.migrate",
     QT_TRANSLATE_NOOP("opieka::ui::AuditLabels", "Database moved to the server")},
    {"demo.generate", QT_TRANSLATE_NOOP("opieka::ui::AuditLabels", "Demonstration data made")},
    {"export", QT_TRANSLATE_NOOP("opieka::ui::AuditLabels", "Data exported")},
    {"family.category", QT_TRANSLATE_NOOP("opieka::ui::AuditLabels", "Family's category changed")},
    {"family.close", QT_TRANSLATE_NOOP("opieka::ui::AuditLabels", "Case closed")},
    {"family.create", QT_TRANSLATE_NOOP("opieka::ui::AuditLabels", "Case opened")},
    {"family.lookup", QT_TRANSLATE_NOOP("opieka::ui::AuditLabels", "Family looked up")},
    {"family.open", QT_TRANSLATE_NOOP("opieka::ui::AuditLabels", "Family record opened")},
    {"family.reopen", QT_TRANSLATE_NOOP("opieka::ui::AuditLabels", "Case reopened")},
    {"family.update", QT_TRANSLATE_NOOP("opieka::ui::AuditLabels", "Family's details changed")},
    {"foster_assessment.record",
     QT_TRANSLATE_NOOP("opieka::ui::AuditLabels", "Foster family assessment recorded")},
    {"foster_family.open",
     QT_TRANSLATE_NOOP("opieka::ui::AuditLabels", "Foster family's record opened")},
    {"foster_family.register",
     QT_TRANSLATE_NOOP("opieka::ui::AuditLabels", "Foster family registered")},
    {"foster_family.update",
     QT_TRANSLATE_NOOP("opieka::ui::AuditLabels", "Foster family's details changed")},
    {"help_plan.save", QT_TRANSLATE_NOOP("opieka::ui::AuditLabels", "Assistance plan saved")},
    {"import", QT_TRANSLATE_NOOP("opieka::ui::AuditLabels", "Imported")},
    {"import.refused", QT_TRANSLATE_NOOP("opieka::ui::AuditLabels", "Import refused")},
    {"leaving_care.record", QT_TRANSLATE_NOOP("opieka::ui::AuditLabels", "Leaving care recorded")},
    {"member.add", QT_TRANSLATE_NOOP("opieka::ui::AuditLabels", "Member added")},
    {"member.erase", QT_TRANSLATE_NOOP("opieka::ui::AuditLabels", "Member's personal data erased")},
    {"member.remove", QT_TRANSLATE_NOOP("opieka::ui::AuditLabels", "Member removed")},
    {"member.update", QT_TRANSLATE_NOOP("opieka::ui::AuditLabels", "Member's details changed")},
    {"placement.court_proceedings_ended",
     QT_TRANSLATE_NOOP("opieka::ui::AuditLabels", "Court proceedings ended")},
    {"placement.create", QT_TRANSLATE_NOOP("opieka::ui::AuditLabels", "Child placed")},
    {"placement.end", QT_TRANSLATE_NOOP("opieka::ui::AuditLabels", "Placement ended")},
    {"placement.extend", QT_TRANSLATE_NOOP("opieka::ui::AuditLabels", "Emergency stay extended")},
    {"placement.intake_notice",
     QT_TRANSLATE_NOOP("opieka::ui::AuditLabels", "Notice of the intake recorded")},
    {"plan.action", QT_TRANSLATE_NOOP("opieka::ui::AuditLabels", "Work plan action changed")},
    {"plan.agree", QT_TRANSLATE_NOOP("opieka::ui::AuditLabels", "Work plan agreed")},
    {"plan.close", QT_TRANSLATE_NOOP("opieka::ui::AuditLabels", "Work plan closed")},
    {"plan.create", QT_TRANSLATE_NOOP("opieka::ui::AuditLabels", "Work plan started")},
    {"plan.edit", QT_TRANSLATE_NOOP("opieka::ui::AuditLabels", "Work plan edited")},
    {"plan.version", QT_TRANSLATE_NOOP("opieka::ui::AuditLabels", "Work plan version kept")},
    {"release", QT_TRANSLATE_NOOP("opieka::ui::AuditLabels", "Worker released")},
    {"rule.add", QT_TRANSLATE_NOOP("opieka::ui::AuditLabels", "Caseload limit added")},
    {"setting.change", QT_TRANSLATE_NOOP("opieka::ui::AuditLabels", "Setting changed")},
    {"team.add", QT_TRANSLATE_NOOP("opieka::ui::AuditLabels", "Team member added")},
    {"team.end", QT_TRANSLATE_NOOP("opieka::ui::AuditLabels", "Team member's work ended")},
    {"user.await_confirmation",
     QT_TRANSLATE_NOOP("opieka::ui::AuditLabels", "Account awaits a manager's confirmation")},
    {"user.confirm", QT_TRANSLATE_NOOP("opieka::ui::AuditLabels", "Account confirmed")},
    {"user.create", QT_TRANSLATE_NOOP("opieka::ui::AuditLabels", "Account added")},
    {"user.disable", QT_TRANSLATE_NOOP("opieka::ui::AuditLabels", "Account disabled")},
    {"user.link_worker",
     QT_TRANSLATE_NOOP("opieka::ui::AuditLabels", "Account linked to a worker")},
    {"user.password", QT_TRANSLATE_NOOP("opieka::ui::AuditLabels", "Password set")},
    {"user.sign_in_failed", QT_TRANSLATE_NOOP("opieka::ui::AuditLabels", "Failed sign-in")},
    {"user.unlink_worker",
     QT_TRANSLATE_NOOP("opieka::ui::AuditLabels", "Account unlinked from its worker")},
    {"worker.create", QT_TRANSLATE_NOOP("opieka::ui::AuditLabels", "Worker added")},
    {"worker.end_employment", QT_TRANSLATE_NOOP("opieka::ui::AuditLabels", "Employment ended")},
    {"worker.leave_add", QT_TRANSLATE_NOOP("opieka::ui::AuditLabels", "Leave recorded")},
    {"worker.leave_change", QT_TRANSLATE_NOOP("opieka::ui::AuditLabels", "Leave changed")},
    {"worker.leave_end", QT_TRANSLATE_NOOP("opieka::ui::AuditLabels", "Leave ended")},
    {"worker.resume_employment",
     QT_TRANSLATE_NOOP("opieka::ui::AuditLabels", "Employment resumed")},
    {"worker.update", QT_TRANSLATE_NOOP("opieka::ui::AuditLabels", "Worker's details changed")},
};

constexpr Label kEntities[] = {
    {"assignment", QT_TRANSLATE_NOOP("opieka::ui::AuditLabels", "Assignment")},
    {"caseload_rule", QT_TRANSLATE_NOOP("opieka::ui::AuditLabels", "Caseload limit")},
    {"child_review", QT_TRANSLATE_NOOP("opieka::ui::AuditLabels", "Child's review")},
    {"contact", QT_TRANSLATE_NOOP("opieka::ui::AuditLabels", "Contact")},
    {"data_set", QT_TRANSLATE_NOOP("opieka::ui::AuditLabels", "Data set")},
    {"database", QT_TRANSLATE_NOOP("opieka::ui::AuditLabels", "Database")},
    {"family", QT_TRANSLATE_NOOP("opieka::ui::AuditLabels", "Family")},
    {"family_assessment", QT_TRANSLATE_NOOP("opieka::ui::AuditLabels", "Family assessment")},
    {"foster_family", QT_TRANSLATE_NOOP("opieka::ui::AuditLabels", "Foster family")},
    {"import", QT_TRANSLATE_NOOP("opieka::ui::AuditLabels", "Import")},
    {"member", QT_TRANSLATE_NOOP("opieka::ui::AuditLabels", "Member")},
    {"placement", QT_TRANSLATE_NOOP("opieka::ui::AuditLabels", "Placement")},
    {"plan_action", QT_TRANSLATE_NOOP("opieka::ui::AuditLabels", "Work plan action")},
    {"setting", QT_TRANSLATE_NOOP("opieka::ui::AuditLabels", "Setting")},
    {"user", QT_TRANSLATE_NOOP("opieka::ui::AuditLabels", "Account")},
    {"work_plan", QT_TRANSLATE_NOOP("opieka::ui::AuditLabels", "Work plan")},
    {"worker", QT_TRANSLATE_NOOP("opieka::ui::AuditLabels", "Worker")},
};

template <std::size_t N> QString lookUp(const Label (&table)[N], const QString& code)
{
    for (const Label& label : table)
        if (code == QLatin1String(label.code))
            return AuditLabels::tr(label.text);
    return code; // a code of a newer version, or a row written by hand: shown as it is
}
} // namespace

QString AuditLabels::action(const QString& code)
{
    return lookUp(kActions, code);
}

QString AuditLabels::entity(const QString& kind)
{
    return lookUp(kEntities, kind);
}

QString AuditLabels::concerns(const QString& kind, const QString& id)
{
    return id.isEmpty() ? entity(kind) : tr("%1 %2").arg(entity(kind), id);
}

} // namespace opieka::ui
