#include "testregistry.h"

#include "domain/privilegedpolicy.h"
#include "graph/accessgraph.h"
#include "io/csv.h"
#include "io/zipreader.h"
#include "review/campaignstate.h"
#include "review/population.h"
#include "review/worksheet.h"
#include "review/xlsxworksheet.h"
#include "store/workspace.h"
#include "ziptestwriter.h"

#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace attest;

namespace {

const Timestamp kNow = 1'790'000'000'000LL;

// Two managers: boss reviews a1 and a2 (Dev, and a1 also Ops), boss2 reviews b1 (Dev).
SnapshotData organisation()
{
    SnapshotData data;
    const auto person = [&data](const QString& key, const QString& manager) {
        Identity i;
        i.key = key;
        i.displayName = key.toUpper();
        i.managerKey = manager;
        i.department = QStringLiteral("Eng");
        i.title = QStringLiteral("Engineer");
        data.identities.push_back(i);
        Account a;
        a.key = QStringLiteral("uid=") + key;
        a.login = key;
        a.dn = a.key;
        a.identityKey = key;
        a.lastLogon = kNow - kMsPerDay;
        a.created = kNow - 400 * kMsPerDay;
        data.accounts.push_back(a);
        return quint32(data.accounts.size() - 1);
    };
    const auto group = [&data](const QString& name) {
        Entitlement e;
        e.key = QStringLiteral("cn=") + name;
        e.name = name;
        e.dn = e.key;
        data.entitlements.push_back(e);
        return quint32(data.entitlements.size() - 1);
    };
    person(QStringLiteral("boss"), {});
    person(QStringLiteral("boss2"), {});
    const quint32 a1 = person(QStringLiteral("a1"), QStringLiteral("boss"));
    const quint32 a2 = person(QStringLiteral("a2"), QStringLiteral("boss"));
    const quint32 b1 = person(QStringLiteral("b1"), QStringLiteral("boss2"));
    const quint32 dev = group(QStringLiteral("Dev"));
    const quint32 ops = group(QStringLiteral("Ops, \"core\""));
    for (quint32 a : {a1, a2, b1})
        data.memberships.push_back({dev, a, MemberKind::Account});
    data.memberships.push_back({ops, a1, MemberKind::Account});
    // The campaign's owner and fallback reviewer: people without access of their own here.
    for (const char* key : {"ciso", "auditor"}) {
        Identity i;
        i.key = QString::fromLatin1(key);
        i.displayName = i.key.toUpper();
        i.department = QStringLiteral("Audit");
        data.identities.push_back(i);
    }
    return data;
}

QByteArray toCsv(const QList<QStringList>& rows, const char* newline = "\r\n")
{
    QByteArray out;
    for (const QStringList& row : rows) {
        for (qsizetype i = 0; i < row.size(); ++i) {
            if (i > 0)
                out.append(',');
            csv::appendCell(out, row[i], false);
        }
        out.append(newline);
    }
    return out;
}

// Every part of an .xlsx file, to rewrite some and zip them again.
QList<test::ZipTestEntry> partsOf(const QByteArray& xlsx)
{
    QString error;
    auto zip = ZipReader::open(xlsx, &error);
    QList<test::ZipTestEntry> parts;
    if (!zip)
        return parts;
    for (const QString& name : zip->names())
        parts.append({name, zip->read(name, &error).value_or(QByteArray())});
    return parts;
}

QByteArray& part(QList<test::ZipTestEntry>& parts, const QString& name)
{
    for (test::ZipTestEntry& e : parts) {
        if (e.name == name)
            return e.data;
    }
    parts.append({name, {}});
    return parts.back().data;
}

QString columnName(qsizetype column)
{
    QString name;
    for (qsizetype c = column + 1; c > 0; c = (c - 1) / 26)
        name.prepend(QChar(char16_t(u'A' + (c - 1) % 26)));
    return name;
}

// Text as Excel stores it in XML: control characters as _xHHHH_, a literal _xHHHH_ with its "_"
// escaped, then XML-escaped.
QByteArray excelText(const QString& text)
{
    QString out = text;
    out.replace(QRegularExpression(QStringLiteral("_(x[0-9A-Fa-f]{4}_)")), QStringLiteral("_x005F_\\1"));
    QString escaped;
    for (const QChar c : out) {
        if (c.unicode() < 0x20 && c != QLatin1Char('\t') && c != QLatin1Char('\n') && c != QLatin1Char('\r'))
            escaped += QStringLiteral("_x%1_")
                           .arg(c.unicode(), 4, 16, QLatin1Char('0'))
                           .toUpper()
                           .replace(QStringLiteral("_X"), QStringLiteral("_x"));
        else
            escaped += c;
    }
    return escaped.toHtmlEscaped().toUtf8();
}

// The sheet as a spreadsheet program saves it: every text in xl/sharedStrings.xml (a run of rich
// text in one), numbers as numbers, empty cells left out.
void resaveWithSharedStrings(QList<test::ZipTestEntry>& parts, const QList<QStringList>& rows)
{
    QStringList shared;
    QByteArray sheet("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                     "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>");
    for (qsizetype r = 0; r < rows.size(); ++r) {
        sheet += "<row r=\"" + QByteArray::number(r + 1) + "\">";
        for (qsizetype c = 0; c < rows[r].size(); ++c) {
            const QString& text = rows[r][c];
            if (text.isEmpty())
                continue;
            const QByteArray ref = (columnName(c) + QString::number(r + 1)).toLatin1();
            bool number = false;
            text.toLongLong(&number);
            if (number && r > 0) {
                sheet += "<c r=\"" + ref + "\"><v>" + text.toLatin1() + ".0</v></c>";
                continue;
            }
            qsizetype index = shared.indexOf(text);
            if (index < 0) {
                index = shared.size();
                shared << text;
            }
            sheet += "<c r=\"" + ref + "\" s=\"1\" t=\"s\"><v>" + QByteArray::number(index) + "</v></c>";
        }
        sheet += "</row>";
    }
    sheet += "</sheetData></worksheet>";
    QByteArray strings("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                       "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">");
    for (const QString& text : shared) {
        const QByteArray escaped = excelText(text);
        if (text.size() > 3) // split into two runs, with a phonetic hint that is not part of the value
            strings += "<si><r><rPr><b/></rPr><t xml:space=\"preserve\">" + excelText(text.left(2)) +
                       "</t></r><r><t xml:space=\"preserve\">" + excelText(text.mid(2)) +
                       "</t></r><rPh sb=\"0\" eb=\"1\"><t>x</t></rPh></si>";
        else
            strings += "<si><t>" + escaped + "</t></si>";
    }
    strings += "</sst>";
    part(parts, QStringLiteral("xl/worksheets/sheet1.xml")) = sheet;
    part(parts, QStringLiteral("xl/sharedStrings.xml")) = strings;
}

} // namespace

class TestWorksheet : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_ws;
    std::optional<review::Loaded> m_loaded;
    QList<QStringList> m_sheet; // boss's worksheet as exported: header first

