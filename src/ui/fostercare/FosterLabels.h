#pragma once

#include "Categories.h"
#include "CoordinatorDeskService.h"
#include "FosterCare.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace opieka::ui {

// Translated labels for the foster-care values (the database keeps their stable names).
class FosterLabels
{
    Q_DECLARE_TR_FUNCTIONS(FosterLabels)

public:
    static QString kind(FosterFamilyKind kind);
    // The word that tells the kinds apart, for a list's Kind column (its tooltip: kind()).
    static QString shortKind(FosterFamilyKind kind);
    static QString basis(PlacementBasis basis);
    static QString endReason(PlacementEnd end);
    static QString decision(ReviewDecision decision);
    // The people who may take part in a child's review, by their stored key (foster_family, ...).
    static QStringList teamRoles();
    static QString teamRole(const QString& key);
    static QString itemKind(CoordinatorItem::Kind kind);
    // Whom an emergency intake's notice tells (art. 58 ust. 3).
    static QString intakeNotice(IntakeNotice notice);
    // The notice still to send, as a placed child's to-do ("tell the court of the intake by …").
    static QString intakeNoticeDue(IntakeNotice notice, const QString& due);
};

} // namespace opieka::ui
