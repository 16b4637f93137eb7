#include "journal.h"

#include "security/ed25519key.h"
#include "security/secretstore.h"
#include "store/workspace.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QSet>
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

std::optional<Ed25519Key> Journal::loadKey(Workspace& workspace, QString* where, QString* error)
{
    const QString path = keyPath(workspace, error);
    if (path.isEmpty())
        return std::nullopt;
    if (QFile::exists(path)) {
        Ed25519Key key = Ed25519Key::loadPrivate(path, error);
        if (!key.isValid())
            return std::nullopt;
        if (where)
            *where = QDir::toNativeSeparators(path);
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
        if (where)
            *where = QCoreApplication::translate("Journal", "the keychain");
        return key;
    }
    if (error)
        error->clear();
    return Ed25519Key(); // not on this computer
}

namespace {

// loadOrCreateKey() under the write lock.
std::optional<Ed25519Key> loadOrCreateKeyLocked(Workspace& workspace, QString* error)
{
    const QByteArray recorded = QByteArray::fromHex(workspace.setting(kPublicKeyKey).toLatin1());
    auto held = Journal::loadKey(workspace, nullptr, error);
    if (!held)
        return std::nullopt;
    if (held->isValid()) {
        if (!recorded.isEmpty() && recorded != held->publicKey()) {
            *error = QCoreApplication::translate("Journal",
                                                 "the journal key on this computer does not belong to this workspace "
                                                 "(the workspace records another key)");
            return std::nullopt;
        }
        if (recorded.isEmpty() &&
            !workspace.setSetting(kPublicKeyKey, QString::fromLatin1(held->publicKey().toHex()), error))
            return std::nullopt;
        return held;
    }
    const QString path = Journal::keyPath(workspace, error);
    if (path.isEmpty())
        return std::nullopt;
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
    const QString keychainKey = QStringLiteral("journal/%1").arg(workspace.workspaceId(error));
    QString why;
    if (SecretStore::write(keychainKey, pem, &why) != SecretStore::Result::Ok && !key.savePrivate(path, error))
        return std::nullopt;
    if (!workspace.setSetting(kPublicKeyKey, QString::fromLatin1(key.publicKey().toHex()), error))
        return std::nullopt;
    return key;
}

} // namespace

std::optional<Ed25519Key> Journal::loadOrCreateKey(Workspace& workspace, QString* error)
{
    // The usual case needs no lock: the key is on this computer and the workspace records it.
    const QByteArray recorded = QByteArray::fromHex(workspace.setting(kPublicKeyKey).toLatin1());
    if (!recorded.isEmpty()) {
        auto held = loadKey(workspace, nullptr, error);
        if (!held)
            return std::nullopt;
        if (held->isValid() && held->publicKey() == recorded)
            return held;
    }
    // Otherwise asked again and answered under the write lock: processes making their first
    // journal records at once must end with one key that every record is signed with, not each
    // with a key of its own that the next process does not know.
    auto transaction = workspace.transaction(QStringLiteral("create the journal key"), error);
    if (!transaction)
        return std::nullopt;
    auto key = loadOrCreateKeyLocked(workspace, error);
    if (!key || !transaction.commit(error))
        return std::nullopt;
    return key;
}

bool Journal::append(Workspace& workspace, JournalRecord record, QString* error)
{
    const auto key = loadOrCreateKey(workspace, error);
    return key && append(workspace, *key, std::move(record), error).has_value();
}

QByteArray Journal::headDigest(qint64 sequence, const QByteArray& hash)
{
    QCryptographicHash digest(QCryptographicHash::Sha256);
    addField(digest, QByteArrayLiteral("attest-journal-head-v1"));
    addField(digest, QByteArray::number(sequence));
    addField(digest, hash);
    return digest.result();
}

QString Journal::anchorPath(Workspace& workspace, QString* error)
{
    const QString key = keyPath(workspace, error);
    if (key.isEmpty())
        return {};
    return key.left(key.size() - 4) + QStringLiteral(".head");
}