    qsizetype column(const char* name) const { return worksheet::columns().indexOf(QString::fromLatin1(name)); }

    // boss's rows with one cell of one row changed.
    QByteArray edited(int row, const char* name, const QString& value) const
    {
        QList<QStringList> rows = m_sheet;
        rows[row][column(name)] = value;
        return toCsv(rows);
    }

    QStringList problems(const worksheet::Validation& v) const
    {
        QStringList list;
        for (const worksheet::Problem& p : v.problems)
            list << QStringLiteral("%1: %2").arg(p.line).arg(p.message);
        return list;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QString error;
        m_ws =
            Workspace::open(m_dir.filePath(QStringLiteral("w.attest")), Workspace::OpenMode::CreateIfMissing, &error);
        QVERIFY2(m_ws, qPrintable(error));
        const SnapshotData data = organisation();
        const auto graph = AccessGraph::build(data, PrivilegedPolicy());
        CampaignDefinition d;
        d.name = QStringLiteral("Q4");
        d.owner = QStringLiteral("ciso");
        d.fallbackReviewer = QStringLiteral("auditor");
        d.snapshotId = 1;
        const auto population = buildPopulation(data, *graph, d, kNow, {}, &error);
        QVERIFY2(population, qPrintable(error));
        QCOMPARE(population->items.size(), std::size_t(4));
        const auto id = m_ws->createCampaign(d, *population, &error);
        QVERIFY2(id, qPrintable(error));
        m_loaded = review::load(*m_ws, *id, &error);
        QVERIFY2(m_loaded, qPrintable(error));

        const QByteArray bytes = worksheet::write(m_loaded->state, QStringLiteral("boss"));
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
        std::vector<worksheet::CsvRecord> records;
        QVERIFY2(worksheet::readCsv(bytes, &records, &error), qPrintable(error));
        for (const worksheet::CsvRecord& r : records)
            m_sheet << r.cells;
        QCOMPARE(m_sheet.size(), 4); // header and a1 → Dev, a1 → Ops, a2 → Dev
        QCOMPARE(m_sheet.front(), worksheet::columns());
        for (int r = 1; r < m_sheet.size(); ++r) {
            QCOMPARE(m_sheet[r][column("campaign")], QString::number(*id));
            QCOMPARE(m_sheet[r][column("populationSha256")], QString::fromLatin1(population->sha256.toHex()));
            QVERIFY(m_sheet[r][column("decision")].isEmpty());
        }
    }

