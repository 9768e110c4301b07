#pragma once

#include "Assignment.h"
#include "CaseloadRule.h"
#include "Contact.h"
#include "Family.h"
#include "Member.h"
#include "Worker.h"

#include <QJsonObject>

namespace opieka {

// Field-by-field images of records for the audit trail (old and new values). The audit is
// itself sensitive data (it holds notes and PESEL numbers): it is never logged.
QJsonObject toJson(const Worker& worker);
QJsonObject toJson(const Family& family);
QJsonObject toJson(const FosterFamily& family);
QJsonObject toJson(const Assignment& assignment);
QJsonObject toJson(const Member& member);
QJsonObject toJson(const Contact& contact);
QJsonObject toJson(const CaseloadRule& rule);

} // namespace opieka
