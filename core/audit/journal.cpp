#include "journal.h"

#include "security/ed25519key.h"
#include "security/secretstore.h"
#include "store/workspace.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QtEndian>

#ifdef Q_OS_UNIX
#include <pwd.h>
#include <unistd.h>
#endif

namespace attest {

namespace {

const QString kPublicKeyKey = QStringLiteral("journal.public-key");
const QString kHeadKey = QStringLiteral("journal.head");

void addField(QCryptographicHash& hash, const QByteArray& bytes)
{
    const quint64 length = qToBigEndian(quint64(bytes.size()));
    hash.addData(QByteArrayView(reinterpret_cast<const char*>(&length), sizeof length));
    hash.addData(bytes);
}

QByteArray keyIdOf(const QByteArray& publicKey)
{
    return QCryptographicHash::hash(publicKey, QCryptographicHash::Sha256);
}

} // namespace

QByteArray Journal::recordHash(const JournalRecord& r)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    addField(hash, QByteArrayLiteral("attest-journal-v1"));
    addField(hash, r.previousHash);
    addField(hash, QByteArray::number(r.sequence));
    addField(hash, QByteArray::number(r.time));
    for (const QString* field : {&r.operatorName, &r.bindIdentity, &r.action, &r.target, &r.parameters, &r.result,
                                 &r.verification, &r.ticket, &r.reason})
        addField(hash, field->toUtf8());
    return hash.result();
}

QString Journal::keyPath(Workspace& workspace, QString* error)
{
    const QString id = workspace.workspaceId(error);
    if (id.isEmpty())
        return {};
    const QString folder = QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
                               .filePath(QStringLiteral("journal-keys"));
    if (!QDir().mkpath(folder)) {
        *error = QCoreApplication::translate("Journal", "cannot create the folder for journal keys: %1").arg(folder);
        return {};
    }
    return QDir(folder).filePath(id + QStringLiteral(".pem"));
}

std::optional<Ed25519Key> Journal::loadOrCreateKey(Workspace& workspace, QString* error)
{
    const QString path = keyPath(workspace, error);
    if (path.isEmpty())
        return std::nullopt;
    const QByteArray recorded = QByteArray::fromHex(workspace.setting(kPublicKeyKey).toLatin1());
    if (QFile::exists(path)) {
        Ed25519Key key = Ed25519Key::loadPrivate(path, error);
        if (!key.isValid())
            return std::nullopt;
        if (!recorded.isEmpty() && recorded != key.publicKey()) {
            *error = QCoreApplication::translate("Journal", "the journal key %1 does not belong to this workspace")
                         .arg(path);
            return std::nullopt;
        }
        return key;
    }
    const QString keychainKey = QStringLiteral("journal/%1").arg(workspace.workspaceId(error));
    QByteArray stored;
    QString why;
    if (SecretStore::read(keychainKey, &stored, &why) == SecretStore::Result::Ok) {
        Ed25519Key key =
            Ed25519Key::fromPem(stored, QCoreApplication::translate("Journal", "the keychain's journal key"), error);
        stored.fill('\0');
        if (!key.isValid())
            return std::nullopt;
        if (!recorded.isEmpty() && recorded != key.publicKey()) {
            *error = QCoreApplication::translate("Journal",
                                                 "the journal key in the keychain does not belong to this workspace");
            return std::nullopt;
        }
        return key;
    }
    if (!recorded.isEmpty()) {
        // The workspace has a journal key, but not on this machine: refuse to start a second one.
        *error =
            QCoreApplication::translate("Journal", "this workspace's journal key is not on this computer (not in the "
                                                   "keychain, nor at %1)")
                .arg(path);
        return std::nullopt;
    }
    Ed25519Key key = Ed25519Key::generate(error);
    if (!key.isValid())
        return std::nullopt;
    // The OS keychain where there is one; otherwise the owner-only file.
    const QByteArray pem = key.toPem(error);
    if (pem.isEmpty())
        return std::nullopt;
    if (SecretStore::write(keychainKey, pem, &why) != SecretStore::Result::Ok && !key.savePrivate(path, error))
        return std::nullopt;
    if (!workspace.setSetting(kPublicKeyKey, QString::fromLatin1(key.publicKey().toHex()), error))
        return std::nullopt;
    return key;
}

bool Journal::append(Workspace& workspace, JournalRecord record, QString* error)
{
    const auto key = loadOrCreateKey(workspace, error);
    return key && append(workspace, *key, std::move(record), error).has_value();
}

std::optional<JournalRecord> Journal::append(Workspace& workspace, const Ed25519Key& key, JournalRecord record,
                                             QString* error)
{
    const auto records = workspace.journalRecords(error);
    if (!records)
        return std::nullopt;
    record.sequence = records->empty() ? 1 : records->back().sequence + 1;
    record.previousHash = records->empty() ? QByteArray(32, '\0') : records->back().hash;
    record.hash = recordHash(record);
    record.signature = key.sign(record.hash, error);
    if (record.signature.isEmpty())
        return std::nullopt;
    record.keyId = keyIdOf(key.publicKey());
    if (!workspace.appendJournalRecord(record, error))
        return std::nullopt;
    // The head lets verification notice records cut off the end of the chain.
    if (!workspace.setSetting(
            kHeadKey, QStringLiteral("%1:%2").arg(record.sequence).arg(QString::fromLatin1(record.hash.toHex())),
            error))
        return std::nullopt;
    return record;
}

QString Journal::currentOperator()
{
    QString name = qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME"));
#ifdef Q_OS_UNIX
    if (name.isEmpty()) {
        if (const passwd* entry = getpwuid(geteuid()))
            name = QString::fromLocal8Bit(entry->pw_name);
    }
#endif
    return name.isEmpty() ? QCoreApplication::translate("Journal", "unknown user") : name;
}

