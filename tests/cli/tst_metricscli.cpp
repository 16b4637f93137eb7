#include "clitestsupport.h"
#include "pdftools.h"
#include "testregistry.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using attest::test::parseCsv;
using attest::test::Run;
using attest::test::runAttest;

namespace {

QString arg(const char* text)
{
    return QString::fromUtf8(text);
}

} // namespace

// `attest metrics` and `attest report` on the demo organisation (four snapshots): every measure
// with the rows behind it, the drift from the previous snapshot, CSV, the PDF report, and clear
// errors for a wrong command line.
class TestMetricsCli : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_workspace;

    QProcessEnvironment env() const
    {
        QProcessEnvironment e;
        e.insert(arg("XDG_DATA_HOME"), m_dir.filePath(arg("data")));
        e.insert(arg("ATTEST_NO_KEYCHAIN"), arg("1"));
        return e;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_workspace = m_dir.filePath(arg("demo.attest"));
        const Run run = runAttest(
            {arg("demo"), arg("--workspace"), m_workspace, arg("--identities"), arg("300"), arg("--seed"), arg("5")},
            env());
        QVERIFY2(run.exitCode == 0, run.err.constData());
    }

    void jsonHasEveryMeasureWithItsRows()
    {
        const Run run =
            runAttest({arg("metrics"), arg("--workspace"), m_workspace, arg("--format"), arg("json")}, env());
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QJsonObject root = QJsonDocument::fromJson(run.out).object();
        const QJsonArray measures = root.value(arg("measures")).toArray();
        QStringList ids;
        for (const QJsonValue& v : measures) {
            const QJsonObject m = v.toObject();
            ids << m.value(arg("id")).toString();
            QVERIFY(!m.value(arg("definition")).toString().isEmpty());
            // Never a count without its list.
            QCOMPARE(m.value(arg("ids")).toArray().size(), m.value(arg("count")).toInt());
        }
        for (const char* id :
             {"privileged.accounts", "privileged.share", "privileged.stale", "privileged.no-owner",
              "privileged.password-old", "privileged.hidden-members", "stale.accounts", "stale.never-logged-on",
              "orphans.accounts", "orphans.leavers-enabled", "groups.cycles", "groups.empty", "groups.single-member",
              "groups.no-owner", "peers.outliers", "sod.violations"})
            QVERIFY2(ids.contains(arg(id)), id);
        QVERIFY(root.value(arg("drift")).isObject());
        QCOMPARE(root.value(arg("trend")).toArray().size(), 4);
        const QJsonObject effective =
            root.value(arg("entitlementsPerIdentity")).toObject().value(arg("effective")).toObject();
        QVERIFY(effective.value(arg("max")).toInt() >= effective.value(arg("p99")).toInt());
        QVERIFY(effective.value(arg("p99")).toInt() >= effective.value(arg("median")).toInt());
        QVERIFY(!root.value(arg("heatMap")).toArray().isEmpty());
    }

    void csvAndNoComparison()
    {
        Run run = runAttest({arg("metrics"), arg("--workspace"), m_workspace, arg("--format"), arg("csv"),
                             arg("--compare"), arg("none")},
                            env());
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QList<QStringList> rows = parseCsv(run.out);
        QCOMPARE(rows.front().mid(0, 4), (QStringList{arg("section"), arg("id"), arg("title"), arg("value")}));
        QVERIFY(rows.size() > 20);
        for (const QStringList& row : rows)
            QVERIFY(row.value(1) != arg("drift.added")); // no comparison asked
        // The first snapshot has nothing before it: said on stderr, no drift.
        const Run snapshots =
            runAttest({arg("export"), arg("snapshots"), arg("--workspace"), m_workspace, arg("--format"), arg("json")});
        const QString first = QString::number(
            QJsonDocument::fromJson(snapshots.out).array().first().toObject().value(arg("id")).toInteger());
        run = runAttest(
            {arg("metrics"), arg("--workspace"), m_workspace, arg("--snapshot"), first, arg("--format"), arg("json")},
            env());
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QVERIFY2(run.err.contains("nothing to compare"), run.err.constData());
        QVERIFY(!QJsonDocument::fromJson(run.out).object().contains(arg("drift")));
    }

    void reportIsAPdf()
    {
        const QString out = m_dir.filePath(arg("report.pdf"));
        const Run run = runAttest({arg("report"), arg("--workspace"), m_workspace, arg("--out"), out}, env());
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QFile pdf(out);
        QVERIFY(pdf.open(QIODevice::ReadOnly));
        const QByteArray bytes = pdf.readAll();
        QVERIFY(bytes.startsWith("%PDF-1.4"));
        QString error;
        QVERIFY2(attest::test::pdfText(out, &error).contains(arg("Hidden members of privileged groups")),
                 qPrintable(error));
        QVERIFY(bytes.contains("%%EOF"));
    }

    void badInput()
    {
        Run run = runAttest({arg("metrics"), arg("--workspace"), m_workspace}, env());
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.err.contains("--format"));
        run = runAttest({arg("metrics"), arg("--workspace"), m_workspace, arg("--format"), arg("json"),
                         arg("--compare"), arg("999")},
                        env());
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains("999"), run.err.constData());
        run = runAttest(
            {arg("metrics"), arg("--workspace"), m_dir.filePath(arg("missing.attest")), arg("--format"), arg("json")},
            env());
        QCOMPARE(run.exitCode, 1);
        QVERIFY(!run.err.isEmpty());
        run = runAttest({arg("report"), arg("--workspace"), m_workspace}, env());
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.err.contains("--out"));
        run = runAttest(
            {arg("report"), arg("--workspace"), m_workspace, arg("--out"), m_dir.filePath(arg("no/such/dir/r.pdf"))},
            env());
        QCOMPARE(run.exitCode, 1);
        run = runAttest({arg("metrics"), arg("--help")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.contains("--compare"));
    }
};

ATTEST_REGISTER_TEST(TestMetricsCli, "metricscli")

#include "tst_metricscli.moc"
