#include "testregistry.h"

#include "connectors/ldap/directorychange.h"

#include <QProcess>
#include <QTest>

#include <lber.h> // before ldif.h, which uses its types
#include <ldif.h>

#include <utility>

using namespace attest;

namespace {

using Line = std::pair<QByteArray, QByteArray>; // LDIF attribute type and value

struct ShellRun
{
    bool finished = false;
    QByteArray out;
    QByteArray err;
};

// Runs an equivalent command through /bin/sh as a person pasting it would, with ldapmodify
// replaced by a function printing the LDIF it reads (stdout) and its arguments (stderr), and
// ldappasswd by one printing its arguments (stdout); arguments end with NUL.
ShellRun runInShell(const QString& command)
{
    const QString script = QStringLiteral("ldapmodify() { cat; printf '%s\\0' \"$@\" >&2; }\n"
                                          "ldappasswd() { printf '%s\\0' \"$@\"; }\n") +
                           command + QLatin1Char('\n');
    QProcess sh;
    sh.start(QStringLiteral("/bin/sh"), {QStringLiteral("-c"), script});
    ShellRun run;
    run.finished = sh.waitForFinished(10'000) && sh.exitStatus() == QProcess::NormalExit && sh.exitCode() == 0;
    run.out = sh.readAllStandardOutput();
    run.err = sh.readAllStandardError();
    return run;
}

QList<QByteArray> arguments(const QByteArray& nulTerminated)
{
    QList<QByteArray> list = nulTerminated.split('\0');
    if (!list.isEmpty() && list.back().isEmpty())
        list.removeLast();
    return list;
}

// The LDIF as OpenLDAP's own parser reads it, line by line (the command never folds lines).
QList<Line> parseLdif(const QByteArray& ldif, bool* ok)
{
    QList<Line> lines;
    *ok = ldif.endsWith('\n');
    for (const QByteArray& text : ldif.chopped(*ok ? 1 : 0).split('\n')) {
        QByteArray buffer = text; // parsed in place
        berval type{};
        berval value{};
        int freeValue = 0;
        if (ldif_parse_line2(buffer.data(), &type, &value, &freeValue) != 0) {
            *ok = false;
            return lines;
        }
        lines.append(
            {QByteArray(type.bv_val, qsizetype(type.bv_len)), QByteArray(value.bv_val, qsizetype(value.bv_len))});
        if (freeValue)
            ber_memfree(value.bv_val);
    }
    return lines;
}

QString text(const QList<Line>& lines)
{
    QStringList out;
    for (const Line& l : lines)
        out << QString::fromUtf8(l.first + " = [" + l.second + "]");
    return out.join(QLatin1Char('\n'));
}

} // namespace

// The equivalent command a journal entry shows must do what was done when a person pastes it into
// a shell: every DN reaches ldapmodify or ldappasswd byte for byte, whatever it contains.
class TestDirectoryChange : public QObject
{
    Q_OBJECT

private:
    LdapSettings settings() const
    {
        LdapSettings s;
        s.url = QStringLiteral("ldap://127.0.0.1:389");
        s.startTls = true;
        s.bindDn = QStringLiteral("cn=O'Neil %s \\5C,dc=example,dc=org");
        return s;
    }

private Q_SLOTS:
    void commandsReproduceTheDnExactly_data()
    {
        QTest::addColumn<QString>("dn");
        QTest::addColumn<bool>("plain"); // written as "dn: …", else base64 ("dn:: …")
        QTest::newRow("ordinary") << QStringLiteral("cn=Sales,ou=groups,dc=example,dc=org") << true;
        QTest::newRow("printf directives") << QStringLiteral("cn=100%s %n %d %%,ou=groups,dc=example,dc=org") << true;
        QTest::newRow("backslashes") << QStringLiteral("cn=Smith\\, John\\5C\\n\\\\,ou=people,dc=example,dc=org")
                                     << true;
        QTest::newRow("single quotes") << QStringLiteral("cn=O'Brien '; rm -rf ~; ',ou=people,dc=example,dc=org")
                                       << true;
        QTest::newRow("shell expansions") << QStringLiteral("cn=$(id) `id` $HOME \"q\" *,dc=example,dc=org") << true;
        QTest::newRow("utf-8") << QStringLiteral("cn=J\u00fcrgen M\u00fcller \u2603,dc=example,dc=org") << true;
        QTest::newRow("newline") << QStringLiteral("cn=x\nchangetype: delete,dc=example,dc=org") << false;
        QTest::newRow("carriage return") << QStringLiteral("cn=x\r,dc=example,dc=org") << false;
        QTest::newRow("leading space") << QStringLiteral(" cn=x,dc=example,dc=org") << false;
        QTest::newRow("leading colon") << QStringLiteral(":cn=x,dc=example,dc=org") << false;
        QTest::newRow("leading <") << QStringLiteral("<file:///etc/passwd>") << false;
        QTest::newRow("trailing space") << QStringLiteral("cn=x\\ ") << false;
    }

