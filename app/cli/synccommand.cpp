#include "synccommand.h"

#include "clierror.h"

#include "connectors/ldap/ldapsync.h"
#include "store/workspace.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>

namespace attest::cli {

namespace {

// The first line of the file, without its line break; the buffer is wiped by the caller.
bool readPassword(const QString& path, QByteArray* password, QString* error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read the password file %1: %2").arg(path, file.errorString());
        return false;
    }
    *password = file.readLine(64 * 1024);
    while (password->endsWith('\n') || password->endsWith('\r'))
        password->chop(1);
    return true;
}

QString settingsJson(const LdapSettings& settings)
{
    QJsonObject object{
        {QStringLiteral("url"), settings.url},           {QStringLiteral("base"), settings.baseDn},
        {QStringLiteral("bindDn"), settings.bindDn},     {QStringLiteral("caFile"), settings.caFile},
        {QStringLiteral("startTls"), settings.startTls}, {QStringLiteral("allowPlaintext"), settings.allowPlaintext}};
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

} // namespace

int runSync(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Reads an OpenLDAP directory into a new snapshot of the workspace. The password is read from "
                       "a file and never stored."));
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")}, QStringLiteral("Show this help."));
    const QCommandLineOption workspace(QStringLiteral("workspace"), QStringLiteral("The workspace file."),
                                       QStringLiteral("file"));
    const QCommandLineOption url(QStringLiteral("url"), QStringLiteral("ldaps://host[:port] or ldap://host[:port]."),
                                 QStringLiteral("url"));
    const QCommandLineOption base(QStringLiteral("base"), QStringLiteral("The base DN to read."), QStringLiteral("dn"));
    const QCommandLineOption bindDn(QStringLiteral("bind-dn"), QStringLiteral("Who to bind as."), QStringLiteral("dn"));
    const QCommandLineOption passwordFile(QStringLiteral("password-file"),
                                          QStringLiteral("A file whose first line is the bind password."),
                                          QStringLiteral("file"));
    const QCommandLineOption caFile(QStringLiteral("ca-file"),
                                    QStringLiteral("PEM file of the CA to trust (default: the system's CAs)."),
                                    QStringLiteral("file"));
    const QCommandLineOption startTls(QStringLiteral("starttls"),
                                      QStringLiteral("Use StartTLS on ldap:// (the default for ldap:// URLs)."));
    const QCommandLineOption allowPlaintext(
        QStringLiteral("allow-plaintext"),
        QStringLiteral("Allow a bind over ldap:// without TLS. The password then crosses the network in clear."));
    const QCommandLineOption source(QStringLiteral("source"),
                                    QStringLiteral("Name of the source in the workspace (default: URL and base)."),
                                    QStringLiteral("name"));
    parser.addOptions({help, workspace, url, base, bindDn, passwordFile, caFile, startTls, allowPlaintext, source});
    if (!parser.parse(arguments))
        return fail(kExitUsage, parser.errorText());
    if (parser.isSet(help)) {
        std::fputs(qPrintable(parser.helpText().replace(QStringLiteral("[options]"), QStringLiteral("sync [options]"))),
                   stdout);
        return 0;
    }
    for (const QCommandLineOption* required : {&workspace, &url, &base}) {
        if (!parser.isSet(*required))
            return fail(kExitUsage, QStringLiteral("sync needs --%1").arg(required->names().constFirst()));
    }
    if (parser.isSet(bindDn) && !parser.isSet(passwordFile))
        return fail(kExitUsage, QStringLiteral("sync with --bind-dn needs --password-file FILE"));

    LdapSettings settings;
    settings.url = parser.value(url);
    settings.baseDn = parser.value(base);
    settings.bindDn = parser.value(bindDn);
    settings.caFile = parser.value(caFile);
    settings.allowPlaintext = parser.isSet(allowPlaintext);
    // ldap:// uses StartTLS unless plaintext is explicitly allowed and StartTLS not asked for.
    settings.startTls = parser.isSet(startTls) || !settings.allowPlaintext;
    if (!settings.caFile.isEmpty() && !QFile::exists(settings.caFile))
        return fail(kExitFailure, QStringLiteral("the CA file %1 does not exist").arg(settings.caFile));

    QString error;
    QByteArray password;
    if (parser.isSet(passwordFile) && !readPassword(parser.value(passwordFile), &password, &error))
        return fail(kExitFailure, error);

    // Open the workspace first: no point reading a directory into a file that cannot take it.
    auto ws = Workspace::open(parser.value(workspace), Workspace::OpenMode::CreateIfMissing, &error);
    if (!ws) {
        password.fill('\0');
        return fail(kExitFailure, error);
    }

    QElapsedTimer timer;
    timer.start();
    QString lastStage;
    QStringList warnings;
    const auto data = readOpenLdapSnapshot(
        settings, password,
        [&lastStage, &timer](qint64, qint64, const QString& stage) {
            if (stage != lastStage) {
                lastStage = stage;
                note(QStringLiteral("%1… (%2 s)").arg(stage).arg(double(timer.elapsed()) / 1000.0, 0, 'f', 1));
            }
            return true;
        },
        &warnings, &error);
    password.fill('\0');
    if (!data)
        return fail(kExitFailure, error);
    for (const QString& warning : std::as_const(warnings))
        note(QStringLiteral("warning: %1").arg(warning));

    const QString sourceName = parser.isSet(source)
                                   ? parser.value(source)
                                   : QStringLiteral("%1 %2").arg(QUrl(settings.url).host(), settings.baseDn);
    qint64 sourceId = 0;
    for (const SourceInfo& info : ws->sources()) {
        if (info.name == sourceName)
            sourceId = info.id;
    }
    if (sourceId == 0) {
        const auto id = ws->addSource(sourceName, QStringLiteral("ldap"), settingsJson(settings), &error);
        if (!id)
            return fail(kExitFailure, error);
        sourceId = *id;
    }
    note(QStringLiteral("Storing the snapshot… (%1 s)").arg(double(timer.elapsed()) / 1000.0, 0, 'f', 1));
    const auto snapshotId = ws->importSnapshot(sourceId, *data, {}, &error);
    if (!snapshotId)
        return fail(kExitFailure, error);
    std::printf("synced %s: snapshot %lld, %lld accounts, %lld identities, %lld groups and roles, %lld memberships in "
                "%.1f s\n",
                qPrintable(sourceName), *snapshotId, qint64(data->accounts.size()), qint64(data->identities.size()),
                qint64(data->entitlements.size()), qint64(data->memberships.size()), double(timer.elapsed()) / 1000.0);
    return 0;
}

} // namespace attest::cli
