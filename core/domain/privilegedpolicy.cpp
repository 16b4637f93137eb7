#include "privilegedpolicy.h"

#include <QCoreApplication>

#include <array>

namespace attest {

namespace {

// The groups Active Directory itself protects (AdminSDHolder) that hand out control of the
// domain or its servers.
constexpr std::array<const char*, 8> kProtectedGroups = {
    "Domain Admins",     "Enterprise Admins", "Schema Admins",    "Administrators",
    "Account Operators", "Server Operators",  "Backup Operators", "Print Operators",
};

// Directory names arrive as "Domain Admins", "BUILTIN\\Administrators" or " domain  admins ";
// compare what is left after the domain prefix with runs of spaces folded.
QString comparableName(const QString& name)
{
    const qsizetype slash = name.lastIndexOf(QLatin1Char('\\'));
    return (slash < 0 ? name : name.mid(slash + 1)).simplified();
}

// The value of the leading CN= of a DN ("CN=Domain Admins,CN=Users,DC=corp,DC=example"),
// with RFC 4514 escapes of commas and the like undone; empty when the DN does not start with CN.
QString commonName(const QString& dn)
{
    const QString trimmed = dn.trimmed();
    if (!trimmed.startsWith(QLatin1String("cn="), Qt::CaseInsensitive))
        return {};
    QString value;
    for (qsizetype i = 3; i < trimmed.size(); ++i) {
        const QChar c = trimmed.at(i);
        if (c == QLatin1Char('\\') && i + 1 < trimmed.size()) {
            value += trimmed.at(++i);
            continue;
        }
        if (c == QLatin1Char(',') || c == QLatin1Char('+'))
            break;
        value += c;
    }
    return value.simplified();
}

const char* protectedGroupFor(const Entitlement& entitlement)
{
    const QString name = comparableName(entitlement.name);
    const QString cn = commonName(entitlement.dn);
    for (const char* group : kProtectedGroups) {
        const QLatin1String candidate(group);
        if (name.compare(candidate, Qt::CaseInsensitive) == 0 || cn.compare(candidate, Qt::CaseInsensitive) == 0)
            return group;
    }
    return nullptr;
}

// Qt 6.4's wildcardToRegularExpression() treats patterns as file paths ('*' stops at '/' and
// '\\'), and group names contain both, so the two wildcards are translated here instead.
QRegularExpression compileWildcard(const QString& pattern)
{
    QString regex = QStringLiteral("\\A");
    for (const QChar c : pattern) {
        if (c == QLatin1Char('*'))
            regex += QLatin1String(".*");
        else if (c == QLatin1Char('?'))
            regex += QLatin1Char('.');
        else
            regex += QRegularExpression::escape(QString(c));
    }
    regex += QLatin1String("\\z");
    return QRegularExpression(regex, QRegularExpression::CaseInsensitiveOption |
                                         QRegularExpression::DotMatchesEverythingOption |
                                         QRegularExpression::UseUnicodePropertiesOption);
}

} // namespace

PrivilegedPolicy::PrivilegedPolicy()
    // A whole word, so "Administrative Assistant" or "Badminton Club" are not administrators;
    // letters and digits delimit words, not underscores, so "global_admin" still counts.
    : m_adminWord(QStringLiteral("(?<![\\p{L}\\p{N}])(?:admins?|administrators?)(?![\\p{L}\\p{N}])"),
                  QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption)
    , m_adminSuffix(QStringLiteral("[\\p{Ll}\\p{N}]Admins?\\z"), QRegularExpression::UseUnicodePropertiesOption)
{}

void PrivilegedPolicy::setExtraPatterns(const QStringList& patterns)
{
    m_extraPatterns.clear();
    m_compiledPatterns.clear();
    for (const QString& pattern : patterns) {
        const QString trimmed = pattern.trimmed();
        if (trimmed.isEmpty())
            continue;
        m_extraPatterns.append(trimmed);
        m_compiledPatterns.emplace_back(trimmed, compileWildcard(trimmed));
    }
}

QStringList PrivilegedPolicy::protectedGroupNames()
{
    QStringList names;
    for (const char* group : kProtectedGroups)
        names.append(QString::fromLatin1(group));
    return names;
}

PrivilegedPolicy::Match PrivilegedPolicy::match(const Entitlement& entitlement) const
{
    // The most specific reason wins: a built-in rule says more than a pattern, a pattern more
    // than a bare tag.
    if (const char* group = protectedGroupFor(entitlement)) {
        return {true, QCoreApplication::translate("PrivilegedPolicy", "Active Directory protected group “%1”")
                          .arg(QString::fromLatin1(group))};
    }
    const QString name = entitlement.name.simplified();
    if (entitlement.kind == EntitlementKind::Role &&
        (m_adminWord.match(name).hasMatch() || m_adminSuffix.match(name).hasMatch())) {
        return {true, QCoreApplication::translate("PrivilegedPolicy", "administrative role “%1”").arg(name)};
    }
    for (const auto& [pattern, regex] : m_compiledPatterns) {
        if (regex.match(name).hasMatch()) {
            return {true,
                    QCoreApplication::translate("PrivilegedPolicy", "matches privileged pattern “%1”").arg(pattern)};
        }
    }
    if (entitlement.privilegedTag)
        return {true, QCoreApplication::translate("PrivilegedPolicy", "tagged privileged")};
    return {};
}

} // namespace attest
