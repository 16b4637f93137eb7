#include "testregistry.h"

#include "io/bundledfonts.h"
#include "io/truetypefont.h"
#include "io/truetypesubset.h"

#include <QFile>
#include <QRandomGenerator>
#include <QTest>

using namespace attest;

namespace {

QByteArray bundled(const char* file)
{
    QFile in(QStringLiteral(":/attest/fonts/") + QLatin1String(file));
    return in.open(QIODevice::ReadOnly) ? in.readAll() : QByteArray();
}

quint32 u32(const QByteArray& d, qsizetype at)
{
    return (quint32(uchar(d[at])) << 24) | (quint32(uchar(d[at + 1])) << 16) | (quint32(uchar(d[at + 2])) << 8) |
           uchar(d[at + 3]);
}

// The sum TrueType uses: of the big-endian 32-bit words, zero-padded.
quint32 checksum(const QByteArray& d)
{
    QByteArray padded = d;
    padded.append(QByteArray((4 - d.size() % 4) % 4, '\0'));
    quint32 sum = 0;
    for (qsizetype i = 0; i < padded.size(); i += 4)
        sum += u32(padded, i);
    return sum;
}

// Where a table lies in a font file, from its table directory.
std::pair<qsizetype, qsizetype> tableSpan(const QByteArray& font, const char* tag)
{
    const int count = (uchar(font[4]) << 8) | uchar(font[5]);
    for (int i = 0; i < count; ++i) {
        const qsizetype record = 12 + 16 * qsizetype(i);
        if (font.mid(record, 4) == QByteArray(tag, 4))
            return {qsizetype(u32(font, record + 8)), qsizetype(u32(font, record + 12))};
    }
    return {0, 0};
}

// Everything a PDF writer asks of a font, so a damaged one is exercised everywhere.
void useEverything(const TrueTypeFont& font)
{
    std::vector<quint16> glyphs{0};
    for (const char32_t c : {U'A', U'ń', U'Ж', U'山', U'김', char32_t(0x1F600), char32_t(0x10FFFF)}) {
        const quint16 g = font.glyphFor(c);
        QVERIFY(g < font.glyphCount());
        glyphs.push_back(g);
        (void)font.advance(g);
        (void)font.leftSideBearing(g);
    }
    for (int g = 0; g < std::min(font.glyphCount(), 300); ++g) {
        for (const TrueTypeFont::Component& part : font.components(quint16(g)))
            QVERIFY(part.offset + 2 <= font.glyphData(quint16(g)).size());
        glyphs.push_back(quint16(g));
    }
    (void)font.postScriptName();
    (void)font.copyright();
    QString error;
    const auto subset = TrueTypeFont::parse(subsetTrueType(font, glyphs), &error);
    QVERIFY2(subset, qPrintable(error));
}

} // namespace

