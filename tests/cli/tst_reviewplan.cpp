#include "testregistry.h"

#include "clitestsupport.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
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

// The remediation plan before the close from the command line (`review plan`, CSV and JSON) and
// the owner's resolution of a conflict (`review resolve-conflict`), on the demo organisation: a
// revoke whose removal takes an approved entitlement of the same account.
class TestReviewPlan : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_workspace;
    QString m_campaign;

    QProcessEnvironment env() const
    {
        QProcessEnvironment e;
        e.insert(arg("XDG_DATA_HOME"), m_dir.filePath(arg("data")));
        e.insert(arg("ATTEST_NO_KEYCHAIN"), arg("1"));
        return e;
    }
    Run review(const QStringList& arguments)
    {
        QStringList all{arg("review"), arguments.value(0), arg("--workspace"), m_workspace};
        if (!m_campaign.isEmpty())
            all << arg("--campaign") << m_campaign;
        return runAttest(all + arguments.mid(1), env());
    }
    QJsonArray plan()
    {
        const Run run = review({arg("plan"), arg("--format"), arg("json")});
        if (run.exitCode != 0)
            qWarning("%s", run.err.constData());
        return QJsonDocument::fromJson(run.out).array();
    }
    static QJsonObject conflictOf(const QJsonArray& records, const QString& item)
    {
        for (const QJsonValue& v : records) {
            const QJsonObject r = v.toObject();
            if (r.value(arg("record")).toString() == QLatin1String("conflict") &&
                r.value(arg("items")).toArray().contains(item))
                return r;
        }
        return {};
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_workspace = m_dir.filePath(arg("demo.attest"));
        Run run = runAttest({arg("demo"), arg("--workspace"), m_workspace, arg("--identities"), arg("200"),
                             arg("--seed"), arg("11"), arg("--as-of"), arg("2026-10-01")},
                            env());
        QVERIFY2(run.exitCode == 0, run.err.constData());
        run = review({arg("create"), arg("--name"), arg("All access Q4"), arg("--owner"), arg("100001"),
                      arg("--fallback-reviewer"), arg("100002"), arg("--no-response"), arg("keep")});
        QVERIFY2(run.exitCode == 0, (run.out + run.err).constData());
        const QRegularExpressionMatch id = QRegularExpression(arg("campaign (\\d+)")).match(QString::fromUtf8(run.out));
        QVERIFY2(id.hasMatch(), run.out.constData());
        m_campaign = id.captured(1);
    }

    void aConflictIsShownAndResolvedByTheOwner()
    {
        // Nothing revoked yet: an empty plan, in both formats.
        QCOMPARE(plan().size(), 0);
        Run run = review({arg("plan")});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QVERIFY(run.out.startsWith("record,status,account,group,"));

        // A nested grant and the direct membership it comes through, of one account: revoke the
        // first, approve the second (the owner, on the reviewer's behalf).
        run = runAttest({arg("export"), arg("review-items"), arg("--workspace"), m_workspace, arg("--campaign"),
                         m_campaign, arg("--format"), arg("json")},
                        env());
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QJsonArray items = QJsonDocument::fromJson(run.out).array();
        QHash<QString, QString> directItem; // login + entitlement name → item
        for (const QJsonValue& v : items) {
            const QJsonObject o = v.toObject();
            if (o.value(arg("direct")).toBool())
                directItem.insert(o.value(arg("login")).toString() + QLatin1Char('\n') +
                                      o.value(arg("entitlementName")).toString(),
                                  QString::number(o.value(arg("item")).toInteger()));
        }
        QString revoked;
        QString approved;
        for (const QJsonValue& v : items) {
            const QJsonObject o = v.toObject();
            if (o.value(arg("direct")).toBool())
                continue;
            const QStringList via =
                o.value(arg("accessPath")).toString().mid(4).split(QStringLiteral(" → "), Qt::SkipEmptyParts);
            for (const QString& group : {via.value(0), via.value(via.size() - 1)}) {
                const QString key = o.value(arg("login")).toString() + QLatin1Char('\n') + group;
                if (!directItem.contains(key))
                    continue;
                const QString candidate = QString::number(o.value(arg("item")).toInteger());
                run = review({arg("decide"), arg("--item"), candidate, arg("--decision"), arg("revoke"),
                              arg("--reviewer"), arg("100001"), arg("--justification"), arg("not needed")});
                QVERIFY2(run.exitCode == 0, run.err.constData());
                run = review({arg("decide"), arg("--item"), directItem.value(key), arg("--decision"), arg("approve"),
                              arg("--reviewer"), arg("100001"), arg("--justification"), arg("needed")});
                QVERIFY2(run.exitCode == 0, run.err.constData());
                if (!conflictOf(plan(), candidate).isEmpty()) {
                    revoked = candidate;
                    approved = directItem.value(key);
                    break;
                }
            }
            if (!revoked.isEmpty())
                break;
        }
        QVERIFY2(!revoked.isEmpty(), "the demo organisation has a nested grant whose removal takes approved access");

        QJsonObject conflict = conflictOf(plan(), revoked);
        QCOMPARE(conflict.value(arg("status")).toString(), arg("unresolved"));
        // Who decided, by name and key, and as what.
        const QRegularExpression byOwner(arg("revoke by [^(]+ \\(100001\\) \\(owner-on-behalf\\)"));
        QVERIFY2(byOwner.match(conflict.value(arg("revoked")).toString()).hasMatch(),
                 qPrintable(conflict.value(arg("revoked")).toString()));
        QVERIFY(conflict.value(arg("approved")).toArray().first().toString().startsWith(arg("item %1 ").arg(approved)));

        // Refused: someone else, no reason, both or neither choice; nothing recorded.
        run = review({arg("resolve-conflict"), arg("--item"), revoked, arg("--revoke"), arg("--by"), arg("100002"),
                      arg("--reason"), arg("x")});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains("owner"), run.err.constData());
        run = review({arg("resolve-conflict"), arg("--item"), revoked, arg("--revoke"), arg("--by"), arg("100001")});
        QCOMPARE(run.exitCode, 2);
        run = review({arg("resolve-conflict"), arg("--item"), revoked, arg("--revoke"), arg("--keep"), arg("--by"),
                      arg("100001"), arg("--reason"), arg("x")});
        QCOMPARE(run.exitCode, 2);
        QCOMPARE(conflictOf(plan(), revoked).value(arg("status")).toString(), arg("unresolved"));

        // Keep, then revoke anyway: the plan follows, the change says what approved access it takes.
        run = review({arg("resolve-conflict"), arg("--item"), revoked, arg("--keep"), arg("--by"), arg("100001"),
                      arg("--reason"), arg("needed until the migration")});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        conflict = conflictOf(plan(), revoked);
        QCOMPARE(conflict.value(arg("status")).toString(), arg("resolved"));
        QCOMPARE(conflict.value(arg("resolution")).toString(), arg("keep"));
        QCOMPARE(conflict.value(arg("reason")).toString(), arg("needed until the migration"));
        run = review({arg("resolve-conflict"), arg("--item"), revoked, arg("--revoke"), arg("--by"), arg("100001"),
                      arg("--reason"), arg("moved teams")});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        bool planned = false;
        for (const QJsonValue& v : plan()) {
            const QJsonObject r = v.toObject();
            if (r.value(arg("record")).toString() == QLatin1String("change") &&
                r.value(arg("items")).toArray().contains(revoked)) {
                planned = true;
                QCOMPARE(r.value(arg("status")).toString(), arg("planned"));
                QVERIFY(!r.value(arg("takes_approved")).toArray().isEmpty());
            }
        }
        QVERIFY(planned);
        // CSV: the same records.
        run = review({arg("plan"), arg("--format"), arg("csv")});
        const QList<QStringList> rows = parseCsv(run.out);
        QCOMPARE(rows.size() - 1, plan().size());
        QVERIFY(rows.first().contains(arg("takes_approved")));
        run = review({arg("plan"), arg("--format"), arg("xml")});
        QCOMPARE(run.exitCode, 2);

        // Closed and remediated (the demo source is writable): the revoke is applied, and the
        // evidence records the approved item as taken by the resolution.
        run = review({arg("close"), arg("--by"), arg("100001"), arg("--apply-no-response-policy")});
        QVERIFY2(run.exitCode == 0, (run.out + run.err).constData());
        run = review({arg("remediate"), arg("--by"), arg("100001")});
        QVERIFY2(run.exitCode == 0, (run.out + run.err).constData());
        bool applied = false;
        for (const QJsonValue& v : plan()) {
            const QJsonObject r = v.toObject();
            if (r.value(arg("record")).toString() == QLatin1String("change") &&
                r.value(arg("items")).toArray().contains(revoked))
                applied = r.value(arg("status")).toString() == QLatin1String("applied");
        }
        QVERIFY(applied);
        run = review({arg("resolve-conflict"), arg("--item"), revoked, arg("--keep"), arg("--by"), arg("100001"),
                      arg("--reason"), arg("too late")});
        QCOMPARE(run.exitCode, 1); // remediated: no longer open to a resolution
        const QString pack = m_dir.filePath(arg("pack"));
        run = review({arg("export-evidence"), arg("--output"), pack});
        QVERIFY2(run.exitCode == 0, (run.out + run.err).constData());
        QFile file(pack + arg("/items.csv"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QList<QStringList> csv = parseCsv(file.readAll());
        const qsizetype column = csv.first().indexOf(arg("conflict"));
        QVERIFY(column >= 0);
        QVERIFY2(csv.value(approved.toInt())
                     .value(column)
                     .startsWith(arg("approved, but taken by the resolution of item %1").arg(revoked)),
                 qPrintable(csv.value(approved.toInt()).join(QLatin1Char('|'))));
        // Who decided, by name beside the key an auditor re-performs with.
        const qsizetype by = csv.first().indexOf(arg("decided_by"));
        const qsizetype byName = csv.first().indexOf(arg("decided_by_name"));
        const qsizetype reviewerName = csv.first().indexOf(arg("reviewer_name"));
        QVERIFY(by >= 0 && byName >= 0 && reviewerName >= 0);
        const QStringList approvedRow = csv.value(approved.toInt());
        QVERIFY2(!approvedRow.value(by).isEmpty() && !approvedRow.value(byName).isEmpty() &&
                     approvedRow.value(byName) != approvedRow.value(by) && !approvedRow.value(reviewerName).isEmpty(),
                 qPrintable(approvedRow.join(QLatin1Char('|'))));
        run = runAttest({arg("review"), arg("verify-evidence"), pack, arg("--workspace"), m_workspace}, env());
        QVERIFY2(run.exitCode == 0, (run.out + run.err).constData());
    }
};

ATTEST_REGISTER_TEST(TestReviewPlan, "reviewplan")
#include "tst_reviewplan.moc"
