#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <optional>
#include <vector>

namespace attest {

// A read-only TrueType (glyf outlines) font file, read far enough to lay text out and to embed a
// subset of it in a PDF: character to glyph (cmap formats 4 and 12), advance widths, outlines and
// the metrics a PDF font descriptor needs. Every read is bounds-checked: a damaged file gives a
// parse error or "no glyph", never a read outside the data.
class TrueTypeFont final
{
public:
    // Where a composite glyph names one of its components, so a subset can renumber it.
    struct Component
    {
        qsizetype offset; // of the component's glyph index within the composite's data
        quint16 glyph;
    };
    // In font units, except italicAngle (degrees).
    struct Metrics
    {
        int unitsPerEm = 1000;
        int xMin = 0, yMin = 0, xMax = 0, yMax = 0;
        int ascent = 0, descent = 0, capHeight = 0;
        double italicAngle = 0;
        int weightClass = 400;
        bool fixedPitch = false;
    };

    // Reads data (kept, not copied: QByteArray shares it); nullopt with the reason in error when it
    // is not a TrueType font this reader can use.
    static std::optional<TrueTypeFont> parse(QByteArray data, QString* error = nullptr);

    quint16 glyphFor(char32_t codePoint) const; // 0 (.notdef) when the font has none (or no cmap)
    int glyphCount() const { return m_glyphCount; }
    int advance(quint16 glyph) const;                       // font units
    int leftSideBearing(quint16 glyph) const;               // font units
    QByteArrayView glyphData(quint16 glyph) const;          // empty for a glyph without outline (a space)
    std::vector<Component> components(quint16 glyph) const; // empty unless a composite
    const Metrics& metrics() const { return m_metrics; }
    QByteArray postScriptName() const;
    QString copyright() const;
    // The font's own licence flags (OS/2 fsType) permit embedding a subset in a document.
    bool embeddable() const { return m_embeddable; }
    // A raw table by its four-letter tag ("cvt " with the space); empty when the font has none.
    QByteArrayView table(const char* tag) const;

private:
    struct Span
    {
        qsizetype offset = 0;
        qsizetype length = 0;
    };
    QByteArrayView view(Span span) const { return QByteArrayView(m_data).sliced(span.offset, span.length); }
    Span find(const char* tag) const;
    void readCmap();
    quint16 lookupFormat4(char32_t codePoint) const;
    quint16 lookupFormat12(char32_t codePoint) const;
    QString name(int nameId) const;

    QByteArray m_data;
    std::vector<std::pair<QByteArray, Span>> m_tables;
    Span m_glyf, m_loca, m_hmtx, m_cmap;
    int m_cmapFormat = 0;
    int m_glyphCount = 0;
    int m_hMetrics = 0;
    bool m_longLoca = false;
    bool m_embeddable = true;
    Metrics m_metrics;
};

} // namespace attest
