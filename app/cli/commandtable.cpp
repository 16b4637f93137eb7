#include "commandtable.h"

#include "commandhelp.h"
#include "connectioncommand.h"
#include "democommand.h"
#include "directorycommands.h"
#include "exceptioncommands.h"
#include "exportcommand.h"
#include "exporters.h"
#include "journalcommand.h"
#include "metricscommand.h"
#include "reviewclosing.h"
#include "reviewcommand.h"
#include "synccommand.h"

#include <QCoreApplication>

#include <algorithm>
#include <cstdio>

namespace attest::cli {

namespace {

OptionSpec value(const char* name, const char* valueName, const char* description)
{
    OptionSpec o;
    o.name = QString::fromLatin1(name);
    o.valueName = QString::fromLatin1(valueName);
    o.description = description;
    return o;
}

OptionSpec flag(const char* name, const char* description)
{
    OptionSpec o;
    o.name = QString::fromLatin1(name);
    o.description = description;
    return o;
}

ArgumentSpec argument(const char* name, const QString& choices = {})
{
    return {QString::fromLatin1(name), choices, false, false};
}

std::vector<OptionSpec> operator+(std::vector<OptionSpec> a, const std::vector<OptionSpec>& b)
{
    a.insert(a.end(), b.begin(), b.end());
    return a;
}

// The options many commands share, spelt and described once.
OptionSpec workspace(const char* description = QT_TRANSLATE_NOOP("CommandTable", "The workspace file."))
{
    return value("workspace", "FILE", description).requiredOption().withShortName("w");
}

OptionSpec campaign()
{
    return value("campaign", "ID", QT_TRANSLATE_NOOP("CommandTable", "The campaign's id (see attest review list)."))
        .requiredOption();
}

OptionSpec by()
{
    return value("by", "WHO",
                 QT_TRANSLATE_NOOP("CommandTable", "Who does it (recorded in the journal); in a review, a person of "
                                                   "the campaign's snapshot (key, login, mail or unique full name)."))
        .requiredOption();
}

OptionSpec output(const char* valueName, const char* description)
{
    return value("output", valueName, description).requiredOption().withShortName("o");
}

OptionSpec snapshot(const char* description)
{
    return value("snapshot", "ID", description);
}

OptionSpec staleDays(const char* description)
{
    return value("stale-days", "DAYS", description);
}

OptionSpec ticket()
{
    return value("ticket", "REF", QT_TRANSLATE_NOOP("CommandTable", "Ticket reference (recorded in the journal)."));
}

OptionSpec reason()
{
    return value("reason", "TEXT", QT_TRANSLATE_NOOP("CommandTable", "Why (recorded in the journal)."));
}

OptionSpec passwordFile()
{
    return value("password-file", "FILE",
                 QT_TRANSLATE_NOOP("CommandTable", "A file whose first line is the bind password."));
}

OptionSpec timeout()
{
    return value("timeout", "SECONDS",
                 QT_TRANSLATE_NOOP("CommandTable",
                                   "Give up on a directory that does not complete a step (connect, TLS handshake, "
                                   "bind, each search page, each change) within this many seconds (1 to 3600; "
                                   "default 30, or the saved connection's)."));
}

// The options of a connection given inline (see ConnectionOptions), without --connection.
std::vector<OptionSpec> inlineConnection()
{
    return {
        value("url", "URL", QT_TRANSLATE_NOOP("CommandTable", "ldaps://host[:port] or ldap://host[:port].")),
        value("base", "DN", QT_TRANSLATE_NOOP("CommandTable", "The base DN.")),
        value("bind-dn", "DN", QT_TRANSLATE_NOOP("CommandTable", "Who to bind as.")),
        passwordFile(),
        value("ca-file", "FILE",
              QT_TRANSLATE_NOOP("CommandTable", "PEM file of the CA to trust (default: the system's CAs).")),
        flag("starttls", QT_TRANSLATE_NOOP("CommandTable", "Use StartTLS on ldap:// (the default for ldap:// URLs).")),
        flag("allow-plaintext", QT_TRANSLATE_NOOP("CommandTable", "Allow a bind over ldap:// without TLS: the "
                                                                  "password crosses the network in clear.")),
        value("trust-certificate", "SHA256",
              QT_TRANSLATE_NOOP("CommandTable", "Trust exactly this server certificate although it does not verify: "
                                                "its SHA-256 fingerprint as attest connection test shows it.")),
        value("map", "FIELD=ATTRIBUTE",
              QT_TRANSLATE_NOOP("CommandTable",
                                "Read a field from another attribute, e.g. department=ou. Fields: "
                                "accountObjectClass, login, name, mail, title, department, manager, employeeNumber, "
                                "employeeType."))
            .many(),
        timeout(),
    };
}

const char* const kConnectionGroup = QT_TRANSLATE_NOOP("CommandTable", "connection options");

// A saved connection or inline options: what every command that talks to a directory takes.
std::vector<OptionSpec> connectionOptions()
{
    std::vector<OptionSpec> all{
        value("connection", "NAME", QT_TRANSLATE_NOOP("CommandTable", "A connection saved in the workspace."))};
    all = all + inlineConnection();
    for (OptionSpec& o : all)
        o.group = QString::fromLatin1(kConnectionGroup);
    return all;
}

std::vector<OptionSpec> directoryChange(const std::vector<OptionSpec>& extra)
{
    return std::vector<OptionSpec>{
               workspace(QT_TRANSLATE_NOOP("CommandTable", "The workspace whose journal records the change.")),
               value("account", "DN|LOGIN",
                     QT_TRANSLATE_NOOP("CommandTable", "The account: its DN, or its login (looked up under the base)."))
                   .requiredOption(),
           } +
           extra + std::vector<OptionSpec>{reason(), ticket()} + connectionOptions();
}

const char* const kDirectoryChangeDetails =
    QT_TRANSLATE_NOOP("CommandTable", "The change is previewed on stderr, executed, verified by reading the entry "
                                      "back, and recorded in the workspace's journal whatever the outcome.");

std::vector<OptionSpec> groupChange()
{
    return directoryChange(
        {value("group", "DN", QT_TRANSLATE_NOOP("CommandTable", "The group's DN.")).requiredOption()});
}

std::vector<OptionSpec> measureOptions()
{
    return {
        workspace(), snapshot(QT_TRANSLATE_NOOP("CommandTable", "The snapshot to measure (default: the newest).")),
        value("compare", "ID|none",
              QT_TRANSLATE_NOOP("CommandTable", "The snapshot to compare with for drift (default: the previous "
                                                "snapshot of the same source; none: no comparison).")),
        staleDays(QT_TRANSLATE_NOOP("CommandTable", "Days without logon after which an account is stale (default 90)."))
            .withDefault("90")};
}

QString exportKinds()
{
    QStringList names;
    for (const Exporter& exporter : exporters())
        names << exporter.name;
    return names.join(QLatin1Char('|'));
}

std::vector<Command> buildTable()
{
    const OptionSpec reviewer =
        value("reviewer", "KEY", QT_TRANSLATE_NOOP("CommandTable", "The reviewer whose items these are."))
            .requiredOption();
    std::vector<Command> table{
        {{QStringLiteral("demo")},
         QT_TRANSLATE_NOOP("CommandTable", "Generate the demo organisation into a new workspace (and as LDIF)"),
         QT_TRANSLATE_NOOP("CommandTable",
                           "Generates the built-in demo organisation (people, accounts, groups, roles, a privileged "
                           "tier, four quarterly snapshots and audit events) into a new workspace. The same options "
                           "always give the same organisation."),
         {},
         {workspace(QT_TRANSLATE_NOOP("CommandTable", "The new workspace file.")),
          value("identities", "N",
                QT_TRANSLATE_NOOP("CommandTable", "Number of people, 1 to 1,000,000 (default 2000)."))
              .withDefault("2000"),
          value("seed", "S", QT_TRANSLATE_NOOP("CommandTable", "Random seed (default 20260101).")),
          value("as-of", "DATE",
                QT_TRANSLATE_NOOP("CommandTable", "Date of the newest snapshot, YYYY-MM-DD (default today).")),
          value("ldif", "FILE",
                QT_TRANSLATE_NOOP("CommandTable", "Also write the newest snapshot as LDIF for OpenLDAP's slapadd."))},
         runDemo},
        {{QStringLiteral("export")},
         QT_TRANSLATE_NOOP("CommandTable",
                           "Write the records of a snapshot, the journal or a review campaign to stdout"),
         QT_TRANSLATE_NOOP(
             "CommandTable",
             "Writes one kind of record of a snapshot to stdout as JSON (an array of objects) or CSV (RFC 4180; text "
             "starting with = + - @ is prefixed with ' against spreadsheet formulas).\n"
             "journal writes every journal record: sequence, time (UTC, milliseconds), operator, bind identity, "
             "action, target, parameters, result, verification, ticket, reason, and hash, previous hash, signature "
             "and key id in hex; check it with attest journal verify.\n"
             "review-items (with --campaign ID) writes every item of a review campaign with its current decision, "
             "reviewer and relation, and the recommendation with its inputs."),
         {argument("kind", exportKinds())},
         {workspace(),
          snapshot(QT_TRANSLATE_NOOP("CommandTable", "Snapshot id (see export snapshots); default the newest.")),
          value("format", "csv|json", QT_TRANSLATE_NOOP("CommandTable", "The format of the records.")).requiredOption(),
          value("campaign", "ID", QT_TRANSLATE_NOOP("CommandTable", "The review campaign (for review-items)."))},
         runExport},
        {{QStringLiteral("sync")},
         QT_TRANSLATE_NOOP("CommandTable", "Read an OpenLDAP directory into a new snapshot"),
         QT_TRANSLATE_NOOP("CommandTable",
                           "Reads the directory into a new snapshot of the workspace, in one transaction: on any "
                           "failure the workspace is unchanged. The password is read from a file or the OS keychain "
                           "and never stored in the workspace."),
         {},
         std::vector<OptionSpec>{workspace(),
                                 value("source", "NAME",
                                       QT_TRANSLATE_NOOP("CommandTable", "Name of the source for inline options "
                                                                         "(default: host and base)."))} +
             connectionOptions(),
         runSync},
        {{QStringLiteral("connection"), QStringLiteral("add")},
         QT_TRANSLATE_NOOP("CommandTable", "Save a directory connection in the workspace"),
         QT_TRANSLATE_NOOP("CommandTable",
                           "Connections are saved without their passwords: a password given here goes to the OS "
                           "keychain, and commands naming the connection read it from there."),
         {argument("name")},
         [] {
             std::vector<OptionSpec> options = std::vector<OptionSpec>{workspace()} + inlineConnection();
             options[1] = options[1].requiredOption(); // --url
             options[2] = options[2].requiredOption(); // --base
             return options;
         }(),
         runConnection},
        {{QStringLiteral("connection"), QStringLiteral("list")},
         QT_TRANSLATE_NOOP("CommandTable", "List the directory connections saved in the workspace"),
         nullptr,
         {},
         {workspace()},
         runConnection},
        {{QStringLiteral("connection"), QStringLiteral("test")},
         QT_TRANSLATE_NOOP("CommandTable", "Test a saved connection step by step and record what it may change"),
         QT_TRANSLATE_NOOP("CommandTable", "Each step is said plainly, in order, stopping at the first that fails: "
                                           "reachable, TLS, certificate, bind, base, roughly how many entries, and "
                                           "what the bind identity may change."),
         {argument("name")},
         {workspace(), passwordFile(), timeout()},
         runConnection},
        {{QStringLiteral("connection"), QStringLiteral("remove")},
         QT_TRANSLATE_NOOP("CommandTable", "Remove a saved connection (its snapshots stay as history)"),
         nullptr,
         {argument("name")},
         {workspace()},
         runConnection},
        {{QStringLiteral("group"), QStringLiteral("add-member")},
         QT_TRANSLATE_NOOP("CommandTable", "Add an account to a group in a directory (verified, journaled)"),
         kDirectoryChangeDetails,
         {},
         groupChange(),
         runGroup},
        {{QStringLiteral("group"), QStringLiteral("remove-member")},
         QT_TRANSLATE_NOOP("CommandTable", "Remove an account from a group in a directory (verified, journaled)"),
         kDirectoryChangeDetails,
         {},
         groupChange(),
         runGroup},
        {{QStringLiteral("account"), QStringLiteral("show")},
         QT_TRANSLATE_NOOP("CommandTable", "Show an account as the directory has it now (JSON)"),
         QT_TRANSLATE_NOOP("CommandTable", "Reads the account from the directory, not from a snapshot: status, "
                                           "lockout, failed logons, password age and flags, last logon, as the help "
                                           "desk's card shows them. Nothing is changed or journaled."),
         {},
         std::vector<OptionSpec>{
             workspace(),
             value("account", "DN|LOGIN",
                   QT_TRANSLATE_NOOP("CommandTable", "The account: its DN, or its login (looked up under the base)."))
                 .requiredOption()} +
             connectionOptions(),
         runAccountShow},
        {{QStringLiteral("account"), QStringLiteral("disable")},
         QT_TRANSLATE_NOOP("CommandTable", "Disable an account in a directory (verified, journaled)"),
         kDirectoryChangeDetails,
         {},
         directoryChange({}),
         runAccount},
        {{QStringLiteral("account"), QStringLiteral("enable")},
         QT_TRANSLATE_NOOP("CommandTable", "Enable an account in a directory (verified, journaled)"),
         kDirectoryChangeDetails,
         {},
         directoryChange({}),
         runAccount},
        {{QStringLiteral("account"), QStringLiteral("unlock")},
         QT_TRANSLATE_NOOP("CommandTable", "Unlock an account in a directory (verified, journaled)"),
         kDirectoryChangeDetails,
         {},
         directoryChange({}),
         runAccount},
        {{QStringLiteral("account"), QStringLiteral("reset-password")},
         QT_TRANSLATE_NOOP("CommandTable", "Reset an account's password in a directory (verified, journaled)"),
         kDirectoryChangeDetails,
         {},
         directoryChange(
             {flag("generate", QT_TRANSLATE_NOOP("CommandTable", "Generate the new password (16 characters) and print "
                                                                 "it once, as the last line.")),
              value("new-password-file", "FILE",
                    QT_TRANSLATE_NOOP("CommandTable", "A file whose first line is the new password.")),
              flag("must-change",
                   QT_TRANSLATE_NOOP("CommandTable", "Require a change at the next logon (the default).")),
              flag("no-must-change", QT_TRANSLATE_NOOP("CommandTable", "Do not require a change at the next logon."))}),
         runAccount},
        {{QStringLiteral("journal"), QStringLiteral("verify")},
         QT_TRANSLATE_NOOP("CommandTable", "Verify the journal's hash chain, signatures and signed head"),
         QT_TRANSLATE_NOOP("CommandTable",
                           "Checks every record's hash, its link to the record before it, its signature, the signed "
                           "head and this computer's copy of it. Signatures are checked against --key, else the "
                           "journal key this computer holds for the workspace; with neither, against the key the "
                           "workspace records, and the output says that this proves less. Exit status 0 only for an "
                           "intact journal. Export the journal with attest export journal."),
         {},
         {workspace(),
          value("key", "HEX|FILE",
                QT_TRANSLATE_NOOP("CommandTable", "The expected journal public key (64 hex digits, or a file)."))},
         runJournal},
        {{QStringLiteral("journal"), QStringLiteral("key")},
         QT_TRANSLATE_NOOP("CommandTable", "Print the public key of this computer's journal key for the workspace"),
         QT_TRANSLATE_NOOP("CommandTable", "Give it to an auditor for --key of journal verify and review "
                                           "verify-evidence."),
         {},
         {workspace()},
         runJournal},
        {{QStringLiteral("journal"), QStringLiteral("resolve")},
         QT_TRANSLATE_NOOP("CommandTable", "Resolve directory changes whose outcome was never recorded"),
         QT_TRANSLATE_NOOP("CommandTable",
                           "For every directory change whose intent was recorded and whose outcome never was (a "
                           "crash or a full disk in between), reads the target through the connection given and "
                           "records what happened: applied, not applied, or for a password reset unknown (a password "
                           "cannot be read back: reset it again). Exit status 0 only when no intent is left open."),
         {},
         std::vector<OptionSpec>{workspace()} + connectionOptions(),
         runJournal},
        {{QStringLiteral("review"), QStringLiteral("create")},
         QT_TRANSLATE_NOOP("CommandTable", "Freeze a review campaign's population from a snapshot"),
         QT_TRANSLATE_NOOP("CommandTable",
                           "One item per (account, entitlement) pair in scope, effective grants included, from one "
                           "snapshot (the newest by default). Prints the campaign id, the item count, the "
                           "population's SHA-256 and its reconciliation with the snapshot; journaled. An exclusion "
                           "names an account (key or login) and an entitlement (key or name), either may be empty "
                           "for \"any\", and a mandatory reason."),
         {},
         {workspace(),
          value("name", "NAME", QT_TRANSLATE_NOOP("CommandTable", "The campaign's name.")).requiredOption(),
          value("owner", "WHO",
                QT_TRANSLATE_NOOP("CommandTable", "Who runs the campaign and signs it off. A person of the snapshot: "
                                                  "identity key, login, mail, or a full name only one person has."))
              .requiredOption(),
          value("fallback-reviewer", "WHO",
                QT_TRANSLATE_NOOP("CommandTable", "Reviews items nobody else can. A person of the snapshot: identity "
                                                  "key, login, mail, or a full name only one person has."))
              .requiredOption(),
          snapshot(QT_TRANSLATE_NOOP("CommandTable", "The snapshot to freeze (default the newest).")),
          value("reviewer-rule", "manager|owner|named",
                QT_TRANSLATE_NOOP("CommandTable", "manager (default), owner or named.")),
          value("named-reviewer", "WHO",
                QT_TRANSLATE_NOOP("CommandTable", "A reviewer for the named rule. A person of the snapshot: identity "
                                                  "key, login, mail, or a full name only one person has."))
              .many(),
          value("scope", "all|privileged",
                QT_TRANSLATE_NOOP("CommandTable", "Entitlements: all (default) or privileged.")),
          value("entitlement", "KEY", QT_TRANSLATE_NOOP("CommandTable", "Review only this entitlement.")).many(),
          value("entitlement-filter", "TEXT",
                QT_TRANSLATE_NOOP("CommandTable", "Review entitlements whose name contains this text.")),
          value("department", "NAME", QT_TRANSLATE_NOOP("CommandTable", "Only accounts of this department.")).many(),
          value("account-kind", "user|admin|service", QT_TRANSLATE_NOOP("CommandTable", "Only accounts of this kind."))
              .many(),
          value("exclude", "ACCOUNT:ENTITLEMENT:REASON",
                QT_TRANSLATE_NOOP("CommandTable", "Leave out a grant, with the reason."))
              .many(),
          value("due", "DATE", QT_TRANSLATE_NOOP("CommandTable", "Due date, YYYY-MM-DD (the end of that day, UTC).")),
          value("no-response", "keep|revoke|follow-recommendation",
                QT_TRANSLATE_NOOP("CommandTable",
                                  "At close, undecided items: keep (default), revoke, follow-recommendation.")),
          flag("justify-approve", QT_TRANSLATE_NOOP("CommandTable", "Approvals need a justification.")),
          flag("no-justify-revoke", QT_TRANSLATE_NOOP("CommandTable", "Revokes need no justification.")),
          staleDays(QT_TRANSLATE_NOOP("CommandTable", "No logon for this many days: stale (default 90)."))},
         runReviewCreate},
        {{QStringLiteral("review"), QStringLiteral("list")},
         QT_TRANSLATE_NOOP("CommandTable", "List the campaigns: id, status, items, due date, name"),
         nullptr,
         {},
         {workspace()},
         runReview},
        {{QStringLiteral("review"), QStringLiteral("status")},
         QT_TRANSLATE_NOOP("CommandTable", "Show a campaign's progress, overall and per reviewer"),
         QT_TRANSLATE_NOOP("CommandTable", "Decided of total, revoke rate, overdue, and the rubber-stamp signal (a "
                                           "reviewer approving everything at a few seconds an item)."),
         {},
         {workspace(), campaign(),
          value("format", "text|json", QT_TRANSLATE_NOOP("CommandTable", "text (default) or json."))},
         runReview},
        {{QStringLiteral("review"), QStringLiteral("decide")},
         QT_TRANSLATE_NOOP("CommandTable", "Record a decision on items of a campaign"),
         QT_TRANSLATE_NOOP("CommandTable", "Items are numbered from 1; changing a decision keeps its history. Who may "
                                           "decide which item is the same rule as in the console."),
         {},
         {workspace(), campaign(),
          value("item", "N", QT_TRANSLATE_NOOP("CommandTable", "Item numbers, from 1: N, N,M or N-M."))
              .many()
              .requiredOption(),
          value("decision", "approve|revoke|dont-know", QT_TRANSLATE_NOOP("CommandTable", "The decision."))
              .requiredOption(),
          by().withAlias("reviewer"),
          value("justification", "TEXT", QT_TRANSLATE_NOOP("CommandTable", "Why (recorded)."))},
         runReview},
        {{QStringLiteral("review"), QStringLiteral("accept-recommendations")},
         QT_TRANSLATE_NOOP("CommandTable", "Apply the recommendation to every undecided item"),
         QT_TRANSLATE_NOOP("CommandTable", "Never overwrites a decision."),
         {},
         {workspace(), campaign(), by().withAlias("reviewer"),
          value("only-reviewer", "KEY", QT_TRANSLATE_NOOP("CommandTable", "Only this reviewer's items."))},
         runReview},
        {{QStringLiteral("review"), QStringLiteral("reassign")},
         QT_TRANSLATE_NOOP("CommandTable", "Give items, or every undecided item of a reviewer, to another reviewer"),
         QT_TRANSLATE_NOOP("CommandTable", "Give either --item or --from; the reassignment is recorded."),
         {},
         {workspace(), campaign(),
          value("item", "N", QT_TRANSLATE_NOOP("CommandTable", "Item numbers, from 1: N, N,M or N-M.")).many(),
          value("from", "WHO",
                QT_TRANSLATE_NOOP("CommandTable", "Every undecided item of this reviewer. A person of the snapshot: "
                                                  "identity key, login, mail, or a full name only one person has.")),
          value("to", "WHO",
                QT_TRANSLATE_NOOP("CommandTable", "The new reviewer. A person of the snapshot: identity key, login, "
                                                  "mail, or a full name only one person has."))
              .requiredOption(),
          by(), reason().requiredOption()},
         runReview},
        {{QStringLiteral("review"), QStringLiteral("export-worksheet")},
         QT_TRANSLATE_NOOP("CommandTable", "Write a reviewer's items as a worksheet (CSV or XLSX) for offline review"),
         QT_TRANSLATE_NOOP("CommandTable",
                           "Fill in decision and justification, then import it. The format follows the file's "
                           "extension unless given; the XLSX workbook offers the decisions as a drop-down list."),
         {},
         {workspace(), campaign(), reviewer,
          output("FILE", QT_TRANSLATE_NOOP("CommandTable", "The worksheet to write (.csv or .xlsx).")),
          value("format", "csv|xlsx",
                QT_TRANSLATE_NOOP("CommandTable", "The worksheet's format (default: from the output file's extension, "
                                                  "else csv)."))},
         runReview},
        {{QStringLiteral("review"), QStringLiteral("import-worksheet")},
         QT_TRANSLATE_NOOP("CommandTable", "Import the decisions of a filled-in worksheet"),
         QT_TRANSLATE_NOOP("CommandTable",
                           "Reads a CSV or XLSX worksheet (also after saving it in Excel or LibreOffice). Checks every "
                           "row first and lists each problem with its line; a file with any problem imports nothing. "
                           "Rows with an empty decision are skipped."),
         {},
         {workspace(), campaign(), reviewer,
          value("input", "FILE", QT_TRANSLATE_NOOP("CommandTable", "The worksheet to read (CSV or XLSX)."))
              .requiredOption()
              .withShortName("i")},
         runReview},
        {{QStringLiteral("review"), QStringLiteral("close")},
         QT_TRANSLATE_NOOP("CommandTable", "Close a campaign and plan the changes its revokes need"),
         QT_TRANSLATE_NOOP("CommandTable",
                           "Undecided items get the no-response policy's verdict (only with "
                           "--apply-no-response-policy), and every revoke becomes a planned change, which is printed."),
         {},
         {workspace(), campaign(), by(),
          flag("apply-no-response-policy",
               QT_TRANSLATE_NOOP("CommandTable", "Let the campaign's no-response policy decide undecided items."))},
         runReviewClosing},
        {{QStringLiteral("review"), QStringLiteral("plan")},
         QT_TRANSLATE_NOOP("CommandTable", "Print the remediation plan, before or after the close"),
         QT_TRANSLATE_NOOP("CommandTable",
                           "One record per change and per conflict: the membership removed, the items it serves, what "
                           "else it takes away, and each conflict (a revoke that would take access approved in the "
                           "campaign) with both decisions and its resolution. For an open campaign the no-response "
                           "policy is applied as the close would (nothing is written)."),
         {},
         {workspace(), campaign(),
          value("format", "csv|json", QT_TRANSLATE_NOOP("CommandTable", "csv (default) or json."))},
         runReviewClosing},
        {{QStringLiteral("review"), QStringLiteral("resolve-conflict")},
         QT_TRANSLATE_NOOP("CommandTable", "The owner resolves a conflict between a revoke and approved access"),
         QT_TRANSLATE_NOOP("CommandTable",
                           "--keep leaves the approved access (the revoke stays for a person), --revoke removes it "
                           "anyway. Recorded and journaled; before the close, or after it until the item is "
                           "remediated."),
         {},
         {workspace(), campaign(), by(),
          value("item", "N", QT_TRANSLATE_NOOP("CommandTable", "The revoked item in conflict (from 1)."))
              .requiredOption(),
          flag("keep", QT_TRANSLATE_NOOP("CommandTable", "Keep the approved access; the revoke is left for a person.")),
          flag("revoke", QT_TRANSLATE_NOOP("CommandTable", "Revoke anyway; the approved access goes with it.")),
          reason().requiredOption()},
         runReviewClosing},
        {{QStringLiteral("review"), QStringLiteral("remediate")},
         QT_TRANSLATE_NOOP("CommandTable", "Apply a closed campaign's planned changes through the source"),
         QT_TRANSLATE_NOOP("CommandTable",
                           "LDAP: removes the member and verifies; the demo source: a new snapshot. What is already "
                           "done is skipped; --preview only prints the plan; --done ITEM --ticket REF records a change "
                           "completed outside Attest. Connection options replace the campaign source's saved "
                           "connection."),
         {},
         std::vector<OptionSpec>{
             workspace(), campaign(), by(),
             flag("preview", QT_TRANSLATE_NOOP("CommandTable", "Print the plan; change nothing.")),
             value("done", "ITEM", QT_TRANSLATE_NOOP("CommandTable", "The item completed outside Attest.")), ticket()} +
             connectionOptions(),
         runReviewClosing},
        {{QStringLiteral("review"), QStringLiteral("sign-off")},
         QT_TRANSLATE_NOOP("CommandTable", "Sign off a closed campaign as its owner"),
         nullptr,
         {},
         {workspace(), campaign(), by(),
          value("statement", "TEXT", QT_TRANSLATE_NOOP("CommandTable", "The sign-off statement.")).requiredOption()},
         runReviewClosing},
        {{QStringLiteral("review"), QStringLiteral("export-evidence")},
         QT_TRANSLATE_NOOP("CommandTable", "Write a campaign's signed evidence pack to a folder"),
         nullptr,
         {},
         {workspace(), campaign(), output("DIR", QT_TRANSLATE_NOOP("CommandTable", "The folder to write."))},
         runReviewClosing},
        {{QStringLiteral("review"), QStringLiteral("verify-evidence")},
         QT_TRANSLATE_NOOP("CommandTable", "Check an evidence pack against its signed manifest"),
         QT_TRANSLATE_NOOP("CommandTable",
                           "Exit 0 only when every file matches the signed manifest, nothing was added, and the "
                           "manifest is signed by the expected key: --key (the journal's public key or fingerprint, "
                           "which attest journal key prints), else the journal key this computer holds for "
                           "--workspace."),
         {argument("folder")},
         {value("key", "HEX|FILE",
                QT_TRANSLATE_NOOP("CommandTable", "The expected signing key: the journal's public key or its "
                                                  "fingerprint (hex), or a file holding it.")),
          value("workspace", "FILE",
                QT_TRANSLATE_NOOP("CommandTable", "The workspace whose journal key this computer holds."))
              .withShortName("w")},
         runReviewClosing},
        // The dashboard's exception and separation-of-duties use cases.
        {{QStringLiteral("exception"), QStringLiteral("list")},
         QT_TRANSLATE_NOOP("CommandTable", "List the findings accepted as exceptions, with their expiry"),
         QT_TRANSLATE_NOOP("CommandTable",
                           "Every exception stored in the workspace, expired ones too (active is false): source, "
                           "measure, subject (a grant as ACCOUNT -> ENTITLEMENT), what it is called, reason, "
                           "approver, expiry, who accepted it and when."),
         {},
         {workspace(), value("format", "csv|json", QT_TRANSLATE_NOOP("CommandTable", "csv (default) or json."))},
         runException},
        {{QStringLiteral("exception"), QStringLiteral("accept")},
         QT_TRANSLATE_NOOP("CommandTable", "Accept findings of a measure as exceptions until a date (journaled)"),
         QT_TRANSLATE_NOOP("CommandTable",
                           "The findings are those of the measured snapshot, named as attest metrics --format json "
                           "lists them (a grant as ACCOUNT -> ENTITLEMENT). Reason, approver and an expiry in the "
                           "future are required, as in the dashboard; an accepted finding leaves the counts until the "
                           "end of its expiry day (UTC)."),
         {},
         {workspace(), snapshot(QT_TRANSLATE_NOOP("CommandTable", "The snapshot measured (default: the newest).")),
          staleDays(
              QT_TRANSLATE_NOOP("CommandTable", "Days without logon after which an account is stale (default 90)."))
              .withDefault("90"),
          value("measure", "ID", QT_TRANSLATE_NOOP("CommandTable", "The measure, e.g. stale.accounts."))
              .requiredOption(),
          value("subject", "KEY", QT_TRANSLATE_NOOP("CommandTable", "A finding of the measure (repeat for several)."))
              .requiredOption()
              .many(),
          value("approver", "WHO",
                QT_TRANSLATE_NOOP("CommandTable", "Who approved it: a person of the snapshot (key, login, mail or "
                                                  "unique full name).")),
          reason(), value("expires", "DATE", QT_TRANSLATE_NOOP("CommandTable", "The last day it holds, YYYY-MM-DD."))},
         runException},
        {{QStringLiteral("exception"), QStringLiteral("withdraw")},
         QT_TRANSLATE_NOOP("CommandTable", "Withdraw an exception: the finding counts again (journaled)"),
         nullptr,
         {},
         {workspace(),
          value("source", "ID",
                QT_TRANSLATE_NOOP("CommandTable", "The exception's source (see attest exception list)."))
              .requiredOption(),
          value("measure", "ID", QT_TRANSLATE_NOOP("CommandTable", "The exception's measure.")).requiredOption(),
          value("subject", "KEY", QT_TRANSLATE_NOOP("CommandTable", "The exception's subject, as listed."))
              .requiredOption()},
         runException},
        {{QStringLiteral("sod"), QStringLiteral("show")},
         QT_TRANSLATE_NOOP("CommandTable", "Print the separation-of-duties policy"),
         QT_TRANSLATE_NOOP("CommandTable", "csv: one line per rule; json: the policy as attest sod set --file reads "
                                           "it."),
         {},
         {workspace(), value("format", "csv|json", QT_TRANSLATE_NOOP("CommandTable", "csv (default) or json."))},
         runSod},
        {{QStringLiteral("sod"), QStringLiteral("set")},
         QT_TRANSLATE_NOOP("CommandTable", "Replace the separation-of-duties policy with a JSON file (journaled)"),
         QT_TRANSLATE_NOOP("CommandTable",
                           "The file is {\"rules\": [{\"name\": …, \"description\": …, \"entitlements\": [KEY|DN|NAME, "
                           "…]}, …]}. Every rule needs a unique name and two different entitlements; a policy with "
                           "any rule wrong is refused, naming the rule, and nothing changes."),
         {},
         {workspace(), value("file", "FILE", QT_TRANSLATE_NOOP("CommandTable", "The policy (JSON).")).requiredOption()},
         runSod},
        {{QStringLiteral("metrics")},
         QT_TRANSLATE_NOOP("CommandTable", "Every sprawl and hygiene measure of a snapshot, with its drift and trend"),
         QT_TRANSLATE_NOOP("CommandTable",
                           "Entitlements per identity, privileged access, stale and orphaned accounts, group hygiene, "
                           "peer outliers, separation-of-duties violations, accepted exceptions, the drift since the "
                           "compared snapshot (with regressions of access revoked in closed reviews) and the trend "
                           "over the source's snapshots. JSON lists the keys of the rows behind every count."),
         {},
         measureOptions() +
             std::vector<OptionSpec>{
                 value("format", "json|csv", QT_TRANSLATE_NOOP("CommandTable", "The format of the measures."))
                     .requiredOption()},
         runMetrics},
        {{QStringLiteral("report")},
         QT_TRANSLATE_NOOP("CommandTable", "Write the dashboard report (PDF) for management and auditors"),
         QT_TRANSLATE_NOOP("CommandTable",
                           "Headline figures with their change, every measure with its definition, the "
                           "entitlements-per-identity histogram, the trend, the drift, where access concentrates, "
                           "separation of duties and the accepted exceptions."),
         {},
         measureOptions() +
             std::vector<OptionSpec>{
                 output("FILE", QT_TRANSLATE_NOOP("CommandTable", "The PDF file to write.")).withAlias("out")},
         runReport},
        {{QStringLiteral("help")},
         QT_TRANSLATE_NOOP("CommandTable", "Show the commands, or one command's options"),
         QT_TRANSLATE_NOOP("CommandTable",
                           "attest help COMMAND is attest COMMAND --help; --markdown prints the synopsis of every "
                           "command as the README shows it."),
         {ArgumentSpec{QStringLiteral("command"), {}, true, true}},
         {flag("markdown",
               QT_TRANSLATE_NOOP("CommandTable", "Print every command's synopsis as Markdown (for the README)."))},
         runHelp},
    };
    return table;
}

} // namespace

OptionSpec OptionSpec::requiredOption() const
{
    OptionSpec o = *this;
    o.required = true;
    return o;
}

OptionSpec OptionSpec::withShortName(const char* letter) const
{
    OptionSpec o = *this;
    o.shortName = QString::fromLatin1(letter);
    return o;
}

OptionSpec OptionSpec::withAlias(const char* oldName) const
{
    OptionSpec o = *this;
    o.aliases << QString::fromLatin1(oldName);
    return o;
}

OptionSpec OptionSpec::withDefault(const char* value) const
{
    OptionSpec o = *this;
    o.defaultValue = QString::fromLatin1(value);
    return o;
}

OptionSpec OptionSpec::many() const
{
    OptionSpec o = *this;
    o.repeatable = true;
    return o;
}

const OptionSpec* Command::findOption(const QString& nameOrAlias) const
{
    for (const OptionSpec& o : options) {
        if (o.name == nameOrAlias || o.aliases.contains(nameOrAlias) ||
            (!o.shortName.isEmpty() && o.shortName == nameOrAlias))
            return &o;
    }
    return nullptr;
}

QCommandLineOption Invocation::option(const char* name) const
{
    const QString wanted = QString::fromLatin1(name);
    // A command reading an option its table entry does not declare is a programming error: the
    // parser would answer "not set" for ever. Say so loudly instead.
    if (!command.findOption(wanted)) {
        std::fprintf(stderr, "attest: internal error: %s reads --%s, which its table entry does not declare\n",
                     qPrintable(command.name()), name);
        Q_ASSERT(false);
    }
    return QCommandLineOption(wanted);
}

QString Invocation::name() const
{
    return command.name();
}

const std::vector<Command>& commandTable()
{
    static const std::vector<Command> table = buildTable();
    return table;
}

const Command* findCommand(const QStringList& path)
{
    for (const Command& c : commandTable()) {
        if (c.path == path)
            return &c;
    }
    return nullptr;
}

QStringList subcommandNames(const QStringList& prefix)
{
    QStringList names;
    for (const Command& c : commandTable()) {
        if (c.path.size() > prefix.size() && c.path.mid(0, prefix.size()) == prefix &&
            !names.contains(c.path.at(prefix.size())))
            names << c.path.at(prefix.size());
    }
    return names;
}

QString closestMatch(const QString& word, const QStringList& candidates)
{
    // Edit distance (insertions, deletions, substitutions) against a few dozen short names: cheap.
    const auto distance = [](const QString& a, const QString& b) {
        std::vector<qsizetype> row(std::size_t(b.size() + 1));
        for (qsizetype j = 0; j <= b.size(); ++j)
            row[std::size_t(j)] = j;
        for (qsizetype i = 1; i <= a.size(); ++i) {
            qsizetype diagonal = row[0];
            row[0] = i;
            for (qsizetype j = 1; j <= b.size(); ++j) {
                const qsizetype above = row[std::size_t(j)];
                const qsizetype cost = a.at(i - 1).toLower() == b.at(j - 1).toLower() ? 0 : 1;
                row[std::size_t(j)] = std::min({above + 1, row[std::size_t(j - 1)] + 1, diagonal + cost});
                diagonal = above;
            }
        }
        return row[std::size_t(b.size())];
    };
    QString best;
    qsizetype bestDistance = 0;
    for (const QString& candidate : candidates) {
        if (word.size() >= 2 && candidate.startsWith(word, Qt::CaseInsensitive))
            return candidate; // an abbreviation
        const qsizetype d = distance(word, candidate);
        if (best.isEmpty() || d < bestDistance) {
            best = candidate;
            bestDistance = d;
        }
    }
    const qsizetype allowed = std::max<qsizetype>(1, std::min<qsizetype>(3, best.size() / 3));
    return bestDistance <= allowed ? best : QString();
}

QString tableText(const char* source)
{
    return source ? QCoreApplication::translate("CommandTable", source) : QString();
}

} // namespace attest::cli
