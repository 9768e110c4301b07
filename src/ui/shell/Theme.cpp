#include "Theme.h"

#include <QApplication>
#include <QPalette>
#include <QStyle>
#include <QStyleFactory>
#include <QWidget>
#include <cmath>

namespace opieka::ui {
namespace {
// The desktop's own look, as the application started with it.
struct SystemLook
{
    QPalette palette;
    QString style;
};

const SystemLook& systemLook()
{
    static const SystemLook look{QApplication::palette(), QApplication::style()->name()};
    return look;
}

// Each text colour for the normal background: on light, on dark.
struct TextColour
{
    QColor light;
    QColor dark;
};
const TextColour kError{QColor(0xb7, 0x1c, 0x1c), QColor(0xff, 0x8a, 0x80)};
const TextColour kOk{QColor(0x1b, 0x5e, 0x20), QColor(0x9c, 0xd9, 0x9f)};
const TextColour kQuiet{QColor(0x5f, 0x5f, 0x5f), QColor(0xa8, 0xa8, 0xa8)};

// Labels styled before the change get the other theme's colours in place, so every open window
// follows at once.
void restyle(bool dark)
{
    const QWidgetList widgets = QApplication::allWidgets();
    for (QWidget* widget : widgets) {
        QString sheet = widget->styleSheet();
        if (sheet.isEmpty())
            continue;
        const QString before = sheet;
        for (const TextColour& colour : {kError, kOk, kQuiet})
            sheet.replace(dark ? colour.light.name() : colour.dark.name(),
                          dark ? colour.dark.name() : colour.light.name(), Qt::CaseInsensitive);
        if (sheet != before)
            widget->setStyleSheet(sheet);
    }
}

bool isDarkPalette(const QPalette& palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

QPalette darkPalette()
{
    const QColor window(0x35, 0x35, 0x35);
    const QColor base(0x26, 0x26, 0x26);
    const QColor text(0xee, 0xee, 0xee);
    const QColor disabled(0x80, 0x80, 0x80);
    const QColor highlight(0x2a, 0x82, 0xda);
    QPalette palette;
    palette.setColor(QPalette::Window, window);
    palette.setColor(QPalette::WindowText, text);
    palette.setColor(QPalette::Base, base);
    palette.setColor(QPalette::AlternateBase, QColor(0x30, 0x30, 0x30));
    palette.setColor(QPalette::ToolTipBase, window);
    palette.setColor(QPalette::ToolTipText, text);
    palette.setColor(QPalette::PlaceholderText, QColor(0xa0, 0xa0, 0xa0));
    palette.setColor(QPalette::Text, text);
    palette.setColor(QPalette::Button, window);
    palette.setColor(QPalette::ButtonText, text);
    palette.setColor(QPalette::BrightText, QColor(0xff, 0x8a, 0x80));
    palette.setColor(QPalette::Light, QColor(0x50, 0x50, 0x50));
    palette.setColor(QPalette::Midlight, QColor(0x45, 0x45, 0x45));
    palette.setColor(QPalette::Mid, QColor(0x2f, 0x2f, 0x2f));
    palette.setColor(QPalette::Dark, QColor(0x20, 0x20, 0x20));
    palette.setColor(QPalette::Shadow, QColor(0x14, 0x14, 0x14));
    palette.setColor(QPalette::Link, QColor(0x7c, 0xb8, 0xff));
    palette.setColor(QPalette::LinkVisited, QColor(0xc5, 0x9c, 0xff));
    palette.setColor(QPalette::Highlight, highlight);
    palette.setColor(QPalette::HighlightedText, Qt::white);
    for (QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        palette.setColor(QPalette::Disabled, role, disabled);
    palette.setColor(QPalette::Disabled, QPalette::Highlight, QColor(0x50, 0x50, 0x50));
    return palette;
}

void useStyle(const QString& name)
{
    if (QApplication::style()->name().compare(name, Qt::CaseInsensitive) == 0)
        return;
    if (QStyle* style = QStyleFactory::create(name))
        QApplication::setStyle(style);
}

double luminance(const QColor& colour)
{
    const auto channel = [](double value) {
        return value <= 0.03928 ? value / 12.92 : std::pow((value + 0.055) / 1.055, 2.4);
    };
    const QColor rgb = colour.toRgb();
    return 0.2126 * channel(rgb.redF()) + 0.7152 * channel(rgb.greenF()) +
           0.0722 * channel(rgb.blueF());
}
} // namespace

void Theme::apply(AppSettings::Theme choice)
{
    const SystemLook& system = systemLook();
    const bool wasDark = isDark();
    const bool systemDark = isDarkPalette(system.palette);
    const bool dark =
        choice == AppSettings::Theme::Dark || (choice == AppSettings::Theme::System && systemDark);
    if (dark) {
        useStyle(QStringLiteral("Fusion"));
        QApplication::setPalette(darkPalette());
    } else if (systemDark) {
        // Light on a dark desktop: Fusion's own light palette.
        useStyle(QStringLiteral("Fusion"));
        QApplication::setPalette(QApplication::style()->standardPalette());
    } else {
        useStyle(system.style);
        QApplication::setPalette(system.palette);
    }
    if (isDark() != wasDark)
        restyle(isDark());
}

bool Theme::isDark()
{
    return isDarkPalette(QApplication::palette());
}

QColor Theme::errorText()
{
    return isDark() ? kError.dark : kError.light;
}

QColor Theme::okText()
{
    return isDark() ? kOk.dark : kOk.light;
}

QColor Theme::quietText()
{
    return isDark() ? kQuiet.dark : kQuiet.light;
}

QString Theme::errorStyle()
{
    return QStringLiteral("color: %1;").arg(errorText().name());
}

QString Theme::okStyle()
{
    return QStringLiteral("color: %1;").arg(okText().name());
}

QString Theme::warningStyle()
{
    return QStringLiteral("color: %1; font-weight: bold;").arg(errorText().name());
}

double Theme::contrast(const QColor& a, const QColor& b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

} // namespace opieka::ui
