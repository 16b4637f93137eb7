#pragma once

#include "domain/entitlement.h"

#include <QRegularExpression>
#include <QString>
#include <QStringList>

#include <utility>
#include <vector>

namespace attest {

// Decides which entitlements are privileged: built-in rules for Active Directory's protected
// groups and for administrative roles, configurable name patterns, and tags (from the source or
// set in the workspace). Holding a privileged entitlement, directly or through nesting, makes an
// account privileged; AccessGraph works that part out.
class PrivilegedPolicy final
{
public:
    struct Match
    {
        bool privileged = false;
        QString reason; // plain words, e.g. "Active Directory protected group “Domain Admins”"
    };

    PrivilegedPolicy(); // the built-in rules

    // Extra case-insensitive wildcard patterns (e.g. "*-admins") matched against entitlement names.
    void setExtraPatterns(const QStringList& patterns);
    QStringList extraPatterns() const { return m_extraPatterns; }

    // The built-in protected group names, for display.
    static QStringList protectedGroupNames();

    Match match(const Entitlement& entitlement) const;

private:
    QStringList m_extraPatterns;
    std::vector<std::pair<QString, QRegularExpression>> m_compiledPatterns; // pattern as written, compiled
    QRegularExpression m_adminWord;   // "admin", "administrators", … as a whole word
    QRegularExpression m_adminSuffix; // camel-case "CloudAdmin", "SecurityAdmins"
};

} // namespace attest
