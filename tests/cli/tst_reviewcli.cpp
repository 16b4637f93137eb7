#include "testregistry.h"

#include "clitestsupport.h"

#include "cli/csvwriter.h"
#include "core/ziptestwriter.h"
#include "io/zipreader.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using attest::test::parseCsv;
using attest::test::Run;
using attest::test::runAttest;

namespace {

QString arg(const char* text)
{
    return QString::fromLatin1(text);
}

QByteArray toCsv(const QList<QStringList>& rows)
{
    QByteArray out;
    for (const QStringList& row : rows) {
        for (qsizetype i = 0; i < row.size(); ++i) {
            if (i > 0)
                out.append(',');
            attest::cli::CsvWriter::appendCell(out, row[i], false);
        }
        out.append("\r\n");
    }
    return out;
}

} // namespace

// The review command line end to end on a demo workspace: create → status → decide →
// accept-recommendations → reassign → worksheets out and back → export review-items.
class TestReviewCli : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_workspace;
    QString m_campaign;
    qint64 m_items = 0;
    // People of the demo organisation (300 identities, seed 7), by identity key: the CISO owns the
    // campaign, the Director of Security is its fallback, a security analyst a delegate.
    const QString kOwner = QStringLiteral("100202");    // Linda Karlsson, linda.karlsson2
    const QString kFallback = QStringLiteral("100203"); // Cécile Pham
    const QString kDeputy = QStringLiteral("100205");   // Emre Andersson
    QString m_reviewer;                                 // the reviewer with the most items (not the fallback)
    QString m_other;                                    // the next, whose items are reassigned
    int m_decided = -1; // 1-based item decided by hand (recommended approve where possible)

    // The journal key goes to a data folder of the test's own, not the user's.
    QProcessEnvironment dataHome(const QString& folder = {}) const
    {
        QProcessEnvironment env;
        env.insert(arg("XDG_DATA_HOME"), folder.isEmpty() ? m_dir.filePath(arg("data")) : folder);
        return env;
    }

    Run review(const QStringList& arguments, const QProcessEnvironment& env = {})
    {
        QStringList all{arg("review"), arguments.value(0), arg("--workspace"), m_workspace};
        if (!m_campaign.isEmpty() && arguments.value(0) != QLatin1String("list") &&
            arguments.value(0) != QLatin1String("create"))
            all << arg("--campaign") << m_campaign;
        return runAttest(all + arguments.mid(1), env.isEmpty() ? dataHome() : env);
    }

    QJsonArray items()
    {
        const Run run = runAttest({arg("export"), arg("review-items"), arg("--workspace"), m_workspace,
                                   arg("--campaign"), m_campaign, arg("--format"), arg("json")});
        if (run.exitCode != 0)
            qWarning("%s", run.err.constData());
        return QJsonDocument::fromJson(run.out).array();
    }

    QList<QStringList> worksheet(const QString& path)
    {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return {};
        QByteArray bytes = file.readAll();
        if (bytes.startsWith("\xEF\xBB\xBF"))
            bytes.remove(0, 3);
        return parseCsv(bytes);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_workspace = m_dir.filePath(arg("demo.attest"));
        const Run run = runAttest({arg("demo"), arg("--workspace"), m_workspace, arg("--identities"), arg("300"),
                                   arg("--seed"), arg("7"), arg("--as-of"), arg("2026-10-01")});
        QVERIFY2(run.exitCode == 0, run.err.constData());
    }

    void helpOnEachCommand()
    {
        for (const char* sub : {"create", "list", "status", "decide", "accept-recommendations", "reassign",
                                "export-worksheet", "import-worksheet", "close", "verify-evidence"}) {
            const Run run = runAttest({arg("review"), arg(sub), arg("--help")});
            QVERIFY2(run.exitCode == 0, sub);
            QVERIFY2(run.out.contains("attest review"), sub);
        }
        QCOMPARE(runAttest({arg("review"), arg("frobnicate")}).exitCode, 2);
        QVERIFY(runAttest({arg("--help")}).out.contains("review"));
    }

    void createRefusesBadCommandLines()
    {
        QCOMPARE(review({arg("create"), arg("--name"), arg("x"), arg("--owner"), arg("linda.karlsson2")}).exitCode, 2);
        QCOMPARE(review({arg("create"), arg("--name"), arg("x"), arg("--owner"), arg("linda.karlsson2"),
                         arg("--fallback-reviewer"), QStringLiteral("Cécile Pham"), arg("--exclude"), arg("no-reason")})
                     .exitCode,
                 2);
        QCOMPARE(review({arg("create"), arg("--name"), arg("x"), arg("--owner"), arg("linda.karlsson2"),
                         arg("--fallback-reviewer"), QStringLiteral("Cécile Pham"), arg("--due"), arg("31/12/2026")})
                     .exitCode,
                 2);
        QCOMPARE(review({arg("list")}).out.count('\n'), 1); // nothing was created
    }

    // "Priya" (ten people share the name) must not get the most sensitive items, nor "Priya Müller"
    // typed exactly make a second reviewer: a name names one person or is refused, listing whom it
    // could be, and nothing is created.
    void createRefusesUnknownAndAmbiguousPeople()
    {
        Run run = review({arg("create"), arg("--name"), arg("x"), arg("--owner"), arg("Patricia"),
                          arg("--fallback-reviewer"), arg("cecile.pham")});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains("owner") && run.err.contains("could be any of 5 people") &&
                     run.err.contains("patricia.demir@example.com") && run.err.contains("IT Operations"),
                 run.err.constData());
        run = review({arg("create"), arg("--name"), arg("x"), arg("--owner"), arg("linda.karlsson2"),
                      arg("--fallback-reviewer"), arg("Linda Karlsson")});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains("fallback reviewer") && run.err.contains("linda.karlsson ") &&
                     run.err.contains("linda.karlsson2 ") && run.err.contains("Security"),
                 run.err.constData());
        run = review({arg("create"), arg("--name"), arg("x"), arg("--owner"), arg("ciso"), arg("--fallback-reviewer"),
                      arg("cecile.pham")});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains("No identity matches “ciso”"), run.err.constData());
        QCOMPARE(review({arg("list")}).out.count('\n'), 1); // nothing was created
        const Run journal =
            runAttest({arg("export"), arg("journal"), arg("--workspace"), m_workspace, arg("--format"), arg("json")});
        QVERIFY(!journal.out.contains("\"review.create\""));
    }

    void createIsRefusedWithoutTheJournalKey()
    {
        // A data folder that cannot be created: the key can be neither read nor made.
        const QString blocker = m_dir.filePath(arg("not-a-folder"));
        QFile file(blocker);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();
        const Run run = review({arg("create"), arg("--name"), arg("x"), arg("--owner"), arg("linda.karlsson2"),
                                arg("--fallback-reviewer"), QStringLiteral("Cécile Pham")},
                               dataHome(blocker + arg("/sub")));
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains("journal"), run.err.constData());
        QCOMPARE(review({arg("list")}).out.count('\n'), 1); // nothing was created
    }

    void createFreezesThePopulation()
    {
        const Run run =
            review({arg("create"), arg("--name"), arg("Q4 access"), arg("--owner"), arg("linda.karlsson2"),
                    arg("--fallback-reviewer"), QStringLiteral("Cécile Pham"), arg("--due"), arg("2026-12-31"),
                    arg("--no-response"), arg("follow-recommendation"), arg("--stale-days"), arg("60")});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QString out = QString::fromUtf8(run.out);
        const auto id = QRegularExpression(arg("campaign (\\d+)")).match(out);
        const auto count = QRegularExpression(arg("items (\\d+)")).match(out);
        QVERIFY(id.hasMatch() && count.hasMatch());
        m_campaign = id.captured(1);
        m_items = count.captured(1).toLongLong();
        QVERIFY(m_items > 300);
        QVERIFY(QRegularExpression(arg("population sha256 [0-9a-f]{64}")).match(out).hasMatch());
        QVERIFY2(out.contains(arg("(balanced)")), qPrintable(out));
        QVERIFY2(run.err.contains("would revoke up to"), run.err.constData());

        // Journaled.
        const Run journal =
            runAttest({arg("export"), arg("journal"), arg("--workspace"), m_workspace, arg("--format"), arg("json")});
        QCOMPARE(journal.exitCode, 0);
        QVERIFY(journal.out.contains("\"review.create\""));

        const Run list = review({arg("list")});
        QCOMPARE(list.exitCode, 0);
        QVERIFY(list.out.contains("Q4 access"));
        QVERIFY(list.out.contains("2026-12-31"));

        // The reviewer with the most items, and one of their items to decide by hand.
        QMap<QString, int> perReviewer;
        const QJsonArray all = items();
        QCOMPARE(qint64(all.size()), m_items);
        for (const QJsonValue& v : all)
            ++perReviewer[v[arg("reviewer")].toString()];
        for (auto it = perReviewer.cbegin(); it != perReviewer.cend(); ++it) {
            if (it.key() != kFallback && (m_reviewer.isEmpty() || it.value() > perReviewer.value(m_reviewer)))
                m_reviewer = it.key();
        }
        for (auto it = perReviewer.cbegin(); it != perReviewer.cend(); ++it) {
            if (it.key() != m_reviewer && (m_other.isEmpty() || it.value() > perReviewer.value(m_other)))
                m_other = it.key();
        }
        QVERIFY(perReviewer.value(m_reviewer) >= 3);
        for (const QJsonValue& v : all) {
            if (v[arg("reviewer")].toString() != m_reviewer)
                continue;
            if (m_decided < 0 || v[arg("recommendation")].toString() == QLatin1String("approve"))
                m_decided = v[arg("item")].toInt();
        }
    }

    void statusStartsUndecided()
    {
        Run run = review({arg("status"), arg("--format"), arg("json")});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QJsonObject status = QJsonDocument::fromJson(run.out).object();
        QCOMPARE(status[arg("total")].toInteger(), m_items);
        QCOMPARE(status[arg("decided")].toInteger(), qint64(0));
        QVERIFY(!status[arg("reviewers")].toArray().isEmpty());
        run = review({arg("status")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.contains(QStringLiteral("0/%1 decided").arg(m_items).toUtf8()));
        QVERIFY(run.out.contains("rubber stamp"));
    }

    void decideRecordsAndChecks()
    {
        const QString item = QString::number(m_decided);
        // A revoke needs a justification; someone else's item is refused; item 0 does not exist.
        QCOMPARE(review({arg("decide"), arg("--item"), item, arg("--decision"), arg("revoke"), arg("--reviewer"),
                         m_reviewer})
                     .exitCode,
                 1);
        QCOMPARE(review({arg("decide"), arg("--item"), item, arg("--decision"), arg("revoke"), arg("--reviewer"),
                         arg("somebody-else"), arg("--justification"), arg("x")})
                     .exitCode,
                 1);
        QCOMPARE(review({arg("decide"), arg("--item"), arg("0"), arg("--decision"), arg("approve"), arg("--reviewer"),
                         m_reviewer})
                     .exitCode,
                 2);
        QCOMPARE(
            review({arg("decide"), arg("--item"), item, arg("--decision"), arg("maybe"), arg("--reviewer"), m_reviewer})
                .exitCode,
            2);
        const Run run = review({arg("decide"), arg("--item"), item, arg("--decision"), arg("revoke"), arg("--reviewer"),
                                m_reviewer, arg("--justification"), arg("moved to sales")});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QJsonObject decided = items()[m_decided - 1].toObject();
        QCOMPARE(decided[arg("decision")].toString(), arg("revoke"));
        QCOMPARE(decided[arg("decidedBy")].toString(), m_reviewer);
        QCOMPARE(decided[arg("justification")].toString(), arg("moved to sales"));
    }

    void acceptRecommendationsNeverOverwrites()
    {
        const Run run = review({arg("accept-recommendations"), arg("--reviewer"), arg("LINDA.KARLSSON2@example.com"),
                                arg("--only-reviewer"), m_reviewer});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QJsonArray all = items();
        QCOMPARE(all[m_decided - 1][arg("decision")].toString(), arg("revoke"));
        QCOMPARE(all[m_decided - 1][arg("justification")].toString(), arg("moved to sales"));
        qint64 accepted = 0;
        for (const QJsonValue& v : all) {
            if (v[arg("decidedBy")].toString() == kOwner) { // the owner, however they were named
                ++accepted;
                QCOMPARE(v[arg("reviewer")].toString(), m_reviewer);
                QCOMPARE(v[arg("decision")].toString(), v[arg("recommendation")].toString());
            }
        }
        QVERIFY(accepted > 0);
        QVERIFY(run.out.contains(QStringLiteral("on %1 undecided").arg(accepted).toUtf8()));
        // Twice: nothing more.
        QVERIFY(review({arg("accept-recommendations"), arg("--reviewer"), arg("LINDA.KARLSSON2@example.com"),
                        arg("--only-reviewer"), m_reviewer})
                    .out.contains("on 0 undecided"));
    }

    void reassignIsRecorded()
    {
        QCOMPARE(review({arg("reassign"), arg("--item"), arg("1"), arg("--to"), arg("Emre Andersson"), arg("--by"),
                         arg("linda.karlsson2")})
                     .exitCode,
                 2); // no reason
        QCOMPARE(review({arg("reassign"), arg("--to"), arg("Emre Andersson"), arg("--by"), arg("linda.karlsson2"),
                         arg("--reason"), arg("x")})
                     .exitCode,
                 2); // neither --item nor --from
        // A name that is nobody's or several people's moves nothing.
        Run refused = review({arg("reassign"), arg("--item"), arg("1"), arg("--to"), arg("Patricia"), arg("--by"),
                              arg("linda.karlsson2"), arg("--reason"), arg("x")});
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.err.contains("--to") && refused.err.contains("patricia.ferrari"), refused.err.constData());
        refused = review({arg("reassign"), arg("--item"), arg("1"), arg("--to"), arg("deputy"), arg("--by"),
                          arg("linda.karlsson2"), arg("--reason"), arg("x")});
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.err.contains("No identity matches"), refused.err.constData());
        for (const QJsonValue& v : items())
            QVERIFY(v[arg("relation")].toString() != QLatin1String("delegate"));
        // Every undecided item of a reviewer goes to a deputy.
        const Run run = review({arg("reassign"), arg("--from"), m_other, arg("--to"), arg("Emre Andersson"),
                                arg("--by"), arg("linda.karlsson2"), arg("--reason"), arg("reviewer on leave")});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        int delegated = 0;
        for (const QJsonValue& v : items()) {
            if (v[arg("reviewer")].toString() == kDeputy) { // the identity, not the name as typed
                ++delegated;
                QCOMPARE(v[arg("relation")].toString(), arg("delegate"));
                QCOMPARE(v[arg("reviewerName")].toString(), QStringLiteral("Emre Andersson"));
            }
        }
        QVERIFY(delegated > 0);
        QVERIFY(run.out.contains(QStringLiteral("reassigned %1 item").arg(delegated).toUtf8()));
    }

    void worksheetsGoOutAndComeBack()
    {
        const QString path = m_dir.filePath(arg("sheet.csv"));
        QCOMPARE(review({arg("export-worksheet"), arg("--reviewer"), arg("nobody"), arg("--output"), path}).exitCode,
                 1);
        Run run = review({arg("export-worksheet"), arg("--reviewer"), m_reviewer, arg("--output"), path});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QList<QStringList> rows = worksheet(path);
        QVERIFY(rows.size() >= 4);
        const QStringList header = rows.front();
        const qsizetype item = header.indexOf(arg("item"));
        const qsizetype decision = header.indexOf(arg("decision"));
        const qsizetype justification = header.indexOf(arg("justification"));
        QVERIFY(item >= 0 && decision >= 0 && justification >= 0);
        QCOMPARE(header.size(), 16);
        bool decidedRow = false;
        for (int r = 1; r < rows.size(); ++r) {
            if (rows[r][item].toInt() == m_decided) {
                QCOMPARE(rows[r][decision], arg("revoke")); // the current decision is filled in
                decidedRow = true;
            }
        }
        QVERIFY(decidedRow);
        const QByteArray before = runAttest({arg("export"), arg("review-items"), arg("--workspace"), m_workspace,
                                             arg("--campaign"), m_campaign, arg("--format"), arg("csv")})
                                      .out;

        // A bad file: every problem listed with its line, nothing imported.
        QList<QStringList> bad = rows;
        bad[1][decision] = arg("maybe");
        bad[2][item] = arg("999999");
        bad[3][0] = arg("12345"); // another campaign's row
        const QString badPath = m_dir.filePath(arg("bad.csv"));
        QFile badFile(badPath);
        QVERIFY(badFile.open(QIODevice::WriteOnly));
        badFile.write(toCsv(bad));
        badFile.close();
        run = review({arg("import-worksheet"), arg("--reviewer"), m_reviewer, arg("--input"), badPath});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains("bad.csv:2:") && run.err.contains("bad.csv:3:") && run.err.contains("bad.csv:4:"),
                 run.err.constData());
        QVERIFY(run.err.contains("nothing was imported"));
        QCOMPARE(runAttest({arg("export"), arg("review-items"), arg("--workspace"), m_workspace, arg("--campaign"),
                            m_campaign, arg("--format"), arg("csv")})
                     .out,
                 before);

        // A good file: two decisions changed, one with a justification holding a comma and a line break.
        QList<QStringList> good = rows;
        good[1][decision] = arg("dont-know");
        good[1][justification] = arg("ask HR, then\nthe team lead");
        good[2][decision] = arg("approve");
        good[2][justification] = arg("still on the project");
        for (int r = 3; r < good.size(); ++r) {
            good[r][decision].clear(); // empty cells are skipped
            good[r][justification].clear();
        }
        QFile goodFile(path);
        QVERIFY(goodFile.open(QIODevice::WriteOnly));
        goodFile.write("\xEF\xBB\xBF" + toCsv(good));
        goodFile.close();
        run = review({arg("import-worksheet"), arg("--reviewer"), m_reviewer, arg("--input"), path});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QVERIFY2(run.out.contains("imported"), run.out.constData());
        const QJsonArray all = items();
        const QJsonObject first = all[good[1][item].toInt() - 1].toObject();
        QCOMPARE(first[arg("decision")].toString(), arg("dont-know"));
        QCOMPARE(first[arg("justification")].toString(), arg("ask HR, then\nthe team lead"));
        QCOMPARE(first[arg("decidedBy")].toString(), m_reviewer);
        QCOMPARE(all[good[2][item].toInt() - 1][arg("justification")].toString(), arg("still on the project"));
    }

    void xlsxWorksheetsGoOutAndComeBack()
    {
        // The format follows the extension, or --format.
        const QString path = m_dir.filePath(arg("sheet.xlsx"));
        Run run = review({arg("export-worksheet"), arg("--reviewer"), m_reviewer, arg("--output"), path});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QString other = m_dir.filePath(arg("sheet.dat"));
        QVERIFY(review({arg("export-worksheet"), arg("--reviewer"), m_reviewer, arg("--output"), other, arg("--format"),
                        arg("xlsx")})
                    .exitCode == 0);
        QCOMPARE(review({arg("export-worksheet"), arg("--reviewer"), m_reviewer, arg("--output"), other,
                         arg("--format"), arg("ods")})
                     .exitCode,
                 2);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray xlsx = file.readAll();
        file.close();
        QVERIFY(xlsx.startsWith("PK\x03\x04"));

        // Unchanged, it imports cleanly and changes nothing.
        run = review({arg("import-worksheet"), arg("--reviewer"), m_reviewer, arg("--input"), path});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QVERIFY2(run.out.contains("imported 0 decisions"), run.out.constData());

        // The dont-know decided from the CSV worksheet turned into approve in the workbook.
        QString error;
        auto zip = attest::ZipReader::open(xlsx, &error);
        QVERIFY2(zip, qPrintable(error));
        QList<attest::test::ZipTestEntry> parts;
        for (const QString& name : zip->names())
            parts.append({name, zip->read(name, &error).value_or(QByteArray())});
        qsizetype changed = 0;
        for (attest::test::ZipTestEntry& e : parts) {
            if (e.name == QLatin1String("xl/worksheets/sheet1.xml")) {
                changed = e.data.count("<t>dont-know</t>");
                e.data.replace("<t>dont-know</t>", "<t>approve</t>");
            }
        }
        QCOMPARE(changed, 1);
        const QByteArray edited = attest::test::zipArchive(parts);
        const QString truncatedPath = m_dir.filePath(arg("truncated.xlsx"));
        QFile truncated(truncatedPath);
        QVERIFY(truncated.open(QIODevice::WriteOnly));
        truncated.write(edited.left(edited.size() - 100));
        truncated.close();
        const QByteArray before = items().isEmpty() ? QByteArray() : QJsonDocument(items()).toJson();
        run = review({arg("import-worksheet"), arg("--reviewer"), m_reviewer, arg("--input"), truncatedPath});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains("truncated") && run.err.contains("nothing was imported"), run.err.constData());
        QCOMPARE(QJsonDocument(items()).toJson(), before);

        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(edited);
        file.close();
        run = review({arg("import-worksheet"), arg("--reviewer"), m_reviewer, arg("--input"), path});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QVERIFY2(run.out.contains("imported 1 decisions"), run.out.constData());
        int approvedWithHrNote = 0;
        for (const QJsonValue& v : items()) {
            if (v[arg("justification")].toString() == QLatin1String("ask HR, then\nthe team lead"))
                approvedWithHrNote += v[arg("decision")].toString() == QLatin1String("approve") ? 1 : 0;
        }
        QCOMPARE(approvedWithHrNote, 1);
    }

    void limitsAreEnforced()
    {
        const QByteArray before = QJsonDocument(items()).toJson();
        const QString item = QString::number(m_decided);
        const QString tooLong(4001, QLatin1Char('j'));
        Run run = review({arg("decide"), arg("--item"), item, arg("--decision"), arg("revoke"), arg("--reviewer"),
                          m_reviewer, arg("--justification"), tooLong});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains("a justification may be at most 4000 characters; this one has 4001"),
                 run.err.constData());

        // A worksheet with one justification over the limit: named with its file and line.
        const QString csvPath = m_dir.filePath(arg("long.csv"));
        QVERIFY(review({arg("export-worksheet"), arg("--reviewer"), m_reviewer, arg("--output"), csvPath}).exitCode ==
                0);
        QList<QStringList> rows = worksheet(csvPath);
        const qsizetype decision = rows.front().indexOf(arg("decision"));
        const qsizetype justification = rows.front().indexOf(arg("justification"));
        rows[2][decision] = arg("revoke");
        rows[2][justification] = QString(5000, QLatin1Char('j'));
        QFile csv(csvPath);
        QVERIFY(csv.open(QIODevice::WriteOnly));
        csv.write(toCsv(rows));
        csv.close();
        run = review({arg("import-worksheet"), arg("--reviewer"), m_reviewer, arg("--input"), csvPath});
        QCOMPARE(run.exitCode, 1);
        // (A justification above spans two lines: the line is the one the row starts on.)
        const QRegularExpression named(
            QStringLiteral(
                "long\\.csv:\\d+: item %1: a justification may be at most 4000 characters; this one has 5000")
                .arg(rows[2][rows.front().indexOf(arg("item"))]));
        QVERIFY2(named.match(QString::fromUtf8(run.err)).hasMatch(), run.err.constData());
        QVERIFY(run.err.contains("nothing was imported"));

        // The same in a workbook.
        const QString xlsxPath = m_dir.filePath(arg("long.xlsx"));
        QVERIFY(review({arg("export-worksheet"), arg("--reviewer"), m_reviewer, arg("--output"), xlsxPath}).exitCode ==
                0);
        QFile file(xlsxPath);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray xlsx = file.readAll();
        file.close();
        QString error;
        auto zip = attest::ZipReader::open(xlsx, &error);
        QVERIFY2(zip, qPrintable(error));
        QList<attest::test::ZipTestEntry> parts;
        for (const QString& name : zip->names())
            parts.append({name, zip->read(name, &error).value_or(QByteArray())});
        QList<attest::test::ZipTestEntry> longParts = parts;
        for (attest::test::ZipTestEntry& e : longParts) {
            if (e.name != QLatin1String("xl/worksheets/sheet1.xml"))
                continue;
            QString text = QString::fromUtf8(e.data);
            const auto inlineCell = [](const char* ref, const QString& value) {
                return QStringLiteral("<c r=\"%1\" t=\"inlineStr\"><is><t>%2</t></is></c>").arg(arg(ref), value);
            };
            text.replace(QRegularExpression(arg("(?s)<c r=\"O2\"[^>]*?(/>|>.*?</c>)")),
                         inlineCell("O2", arg("revoke")));
            text.replace(QRegularExpression(arg("(?s)<c r=\"P2\"[^>]*?(/>|>.*?</c>)")),
                         inlineCell("P2", QString(5000, QLatin1Char('j'))));
            e.data = text.toUtf8();
        }
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(attest::test::zipArchive(longParts));
        file.close();
        run = review({arg("import-worksheet"), arg("--reviewer"), m_reviewer, arg("--input"), xlsxPath});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains("long.xlsx:2: item ") &&
                     run.err.contains("a justification may be at most 4000 characters; this one has 5000"),
                 run.err.constData());

        // A zip bomb: under a megabyte that unpacks to 500 MB of valid XML. Refused by the sizes
        // the archive declares, before anything is inflated.
        attest::test::makeXlsxBomb(parts, 250LL * 1024 * 1024);
        const QString bombPath = m_dir.filePath(arg("bomb.xlsx"));
        QFile bomb(bombPath);
        QVERIFY(bomb.open(QIODevice::WriteOnly));
        bomb.write(attest::test::zipArchive(parts));
        bomb.close();
        QVERIFY(bomb.size() < 1024 * 1024);
        run = review({arg("import-worksheet"), arg("--reviewer"), m_reviewer, arg("--input"), bombPath});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains("bomb.xlsx: ") && run.err.contains("unpacks to 250.0 MB; a worksheet of ") &&
                     run.err.contains("nothing was imported"),
                 run.err.constData());

        QCOMPARE(QJsonDocument(items()).toJson(), before);
    }

    void exportReviewItems()
    {
        Run run = runAttest(
            {arg("export"), arg("review-items"), arg("--workspace"), m_workspace, arg("--format"), arg("csv")});
        QCOMPARE(run.exitCode, 2); // needs --campaign
        run = runAttest({arg("export"), arg("review-items"), arg("--workspace"), m_workspace, arg("--campaign"),
                         m_campaign, arg("--format"), arg("csv")});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QList<QStringList> rows = parseCsv(run.out);
        QCOMPARE(qint64(rows.size()), m_items + 1);
        const QStringList header = rows.front();
        for (const char* field :
             {"item", "identity", "account", "entitlement", "accessPath", "reviewer", "relation", "decision",
              "decidedAt", "justification", "recommendation", "recommendationReason", "lastLogon", "peerPercent"})
            QVERIFY2(header.contains(arg(field)), field);
        QCOMPARE(rows[m_decided][header.indexOf(arg("decision"))], arg("revoke"));

        const Run status = review({arg("status"), arg("--format"), arg("json")});
        const QJsonObject o = QJsonDocument::fromJson(status.out).object();
        QVERIFY(o[arg("decided")].toInteger() > 0);
        QVERIFY(o[arg("revoked")].toInteger() >= 1);
    }
};

ATTEST_REGISTER_TEST(TestReviewCli, "reviewcli")
#include "tst_reviewcli.moc"
