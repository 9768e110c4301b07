#pragma once

#include "ExchangeService.h"
#include "Session.h"

#include <QGroupBox>
#include <QList>
#include <QString>
#include <QStringList>

namespace opieka::ui {

// The partner centres' plans for a family (issue 22): the read-only copies a partner sent and
// this centre accepted, each under a heading such as "PCPR w Testowie's help plan for Kasia,
// version 3 of 12.05.2026" (the date in the language's format), shown in the work plan tab beside
// the family's own plan. Hidden while the family has none.
class PartnerPlansBox : public QGroupBox
{
    Q_OBJECT

public:
    PartnerPlansBox(const Session& session, qint64 familyId, QWidget* parent = nullptr);

    // The heading of a partner's plan.
    static QString heading(const PartnerPlan& plan);
    // The headings shown, newest first.
    QStringList headings() const;

public slots:
    // Reads the family's partner plans again.
    void reload();

private:
    Session m_session;
    qint64 m_familyId = 0;
    QList<PartnerPlan> m_plans;
    QWidget* m_content = nullptr;
};

} // namespace opieka::ui
