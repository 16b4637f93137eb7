#pragma once

#include <QByteArray>

#include <map>
#include <vector>

namespace attest {

class TrueTypeFont;

// One TrueType font as one PDF uses it: gives each character shown a two-byte code (a CID, in
// order of first use) and at the end writes the font as a Type 0 font with Identity-H encoding:
// a CIDFontType2 descendant with the widths of the codes used, a subset of the font file holding
// only their glyphs, and a ToUnicode map from each code back to its character, so the text can be
// searched and copied. Each code maps to exactly one character, so even text drawn with a
// stand-in glyph (a character no bundled font has) extracts as what was written.
class PdfEmbeddedFont final
{
public:
    explicit PdfEmbeddedFont(const TrueTypeFont& font)
        : m_font(font)
    {}

    // The code that shows codePoint with the font's glyph (a stand-in glyph is allowed).
    quint16 code(char32_t codePoint, quint16 glyph);
    bool isUsed() const { return m_codeGlyph.size() > 1; }

    static constexpr int kObjectCount = 6;
    // The font's PDF objects ("N 0 obj" bodies), numbered from first; first is the Type 0 font,
    // the one page resources name.
    std::vector<QByteArray> objects(int first) const;

private:
    QByteArray subsetName() const;
    QByteArray widths() const;
    QByteArray toUnicode() const;

    const TrueTypeFont& m_font;
    std::map<char32_t, quint16> m_codeOf;
    std::vector<char32_t> m_codeText{0};    // code → character
    std::vector<quint16> m_codeGlyph{0};    // code → subset glyph
    std::vector<quint16> m_subsetGlyphs{0}; // subset glyph → font glyph; 0 is .notdef
    std::map<quint16, quint16> m_subsetIndex;
};

} // namespace attest
