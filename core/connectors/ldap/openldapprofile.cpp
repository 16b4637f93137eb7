#include "openldapprofile.h"

#include "generalizedtime.h"

#include <QCoreApplication>

namespace attest {

namespace {

const QByteArray kDisabledMarker = QByteArrayLiteral("000001010000Z");

bool isAdminLogin(const QString& login)
{
    const QString lower = login.toLower();
    return lower.startsWith(QLatin1String("adm-")) || lower.startsWith(QLatin1String("admin-")) ||
           lower.endsWith(QLatin1String("-adm")) || lower.endsWith(QLatin1String("-admin"));
}

bool isServiceAccount(const QString& login, const QString& dn)
{
    const QString lower = login.toLower();
    for (const char* prefix : {"svc-", "svc_", "svc.", "service-", "service_", "app-", "sys-"}) {
        if (lower.startsWith(QLatin1String(prefix)))
            return true;
    }
    // An OU for such accounts anywhere above the entry: ou=Service Accounts, ou=Services, ou=System…
    for (const QString& rdn : dn.toLower().split(QLatin1Char(','))) {
        const QString value = rdn.trimmed();
        if (value.startsWith(QLatin1String("ou=")) &&
            (value.contains(QLatin1String("service")) || value.contains(QLatin1String("system")) ||
             value.contains(QLatin1String("application"))))
            return true;
    }
    return false;
}

// uniqueMember values may carry an optional UID suffix: "cn=x,dc=y#'0101'B".
QString stripUniqueMemberSuffix(const QString& value)
{
    const qsizetype hash = value.lastIndexOf(QLatin1String("#'"));
    if (hash > 0 && value.endsWith(QLatin1String("'B")))
        return value.left(hash);
    return value;
}

QStringList texts(const LdapEntry& entry, const char* name)
{
    QStringList out;
    if (const QList<QByteArray>* values = entry.find(name)) {
        for (const QByteArray& value : *values)
            out << QString::fromUtf8(value);
    }
    return out;
}

} // namespace

OpenLdapProfile::OpenLdapProfile(const LdapAttributeMapping& mapping)
    : m_login(mapping.login.toLower().toUtf8())
    , m_name(mapping.name.toLower().toUtf8())
    , m_mail(mapping.mail.toLower().toUtf8())
    , m_title(mapping.title.toLower().toUtf8())
    , m_department(mapping.department.toLower().toUtf8())
    , m_manager(mapping.manager.toLower().toUtf8())
    , m_employeeNumber(mapping.employeeNumber.toLower().toUtf8())
    , m_employeeType(mapping.employeeType.toLower().toUtf8())
{}

QStringList OpenLdapProfile::accountAttributes(const LdapAttributeMapping& mapping)
{
    QStringList names{mapping.login,
                      mapping.name,
                      QStringLiteral("displayName"),
                      QStringLiteral("givenName"),
                      QStringLiteral("sn"),
                      mapping.mail,
                      mapping.title,
                      mapping.department,
                      mapping.manager,
                      mapping.employeeNumber,
                      mapping.employeeType,
                      QStringLiteral("l"),
                      QStringLiteral("description"),
                      QStringLiteral("createTimestamp"),
                      QStringLiteral("pwdAccountLockedTime"),
                      QStringLiteral("pwdChangedTime"),
                      QStringLiteral("pwdReset"),
                      QStringLiteral("pwdFailureTime"),
                      QStringLiteral("pwdLastSuccess")};
    names.removeDuplicates();
    return names;
}

QStringList OpenLdapProfile::groupAttributes()
{
    return {QStringLiteral("cn"),          QStringLiteral("member"),          QStringLiteral("uniqueMember"),
            QStringLiteral("memberUid"),   QStringLiteral("description"),     QStringLiteral("owner"),
            QStringLiteral("objectClass"), QStringLiteral("businessCategory")};
}

quint32 OpenLdapProfile::dnId(const QString& dn)
{
    return idOfKey(normalizeDn(dn).toUtf8());
}

quint32 OpenLdapProfile::dnIdOfUtf8(const QByteArray& dn)
{
    // Member values are the bulk of a sync (a million in the demo): for the usual ASCII DN without
    // spaces the key is made from the bytes, without a QString and back. The same key as dnId().
    // Same test as normalizeDn's own fast path: anything else takes the full normalisation.
    for (const char c : dn) {
        if (uchar(c) >= 0x80 || c == ' ' || c == '\\')
            return dnId(QString::fromUtf8(dn));
    }
    QByteArray key = dn;
    for (char& c : key) {
        if (c >= 'A' && c <= 'Z')
            c = char(c + ('a' - 'A'));
    }
    return idOfKey(key);
}

quint32 OpenLdapProfile::idOfKey(const QByteArray& key)
{
    const auto it = m_dnIds.constFind(key);
    if (it != m_dnIds.cend())
        return it.value();
    const auto id = quint32(m_dnIds.size());
    m_dnIds.insert(key, id);
    return id;
}

QString OpenLdapProfile::normalizeDn(const QString& dn)
{
    // Fast path for the common case: ASCII, no spaces to drop, nothing escaped.
    bool simple = true;
    for (QChar c : dn) {
        if (c.unicode() >= 0x80 || c == QLatin1Char(' ') || c == QLatin1Char('\\')) {
            simple = false;
            break;
        }
    }
    if (simple) {
        QString out = dn;
        for (QChar& c : out) {
            if (c >= QLatin1Char('A') && c <= QLatin1Char('Z'))
                c = QChar(c.unicode() + ('a' - 'A'));
        }
        return out;
    }
    // One spelling for every way RFC 4514 allows to escape a character: servers write "\2C"
    // where a file said "\,", and hex escapes may spell UTF-8 bytes.
    const auto isHex = [](QChar c) {
        return c.isDigit() || (c.toLower() >= QLatin1Char('a') && c.toLower() <= QLatin1Char('f'));
    };
    QString out;
    out.reserve(dn.size());
    const auto appendEscaped = [&out](QChar c) {
        static const QString special = QStringLiteral(",+\"\\<>;=#");
        if (special.contains(c))
            out += QLatin1Char('\\');
        out += c.toLower();
    };
    qsizetype i = 0;
    const qsizetype n = dn.size();
    while (i < n) {
        const QChar c = dn[i];
        if (c == QLatin1Char('\\') && i + 1 < n) {
            if (i + 2 < n && isHex(dn[i + 1]) && isHex(dn[i + 2])) {
                QByteArray bytes;
                while (i + 2 < n && dn[i] == QLatin1Char('\\') && isHex(dn[i + 1]) && isHex(dn[i + 2])) {
                    bytes += char(dn.mid(i + 1, 2).toUInt(nullptr, 16));
                    i += 3;
                }
                for (const QChar decoded : QString::fromUtf8(bytes))
                    appendEscaped(decoded);
                continue;
            }
            appendEscaped(dn[i + 1]);
            i += 2;
            continue;
        }
        if (c == QLatin1Char(',') || c == QLatin1Char('=') || c == QLatin1Char('+')) {
            while (!out.isEmpty() && out.back() == QLatin1Char(' ') &&
                   !(out.size() >= 2 && out[out.size() - 2] == QLatin1Char('\\')))
                out.chop(1);
            out += c;
            while (i + 1 < n && dn[i + 1] == QLatin1Char(' '))
                ++i;
            ++i;
            continue;
        }
        out += c.toLower();
        ++i;
    }
    return out.trimmed();
}

void OpenLdapProfile::addAccount(const LdapEntry& entry)
{
    AccountRow row;
    Account& a = row.account;
    a.key = entry.dn;
    a.dn = entry.dn;
    a.login = entry.text(m_login.constData());
    a.displayName = entry.text("displayname");
    if (a.displayName.isEmpty())
        a.displayName = entry.text(m_name.constData());
    a.email = entry.text(m_mail.constData());
    a.description = entry.text("description");
    row.employeeNumber = entry.text(m_employeeNumber.constData());
    row.managerDn = entry.text(m_manager.constData());
    row.department = entry.text(m_department.constData());
    row.title = entry.text(m_title.constData());
    row.givenName = entry.text("givenname");
    row.surname = entry.text("sn");
    row.employeeType = entry.text(m_employeeType.constData());
    row.location = entry.text("l");
    m_accountDnIds.push_back(dnId(entry.dn));
    // A person's entry is keyed by employeeNumber, or by uid when the directory has no HR number;
    // service accounts (by name or by the OU they live in) belong to no one but their manager.
    if (row.employeeNumber.isEmpty() && isServiceAccount(a.login, entry.dn)) {
        a.kind = AccountKind::Service;
    } else {
        if (row.employeeNumber.isEmpty())
            row.employeeNumber = QStringLiteral("uid:") + (a.login.isEmpty() ? entry.dn : a.login);
        a.kind = isAdminLogin(a.login) ? AccountKind::Admin : AccountKind::User;
    }

    a.created = parseGeneralizedTime(entry.first("createtimestamp"));
    a.passwordChanged = parseGeneralizedTime(entry.first("pwdchangedtime"));
    a.lastLogon = parseGeneralizedTime(entry.first("pwdlastsuccess"));
    const QByteArray lockedTime = entry.first("pwdaccountlockedtime");
    if (lockedTime == kDisabledMarker) {
        a.enabled = false;
    } else if (!lockedTime.isEmpty()) {
        a.locked = true;
        a.lockedSince = parseGeneralizedTime(lockedTime);
    }
    a.mustChangePassword = entry.first("pwdreset").toUpper() == "TRUE";
    a.failedLogons = quint16(qMin<qsizetype>(entry.values("pwdfailuretime").size(), 0xffff));
    m_accounts.push_back(std::move(row));
}

void OpenLdapProfile::addGroup(const LdapEntry& entry)
{
    GroupRow row;
    Entitlement& e = row.entitlement;
    e.key = entry.dn;
    e.dn = entry.dn;
    e.name = entry.text("cn");
    e.description = entry.text("description");
    const QString owner = entry.text("owner");
    e.ownerKey = owner; // a DN for now; finish() turns it into the owner's identity
    for (const QString& category : texts(entry, "businesscategory")) {
        if (category.compare(QLatin1String("role"), Qt::CaseInsensitive) == 0)
            e.kind = EntitlementKind::Role;
        else if (category.compare(QLatin1String("privileged"), Qt::CaseInsensitive) == 0)
            e.privilegedTag = true;
        else if (category.startsWith(QLatin1String("application="), Qt::CaseInsensitive))
            e.application = category.mid(12);
    }
    m_groupDnIds.push_back(dnId(entry.dn));
    if (const QList<QByteArray>* members = entry.find("member")) {
        row.memberDns.reserve(std::size_t(members->size()));
        for (const QByteArray& member : *members) {
            if (!member.trimmed().isEmpty()) // an empty value keeps an empty groupOfNames valid
                row.memberDns.push_back(dnIdOfUtf8(member));
        }
    }
    for (const QString& member : texts(entry, "uniquemember")) {
        if (!member.trimmed().isEmpty())
            row.memberDns.push_back(dnId(stripUniqueMemberSuffix(member)));
    }
    row.memberUids = texts(entry, "memberuid");
    m_groups.push_back(std::move(row));
}

SnapshotData OpenLdapProfile::finish(QStringList* warnings)
{
    SnapshotData data;
    finishAccounts(&data);
    finishGroups(&data, warnings);
    return data;
}

QString OpenLdapProfile::identityOfDn(const QString& dn) const
{
    const auto it = m_dnIds.constFind(normalizeDn(dn).toUtf8());
    if (it == m_dnIds.cend() || it.value() >= m_accountOfDnId.size() || m_accountOfDnId[it.value()] == kNoAccount)
        return QString();
    return m_accounts[m_accountOfDnId[it.value()]].employeeNumber;
}

void OpenLdapProfile::finishAccounts(SnapshotData* out)
{
    SnapshotData& data = *out;
    // The DN ids already name every account: no second table of normalised DNs.
    m_accountOfDnId.assign(m_dnIds.size(), kNoAccount);
    for (std::size_t i = 0; i < m_accounts.size(); ++i) {
        m_accountOfDnId[m_accountDnIds[i]] = quint32(i);
        if (!m_accounts[i].account.login.isEmpty())
            m_accountByUid.insert(m_accounts[i].account.login, quint32(i));
    }

    // Identities: one per employeeNumber, described by the person's everyday account.
    QHash<QString, quint32> identityByNumber;
    for (const AccountRow& row : m_accounts) {
        if (row.employeeNumber.isEmpty())
            continue;
        auto it = identityByNumber.find(row.employeeNumber);
        if (it != identityByNumber.end() && row.account.kind == AccountKind::Admin)
            continue;
        Identity identity;
        identity.key = row.employeeNumber;
        identity.displayName = row.account.displayName;
        identity.givenName = row.givenName;
        identity.surname = row.surname;
        identity.email = row.account.email;
        identity.department = row.department;
        identity.title = row.title;
        identity.employeeType = row.employeeType;
        identity.location = row.location;
        identity.managerKey = row.managerDn; // a DN for now
        if (it == identityByNumber.end()) {
            identityByNumber.insert(row.employeeNumber, quint32(data.identities.size()));
            data.identities.push_back(std::move(identity));
        } else {
            data.identities[it.value()] = std::move(identity);
        }
    }
    for (Identity& identity : data.identities)
        identity.managerKey = identity.managerKey.isEmpty() ? QString() : identityOfDn(identity.managerKey);

    data.accounts.reserve(m_accounts.size());
    for (AccountRow& row : m_accounts) {
        Account account = std::move(row.account);
        // A person's accounts belong to the person; a service account to its manager (its owner).
        account.identityKey = !row.employeeNumber.isEmpty() ? row.employeeNumber
                              : row.managerDn.isEmpty()     ? QString()
                                                            : identityOfDn(row.managerDn);
        data.accounts.push_back(std::move(account));
    }
    data.info.identityCount = qint64(data.identities.size());
    data.info.accountCount = qint64(data.accounts.size());
}

void OpenLdapProfile::finishGroups(SnapshotData* out, QStringList* warnings)
{
    SnapshotData& data = *out;
    // What each DN id is: an account, a group, or nothing we read (a dangling member).
    constexpr quint32 kNothing = 0xffffffffu;
    constexpr quint32 kGroupBit = 0x80000000u;
    std::vector<quint32> dnTarget(m_dnIds.size(), kNothing);
    for (std::size_t i = 0; i < m_accountDnIds.size(); ++i)
        dnTarget[m_accountDnIds[i]] = quint32(i);
    for (std::size_t i = 0; i < m_groupDnIds.size(); ++i) {
        if (dnTarget[m_groupDnIds[i]] == kNothing)
            dnTarget[m_groupDnIds[i]] = quint32(i) | kGroupBit;
    }

    std::size_t memberValues = 0;
    for (const GroupRow& row : m_groups)
        memberValues += row.memberDns.size() + std::size_t(row.memberUids.size());
    data.memberships.reserve(memberValues);
    int dangling = 0;
    int unknownUids = 0;
    data.entitlements.reserve(m_groups.size());
    for (std::size_t g = 0; g < m_groups.size(); ++g) {
        GroupRow& row = m_groups[g];
        if (!row.entitlement.ownerKey.isEmpty())
            row.entitlement.ownerKey = identityOfDn(row.entitlement.ownerKey);
        for (quint32 member : row.memberDns) {
            const quint32 target = dnTarget[member];
            if (target == kNothing)
                ++dangling;
            else if (target & kGroupBit)
                data.memberships.push_back({quint32(g), target & ~kGroupBit, MemberKind::Entitlement});
            else
                data.memberships.push_back({quint32(g), target, MemberKind::Account});
        }
        for (const QString& uid : std::as_const(row.memberUids)) {
            if (const auto a = m_accountByUid.constFind(uid); a != m_accountByUid.cend())
                data.memberships.push_back({quint32(g), a.value(), MemberKind::Account});
            else
                ++unknownUids;
        }
        data.entitlements.push_back(std::move(row.entitlement));
    }
    if (warnings) {
        if (dangling > 0)
            *warnings << QCoreApplication::translate("OpenLdapProfile",
                                                     "%1 member values name entries that do not exist or are "
                                                     "outside the base; they were left out")
                             .arg(dangling);
        if (unknownUids > 0)
            *warnings << QCoreApplication::translate("OpenLdapProfile",
                                                     "%1 memberUid values match no account's uid; they were left out")
                             .arg(unknownUids);
    }
    m_accounts.clear();
    m_groups.clear();
    m_dnIds.clear();
    m_accountDnIds.clear();
    m_groupDnIds.clear();
    m_accountOfDnId.clear();
    m_accountByUid.clear();
    data.info.entitlementCount = qint64(data.entitlements.size());
    data.info.membershipCount = qint64(data.memberships.size());
}

} // namespace attest
