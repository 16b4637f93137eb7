#include "testregistry.h"

#include "analysis/privilegedpolicy.h"
#include "graph/accessgraph.h"
#include "review/campaignstate.h"
#include "review/population.h"
#include "review/worksheet.h"
#include "store/workspace.h"

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
    return data;
}

QByteArray toCsv(const QList<QStringList>& rows, const char* newline = "\r\n")
{
    QByteArray out;
    for (const QStringList& row : rows) {
        for (qsizetype i = 0; i < row.size(); ++i) {
            if (i > 0)
                out.append(',');
            worksheet::appendCell(out, row[i], false);
        }
        out.append(newline);
    }
    return out;
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
        QList<QStringList> twice = m_sheet;
        twice << m_sheet[1];
        QTest::newRow("duplicate item") << toCsv(twice) << qint64(5) << QStringLiteral("first on line 2");
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
        QCOMPARE(m_loaded->state.state(second).justification, QStringLiteral("-"));
        QCOMPARE(m_loaded->state.state(second).decidedBy, QStringLiteral("boss"));

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
