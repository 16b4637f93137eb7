#pragma once

#include "domain/snapshot.h"

#include <QIODevice>
#include <QString>

namespace attest {

// Writes a snapshot as LDIF for OpenLDAP's slapadd: a base entry, organisational units,
// inetOrgPerson accounts, groupOfNames groups and roles with nesting, memberOf values
// (slapadd runs no overlays), ppolicy operational attributes and pre-hashed passwords.
// Non-ASCII and unsafe values are base64-encoded as RFC 2849 requires.
class LdifWriter final
{
public:
    explicit LdifWriter(QString baseDn);

    // The demo password every generated account gets in LDIF (hashed with {SSHA}).
    static QString demoPassword() { return QStringLiteral("Attest-Demo-2026!"); }

    bool write(const SnapshotData& snapshot, QIODevice* out, QString* error) const;

private:
    QString m_baseDn;
};

} // namespace attest
