// LDAP sync benchmark: the demo organisation (100,000 identities by default) written as LDIF,
// loaded into a throw-away slapd with slapadd -q, then dumped with `ldapsearch -E pr=1000` over
// LDAPS as the non-root reader and synced by Attest the same way, in the same run. Prints both
// times, their ratio and Attest's peak memory. Not a test.
#include "benchtable.h"

#include "../integration/slapdfixture.h"

#include "connectors/demo/demoorganisation.h"
#include "connectors/demo/ldifwriter.h"
#include "connectors/ldap/ldapsync.h"
#include "connectors/ldap/openldapprofile.h"
#include "store/workspace.h"

#include <QBuffer>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>

#include <cstdio>

using namespace attest;
using attest::bench::printRow;
using attest::test::SlapdFixture;

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption identitiesOption(QStringLiteral("identities"), QStringLiteral("People in the demo."),
                                              QStringLiteral("n"), QStringLiteral("100000"));
    parser.addOption(identitiesOption);
    parser.process(app);

    QString error;
    DemoParameters parameters;
    parameters.identities = parser.value(identitiesOption).toInt();
    auto organisation = DemoGenerator(parameters).generate({}, &error);
    if (!organisation) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    QBuffer ldif;
    ldif.open(QIODevice::WriteOnly);
    if (!LdifWriter(parameters.baseDn).write(organisation->snapshots.back(), &ldif, &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    organisation.reset();

    attest::bench::printHeader("LDAP sync measurement");
    QElapsedTimer timer;
    timer.start();
    SlapdFixture slapd;
    if (!slapd.start(ldif.data(), &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    printRow("slapadd -q and start slapd", QStringLiteral("%1 ms").arg(timer.elapsed()));
    ldif.buffer().clear();

    // The floor: the same entries and attributes dumped by ldapsearch over LDAPS as the reader.
    timer.restart();
    for (const auto& [filter, attributes] :
         {std::pair{OpenLdapProfile::accountFilter(), OpenLdapProfile::accountAttributes()},
          std::pair{OpenLdapProfile::groupFilter(), OpenLdapProfile::groupAttributes()}}) {
        const auto result = SlapdFixture::runTool(
            QStringLiteral("ldapsearch"),
            QStringList{QStringLiteral("-x"), QStringLiteral("-LLL"), QStringLiteral("-H"), slapd.ldapsUrl(),
                        QStringLiteral("-D"), slapd.readerDn(), QStringLiteral("-w"),
                        SlapdFixture::password(SlapdFixture::Role::Reader), QStringLiteral("-b"), slapd.baseDn(),
                        QStringLiteral("-E"), QStringLiteral("pr=1000/noprompt"), filter} +
                attributes,
            slapd.caFile(), {}, 600000);
        if (result.exitCode != 0) {
            std::fprintf(stderr, "ldapsearch failed: %s\n", result.err.constData());
            return 1;
        }
    }
    const qint64 dump = timer.elapsed();
    printRow("ldapsearch -E pr=1000 dump (accounts + groups, LDAPS)", QStringLiteral("%1 ms").arg(dump));

    LdapSettings settings;
    settings.url = slapd.ldapsUrl();
    settings.baseDn = slapd.baseDn();
    settings.bindDn = slapd.readerDn();
    settings.caFile = slapd.caFile();
    QTemporaryDir dir;
    timer.restart();
    QStringList warnings;
    const auto data = readOpenLdapSnapshot(settings, SlapdFixture::password(SlapdFixture::Role::Reader).toUtf8(), {},
                                           &warnings, &error);
    if (!data) {
        std::fprintf(stderr, "sync failed: %s\n", qPrintable(error));
        return 1;
    }
    const qint64 read = timer.elapsed();
    auto workspace =
        Workspace::open(dir.filePath(QStringLiteral("sync.attest")), Workspace::OpenMode::CreateIfMissing, &error);
    const auto source =
        workspace ? workspace->addSource(QStringLiteral("bench"), QStringLiteral("ldap"), {}, &error) : std::nullopt;
    if (!source || !workspace->importSnapshot(*source, *data, {}, &error)) {
        std::fprintf(stderr, "import failed: %s\n", qPrintable(error));
        return 1;
    }
    const qint64 sync = timer.elapsed();
    printRow("Attest: read and map the directory", QStringLiteral("%1 ms").arg(read));
    printRow("Attest: sync including the workspace import", QStringLiteral("%1 ms").arg(sync));
    printRow("accounts / groups / memberships", QStringLiteral("%1 / %2 / %3")
                                                    .arg(data->accounts.size())
                                                    .arg(data->entitlements.size())
                                                    .arg(data->memberships.size()));
    printRow("sync / ldapsearch dump",
             QStringLiteral("%1 x").arg(double(sync) / double(qMax<qint64>(dump, 1)), 0, 'f', 2));
    printRow("read only / ldapsearch dump",
             QStringLiteral("%1 x").arg(double(read) / double(qMax<qint64>(dump, 1)), 0, 'f', 2));
    printRow("peak memory of this process (includes the LDIF)", attest::bench::peakMemory());
    return 0;
}
