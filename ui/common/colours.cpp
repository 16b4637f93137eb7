#include "colours.h"

namespace attest::colours {

bool isDark(const QPalette& palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

QColor accent(const QPalette& palette)
{
    return palette.color(QPalette::Highlight);
}

QColor alert(const QPalette& palette)
{
    return isDark(palette) ? QColor(0xff, 0x80, 0x70) : QColor(0xb0, 0x20, 0x10);
}

QColor caution(const QPalette& palette)
{
    return isDark(palette) ? QColor(0xe6, 0x9f, 0x00) : QColor(0x8a, 0x5a, 0x00);
}

QColor good(const QPalette& palette)
{
    return isDark(palette) ? QColor(0x6c, 0xc6, 0x7a) : QColor(0x1e, 0x7b, 0x34);
}

QColor severity(const QPalette& palette, Severity severity)
{
    switch (severity) {
    case Severity::High:
        return alert(palette);
    case Severity::Medium:
        return caution(palette);
    case Severity::Low:
        break;
    }
    return isDark(palette) ? QColor(0xb8, 0xbc, 0xc4) : QColor(0x50, 0x58, 0x64);
}

QColor badgeFill(const QPalette& palette, Severity level)
{
    const QColor base = palette.color(QPalette::Base);
    const QColor tint = severity(palette, level);
    const double share = isDark(palette) ? 0.22 : 0.12;
    return QColor::fromRgbF(float(base.redF() * (1 - share) + tint.redF() * share),
                            float(base.greenF() * (1 - share) + tint.greenF() * share),
                            float(base.blueF() * (1 - share) + tint.blueF() * share));
}

QColor series(const QPalette& palette, int index)
{
    switch (index % 3) {
    case 0:
        return accent(palette);
    case 1:
        return alert(palette);
    default:
        return caution(palette);
    }
}

QColor hue(Hue hue)
{
    switch (hue) {
    case Hue::Identity:
        return QColor(0x1a, 0x9a, 0x8a);
    case Hue::Account:
        return QColor(0x2f, 0x7f, 0xd8);
    case Hue::Group:
        return QColor(0x3a, 0x9a, 0x48);
    case Hue::Role:
        return QColor(0x8a, 0x55, 0xc8);
    case Hue::Neutral:
        break;
    }
    return QColor(0x88, 0x88, 0x88);
}

QString styleSheetColour(const QColor& colour)
{
    return QStringLiteral("color: %1;").arg(colour.name());
}

} // namespace attest::colours
