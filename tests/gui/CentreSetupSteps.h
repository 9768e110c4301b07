#pragma once

namespace opieka::test {

// After a new database's first-run dialog the first start offers the centre set-up wizard;
// tests about something else leave it (Cancel) when it shows. Call before the dialog closes.
void leaveCentreSetupWizard();

} // namespace opieka::test
