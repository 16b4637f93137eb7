#include "personresolver.h"

#include <QCoreApplication>

#include <algorithm>

namespace attest {

namespace {

// Case and spacing do not tell people apart: "priya  MÜLLER" is "Priya Müller".
QString folded(const QString& text)
{
    return text.simplified().toCaseFolded();
}

void add(QHash<QString, std::vector<quint32>>& index, const QString& text, quint32 identity)
{
    const QString key = folded(text);
    if (key.isEmpty())
        return;
    std::vector<quint32>& list = index[key];
    if (std::find(list.begin(), list.end(), identity) == list.end()) // an identity's accounts share logins
        list.push_back(identity);
}

const std::vector<quint32>* find(const QHash<QString, std::vector<quint32>>& index, const QString& text)
{
    const auto it = index.constFind(text);
    return it == index.cend() ? nullptr : &*it;
}

} // namespace

PersonResolver::PersonResolver(const std::vector<Identity>& identities, const std::vector<Account>& accounts)
    : m_identities(&identities)
    , m_accounts(&accounts)
    , m_loginAccount(identities.size(), kNone)
{
    m_byKey.reserve(qsizetype(identities.size()));
    m_byMail.reserve(qsizetype(identities.size()));
    m_byName.reserve(qsizetype(identities.size()));
    for (quint32 i = 0; i < identities.size(); ++i) {
        const Identity& person = identities[i];
        if (person.key.isEmpty())
            continue;
        m_byKey.insert(person.key, i);
        add(m_byMail, person.email, i);
        add(m_byName, person.displayName, i);
        add(m_byPartOfName, person.givenName, i);
        add(m_byPartOfName, person.surname, i);
    }
    m_byLogin.reserve(qsizetype(accounts.size()));
    for (quint32 a = 0; a < accounts.size(); ++a) {
        const Account& account = accounts[a];
        const auto owner = m_byKey.constFind(account.identityKey);
        if (account.identityKey.isEmpty() || owner == m_byKey.cend())
            continue; // an orphan account names nobody
        add(m_byLogin, account.login, *owner);
        add(m_byMail, account.email, *owner);
        quint32& login = m_loginAccount[*owner];
        if (!account.login.isEmpty() &&
            (login == kNone || (accounts[login].kind != AccountKind::User && account.kind == AccountKind::User)))
            login = a;
    }
}

quint32 PersonResolver::byKey(const QString& key) const
{
    return m_byKey.value(key, kNone);
}

QString PersonResolver::loginOf(quint32 index) const
{
    const quint32 a = index < m_loginAccount.size() ? m_loginAccount[index] : kNone;
    return a == kNone ? QString() : (*m_accounts)[a].login;
}

QString PersonResolver::label(quint32 index) const
{
    const Identity& person = identity(index);
    QStringList parts{person.displayName.isEmpty() ? person.key : person.displayName};
    for (const QString& part : {loginOf(index), person.email}) {
        if (!part.isEmpty())
            parts << part;
    }
    return parts.join(QStringLiteral(" — "));
}

QString PersonResolver::describe(quint32 index) const
{
    // The key too: people without an account or a mail differ in nothing else.
    const Identity& person = identity(index);
    QString text = label(index);
    if (!person.department.isEmpty())
        text += QStringLiteral(" — ") + person.department;
    return text + QStringLiteral(" — ") + QCoreApplication::translate("PersonResolver", "key %1").arg(person.key);
}

QString PersonResolver::ambiguous(const QString& text, const std::vector<quint32>& candidates) const
{
    QStringList shown;
    for (std::size_t i = 0; i < candidates.size() && i < std::size_t(kMaxCandidatesShown); ++i)
        shown << QStringLiteral("  ") + describe(candidates[i]);
    const int more = int(candidates.size()) - int(shown.size());
    if (more > 0)
        shown << QStringLiteral("  ") + QCoreApplication::translate("PersonResolver", "and %n more", nullptr, more);
    const QString head =
        candidates.size() == 1
            ? QCoreApplication::translate("PersonResolver", "“%1” is not a full name; did you mean:").arg(text)
            : QCoreApplication::translate("PersonResolver", "“%1” could be any of %2 people; name one by key, login "
                                                            "or mail:")
                  .arg(text)
                  .arg(candidates.size());
    return head + QLatin1Char('\n') + shown.join(QLatin1Char('\n'));
}

quint32 PersonResolver::resolve(const QString& text, QString* error) const
{
    const QString typed = text.trimmed();
    if (typed.isEmpty()) {
        *error = QCoreApplication::translate("PersonResolver", "Name a person: a key, a login, a mail or a full name.");
        return kNone;
    }
    const quint32 exact = byKey(typed);
    if (exact != kNone)
        return exact;
    const QString key = folded(typed);
    // A login or a mail names one person; a login shared by two people's accounts does not.
    for (const auto* index : {&m_byLogin, &m_byMail, &m_byName}) {
        if (const std::vector<quint32>* found = find(*index, key)) {
            if (found->size() == 1)
                return found->front();
            *error = ambiguous(typed, *found);
            return kNone;
        }
    }
    if (const std::vector<quint32>* found = find(m_byPartOfName, key)) {
        // A first name or surname alone is never enough, even for one person today: say whom it
        // could mean.
        *error = ambiguous(typed, *found);
        return kNone;
    }
    *error = QCoreApplication::translate("PersonResolver", "No identity matches “%1”.").arg(typed);
    return kNone;
}

} // namespace attest
