#include "PartnerPlansBox.h"

#include "DialogParts.h"
#include "Labels.h"
#include "Logging.h"

#include <QLabel>
#include <QPlainTextEdit>
#include <QTextDocument>
#include <QVBoxLayout>
#include <algorithm>

namespace opieka::ui {

PartnerPlansBox::PartnerPlansBox(const Session& session, qint64 familyId, QWidget* parent)
    : QGroupBox(tr("Partner centres' plans (read only)"), parent)
    , m_session(session)
    , m_familyId(familyId)
{
    setObjectName(QStringLiteral("partnerPlansGroup"));
    setAccessibleName(tr("Plans sent by partner centres, read only"));
    auto* layout = new QVBoxLayout(this);
    m_content = new QWidget(this);
    m_content->setObjectName(QStringLiteral("partnerPlansContent"));
    new QVBoxLayout(m_content);
    m_content->layout()->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_content);
    // No taller than its plans need: the rest of the tab is the family's own plan.
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    hide();
}

QString PartnerPlansBox::heading(const PartnerPlan& plan)
{
    const QString date = plan.versionDate ? Labels::date(*plan.versionDate) : QString();
    if (plan.kind == QLatin1String("help_plan"))
        return date.isEmpty() ? tr("%1's help plan for %2, version %3")
                                    .arg(plan.partner, plan.childName)
                                    .arg(plan.version)
                              : tr("%1's help plan for %2, version %3 of %4")
                                    .arg(plan.partner, plan.childName)
                                    .arg(plan.version)
                                    .arg(date);
    return date.isEmpty() ? tr("%1's work plan with the family, version %2")
                                .arg(plan.partner)
                                .arg(plan.version)
                          : tr("%1's work plan with the family, version %2 of %3")
                                .arg(plan.partner)
                                .arg(plan.version)
                                .arg(date);
}

QStringList PartnerPlansBox::headings() const
{
    QStringList all;
    for (const PartnerPlan& plan : m_plans)
        all << heading(plan);
    return all;
}

void PartnerPlansBox::reload()
{
    m_plans.clear();
    qDeleteAll(m_content->findChildren<QWidget*>(QString(), Qt::FindDirectChildrenOnly));
    auto plans = ExchangeService(m_session).partnerPlans(m_familyId);
    if (!plans) {
        // The family's own plan stays readable: the partner's copies are only missing here.
        logging::get("ui")->error("partner plans of family {} could not be read", m_familyId);
        hide();
        return;
    }
    m_plans = *plans;
    auto* layout = m_content->layout();
    int index = 0;
    for (const PartnerPlan& plan : std::as_const(m_plans)) {
        ++index;
        auto* title = new QLabel(heading(plan), m_content);
        title->setObjectName(QStringLiteral("partnerPlanHeading%1").arg(index));
        title->setWordWrap(true);
        QFont bold = title->font();
        bold.setBold(true);
        title->setFont(bold);
        auto* text = new QPlainTextEdit(plan.text, m_content);
        text->setObjectName(QStringLiteral("partnerPlanText%1").arg(index));
        text->setAccessibleName(heading(plan));
        text->setReadOnly(true);
        // As tall as its lines (up to about eight): the family's own plan above keeps the room.
        const int lines =
            std::clamp(static_cast<int>(plan.text.count(QLatin1Char('\n'))) + 1, 2, 8);
        const int margins =
            2 * (text->frameWidth() + static_cast<int>(text->document()->documentMargin())) + 4;
        text->setFixedHeight(std::min(140, text->fontMetrics().lineSpacing() * lines + margins));
        title->setBuddy(text);
        layout->addWidget(title);
        layout->addWidget(text);
    }
    setVisible(!m_plans.isEmpty());
}

} // namespace opieka::ui
