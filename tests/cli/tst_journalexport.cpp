#include "testregistry.h"

#include "clitestsupport.h"

#include "audit/journal.h"
#include "security/ed25519key.h"
#include "store/workspace.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace attest;
using attest::test::parseCsv;
using attest::test::Run;
using attest::test::runAttest;

namespace {

const QStringList kFields{QStringLiteral("sequence"),     QStringLiteral("time"),      QStringLiteral("operator"),
                          QStringLiteral("bindIdentity"), QStringLiteral("action"),    QStringLiteral("target"),
                          QStringLiteral("parameters"),   QStringLiteral("result"),    QStringLiteral("verification"),
                          QStringLiteral("ticket"),       QStringLiteral("reason"),    QStringLiteral("hash"),
                          QStringLiteral("previousHash"), QStringLiteral("signature"), QStringLiteral("keyId")};

// What the CSV writer makes of a JSON value: null is empty, numbers in decimal, text guarded
// against spreadsheet formulas.
QString asCsvCell(const QJsonValue& value)
{
    if (value.isNull())
        return {};
    if (value.isDouble())
        return QString::number(qint64(value.toDouble()));
    QString text = value.toString();
    static const QString formulaStarts = QStringLiteral("=+-@\t\r");
    if (!text.isEmpty() && formulaStarts.contains(text.front()))
        text.prepend(QLatin1Char('\''));
    return text;
}

} // namespace

