#include "ExportService.h"

#include "CsvExport.h"
#include "ImportService.h"
#include "TestWorkspace.h"

#include <QBuffer>
#include <gtest/gtest.h>

using namespace opieka;

using test::exportedCsv;

TEST(ExportService, AnExportImportsBackUnchanged)
{
    test::TestWorkspace source;
    const QByteArray workers =
        "id,first_name,last_name,role,fte\n1,Anna,\"Nowak, młodsza\",social_worker,0.5\n"
        "2,Jan,Żak,foster_care_coordinator,1\n";
    const QByteArray families = "id,name,municipality,category,opened_on,closed_on\n"
                                "1,\"Dom \"\"Pod Lipą\"\"\",Łódź,at_risk,2020-01-01,2023-05-01\n"
                                "2,Kowal,Kraków,coping,2021-02-03,\n";
    const QByteArray fosters = "id,name,kind,municipality,opened_on,closed_on\n5,Zastępcza,"
                               "emergency,Bochnia,2019-01-01,\n";
    const QByteArray assignments =
        "worker_id,case_kind,case_id,from,to\n1,family,1,2020-01-01,2023-05-01\n"
        "1,family,2,2021-02-03,\n2,foster_family,5,2019-01-01,\n";
    source.load(DataSet::Workers, workers);
    source.load(DataSet::Families, families);
    source.load(DataSet::FosterFamilies, fosters);
    source.load(DataSet::Assignments, assignments);

    EXPECT_EQ(exportedCsv(source.database(), DataSet::Workers), workers);
    EXPECT_EQ(exportedCsv(source.database(), DataSet::Families), families);
    EXPECT_EQ(exportedCsv(source.database(), DataSet::FosterFamilies), fosters);
    EXPECT_EQ(exportedCsv(source.database(), DataSet::Assignments), assignments);

    test::TestWorkspace copy;
    for (DataSet set :
         {DataSet::Workers, DataSet::Families, DataSet::FosterFamilies, DataSet::Assignments})
        copy.load(set, exportedCsv(source.database(), set));
    for (DataSet set :
         {DataSet::Workers, DataSet::Families, DataSet::FosterFamilies, DataSet::Assignments})
        EXPECT_EQ(exportedCsv(copy.database(), set), exportedCsv(source.database(), set));
}

TEST(ExportService, WorkersUnitsExportOnlyWhenACentreUsesThem)
{
    test::TestWorkspace source;
    const QByteArray workers = "id,first_name,last_name,role,fte,unit\n"
                               "1,Anna,Nowak,social_worker,1,Zespół 1\n"
                               "2,Jan,Żak,family_assistant,1,\n";
    source.load(DataSet::Workers, workers);
    EXPECT_EQ(exportedCsv(source.database(), DataSet::Workers), workers);
    test::TestWorkspace copy;
    copy.load(DataSet::Workers, exportedCsv(source.database(), DataSet::Workers));
    EXPECT_EQ(exportedCsv(copy.database(), DataSet::Workers), workers);

    test::TestWorkspace plain;
    plain.load(DataSet::Workers, "unit,id,first_name,last_name,role\n,1,Ewa,Lis,social_worker\n");
    EXPECT_EQ(exportedCsv(plain.database(), DataSet::Workers),
              QByteArray("id,first_name,last_name,role,fte\n1,Ewa,Lis,social_worker,1\n"));
}

TEST(ExportService, AFormulaInANameIsDefusedInTheExportAndImportsBackAsTyped)
{
    test::TestWorkspace source;
    source.load(DataSet::Families,
                "id,name,municipality,category,opened_on,closed_on\n"
                "1,\"=HYPERLINK(\"\"http://x\"\")\",@Gmina,coping,2020-01-01,\n");
    const QByteArray out = exportedCsv(source.database(), DataSet::Families);
    EXPECT_EQ(out, QByteArray("id,name,municipality,category,opened_on,closed_on\n"
                              "1,\"'=HYPERLINK(\"\"http://x\"\")\",'@Gmina,coping,2020-01-01,\n"));
    test::TestWorkspace copy;
    copy.load(DataSet::Families, out);
    EXPECT_EQ(exportedCsv(copy.database(), DataSet::Families), out);
}
