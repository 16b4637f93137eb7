#pragma once

#include <QColor>
#include <QImage>
#include <QPalette>
#include <QString>
#include <QWidget>

#include <array>
#include <cmath>

namespace attest::test {

// What a person sees when the desktop is dark: the palette every dark-palette test uses, and
// checks that a widget's text stands out from its background — by the widget's own palette and
// in the picture actually drawn.

inline QPalette darkPalette()
{
    QPalette dark;
    dark.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
    dark.setColor(QPalette::WindowText, QColor(0xe6, 0xe6, 0xe6));
    dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    dark.setColor(QPalette::AlternateBase, QColor(0x26, 0x26, 0x26));
    dark.setColor(QPalette::Text, QColor(0xe6, 0xe6, 0xe6));
    dark.setColor(QPalette::Button, QColor(0x35, 0x35, 0x35));
    dark.setColor(QPalette::ButtonText, QColor(0xe6, 0xe6, 0xe6));
    dark.setColor(QPalette::Highlight, QColor(0x3d, 0x6e, 0xa8));
    dark.setColor(QPalette::HighlightedText, Qt::white);
    dark.setColor(QPalette::PlaceholderText, QColor(0x9a, 0x9a, 0x9a));
    dark.setColor(QPalette::ToolTipBase, QColor(0x35, 0x35, 0x35));
    dark.setColor(QPalette::ToolTipText, QColor(0xe6, 0xe6, 0xe6));
    dark.setColor(QPalette::Mid, QColor(0x55, 0x55, 0x55));
    for (auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        dark.setColor(QPalette::Disabled, role, QColor(0x70, 0x70, 0x70));
    return dark;
}

// WCAG 2 contrast ratio: 1 (none) to 21 (black on white); 4.5 is the minimum for body text.
inline double contrastRatio(const QColor& a, const QColor& b)
{
    const auto luminance = [](const QColor& c) {
        const auto channel = [](double v) { return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
        return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
    };
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

// The widget's text colour against its background colour, as its palette says (a palette or
// style sheet set on the widget shows here). Empty when readable, else what is wrong.
inline QString paletteProblem(const QWidget* widget, double minimum = 4.5)
{
    const QColor text = widget->palette().color(widget->foregroundRole());
    const QColor background = widget->palette().color(widget->backgroundRole());
    const double ratio = contrastRatio(text, background);
    if (ratio >= minimum)
        return {};
    return QStringLiteral("%1: text %2 on %3, contrast %4 < %5")
        .arg(widget->objectName().isEmpty() ? QString::fromLatin1(widget->metaObject()->className())
                                            : widget->objectName(),
             text.name(), background.name())
        .arg(ratio, 0, 'f', 2)
        .arg(minimum);
}

// In the drawn picture of a widget: its most common grey is the background, which must be dark,
// and at least `minimumInk` pixels ("ink": text, lines) must stand out from it by a grey level
// of more than 100 of 255. Empty when so, else what is wrong.
inline QString pictureProblem(const QImage& picture, const QString& what, int minimumInk = 40)
{
    if (picture.isNull() || picture.width() == 0 || picture.height() == 0)
        return QStringLiteral("%1: nothing drawn").arg(what);
    std::array<int, 256> histogram{};
    for (int y = 0; y < picture.height(); ++y) {
        for (int x = 0; x < picture.width(); ++x)
            ++histogram[std::size_t(qGray(picture.pixel(x, y)))];
    }
    int background = 0;
    for (int grey = 1; grey < 256; ++grey) {
        if (histogram[std::size_t(grey)] > histogram[std::size_t(background)])
            background = grey;
    }
    int ink = 0;
    for (int grey = 0; grey < 256; ++grey) {
        if (std::abs(grey - background) > 100)
            ink += histogram[std::size_t(grey)];
    }
    if (background >= 90)
        return QStringLiteral("%1: background grey %2 is not dark").arg(what).arg(background);
    if (ink < minimumInk)
        return QStringLiteral("%1: only %2 pixels stand out from the background (grey %3)")
            .arg(what)
            .arg(ink)
            .arg(background);
    return {};
}

// The part of a window's picture that a child widget covers.
inline QImage pictureOf(const QImage& windowPicture, const QWidget* window, const QWidget* widget)
{
    const QRect area(widget->mapTo(window, QPoint(0, 0)), widget->size());
    return windowPicture.copy(area);
}

} // namespace attest::test
