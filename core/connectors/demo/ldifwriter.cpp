#include "ldifwriter.h"

#include "demomodel.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDate>
#include <QHash>

#include <algorithm>
#include <cstdio>

namespace attest {

namespace {

constexpr qsizetype kFlushBytes = 1 << 20;
constexpr int kLineWidth = 76; // RFC 2849 recommends folding before 76 columns

// RFC 2849 SAFE-STRING: ASCII without NUL, CR, LF, not starting with space, ':' or '<'. A
// trailing space is encoded too, because many readers would strip it.
bool isSafeString(const QByteArray& value)
{
    if (value.isEmpty())
        return true;
    const auto first = static_cast<unsigned char>(value.front());
    if (first == ' ' || first == ':' || first == '<' || value.back() == ' ')
        return false;
    return std::all_of(value.begin(), value.end(), [](char c) {
        const auto u = static_cast<unsigned char>(c);
        return u != 0 && u != '\n' && u != '\r' && u < 0x80;
    });
}

// "yyyyMMddHHmmssZ" (GeneralizedTime in UTC) without going through QDateTime's formatter.
QByteArray generalizedTime(Timestamp t)
{
    const qint64 seconds = t >= 0 ? t / 1000 : (t - 999) / 1000;
    qint64 days = seconds / 86400;
    qint64 secondOfDay = seconds % 86400;
    if (secondOfDay < 0) {
        secondOfDay += 86400;
        --days;
    }
    const QDate date = QDate(1970, 1, 1).addDays(days);
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%04d%02d%02d%02d%02d%02dZ", date.year(), date.month(), date.day(),
                  int(secondOfDay / 3600), int(secondOfDay / 60 % 60), int(secondOfDay % 60));
    return QByteArray(buffer);
}

// Appends entries and folds long lines; flushes to the device in large chunks.
class LdifBuffer
{
public:
    explicit LdifBuffer(QIODevice* out)
        : m_out(out)
    {
        m_data.reserve(kFlushBytes + 4096);
    }

    void line(const QByteArray& attribute, const QString& value) { line(attribute, value.toUtf8()); }

    void line(const QByteArray& attribute, const QByteArray& value)
    {
        QByteArray text = attribute;
        if (value.isEmpty()) {
            text += ':';
        } else if (isSafeString(value)) {
            text += ": ";
            text += value;
        } else {
            text += ":: ";
            text += value.toBase64();
        }
        fold(text);
    }

    void endEntry()
    {
        m_data += '\n';
        if (m_data.size() >= kFlushBytes)
            flush();
    }

    void raw(const char* text) { m_data += text; }

    bool flush()
    {
        if (m_failed)
            return false;
        if (!m_data.isEmpty() && m_out->write(m_data) != m_data.size())
            m_failed = true;
        m_data.clear();
        return !m_failed;
    }

private:
    void fold(const QByteArray& text)
    {
        if (text.size() <= kLineWidth) {
            m_data += text;
            m_data += '\n';
            return;
        }
        // Folded values are ASCII (anything else is base64), so cutting at any byte is safe.
        m_data += QByteArrayView(text).first(kLineWidth);
        m_data += '\n';
        for (qsizetype at = kLineWidth; at < text.size(); at += kLineWidth - 1) {
            m_data += ' ';
            m_data += QByteArrayView(text).sliced(at, std::min<qsizetype>(kLineWidth - 1, text.size() - at));
            m_data += '\n';
        }
    }

    QIODevice* m_out;
    QByteArray m_data;
    bool m_failed = false;
};

// Compressed adjacency: the rows of `from` that list each `to`, in membership order.
struct Adjacency
{
    std::vector<quint32> offsets;
    std::vector<quint32> items;

