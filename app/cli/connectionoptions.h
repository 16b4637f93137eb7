#pragma once

#include "connectors/ldap/ldapsettings.h"

#include <QByteArray>
#include <QCommandLineOption>
#include <QString>

class QCommandLineParser;

namespace attest {
class Workspace;
}

namespace attest::cli {

// The options every command that talks to a directory takes: a connection saved in the
// workspace (--connection NAME) or inline ones (--url --base --bind-dn --password-file
// [--ca-file] [--starttls] [--allow-plaintext]), and --timeout for either. The password comes from
// a file, never from the command line, and is wiped after use. The options themselves are spelt
// and described in the command table (commandtable.cpp); a command that takes only some of them
// (connection test) reads only those.
class ConnectionOptions final
{
public:
    ConnectionOptions();

    struct Resolved
    {
        LdapSettings settings;
        QByteArray password;
        QString sourceName;  // the saved connection's name, or "<host> <base>"
        qint64 sourceId = 0; // 0 when no source exists yet for inline options
    };

    // Fills *resolved; on failure returns false with *exitCode (usage or failure) and *error.
    bool resolve(const QCommandLineParser& parser, Workspace& workspace, Resolved* resolved, int* exitCode,
                 QString* error) const;
    // Inline options only (for `connection add`): settings without a password.
    bool inlineSettings(const QCommandLineParser& parser, LdapSettings* settings, int* exitCode, QString* error) const;
    bool readPassword(const QCommandLineParser& parser, QByteArray* password, QString* error) const;
    // --timeout SECONDS, when given, replaces the settings' (a saved connection's too) bound on each
    // network step.
    bool applyTimeout(const QCommandLineParser& parser, LdapSettings* settings, int* exitCode, QString* error) const;
    // A saved connection's password: from --password-file when given, else from the OS keychain
    // (where `connection add --password-file` or the GUI put it).
    bool savedPassword(const QCommandLineParser& parser, Workspace& workspace, qint64 sourceId, const QString& name,
                       const LdapSettings& settings, QByteArray* password, QString* error) const;

private:
    QCommandLineOption m_connection;
    QCommandLineOption m_url;
    QCommandLineOption m_base;
    QCommandLineOption m_bindDn;
    QCommandLineOption m_passwordFile;
    QCommandLineOption m_caFile;
    QCommandLineOption m_startTls;
    QCommandLineOption m_allowPlaintext;
    QCommandLineOption m_trustCertificate;
    QCommandLineOption m_map;
    QCommandLineOption m_timeout;
};

} // namespace attest::cli
