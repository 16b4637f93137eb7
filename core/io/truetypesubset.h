#pragma once

#include <QByteArray>

#include <vector>

namespace attest {

class TrueTypeFont;

// A TrueType file that holds only some glyphs of font, for embedding in a PDF: glyph i of the
// result is glyphs[i] of the font (glyphs[0] should be 0, .notdef), followed by the components
// of composite glyphs that are not among them, renumbered. Kept tables: the outlines, metrics and
// hinting programs a PDF reader needs, and the copyright notice; no cmap (the PDF maps codes to
// glyphs itself).
QByteArray subsetTrueType(const TrueTypeFont& font, std::vector<quint16> glyphs);

} // namespace attest
