#pragma once

#include "domain/snapshot.h"

#include <QByteArray>
#include <QIODevice>
#include <QString>
#include <QStringList>

namespace attest {

// Writes a snapshot as LDIF for OpenLDAP's slapadd: a base entry, organisational units,
// inetOrgPerson accounts, groupOfNames groups and roles with nesting, memberOf values
// (slapadd runs no overlays), ppolicy operational attributes and pre-hashed passwords.
// Non-ASCII and unsafe values are base64-encoded as RFC 2849 requires.
//
// Conventions the LDAP connector reads back: disabled accounts carry pwdAccountLockedTime
// 000001010000Z; a service account's owner is its manager; a group's owner is the owner's
// everyday account; roles live under ou=Roles with businessCategory "role"; a group the source
// tags as privileged has businessCategory "privileged"; the application a group gives access
// to is businessCategory "application=NAME"; an empty group has a single empty member value.
class LdifWriter final
{
public:
    explicit LdifWriter(QString baseDn);

    // The demo password every generated account gets in LDIF (hashed with {SSHA}).
    static QString demoPassword() { return QStringLiteral("Attest-Demo-2026!"); }

    // RFC 2849's "version: 1" first line. Off by default: slapadd (OpenLDAP 2.5) rejects it as an
    // attribute of the first entry, while ldapadd and most other readers accept files without it.
    void setVersionLine(bool on) { m_versionLine = on; }

    bool write(const SnapshotData& snapshot, QIODevice* out, QString* error) const;

    // The organisational units under the base, in the order they are written.
    static QStringList organisationalUnits();

    // "{SSHA}" + base64(SHA-1(password + salt) + salt) with an 8-byte salt derived from saltSource.
    static QByteArray sshaHash(const QString& password, const QString& saltSource);

private:
    QString m_baseDn;
    bool m_versionLine = false;
};

} // namespace attest
