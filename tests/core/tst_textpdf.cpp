#include "testregistry.h"

#include "pdftools.h"

#include "io/bundledfonts.h"
#include "io/textpdf.h"
#include "io/truetypefont.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTest>

#include <map>
#include <set>

using namespace attest;
using attest::test::pdfText;
using attest::test::runPdfTool;

namespace {

QString text(const char* utf8)
{
    return QString::fromUtf8(utf8);
}

// Names from the directories Attest reads, in the scripts the bundled fonts cover.
const QStringList kNames{text("Szymański"), text("Ærøskøbing"), text("Παπαδόπουλος"),
                         text("Иванов"),    text("山田太郎"),   text("김민준")};

} // namespace

// The PDFs Attest writes (evidence summary, report) as a reader sees them: every name prints and
// extracts exactly as written, in any script the bundled fonts cover; the fonts are embedded
// subsets; the file is valid; lines wrap with the glyphs' real widths. The PDFs and a picture of
// their first page are saved in the test output folder for people to look at.
class TestTextPdf : public QObject
{
    Q_OBJECT

private:
    QString m_dir;
    QString m_names; // the PDF of the names

    QString save(const QString& name, const QByteArray& pdf)
    {
        const QString path = m_dir + QLatin1Char('/') + name;
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(pdf) != pdf.size())
            return {};
        return path;
    }

    // Words of a PDF with their boxes, as pdftotext -bbox finds them.
    struct Word
    {
        QString text;
        double xMin, yMin, xMax;
    };
    static std::vector<Word> words(const QString& path)
    {
        const auto run = runPdfTool(text("pdftotext"), {text("-bbox"), text("-enc"), text("UTF-8"), path, text("-")});
        std::vector<Word> found;
        static const QRegularExpression word(
            text("<word xMin=\"([0-9.]+)\" yMin=\"([0-9.]+)\" xMax=\"([0-9.]+)\" yMax=\"[0-9.]+\">([^<]*)</word>"));
        for (auto it = word.globalMatch(QString::fromUtf8(run.out)); it.hasNext();) {
            const auto m = it.next();
            found.push_back(
                {m.captured(4), m.captured(1).toDouble(), m.captured(2).toDouble(), m.captured(3).toDouble()});
        }
        return found;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_dir = qEnvironmentVariable("ATTEST_TEST_OUTPUT_DIR", text(ATTEST_TEST_OUTPUT_DIR)) + text("/textpdf");
        QVERIFY(QDir().mkpath(m_dir));

        TextPdf pdf(text("Access review \"Προνομιακή πρόσβαση\" — evidence, signed off by 山田太郎"));
        pdf.title(text("Access review: Привилегированный доступ"));
        pdf.heading(text("Decisions per reviewer"));
        for (const QString& name : kNames)
            pdf.line(text("%1: 5 of 5 decided, 2 revoked").arg(name));
        pdf.heading(text("Bold: Szymański Ærøskøbing Παπαδόπουλος Иванов 山田太郎 김민준"));
        pdf.line(text("Mixed on one line: 山田太郎 (Yamada Tarō) → Иванов, Παπαδόπουλος… “quoted” €5"));
        pdf.bar(text("Domain Admins — Παπαδόπουλος"), 0.4, text("12 accounts"), true);
        m_names = save(text("names.pdf"), pdf.render());
        QVERIFY(!m_names.isEmpty());
    }

    void namesExtractExactlyAsWritten()
    {
        QString error;
        const QStringList lines = pdfText(m_names, &error).split(QLatin1Char('\n'));
        QVERIFY2(error.isEmpty(), qPrintable(error));
        for (const QString& name : kNames) {
            const QString expected = text("%1: 5 of 5 decided, 2 revoked").arg(name);
            QVERIFY2(lines.contains(expected), qPrintable(expected + text(" not in:\n") + lines.join(text("\n"))));
        }
        for (const char* line : {"Access review \"Προνομιακή πρόσβαση\" — evidence, signed off by 山田太郎",
                                 "Access review: Привилегированный доступ",
                                 "Bold: Szymański Ærøskøbing Παπαδόπουλος Иванов 山田太郎 김민준",
                                 "Mixed on one line: 山田太郎 (Yamada Tarō) → Иванов, Παπαδόπουλος… “quoted” €5"})
            QVERIFY2(lines.contains(text(line)), line);
    }

    void fontsAreEmbeddedSubsets()
    {
        const auto run = runPdfTool(text("pdffonts"), {m_names});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        // name, type (two words), encoding, emb, sub, uni, object, generation
        const QStringList rows = QString::fromUtf8(run.out).split(QLatin1Char('\n'), Qt::SkipEmptyParts).mid(2);
        QStringList fonts;
        for (const QString& row : rows) {
            const QStringList cells = row.split(QLatin1Char(' '), Qt::SkipEmptyParts);
            QVERIFY2(cells.size() == 9, qPrintable(row));
            QVERIFY2(cells.mid(1, 6) == QStringList({text("CID"), text("TrueType"), text("Identity-H"), text("yes"),
                                                     text("yes"), text("yes")}),
                     qPrintable(row));
            fonts << cells[0].section(QLatin1Char('+'), 1); // after the subset tag
        }
        fonts.sort();
        QCOMPARE(fonts, QStringList({text("DejaVuSans"), text("DejaVuSans-Bold"), text("DroidSansFallback")}));
    }

    void fileIsValid()
    {
        const auto qpdf = runPdfTool(text("qpdf"), {text("--check"), m_names});
        QVERIFY2(qpdf.exitCode == 0 && qpdf.out.contains("No syntax or stream encoding errors"),
                 (qpdf.out + qpdf.err).constData());
        QVERIFY2(!qpdf.out.contains("WARNING"), qpdf.out.constData());
        const auto info = runPdfTool(text("pdfinfo"), {m_names});
        QVERIFY2(info.exitCode == 0 && info.err.isEmpty(), info.err.constData());
        QVERIFY(info.out.contains("Pages:           1"));
        // A picture of the page for people to look at (the glyphs themselves, not just the text).
        const auto png = runPdfTool(text("pdftoppm"), {text("-r"), text("110"), text("-png"), text("-singlefile"),
                                                       m_names, m_dir + text("/names")});
        QVERIFY2(png.exitCode == 0 && png.err.isEmpty(), png.err.constData());
        QVERIFY(QFileInfo(m_dir + text("/names.png")).size() > 10000);
    }

    void sameTextGivesTheSameFile()
    {
        const auto render = [] {
            TextPdf pdf(text("Header"));
            pdf.line(text("Szymański 山田太郎"));
            return pdf.render();
        };
        QCOMPARE(render(), render());
    }

    void linesWrapWithTheRealGlyphWidths()
    {
        // Twenty wide words and twenty narrow ones, each line 99 characters: the wide line needs two
        // lines of the page, the narrow one fits in one. CJK text, which has no spaces, is cut at
        // the margin. Nothing crosses the right margin (595 − 50 points).
        const QString wide = QStringList(20, text("WWWW")).join(QLatin1Char(' '));
        const QString narrow = QStringList(20, text("iiii")).join(QLatin1Char(' '));
        const QString cjk = QString(text("山田太郎")).repeated(20);
        TextPdf pdf(text("Wrapping"));
        pdf.line(wide);
        pdf.line(narrow);
        pdf.line(cjk);
        const QString path = save(text("wrap.pdf"), pdf.render());
        QVERIFY(!path.isEmpty());

        const std::vector<Word> found = words(path);
        QVERIFY(!found.empty());
        std::map<QString, std::set<double>> rowsOf; // a word's text → the heights it is found at
        QString cjkText;
        for (const Word& w : found) {
            QVERIFY2(w.xMax <= 545.5, qPrintable(w.text + text(" ends at ") + QString::number(w.xMax)));
            rowsOf[w.text].insert(w.yMin);
            if (std::all_of(w.text.cbegin(), w.text.cend(), [](QChar c) { return c.unicode() >= 0x2E80; }))
                cjkText += w.text;
        }
        QCOMPARE(rowsOf[text("WWWW")].size(), std::size_t(2));
        QCOMPARE(rowsOf[text("iiii")].size(), std::size_t(1));
        QCOMPARE(cjkText, cjk);
        QVERIFY(rowsOf[cjk].empty()); // it was cut, not left whole
    }

    void characterWithoutGlyphStillExtracts()
    {
        // Ethiopic: in none of the bundled fonts. It prints as the replacement character but the
        // file still says what was written, so a search finds it.
        const QString amharic = text("ሰላም");
        for (const QChar c : amharic) {
            for (const auto face : {BundledFonts::Face::Sans, BundledFonts::Face::Cjk})
                QCOMPARE(BundledFonts::font(face)->glyphFor(c.unicode()), quint16(0));
        }
        TextPdf pdf(text("Header"));
        pdf.line(text("Name: ") + amharic);
        pdf.line(text("Controls\tand a lone surrogate ") + QChar(0xD800) + text(" stay on one line"));
        const QString path = save(text("missing.pdf"), pdf.render());
        const QStringList lines = pdfText(path).split(QLatin1Char('\n'));
        QVERIFY2(lines.contains(text("Name: ") + amharic), qPrintable(lines.join(QLatin1Char('\n'))));
        QVERIFY2(lines.contains(text("Controls and a lone surrogate \uFFFD stay on one line")),
                 qPrintable(lines.join(QLatin1Char('\n'))));
    }

    void decomposedTextIsComposed()
    {
        // "n" + COMBINING ACUTE ACCENT prints as one "ń" and extracts as it.
        TextPdf pdf(text("Header"));
        pdf.line(text("Szyman\u0301ski"));
        const QString path = save(text("decomposed.pdf"), pdf.render());
        QVERIFY(pdfText(path).split(QLatin1Char('\n')).contains(text("Szymański")));
    }
};

ATTEST_REGISTER_TEST(TestTextPdf, "textpdf")
#include "tst_textpdf.moc"
