#pragma once

#include "bundledfonts.h"

#include <QByteArray>
#include <QStringView>

#include <array>
#include <memory>
#include <vector>

namespace attest {

class PdfEmbeddedFont;

// The fonts of one PDF being written: shows text with the bundled fonts (each character in the
// first font that has it), measures it with the same glyph widths, and at the end writes the
// subsets of the fonts that were used.
class PdfFontSet final
{
public:
    PdfFontSet();
    ~PdfFontSet();
    PdfFontSet(const PdfFontSet&) = delete;
    PdfFontSet& operator=(const PdfFontSet&) = delete;

    // The width of text at size (points), exactly as far as show() advances.
    static double width(QStringView text, bool bold, double size);
    // How many UTF-16 units at the start of text fit in maxWidth points (a surrogate pair is
    // never split).
    static qsizetype fit(QStringView text, bool bold, double size, double maxWidth);

    // Operators for inside BT … ET that show text at size from the current text position,
    // changing font where the characters need it.
    QByteArray show(QStringView text, bool bold, double size);

    // The objects of the fonts used, numbered from first, and the font resource dictionary that
    // names them (/F1 Sans, /F2 Sans Bold, /F3 CJK).
    std::vector<QByteArray> objects(int first) const;
    QByteArray resources(int first) const;

private:
    std::array<std::unique_ptr<PdfEmbeddedFont>, BundledFonts::kFaceCount> m_fonts;
};

} // namespace attest