JournalRecord Journal::newRecord(const QString& action, const QString& target, const QJsonObject& parameters,
                                 const QString& result, const QString& reason)
{
    JournalRecord record;
    record.time = QDateTime::currentMSecsSinceEpoch();
    record.operatorName = currentOperator();
    record.action = action;
    record.target = target;
    record.parameters = QString::fromUtf8(QJsonDocument(parameters).toJson(QJsonDocument::Compact));
    record.result = result;
    record.reason = reason;
    return record;
}

namespace {

// Parameters as people read them: "caller verification: a; b · must change password: yes".
QString readableParameters(const QJsonObject& parameters)
{
    QStringList parts;
    for (auto it = parameters.begin(); it != parameters.end(); ++it) {
        QString key;
        for (const QChar c : it.key()) {
            if (c.isUpper())
                key += QLatin1Char(' ') + c.toLower();
            else
                key += c;
        }
        QString value;
        if (it.value().isArray()) {
            QStringList items;
            for (const QJsonValue& item : it.value().toArray())
                items << item.toVariant().toString();
            value = items.join(QStringLiteral("; "));
        } else if (it.value().isBool()) {
            value = it.value().toBool() ? QCoreApplication::translate("Journal", "yes")
                                        : QCoreApplication::translate("Journal", "no");
        } else {
            value = it.value().toVariant().toString();
        }
        parts << QStringLiteral("%1: %2").arg(key, value);
    }
    return parts.join(QStringLiteral(" · "));
}

} // namespace

std::vector<AuditEvent> Journal::asAuditEvents(const std::vector<JournalRecord>& records)
{
    std::vector<AuditEvent> events;
    events.reserve(records.size());
    for (const JournalRecord& r : records) {
        AuditEvent e;
        e.id = -r.sequence; // journal rows are not audit_events rows
        e.time = r.time;
        e.actor = r.bindIdentity.isEmpty()
                      ? r.operatorName
                      : QCoreApplication::translate("Journal", "%1 as %2").arg(r.operatorName, r.bindIdentity);
        e.action = r.action;
        e.target = r.target;
        e.result = r.result;
        QStringList details;
        if (!r.verification.isEmpty())
            details << QCoreApplication::translate("Journal", "verified: %1").arg(r.verification);
        if (!r.ticket.isEmpty())
            details << QCoreApplication::translate("Journal", "ticket %1").arg(r.ticket);
        if (!r.reason.isEmpty())
            details << QCoreApplication::translate("Journal", "reason: %1").arg(r.reason);
        if (!r.parameters.isEmpty()) {
            // The equivalent command is shown (and copied) on its own; the rest stays as details.
            QJsonObject parameters = QJsonDocument::fromJson(r.parameters.toUtf8()).object();
            e.command = parameters.take(QStringLiteral("command")).toString();
            if (!parameters.isEmpty())
                details << readableParameters(parameters);
            else if (e.command.isEmpty())
                details << r.parameters;
        }
        e.details = details.join(QStringLiteral("; "));
        e.origin = AuditOrigin::Journal;
        events.push_back(std::move(e));
    }
    return events;
}

std::optional<Journal::Verification> Journal::verify(Workspace& workspace, QString* error)
{
    const auto records = workspace.journalRecords(error);
    if (!records)
        return std::nullopt;
    Verification result;
    result.records = qint64(records->size());
    const QByteArray publicKey = QByteArray::fromHex(workspace.setting(kPublicKeyKey).toLatin1());
    if (publicKey.isEmpty() && !records->empty())
        result.problems.append(
            {0, QCoreApplication::translate("Journal",
                                            "the workspace records no journal key, so no signature can be checked")});

    QByteArray expectedPrevious(32, '\0');
    qint64 expectedSequence = 1;
    for (std::size_t i = 0; i < records->size(); ++i) {
        const JournalRecord& r = (*records)[i];
        const qint64 position = qint64(i) + 1;
        if (r.sequence != expectedSequence)
            result.problems.append(
                {position, QCoreApplication::translate(
                               "Journal", "record %1 has sequence number %2 where %3 was expected: a record "
                                          "was deleted, inserted or moved")
                               .arg(position)
                               .arg(r.sequence)
                               .arg(expectedSequence)});
        if (recordHash(r) != r.hash)
            result.problems.append(
                {position,
                 QCoreApplication::translate("Journal", "record %1 was changed after it was written").arg(position)});
        if (r.previousHash != expectedPrevious)
            result.problems.append(
                {position,
                 QCoreApplication::translate(
                     "Journal", "record %1 does not follow the record before it: a record was deleted, inserted or "
                                "reordered")
                     .arg(position)});
        if (!publicKey.isEmpty() && !Ed25519Key::verify(publicKey, r.hash, r.signature))
            result.problems.append({position, QCoreApplication::translate(
                                                  "Journal", "record %1 is not signed by this workspace's journal key")
                                                  .arg(position)});
        expectedPrevious = r.hash;
        expectedSequence = r.sequence + 1;
    }
    const QString head = workspace.setting(kHeadKey);
    if (!head.isEmpty()) {
        const qint64 headSequence = head.section(QLatin1Char(':'), 0, 0).toLongLong();
        const QByteArray headHash = QByteArray::fromHex(head.section(QLatin1Char(':'), 1).toLatin1());
        if (records->empty() || records->back().sequence != headSequence || records->back().hash != headHash)
            result.problems.append(
                {result.records,
                 QCoreApplication::translate("Journal", "the journal ends before record %1, the last one written: "
                                                        "records were removed from its end")
                     .arg(headSequence)});
    }
    return result;
}

} // namespace attest
