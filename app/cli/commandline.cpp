#include "commandline.h"

#include "clierror.h"
#include "connectioncommand.h"
#include "democommand.h"
#include "directorycommands.h"
#include "exportcommand.h"
#include "journalcommand.h"
#include "metricscommand.h"
#include "reviewcommand.h"
#include "synccommand.h"

#include <QCoreApplication>

#include <cstdio>

namespace attest::cli {

namespace {

const QStringList& commands()
{
    static const QStringList names{QStringLiteral("demo"),       QStringLiteral("export"), QStringLiteral("sync"),
                                   QStringLiteral("connection"), QStringLiteral("group"),  QStringLiteral("account"),
                                   QStringLiteral("journal"),    QStringLiteral("review"), QStringLiteral("metrics"),
                                   QStringLiteral("report")};
    return names;
}

void printHelp()
{
    std::fputs("Usage: attest [COMMAND] [OPTIONS]\n"
               "\n"
               "Without a command, attest opens the console (GUI); --workspace FILE opens that workspace.\n"
               "\n"
               "Commands:\n"
               "  demo     Generate the demo organisation into a new workspace (and as LDIF)\n"
               "             attest demo --workspace FILE [--identities N] [--seed S] [--as-of YYYY-MM-DD]\n"
               "                         [--ldif FILE]\n"
               "  export   Write identities, accounts, entitlements, grants, privileged, audit or snapshots\n"
               "           of a snapshot, the journal, or a review campaign's items (review-items), to stdout\n"
               "             attest export KIND --workspace FILE [--snapshot ID | --campaign ID] --format csv|json\n"
               "  sync     Read an OpenLDAP directory into a new snapshot\n"
               "             attest sync --workspace FILE --url URL --base DN [--bind-dn DN --password-file FILE]\n"
               "                         [--ca-file FILE] [--starttls] [--allow-plaintext] [--source NAME]\n"
               "  connection  Add, list, test or remove directory connections saved in the workspace\n"
               "             attest connection add|list|test|remove [NAME] --workspace FILE …\n"
               "  group    Add or remove a member of a group in a directory (verified, journaled)\n"
               "             attest group add-member|remove-member --workspace FILE --connection NAME …\n"
               "                         --group DN --account DN [--reason TEXT] [--ticket REF]\n"
               "  account  Disable, enable, unlock an account or reset its password (verified, journaled)\n"
               "             attest account disable|enable|unlock|reset-password --workspace FILE …\n"
               "                         --account DN [--generate | --new-password-file FILE]\n"
               "  review   Run an access review: create a campaign, decide, reassign, work offline with\n"
               "           worksheets, close, remediate, sign off and export the evidence\n"
               "             attest review create|list|status|decide|accept-recommendations|reassign|\n"
               "                           export-worksheet|import-worksheet|close|remediate|sign-off|\n"
               "                           export-evidence|verify-evidence …  (--help on each)\n"
               "  metrics  Every sprawl and hygiene measure of a snapshot, its drift and trend, with the rows\n"
               "           behind each count\n"
               "             attest metrics --workspace FILE [--snapshot ID] [--compare ID|none] --format json|csv\n"
               "  report   The dashboard report (PDF) for management and auditors\n"
               "             attest report --workspace FILE --out FILE.pdf [--snapshot ID] [--compare ID|none]\n"
               "  journal  Verify the journal's hash chain and signatures (export it with `export journal`),\n"
               "           print its public key, or resolve changes whose outcome was never recorded by\n"
               "           reading their targets\n"
               "             attest journal verify|key --workspace FILE\n"
               "             attest journal resolve --workspace FILE (--connection NAME | --url URL …)\n"
               "\n"
               "Options:\n"
               "  -h, --help     Show this help; `attest COMMAND --help` shows a command's options.\n"
               "  -v, --version  Show the version.\n"
               "\n"
               "Data goes to stdout, progress and errors to stderr. Exit status: 0 success, 1 failure,\n"
               "2 a wrong command line.\n",
               stdout);
}

} // namespace

bool isCommandLineInvocation(const QStringList& arguments)
{
    if (arguments.size() < 2)
        return false;
    const QString& first = arguments.at(1);
    if (first == QLatin1String("-h") || first == QLatin1String("--help") || first == QLatin1String("-v") ||
        first == QLatin1String("--version") || first == QLatin1String("help"))
        return true;
    // Anything else starting with '-' is an option of the GUI (--workspace FILE, Qt's -platform).
    return !first.startsWith(QLatin1Char('-'));
}

int run(const QStringList& arguments)
{
    if (arguments.size() < 2)
        return fail(kExitUsage, QStringLiteral("no command; see attest --help"));
    const QString command = arguments.at(1);
    if (command == QLatin1String("-h") || command == QLatin1String("--help") || command == QLatin1String("help")) {
        printHelp();
        return 0;
    }
    if (command == QLatin1String("-v") || command == QLatin1String("--version")) {
        std::printf("attest %s\n", ATTEST_VERSION_STRING);
        return 0;
    }
    // Each command parses its own options; the program name and the command come first.
    QStringList rest = arguments;
    rest.removeAt(1);
    if (command == QLatin1String("demo"))
        return runDemo(rest);
    if (command == QLatin1String("export"))
        return runExport(rest);
    if (command == QLatin1String("sync"))
        return runSync(rest);
    if (command == QLatin1String("connection"))
        return runConnection(rest);
    if (command == QLatin1String("group"))
        return runGroup(rest);
    if (command == QLatin1String("account"))
        return runAccount(rest);
    if (command == QLatin1String("journal"))
        return runJournal(rest);
    if (command == QLatin1String("review"))
        return runReview(rest);
    if (command == QLatin1String("metrics"))
        return runMetrics(rest);
    if (command == QLatin1String("report"))
        return runReport(rest);
    return fail(kExitUsage, QStringLiteral("unknown command \"%1\"; the commands are %2 (see attest --help)")
                                .arg(command, commands().join(QStringLiteral(", "))));
}

} // namespace attest::cli
