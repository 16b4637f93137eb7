#pragma once

#include <QtGlobal>

namespace attest {

class TrueTypeFont;

// The fonts Attest ships for the PDFs it writes, compiled in as resources so a document looks the
// same on every platform: DejaVu Sans and DejaVu Sans Bold (Latin, Greek, Cyrillic), then Droid
// Sans Fallback (Chinese, Japanese, Korean). Each is read once, when first needed, and shared.
class BundledFonts final
{
public:
    enum class Face
    {
        Sans,
        SansBold,
        Cjk
    };
    static constexpr int kFaceCount = 3;

    // nullptr when the font could not be read (a broken build; a warning says why).
    static const TrueTypeFont* font(Face face);

    struct Glyph
    {
        Face face;
        quint16 glyph;
        bool syntheticBold; // bold text in a face without a bold variant: draw it thicker
    };
    // What shows codePoint: the first face in the style's order that has a glyph for it
    // (bold: DejaVu Sans Bold, DejaVu Sans, Droid Sans Fallback; regular: without the bold face).
    // A character none has is shown as U+FFFD (the replacement character) of DejaVu Sans.
    static Glyph glyphFor(char32_t codePoint, bool bold);
};

} // namespace attest
