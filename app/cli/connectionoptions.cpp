#include "connectionoptions.h"

#include "clierror.h"

#include "security/secretstore.h"
#include "store/workspace.h"

#include <QCommandLineParser>
#include <QFile>
#include <QUrl>

namespace attest::cli {

// The options are spelt and described in the command table; these are handles on them.
ConnectionOptions::ConnectionOptions()
    : m_connection(QStringLiteral("connection"))
    , m_url(QStringLiteral("url"))
    , m_base(QStringLiteral("base"))
    , m_bindDn(QStringLiteral("bind-dn"))
    , m_passwordFile(QStringLiteral("password-file"))
    , m_caFile(QStringLiteral("ca-file"))
    , m_startTls(QStringLiteral("starttls"))
    , m_allowPlaintext(QStringLiteral("allow-plaintext"))
    , m_trustCertificate(QStringLiteral("trust-certificate"))
    , m_map(QStringLiteral("map"))
    , m_timeout(QStringLiteral("timeout"))
{}

bool ConnectionOptions::readPassword(const QCommandLineParser& parser, QByteArray* password, QString* error) const
{
    if (!parser.isSet(m_passwordFile)) {
        password->clear();
        return true;
    }
    QFile file(parser.value(m_passwordFile));
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read the password file %1: %2").arg(file.fileName(), file.errorString());
        return false;
    }
    *password = file.readLine(64 * 1024);
    while (password->endsWith('\n') || password->endsWith('\r'))
        password->chop(1);
    return true;
}

bool ConnectionOptions::applyTimeout(const QCommandLineParser& parser, LdapSettings* settings, int* exitCode,
                                     QString* error) const
{
    if (!parser.isSet(m_timeout))
        return true;
    bool number = false;
    const int seconds = parser.value(m_timeout).toInt(&number);
    if (!number || seconds < 1 || seconds > 3600) {
        *exitCode = kExitUsage;
        *error = QStringLiteral("--timeout needs a number of seconds from 1 to 3600");
        return false;
    }
    settings->timeoutSeconds = seconds;
    return true;
}

bool ConnectionOptions::savedPassword(const QCommandLineParser& parser, Workspace& workspace, qint64 sourceId,
                                      const QString& name, const LdapSettings& settings, QByteArray* password,
                                      QString* error) const
{
    if (parser.isSet(m_passwordFile) || settings.bindDn.isEmpty())
        return readPassword(parser, password, error);
    const QString workspaceId = workspace.workspaceId(error);
    if (workspaceId.isEmpty())
        return false;
    QString why;
    switch (SecretStore::read(SecretStore::connectionKey(workspaceId, sourceId), password, &why)) {
    case SecretStore::Result::Ok:
        return true;
    case SecretStore::Result::NotFound:
        why = QStringLiteral("the keychain holds no password for it");
        break;
    case SecretStore::Result::Unavailable:
    case SecretStore::Result::Failed:
        break;
    }
    *error = QStringLiteral("connection \"%1\" binds as %2 but has no password: %3; give --password-file FILE")
                 .arg(name, settings.bindDn, why);
    return false;
}

bool ConnectionOptions::inlineSettings(const QCommandLineParser& parser, LdapSettings* settings, int* exitCode,
                                       QString* error) const
{
    for (const QCommandLineOption* required : {&m_url, &m_base}) {
        if (!parser.isSet(*required)) {
            *exitCode = kExitUsage;
            *error = QStringLiteral("give --connection NAME, or --url and --base (missing --%1)")
                         .arg(required->names().constFirst());
            return false;
        }
    }
    settings->url = parser.value(m_url);
    settings->baseDn = parser.value(m_base);
    settings->bindDn = parser.value(m_bindDn);
    settings->caFile = parser.value(m_caFile);
    settings->allowPlaintext = parser.isSet(m_allowPlaintext);
    // ldap:// uses StartTLS unless plaintext is explicitly allowed and StartTLS not asked for.
    settings->startTls = parser.isSet(m_startTls) || !settings->allowPlaintext;
    for (const QString& item : parser.values(m_map)) {
        const qsizetype equals = item.indexOf(QLatin1Char('='));
        const QString field = item.left(equals).trimmed();
        const QString attribute = item.mid(equals + 1).trimmed();
        bool known = false;
        for (const LdapAttributeMapping::Field& f : LdapAttributeMapping::fields()) {
            if (field.compare(QLatin1String(f.key), Qt::CaseInsensitive) == 0 && equals > 0 && !attribute.isEmpty()) {
                settings->mapping.*f.attribute = attribute;
                known = true;
            }
        }
        if (!known) {
            *exitCode = kExitUsage;
            *error =
                QStringLiteral("--map %1: give FIELD=ATTRIBUTE with a field from attest connection --help").arg(item);
            return false;
        }
    }
    if (parser.isSet(m_trustCertificate)) {
        QString fingerprint = parser.value(m_trustCertificate);
        fingerprint.remove(QLatin1Char(':'));
        const QByteArray raw = QByteArray::fromHex(fingerprint.toLatin1());
        if (raw.size() != 32 || QString::fromLatin1(raw.toHex()).compare(fingerprint, Qt::CaseInsensitive) != 0) {
            *exitCode = kExitUsage;
            *error = QStringLiteral("--trust-certificate needs a SHA-256 fingerprint (64 hex digits, colons allowed)");
            return false;
        }
        settings->trustedCertificateSha256 = QString::fromLatin1(raw.toHex());
    }
    if (!applyTimeout(parser, settings, exitCode, error))
        return false;
    if (!settings->caFile.isEmpty() && !QFile::exists(settings->caFile)) {
        *exitCode = kExitFailure;
        *error = QStringLiteral("the CA file %1 does not exist").arg(settings->caFile);
        return false;
    }
    return true;
}

bool ConnectionOptions::resolve(const QCommandLineParser& parser, Workspace& workspace, Resolved* resolved,
                                int* exitCode, QString* error) const
{
    if (parser.isSet(m_connection)) {
        const QString name = parser.value(m_connection);
        for (const SourceInfo& source : workspace.sources()) {
            if (source.name != name || source.settingsJson.isEmpty())
                continue;
            const auto settings = LdapSettings::fromJson(source.settingsJson, error);
            if (!settings) {
                *exitCode = kExitFailure;
                return false;
            }
            resolved->settings = *settings;
            if (!applyTimeout(parser, &resolved->settings, exitCode, error))
                return false;
            resolved->sourceName = name;
            resolved->sourceId = source.id;
            if (!savedPassword(parser, workspace, source.id, name, *settings, &resolved->password, error)) {
                *exitCode = kExitFailure;
                return false;
            }
            return true;
        }
        *exitCode = kExitFailure;
        *error = QStringLiteral("the workspace has no connection named \"%1\" (see attest connection list)").arg(name);
        return false;
    }
    if (!inlineSettings(parser, &resolved->settings, exitCode, error))
        return false;
    if (parser.isSet(m_bindDn) && !parser.isSet(m_passwordFile)) {
        *exitCode = kExitUsage;
        *error = QStringLiteral("--bind-dn needs --password-file FILE");
        return false;
    }
    if (!readPassword(parser, &resolved->password, error)) {
        *exitCode = kExitFailure;
        return false;
    }
    resolved->sourceName = QStringLiteral("%1 %2").arg(QUrl(resolved->settings.url).host(), resolved->settings.baseDn);
    for (const SourceInfo& source : workspace.sources()) {
        if (source.name == resolved->sourceName)
            resolved->sourceId = source.id;
    }
    return true;
}

} // namespace attest::cli
