// A stream of writes for the kill test (tests/app/core/KillTest.cpp): opens the database given as
// the first argument and creates families one transaction at a time, printing "committed ID" after
// each commit, until it is killed.
#include "FamilyService.h"
#include "Workspace.h"

#include <QCoreApplication>
#include <cstdio>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    if (argc < 2)
        return 2;
    auto workspace = opieka::Workspace::open(QString::fromLocal8Bit(argv[1]),
                                             opieka::Workspace::OpenMode::MustExist);
    if (!workspace)
        return 3;
    auto actor = (*workspace)->unprotectedSessionUser();
    if (!actor)
        return 3;
    opieka::FamilyService families(opieka::Session((*workspace)->database(), *actor));
    for (int i = 0;; ++i) {
        opieka::Family family;
        family.name = QStringLiteral("Strumień %1").arg(i);
        family.municipality = QStringLiteral("Testowo");
        family.openedOn = QDate(2024, 1, 1);
        auto id = families.create(family);
        if (!id)
            return 3;
        std::printf("committed %lld\n", static_cast<long long>(*id));
        std::fflush(stdout);
    }
}
