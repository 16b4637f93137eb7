#pragma once

#include "connectors/connector.h"
#include "domain/source.h"

#include <QByteArray>
#include <QString>

#include <memory>

namespace attest {
struct LdapSettings;
}

namespace attest::app {

// Makes the connector for a source from its stored kind and settings plus its secret: the only
// place where kinds are compared. A new kind of source is added here and nowhere else.
class ConnectorRegistry final
{
public:
    // nullptr with *error naming the source and its kind when the kind is unknown or its
    // settings cannot be read.
    static std::unique_ptr<Connector> create(const SourceInfo& source, const QByteArray& secret, QString* error);
    // An LDAP directory given on the command line rather than saved with a source.
    static std::unique_ptr<Connector> createLdap(const QString& name, const LdapSettings& settings,
                                                 const QByteArray& password);
    // What the source's connector can do, without connecting or a secret (the console enables its
    // actions from it). Nothing for an unknown kind, with the reason.
    static ConnectorCapabilities capabilities(const SourceInfo& source);
    // Whether the source has saved directory connection settings (the ones the console's
    // connection dialog edits and Sync Now reads with).
    static bool hasSavedConnection(const SourceInfo& source);
    // Whether the source is the built-in demo organisation (made-up people, not a real directory).
    static bool isDemonstration(const SourceInfo& source);
    // The kind a new saved directory connection is stored with.
    static QString directoryKind();
};

} // namespace attest::app
