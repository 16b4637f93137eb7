#include "accessreadback.h"

#include "helpdesk.h"
#include "ldapconnection.h"
#include "openldapprofile.h"

#include <QCoreApplication>
#include <QStringList>

namespace attest {

namespace {

// Filters stay well below server limits on filter length: at most this many DNs in one.
constexpr int kDnsPerSearch = 100;

QString stripUid(const QString& value)
{
    // uniqueMember may carry "#'0101'B" after the DN (RFC 4517 Name and Optional UID).
    const qsizetype hash = value.lastIndexOf(QLatin1Char('#'));
    if (hash > 0 && value.endsWith(QLatin1String("'B")) && value.mid(hash + 1).startsWith(QLatin1Char('\'')))
        return value.left(hash);
    return value;
}

} // namespace

bool groupHasMember(const LdapEntry& group, const QString& dn)
{
    const QString wanted = OpenLdapProfile::normalizeDn(dn);
    for (const char* attribute : {"member", "uniquemember"}) {
        for (const QByteArray& value : group.values(attribute)) {
            if (OpenLdapProfile::normalizeDn(stripUid(QString::fromUtf8(value))) == wanted)
                return true;
        }
    }
    return false;
}

std::optional<QSet<QString>> readReachableGroups(LdapConnection& connection, const LdapSettings& settings,
                                                 const QString& accountDn, const QString& login, QString* error)
{
    QSet<QString> reached;
    QStringList frontier{accountDn};
    bool first = true;
    while (!frontier.isEmpty()) {
        QStringList next;
        for (qsizetype start = 0; start < frontier.size(); start += kDnsPerSearch) {
            QString terms;
            for (const QString& dn : frontier.mid(start, kDnsPerSearch)) {
                const QString value = escapeFilterValue(dn);
                terms += QStringLiteral("(member=%1)(uniqueMember=%1)").arg(value);
            }
            if (first && !login.isEmpty())
                terms += QStringLiteral("(memberUid=%1)").arg(escapeFilterValue(login));
            const QString filter = QStringLiteral("(&%1(|%2))").arg(OpenLdapProfile::groupFilter(), terms);
            QString searchError;
            const bool ok = connection.search(
                settings.baseDn, filter, {QStringLiteral("1.1")},
                [&](LdapEntry&& entry) {
                    const QString dn = OpenLdapProfile::normalizeDn(entry.dn);
                    if (!reached.contains(dn)) {
                        reached.insert(dn);
                        next << entry.dn;
                    }
                    return true;
                },
                {}, QString(), &searchError);
            if (!ok) {
                *error = QCoreApplication::translate("AccessReadBack", "reading back what %1 reaches failed: %2")
                             .arg(accountDn, searchError);
                return std::nullopt;
            }
        }
        first = false;
        frontier = next;
    }
    return reached;
}

} // namespace attest
