#include "connectioncommand.h"
#include "app/connectioncases.h"
#include "app/connectorregistry.h"

#include "clierror.h"
#include "commandtable.h"
#include "connectionoptions.h"

#include "security/secretstore.h"
#include "store/workspace.h"

#include <QCommandLineParser>

namespace attest::cli {

namespace {

// Each step said plainly, in order, stopping at the first that fails: reachable, TLS,
// certificate, bind, base, roughly how many entries, and what the bind identity may change.
ConnectionTestReport testConnection(const LdapSettings& settings, const QByteArray& password)
{
    ConnectionTestReport report = app::testConnection(settings, password); // as the connection dialog tests
    for (const ConnectionCheck& check : report.checks) {
        const char* mark = check.state == ConnectionCheck::State::Passed    ? "ok  "
                           : check.state == ConnectionCheck::State::Warning ? "warn"
                           : check.state == ConnectionCheck::State::Failed  ? "FAIL"
                                                                            : "skip";
        std::printf("%s %s: %s\n", mark, check.title.toUtf8().constData(), check.detail.toUtf8().constData());
    }
    if (report.certificateNeedsDecision && report.certificate) {
        const CertificateInfo& certificate = *report.certificate;
        std::printf("     subject %s\n     issuer %s\n     valid %s to %s\n     SHA-256 %s\n",
                    certificate.subject.toUtf8().constData(), certificate.issuer.toUtf8().constData(),
                    qPrintable(certificate.notBefore.toString(Qt::ISODate)),
                    qPrintable(certificate.notAfter.toString(Qt::ISODate)), qPrintable(certificate.fingerprint()));
        std::printf("     to trust exactly this certificate: --trust-certificate %s\n",
                    certificate.sha256.toHex().constData());
    }
    return report;
}

} // namespace

int runConnection(const Invocation& invocation)
{
    const QCommandLineParser& parser = invocation.parser;
    const QCommandLineOption workspace = invocation.option("workspace");
    const ConnectionOptions connection;
    const QString action = invocation.command.path.at(1);
    const QString name = invocation.arguments.value(0);

    QString error;
    auto ws = Workspace::open(parser.value(workspace),
                              action == QLatin1String("add") ? Workspace::OpenMode::CreateIfMissing
                                                             : Workspace::OpenMode::OpenExisting,
                              &error);
    if (!ws)
        return fail(kExitFailure, error);
    const QList<SourceInfo> sources = ws->sources();
    const auto findSaved = [&sources](const QString& wanted) -> const SourceInfo* {
        for (const SourceInfo& source : sources) {
            if (source.name == wanted && !source.settingsJson.isEmpty())
                return &source;
        }
        return nullptr;
    };

    int exitCode = 0;
    if (action == QLatin1String("add")) {
        if (findSaved(name))
            return fail(kExitFailure, QStringLiteral("a connection named \"%1\" already exists").arg(name));
        LdapSettings settings;
        if (!connection.inlineSettings(parser, &settings, &exitCode, &error))
            return fail(exitCode, error);
        if (!settings.trustedCertificateSha256.isEmpty())
            settings.trustDecision = QStringLiteral("trusted with attest connection add --trust-certificate");
        app::SaveConnectionRequest request;
        request.name = name;
        request.settings = settings;
        const app::SaveConnectionResult saved = app::saveConnection(*ws, request);
        if (!saved.ok)
            return fail(kExitFailure, saved.error);
        const std::optional<qint64> id = saved.sourceId;
        std::printf("added connection %s (%s, %s)\n", qPrintable(name), qPrintable(settings.url),
                    qPrintable(settings.baseDn));
        // The password, when given, goes to the OS keychain only: never into the workspace.
        QByteArray password;
        if (!settings.bindDn.isEmpty() && connection.readPassword(parser, &password, &error) && !password.isEmpty()) {
            const QString workspaceId = ws->workspaceId(&error);
            QString why;
            const auto stored = workspaceId.isEmpty()
                                    ? SecretStore::Result::Failed
                                    : SecretStore::write(SecretStore::connectionKey(workspaceId, *id), password, &why);
            password.fill('\0');
            if (stored == SecretStore::Result::Ok)
                std::printf("password stored in the keychain\n");
            else
                std::printf("password not stored (%s): give --password-file with each command\n",
                            qPrintable(why.isEmpty() ? error : why));
        }
        return 0;
    }
    if (action == QLatin1String("list")) {
        for (const SourceInfo& source : ws->sources()) {
            if (!app::ConnectorRegistry::hasSavedConnection(source))
                continue;
            const auto settings = LdapSettings::fromJson(source.settingsJson, &error);
            if (!settings)
                continue;
            const QString tls = settings->url.startsWith(QLatin1String("ldaps://"), Qt::CaseInsensitive)
                                    ? QStringLiteral("LDAPS")
                                : settings->startTls ? QStringLiteral("StartTLS")
                                                     : QStringLiteral("plaintext");
            std::printf("%s\t%s\t%s\t%s\t%s\t%s\n", qPrintable(source.name), qPrintable(settings->url),
                        qPrintable(settings->baseDn), qPrintable(settings->bindDn), qPrintable(tls),
                        settings->caFile.isEmpty() ? "system CAs" : qPrintable(settings->caFile));
        }
        return 0;
    }
    const SourceInfo* saved = findSaved(name);
    if (!saved)
        return fail(
            kExitFailure,
            QStringLiteral("the workspace has no connection named \"%1\" (see attest connection list)").arg(name));
    if (action == QLatin1String("remove")) {
        const app::RemoveConnectionResult removed = app::removeConnection(*ws, saved->id);
        if (!removed.ok)
            return fail(kExitFailure, removed.error);
        QString why;
        const QString workspaceId = ws->workspaceId(&error);
        if (!workspaceId.isEmpty())
            SecretStore::remove(SecretStore::connectionKey(workspaceId, saved->id), &why); // none is fine
        std::printf("removed connection %s; its snapshots stay in the workspace\n", qPrintable(name));
        return 0;
    }
    auto settings = LdapSettings::fromJson(saved->settingsJson, &error);
    if (!settings)
        return fail(kExitFailure, error);
    if (!connection.applyTimeout(parser, &*settings, &exitCode, &error))
        return fail(exitCode, error);
    QByteArray password;
    if (!connection.savedPassword(parser, *ws, saved->id, name, *settings, &password, &error))
        return fail(kExitFailure, error);
    const ConnectionTestReport report = testConnection(*settings, password);
    password.fill('\0');
    if (!report.ok())
        return kExitFailure;
    // What the bind identity may change, so change actions can say why they are unavailable.
    if (!ws->setSetting(DirectoryCapabilities::settingKey(saved->id), report.capabilities.toJson(), &error))
        return fail(kExitFailure, error);
    return 0;
}

} // namespace attest::cli
