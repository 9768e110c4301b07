#pragma once

#include <QCoreApplication>
#include <QString>

namespace opieka::ui {
class MainWindow;
}

namespace opieka::screenshots {

// The exchange between centres of issue 22 for the documentation: Settings › Centre Identity
// and Partners (the card, its fingerprint and one partner), Record › Send to Partner Centre with
// what will leave, the Exchange tab (an outbox item the partner accepted, an inbox item just
// received) and the partner's help plan beside the family's work plan. Two centres with real
// packages: the demo database copied (this centre, an OPS) and a second demo database made in
// the same temporary folder (the partner, a PCPR); both get their keys at the fast Argon2id cost
// and trust each other's card, then send, receive, accept and answer through ExchangeService.
// The demo database, which both language runs share, and every other picture stay as they are.
class ExchangeScreenshots
{
    Q_DECLARE_TR_FUNCTIONS(ExchangeScreenshots)

public:
    static bool save(ui::MainWindow& window, const QString& directory, QString* error);
};

} // namespace opieka::screenshots
