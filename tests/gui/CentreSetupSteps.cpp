#include "CentreSetupSteps.h"

#include "ModalHelper.h"

#include <QDialog>
#include <gtest/gtest.h>

namespace opieka::test {

void leaveCentreSetupWizard()
{
    whenModal([](QWidget* wizard) {
        EXPECT_EQ(wizard->objectName().toStdString(), "centreSetupWizard");
        if (auto* dialog = qobject_cast<QDialog*>(wizard))
            dialog->reject();
    });
}

} // namespace opieka::test