// The TrueType reader and subsetter behind the PDFs' embedded fonts: character lookup in the
// bundled fonts, subsets that are valid fonts with composite glyphs renumbered, and damaged
// files that are refused or read without a read outside the data (run under the asan preset to
// see the bounds checks hold).
class TestTrueTypeFont : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void bundledFontsCoverTheScripts()
    {
        const TrueTypeFont* sans = BundledFonts::font(BundledFonts::Face::Sans);
        const TrueTypeFont* bold = BundledFonts::font(BundledFonts::Face::SansBold);
        const TrueTypeFont* cjk = BundledFonts::font(BundledFonts::Face::Cjk);
        QVERIFY(sans && bold && cjk);
        QCOMPARE(sans->postScriptName(), QByteArray("DejaVuSans"));
        QCOMPARE(bold->postScriptName(), QByteArray("DejaVuSans-Bold"));
        QCOMPARE(cjk->postScriptName(), QByteArray("DroidSansFallback"));
        QVERIFY(sans->copyright().contains(QStringLiteral("Bitstream")));
        for (const char32_t c : {U'A', U'ń', U'Æ', U'ø', U'Π', U'ό', U'И', U'€', U'…', U'→', char32_t(0xFFFD)}) {
            QVERIFY2(sans->glyphFor(c) != 0, qPrintable(QString::number(c, 16)));
            QVERIFY2(bold->glyphFor(c) != 0 || c == 0xFFFD, qPrintable(QString::number(c, 16)));
        }
        for (const char32_t c : {U'山', U'田', U'太', U'郎', U'김', U'あ', U'カ', U'、'}) {
            QCOMPARE(sans->glyphFor(c), quint16(0));
            QVERIFY2(cjk->glyphFor(c) != 0, qPrintable(QString::number(c, 16)));
        }
        QVERIFY(sans->advance(sans->glyphFor(U'W')) > sans->advance(sans->glyphFor(U'i')));
        QCOMPARE(sans->metrics().unitsPerEm, 2048);
        QVERIFY(sans->metrics().capHeight > 0 && sans->metrics().ascent > sans->metrics().capHeight);
        // Beyond the Basic Multilingual Plane and past Unicode: no glyph, no harm.
        QCOMPARE(sans->glyphFor(char32_t(0x10FFFF)), quint16(0));
        QCOMPARE(sans->glyphFor(char32_t(0xFFFFFFFF)), quint16(0));
        // The fallback order: bold first for bold text, then the regular face, then CJK.
        QCOMPARE(BundledFonts::glyphFor(U'A', true).face, BundledFonts::Face::SansBold);
        QCOMPARE(BundledFonts::glyphFor(U'A', false).face, BundledFonts::Face::Sans);
        const BundledFonts::Glyph yama = BundledFonts::glyphFor(U'山', true);
        QCOMPARE(yama.face, BundledFonts::Face::Cjk);
        QVERIFY(yama.syntheticBold);
    }

    void subsetIsAValidFontWithItsComponents()
    {
        const TrueTypeFont& sans = *BundledFonts::font(BundledFonts::Face::Sans);
        // An accented letter that DejaVu builds from other glyphs.
        char32_t accented = 0;
        for (char32_t c = 0xC0; c < 0x180 && !accented; ++c) {
            if (!sans.components(sans.glyphFor(c)).empty())
                accented = c;
        }
        QVERIFY(accented);
        const quint16 glyph = sans.glyphFor(accented);
        const std::vector<TrueTypeFont::Component> parts = sans.components(glyph);
        const std::vector<quint16> chosen{0, sans.glyphFor(U'A'), glyph};
        const QByteArray file = subsetTrueType(sans, chosen);
        QString error;
        const auto subset = TrueTypeFont::parse(file, &error);
        QVERIFY2(subset, qPrintable(error));
        QVERIFY(subset->glyphCount() >= 3 && subset->glyphCount() <= int(3 + parts.size()));
        QVERIFY(file.size() < 10000);
        for (int i = 0; i < 3; ++i) {
            QCOMPARE(subset->advance(quint16(i)), sans.advance(chosen[std::size_t(i)]));
            QCOMPARE(subset->glyphData(quint16(i)).size(), sans.glyphData(chosen[std::size_t(i)]).size());
        }
        // The composite's parts are in the subset, renumbered, with their own outlines.
        const std::vector<TrueTypeFont::Component> renumbered = subset->components(2);
        QCOMPARE(renumbered.size(), parts.size());
        for (std::size_t i = 0; i < parts.size(); ++i) {
            QVERIFY(renumbered[i].glyph < subset->glyphCount());
            QCOMPARE(subset->glyphData(renumbered[i].glyph), sans.glyphData(parts[i].glyph));
        }
        QCOMPARE(subset->copyright(), sans.copyright());
        QCOMPARE(subset->glyphFor(U'A'), quint16(0)); // no cmap: the PDF maps codes itself
        // The whole file sums to TrueType's magic number (head.checkSumAdjustment is right).
        QCOMPARE(checksum(file), 0xB1B0AFBAu);
    }

    void damagedFontsAreRefusedOrReadSafely()
    {
        const QByteArray original = bundled("DejaVuSans.ttf");
        QVERIFY(original.size() > 100000);
        QString error;
        QVERIFY(!TrueTypeFont::parse(QByteArray(), &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(!TrueTypeFont::parse(QByteArray("OTTO") + QByteArray(100, '\0'), &error));
        QVERIFY(error.contains(QStringLiteral("CFF")));
        // Cut short anywhere.
        for (qsizetype length : {4, 12, 13, 100, 300, 1000, 5000, 60000, 400000, 759719}) {
            if (const auto font = TrueTypeFont::parse(original.left(length)))
                useEverything(*font);
        }
        // Random bytes written over the table directory and the small tables that steer every
        // read (head, hhea, maxp, cmap, loca, hmtx): each damaged font is refused or answers
        // without reading outside its data.
        QRandomGenerator random(20240611);
        std::vector<std::pair<qsizetype, qsizetype>> targets{{0, 12 + 16 * 20}};
        for (const char* tag : {"head", "hhea", "maxp", "cmap", "loca", "hmtx"}) {
            const auto [offset, length] = tableSpan(original, tag);
            QVERIFY(length > 0);
            targets.emplace_back(offset, std::min<qsizetype>(length, 4096));
        }
        int refused = 0;
        for (int round = 0; round < 400; ++round) {
            QByteArray damaged = original;
            const auto& [start, length] = targets[std::size_t(random.bounded(int(targets.size())))];
            for (int n = random.bounded(1, 9); n > 0; --n)
                damaged[start + random.bounded(int(length))] = char(random.bounded(256));
            if (const auto parsed = TrueTypeFont::parse(damaged))
                useEverything(*parsed);
            else
                ++refused;
        }
        QVERIFY(refused > 0);
    }
};

ATTEST_REGISTER_TEST(TestTrueTypeFont, "truetypefont")
#include "tst_truetypefont.moc"
