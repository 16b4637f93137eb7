#pragma once

#include <QString>

namespace attest {

enum class EntitlementKind : quint8
{
    Group, // a set of accounts and groups
    Role,  // a named bundle of entitlements
};

QString entitlementKindName(EntitlementKind kind); // "group", "role"
bool parseEntitlementKind(const QString& name, EntitlementKind* kind);

// Something that grants access: every group and every role is one.
struct Entitlement
{
    QString key;  // stable within the source across snapshots
    QString name; // cn or display name
    QString dn;   // for directory sources, empty otherwise
    QString description;
    QString application; // the system it gives access to, when known
    QString ownerKey;    // identity key of the owner, empty when nobody owns it
    EntitlementKind kind = EntitlementKind::Group;
    bool privilegedTag = false; // the source itself marks it privileged (e.g. adminCount, a SCIM attribute)
};

} // namespace attest
