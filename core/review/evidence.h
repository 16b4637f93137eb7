#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace attest {

class Workspace;

// The evidence pack of a campaign, for auditors: a folder with items.csv (every item, its
// reviewer and relation, decision, recommendation and inputs, remediation), campaign.json
// (definition, scope, exclusions with reasons, policies, counts, population hash,
// reconciliation, sign-off), summary.pdf (completion, decisions per reviewer, revocations and
// their verification, self-review and timeliness checks, sign-off — "UNSIGNED" on every page
// until the owner signs off) and manifest.json with the SHA-256 of every file, signed with the
// workspace's Ed25519 journal key (manifest.sig).
namespace evidence {

// The pack's format, in manifest.json and campaign.json ("format"). 1 (no field): each conflict in
// campaign.json repeated both decisions in full; 2: a conflict names its items by number, and
// their decisions are those items' rows in items.csv.
inline constexpr int kPackFormat = 2;

struct ExportResult
{
    QString folder;
    QStringList files;
    bool signedOff = false;
};

// Writes the pack into `folder` (created; must be empty or not exist). Nothing is left behind
// on failure.
std::optional<ExportResult> exportPack(Workspace& workspace, qint64 campaignId, const QString& folder, QString* error);

struct Verification
{
    bool intact = false;
    QStringList problems; // each changed, missing or extra file, a bad signature, a foreign key
    QString keyId;        // SHA-256 of the signing public key, hex
    QString trust;        // in words, which key was expected and where it came from
    int files = 0;
};

// Checks every byte of a pack: each file against the manifest, nothing added (files or folders),
// a format this version reads, every item a conflict in campaign.json names within the population,
// and the manifest's signature — by the expected key, never merely by the key the pack carries
// (anyone can re-sign a pack with a key of their own). The expected key is `expectedKey` (the
// 32-byte public key, or a fingerprint: the first bytes of its SHA-256, at least 8), else the
// journal key this computer holds for `workspace`, else the key `workspace` records (said so).
// With none of them the pack does not verify.
Verification verifyPack(const QString& folder, Workspace* workspace = nullptr, const QByteArray& expectedKey = {});

} // namespace evidence

} // namespace attest