    template <typename Key, typename Value>
    void build(std::size_t keys, const std::vector<Membership>& memberships, Key key, Value value)
    {
        offsets.assign(keys + 1, 0);
        for (const Membership& m : memberships) {
            if (const qint64 k = key(m); k >= 0)
                ++offsets[std::size_t(k) + 1];
        }
        for (std::size_t i = 1; i < offsets.size(); ++i)
            offsets[i] += offsets[i - 1];
        items.resize(offsets.back());
        std::vector<quint32> fill(offsets.begin(), offsets.end() - 1);
        for (const Membership& m : memberships) {
            if (const qint64 k = key(m); k >= 0)
                items[fill[std::size_t(k)]++] = value(m);
        }
        // Duplicate memberships would make slapadd reject the entry.
        for (std::size_t k = 0; k < keys; ++k) {
            auto begin = items.begin() + offsets[k];
            auto end = items.begin() + offsets[k + 1];
            std::sort(begin, end);
            std::fill(std::unique(begin, end), end, std::numeric_limits<quint32>::max());
        }
    }

    template <typename F>
    void forEach(std::size_t key, F f) const
    {
        for (quint32 i = offsets[key]; i < offsets[key + 1]; ++i) {
            if (items[i] != std::numeric_limits<quint32>::max())
                f(items[i]);
        }
    }

    bool empty(std::size_t key) const { return offsets[key] == offsets[key + 1]; }
};

// Entitlement-kind members are stored with the top bit set so one list holds both kinds.
constexpr quint32 kEntitlementBit = 0x80000000U;

} // namespace

LdifWriter::LdifWriter(QString baseDn)
    : m_baseDn(std::move(baseDn))
{}

