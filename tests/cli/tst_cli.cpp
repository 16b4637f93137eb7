#include "testregistry.h"

#include "clitestsupport.h"

#include "cli/csvwriter.h"
#include "cli/jsonwriter.h"

#include <QDir>
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

const QStringList kExports{QStringLiteral("identities"), QStringLiteral("accounts"),   QStringLiteral("entitlements"),
                           QStringLiteral("grants"),     QStringLiteral("privileged"), QStringLiteral("audit"),
                           QStringLiteral("snapshots")};

} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_workspace;

    QJsonArray exportJson(const QString& kind, const QStringList& extra = {})
    {
        const Run run = runAttest(QStringList{QStringLiteral("export"), kind, QStringLiteral("--workspace"),
                                              m_workspace, QStringLiteral("--format"), QStringLiteral("json")} +
                                  extra);
        if (run.exitCode != 0) {
            qWarning("%s", run.err.constData());
            return {};
        }
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(run.out, &error);
        if (error.error != QJsonParseError::NoError)
            qWarning("%s", qPrintable(error.errorString()));
        return document.array();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_workspace = m_dir.filePath(QStringLiteral("demo.attest"));
        const Run run = runAttest({QStringLiteral("demo"), QStringLiteral("--workspace"), m_workspace,
                                   QStringLiteral("--identities"), QStringLiteral("200"), QStringLiteral("--seed"),
                                   QStringLiteral("7"), QStringLiteral("--as-of"), QStringLiteral("2026-10-01"),
                                   QStringLiteral("--ldif"), m_dir.filePath(QStringLiteral("demo.ldif"))});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QVERIFY(run.out.isEmpty()); // progress goes to stderr
        QVERIFY(QFile::exists(m_workspace));
    }

    void helpAndVersion()
    {
        Run run = runAttest({QStringLiteral("--version")});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.out.trimmed(), QByteArray("attest " ATTEST_VERSION_STRING));
        run = runAttest({QStringLiteral("--help")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.contains("export"));
        for (const QString& command : {QStringLiteral("demo"), QStringLiteral("export")}) {
            run = runAttest({command, QStringLiteral("--help")});
            QCOMPARE(run.exitCode, 0);
            QVERIFY(run.out.contains("--workspace"));
        }
    }

    void ldifIsWritten()
    {
        QFile file(m_dir.filePath(QStringLiteral("demo.ldif")));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray ldif = file.readAll();
        QVERIFY(ldif.contains("dn: dc=example,dc=com"));
        QVERIFY(ldif.contains("objectClass: inetOrgPerson"));
        QVERIFY(ldif.contains("memberOf: "));
    }

    void jsonExportsHaveTheDocumentedFields_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QStringList>("fields");
        QTest::newRow("identities") << QStringLiteral("identities")
                                    << QStringList{QStringLiteral("id"),    QStringLiteral("displayName"),
                                                   QStringLiteral("email"), QStringLiteral("department"),
                                                   QStringLiteral("title"), QStringLiteral("manager"),
                                                   QStringLiteral("status")};
        QTest::newRow("accounts") << QStringLiteral("accounts")
                                  << QStringList{QStringLiteral("id"),          QStringLiteral("source"),
                                                 QStringLiteral("login"),       QStringLiteral("dn"),
                                                 QStringLiteral("displayName"), QStringLiteral("email"),
                                                 QStringLiteral("enabled"),     QStringLiteral("locked"),
                                                 QStringLiteral("lastLogon"),   QStringLiteral("passwordChanged"),
                                                 QStringLiteral("identity"),    QStringLiteral("privileged")};
        QTest::newRow("entitlements") << QStringLiteral("entitlements")
                                      << QStringList{QStringLiteral("id"),
                                                     QStringLiteral("source"),
                                                     QStringLiteral("name"),
                                                     QStringLiteral("dn"),
                                                     QStringLiteral("kind"),
                                                     QStringLiteral("privileged"),
                                                     QStringLiteral("directMembers"),
                                                     QStringLiteral("effectiveMembers")};
        QTest::newRow("grants") << QStringLiteral("grants")
                                << QStringList{QStringLiteral("account"), QStringLiteral("entitlement"),
                                               QStringLiteral("direct"), QStringLiteral("via")};
        QTest::newRow("privileged") << QStringLiteral("privileged")
                                    << QStringList{QStringLiteral("account"), QStringLiteral("entitlement"),
                                                   QStringLiteral("via"), QStringLiteral("reason")};
        QTest::newRow("audit") << QStringLiteral("audit")
                               << QStringList{QStringLiteral("time"),   QStringLiteral("actor"),
                                              QStringLiteral("action"), QStringLiteral("target"),
                                              QStringLiteral("source"), QStringLiteral("result"),
                                              QStringLiteral("details")};
    }

    void jsonExportsHaveTheDocumentedFields()
    {
        QFETCH(QString, kind);
        QFETCH(QStringList, fields);
        const QJsonArray rows = exportJson(kind);
        QVERIFY(!rows.isEmpty());
        for (const QJsonValue& row : rows) {
            const QJsonObject object = row.toObject();
            for (const QString& field : fields)
                QVERIFY2(object.contains(field), qPrintable(kind + QLatin1Char('.') + field));
        }
    }

    void jsonValuesHaveTheRightTypes()
    {
        const QJsonArray identities = exportJson(QStringLiteral("identities"));
        QCOMPARE(identities.size(), 200);
        const QJsonArray accounts = exportJson(QStringLiteral("accounts"));
        QVERIFY(!accounts.isEmpty());
        int withDn = 0;
        for (const QJsonValue& value : accounts) {
            const QJsonObject a = value.toObject();
            QVERIFY(a.value(QStringLiteral("enabled")).isBool());
            QVERIFY(a.value(QStringLiteral("privileged")).isBool());
            QVERIFY(a.value(QStringLiteral("id")).isString());
            const QJsonValue logon = a.value(QStringLiteral("lastLogon"));
            QVERIFY(logon.isNull() || logon.toString().endsWith(QLatin1Char('Z')));
            withDn += a.value(QStringLiteral("dn")).toString().startsWith(QStringLiteral("uid=")) ? 1 : 0;
        }
        QCOMPARE(withDn, accounts.size());

        QSet<QString> entitlementIds;
        for (const QJsonValue& value : exportJson(QStringLiteral("entitlements"))) {
            const QJsonObject e = value.toObject();
            QVERIFY(e.value(QStringLiteral("kind")).toString() == QLatin1String("group") ||
                    e.value(QStringLiteral("kind")).toString() == QLatin1String("role"));
            QVERIFY(e.value(QStringLiteral("directMembers")).isDouble());
            // Every account directly in it reaches it: effective members include the direct ones.
            QVERIFY(e.value(QStringLiteral("effectiveMembers")).toInt() >=
                    e.value(QStringLiteral("directMembers")).toInt());
            entitlementIds.insert(e.value(QStringLiteral("id")).toString());
        }

        int nested = 0;
        for (const QJsonValue& value : exportJson(QStringLiteral("grants"))) {
            const QJsonObject g = value.toObject();
            const QJsonArray via = g.value(QStringLiteral("via")).toArray();
            QCOMPARE(g.value(QStringLiteral("direct")).toBool(), via.isEmpty());
            for (const QJsonValue& step : via)
                QVERIFY(entitlementIds.contains(step.toString()));
            QVERIFY(entitlementIds.contains(g.value(QStringLiteral("entitlement")).toString()));
            nested += via.isEmpty() ? 0 : 1;
        }
        QVERIFY(nested > 0);

        const QJsonArray privileged = exportJson(QStringLiteral("privileged"));
        QVERIFY(!privileged.isEmpty());
        for (const QJsonValue& value : privileged)
            QVERIFY(!value.toObject().value(QStringLiteral("reason")).toString().isEmpty());
    }

    void csvHasTheSameRowsAsJson()
    {
        for (const QString& kind : kExports) {
            const Run run = runAttest({QStringLiteral("export"), kind, QStringLiteral("--workspace"), m_workspace,
                                       QStringLiteral("--format"), QStringLiteral("csv")});
            QCOMPARE(run.exitCode, 0);
            const QList<QStringList> rows = parseCsv(run.out);
            QVERIFY(!rows.isEmpty());
            const QJsonArray json = exportJson(kind);
            QCOMPARE(rows.size() - 1, json.size());
            const QStringList header = rows.first();
            QStringList keys = json.first().toObject().keys();
            QStringList columns = header;
            keys.sort();
            columns.sort();
            QCOMPARE(columns, keys);
            for (const QStringList& row : rows)
                QCOMPARE(row.size(), header.size());
        }
    }

    void sameDemoGivesTheSameExports()
    {
        const QString again = m_dir.filePath(QStringLiteral("again.attest"));
        const Run run = runAttest({QStringLiteral("demo"), QStringLiteral("--workspace"), again,
                                   QStringLiteral("--identities"), QStringLiteral("200"), QStringLiteral("--seed"),
                                   QStringLiteral("7"), QStringLiteral("--as-of"), QStringLiteral("2026-10-01")});
        QCOMPARE(run.exitCode, 0);
        for (const QString& kind : kExports) {
            const Run a = runAttest({QStringLiteral("export"), kind, QStringLiteral("--workspace"), m_workspace,
                                     QStringLiteral("--format"), QStringLiteral("json")});
            const Run b = runAttest({QStringLiteral("export"), kind, QStringLiteral("--workspace"), again,
                                     QStringLiteral("--format"), QStringLiteral("json")});
            QCOMPARE(a.exitCode, 0);
            QCOMPARE(a.out, b.out);
        }
    }

    void olderSnapshotHasFewerGrants()
    {
        const QJsonArray snapshots = exportJson(QStringLiteral("snapshots"));
        QCOMPARE(snapshots.size(), 4);
        const QString oldest = QString::number(snapshots.first().toObject().value(QStringLiteral("id")).toInt());
        const QJsonArray old = exportJson(QStringLiteral("grants"), {QStringLiteral("--snapshot"), oldest});
        const QJsonArray now = exportJson(QStringLiteral("grants"));
        QVERIFY(!old.isEmpty());
        QVERIFY(old.size() < now.size());
    }

    void badInputFailsClearly_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message");
        const QString missing = QStringLiteral("/nonexistent-folder/x.attest");
        QTest::newRow("unknown command") << QStringList{QStringLiteral("frobnicate")} << 2
                                         << QStringLiteral("unknown command");
        QTest::newRow("export without kind")
            << QStringList{QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("json")} << 2
            << QStringLiteral("kind");
        QTest::newRow("unknown export") << QStringList{QStringLiteral("export"),      QStringLiteral("people"),
                                                       QStringLiteral("--workspace"), QStringLiteral("w"),
                                                       QStringLiteral("--format"),    QStringLiteral("json")}
                                        << 2 << QStringLiteral("unknown export");
        QTest::newRow("unknown format") << QStringList{QStringLiteral("export"),      QStringLiteral("grants"),
                                                       QStringLiteral("--workspace"), QStringLiteral("w"),
                                                       QStringLiteral("--format"),    QStringLiteral("xml")}
                                        << 2 << QStringLiteral("unknown format");
        QTest::newRow("missing workspace file")
            << QStringList{QStringLiteral("export"),   QStringLiteral("grants"), QStringLiteral("--workspace"), missing,
                           QStringLiteral("--format"), QStringLiteral("json")}
            << 1 << QStringLiteral("does not exist");
        QTest::newRow("demo without workspace")
            << QStringList{QStringLiteral("demo")} << 2 << QStringLiteral("--workspace");
        QTest::newRow("identities 0") << QStringList{QStringLiteral("demo"), QStringLiteral("--workspace"),
                                                     QStringLiteral("@DIR@/zero.attest"),
                                                     QStringLiteral("--identities"), QStringLiteral("0")}
                                      << 2 << QStringLiteral("between 1 and");
        QTest::newRow("identities -5") << QStringList{QStringLiteral("demo"), QStringLiteral("--workspace"),
                                                      QStringLiteral("@DIR@/minus.attest"),
                                                      QStringLiteral("--identities"), QStringLiteral("-5")}
                                       << 2 << QStringLiteral("between 1 and");
        QTest::newRow("identities abc") << QStringList{QStringLiteral("demo"), QStringLiteral("--workspace"),
                                                       QStringLiteral("@DIR@/abc.attest"),
                                                       QStringLiteral("--identities"), QStringLiteral("abc")}
                                        << 2 << QStringLiteral("whole number");
        QTest::newRow("unwritable workspace")
            << QStringList{QStringLiteral("demo"), QStringLiteral("--workspace"), missing} << 1
            << QStringLiteral("does not exist");
        QTest::newRow("unwritable ldif") << QStringList{QStringLiteral("demo"), QStringLiteral("--workspace"),
                                                        QStringLiteral("@DIR@/ldif.attest"), QStringLiteral("--ldif"),
                                                        QStringLiteral("/nonexistent-folder/x.ldif")}
                                         << 1 << QStringLiteral("does not exist");
        QTest::newRow("bad date") << QStringList{QStringLiteral("demo"), QStringLiteral("--workspace"),
                                                 QStringLiteral("@DIR@/date.attest"), QStringLiteral("--as-of"),
                                                 QStringLiteral("yesterday")}
                                  << 2 << QStringLiteral("YYYY-MM-DD");
        QTest::newRow("existing workspace")
            << QStringList{QStringLiteral("demo"), QStringLiteral("--workspace"), QStringLiteral("@DIR@/demo.attest")}
            << 1 << QStringLiteral("already exists");
        QTest::newRow("unknown snapshot")
            << QStringList{QStringLiteral("export"),      QStringLiteral("grants"),
                           QStringLiteral("--workspace"), QStringLiteral("@DIR@/demo.attest"),
                           QStringLiteral("--snapshot"),  QStringLiteral("999"),
                           QStringLiteral("--format"),    QStringLiteral("json")}
            << 1 << QStringLiteral("no snapshot 999");
        QTest::newRow("snapshot not a number")
            << QStringList{QStringLiteral("export"),      QStringLiteral("grants"),
                           QStringLiteral("--workspace"), QStringLiteral("@DIR@/demo.attest"),
                           QStringLiteral("--snapshot"),  QStringLiteral("x"),
                           QStringLiteral("--format"),    QStringLiteral("json")}
            << 2 << QStringLiteral("snapshot id");
    }

    void badInputFailsClearly()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        const QStringList before = QDir(m_dir.path()).entryList(QDir::Files);
        for (QString& argument : arguments)
            argument.replace(QStringLiteral("@DIR@"), m_dir.path());
        const Run run = runAttest(arguments);
        QCOMPARE(run.exitCode, exitCode);
        QVERIFY(run.out.isEmpty());
        QVERIFY2(QString::fromLocal8Bit(run.err).contains(message), run.err.constData());
        // A failed command leaves no file behind.
        QCOMPARE(QDir(m_dir.path()).entryList(QDir::Files), before);
    }

    void journalVerifyReportsAnIntactJournal()
    {
        const Run run = runAttest(
            {QStringLiteral("journal"), QStringLiteral("verify"), QStringLiteral("--workspace"), m_workspace});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains("journal intact"), run.out.constData());
        const Run bad = runAttest({QStringLiteral("journal"), QStringLiteral("check")});
        QCOMPARE(bad.exitCode, 2);
    }

    void corruptAndForeignWorkspacesAreRefused()
    {
        const QString text = m_dir.filePath(QStringLiteral("notes.txt"));
        QFile file(text);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("these are notes, not a workspace\n");
        file.close();
        const Run run =
            runAttest({QStringLiteral("export"), QStringLiteral("identities"), QStringLiteral("--workspace"), text,
                       QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.out.isEmpty());
        QVERIFY(run.err.contains("not an Attest workspace"));
        QFile::remove(text);
    }

    void jsonWriterEscapesEverything()
    {
        const QString tricky = QStringLiteral("quote \" backslash \\ newline \n tab \t bell \x07 zoë 漢字 ") +
                               QChar(0xd800) + QStringLiteral(" end");
        QByteArray json = "[";
        attest::cli::JsonWriter::appendString(json, tricky);
        json += "]";
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(json, &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
        const QString back = document.array().first().toString();
        QVERIFY(back.startsWith(QStringLiteral("quote \" backslash \\ newline \n tab \t bell \x07 zoë 漢字 ")));
        QVERIFY(back.endsWith(QStringLiteral(" end")));
    }

    void csvCellsAreQuotedAndGuarded_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QByteArray>("cell");
        QTest::newRow("plain") << QStringLiteral("alice") << QByteArray("alice");
        QTest::newRow("comma") << QStringLiteral("a,b") << QByteArray("\"a,b\"");
        QTest::newRow("quote") << QStringLiteral("say \"hi\"") << QByteArray("\"say \"\"hi\"\"\"");
        QTest::newRow("newline") << QStringLiteral("a\nb") << QByteArray("\"a\nb\"");
        QTest::newRow("formula") << QStringLiteral("=HYPERLINK(1)") << QByteArray("'=HYPERLINK(1)");
        QTest::newRow("plus") << QStringLiteral("+1") << QByteArray("'+1");
        QTest::newRow("at") << QStringLiteral("@cmd") << QByteArray("'@cmd");
    }

    void csvCellsAreQuotedAndGuarded()
    {
        QFETCH(QString, text);
        QFETCH(QByteArray, cell);
        QByteArray out;
        attest::cli::CsvWriter::appendCell(out, text, true);
        QCOMPARE(out, cell);
    }
};

ATTEST_REGISTER_TEST(TestCli, "cli")
#include "tst_cli.moc"