std::optional<JournalRecord> Journal::append(Workspace& workspace, const Ed25519Key& key, JournalRecord record,
                                             QString* error)
{
    // One transaction (or part of the caller's): the record, its place in the chain and the
    // signed head commit together with whatever change the record describes, or not at all.
    auto transaction = workspace.transaction(QStringLiteral("append to the journal"), error);
    if (!transaction)
        return std::nullopt;
    JournalRecord last;
    if (!workspace.lastJournalRecord(&last, error))
        return std::nullopt;
    record.sequence = last.sequence + 1;
    record.previousHash = last.sequence == 0 ? QByteArray(32, '\0') : last.hash;
    record.hash = recordHash(record);
    record.signature = key.sign(record.hash, error);
    if (record.signature.isEmpty())
        return std::nullopt;
    record.keyId = keyIdOf(key.publicKey());
    if (!workspace.appendJournalRecord(record, error))
        return std::nullopt;
    // The head, signed, lets verification notice records cut off the end of the chain.
    const QByteArray headSignature = key.sign(headDigest(record.sequence, record.hash), error);
    if (headSignature.isEmpty())
        return std::nullopt;
    if (!workspace.setSetting(
            kHeadKey,
            QStringLiteral("%1:%2:%3")
                .arg(record.sequence)
                .arg(QString::fromLatin1(record.hash.toHex()), QString::fromLatin1(headSignature.toHex())),
            error))
        return std::nullopt;
    // And a copy of the head outside the workspace, beside its key, once the record is committed:
    // a journal cut short or deleted together with its head still falls short of it.
    QString ignored;
    const QString anchor = anchorPath(workspace, &ignored);
    if (!anchor.isEmpty()) {
        const qint64 sequence = record.sequence;
        const QByteArray hash = record.hash;
        // Written for the last record of the transaction only: the hooks of the records before it
        // find a newer head committed (a remediation journals thousands in one transaction, and
        // each write of the anchor is a flush to disk).
        workspace.afterCommit([&workspace, anchor, sequence, hash] {
            if (workspace.setting(kHeadKey).section(QLatin1Char(':'), 0, 0).toLongLong() <= sequence)
                writeAnchor(anchor, sequence, hash);
        });
    }
    if (!transaction.commit(error))
        return std::nullopt;
    return record;
}

namespace {

struct Anchor
{
    qint64 sequence = 0;
    QByteArray hash;
};

std::optional<Anchor> readAnchor(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QByteArray text = file.read(256).trimmed();
    const QList<QByteArray> parts = text.split(':');
    if (parts.size() != 2)
        return std::nullopt;
    Anchor anchor;
    bool ok = false;
    anchor.sequence = parts[0].toLongLong(&ok);
    anchor.hash = QByteArray::fromHex(parts[1]);
    if (!ok || anchor.hash.size() != 32)
        return std::nullopt;
    return anchor;
}

} // namespace

