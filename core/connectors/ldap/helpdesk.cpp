#include "helpdesk.h"

#include "ldapconnection.h"
#include "openldapprofile.h"

#include <QCoreApplication>

namespace attest {

QString escapeFilterValue(const QString& value)
{
    const QByteArray bytes = value.toUtf8();
    QString out;
    out.reserve(bytes.size());
    for (const char c : bytes) {
        const auto u = static_cast<unsigned char>(c);
        if (c == '*' || c == '(' || c == ')' || c == '\\' || u == 0 || u >= 0x80)
            out += QStringLiteral("\\%1").arg(u, 2, 16, QLatin1Char('0'));
        else
            out += QLatin1Char(c);
    }
    return out;
}

std::optional<Account> readLiveAccount(LdapConnection& connection, const LdapSettings& settings, const QString& dn,
                                       QString* error)
{
    LdapEntry entry;
    QStringList attributes = OpenLdapProfile::accountAttributes(settings.mapping);
    attributes << QStringLiteral("objectClass");
    if (!connection.readEntry(dn, attributes, &entry, error))
        return std::nullopt;
    OpenLdapProfile profile(settings.mapping);
    profile.addAccount(entry);
    QStringList warnings;
    SnapshotData data = profile.finish(&warnings);
    if (data.accounts.empty()) {
        *error = QCoreApplication::translate("Helpdesk", "%1 is not an account").arg(dn);
        return std::nullopt;
    }
    return data.accounts.front();
}

std::optional<QString> resolveAccount(LdapConnection& connection, const LdapSettings& settings,
                                      const QString& loginOrDn, QString* error)
{
    if (loginOrDn.contains(QLatin1Char('=')))
        return loginOrDn;
    const QString filter =
        QStringLiteral("(&(objectClass=%1)(%2=%3))")
            .arg(settings.mapping.accountObjectClass, settings.mapping.login, escapeFilterValue(loginOrDn));
    QStringList found;
    QString searchError;
    const bool ok = connection.search(
        settings.baseDn, filter, {QStringLiteral("1.1")},
        [&found](LdapEntry&& entry) {
            found << entry.dn;
            return found.size() < 3;
        },
        {}, QString(), &searchError);
    if (!ok && found.size() < 3) {
        *error = searchError;
        return std::nullopt;
    }
    if (found.isEmpty()) {
        *error = QCoreApplication::translate("Helpdesk", "no account with the login \"%1\" under %2")
                     .arg(loginOrDn, settings.baseDn);
        return std::nullopt;
    }
    if (found.size() > 1) {
        *error = QCoreApplication::translate("Helpdesk", "more than one account has the login \"%1\": give the DN")
                     .arg(loginOrDn);
        return std::nullopt;
    }
    return found.front();
}

} // namespace attest
