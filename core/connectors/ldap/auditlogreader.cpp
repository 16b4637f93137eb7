#include "auditlogreader.h"

#include "store/workspace.h"

#include "generalizedtime.h"
#include "ldapconnection.h"

#include <QCoreApplication>

#include <ldap.h>

namespace attest {

namespace {

bool isSecretAttribute(const QByteArray& name)
{
    const QByteArray lower = name.toLower();
    // Attribute options (userPassword;binary) do not make a value less secret.
    const QByteArray base = lower.left(lower.indexOf(';') < 0 ? lower.size() : lower.indexOf(';'));
    return base == "userpassword" || base == "pwdhistory" || base == "unicodepwd" || base == "authpassword" ||
           base == "sambantpassword" || base == "sambalmpassword" || base == "krbprincipalkey";
}

// reqMod values look like "member:+ uid=x,dc=y", "userPassword:= {SSHA}…", "pwdReset:= TRUE",
// or "member:-" for a whole-attribute delete.
struct Modification
{
    QByteArray attribute;
    char operation = '?';
    QByteArray value;
};

Modification parse(const QByteArray& line)
{
    Modification m;
    const qsizetype colon = line.indexOf(':');
    if (colon < 0) {
        m.attribute = line;
        return m;
    }
    m.attribute = line.left(colon);
    if (colon + 1 < line.size())
        m.operation = line.at(colon + 1);
    m.value = line.mid(colon + 2).trimmed();
    return m;
}

QString describeAction(const QByteArray& type, const QList<QByteArray>& mods)
{
    const QString plain = QString::fromUtf8(type);
    if (type != "modify")
        return plain;
    for (const QByteArray& line : mods) {
        const Modification m = parse(line);
        const QByteArray attribute = m.attribute.toLower();
        if (isSecretAttribute(attribute) && attribute.startsWith("userpassword"))
            return QStringLiteral("password changed");
        if (attribute == "member" || attribute == "uniquemember")
            return m.operation == '-' ? QStringLiteral("member removed") : QStringLiteral("member added");
        if (attribute == "pwdaccountlockedtime") {
            if (m.operation == '-')
                return QStringLiteral("account unlocked");
            return m.value == "000001010000Z" ? QStringLiteral("account disabled") : QStringLiteral("account locked");
        }
    }
    return plain;
}

} // namespace

QString AuditLogReader::scrubModifications(const QList<QByteArray>& reqMod)
{
    QStringList lines;
    for (const QByteArray& line : reqMod) {
        const Modification m = parse(line);
        if (isSecretAttribute(m.attribute) && !m.value.isEmpty())
            lines << QStringLiteral("%1:%2 %3")
                         .arg(QString::fromUtf8(m.attribute), QChar::fromLatin1(m.operation),
                              QStringLiteral("(value removed)"));
        else
            lines << QString::fromUtf8(line);
    }
    return lines.join(QStringLiteral("; "));
}

AuditEvent AuditLogReader::toEvent(const LdapEntry& entry)
{
    AuditEvent event;
    event.origin = AuditOrigin::Directory;
    event.time = parseGeneralizedTime(entry.first("reqstart"));
    QString actor = entry.text("reqauthzid");
    if (actor.startsWith(QLatin1String("dn:")))
        actor = actor.mid(3);
    event.actor = actor.isEmpty() ? QStringLiteral("anonymous") : actor;
    const QList<QByteArray> mods = entry.values("reqmod");
    event.action = describeAction(entry.first("reqtype"), mods);
    event.target = entry.text("reqdn");
    bool ok = false;
    const int code = entry.text("reqresult").toInt(&ok);
    event.result = !ok || code == 0 ? QStringLiteral("success")
                                    : QStringLiteral("failure: %1").arg(QString::fromUtf8(ldap_err2string(code)));
    QStringList details;
    if (!mods.isEmpty())
        details << scrubModifications(mods);
    const QString message = entry.text("reqmessage");
    if (!message.isEmpty())
        details << message;
    event.details = details.join(QStringLiteral("; "));
    return event;
}

std::optional<AuditLogReader::Result> AuditLogReader::read(LdapConnection& connection, const QByteArray& sinceReqStart,
                                                           const ProgressFn& progress, QString* error,
                                                           const QString& accessLogBase)
{
    Result result;
    result.newestReqStart = sinceReqStart;
    LdapEntry base;
    if (!connection.readEntry(accessLogBase, {QStringLiteral("1.1")}, &base, error)) {
        *error = QCoreApplication::translate(
                     "AuditLogReader",
                     "cannot read the audit log %1 (it does not exist, or the bind identity may not read it): %2")
                     .arg(accessLogBase, *error);
        return std::nullopt;
    }
    // reqStart sorts as text; >= then drops what was already seen (equal values are the same entry).
    const QString filter =
        sinceReqStart.isEmpty()
            ? QStringLiteral("(objectClass=auditObject)")
            : QStringLiteral("(&(objectClass=auditObject)(reqStart>=%1))").arg(QString::fromLatin1(sinceReqStart));
    const bool ok = connection.search(
        accessLogBase, filter,
        {QStringLiteral("reqStart"), QStringLiteral("reqType"), QStringLiteral("reqDN"), QStringLiteral("reqAuthzID"),
         QStringLiteral("reqResult"), QStringLiteral("reqMod"), QStringLiteral("reqMessage")},
        [&](LdapEntry&& entry) {
            const QByteArray start = entry.first("reqstart");
            if (start.isEmpty() || (!sinceReqStart.isEmpty() && start <= sinceReqStart))
                return true;
            if (start > result.newestReqStart)
                result.newestReqStart = start;
            result.events.push_back(toEvent(entry));
            return true;
        },
        progress, QCoreApplication::translate("AuditLogReader", "Reading the audit log"), error);
    if (!ok) {
        *error = QCoreApplication::translate("AuditLogReader", "cannot read the audit log %1: %2")
                     .arg(accessLogBase, *error);
        return std::nullopt;
    }
    std::sort(result.events.begin(), result.events.end(),
              [](const AuditEvent& a, const AuditEvent& b) { return a.time < b.time; });
    return result;
}

qint64 importAuditLog(Workspace& workspace, qint64 sourceId, LdapConnection& directory, QString* error)
{
    const QString newestKey = QStringLiteral("accesslog.%1.newest").arg(sourceId);
    auto audit = AuditLogReader::read(directory, workspace.setting(newestKey).toLatin1(), {}, error);
    if (!audit)
        return -1;
    if (audit->events.empty())
        return 0;
    for (AuditEvent& event : audit->events)
        event.sourceId = sourceId;
    // The events and the mark of how far they go commit together: a failure in between would store
    // them again with the next sync.
    auto transaction = workspace.transaction(QStringLiteral("store the audit log"), error);
    if (!transaction || !workspace.addAuditEvents(audit->events, error) ||
        !workspace.setSetting(newestKey, QString::fromLatin1(audit->newestReqStart), error) ||
        !transaction.commit(error)) {
        *error = QCoreApplication::translate("AuditLogReader", "the audit log was read but not stored: %1").arg(*error);
        return -1;
    }
    return qint64(audit->events.size());
}

} // namespace attest