    void readsQuotesNewlinesBomAndCrlf_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QList<QStringList>>("expected");
        QTest::addColumn<QList<qint64>>("lines");
        const QList<QStringList> simple{{QStringLiteral("a"), QStringLiteral("b")},
                                        {QStringLiteral("1"), QStringLiteral("2")}};
        QTest::newRow("lf") << QByteArray("a,b\n1,2\n") << simple << QList<qint64>{1, 2};
        QTest::newRow("crlf") << QByteArray("a,b\r\n1,2\r\n") << simple << QList<qint64>{1, 2};
        QTest::newRow("bom, no final newline") << QByteArray("\xEF\xBB\xBF"
                                                             "a,b\r\n1,2")
                                               << simple << QList<qint64>{1, 2};
        QTest::newRow("blank lines") << QByteArray("a,b\n\n1,2\n\n") << simple << QList<qint64>{1, 3};
        QTest::newRow("semicolons") << QByteArray("a;b\n1;2\n") << simple << QList<qint64>{1, 2};
        QTest::newRow("quotes") << QByteArray("a,b\n\"x, \"\"y\"\"\",\"\"\n")
                                << QList<QStringList>{{QStringLiteral("a"), QStringLiteral("b")},
                                                      {QStringLiteral("x, \"y\""), QString()}}
                                << QList<qint64>{1, 2};
        QTest::newRow("embedded newlines")
            << QByteArray("a,b\r\n\"one\r\ntwo\nthree\",z\r\nc,d\r\n")
            << QList<QStringList>{{QStringLiteral("a"), QStringLiteral("b")},
                                  {QStringLiteral("one\ntwo\nthree"), QStringLiteral("z")},
                                  {QStringLiteral("c"), QStringLiteral("d")}}
            << QList<qint64>{1, 2, 5};
    }

    void readsQuotesNewlinesBomAndCrlf()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QList<QStringList>, expected);
        QFETCH(QList<qint64>, lines);
        std::vector<worksheet::CsvRecord> records;
        QString error;
        QVERIFY2(worksheet::readCsv(bytes, &records, &error), qPrintable(error));
        QCOMPARE(qsizetype(records.size()), expected.size());
        for (std::size_t i = 0; i < records.size(); ++i) {
            QCOMPARE(records[i].cells, expected[qsizetype(i)]);
            QCOMPARE(records[i].line, lines[qsizetype(i)]);
        }
    }

    void refusesMalformedCsv_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("message");
        QTest::newRow("unclosed quote") << QByteArray("a,b\n1,2\n\"open,3\n") << QStringLiteral("line 3");
        QTest::newRow("text after quote") << QByteArray("a,b\n\"x\"y,2\n") << QStringLiteral("line 2");
        QTest::newRow("quote in cell") << QByteArray("a,b\nx\"y,2\n") << QStringLiteral("line 2");
        QTest::newRow("not utf-8") << QByteArray("a,b\n\xff\xfe,2\n") << QStringLiteral("UTF-8");
    }

    void refusesMalformedCsv()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, message);
        std::vector<worksheet::CsvRecord> records;
        QString error;
        QVERIFY(!worksheet::readCsv(bytes, &records, &error));
        QVERIFY2(error.contains(message), qPrintable(error));
        const worksheet::Validation v = worksheet::validate(bytes, m_loaded->state, QStringLiteral("boss"));
        QVERIFY(!v.ok());
        QVERIFY(v.entries.empty());
    }

    void listsEveryBadRowWithItsLine_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<qint64>("line");
        QTest::addColumn<QString>("message");
        QTest::newRow("unknown item") << edited(1, "item", QStringLiteral("99")) << qint64(2)
                                      << QStringLiteral("unknown item");
        QTest::newRow("item not a number")
            << edited(2, "item", QStringLiteral("x")) << qint64(3) << QStringLiteral("unknown item");
        QTest::newRow("another campaign")
            << edited(1, "campaign", QStringLiteral("77")) << qint64(2) << QStringLiteral("campaign 77");
        QTest::newRow("changed population") << edited(3, "populationSha256", QString(64, QLatin1Char('0'))) << qint64(4)
                                            << QStringLiteral("population");
        QTest::newRow("invalid decision") << edited(1, "decision", QStringLiteral("maybe")) << qint64(2)
                                          << QStringLiteral("invalid decision \"maybe\"");
        QTest::newRow("revoke without justification")
            << edited(1, "decision", QStringLiteral("revoke")) << qint64(2) << QStringLiteral("justification");
        QTest::newRow("wrong account") << edited(2, "account", QStringLiteral("zz")) << qint64(3)
                                       << QStringLiteral("not zz");
        QList<QStringList> shortRow = m_sheet;
        shortRow[2].removeLast();
        QTest::newRow("missing cell") << toCsv(shortRow) << qint64(3) << QStringLiteral("cells");
        QList<QStringList> twice = m_sheet; // a row pasted over another: more rows are refused as such
        twice[3] = m_sheet[1];
        QTest::newRow("duplicate item") << toCsv(twice) << qint64(4) << QStringLiteral("first on line 2");
        QList<QStringList> foreign = m_sheet;
        const ReviewItemTable& items = m_loaded->state.items();
        for (std::size_t i = 0; i < items.size(); ++i) {
            if (items.text(i, ReviewItemTable::AccountLogin) == QLatin1String("b1")) // boss2's
                foreign[1][column("item")] = QString::number(i + 1);
        }
        foreign[1][column("account")] = QStringLiteral("b1");
        foreign[1][column("entitlement")] = QStringLiteral("Dev");
        QTest::newRow("another reviewer's item") << toCsv(foreign) << qint64(2) << QStringLiteral("reviewed by boss2");
        QList<QStringList> noHeader = m_sheet;
        noHeader[0][column("decision")] = QStringLiteral("verdict");
        QTest::newRow("missing column") << toCsv(noHeader) << qint64(1) << QStringLiteral("decision");
    }

    void listsEveryBadRowWithItsLine()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(qint64, line);
        QFETCH(QString, message);
        // A good decision in the same file must not be imported either.
        QList<QStringList> rows;
        std::vector<worksheet::CsvRecord> records;
        QString error;
        QVERIFY(worksheet::readCsv(bytes, &records, &error));
        for (const worksheet::CsvRecord& r : records)
            rows << r.cells;
        if (rows.size() > 3 && rows[3].size() == rows[0].size() && line != 4)
            rows[3][column("decision")] = QStringLiteral("approve");
        const worksheet::Validation v = worksheet::validate(toCsv(rows), m_loaded->state, QStringLiteral("boss"));
        QVERIFY(!v.ok());
        QCOMPARE(v.problems.size(), 1);
        QCOMPARE(v.problems.front().line, line);
        QVERIFY2(v.problems.front().message.contains(message), qPrintable(problems(v).join(QLatin1Char('\n'))));

        const std::size_t before = m_ws->decisionHistory(m_loaded->campaign.id, &error)->size();
        QVERIFY(!worksheet::import(*m_ws, m_loaded->state, v, QStringLiteral("boss"), &error));
        QVERIFY(error.contains(QStringLiteral("nothing was imported")));
        QCOMPARE(m_ws->decisionHistory(m_loaded->campaign.id, &error)->size(), before);
    }

    void listsEveryProblemNotJustTheFirst()
    {
        QList<QStringList> rows = m_sheet;
        rows[1][column("decision")] = QStringLiteral("nope");
        rows[3][column("item")] = QStringLiteral("0");
        const worksheet::Validation v = worksheet::validate(toCsv(rows), m_loaded->state, QStringLiteral("boss"));
        QCOMPARE(problems(v).size(), 2);
        QCOMPARE(v.problems[0].line, qint64(2));
        QCOMPARE(v.problems[1].line, qint64(4));
    }

    void importsAGoodFileInOneGo()
    {
        QList<QStringList> rows = m_sheet;
        rows[1][column("decision")] = QStringLiteral("approve");
        rows[2][column("decision")] = QStringLiteral("Revoke");
        rows[2][column("justification")] = QStringLiteral("-"); // guarded as '- by a spreadsheet-safe export
        rows[2][column("justification")].prepend(QLatin1Char('\''));
        // rows[3] left empty: skipped. LF line ends, as some tools save.
        QByteArray bytes = toCsv(rows, "\n");
        bytes.prepend("\xEF\xBB\xBF");
        const worksheet::Validation v = worksheet::validate(bytes, m_loaded->state, QStringLiteral("boss"));
        QVERIFY2(v.ok(), qPrintable(problems(v).join(QLatin1Char('\n'))));
        QCOMPARE(v.rows, qint64(3));
        QCOMPARE(v.empty, qint64(1));
        QCOMPARE(qsizetype(v.entries.size()), qsizetype(2));
        QString error;
        const auto count = worksheet::import(*m_ws, m_loaded->state, v, QStringLiteral("boss"), &error);
        QVERIFY2(count, qPrintable(error));
        QCOMPARE(*count, qint64(2));
        const quint32 first = rows[1][column("item")].toUInt() - 1;
        const quint32 second = rows[2][column("item")].toUInt() - 1;
        QCOMPARE(m_loaded->state.state(first).decision, Decision::Approve);
        QCOMPARE(m_loaded->state.state(second).decision, Decision::Revoke);
        QCOMPARE(m_loaded->state.justificationOf(second), QStringLiteral("-"));
        QCOMPARE(m_loaded->state.decidedByOf(second), QStringLiteral("boss"));

        // The same file again changes nothing: every decision is already recorded.
        const worksheet::Validation again = worksheet::validate(bytes, m_loaded->state, QStringLiteral("boss"));
        QVERIFY(again.ok());
        QCOMPARE(again.unchanged, qint64(2));
        QVERIFY(again.entries.empty());

        // A fresh export carries the decisions, the guarded justification round-trips.
        const QByteArray exported = worksheet::write(m_loaded->state, QStringLiteral("boss"));
        QVERIFY(exported.contains(",revoke,'-\r\n"));
        QCOMPARE(worksheet::validate(exported, m_loaded->state, QStringLiteral("boss")).unchanged, qint64(2));
    }

    void xlsxHoldsTheCsvWorksheet()
    {
        QString error;
        // Text that looks like Excel's escapes, and a control character, come back as written.
        const quint32 approved = m_sheet[1][column("item")].toUInt() - 1;
        const QString tricky = QStringLiteral("ticket _x0041_ \x01 ok");
        QVERIFY2(review::decide(*m_ws, m_loaded->state, {approved}, Decision::Approve, QStringLiteral("boss"), tricky,
                                &error),
                 qPrintable(error));
        QCOMPARE(m_loaded->state.justificationOf(approved), tricky);
        const auto xlsx = worksheet::writeXlsx(m_loaded->state, QStringLiteral("boss"), &error);
        QVERIFY2(xlsx, qPrintable(error));
        QVERIFY(worksheet::isXlsx(*xlsx));
        std::vector<worksheet::CsvRecord> records;
        worksheet::XlsxProperties properties;
        QVERIFY2(worksheet::readXlsx(*xlsx, &records, &properties, &error), qPrintable(error));
        std::vector<worksheet::CsvRecord> csv;
        QVERIFY(worksheet::readCsv(worksheet::write(m_loaded->state, QStringLiteral("boss")), &csv, &error));
        QCOMPARE(records.size(), csv.size());
        for (std::size_t r = 0; r < records.size(); ++r) {
            QCOMPARE(records[r].line, qint64(r + 1));
            QCOMPARE(records[r].cells.size(), csv[r].cells.size());
            for (qsizetype c = 0; c < csv[r].cells.size(); ++c) {
                // CSV guards text like "-" against formulas; an XLSX text cell needs no guard.
                const QString& expected = csv[r].cells[c];
                QVERIFY2(records[r].cells[c] == expected ||
                             QString(QLatin1Char('\'') + records[r].cells[c]) == expected,
                         qPrintable(records[r].cells[c] + QStringLiteral(" vs ") + expected));
            }
        }
        QCOMPARE(properties.campaign, QString::number(m_loaded->campaign.id));
        QCOMPARE(properties.populationSha256, QString::fromLatin1(m_loaded->campaign.populationSha256.toHex()));
        QCOMPARE(properties.reviewer, QStringLiteral("boss"));

        // What the reviewer sees: a drop-down of the three decisions on the decision column, the
        // header frozen and bold, read-only cells shaded, an autofilter.
        auto zip = ZipReader::open(*xlsx, &error);
        QVERIFY2(zip, qPrintable(error));
        const QByteArray sheet = zip->read(QStringLiteral("xl/worksheets/sheet1.xml"), &error).value_or(QByteArray());
        const QString decision = columnName(column("decision"));
        QVERIFY2(sheet.contains("<dataValidation type=\"list\""), sheet.constData());
        QVERIFY(sheet.contains(
            QString(QStringLiteral("sqref=\"") + decision + QStringLiteral("2:") + decision + QStringLiteral("4\""))
                .toLatin1()));
        QVERIFY(sheet.contains("<formula1>\"approve,revoke,dont-know\"</formula1>"));
        QVERIFY(sheet.contains("ySplit=\"1\"") && sheet.contains("state=\"frozen\""));
        QVERIFY(sheet.contains("<autoFilter ref=\"A1:P4\""));
        const QByteArray styles = zip->read(QStringLiteral("xl/styles.xml"), &error).value_or(QByteArray());
        QVERIFY(styles.contains("<b/>"));
        QVERIFY(styles.contains("FFEFEFEF"));
        QVERIFY(readsBackDecisionsAfterEditing(*xlsx));
    }

    // Not a slot: returns whether the edited workbooks imported as expected.
    bool readsBackDecisionsAfterEditing(const QByteArray& xlsx)
    {
        // The row of a2 → Dev is undecided; fill it in as a reviewer in Excel would: dont-know.
        std::vector<worksheet::CsvRecord> records;
        worksheet::XlsxProperties properties;
        QString error;
        if (!worksheet::readXlsx(xlsx, &records, &properties, &error))
            return false;
        QList<QStringList> rows;
        for (const auto& r : records)
            rows << r.cells;
        int undecided = -1;
        for (int r = 1; r < rows.size(); ++r) {
            if (rows[r][column("decision")].isEmpty())
                undecided = r;
        }
        if (undecided < 0)
            return false;
        const quint32 item = rows[undecided][column("item")].toUInt() - 1;

        // 1. The inline-string workbook as written, one blank cell turned into text.
        QList<test::ZipTestEntry> parts = partsOf(xlsx);
        QByteArray& sheet = part(parts, QStringLiteral("xl/worksheets/sheet1.xml"));
        const QString ref = columnName(column("decision")) + QString::number(undecided + 1);
        const QRegularExpression blank(QStringLiteral("<c r=\"%1\"( s=\"\\d+\")?/>").arg(ref));
        QString text = QString::fromUtf8(sheet);
        if (!text.contains(blank))
            return false;
        text.replace(blank, QStringLiteral("<c r=\"%1\"\\1 t=\"inlineStr\"><is><t>dont-know</t></is></c>").arg(ref));
        sheet = text.toUtf8();
        worksheet::Validation v = worksheet::validate(test::zipArchive(parts), m_loaded->state, QStringLiteral("boss"));
        if (!v.ok() || v.entries.size() != 1 || v.entries.front().item != item ||
            v.entries.front().decision != Decision::DontKnow || v.entries.front().line != undecided + 1)
            return false;

        // 2. Saved again by a spreadsheet program: shared strings with rich-text runs, numbers as
        // 3.0; the formula-like justification stays text. Imported for real.
        rows[undecided][column("decision")] = QStringLiteral("revoke");
        rows[undecided][column("justification")] = QStringLiteral("=left the team & <moved>");
        parts = partsOf(xlsx);
        resaveWithSharedStrings(parts, rows);
        v = worksheet::validate(test::zipArchive(parts), m_loaded->state, QStringLiteral("boss"));
        if (!v.ok()) {
            qWarning() << problems(v);
            return false;
        }
        if (v.entries.size() != 1 || v.unchanged != 2)
            return false;
        const auto count = worksheet::import(*m_ws, m_loaded->state, v, QStringLiteral("boss"), &error);
        return count && *count == 1 && m_loaded->state.state(item).decision == Decision::Revoke &&
               m_loaded->state.justificationOf(item) == QStringLiteral("=left the team & <moved>");
    }

    void xlsxOfAnotherCampaignOrReviewerIsRefused()
    {
        QString error;
        const auto boss2 = worksheet::writeXlsx(m_loaded->state, QStringLiteral("boss2"), &error);
        QVERIFY2(boss2, qPrintable(error));
        worksheet::Validation v = worksheet::validate(*boss2, m_loaded->state, QStringLiteral("boss"));
        QCOMPARE(v.problems.size(), 1);
        QVERIFY2(v.problems.front().message.contains(QStringLiteral("boss2's worksheet")),
                 qPrintable(problems(v).join(QLatin1Char('\n'))));

        QList<test::ZipTestEntry> parts = partsOf(*boss2);
        QByteArray& custom = part(parts, QStringLiteral("docProps/custom.xml"));
        const QByteArray id = "<vt:lpwstr>" + QByteArray::number(m_loaded->campaign.id) + "</vt:lpwstr>";
        QVERIFY2(custom.contains(id), custom.constData());
        custom.replace(id, "<vt:lpwstr>999</vt:lpwstr>");
        v = worksheet::validate(test::zipArchive(parts), m_loaded->state, QStringLiteral("boss2"));
        QCOMPARE(v.problems.size(), 1);
        QVERIFY(v.problems.front().message.contains(QStringLiteral("campaign 999")));
        QVERIFY(v.entries.empty());
    }

    void refusesBrokenXlsx_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("message");
        QString error;
        const QByteArray good =
            worksheet::writeXlsx(m_loaded->state, QStringLiteral("boss"), &error).value_or(QByteArray());
        QVERIFY(!good.isEmpty());
        // Each broken copy also decides every row, so an import that got through would show.
        std::vector<worksheet::CsvRecord> records;
        worksheet::XlsxProperties properties;
        QVERIFY(worksheet::readXlsx(good, &records, &properties, &error));
        QList<QStringList> rows;
        for (const auto& r : records)
            rows << r.cells;
        for (int r = 1; r < rows.size(); ++r) {
            rows[r][column("decision")] = QStringLiteral("revoke");
            rows[r][column("justification")] = QStringLiteral("gone");
        }
        QList<test::ZipTestEntry> decided = partsOf(good);
        resaveWithSharedStrings(decided, rows);
        const QByteArray valid = test::zipArchive(decided);
        QTest::newRow("control: valid") << valid << QString();

        QTest::newRow("truncated") << valid.left(valid.size() / 2) << QStringLiteral("truncated");
        QTest::newRow("last bytes cut") << valid.left(valid.size() - 5) << QStringLiteral("truncated");
        QByteArray flipped = valid;
        const qsizetype sheetAt = flipped.indexOf("xl/worksheets/sheet1.xml") + 40;
        flipped[sheetAt] = char(flipped[sheetAt] ^ 0x5A);
        QTest::newRow("damaged data") << flipped << QStringLiteral("sheet1.xml");
        QTest::newRow("empty") << QByteArray("PK\x03\x04") << QStringLiteral("too short");

        QList<test::ZipTestEntry> parts = decided;
        for (test::ZipTestEntry& e : parts) {
            if (e.name == QLatin1String("xl/worksheets/sheet1.xml"))
                e.declaredSize = 100; // inflates to far more: a zip bomb would
        }
        QTest::newRow("larger than declared")
            << test::zipArchive(parts) << QStringLiteral("more than its declared size");
        parts = decided;
        for (test::ZipTestEntry& e : parts)
            e.flags = 1;
        QTest::newRow("encrypted") << test::zipArchive(parts) << QStringLiteral("encrypted");
        parts = decided;
        parts.removeIf([](const test::ZipTestEntry& e) { return e.name == QLatin1String("xl/worksheets/sheet1.xml"); });
        QTest::newRow("sheet missing") << test::zipArchive(parts) << QStringLiteral("missing");
        parts = decided;
        parts.append(parts.front());
        QTest::newRow("duplicate entry") << test::zipArchive(parts) << QStringLiteral("twice");
        parts = decided;
        part(parts, QStringLiteral("xl/sharedStrings.xml")).replace("</sst>", "");
        QTest::newRow("unclosed XML") << test::zipArchive(parts) << QStringLiteral("sharedStrings.xml, line");
        parts = decided;
        QByteArray& sheet = part(parts, QStringLiteral("xl/worksheets/sheet1.xml"));
        sheet.replace("<worksheet", "<!DOCTYPE worksheet [<!ENTITY a \"aaaa\">]><worksheet");
        QTest::newRow("DTD") << test::zipArchive(parts) << QStringLiteral("document type");
        parts = decided;
        part(parts, QStringLiteral("xl/worksheets/sheet1.xml")).replace("<v>0</v>", "<v>99999</v>");
        QTest::newRow("unknown shared string") << test::zipArchive(parts) << QStringLiteral("does not exist");
        parts = decided;
        part(parts, QStringLiteral("xl/worksheets/sheet1.xml")).replace("<row r=\"3\">", "<row r=\"1\">");
        QTest::newRow("rows out of order") << test::zipArchive(parts) << QStringLiteral("comes after");
    }

    void refusesBrokenXlsx()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, message);
        const worksheet::Validation v = worksheet::validate(bytes, m_loaded->state, QStringLiteral("boss"));
        if (message.isEmpty()) { // the control: the same edits, intact, are valid
            QVERIFY2(v.ok(), qPrintable(problems(v).join(QLatin1Char('\n'))));
            QVERIFY(!v.entries.empty());
            return;
        }
        QCOMPARE(v.problems.size(), 1);
        QCOMPARE(v.problems.front().line, qint64(0));
        QVERIFY2(v.problems.front().message.contains(message), qPrintable(v.problems.front().message));
        QVERIFY(v.entries.empty());
        QString error;
        const std::size_t before = m_ws->decisionHistory(m_loaded->campaign.id, &error)->size();
        QVERIFY(!worksheet::import(*m_ws, m_loaded->state, v, QStringLiteral("boss"), &error));
        QCOMPARE(m_ws->decisionHistory(m_loaded->campaign.id, &error)->size(), before);
    }

    void refusesWhatExceedsTheLimits_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<qint64>("line");
        QTest::addColumn<QString>("message"); // empty: within the limits, valid
        const qsizetype decision = column("decision");
        const qsizetype justification = column("justification");
        const auto revoked = [&](const QString& why) {
            QList<QStringList> rows = m_sheet;
            rows[1][decision] = QStringLiteral("revoke");
            rows[1][justification] = why;
            return rows;
        };
        const QString atLimit(kMaxJustificationChars, QLatin1Char('j'));
        const QString overLimit = atLimit + QLatin1Char('j');

        // CSV.
        QTest::newRow("csv: justification at the limit")
            << toCsv(revoked(QStringLiteral("  ") + atLimit + QStringLiteral(" "))) << qint64(0) << QString();
        QTest::newRow("csv: justification over the limit")
            << toCsv(revoked(overLimit)) << qint64(2)
            << QStringLiteral("item %1: a justification may be at most 4000 characters; this one has 4001")
                   .arg(m_sheet[1][column("item")]);
        QTest::newRow("csv: cell over the limit")
            << toCsv(revoked(QString(40'000, QLatin1Char('j')))) << qint64(0)
            << QStringLiteral("line 2: cell 16 (justification) is longer than 32767 characters");
        QTest::newRow("csv: 60 MB justification")
            << toCsv(revoked(QString(60 * 1024 * 1024, QLatin1Char('j')))) << qint64(0)
            << QStringLiteral(
                   "the file is 60.0 MB; a worksheet of 3 item(s) may be at most 1.3 MB (1 MB and 64 KB a row)");
        QList<QStringList> longer = m_sheet;
        longer << m_sheet[1];
        QTest::newRow("csv: more rows than the reviewer's items")
            << toCsv(longer) << qint64(0) << QStringLiteral("line 5: more than 4 rows");
        QList<QStringList> wide = m_sheet;
        for (QStringList& row : wide)
            row << QStringList(worksheet::kMaxCells, QStringLiteral("note"));
        QTest::newRow("csv: more cells than a row may have")
            << toCsv(wide) << qint64(0) << QStringLiteral("line 1: more than 64 cells in one row");

        // XLSX, as a spreadsheet program saves it (shared strings).
        QString error;
        const QByteArray xlsx =
            worksheet::writeXlsx(m_loaded->state, QStringLiteral("boss"), &error).value_or(QByteArray());
        QVERIFY2(!xlsx.isEmpty(), qPrintable(error));
        const auto saved = [&](const QList<QStringList>& rows) {
            QList<test::ZipTestEntry> parts = partsOf(xlsx);
            resaveWithSharedStrings(parts, rows);
            return parts;
        };
        QTest::newRow("xlsx: justification at the limit")
            << test::zipArchive(saved(revoked(atLimit))) << qint64(0) << QString();
        QTest::newRow("xlsx: justification over the limit")
            << test::zipArchive(saved(revoked(overLimit))) << qint64(2)
            << QStringLiteral("a justification may be at most 4000 characters; this one has 4001");
        QTest::newRow("xlsx: shared string over the limit")
            << test::zipArchive(saved(revoked(QString(40'000, QLatin1Char('j'))))) << qint64(0)
            << QStringLiteral("xl/sharedStrings.xml: string");
        QList<test::ZipTestEntry> parts = saved(revoked(QStringLiteral("gone")));
        QByteArray& sheet = part(parts, QStringLiteral("xl/worksheets/sheet1.xml"));
        sheet.replace("<c r=\"P2\" s=\"1\" t=\"s\">", "<c r=\"P2\" t=\"inlineStr\"><is><t>" + QByteArray(40'000, 'j') +
                                                          "</t></is></c><c r=\"Z2\" t=\"s\">");
        QTest::newRow("xlsx: inline cell over the limit")
            << test::zipArchive(parts) << qint64(0)
            << QStringLiteral("row 2: cell P2 (justification) is longer than 32767 characters");
        QTest::newRow("xlsx: more rows than the reviewer's items")
            << test::zipArchive(saved(longer)) << qint64(0) << QStringLiteral("row 5: more than 4 rows");
        QTest::newRow("xlsx: more cells than a row may have")
            << test::zipArchive(saved(wide)) << qint64(0) << QStringLiteral("row 1: more than 64 cells in one row");
        parts = saved(revoked(QStringLiteral("gone")));
        for (test::ZipTestEntry& e : parts)
            e.deflate = false;
        QTest::newRow("xlsx: stored, not deflated") << test::zipArchive(parts) << qint64(0) << QString();

        // 0.5 MB that unpack to 500 MB of valid XML: refused by the declared sizes, nothing inflated.
        parts = saved(revoked(QStringLiteral("gone")));
        test::makeXlsxBomb(parts, 250LL * 1024 * 1024);
        const QByteArray bomb = test::zipArchive(parts);
        QVERIFY2(bomb.size() < 1024 * 1024, QByteArray::number(bomb.size()));
        QTest::newRow("xlsx: zip bomb")
            << bomb << qint64(0)
            << QStringLiteral(
                   "xl/sharedStrings.xml unpacks to 250.0 MB; a worksheet of 3 item(s) may take at most 1.3 MB "
                   "a part (1 MB and 64 KB a row)");
    }

    void refusesWhatExceedsTheLimits()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(qint64, line);
        QFETCH(QString, message);
        const worksheet::Validation v = worksheet::validate(bytes, m_loaded->state, QStringLiteral("boss"));
        if (message.isEmpty()) {
            QVERIFY2(v.ok(), qPrintable(problems(v).join(QLatin1Char('\n'))));
            QCOMPARE(qsizetype(v.entries.size()), qsizetype(1));
            if (QByteArray(QTest::currentDataTag()).contains("at the limit"))
                QCOMPARE(v.entries.front().justification.size(), kMaxJustificationChars);
            return;
        }
        QCOMPARE(v.problems.size(), 1);
        QCOMPARE(v.problems.front().line, line);
        QVERIFY2(v.problems.front().message.contains(message), qPrintable(v.problems.front().message));
        QVERIFY(v.entries.empty());
        QString error;
        const std::size_t before = m_ws->decisionHistory(m_loaded->campaign.id, &error)->size();
        QVERIFY(!worksheet::import(*m_ws, m_loaded->state, v, QStringLiteral("boss"), &error));
        QCOMPARE(m_ws->decisionHistory(m_loaded->campaign.id, &error)->size(), before);
    }

    void readsLargePartsAsTheyInflate()
    {
        // Within the limits (here those of a workbook on its own: 64 MB unpacked in all), a padded
        // workbook still reads, parsed as it inflates, its checksums checked to the end.
        QString error;
        const QByteArray xlsx =
            worksheet::writeXlsx(m_loaded->state, QStringLiteral("boss"), &error).value_or(QByteArray());
        std::vector<worksheet::CsvRecord> expected;
        worksheet::XlsxProperties properties;
        QVERIFY2(worksheet::readXlsx(xlsx, &expected, &properties, &error), qPrintable(error));
        QList<test::ZipTestEntry> parts = partsOf(xlsx);
        test::makeXlsxBomb(parts, 16LL * 1024 * 1024);
        std::vector<worksheet::CsvRecord> records;
        QVERIFY2(worksheet::readXlsx(test::zipArchive(parts), &records, &properties, &error), qPrintable(error));
        QCOMPARE(records.size(), expected.size());
        for (std::size_t r = 0; r < records.size(); ++r)
            QCOMPARE(records[r].cells, expected[r].cells);

        // Past the 64 MB all parts may unpack to together, the part that would cross it is refused
        // when opened, by its declared size.
        parts = partsOf(xlsx);
        test::makeXlsxBomb(parts, 40LL * 1024 * 1024);
        auto zip = ZipReader::open(test::zipArchive(parts), &error);
        QVERIFY2(zip, qPrintable(error));
        QVERIFY2(zip->openEntry(QStringLiteral("xl/worksheets/sheet1.xml"), ZipReader::kMaxEntryBytes, &error),
                 qPrintable(error));
        QVERIFY(!zip->openEntry(QStringLiteral("xl/sharedStrings.xml"), ZipReader::kMaxEntryBytes, &error));
        QVERIFY2(error.contains(QStringLiteral("xl/sharedStrings.xml: unpacks to 40.0 MB, over the limit of 24.0 MB")),
                 qPrintable(error));
    }

    void refusesAClosedCampaign()
    {
        QString error;
        QVERIFY(m_ws->closeCampaign(m_loaded->campaign.id, kNow, &error));
        const auto closed = review::load(*m_ws, m_loaded->campaign.id, &error);
        QVERIFY(closed);
        const worksheet::Validation v = worksheet::validate(edited(1, "decision", QStringLiteral("approve")),
                                                            closed->state, QStringLiteral("boss"));
        QVERIFY(!v.ok());
        QVERIFY(v.problems.front().message.contains(QStringLiteral("closed")));
    }
};

ATTEST_REGISTER_TEST(TestWorksheet, "worksheet")
#include "tst_worksheet.moc"
