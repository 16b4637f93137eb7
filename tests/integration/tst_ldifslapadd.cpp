#include "testregistry.h"

#include "slapdfixture.h"

#include "connectors/demo/demoorganisation.h"
#include "connectors/demo/ldifwriter.h"

#include <QBuffer>
#include <QElapsedTimer>
#include <QTest>

#include <algorithm>

using namespace attest;
using attest::test::SlapdFixture;

namespace {

// Values of one attribute in unwrapped ldapsearch output, base64 ones decoded.
QStringList values(const QByteArray& ldif, const QByteArray& attribute)
{
    QStringList result;
    for (const QByteArray& line : ldif.split('\n')) {
        if (line.startsWith(attribute + ":: "))
            result.append(QString::fromUtf8(QByteArray::fromBase64(line.mid(attribute.size() + 3))));
        else if (line.startsWith(attribute + ": "))
            result.append(QString::fromUtf8(line.mid(attribute.size() + 2)));
    }
    return result;
}

} // namespace

// The demo organisation written as LDIF loads into a real slapd with slapadd (which runs no
// overlays, so the file must carry memberOf and pre-hashed passwords itself) and reads back as
// written.
class TestLdifSlapadd : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void demoOrganisationLoadsIntoSlapd()
    {
        QString missing;
        if (!SlapdFixture::toolsAvailable(&missing))
            QFAIL(qPrintable(
                QStringLiteral("%1 is missing: run scripts/setup.sh (this test is not skipped)").arg(missing)));
        DemoParameters parameters;
        parameters.identities = 2000;
        parameters.asOf = QDateTime(QDate(2026, 11, 22), QTime(0, 0), QTimeZone::utc()).toMSecsSinceEpoch();
        QString error;
        const auto organisation = DemoGenerator(parameters).generate({}, &error);
        QVERIFY2(organisation, qPrintable(error));
        const SnapshotData& snapshot = organisation->snapshots.back();
        QBuffer ldif;
        ldif.open(QIODevice::WriteOnly);
        QVERIFY2(LdifWriter(parameters.baseDn).write(snapshot, &ldif, &error), qPrintable(error));

        QElapsedTimer timer;
        timer.start();
        SlapdFixture slapd;
        QVERIFY2(slapd.start(ldif.data(), &error), qPrintable(error + QString::fromUtf8(slapd.logTail())));
        qInfo("slapadd -q and start of %zu accounts and %zu groups took %lld ms", snapshot.accounts.size(),
              snapshot.entitlements.size(), timer.elapsed());
        const QString base = slapd.baseDn();

        // Every entry arrived: each organisational unit with what the writer put below it.
        qsizetype entries = 0;
        for (const QString& ou : LdifWriter::organisationalUnits()) {
            const QByteArray out =
                slapd.ldapsearch({QStringLiteral("-b"), QStringLiteral("ou=%1,%2").arg(ou, base), QStringLiteral("-E"),
                                  QStringLiteral("pr=1000/noprompt"), QStringLiteral("dn")},
                                 &error);
            QVERIFY2(!out.isEmpty(), qPrintable(error));
            entries += values(out, "dn").size();
        }
        QCOMPARE(entries, qsizetype(LdifWriter::organisationalUnits().size() + snapshot.accounts.size() +
                                    snapshot.entitlements.size()));

        // A nested group knows the group it is nested in.
        const QByteArray team =
            slapd.ldapsearch({QStringLiteral("-b"), QStringLiteral("cn=Platform Team,ou=Groups,") + base,
                              QStringLiteral("-s"), QStringLiteral("base"), QStringLiteral("memberOf")},
                             &error);
        QVERIFY2(
            values(team, "memberOf").contains(QStringLiteral("cn=Engineering,ou=Groups,") + base, Qt::CaseInsensitive),
            team.constData());

        // A non-ASCII name comes back unchanged, and the account's groups match the snapshot.
        const auto nonAscii = std::find_if(snapshot.accounts.begin(), snapshot.accounts.end(), [](const Account& a) {
            return a.kind == AccountKind::User && a.enabled && !a.locked &&
                   std::any_of(a.displayName.begin(), a.displayName.end(), [](QChar c) { return c.unicode() >= 0x80; });
        });
        QVERIFY(nonAscii != snapshot.accounts.end());
        const QByteArray person =
            slapd.ldapsearch({QStringLiteral("-b"), nonAscii->dn, QStringLiteral("-s"), QStringLiteral("base"),
                              QStringLiteral("displayName"), QStringLiteral("memberOf")},
                             &error);
        QCOMPARE(values(person, "displayName"), QStringList{nonAscii->displayName});
        const auto row = quint32(nonAscii - snapshot.accounts.begin());
        const auto direct =
            std::count_if(snapshot.memberships.begin(), snapshot.memberships.end(), [row](const Membership& m) {
                return m.memberKind == MemberKind::Account && m.member == row;
            });
        QCOMPARE(qsizetype(values(person, "memberOf").size()), qsizetype(direct));

        // The pre-hashed {SSHA} demo password works for a simple bind.
        const auto bind =
            SlapdFixture::runTool(QStringLiteral("ldapwhoami"),
                                  {QStringLiteral("-x"), QStringLiteral("-H"), slapd.ldapsUrl(), QStringLiteral("-D"),
                                   nonAscii->dn, QStringLiteral("-w"), LdifWriter::demoPassword()},
                                  slapd.caFile());
        QVERIFY2(bind.exitCode == 0, bind.err.constData());

        // ppolicy's operational attributes survive: a disabled account carries OpenLDAP's marker.
        const auto disabled = std::find_if(snapshot.accounts.begin(), snapshot.accounts.end(),
                                           [](const Account& a) { return !a.enabled; });
        QVERIFY(disabled != snapshot.accounts.end());
        const QByteArray locked =
            slapd.ldapsearch({QStringLiteral("-b"), disabled->dn, QStringLiteral("-s"), QStringLiteral("base"),
                              QStringLiteral("pwdAccountLockedTime"), QStringLiteral("pwdChangedTime")},
                             &error);
        QCOMPARE(values(locked, "pwdAccountLockedTime"), QStringList{QStringLiteral("000001010000Z")});
        QCOMPARE(values(locked, "pwdChangedTime").size(), 1);

        QVERIFY2(slapd.stop(), "slapd did not stop on SIGTERM");
    }
};

ATTEST_REGISTER_TEST(TestLdifSlapadd, "ldifslapadd")
#include "tst_ldifslapadd.moc"