void Journal::writeAnchor(const QString& path, qint64 sequence, const QByteArray& hash)
{
    // Several processes append: the anchor only moves forward.
    if (const auto current = readAnchor(path); current && current->sequence >= sequence)
        return;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return;
    file.write(QByteArray::number(sequence) + ':' + hash.toHex() + '\n');
    file.commit();
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

std::vector<JournalRecord> Journal::unresolvedIntents(const std::vector<JournalRecord>& records)
{
    QSet<qint64> resolved;
    for (const JournalRecord& r : records) {
        if (r.parameters.contains(kIntentParameter)) {
            const QJsonObject parameters = QJsonDocument::fromJson(r.parameters.toUtf8()).object();
            resolved.insert(parameters.value(kIntentParameter).toInteger());
        }
    }
    std::vector<JournalRecord> open;
    for (const JournalRecord& r : records) {
        if (r.action.endsWith(kIntentSuffix) && !resolved.contains(r.sequence))
            open.push_back(r);
    }
    return open;
}

QString Journal::fingerprint(const QByteArray& publicKey)
{
    return QString::fromLatin1(keyIdOf(publicKey).toHex().left(16));
}

std::optional<Journal::Verification> Journal::verify(Workspace& workspace, QString* error,
                                                     const QByteArray& trustedPublicKey,
                                                     std::vector<JournalRecord>* recordsRead)
{
    auto records = workspace.journalRecords(error);
    if (!records)
        return std::nullopt;
    Verification result;
    result.records = qint64(records->size());
    const QByteArray recorded = QByteArray::fromHex(workspace.setting(kPublicKeyKey).toLatin1());

    // The key to check against comes from outside the workspace: the one given, or the one this
    // computer holds for it (keychain or key file). The key the workspace records is only a
    // fallback, and said to be one: whoever can edit the file can replace it.
    QByteArray publicKey = trustedPublicKey;
    if (!publicKey.isEmpty()) {
        result.anchored = true;
        result.trust =
            QCoreApplication::translate("Journal", "the key given (fingerprint %1)").arg(fingerprint(publicKey));
    } else {
        QString where;
        QString keyError;
        const auto held = loadKey(workspace, &where, &keyError);
        if (held && held->isValid()) {
            publicKey = held->publicKey();
            result.anchored = true;
            result.trust = QCoreApplication::translate("Journal", "this workspace's journal key held in %1 "
                                                                  "(fingerprint %2)")
                               .arg(where, fingerprint(publicKey));
        } else if (!recorded.isEmpty()) {
            publicKey = recorded;
            result.trust = QCoreApplication::translate(
                               "Journal", "only the key the workspace itself records (fingerprint %1): this "
                                          "computer holds no journal key for it, so a journal re-signed with "
                                          "another key would pass; give the expected key to anchor the check")
                               .arg(fingerprint(publicKey));
        }
    }
    if (publicKey.isEmpty() && !records->empty())
        result.problems.append(
            {0, QCoreApplication::translate("Journal",
                                            "the workspace records no journal key, so no signature can be checked")});
    if (result.anchored && !recorded.isEmpty() && recorded != publicKey)
        result.problems.append(
            {0, QCoreApplication::translate("Journal", "the journal key the workspace records (fingerprint %1) is not "
                                                       "the expected key (fingerprint %2): it was replaced")
                    .arg(fingerprint(recorded), fingerprint(publicKey))});
    const QByteArray expectedKeyId = publicKey.isEmpty() ? QByteArray() : keyIdOf(publicKey);

    QByteArray expectedPrevious(32, '\0');
    qint64 expectedSequence = 1;
    QHash<qint64, QByteArray> hashes; // by sequence, for the anchor
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
        else if (!expectedKeyId.isEmpty() && r.keyId != expectedKeyId)
            result.problems.append({position, QCoreApplication::translate(
                                                  "Journal", "record %1 names another signing key than the one that "
                                                             "signed it")
                                                  .arg(position)});
        hashes.insert(r.sequence, r.hash);
        expectedPrevious = r.hash;
        expectedSequence = r.sequence + 1;
    }

    // The head: the last record written, signed with the records' key.
    const QString head = workspace.setting(kHeadKey);
    const qint64 lastSequence = records->empty() ? 0 : records->back().sequence;
    if (head.isEmpty()) {
        if (!records->empty())
            result.problems.append(
                {result.records, QCoreApplication::translate("Journal", "the journal's head (its signed last "
                                                                        "record number) is missing")});
    } else {
        const QStringList parts = head.split(QLatin1Char(':'));
        const qint64 headSequence = parts.value(0).toLongLong();
        const QByteArray headHash = QByteArray::fromHex(parts.value(1).toLatin1());
        const QByteArray headSignature = QByteArray::fromHex(parts.value(2).toLatin1());
        if (parts.size() != 3 || publicKey.isEmpty() ||
            !Ed25519Key::verify(publicKey, headDigest(headSequence, headHash), headSignature))
            result.problems.append(
                {result.records, QCoreApplication::translate("Journal", "the journal's head is not signed by the "
                                                                        "journal key: it was rewritten")});
        else if (lastSequence != headSequence || records->back().hash != headHash)
            result.problems.append(
                {result.records,
                 QCoreApplication::translate("Journal", "the journal ends before record %1, the last one written: "
                                                        "records were removed from its end")
                     .arg(headSequence)});
    }

    result.unresolvedIntents = unresolvedIntents(*records);

    // The anchor outside the workspace: the journal must reach at least as far.
    QString ignored;
    const QString anchorFile = anchorPath(workspace, &ignored);
    if (const auto anchor = anchorFile.isEmpty() ? std::nullopt : readAnchor(anchorFile)) {
        result.anchoredHead = true;
        if (anchor->sequence > lastSequence || hashes.value(anchor->sequence) != anchor->hash)
            result.problems.append(
                {result.records,
                 QCoreApplication::translate("Journal", "the journal does not hold record %1 as this computer saw "
                                                        "it written (%2): records were removed or replaced")
                     .arg(anchor->sequence)
                     .arg(QDir::toNativeSeparators(anchorFile))});
    }
    if (recordsRead)
        *recordsRead = std::move(*records);
    return result;
}

} // namespace attest
