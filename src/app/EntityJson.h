#pragma once

#include "Assignment.h"
#include "CaseloadRule.h"
#include "Family.h"
#include "Worker.h"

#include <QJsonObject>

namespace opieka {

// Field-by-field images of records for the audit trail (old and new values).
QJsonObject toJson(const Worker& worker);
QJsonObject toJson(const Family& family);
QJsonObject toJson(const FosterFamily& family);
QJsonObject toJson(const Assignment& assignment);
QJsonObject toJson(const CaseloadRule& rule);

} // namespace opieka
