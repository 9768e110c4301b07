#pragma once

#include <QLocale>
#include <QTranslator>

namespace opieka::ui {

// The translations a window in `locale` needs, installed on the application for this object's
// lifetime: Opieka's own (embedded) and Qt's (standard buttons, the file dialog, print preview,
// from the system's qt6-translations-l10n). The program and the GUI tests share it, so a test in
// Polish sees what a Polish user sees.
class AppTranslators
{
public:
    explicit AppTranslators(const QLocale& locale);
    ~AppTranslators();
    AppTranslators(const AppTranslators&) = delete;
    AppTranslators& operator=(const AppTranslators&) = delete;

    bool hasOwn() const { return m_hasOwn; }
    // Whether Qt's own strings are in the language: false when the system lacks its Qt
    // translation (then Qt's buttons stay English); English needs none.
    bool hasQt() const { return m_hasQt; }

private:
    // Where Qt's Polish differs from the words Polish office software and Opieka's own buttons
    // use: Qt says "Zachowaj" for Save, everyone else "Zapisz". Searched before Qt's.
    class PolishButtonWords : public QTranslator
    {
    public:
        QString translate(const char* context, const char* source, const char* disambiguation,
                          int n) const override;
        bool isEmpty() const override { return false; }
    };

    QTranslator m_own;
    QTranslator m_qt;
    PolishButtonWords m_polishButtons;
    bool m_hasPolishButtons = false;
    bool m_hasOwn = false;
    bool m_hasQt = false;
};

} // namespace opieka::ui
