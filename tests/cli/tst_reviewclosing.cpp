#include "testregistry.h"

#include "clitestsupport.h"
#include "pdftools.h"

#include "security/ed25519key.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using attest::test::Run;
using attest::test::runAttest;

namespace {

QString arg(const char* text)
{
    return QString::fromUtf8(text);
}

} // namespace

// The end of a review from the command line, on the demo organisation (whose source Attest can
// change): close with the no-response policy, remediate into a new snapshot, nothing twice,
// sign-off by the owner, a signed evidence pack that verifies and fails on one changed byte.
class TestReviewClosing : public QObject
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
    qint64 snapshotCount()
    {
        const Run run =
            runAttest({arg("export"), arg("snapshots"), arg("--workspace"), m_workspace, arg("--format"), arg("json")});
        return QJsonDocument::fromJson(run.out).array().size();
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
        run = review({arg("create"), arg("--name"), arg("Privileged access Q4"), arg("--owner"), arg("100001"),
                      arg("--fallback-reviewer"), arg("100002"), arg("--scope"), arg("privileged"),
                      arg("--no-response"), arg("keep")});
        QVERIFY2(run.exitCode == 0, (run.out + run.err).constData());
        const QRegularExpressionMatch id = QRegularExpression(arg("campaign (\\d+)")).match(QString::fromUtf8(run.out));
        QVERIFY2(id.hasMatch(), run.out.constData());
        m_campaign = id.captured(1);
    }

    void closingNeedsTheNoResponsePolicyConfirmed()
    {
        const Run refused = review({arg("close"), arg("--by"), arg("100001")});
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.err.contains("undecided"), refused.err.constData());
        // Decisions, then close with the policy (keep) for the rest.
        Run run = review({arg("accept-recommendations"), arg("--reviewer"), arg("100001")});
        QVERIFY2(run.exitCode == 0, (run.out + run.err).constData());
        run = review({arg("close"), arg("--by"), arg("100001"), arg("--apply-no-response-policy")});
        QVERIFY2(run.exitCode == 0, (run.out + run.err).constData());
        QVERIFY2(run.out.contains("closed campaign") && run.out.contains("Remove "), run.out.constData());
        // Closed means closed.
        const Run again = review({arg("close"), arg("--by"), arg("100001"), arg("--apply-no-response-policy")});
        QCOMPARE(again.exitCode, 1);
        QVERIFY(again.err.contains("already closed"));
    }

    void remediationMakesANewSnapshotOnceOnly()
    {
        const qint64 before = snapshotCount();
        // An item that is not a number is a wrong command line, and changes nothing.
        const Run notANumber = review(
            {arg("remediate"), arg("--by"), arg("100001"), arg("--done"), arg("first"), arg("--ticket"), arg("T-1")});
        QCOMPARE(notANumber.exitCode, 2);
        QVERIFY2(notANumber.err.contains("--done needs an item number"), notANumber.err.constData());
        Run preview = review({arg("remediate"), arg("--by"), arg("100001"), arg("--preview")});
        QVERIFY2(preview.exitCode == 0 && preview.out.contains("planned"), (preview.out + preview.err).constData());
        Run run = review({arg("remediate"), arg("--by"), arg("100001")});
        QVERIFY2(run.exitCode == 0, (run.out + run.err).constData());
        QVERIFY2(run.out.contains("failed 0") && !run.out.contains("applied 0,"), run.out.constData());
        QCOMPARE(snapshotCount(), before + 1);
        // Again: nothing is applied twice, no new snapshot.
        run = review({arg("remediate"), arg("--by"), arg("100001")});
        QVERIFY2(run.exitCode == 0 && run.out.contains("applied 0,"), run.out.constData());
        QCOMPARE(snapshotCount(), before + 1);
        // The revoked memberships are gone from the newest snapshot's grants.
        const Run items = runAttest({arg("export"), arg("review-items"), arg("--workspace"), m_workspace,
                                     arg("--campaign"), m_campaign, arg("--format"), arg("json")});
        QVERIFY(items.exitCode == 0);
    }

    void signedEvidenceVerifiesAndEveryByteCounts()
    {
        const QString unsignedPack = m_dir.filePath(arg("unsigned"));
        Run run = review({arg("export-evidence"), arg("--output"), unsignedPack});
        QVERIFY2(run.exitCode == 0 && run.out.contains("UNSIGNED"), (run.out + run.err).constData());
        QString error;
        QVERIFY2(attest::test::pdfText(unsignedPack + arg("/summary.pdf"), &error).contains(arg("UNSIGNED")),
                 qPrintable(error));

        run = review({arg("sign-off"), arg("--by"), arg("someone-else"), arg("--statement"), arg("fine")});
        QCOMPARE(run.exitCode, 1);
        run = review({arg("sign-off"), arg("--by"), arg("100001"), arg("--statement"),
                      arg("All privileged access reviewed; revocations applied and verified.")});
        QVERIFY2(run.exitCode == 0, (run.out + run.err).constData());
        const QString pack = m_dir.filePath(arg("evidence"));
        run = review({arg("export-evidence"), arg("--output"), pack});
        QVERIFY2(run.exitCode == 0 && run.out.contains("signed off"), (run.out + run.err).constData());
        for (const char* file : {"items.csv", "campaign.json", "summary.pdf", "manifest.json", "manifest.sig"})
            QVERIFY2(QFile::exists(pack + QLatin1Char('/') + QLatin1String(file)), file);
        QFile campaign(pack + arg("/campaign.json"));
        QVERIFY(campaign.open(QIODevice::ReadOnly));
        const QJsonObject json = QJsonDocument::fromJson(campaign.readAll()).object();
        QVERIFY(json.value(arg("reconciliation")).toObject().value(arg("balanced")).toBool());
        QCOMPARE(json.value(arg("population")).toObject().value(arg("sha256")).toString().size(), 64);

        run = runAttest({arg("review"), arg("verify-evidence"), pack, arg("--workspace"), m_workspace}, env());
        QVERIFY2(run.exitCode == 0 && run.out.contains("intact"), (run.out + run.err).constData());
        // One byte of the summary changed.
        QFile pdf(pack + arg("/summary.pdf"));
        QVERIFY(pdf.open(QIODevice::ReadWrite));
        QByteArray bytes = pdf.readAll();
        bytes[100] = bytes[100] == 'A' ? 'B' : 'A';
        pdf.seek(0);
        pdf.write(bytes);
        pdf.close();
        run = runAttest({arg("review"), arg("verify-evidence"), pack, arg("--workspace"), m_workspace}, env());
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.out.contains("summary.pdf: changed"), run.out.constData());
        // A file slipped in afterwards is named too, and a folder.
        QFile extra(pack + arg("/extra.txt"));
        QVERIFY(extra.open(QIODevice::WriteOnly));
        extra.write("x");
        extra.close();
        QVERIFY(QDir(pack).mkdir(arg("more")));
        run = runAttest({arg("review"), arg("verify-evidence"), pack, arg("--workspace"), m_workspace}, env());
        QVERIFY(run.out.contains("extra.txt"));
        QVERIFY2(run.out.contains("more: not part of the pack"), run.out.constData());
    }

    // A pack re-signed with another key (every revoke turned into an approve) verifies against
    // nothing but the key it carries: without an expected key it does not verify, with the
    // workspace or the journal's key it is refused, naming the key that signed it.
    void aResignedPackIsRefused()
    {
        const QString pack = m_dir.filePath(arg("evidence"));
        QVERIFY(QFile::exists(pack + arg("/manifest.json")));
        const QString forged = m_dir.filePath(arg("forged"));
        QVERIFY(QDir().mkpath(forged));
        QByteArray items;
        {
            QFile file(pack + arg("/items.csv"));
            QVERIFY(file.open(QIODevice::ReadOnly));
            items = file.readAll().replace(",revoke,", ",approve,");
        }
        QJsonArray files;
        for (const char* name : {"items.csv", "campaign.json", "summary.pdf"}) {
            QByteArray bytes = items;
            if (QLatin1String(name) != QLatin1String("items.csv")) {
                QFile file(pack + QLatin1Char('/') + QLatin1String(name));
                QVERIFY(file.open(QIODevice::ReadOnly));
                bytes = file.readAll();
            }
            QFile out(forged + QLatin1Char('/') + QLatin1String(name));
            QVERIFY(out.open(QIODevice::WriteOnly));
            out.write(bytes);
            files.append(QJsonObject{
                {arg("name"), QString::fromLatin1(name)},
                {arg("bytes"), bytes.size()},
                {arg("sha256"),
                 QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex())}});
        }
        QString error;
        const attest::Ed25519Key other = attest::Ed25519Key::generate(&error);
        const QByteArray manifest =
            QJsonDocument(QJsonObject{{arg("campaign"), 1},
                                      {arg("files"), files},
                                      {arg("publicKey"), QString::fromLatin1(other.publicKey().toHex())}})
                .toJson();
        QFile m(forged + arg("/manifest.json"));
        QVERIFY(m.open(QIODevice::WriteOnly));
        m.write(manifest);
        m.close();
        QFile sig(forged + arg("/manifest.sig"));
        QVERIFY(sig.open(QIODevice::WriteOnly));
        sig.write(other.sign(manifest, &error).toHex() + '\n');
        sig.close();

        Run run = runAttest({arg("review"), arg("verify-evidence"), forged}, env());
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.out.contains("no expected key"), run.out.constData());
        run = runAttest({arg("review"), arg("verify-evidence"), forged, arg("--workspace"), m_workspace}, env());
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.out.contains("not by this workspace's journal key"), run.out.constData());
        // The auditor's way: the expected key's fingerprint, printed by `journal key`.
        run = runAttest({arg("journal"), arg("key"), arg("--workspace"), m_workspace}, env());
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QString key = QString::fromLatin1(run.out.trimmed());
        QCOMPARE(key.size(), 64);
        run = runAttest({arg("review"), arg("verify-evidence"), forged, arg("--key"), key}, env());
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.out.contains("not by the key given"), run.out.constData());
        // The real pack (the extra file and folder aside) is signed by that key.
        QVERIFY(QFile::remove(pack + arg("/extra.txt")));
        QVERIFY(QDir(pack).rmdir(arg("more")));
        run = runAttest({arg("review"), arg("verify-evidence"), pack, arg("--key"), key}, env());
        QVERIFY2(run.out.contains("summary.pdf: changed") && !run.out.contains("not by the key"), run.out.constData());
    }
};

ATTEST_REGISTER_TEST(TestReviewClosing, "reviewclosing")
#include "tst_reviewclosing.moc"
