#include "testregistry.h"

#include "audit/journal.h"
#include "security/ed25519key.h"
#include "store/workspace.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace attest;

namespace {

// Runs SQL on the workspace file behind Attest's back, the way someone tampering would.
bool tamper(const QString& path, const QStringList& statements)
{
    bool ok = true;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("tamper"));
        db.setDatabaseName(path);
        ok = db.open();
        for (const QString& sql : statements) {
            QSqlQuery q(db);
            if (ok && !q.exec(sql)) {
                qWarning("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
                ok = false;
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("tamper"));
    return ok;
}

QString hex(const QByteArray& bytes)
{
    return QStringLiteral("X'%1'").arg(QString::fromLatin1(bytes.toHex()));
}

} // namespace

class TestJournal : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_count = 0;

    // A fresh workspace with five signed records; returns its path.
    QString journalWithFiveRecords()
    {
        const QString path = m_dir.filePath(QStringLiteral("journal-%1.attest").arg(++m_count));
        QString error;
        auto workspace = Workspace::open(path, Workspace::OpenMode::CreateIfMissing, &error);
        if (!workspace)
            qFatal("%s", qPrintable(error));
        auto key = Journal::loadOrCreateKey(*workspace, &error);
        if (!key)
            qFatal("%s", qPrintable(error));
        for (int i = 1; i <= 5; ++i) {
            JournalRecord record;
            record.time = 1'790'000'000'000 + i;
            record.operatorName = QStringLiteral("operator");
            record.bindIdentity = QStringLiteral("cn=helpdesk,dc=example,dc=com");
            record.action = QStringLiteral("account.unlock");
            record.target = QStringLiteral("uid=user%1,ou=People,dc=example,dc=com").arg(i);
            record.result = QStringLiteral("success");
            record.verification = QStringLiteral("pwdAccountLockedTime absent");
            record.ticket = QStringLiteral("INC-%1").arg(i);
            record.reason = QStringLiteral("caller locked out");
            if (!Journal::append(*workspace, *key, record, &error))
                qFatal("%s", qPrintable(error));
        }
        return path;
    }

    Journal::Verification verify(const QString& path)
    {
        QString error;
        auto workspace = Workspace::open(path, Workspace::OpenMode::OpenExisting, &error);
        if (!workspace)
            qFatal("%s", qPrintable(error));
        const auto result = Journal::verify(*workspace, &error);
        if (!result)
            qFatal("%s", qPrintable(error));
        return *result;
    }

