#include "directorychange.h"

#include "accessreadback.h"
#include "ldapconnection.h"
#include "openldapprofile.h"

#include "audit/journal.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <ldap.h>

namespace attest {

namespace {

const QByteArray kDisabled(kDisabledLockTime);

QString shellQuote(const QString& text)
{
    QString quoted = text;
    quoted.replace(QLatin1Char('\''), QLatin1String("'\\''"));
    return QLatin1Char('\'') + quoted + QLatin1Char('\'');
}

// "name: value", or "name:: base64" where RFC 2849 requires it of a value (NUL, CR or LF in it, a
// leading space, ':' or '<') and where a trailing space could be lost: either way ldapmodify reads
// back exactly the value's bytes. Other UTF-8 stays readable; OpenLDAP takes it as it is.
QString ldifLine(const QString& name, const QString& value)
{
    const bool plain = !value.contains(QChar(0)) && !value.contains(QLatin1Char('\n')) &&
                       !value.contains(QLatin1Char('\r')) && !value.startsWith(QLatin1Char(' ')) &&
                       !value.startsWith(QLatin1Char(':')) && !value.startsWith(QLatin1Char('<')) &&
                       !value.endsWith(QLatin1Char(' '));
    if (plain)
        return name + QLatin1String(": ") + value;
    return name + QLatin1String(":: ") + QString::fromLatin1(value.toUtf8().toBase64());
}

} // namespace

QString equivalentLdapCommand(const DirectoryChange& change, const LdapSettings& settings)
{
    const QString connect = QStringLiteral("-H %1 -D %2 -W").arg(shellQuote(settings.url), shellQuote(settings.bindDn));
    const QString tls = settings.url.startsWith(QLatin1String("ldap://"), Qt::CaseInsensitive) && settings.startTls
                            ? QStringLiteral(" -ZZ")
                            : QString();
    // The LDIF goes to ldapmodify through printf '%s\n', one argument a line: a DN is never part
    // of the format, so its %, backslashes and quotes reach ldapmodify exactly as they are.
    const auto modify = [&](const QString& dn, const QStringList& changes) {
        QStringList lines{ldifLine(QStringLiteral("dn"), dn), QStringLiteral("changetype: modify")};
        lines += changes;
        QStringList arguments;
        for (const QString& line : std::as_const(lines))
            arguments << shellQuote(line);
        return QStringLiteral("printf '%s\\n' %1 | ldapmodify -x%2 %3")
            .arg(arguments.join(QLatin1Char(' ')), tls, connect);
    };
    switch (change.kind) {
    case DirectoryChange::Kind::AddMember:
        return modify(change.group, {QStringLiteral("add: member"), ldifLine(QStringLiteral("member"), change.target)});
    case DirectoryChange::Kind::RemoveMember:
        return modify(change.group,
                      {QStringLiteral("delete: member"), ldifLine(QStringLiteral("member"), change.target)});
    case DirectoryChange::Kind::Disable:
        return modify(change.target, {QStringLiteral("replace: pwdAccountLockedTime"),
                                      QStringLiteral("pwdAccountLockedTime: ") + QString::fromLatin1(kDisabled)});
    case DirectoryChange::Kind::Enable:
    case DirectoryChange::Kind::Unlock:
        return modify(change.target, {QStringLiteral("delete: pwdAccountLockedTime")});
    case DirectoryChange::Kind::ResetPassword:
        return QStringLiteral("ldappasswd -x%1 %2 -S %3").arg(tls, connect, shellQuote(change.target));
    }
    return {};
}

ChangeOutcome applyDirectoryChange(LdapConnection& connection, const DirectoryChange& change,
                                   const QByteArray& newPassword)
{
    using Mod = LdapConnection::Modification;
    ChangeOutcome outcome;
    QString error;
    int code = LDAP_SUCCESS;
    const QStringList lockAttributes{QStringLiteral("pwdAccountLockedTime"), QStringLiteral("pwdReset"),
                                     QStringLiteral("pwdChangedTime")};

    // The account must exist (and, for a group change, the group): say so plainly before changing.
    LdapEntry entry;
    if (!connection.readEntry(change.target, lockAttributes, &entry, &error)) {
        outcome.message = QCoreApplication::translate("DirectoryChange", "%1 does not exist or cannot be read: %2")
                              .arg(change.target, error);
        return outcome;
    }
    switch (change.kind) {
    case DirectoryChange::Kind::AddMember:
    case DirectoryChange::Kind::RemoveMember: {
        const bool add = change.kind == DirectoryChange::Kind::AddMember;
        LdapEntry group;
        if (!connection.readEntry(change.group, {QStringLiteral("member"), QStringLiteral("uniqueMember")}, &group,
                                  &error)) {
            outcome.message =
                QCoreApplication::translate("DirectoryChange", "the group %1 does not exist or cannot be read: %2")
                    .arg(change.group, error);
            return outcome;
        }
        if (groupHasMember(group, change.target) == add) {
            outcome.executed = true;
            outcome.verified = true;
            outcome.message =
                add ? QCoreApplication::translate("DirectoryChange", "%1 was already a member of %2; nothing changed")
                          .arg(change.target, change.group)
                    : QCoreApplication::translate("DirectoryChange", "%1 was not a member of %2; nothing changed")
                          .arg(change.target, change.group);
            outcome.verification = add ? QCoreApplication::translate("DirectoryChange", "member present")
                                       : QCoreApplication::translate("DirectoryChange", "member absent");
            return outcome;
        }
        outcome.executed = connection.modify(change.group,
                                             {Mod{add ? Mod::Operation::Add : Mod::Operation::Delete,
                                                  QStringLiteral("member"),
                                                  {change.target.toUtf8()}}},
                                             &code, &error);
        if (!outcome.executed) {
            outcome.message = error;
            return outcome;
        }
        if (!connection.readEntry(change.group, {QStringLiteral("member"), QStringLiteral("uniqueMember")}, &group,
                                  &error)) {
            outcome.message =
                QCoreApplication::translate("DirectoryChange", "the change was made, but reading %1 back failed: %2")
                    .arg(change.group, error);
            return outcome;
        }
        outcome.verified = groupHasMember(group, change.target) == add;
        outcome.verification =
            outcome.verified ? (add ? QCoreApplication::translate("DirectoryChange", "member present")
                                    : QCoreApplication::translate("DirectoryChange", "member absent"))
                             : QCoreApplication::translate("DirectoryChange", "the group does not show the change");
        break;
    }
    case DirectoryChange::Kind::Disable:
        outcome.executed = connection.modify(
            change.target, {Mod{Mod::Operation::Replace, QStringLiteral("pwdAccountLockedTime"), {kDisabled}}}, &code,
            &error);
        break;
    case DirectoryChange::Kind::Enable:
    case DirectoryChange::Kind::Unlock: {
        const QByteArray lock = entry.first("pwdaccountlockedtime");
        const bool disabled = lock == kDisabled;
        if (change.kind == DirectoryChange::Kind::Unlock && disabled) {
            outcome.message =
                QCoreApplication::translate("DirectoryChange",
                                            "%1 is disabled, not locked: enable it instead if that is intended")
                    .arg(change.target);
            return outcome;
        }
        if (lock.isEmpty()) {
            outcome.executed = true;
            outcome.verified = true;
            outcome.message =
                change.kind == DirectoryChange::Kind::Unlock
                    ? QCoreApplication::translate("DirectoryChange", "%1 was not locked; nothing changed")
                          .arg(change.target)
                    : QCoreApplication::translate("DirectoryChange", "%1 was already enabled; nothing changed")
                          .arg(change.target);
            outcome.verification = QCoreApplication::translate("DirectoryChange", "no pwdAccountLockedTime");
            return outcome;
        }
        outcome.executed = connection.modify(
            change.target, {Mod{Mod::Operation::Delete, QStringLiteral("pwdAccountLockedTime"), {}}}, &code, &error);
        break;
    }
    case DirectoryChange::Kind::ResetPassword:
        if (newPassword.isEmpty()) {
            outcome.message = QCoreApplication::translate("DirectoryChange", "no new password was given");
            return outcome;
        }
        outcome.executed = connection.passwordModify(change.target, newPassword, &error);
        if (outcome.executed && change.mustChangePassword) {
            // An administrative reset sets pwdReset itself when the bind has manage rights; set it
            // explicitly too so "must change" holds either way.
            outcome.executed = connection.modify(
                change.target, {Mod{Mod::Operation::Replace, QStringLiteral("pwdReset"), {QByteArrayLiteral("TRUE")}}},
                &code, &error);
            if (!outcome.executed)
                error =
                    QCoreApplication::translate(
                        "DirectoryChange", "the password was set, but requiring a change at the next logon failed: %1")
                        .arg(error);
        }
        break;
    }
    if (change.kind != DirectoryChange::Kind::AddMember && change.kind != DirectoryChange::Kind::RemoveMember) {
        if (!outcome.executed) {
            outcome.message = error;
            return outcome;
        }
        if (!connection.readEntry(change.target, lockAttributes, &entry, &error)) {
            outcome.message =
                QCoreApplication::translate("DirectoryChange", "the change was made, but reading %1 back failed: %2")
                    .arg(change.target, error);
            return outcome;
        }
        const QByteArray lock = entry.first("pwdaccountlockedtime");
        switch (change.kind) {
        case DirectoryChange::Kind::Disable:
            outcome.verified = lock == kDisabled;
            outcome.verification =
                outcome.verified
                    ? QCoreApplication::translate("DirectoryChange", "pwdAccountLockedTime is 000001010000Z (disabled)")
                    : QCoreApplication::translate("DirectoryChange", "the account does not show as disabled");
            break;
        case DirectoryChange::Kind::Enable:
        case DirectoryChange::Kind::Unlock:
            outcome.verified = lock.isEmpty();
            outcome.verification =
                outcome.verified ? QCoreApplication::translate("DirectoryChange", "no pwdAccountLockedTime")
                                 : QCoreApplication::translate("DirectoryChange", "pwdAccountLockedTime is still set");
            break;
        case DirectoryChange::Kind::ResetPassword: {
            const bool reset = entry.first("pwdreset").toUpper() == "TRUE";
            outcome.verified = !change.mustChangePassword || reset;
            outcome.verification =
                reset ? QCoreApplication::translate("DirectoryChange", "pwdReset is TRUE; pwdChangedTime %1")
                            .arg(QString::fromUtf8(entry.first("pwdchangedtime")))
                      : QCoreApplication::translate("DirectoryChange", "pwdChangedTime %1")
                            .arg(QString::fromUtf8(entry.first("pwdchangedtime")));
            break;
        }
        default:
            break;
        }
    }
    if (outcome.executed)
        outcome.message =
            outcome.verified
                ? QCoreApplication::translate("DirectoryChange", "Done and verified: %1").arg(change.preview())
                : QCoreApplication::translate("DirectoryChange",
                                              "The server accepted the change but reading it back does not show "
                                              "it: %1")
                      .arg(outcome.verification);
    return outcome;
}

JournalRecord journalRecordFor(const DirectoryChange& change, const ChangeOutcome& outcome,
                               const LdapSettings& settings)
{
    JournalRecord record =
        changeJournalRecord(change, outcome,
                            QJsonObject{{QStringLiteral("directory"), settings.url},
                                        {QStringLiteral("command"), equivalentLdapCommand(change, settings)}});
    record.bindIdentity = settings.bindDn;
    return record;
}

} // namespace attest
