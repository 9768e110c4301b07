#pragma once

// The register the `duplicates` commands are tried on (issue 21), shared by the list's tests and
// the merge's.
#include "CliFixture.h"

#include <optional>

namespace opieka::test {

class DuplicatesCliFixture : public CliTest
{
protected:
    // Two households that both recorded the same grandmother (with and without Polish letters:
    // members 1 and 2), two different Jan Nowak born 32 years apart (members 3 and 4), and one
    // family entered twice in the other gender of its name (families 3 and 4), with the same
    // child (members 5 and 6).
    void SetUp() override
    {
        ASSERT_EQ(cli({QStringLiteral("init")}).code, 0);
        manager = asManager();
        const CliRun families = importFile(QStringLiteral("families"), QStringLiteral("f.csv"),
                                           "id,name,municipality,category,opened_on,closed_on\n"
                                           "1,Rodzina Brzozy,Testowo,coping,2020-01-01,\n"
                                           "2,Rodzina Cisów,Testowo,coping,2020-01-01,\n"
                                           "3,Kowalska,Testowo,coping,2021-01-01,\n"
                                           "4,Kowalski,Testowo,at_risk,2022-01-01,\n",
                                           manager);
        ASSERT_EQ(families.code, 0) << families.err.toStdString();
        const CliRun members = importMembers(QStringLiteral("m.csv"),
                                             "1,,Małgorzata,Wójcik,1980-05-12,,grandparent\n"
                                             "2,,Malgorzata,Wojcik,1980-05-12,,grandparent\n"
                                             "1,,Jan,Nowak,1950-04-10,,grandparent\n"
                                             "2,,Jan,Nowak,1982-09-15,,parent\n"
                                             "3,,Zofia,Kowalska,2015-03-04,,child\n"
                                             "4,,Zofia,Kowalska,2015-03-04,,child\n",
                                             manager);
        ASSERT_EQ(members.code, 0) << members.err.toStdString();
    }

    CliRun duplicates(const QStringList& more = {}, std::optional<QProcessEnvironment> env = {})
    {
        return cli(QStringList{QStringLiteral("duplicates")} + more, env.value_or(manager));
    }

    QProcessEnvironment manager;
};

} // namespace opieka::test
