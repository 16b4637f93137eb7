#pragma once

#include <QColor>
#include <QPalette>
#include <QString>

namespace attest::colours {

// The one place for colours in the UI (STYLE 15). Everything follows the palette: where a colour
// has a meaning of its own (alert, good), it has a light-palette and a dark-palette variant, each
// readable on that palette's window and base. Status is never shown by colour alone.

bool isDark(const QPalette& palette);

QColor accent(const QPalette& palette);  // the palette's highlight
QColor alert(const QPalette& palette);   // flagged figures, errors, disabled or locked accounts
QColor caution(const QPalette& palette); // a third chart series, "fair" strength
QColor good(const QPalette& palette);    // success

// Severity of a finding (hygiene badges): high is the alert colour, medium the caution colour,
// low a neutral that still reads on the palette's base. Text and border use severity(), the
// badge's fill badgeFill(), a faint tint of it over the base that works under a selection too.
enum class Severity
{
    Low,
    Medium,
    High,
};
QColor severity(const QPalette& palette, Severity severity);
QColor badgeFill(const QPalette& palette, Severity severity);

// Chart series in a fixed order: accent, alert, caution, then the accent again.
QColor series(const QPalette& palette, int index);

// Mid-tone hues that tell kinds of object apart on either palette (access-path nodes).
enum class Hue
{
    Identity,
    Account,
    Group,
    Role,
    Neutral,
};
QColor hue(Hue hue);

// "color: #rrggbb;" for a style sheet.
QString styleSheetColour(const QColor& colour);

} // namespace attest::colours