// `attest export journal`: every record with every field, the same rows in JSON and CSV, and enough
// to recompute the hash chain from the export alone.
class TestJournalExport : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_workspace;
    QByteArray m_publicKey;
    std::vector<JournalRecord> m_written;

    Run exportJournal(const QString& workspace, const char* format)
    {
        return runAttest({QStringLiteral("export"), QStringLiteral("journal"), QStringLiteral("--workspace"), workspace,
                          QStringLiteral("--format"), QString::fromLatin1(format)});
    }

    QJsonArray exportJson(const QString& workspace)
    {
        const Run run = exportJournal(workspace, "json");
        if (run.exitCode != 0)
            qWarning("%s", run.err.constData());
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(run.out, &error);
        if (error.error != QJsonParseError::NoError)
            qWarning("%s", qPrintable(error.errorString()));
        return document.array();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        m_workspace = m_dir.filePath(QStringLiteral("journal.attest"));
        QString error;
        auto workspace = Workspace::open(m_workspace, Workspace::OpenMode::CreateIfMissing, &error);
        QVERIFY2(workspace, qPrintable(error));
        auto key = Journal::loadOrCreateKey(*workspace, &error);
        QVERIFY2(key, qPrintable(error));
        m_publicKey = key->publicKey();

        JournalRecord unlock;
        unlock.time = 1790000000123; // 2026-09-21T14:13:20.123Z
        unlock.operatorName = QStringLiteral("jdoe");
        unlock.bindIdentity = QStringLiteral("cn=helpdesk,ou=Services,dc=example,dc=com");
        unlock.action = QStringLiteral("account.unlock");
        unlock.target = QStringLiteral("uid=dave,ou=People,dc=example,dc=com");
        unlock.parameters = QStringLiteral("{\"directory\":\"ldaps://127.0.0.1:636\",\"command\":\"ldapmodify -x\"}");
        unlock.result = QStringLiteral("success");
        unlock.verification = QStringLiteral("no pwdAccountLockedTime");
        unlock.ticket = QStringLiteral("INC-1");
        unlock.reason = QStringLiteral("caller locked out, \"urgent\"\nsecond line");

        JournalRecord refused = unlock;
        refused.time += 60000;
        refused.action = QStringLiteral("group.add-member");
        refused.result = QStringLiteral("failure: the bind identity is not allowed to do this (insufficient access)");
        refused.verification.clear();
        refused.ticket.clear();
        refused.reason = QStringLiteral("=HYPERLINK(\"http://evil\")");

        JournalRecord reset = unlock;
        reset.time += 120000;
        reset.operatorName = QStringLiteral("zoë");
        reset.action = QStringLiteral("account.reset-password");
        reset.target = QStringLiteral("uid=Ünal\\, Ö,ou=People,dc=example,dc=com");
        reset.parameters = QStringLiteral("{\"mustChangePassword\":true}");
        reset.verification = QStringLiteral("pwdReset is TRUE; pwdChangedTime 20260921141520Z");
        reset.ticket = QStringLiteral("-5");
        reset.reason.clear();

        for (const JournalRecord& record : {unlock, refused, reset}) {
            const auto written = Journal::append(*workspace, *key, record, &error);
            QVERIFY2(written, qPrintable(error));
            m_written.push_back(*written);
        }
    }

    void exportHelpNamesTheJournal()
    {
        const Run run = runAttest({QStringLiteral("export"), QStringLiteral("--help")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains("journal"), run.out.constData());
        QVERIFY(run.out.contains("attest journal verify"));
        QVERIFY(runAttest({QStringLiteral("--help")}).out.contains("the journal"));
    }

    void jsonHasEveryRecordWithEveryField()
    {
        const QJsonArray rows = exportJson(m_workspace);
        QCOMPARE(rows.size(), qsizetype(m_written.size()));
        for (qsizetype i = 0; i < rows.size(); ++i) {
            const QJsonObject row = rows[i].toObject();
            const JournalRecord& r = m_written[std::size_t(i)];
            QStringList keys = row.keys();
            QStringList expected = kFields;
            keys.sort();
            expected.sort();
            QCOMPARE(keys, expected);
            QCOMPARE(row.value(QStringLiteral("sequence")).toInteger(), i + 1);
            QCOMPARE(row.value(QStringLiteral("operator")).toString(), r.operatorName);
            QCOMPARE(row.value(QStringLiteral("bindIdentity")).toString(), r.bindIdentity);
            QCOMPARE(row.value(QStringLiteral("action")).toString(), r.action);
            QCOMPARE(row.value(QStringLiteral("target")).toString(), r.target);
            QCOMPARE(row.value(QStringLiteral("parameters")).toString(), r.parameters);
            QCOMPARE(row.value(QStringLiteral("result")).toString(), r.result);
            QCOMPARE(row.value(QStringLiteral("hash")).toString(), QString::fromLatin1(r.hash.toHex()));
            QCOMPARE(row.value(QStringLiteral("previousHash")).toString(), QString::fromLatin1(r.previousHash.toHex()));
            QCOMPARE(row.value(QStringLiteral("signature")).toString(), QString::fromLatin1(r.signature.toHex()));
            QCOMPARE(row.value(QStringLiteral("keyId")).toString(), QString::fromLatin1(r.keyId.toHex()));
            QCOMPARE(row.value(QStringLiteral("hash")).toString().size(), 64);
            QCOMPARE(row.value(QStringLiteral("signature")).toString().size(), 128);
        }
        const QJsonObject first = rows[0].toObject();
        QCOMPARE(first.value(QStringLiteral("time")).toString(), QStringLiteral("2026-09-21T14:13:20.123Z"));
        QCOMPARE(first.value(QStringLiteral("previousHash")).toString(), QString(64, QLatin1Char('0')));
        QCOMPARE(first.value(QStringLiteral("reason")).toString(), m_written[0].reason);
        QCOMPARE(first.value(QStringLiteral("ticket")).toString(), QStringLiteral("INC-1"));
        // Empty fields are null, not "".
        const QJsonObject second = rows[1].toObject();
        QVERIFY(second.value(QStringLiteral("ticket")).isNull());
        QVERIFY(second.value(QStringLiteral("verification")).isNull());
        QVERIFY(second.value(QStringLiteral("result")).toString().startsWith(QStringLiteral("failure: ")));
        QCOMPARE(rows[2].toObject().value(QStringLiteral("operator")).toString(), QStringLiteral("zoë"));
        QCOMPARE(rows[2].toObject().value(QStringLiteral("target")).toString(), m_written[2].target);
    }

    void theExportAloneProvesTheChain()
    {
        // An auditor holding the export and the public key can recompute every hash and check
        // every link and signature without Attest's database.
        const QJsonArray rows = exportJson(m_workspace);
        QCOMPARE(rows.size(), qsizetype(m_written.size()));
        QByteArray previous(32, '\0');
        for (const QJsonValue& value : rows) {
            const QJsonObject row = value.toObject();
            JournalRecord r;
            r.sequence = row.value(QStringLiteral("sequence")).toInteger();
            r.time = QDateTime::fromString(row.value(QStringLiteral("time")).toString(), Qt::ISODateWithMs)
                         .toMSecsSinceEpoch();
            r.operatorName = row.value(QStringLiteral("operator")).toString();
            r.bindIdentity = row.value(QStringLiteral("bindIdentity")).toString();
            r.action = row.value(QStringLiteral("action")).toString();
            r.target = row.value(QStringLiteral("target")).toString();
            r.parameters = row.value(QStringLiteral("parameters")).toString();
            r.result = row.value(QStringLiteral("result")).toString();
            r.verification = row.value(QStringLiteral("verification")).toString();
            r.ticket = row.value(QStringLiteral("ticket")).toString();
            r.reason = row.value(QStringLiteral("reason")).toString();
            r.previousHash = QByteArray::fromHex(row.value(QStringLiteral("previousHash")).toString().toLatin1());
            const QByteArray hash = QByteArray::fromHex(row.value(QStringLiteral("hash")).toString().toLatin1());
            QCOMPARE(r.previousHash, previous);
            QCOMPARE(Journal::recordHash(r), hash);
            QVERIFY(Ed25519Key::verify(
                m_publicKey, hash, QByteArray::fromHex(row.value(QStringLiteral("signature")).toString().toLatin1())));
            previous = hash;
        }
    }

    void csvHasTheSameRowsAsJson()
    {
        const Run run = exportJournal(m_workspace, "csv");
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QVERIFY(run.err.isEmpty());
        const QList<QStringList> rows = parseCsv(run.out);
        const QJsonArray json = exportJson(m_workspace);
        QCOMPARE(rows.size(), json.size() + 1);
        QCOMPARE(rows.first(), kFields);
        for (qsizetype i = 0; i < json.size(); ++i) {
            const QJsonObject object = json[i].toObject();
            const QStringList& row = rows[i + 1];
            QCOMPARE(row.size(), kFields.size());
            for (qsizetype c = 0; c < kFields.size(); ++c)
                QCOMPARE(row[c], asCsvCell(object.value(kFields[c])));
        }
        // The formula guard holds for journal text too; quotes and line breaks survive.
        QCOMPARE(rows[2][kFields.indexOf(QStringLiteral("reason"))], QStringLiteral("'=HYPERLINK(\"http://evil\")"));
        QCOMPARE(rows[3][kFields.indexOf(QStringLiteral("ticket"))], QStringLiteral("'-5"));
        QCOMPARE(rows[1][kFields.indexOf(QStringLiteral("reason"))], m_written[0].reason);
    }

    void anEmptyJournalExportsNoRows()
    {
        const QString path = m_dir.filePath(QStringLiteral("empty.attest"));
        {
            QString error;
            QVERIFY2(Workspace::open(path, Workspace::OpenMode::CreateIfMissing, &error), qPrintable(error));
        }
        Run run = exportJournal(path, "json");
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QCOMPARE(QJsonDocument::fromJson(run.out).array().size(), 0);
        QVERIFY(QJsonDocument::fromJson(run.out).isArray());
        run = exportJournal(path, "csv");
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QCOMPARE(parseCsv(run.out), QList<QStringList>{kFields});
    }

    void aTamperedJournalFailsVerificationNamingThePosition()
    {
        // A copy, so the other tests keep an intact journal.
        const QString copy = m_dir.filePath(QStringLiteral("tampered.attest"));
        QVERIFY(QFile::copy(m_workspace, copy));
        Run run = runAttest({QStringLiteral("journal"), QStringLiteral("verify"), QStringLiteral("--workspace"), copy});
        QVERIFY2(run.exitCode == 0, run.out.constData());
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("tamper"));
            db.setDatabaseName(copy);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY2(q.exec(QStringLiteral("UPDATE journal SET result = 'success' WHERE sequence = 2")),
                     qPrintable(q.lastError().text()));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("tamper"));
        run = runAttest({QStringLiteral("journal"), QStringLiteral("verify"), QStringLiteral("--workspace"), copy});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.out.contains("position 2: record 2 was changed"), run.out.constData());
        QVERIFY(!run.out.contains("position 1"));
        QVERIFY(run.out.contains("NOT intact"));
        // The export still shows what is stored, so the changed record can be looked at.
        const QJsonArray rows = exportJson(copy);
        QCOMPARE(rows.size(), 3);
        QCOMPARE(rows[1].toObject().value(QStringLiteral("result")).toString(), QStringLiteral("success"));
    }
};

ATTEST_REGISTER_TEST(TestJournalExport, "journalexport")
#include "tst_journalexport.moc"
