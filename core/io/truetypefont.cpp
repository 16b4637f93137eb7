#include "truetypefont.h"

#include <algorithm>

namespace attest {

namespace {

// Big-endian reads that give 0 outside the data: a damaged table then reads as "nothing there"
// (glyph 0, zero width) instead of reading past the buffer.
quint16 u16(QByteArrayView d, qint64 at)
{
    if (at < 0 || at + 2 > d.size())
        return 0;
    const auto* p = reinterpret_cast<const uchar*>(d.data()) + at;
    return quint16((p[0] << 8) | p[1]);
}

qint16 i16(QByteArrayView d, qint64 at)
{
    return qint16(u16(d, at));
}

quint32 u32(QByteArrayView d, qint64 at)
{
    if (at < 0 || at + 4 > d.size())
        return 0;
    return (quint32(u16(d, at)) << 16) | u16(d, at + 2);
}

// Composite glyph flags (the 'glyf' table's component records).
constexpr quint16 kArgsAreWords = 0x0001;
constexpr quint16 kHaveScale = 0x0008;
constexpr quint16 kMoreComponents = 0x0020;
constexpr quint16 kHaveXYScale = 0x0040;
constexpr quint16 kHaveTwoByTwo = 0x0080;

} // namespace

std::optional<TrueTypeFont> TrueTypeFont::parse(QByteArray data, QString* error)
{
    const auto fail = [error](const QString& why) -> std::optional<TrueTypeFont> {
        if (error)
            *error = why;
        return std::nullopt;
    };
    TrueTypeFont font;
    font.m_data = std::move(data);
    const QByteArrayView d(font.m_data);
    const quint32 version = u32(d, 0);
    if (version == 0x4F54544F) // 'OTTO'
        return fail(QStringLiteral("the font has CFF outlines; only TrueType outlines are supported"));
    if (version != 0x00010000 && version != 0x74727565) // 1.0 or 'true'
        return fail(QStringLiteral("not a TrueType font"));
    const int tableCount = u16(d, 4);
    if (12 + 16 * qint64(tableCount) > d.size())
        return fail(QStringLiteral("the table directory is cut short"));
    for (int i = 0; i < tableCount; ++i) {
        const qint64 record = 12 + 16 * qint64(i);
        const qint64 offset = u32(d, record + 8);
        const qint64 length = u32(d, record + 12);
        const QByteArray tag = d.sliced(record, 4).toByteArray();
        if (offset + length > d.size())
            return fail(QStringLiteral("table '%1' lies outside the file").arg(QString::fromLatin1(tag)));
        font.m_tables.push_back({tag, {qsizetype(offset), qsizetype(length)}});
    }

    const QByteArrayView head = font.table("head");
    const QByteArrayView maxp = font.table("maxp");
    const QByteArrayView hhea = font.table("hhea");
    if (head.size() < 54 || maxp.size() < 6 || hhea.size() < 36)
        return fail(QStringLiteral("the head, maxp or hhea table is missing or short"));
    Metrics& m = font.m_metrics;
    m.unitsPerEm = u16(head, 18);
    if (m.unitsPerEm < 16 || m.unitsPerEm > 16384)
        return fail(QStringLiteral("units per em out of range"));
    m.xMin = i16(head, 36);
    m.yMin = i16(head, 38);
    m.xMax = i16(head, 40);
    m.yMax = i16(head, 42);
    font.m_longLoca = i16(head, 50) == 1;
    font.m_glyphCount = u16(maxp, 4);
    font.m_glyf = font.find("glyf");
    font.m_loca = font.find("loca");
    font.m_hmtx = font.find("hmtx");
    if (font.m_glyphCount < 1 || font.m_glyf.length == 0)
        return fail(QStringLiteral("the font has no glyphs"));
    if (font.m_loca.length < (qint64(font.m_glyphCount) + 1) * (font.m_longLoca ? 4 : 2))
        return fail(QStringLiteral("the loca table is cut short"));
    font.m_hMetrics = std::min<int>({u16(hhea, 34), font.m_glyphCount, int(font.m_hmtx.length / 4)});
    if (font.m_hMetrics < 1)
        return fail(QStringLiteral("the hmtx table is missing or short"));
    m.ascent = i16(hhea, 4);
    m.descent = i16(hhea, 6);
    // Without a Unicode cmap (format 4 or 12) no character has a glyph, but the font is still one:
    // a subset written for a PDF has none.
    font.readCmap();

    const QByteArrayView os2 = font.table("OS/2");
    if (os2.size() >= 78) {
        m.weightClass = u16(os2, 4);
        const quint16 fsType = u16(os2, 8);
        // Restricted licence (bit 1 alone), bitmap embedding only, or no subsetting allowed.
        font.m_embeddable = (fsType & 0x000F) != 0x0002 && !(fsType & 0x0300);
        if (u16(os2, 0) >= 2 && os2.size() >= 90)
            m.capHeight = i16(os2, 88);
    }
    const QByteArrayView post = font.table("post");
    if (post.size() >= 16) {
        m.italicAngle = qint32(u32(post, 4)) / 65536.0;
        m.fixedPitch = u32(post, 12) != 0;
    }
    if (m.capHeight <= 0) {
        // No OS/2 cap height: the top of 'H', else most of the ascent.
        const QByteArrayView h = font.glyphData(font.glyphFor(U'H'));
        m.capHeight = h.size() >= 10 ? i16(h, 8) : m.ascent * 7 / 10;
    }
    return font;
}

TrueTypeFont::Span TrueTypeFont::find(const char* tag) const
{
    const QByteArrayView wanted(tag, 4);
    for (const auto& [name, span] : m_tables) {
        if (name == wanted)
            return span;
    }
    return {};
}

QByteArrayView TrueTypeFont::table(const char* tag) const
{
    return view(find(tag));
}

void TrueTypeFont::readCmap()
{
    const Span cmap = find("cmap");
    const QByteArrayView t = view(cmap);
    const int count = u16(t, 2);
    int best = 0;
    for (int i = 0; i < count; ++i) {
        const int platform = u16(t, 4 + 8 * i);
        const int encoding = u16(t, 6 + 8 * i);
        const qint64 offset = u32(t, 8 + 8 * i);
        const int format = u16(t, offset);
        qint64 length = 0;
        int score = 0;
        if (format == 12) {
            length = u32(t, offset + 4);
            score = platform == 3 && encoding == 10 ? 4 : platform == 0 ? 3 : 0;
        } else if (format == 4) {
            length = u16(t, offset + 2);
            score = platform == 3 && encoding == 1 ? 2 : platform == 0 ? 1 : 0;
        }
        // A subtable that claims more than the table holds is cut to what is there.
        length = std::min(length, t.size() - offset);
        const qint64 needed = format == 12 ? 16 : 16 + 4 * qint64(u16(t, offset + 6));
        if (score > best && length >= needed) {
            best = score;
            m_cmap = {cmap.offset + qsizetype(offset), qsizetype(length)};
            m_cmapFormat = format;
        }
    }
}

quint16 TrueTypeFont::glyphFor(char32_t codePoint) const
{
    if (m_cmapFormat == 0)
        return 0;
    const quint16 glyph = m_cmapFormat == 12 ? lookupFormat12(codePoint) : lookupFormat4(codePoint);
    return glyph < m_glyphCount ? glyph : 0;
}

quint16 TrueTypeFont::lookupFormat4(char32_t codePoint) const
{
    if (codePoint > 0xFFFF)
        return 0;
    const QByteArrayView t = view(m_cmap);
    const qint64 segmentsX2 = u16(t, 6);
    const qint64 ends = 14, starts = 16 + segmentsX2, deltas = 16 + 2 * segmentsX2, ranges = 16 + 3 * segmentsX2;
    // The first segment whose end is at or after the character (ends are sorted).
    qint64 low = 0, high = segmentsX2 / 2;
    while (low < high) {
        const qint64 middle = (low + high) / 2;
        if (u16(t, ends + 2 * middle) < codePoint)
            low = middle + 1;
        else
            high = middle;
    }
    if (low == segmentsX2 / 2)
        return 0;
    const quint16 start = u16(t, starts + 2 * low);
    if (codePoint < start)
        return 0;
    const quint16 delta = u16(t, deltas + 2 * low);
    const quint16 rangeOffset = u16(t, ranges + 2 * low);
    if (rangeOffset == 0)
        return quint16(codePoint + delta);
    // idRangeOffset counts bytes from its own position into the glyph id array.
    const quint16 glyph = u16(t, ranges + 2 * low + rangeOffset + 2 * qint64(codePoint - start));
    return glyph == 0 ? 0 : quint16(glyph + delta);
}

quint16 TrueTypeFont::lookupFormat12(char32_t codePoint) const
{
    const QByteArrayView t = view(m_cmap);
    const qint64 groups = std::min<qint64>(u32(t, 12), (t.size() - 16) / 12);
    qint64 low = 0, high = groups;
    while (low < high) {
        const qint64 middle = (low + high) / 2;
        if (u32(t, 16 + 12 * middle + 4) < codePoint)
            low = middle + 1;
        else
            high = middle;
    }
    if (low == groups)
        return 0;
    const quint32 start = u32(t, 16 + 12 * low);
    if (codePoint < start)
        return 0;
    const quint64 glyph = quint64(u32(t, 16 + 12 * low + 8)) + (codePoint - start);
    return glyph < quint64(m_glyphCount) ? quint16(glyph) : 0;
}

int TrueTypeFont::advance(quint16 glyph) const
{
    // Glyphs past the last long metric share its advance.
    return u16(view(m_hmtx), 4 * qint64(std::min<int>(glyph, m_hMetrics - 1)));
}

int TrueTypeFont::leftSideBearing(quint16 glyph) const
{
    if (glyph < m_hMetrics)
        return i16(view(m_hmtx), 4 * qint64(glyph) + 2);
    return i16(view(m_hmtx), 4 * qint64(m_hMetrics) + 2 * qint64(glyph - m_hMetrics));
}

QByteArrayView TrueTypeFont::glyphData(quint16 glyph) const
{
    if (glyph >= m_glyphCount)
        return {};
    const QByteArrayView loca = view(m_loca);
    const qint64 start = m_longLoca ? u32(loca, 4 * qint64(glyph)) : 2 * qint64(u16(loca, 2 * qint64(glyph)));
    const qint64 end = m_longLoca ? u32(loca, 4 * qint64(glyph) + 4) : 2 * qint64(u16(loca, 2 * qint64(glyph) + 2));
    if (start >= end || end > m_glyf.length)
        return {};
    return view(m_glyf).sliced(start, end - start);
}

std::vector<TrueTypeFont::Component> TrueTypeFont::components(quint16 glyph) const
{
    const QByteArrayView data = glyphData(glyph);
    std::vector<Component> parts;
    if (data.size() < 10 || i16(data, 0) >= 0)
        return parts;
    qsizetype at = 10; // after the glyph header
    while (at + 4 <= data.size()) {
        const quint16 flags = u16(data, at);
        parts.push_back({at + 2, u16(data, at + 2)});
        at += 4 + ((flags & kArgsAreWords) ? 4 : 2);
        if (flags & kHaveScale)
            at += 2;
        else if (flags & kHaveXYScale)
            at += 4;
        else if (flags & kHaveTwoByTwo)
            at += 8;
        if (!(flags & kMoreComponents))
            break;
    }
    return parts;
}

QString TrueTypeFont::name(int nameId) const
{
    const QByteArrayView t = table("name");
    const int count = u16(t, 2);
    const qint64 strings = u16(t, 4);
    QString fallback;
    for (int i = 0; i < count; ++i) {
        const qint64 record = 6 + 12 * qint64(i);
        const int platform = u16(t, record);
        if (u16(t, record + 6) != nameId || (platform != 0 && platform != 1 && platform != 3))
            continue;
        const qint64 length = u16(t, record + 8);
        const qint64 offset = strings + u16(t, record + 10);
        if (offset + length > t.size())
            continue;
        const QByteArrayView bytes = t.sliced(offset, length);
        if (platform == 1) { // Macintosh, Roman: ASCII is enough for the names used here
            fallback = QString::fromLatin1(bytes);
            continue;
        }
        QString text;
        for (qsizetype j = 0; j + 1 < bytes.size(); j += 2)
            text += QChar(u16(bytes, j));
        return text;
    }
    return fallback;
}

QByteArray TrueTypeFont::postScriptName() const
{
    // Only the characters a PDF name may hold without escapes.
    QByteArray out;
    for (const QChar c : name(6)) {
        const char16_t u = c.unicode();
        if (u > 32 && u < 127 && !QByteArrayView("()<>[]{}/%#").contains(char(u)))
            out += char(u);
    }
    return out.isEmpty() ? QByteArray("Font") : out.left(100);
}

QString TrueTypeFont::copyright() const
{
    return name(0);
}

} // namespace attest
