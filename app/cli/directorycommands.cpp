#include "directorycommands.h"

#include "clierror.h"
#include "commandtable.h"
#include "connectionoptions.h"

#include "app/accountcases.h"
#include "app/directorychanges.h"
#include "security/passwordgenerator.h"
#include "store/workspace.h"

#include <QCommandLineParser>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QScopeGuard>

namespace attest::cli {

namespace {

// Handles on the options every directory change takes (spelt in the command table).
struct Common
{
    explicit Common(const Invocation& invocation)
        : workspace(invocation.option("workspace"))
        , account(invocation.option("account"))
        , reason(invocation.option("reason"))
        , ticket(invocation.option("ticket"))
    {}
    QCommandLineOption workspace;
    QCommandLineOption account;
    QCommandLineOption reason;
    QCommandLineOption ticket;
    ConnectionOptions connection;
};

// Applies the change through the use case the help desk uses too, and reports; newPassword is
// wiped here.
int execute(const QCommandLineParser& parser, const Common& common, DirectoryChange change, QByteArray newPassword,
            bool printPassword)
{
    change.target = parser.value(common.account);
    change.reason = parser.value(common.reason);
    change.ticket = parser.value(common.ticket);
    const auto wipe = qScopeGuard([&newPassword] { newPassword.fill('\0'); });
    QString error;
    auto ws = Workspace::open(parser.value(common.workspace), Workspace::OpenMode::CreateIfMissing, &error);
    if (!ws)
        return fail(kExitFailure, error);
    ConnectionOptions::Resolved target;
    int exitCode = 0;
    if (!common.connection.resolve(parser, *ws, &target, &exitCode, &error))
        return fail(exitCode, error);
    note(QStringLiteral("Change: %1").arg(change.preview()));

    app::DirectoryChangesRequest request;
    request.sourceId = target.sourceId;
    request.connection = target.settings;
    request.connectionName = target.sourceName;
    request.secret = target.password;
    target.password.fill('\0');
    request.changes = {change};
    request.newPassword = newPassword;
    const app::DirectoryChangesResult result = app::applyDirectoryChanges(*ws, std::move(request));
    if (!result.ok || result.runs.empty())
        return fail(kExitFailure, result.error);
    const ChangeRun& run = result.runs.front();
    if (!run.record) {
        if (run.intent)
            return fail(kExitFailure,
                        QStringLiteral("%1: journal record %2 holds the intent, and attest journal verify lists it "
                                       "until resolved")
                            .arg(run.outcome.message)
                            .arg(run.intent->sequence));
        return fail(kExitFailure, run.outcome.message);
    }
    std::printf("%s (journal record %lld)\n", run.outcome.message.toUtf8().constData(), run.record->sequence);
    const bool ok = run.outcome.executed && run.outcome.verified;
    if (ok && printPassword)
        std::printf("%s\n", newPassword.constData()); // the last line, once; never stored or logged
    return ok ? 0 : kExitFailure;
}

QJsonValue timeValue(Timestamp t)
{
    return hasTime(t) ? QJsonValue(toIsoString(t)) : QJsonValue();
}

} // namespace

int runAccountShow(const Invocation& invocation)
{
    const QCommandLineParser& parser = invocation.parser;
    const QCommandLineOption workspace = invocation.option("workspace");
    const QCommandLineOption account = invocation.option("account");
    const ConnectionOptions connection;
    QString error;
    auto ws = Workspace::open(parser.value(workspace), Workspace::OpenMode::OpenExisting, &error);
    if (!ws)
        return fail(kExitFailure, error);
    ConnectionOptions::Resolved target;
    int exitCode = 0;
    if (!connection.resolve(parser, *ws, &target, &exitCode, &error))
        return fail(exitCode, error);
    // The use case the help desk's card reads with.
    app::ReadAccountRequest request;
    request.sourceId = target.sourceId;
    request.connection = target.settings;
    request.connectionName = target.sourceName;
    request.secret = target.password;
    target.password.fill('\0');
    request.account = parser.value(account);
    const app::ReadAccountResult result = app::readAccountNow(*ws, std::move(request));
    if (!result.ok)
        return fail(kExitFailure, result.error);
    const Account& a = *result.account;
    const QJsonObject object{
        {QStringLiteral("key"), a.key},
        {QStringLiteral("dn"), a.dn},
        {QStringLiteral("login"), a.login},
        {QStringLiteral("displayName"), a.displayName},
        {QStringLiteral("email"), a.email},
        {QStringLiteral("kind"), accountKindName(a.kind)},
        {QStringLiteral("enabled"), a.enabled},
        {QStringLiteral("locked"), a.locked},
        {QStringLiteral("lockedSince"), timeValue(a.lockedSince)},
        {QStringLiteral("failedLogons"), int(a.failedLogons)},
        {QStringLiteral("mustChangePassword"), a.mustChangePassword},
        {QStringLiteral("passwordChanged"), timeValue(a.passwordChanged)},
        {QStringLiteral("lastLogon"), timeValue(a.lastLogon)},
    };
    std::printf("%s", QJsonDocument(object).toJson(QJsonDocument::Indented).constData());
    return 0;
}

int runGroup(const Invocation& invocation)
{
    const QCommandLineParser& parser = invocation.parser;
    const Common common(invocation);
    const QCommandLineOption group = invocation.option("group");
    const QString action = invocation.command.path.at(1);
    DirectoryChange change;
    if (action == QLatin1String("add-member"))
        change.kind = DirectoryChange::Kind::AddMember;
    else if (action == QLatin1String("remove-member"))
        change.kind = DirectoryChange::Kind::RemoveMember;
    else
        return fail(kExitUsage, QStringLiteral("group needs add-member or remove-member"));
    change.group = parser.value(group);
    return execute(parser, common, change, {}, false);
}

int runAccount(const Invocation& invocation)
{
    const QCommandLineParser& parser = invocation.parser;
    const Common common(invocation);
    const QString action = invocation.command.path.at(1);
    DirectoryChange change;
    if (action == QLatin1String("disable"))
        change.kind = DirectoryChange::Kind::Disable;
    else if (action == QLatin1String("enable"))
        change.kind = DirectoryChange::Kind::Enable;
    else if (action == QLatin1String("unlock"))
        change.kind = DirectoryChange::Kind::Unlock;
    else if (action == QLatin1String("reset-password"))
        change.kind = DirectoryChange::Kind::ResetPassword;
    else
        return fail(kExitUsage, QStringLiteral("account needs disable, enable, unlock or reset-password"));

    QByteArray newPassword;
    bool printPassword = false;
    if (change.kind == DirectoryChange::Kind::ResetPassword) {
        const QCommandLineOption generate = invocation.option("generate");
        const QCommandLineOption newPasswordFile = invocation.option("new-password-file");
        const QCommandLineOption noMustChange = invocation.option("no-must-change");
        const QCommandLineOption mustChange = invocation.option("must-change");
        if (parser.isSet(generate) == parser.isSet(newPasswordFile))
            return fail(kExitUsage, QStringLiteral("reset-password needs either --generate or --new-password-file"));
        if (parser.isSet(mustChange) && parser.isSet(noMustChange))
            return fail(kExitUsage, QStringLiteral("give --must-change or --no-must-change, not both"));
        change.mustChangePassword = !parser.isSet(noMustChange);
        QString error;
        if (parser.isSet(generate)) {
            auto password = PasswordGenerator::generate(PasswordPolicy(), &error);
            if (!password)
                return fail(kExitFailure, error);
            newPassword = password->toUtf8();
            password->fill(QChar());
            printPassword = true;
        } else {
            QFile file(parser.value(newPasswordFile));
            if (!file.open(QIODevice::ReadOnly))
                return fail(kExitFailure,
                            QStringLiteral("cannot read %1: %2").arg(file.fileName(), file.errorString()));
            newPassword = file.readLine(64 * 1024);
            while (newPassword.endsWith('\n') || newPassword.endsWith('\r'))
                newPassword.chop(1);
        }
    }
    return execute(parser, common, change, newPassword, printPassword);
}

} // namespace attest::cli