    static bool mentions(const Journal::Verification& v, qint64 position, const QString& words)
    {
        for (const auto& problem : v.problems) {
            if (problem.position == position && problem.description.contains(words))
                return true;
        }
        return false;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    void appendBuildsASignedChain()
    {
        const QString path = journalWithFiveRecords();
        const auto v = verify(path);
        QCOMPARE(v.records, 5);
        QVERIFY2(v.intact(), v.problems.isEmpty() ? "" : qPrintable(v.problems.first().description));

        QString error;
        auto workspace = Workspace::open(path, Workspace::OpenMode::OpenExisting, &error);
        const auto records = workspace->journalRecords(&error);
        QVERIFY(records);
        QCOMPARE(records->front().previousHash, QByteArray(32, '\0'));
        for (std::size_t i = 1; i < records->size(); ++i)
            QCOMPARE((*records)[i].previousHash, (*records)[i - 1].hash);
        // The private key is outside the workspace and readable by its owner only.
        const QString keyPath = Journal::keyPath(*workspace, &error);
        QVERIFY(QFile::exists(keyPath));
        QVERIFY(!keyPath.startsWith(m_dir.path()));
        QCOMPARE(QFile::permissions(keyPath) &
                     (QFile::ReadGroup | QFile::ReadOther | QFile::WriteGroup | QFile::WriteOther),
                 QFile::Permissions());
    }

    void changedFieldIsFound()
    {
        const QString path = journalWithFiveRecords();
        QVERIFY(tamper(path, {QStringLiteral("UPDATE journal SET reason = 'no reason' WHERE sequence = 3")}));
        const auto v = verify(path);
        QVERIFY(mentions(v, 3, QStringLiteral("changed")));
        QCOMPARE(v.problems.size(), 1);
    }

    void deletedRecordIsFound()
    {
        const QString path = journalWithFiveRecords();
        QVERIFY(tamper(path, {QStringLiteral("DELETE FROM journal WHERE sequence = 3")}));
        const auto v = verify(path);
        QVERIFY(mentions(v, 3, QStringLiteral("deleted")));
    }

    void deletedLastRecordIsFound()
    {
        const QString path = journalWithFiveRecords();
        QVERIFY(tamper(path, {QStringLiteral("DELETE FROM journal WHERE sequence = 5")}));
        const auto v = verify(path);
        QVERIFY(!v.intact());
        QVERIFY(mentions(v, 4, QStringLiteral("removed from its end")));
    }

    void insertedRecordIsFound()
    {
        const QString path = journalWithFiveRecords();
        QVERIFY(tamper(path, {QStringLiteral("UPDATE journal SET sequence = sequence + 10 WHERE sequence >= 3"),
                              QStringLiteral("UPDATE journal SET sequence = sequence - 9 WHERE sequence >= 13"),
                              QStringLiteral("INSERT INTO journal (sequence, time, action, previous_hash, hash, "
                                             "signature, key_id) VALUES (3, 0, 'account.enable', "
                                             "zeroblob(32), zeroblob(32), zeroblob(64), zeroblob(32))")}));
        const auto v = verify(path);
        QCOMPARE(v.records, 6);
        QVERIFY(mentions(v, 3, QStringLiteral("does not follow")));
        QVERIFY(mentions(v, 3, QStringLiteral("not signed")));
        QVERIFY(mentions(v, 4, QStringLiteral("does not follow"))); // renumbered, so also changed
        QVERIFY(mentions(v, 4, QStringLiteral("changed")));
    }

    void swappedRecordsAreFound()
    {
        const QString path = journalWithFiveRecords();
        QVERIFY(tamper(path, {QStringLiteral("UPDATE journal SET sequence = 100 WHERE sequence = 2"),
                              QStringLiteral("UPDATE journal SET sequence = 2 WHERE sequence = 3"),
                              QStringLiteral("UPDATE journal SET sequence = 3 WHERE sequence = 100")}));
        const auto v = verify(path);
        QVERIFY(mentions(v, 2, QStringLiteral("changed")));
        QVERIFY(mentions(v, 2, QStringLiteral("does not follow")));
    }

    void resignedWithAnotherKeyIsFound()
    {
        const QString path = journalWithFiveRecords();
        QString error;
        std::vector<JournalRecord> records;
        {
            auto workspace = Workspace::open(path, Workspace::OpenMode::OpenExisting, &error);
            records = *workspace->journalRecords(&error);
        }
        // A forger changes record 3 and rebuilds the rest of the chain with a key of their own.
        const Ed25519Key other = Ed25519Key::generate(&error);
        QStringList statements;
        for (std::size_t i = 2; i < records.size(); ++i) {
            JournalRecord& r = records[i];
            if (i == 2)
                r.target = QStringLiteral("uid=someone-else,ou=People,dc=example,dc=com");
            r.previousHash = records[i - 1].hash;
            r.hash = Journal::recordHash(r);
            r.signature = other.sign(r.hash, &error);
            statements << QStringLiteral("UPDATE journal SET target = '%1', previous_hash = %2, hash = %3, "
                                         "signature = %4 WHERE sequence = %5")
                              .arg(r.target, hex(r.previousHash), hex(r.hash), hex(r.signature))
                              .arg(r.sequence);
        }
        statements << QStringLiteral("UPDATE settings SET value = '5:%1' WHERE key = 'journal.head'")
                          .arg(QString::fromLatin1(records.back().hash.toHex()));
        QVERIFY(tamper(path, statements));
        const auto v = verify(path);
        QCOMPARE(v.problems.size(), 5);
        for (qint64 position : {3, 4, 5})
            QVERIFY(mentions(v, position, QStringLiteral("not signed by this workspace's journal key")));
        QVERIFY(mentions(v, 5, QStringLiteral("head is not signed")));
        QVERIFY(mentions(v, 5, QStringLiteral("records were removed or replaced"))); // this computer's copy
    }

    // The forger also swaps the public key the workspace records and signs a head of their own:
    // the check is against the key held outside the workspace, which they cannot replace.
    void resignedWithASwappedKeySettingIsFound()
    {
        const QString path = journalWithFiveRecords();
        QString error;
        std::vector<JournalRecord> records;
        {
            auto workspace = Workspace::open(path, Workspace::OpenMode::OpenExisting, &error);
            records = *workspace->journalRecords(&error);
        }
        const Ed25519Key other = Ed25519Key::generate(&error);
        QStringList statements;
        for (std::size_t i = 0; i < records.size(); ++i) {
            JournalRecord& r = records[i];
            r.reason = QStringLiteral("rewritten");
            r.previousHash = i == 0 ? QByteArray(32, '\0') : records[i - 1].hash;
            r.hash = Journal::recordHash(r);
            r.signature = other.sign(r.hash, &error);
            statements << QStringLiteral("UPDATE journal SET reason = 'rewritten', previous_hash = %1, hash = %2, "
                                         "signature = %3, key_id = %4 WHERE sequence = %5")
                              .arg(hex(r.previousHash), hex(r.hash), hex(r.signature),
                                   hex(QCryptographicHash::hash(other.publicKey(), QCryptographicHash::Sha256)))
                              .arg(r.sequence);
        }
        const QByteArray headSignature = other.sign(Journal::headDigest(5, records.back().hash), &error);
        statements << QStringLiteral("UPDATE settings SET value = '5:%1:%2' WHERE key = 'journal.head'")
                          .arg(QString::fromLatin1(records.back().hash.toHex()),
                               QString::fromLatin1(headSignature.toHex()))
                   << QStringLiteral("UPDATE settings SET value = '%1' WHERE key = 'journal.public-key'")
                          .arg(QString::fromLatin1(other.publicKey().toHex()));
        QVERIFY(tamper(path, statements));
        const auto v = verify(path);
        QVERIFY(v.anchored);
        QVERIFY(!v.intact());
        QVERIFY(mentions(v, 0, QStringLiteral("was replaced")));
        QVERIFY(mentions(v, 1, QStringLiteral("not signed by this workspace's journal key")));

        // Given the expected key explicitly (an auditor's copy, on another computer): the same.
        auto workspace = Workspace::open(path, Workspace::OpenMode::OpenExisting, &error);
        const auto key = Journal::loadKey(*workspace, nullptr, &error);
        QVERIFY(key && key->isValid());
        const auto given = Journal::verify(*workspace, &error, key->publicKey());
        QVERIFY(given && !given->intact());
        QVERIFY(given->trust.contains(Journal::fingerprint(key->publicKey())));
        // With the forger's key given, the chain verifies — and the output names that key.
        const auto forged = Journal::verify(*workspace, &error, other.publicKey());
        QVERIFY(forged);
        QVERIFY(forged->trust.contains(Journal::fingerprint(other.publicKey())));
    }

    // Records cut off the end with the head rewritten to match: the head is signed.
    void cutEndWithRewrittenHeadIsFound()
    {
        const QString path = journalWithFiveRecords();
        QString error;
        std::vector<JournalRecord> records;
        {
            auto workspace = Workspace::open(path, Workspace::OpenMode::OpenExisting, &error);
            records = *workspace->journalRecords(&error);
        }
        QVERIFY(tamper(path, {QStringLiteral("DELETE FROM journal WHERE sequence > 3"),
                              QStringLiteral("UPDATE settings SET value = '3:%1' WHERE key = 'journal.head'")
                                  .arg(QString::fromLatin1(records[2].hash.toHex()))}));
        const auto v = verify(path);
        QVERIFY(!v.intact());
        QVERIFY(mentions(v, 3, QStringLiteral("head is not signed")));
        QVERIFY(mentions(v, 3, QStringLiteral("records were removed or replaced"))); // this computer's copy
    }

    // The whole journal and its head deleted: this computer's copy of the head still says 5.
    void deletedJournalIsFound()
    {
        const QString path = journalWithFiveRecords();
        QVERIFY(tamper(path, {QStringLiteral("DELETE FROM journal"),
                              QStringLiteral("DELETE FROM settings WHERE key = 'journal.head'")}));
        const auto v = verify(path);
        QCOMPARE(v.records, 0);
        QVERIFY(v.anchoredHead);
        QVERIFY(!v.intact());
        QVERIFY(mentions(v, 0, QStringLiteral("does not hold record 5")));
    }

    // Without the key on this computer the check says what it rests on.
    void withoutTheKeyTheCheckSaysSo()
    {
        const QString path = journalWithFiveRecords();
        QString error;
        auto workspace = Workspace::open(path, Workspace::OpenMode::OpenExisting, &error);
        QVERIFY(QFile::remove(Journal::keyPath(*workspace, &error)));
        const auto v = Journal::verify(*workspace, &error);
        QVERIFY(v);
        QVERIFY(v->intact());
        QVERIFY(!v->anchored);
        QVERIFY2(v->trust.contains(QStringLiteral("only the key the workspace itself records")), qPrintable(v->trust));
    }

    // A record and the head are written in one transaction: a failure leaves neither.
    void aFailedAppendLeavesNoHalfRecord()
    {
        const QString path = journalWithFiveRecords();
        QString error;
        auto workspace = Workspace::open(path, Workspace::OpenMode::OpenExisting, &error);
        auto key = Journal::loadOrCreateKey(*workspace, &error);
        QVERIFY(key);
        {
            auto outer = workspace->transaction(QStringLiteral("test"), &error);
            QVERIFY(outer);
            JournalRecord record =
                Journal::newRecord(QStringLiteral("test.action"), QStringLiteral("x"), {}, QStringLiteral("success"));
            QVERIFY(Journal::append(*workspace, *key, record, &error));
            // The use case fails after its record: rolled back with it (the transaction's end).
        }
        QCOMPARE(workspace->journalRecords(&error)->size(), std::size_t(5));
        const auto v = Journal::verify(*workspace, &error);
        QVERIFY2(v->intact(), v->problems.isEmpty() ? "" : qPrintable(v->problems.first().description));
    }

    void journalRecordsBecomeAuditEvents()
    {
        const QString path = journalWithFiveRecords();
        QString error;
        auto workspace = Workspace::open(path, Workspace::OpenMode::OpenExisting, &error);
        const auto events = Journal::asAuditEvents(*workspace->journalRecords(&error));
        QCOMPARE(events.size(), std::size_t(5));
        QCOMPARE(events[2].origin, AuditOrigin::Journal);
        QCOMPARE(events[2].actor, QStringLiteral("operator as cn=helpdesk,dc=example,dc=com"));
        QCOMPARE(events[2].target, QStringLiteral("uid=user3,ou=People,dc=example,dc=com"));
        QVERIFY(events[2].details.contains(QStringLiteral("INC-3")));
    }

    void foreignKeyFileIsRefused()
    {
        const QString path = journalWithFiveRecords();
        QString error;
        auto workspace = Workspace::open(path, Workspace::OpenMode::OpenExisting, &error);
        const QString keyPath = Journal::keyPath(*workspace, &error);
        QVERIFY(QFile::remove(keyPath));
        QVERIFY(Ed25519Key::generate(&error).savePrivate(keyPath, &error));
        QVERIFY(!Journal::loadOrCreateKey(*workspace, &error));
        QVERIFY(error.contains(QStringLiteral("does not belong")));
    }
};

ATTEST_REGISTER_TEST(TestJournal, "journal")
#include "tst_journal.moc"