    void commandsReproduceTheDnExactly()
    {
        QFETCH(QString, dn);
        QFETCH(bool, plain);
        const LdapSettings s = settings();
        const QByteArray tested = dn.toUtf8();
        const QByteArray other = "cn=it's 100%s\\2C ok,ou=groups,dc=example,dc=org";
        const QList<QByteArray> connection{"-x", "-ZZ", "-H", s.url.toUtf8(), "-D", s.bindDn.toUtf8(), "-W"};

        struct Case
        {
            DirectoryChange::Kind kind;
            bool testedIsGroup; // the DN under test is the group's, else the account's
            QList<Line> expected;
        };
        const QList<Case> cases{
            {DirectoryChange::Kind::AddMember,
             false,
             {{"dn", other}, {"changetype", "modify"}, {"add", "member"}, {"member", tested}}},
            {DirectoryChange::Kind::RemoveMember,
             true,
             {{"dn", tested}, {"changetype", "modify"}, {"delete", "member"}, {"member", other}}},
            {DirectoryChange::Kind::Disable,
             false,
             {{"dn", tested},
              {"changetype", "modify"},
              {"replace", "pwdAccountLockedTime"},
              {"pwdAccountLockedTime", "000001010000Z"}}},
            {DirectoryChange::Kind::Unlock,
             false,
             {{"dn", tested}, {"changetype", "modify"}, {"delete", "pwdAccountLockedTime"}}},
        };
        for (const Case& c : cases) {
            DirectoryChange change;
            change.kind = c.kind;
            change.target = c.testedIsGroup ? QString::fromUtf8(other) : dn;
            change.group = c.testedIsGroup ? dn : QString::fromUtf8(other);
            const QString command = equivalentLdapCommand(change, s);
            const ShellRun run = runInShell(command);
            QVERIFY2(run.finished, qPrintable(command + QStringLiteral("\n") + QString::fromUtf8(run.err)));
            bool ok = false;
            const QList<Line> parsed = parseLdif(run.out, &ok);
            QVERIFY2(ok, run.out.constData());
            QVERIFY2(parsed == c.expected, qPrintable(command + QStringLiteral("\nread back:\n") + text(parsed)));
            QCOMPARE(arguments(run.err), connection);
            if (plain) { // readable as it is: exactly the LDIF a person would type
                QByteArray ldif;
                for (const Line& l : c.expected)
                    ldif += l.first + ": " + l.second + '\n';
                QCOMPARE(run.out, ldif);
            } else {
                QVERIFY2(run.out.contains(":: "), run.out.constData());
            }
            // The LDIF's lines are printf's arguments, never its format.
            QVERIFY2(command.startsWith(QStringLiteral("printf '%s\\n' ")), qPrintable(command));
        }

        DirectoryChange reset;
        reset.kind = DirectoryChange::Kind::ResetPassword;
        reset.target = dn;
        const QString command = equivalentLdapCommand(reset, s);
        QVERIFY2(command.startsWith(QStringLiteral("ldappasswd ")), qPrintable(command));
        const ShellRun run = runInShell(command);
        QVERIFY2(run.finished, qPrintable(command + QStringLiteral("\n") + QString::fromUtf8(run.err)));
        QCOMPARE(arguments(run.out), connection + QList<QByteArray>({"-S", tested}));
    }

    void startTlsOnlyForLdapUrls()
    {
        LdapSettings s = settings();
        s.url = QStringLiteral("ldaps://127.0.0.1:636");
        DirectoryChange change;
        change.kind = DirectoryChange::Kind::Unlock;
        change.target = QStringLiteral("uid=a,dc=example,dc=org");
        const ShellRun run = runInShell(equivalentLdapCommand(change, s));
        QVERIFY(run.finished);
        QCOMPARE(arguments(run.err), (QList<QByteArray>{"-x", "-H", s.url.toUtf8(), "-D", s.bindDn.toUtf8(), "-W"}));
    }
};

ATTEST_REGISTER_TEST(TestDirectoryChange, "directorychange")
#include "tst_directorychange.moc"
