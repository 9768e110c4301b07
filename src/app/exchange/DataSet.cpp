#include "DataSet.h"

#include "EnumNames.h"

namespace opieka {
namespace {
constexpr EnumNames<DataSet, 7> kSets{{{
    {DataSet::Workers, "workers"},
    {DataSet::Families, "families"},
    {DataSet::FosterFamilies, "foster-families"},
    {DataSet::Assignments, "assignments"},
    {DataSet::Members, "members"},
    {DataSet::Visits, "visits"},
    {DataSet::Placements, "placements"},
}}};

QStringList words(const char* text)
{
    return QString::fromLatin1(text).split(QLatin1Char(','));
}
} // namespace

QString dataSetName(DataSet set)
{
    return kSets.name(set);
}

std::optional<DataSet> parseDataSet(const QString& text)
{
    return kSets.parse(text);
}

QStringList dataSetNames()
{
    return kSets.names();
}

ColumnSpec columnsOf(DataSet set)
{
    switch (set) {
    case DataSet::Workers:
        return {words("id,first_name,last_name,role,fte,unit"), words("fte,unit")};
    case DataSet::Families:
        return {words("id,name,municipality,category,opened_on,closed_on"), words("closed_on")};
    case DataSet::FosterFamilies:
        return {words("id,name,kind,municipality,opened_on,closed_on"), words("closed_on")};
    case DataSet::Assignments:
        return {words("worker_id,case_kind,case_id,from,to"), words("to")};
    case DataSet::Members:
        return {words("family_id,pesel,first_name,last_name,birth_date,sex,relation"),
                words("pesel,birth_date,sex")};
    case DataSet::Visits:
        return {words("family_id,worker_id,date,kind,notes"), words("notes")};
    case DataSet::Placements:
        return {words("child_pesel,foster_family_id,from,to,court_order,end_reason"),
                words("to,court_order,end_reason")};
    }
    return {};
}

} // namespace opieka