bool LdifWriter::write(const SnapshotData& snapshot, QIODevice* out, QString* error) const
{
    const auto fail = [error](const QString& message) {
        if (error)
            *error = message;
        return false;
    };
    if (!out || !out->isWritable())
        return fail(QCoreApplication::translate("LdifWriter", "The LDIF output is not open for writing."));
    QString validation;
    if (!snapshot.validate(&validation))
        return fail(validation);
    if (snapshot.accounts.size() >= kEntitlementBit || snapshot.entitlements.size() >= kEntitlementBit)
        return fail(QCoreApplication::translate("LdifWriter", "The snapshot is too large to write as LDIF."));

    const QString firstRdn = m_baseDn.section(u',', 0, 0).trimmed();
    const QString baseAttribute = firstRdn.section(u'=', 0, 0).trimmed().toLower();
    const QString baseValue = firstRdn.section(u'=', 1).trimmed();
    if (baseValue.isEmpty() || (baseAttribute != QLatin1String("dc") && baseAttribute != QLatin1String("o") &&
                                baseAttribute != QLatin1String("ou")))
        return fail(QCoreApplication::translate("LdifWriter", "The base DN \"%1\" must start with dc=, o= or ou=.")
                        .arg(m_baseDn));

    // Who is who: identity rows by key, and each identity's everyday account for manager/owner.
    QHash<QString, std::size_t> identityRow;
    identityRow.reserve(qsizetype(snapshot.identities.size()));
    for (std::size_t i = 0; i < snapshot.identities.size(); ++i)
        identityRow.insert(snapshot.identities[i].key, i);
    const auto accountDn = [this](const Account& a) {
        if (!a.dn.isEmpty())
            return a.dn;
        const QString ou = a.kind == AccountKind::Admin     ? QStringLiteral("Admins")
                           : a.kind == AccountKind::Service ? QStringLiteral("Service Accounts")
                                                            : QStringLiteral("People");
        return QStringLiteral("uid=%1,ou=%2,%3").arg(demo::escapeRdnValue(a.login), ou, m_baseDn);
    };
    const auto entitlementDn = [this](const Entitlement& e) {
        if (!e.dn.isEmpty())
            return e.dn;
        return QStringLiteral("cn=%1,ou=%2,%3")
            .arg(demo::escapeRdnValue(e.name),
                 e.kind == EntitlementKind::Role ? QStringLiteral("Roles") : QStringLiteral("Groups"), m_baseDn);
    };
    QHash<QString, QString> personDn;
    for (const Account& a : snapshot.accounts) {
        if (a.kind == AccountKind::User && !a.identityKey.isEmpty() && !personDn.contains(a.identityKey))
            personDn.insert(a.identityKey, accountDn(a));
    }
    std::vector<QByteArray> entitlementDns;
    entitlementDns.reserve(snapshot.entitlements.size());
    for (const Entitlement& e : snapshot.entitlements)
        entitlementDns.push_back(entitlementDn(e).toUtf8());
    std::vector<QByteArray> accountDns;
    accountDns.reserve(snapshot.accounts.size());
    for (const Account& a : snapshot.accounts)
        accountDns.push_back(accountDn(a).toUtf8());

    Adjacency members;
    members.build(
        snapshot.entitlements.size(), snapshot.memberships, [](const Membership& m) { return qint64(m.entitlement); },
        [](const Membership& m) {
            return m.memberKind == MemberKind::Entitlement ? (m.member | kEntitlementBit) : m.member;
        });
    Adjacency accountGroups;
    accountGroups.build(
        snapshot.accounts.size(), snapshot.memberships,
        [](const Membership& m) { return m.memberKind == MemberKind::Account ? qint64(m.member) : -1; },
        [](const Membership& m) { return m.entitlement; });
    Adjacency nestedGroups;
    nestedGroups.build(
        snapshot.entitlements.size(), snapshot.memberships,
        [](const Membership& m) { return m.memberKind == MemberKind::Entitlement ? qint64(m.member) : -1; },
        [](const Membership& m) { return m.entitlement; });

    LdifBuffer ldif(out);
    if (m_versionLine)
        ldif.raw("version: 1\n");

    ldif.line("dn", m_baseDn);
    ldif.line("objectClass", QByteArrayLiteral("top"));
    if (baseAttribute == QLatin1String("dc")) {
        ldif.line("objectClass", QByteArrayLiteral("dcObject"));
        ldif.line("objectClass", QByteArrayLiteral("organization"));
        ldif.line("dc", baseValue);
        ldif.line("o", snapshot.info.sourceName.isEmpty() ? baseValue : snapshot.info.sourceName);
    } else if (baseAttribute == QLatin1String("o")) {
        ldif.line("objectClass", QByteArrayLiteral("organization"));
        ldif.line("o", baseValue);
    } else {
        ldif.line("objectClass", QByteArrayLiteral("organizationalUnit"));
        ldif.line("ou", baseValue);
    }
    ldif.endEntry();
    for (const QString& ou : organisationalUnits()) {
        ldif.line("dn", QStringLiteral("ou=%1,%2").arg(ou, m_baseDn));
        ldif.line("objectClass", QByteArrayLiteral("top"));
        ldif.line("objectClass", QByteArrayLiteral("organizationalUnit"));
        ldif.line("ou", ou);
        ldif.endEntry();
    }

    const QByteArray disabledLock = QByteArrayLiteral("000001010000Z"); // OpenLDAP: administratively disabled
    for (std::size_t row = 0; row < snapshot.accounts.size(); ++row) {
        const Account& a = snapshot.accounts[row];
        const Identity* id = nullptr;
        if (const auto it = identityRow.constFind(a.identityKey); it != identityRow.cend())
            id = &snapshot.identities[it.value()];
        ldif.line("dn", accountDns[row]);
        ldif.line("objectClass", QByteArrayLiteral("top"));
        ldif.line("objectClass", QByteArrayLiteral("person"));
        ldif.line("objectClass", QByteArrayLiteral("organizationalPerson"));
        ldif.line("objectClass", QByteArrayLiteral("inetOrgPerson"));
        ldif.line("uid", a.login);
        ldif.line("cn", a.displayName.isEmpty() ? a.login : a.displayName);
        const bool person = id && a.kind != AccountKind::Service;
        ldif.line("sn", person && !id->surname.isEmpty() ? id->surname : a.login);
        if (person && !id->givenName.isEmpty())
            ldif.line("givenName", id->givenName);
        if (!a.displayName.isEmpty())
            ldif.line("displayName", a.displayName);
        if (!a.email.isEmpty())
            ldif.line("mail", a.email);
        if (person) {
            if (!id->title.isEmpty())
                ldif.line("title", id->title);
            if (!id->department.isEmpty())
                ldif.line("departmentNumber", id->department);
            ldif.line("employeeNumber", id->key);
            if (!id->employeeType.isEmpty())
                ldif.line("employeeType", id->employeeType);
            if (!id->location.isEmpty())
                ldif.line("l", id->location);
            if (const QString manager = personDn.value(id->managerKey); !manager.isEmpty())
                ldif.line("manager", manager);
        } else if (a.kind == AccountKind::Service) {
            // inetOrgPerson has no owner attribute: a service account's owner is its manager.
            if (const QString owner = personDn.value(a.identityKey); !owner.isEmpty())
                ldif.line("manager", owner);
        }
        if (!a.description.isEmpty())
            ldif.line("description", a.description);
        ldif.line("userPassword", sshaHash(demoPassword(), a.key));
        accountGroups.forEach(row, [&](quint32 e) { ldif.line("memberOf", entitlementDns[e]); });
        if (hasTime(a.created))
            ldif.line("createTimestamp", generalizedTime(a.created));
        if (hasTime(a.passwordChanged))
            ldif.line("pwdChangedTime", generalizedTime(a.passwordChanged));
        if (!a.enabled)
            ldif.line("pwdAccountLockedTime", disabledLock);
        else if (a.locked)
            ldif.line("pwdAccountLockedTime",
                      generalizedTime(hasTime(a.lockedSince) ? a.lockedSince : snapshot.info.takenAt));
        if (a.failedLogons > 0) {
            const Timestamp last = a.locked && hasTime(a.lockedSince) ? a.lockedSince : snapshot.info.takenAt - 3600000;
            for (int f = 0; f < a.failedLogons; ++f)
                ldif.line("pwdFailureTime", generalizedTime(last - qint64(f) * 120000));
        }
        if (a.mustChangePassword)
            ldif.line("pwdReset", QByteArrayLiteral("TRUE"));
        if (hasTime(a.lastLogon))
            ldif.line("pwdLastSuccess", generalizedTime(a.lastLogon));
        ldif.endEntry();
    }

    for (std::size_t row = 0; row < snapshot.entitlements.size(); ++row) {
        const Entitlement& e = snapshot.entitlements[row];
        ldif.line("dn", entitlementDns[row]);
        ldif.line("objectClass", QByteArrayLiteral("top"));
        ldif.line("objectClass", QByteArrayLiteral("groupOfNames"));
        ldif.line("cn", e.name);
        if (members.empty(row)) {
            // groupOfNames requires a member; the empty DN is OpenLDAP's "no member" value.
            ldif.line("member", QByteArray());
        }
        members.forEach(row, [&](quint32 m) {
            ldif.line("member", (m & kEntitlementBit) ? entitlementDns[m & ~kEntitlementBit] : accountDns[m]);
        });
        if (!e.description.isEmpty())
            ldif.line("description", e.description);
        if (const QString owner = personDn.value(e.ownerKey); !owner.isEmpty())
            ldif.line("owner", owner);
        if (e.kind == EntitlementKind::Role)
            ldif.line("businessCategory", QByteArrayLiteral("role"));
        if (e.privilegedTag)
            ldif.line("businessCategory", QByteArrayLiteral("privileged"));
        if (!e.application.isEmpty())
            ldif.line("businessCategory", QStringLiteral("application=") + e.application);
        nestedGroups.forEach(row, [&](quint32 g) { ldif.line("memberOf", entitlementDns[g]); });
        ldif.endEntry();
    }
    if (!ldif.flush())
        return fail(QCoreApplication::translate("LdifWriter", "Could not write the LDIF: %1").arg(out->errorString()));
    return true;
}

QStringList LdifWriter::organisationalUnits()
{
    return {QStringLiteral("People"), QStringLiteral("Admins"), QStringLiteral("Service Accounts"),
            QStringLiteral("Groups"), QStringLiteral("Roles")};
}

QByteArray LdifWriter::sshaHash(const QString& password, const QString& saltSource)
{
    // A salt derived from the entry keeps the output byte-identical from run to run; these are
    // demo passwords, so a predictable salt costs nothing.
    const QByteArray salt =
        QCryptographicHash::hash(QByteArrayLiteral("attest-demo-salt:") + saltSource.toUtf8(), QCryptographicHash::Sha1)
            .left(8);
    QCryptographicHash sha1(QCryptographicHash::Sha1);
    sha1.addData(password.toUtf8());
    sha1.addData(salt);
    return QByteArrayLiteral("{SSHA}") + (sha1.result() + salt).toBase64();
}

} // namespace attest
