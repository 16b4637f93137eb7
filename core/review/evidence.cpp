#include "evidence.h"

#include "campaignstate.h"
#include "closing.h"
#include "io/csv.h"
#include "io/textpdf.h"

#include "audit/journal.h"
#include "security/ed25519key.h"
#include "security/sha256.h"
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
#include <QMap>
#include <QSaveFile>
#include <QTimeZone>

#include <thread>

namespace attest::evidence {

namespace {

QString iso(Timestamp t)
{
    return toIsoString(t);
}

// RFC 4180 cell, with spreadsheet formulas defused.
void cell(QByteArray& out, const QString& value)
{
    csv::appendCell(out, value, true);
}

void row(QByteArray& out, const QStringList& cells)
{
    for (qsizetype i = 0; i < cells.size(); ++i) {
        if (i > 0)
            out += ',';
        cell(out, cells[i]);
    }
    out += "\r\n";
}

bool write(const QString& path, const QByteArray& data, QString* error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit()) {
        *error = QCoreApplication::translate("Evidence", "cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

// Appends `text` as a JSON string: UTF-8, with quotes, backslashes and control characters escaped
// (RFC 8259). The bytes escaped are all ASCII, which never occurs inside a multi-byte sequence.
void appendJsonString(QByteArray& out, const QString& text)
{
    static constexpr char kHex[] = "0123456789abcdef";
    const QByteArray utf8 = text.toUtf8();
    out += '"';
    for (const char ch : utf8) {
        const auto c = static_cast<unsigned char>(ch);
        if (c == '"' || c == '\\') {
            out += '\\';
            out += ch;
        } else if (c == '\n') {
            out += "\\n";
        } else if (c == '\r') {
            out += "\\r";
        } else if (c == '\t') {
            out += "\\t";
        } else if (c < 0x20) {
            out += "\\u00";
            out += kHex[c >> 4];
            out += kHex[c & 0xf];
        } else {
            out += ch;
        }
    }
    out += '"';
}

const QStringList kFiles{QStringLiteral("items.csv"), QStringLiteral("campaign.json"), QStringLiteral("summary.pdf")};

} // namespace

std::optional<ExportResult> exportPack(Workspace& workspace, qint64 campaignId, const QString& folder, QString* error)
{
    auto loaded = review::load(workspace, campaignId, error);
    if (!loaded)
        return std::nullopt;
    const Campaign& campaign = loaded->campaign;
    const CampaignState& state = loaded->state;
    const ReviewItemTable& items = *loaded->items;
    const auto key = Journal::loadOrCreateKey(workspace, error);
    if (!key) {
        *error = QCoreApplication::translate("Evidence", "the evidence cannot be signed: %1").arg(*error);
        return std::nullopt;
    }
    // Only what the journal signed is exported and signed again: a population or a decision
    // changed behind Attest's back refuses the export.
    const QStringList tampered = review::checkAgainstJournal(workspace, campaign, items, loaded->history, error);
    if (!tampered.isEmpty()) {
        *error = QCoreApplication::translate("Evidence", "no evidence was written for campaign %1: %2")
                     .arg(campaign.id)
                     .arg(tampered.join(QStringLiteral("; ")));
        return std::nullopt;
    }
    QDir dir(folder);
    if (dir.exists() && !dir.entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden).isEmpty()) {
        *error = QCoreApplication::translate("Evidence", "%1 is not empty: give a new folder for the evidence pack")
                     .arg(folder);
        return std::nullopt;
    }
    const bool created = !dir.exists();
    if (!QDir().mkpath(folder)) {
        *error = QCoreApplication::translate("Evidence", "cannot create the folder %1").arg(folder);
        return std::nullopt;
    }
    const auto cleanUp = [&] {
        for (const QString& name :
             kFiles + QStringList{QStringLiteral("manifest.json"), QStringLiteral("manifest.sig")})
            QFile::remove(dir.filePath(name));
        if (created)
            QDir().rmdir(folder);
    };
    const auto remediationRows = workspace.remediation(campaignId, error);
    if (!remediationRows) {
        cleanUp();
        return std::nullopt;
    }
    // Item → its remediation row, and below its conflict note: arrays indexed by item, as every
    // item is looked up once for each of the 1.6 M rows (a hash lookup each was a tenth of the time).
    std::vector<qint32> remediationOf(items.size(), -1);
    for (std::size_t r = 0; r < remediationRows->size(); ++r) {
        if ((*remediationRows)[r].item < items.size())
            remediationOf[(*remediationRows)[r].item] = qint32(r);
    }
    const Workspace::RemediationRow noRemediation;
    const auto remediation = [&](std::size_t item) -> const Workspace::RemediationRow& {
        return remediationOf[item] < 0 ? noRemediation : (*remediationRows)[std::size_t(remediationOf[item])];
    };
    // Every conflict between a revoke and access approved in the same campaign, as the plan has it
    // now: both decisions and the owner's resolution.
    const auto plan = review::planRemediation(workspace, state, error, review::PlanScope::ConflictsOnly);
    if (!plan) {
        cleanUp();
        return std::nullopt;
    }
    std::vector<qint32> noteOf(items.size(), -1); // item → what the conflicts say about it, in notes
    std::vector<QString> notes;
    const auto noteFor = [&](quint32 item) -> QString& {
        if (noteOf[item] < 0) {
            noteOf[item] = qint32(notes.size());
            notes.emplace_back();
        }
        return notes[std::size_t(noteOf[item])];
    };
    const auto resolutionText = [](const review::PlanConflict& c) {
        if (!c.resolution)
            return QCoreApplication::translate("Evidence", "unresolved: the revoke is left for a person");
        const QString how = c.resolution->choice == ConflictChoice::RevokeAnyway
                                ? QCoreApplication::translate("Evidence", "revoke anyway")
                                : QCoreApplication::translate("Evidence", "keep the approved access");
        return QCoreApplication::translate("Evidence", "resolved by %1 on %2: %3 (\"%4\")%5")
            .arg(c.resolution->by, iso(c.resolution->at), how, c.resolution->reason,
                 c.outdated
                     ? QCoreApplication::translate("Evidence", "; no longer applies: a decision changed after it")
                     : QString());
    };
    for (const review::PlanConflict& c : plan->conflicts) {
        QStringList taken;
        for (const review::ItemDecision& a : c.approved) {
            taken << QCoreApplication::translate("Evidence", "item %1 (%2)").arg(qint64(a.item) + 1).arg(a.entitlement);
            QString& note = noteFor(a.item);
            note +=
                (note.isEmpty() ? QString() : QStringLiteral("; ")) +
                (c.revokeAnyway()
                     ? QCoreApplication::translate("Evidence", "approved, but taken by the resolution of item %1: %2")
                           .arg(qint64(c.revoked.item) + 1)
                           .arg(resolutionText(c))
                     : QCoreApplication::translate("Evidence", "approved; in conflict with the revoke of item %1: %2")
                           .arg(qint64(c.revoked.item) + 1)
                           .arg(resolutionText(c)));
        }
        QString& note = noteFor(c.revoked.item);
        note += (note.isEmpty() ? QString() : QStringLiteral("; ")) +
                QCoreApplication::translate("Evidence", "revoking it would take %1: %2")
                    .arg(taken.join(QStringLiteral(", ")), resolutionText(c));
    }
    QString sourceName;
    for (const SnapshotInfo& info : workspace.snapshots()) {
        if (info.id == campaign.definition.snapshotId)
            sourceName = info.sourceName;
    }
    const QJsonObject signOff = QJsonDocument::fromJson(campaign.signOff.toUtf8()).object();
    const bool signedOff = !signOff.isEmpty();

    // The figures campaign.json and the summary give, counted in one pass before anything is written.
    QHash<QString, std::array<qint64, 5>> perReviewer; // total, decided by them, revoked, late, by the owner
    qint64 selfReviews = 0;
    qint64 late = 0;
    QMap<QString, qint64> remediationCounts;
    for (std::size_t i = 0; i < items.size(); ++i) {
        const CampaignState::ItemState& s = state.state(i);
        const Workspace::RemediationRow& r = remediation(i);
        const QString reviewer = state.reviewerOf(i);
        auto& counts = perReviewer[reviewer];
        ++counts[0];
        const bool byThem = s.capacity == DecisionCapacity::Reviewer || s.capacity == DecisionCapacity::Delegate ||
                            s.capacity == DecisionCapacity::Unknown;
        if (isDecided(s.decision) && byThem)
            ++counts[1];
        if (isDecided(s.decision) && s.capacity == DecisionCapacity::OwnerOnBehalf)
            ++counts[4];
        if (s.decision == Decision::Revoke)
            ++counts[2];
        const bool isLate = hasTime(campaign.definition.due) && hasTime(s.decidedAt) && !s.byNoResponsePolicy &&
                            s.decidedAt > campaign.definition.due;
        if (isLate) {
            ++counts[3];
            ++late;
        }
        if (!items.text(i, ReviewItemTable::IdentityKey).isEmpty() &&
            reviewer == items.text(i, ReviewItemTable::IdentityKey))
            ++selfReviews;
        if (!r.status.isEmpty())
            ++remediationCounts[r.status];
    }

    // items.csv is streamed to disk (a million items are half a gigabyte of text), hashed as it goes,
    // on a second thread while campaign.json and the summary are made: both only read the loaded
    // campaign, and neither waits for the other.
    QString itemsError;
    qint64 itemsBytes = 0;
    QByteArray itemsSha256;
    std::thread itemsWriter([&] {
        QSaveFile itemsFile(dir.filePath(QStringLiteral("items.csv")));
        if (!itemsFile.open(QIODevice::WriteOnly)) {
            itemsError = QCoreApplication::translate("Evidence", "cannot write %1: %2")
                             .arg(itemsFile.fileName(), itemsFile.errorString());
            return;
        }
        Sha256 itemsHash;
        bool itemsOk = true;
        QByteArray csv;
        const auto flushCsv = [&] {
            itemsHash.addData(csv);
            itemsBytes += csv.size();
            itemsOk = itemsOk && itemsFile.write(csv) == csv.size();
            csv.clear();
        };
        row(csv, {QStringLiteral("item"),
                  QStringLiteral("identity"),
                  QStringLiteral("identity_key"),
                  QStringLiteral("no_identity"),
                  QStringLiteral("account"),
                  QStringLiteral("account_dn"),
                  QStringLiteral("source"),
                  QStringLiteral("entitlement"),
                  QStringLiteral("privileged"),
                  QStringLiteral("access_path"),
                  QStringLiteral("reviewer"),
                  QStringLiteral("reviewer_name"),
                  QStringLiteral("reviewer_relation"),
                  QStringLiteral("decision"),
                  QStringLiteral("decided_by"),
                  QStringLiteral("decided_by_name"),
                  QStringLiteral("decided_as"),
                  QStringLiteral("decided_at"),
                  QStringLiteral("justification"),
                  QStringLiteral("no_response_policy"),
                  QStringLiteral("recommendation"),
                  QStringLiteral("recommendation_reason"),
                  QStringLiteral("last_logon"),
                  QStringLiteral("peer_percent"),
                  QStringLiteral("remediation_status"),
                  QStringLiteral("remediation"),
                  QStringLiteral("applied_by"),
                  QStringLiteral("applied_at"),
                  QStringLiteral("verified_at"),
                  QStringLiteral("ticket"),
                  QStringLiteral("conflict")});

        // The cells are written straight into the buffer: the item table's texts (interned, the same
        // few thousand again and again) encoded once each, names of values once each, the decision
        // time once per distinct time; the cells are the same as csv::appendCell writes.
        std::vector<QByteArray> textCells;
        const auto text = [&](std::size_t i, ReviewItemTable::Field field) {
            const quint32 id = items.textId(i, field);
            if (id >= textCells.size())
                textCells.resize(std::size_t(id) + 1);
            QByteArray& encoded = textCells[id];
            if (encoded.isNull()) {
                encoded = QByteArray("");
                csv::appendCell(encoded, items.string(id), true);
            }
            csv += encoded;
            csv += ',';
        };
        const auto put = [&csv](const QString& value) {
            cell(csv, value);
            csv += ',';
        };
        const auto putBytes = [&csv](QByteArrayView encoded) {
            csv += encoded;
            csv += ',';
        };
        // Small enumerations and repeated times: one encoded cell each.
        QHash<int, QByteArray> named;
        const auto putNamed = [&](int kind, int value, const auto& name) {
            auto it = named.find(kind * 256 + value);
            if (it == named.end()) {
                QByteArray encoded;
                cell(encoded, name());
                it = named.insert(kind * 256 + value, encoded);
            }
            putBytes(*it);
        };
        std::array<std::pair<Timestamp, QByteArray>, 2> lastTimes{};
        const auto putTime = [&](std::size_t slot, Timestamp t) {
            auto& [time, encoded] = lastTimes[slot];
            if (encoded.isNull() || time != t) {
                time = t;
                encoded = QByteArray("");
                cell(encoded, iso(t));
            }
            putBytes(encoded);
        };
        const QByteArray sourceCell = [&] {
            QByteArray encoded;
            cell(encoded, sourceName);
            return encoded;
        }();
        const QByteArray yes("yes");
        const QByteArray no("no");
        for (std::size_t i = 0; i < items.size(); ++i) {
            const CampaignState::ItemState& s = state.state(i);
            const Workspace::RemediationRow& r = remediation(i);
            const bool noIdentity = items.text(i, ReviewItemTable::IdentityKey).isEmpty();
            csv += QByteArray::number(qulonglong(i + 1));
            csv += ',';
            text(i, ReviewItemTable::IdentityName);
            text(i, ReviewItemTable::IdentityKey);
            putBytes(noIdentity ? yes : no);
            text(i, ReviewItemTable::AccountLogin);
            text(i, ReviewItemTable::AccountDn);
            putBytes(sourceCell);
            text(i, ReviewItemTable::EntitlementName);
            putBytes(items.privileged(i) ? yes : no);
            text(i, ReviewItemTable::AccessPath);
            put(state.reviewerOf(i));
            put(state.reviewerNameOf(i));
            const ReviewerRelation relation = state.relationOf(i);
            putNamed(0, int(relation), [relation] { return relationName(relation); });
            putNamed(1, int(s.decision), [&s] { return decisionName(s.decision); });
            put(state.decidedByOf(i));
            put(state.deciderNameOf(i));
            if (s.decision == Decision::None)
                putBytes({});
            else
                putNamed(2, int(s.capacity), [&s] { return capacityName(s.capacity); });
            putTime(0, s.decidedAt);
            put(state.justificationOf(i));
            putBytes(s.byNoResponsePolicy ? yes : no);
            const Recommendation recommendation = items.recommendation(i);
            putNamed(3, int(recommendation), [recommendation] { return recommendationName(recommendation); });
            text(i, ReviewItemTable::RecommendationReason);
            putTime(1, items.lastLogon(i));
            if (items.peerPercent(i) >= 0)
                csv += QByteArray::number(items.peerPercent(i));
            csv += ',';
            put(r.status);
            put(r.message);
            put(r.by);
            put(iso(r.time));
            put(iso(r.verifiedAt));
            put(r.ticket);
            if (noteOf[i] >= 0)
                cell(csv, notes[std::size_t(noteOf[i])]);
            csv += "\r\n";

            if (csv.size() > (4 << 20))
                flushCsv();
        }
        flushCsv();
        if (!itemsOk || !itemsFile.commit()) {
            itemsError = QCoreApplication::translate("Evidence", "cannot write %1: %2")
                             .arg(itemsFile.fileName(), itemsFile.errorString());
            return;
        }
        itemsSha256 = itemsHash.result();
        if (itemsSha256.isEmpty())
            itemsError =
                QCoreApplication::translate("Evidence", "cannot compute the SHA-256 of %1").arg(itemsFile.fileName());
    });

    // campaign.json
    QJsonObject definition = QJsonDocument::fromJson(campaign.definition.toJson().toUtf8()).object();
    QJsonObject reviewers;
    for (auto it = perReviewer.cbegin(); it != perReviewer.cend(); ++it)
        reviewers.insert(it.key(), QJsonObject{{QStringLiteral("items"), it.value()[0]},
                                               {QStringLiteral("decided"), it.value()[1]},
                                               {QStringLiteral("decidedByOwnerOnTheirBehalf"), it.value()[4]},
                                               {QStringLiteral("revoked"), it.value()[2]},
                                               {QStringLiteral("late"), it.value()[3]}});
    QJsonObject remediationJson;
    for (auto it = remediationCounts.cbegin(); it != remediationCounts.cend(); ++it)
        remediationJson.insert(it.key(), it.value());
    qint64 resolvedKeep = 0;
    qint64 resolvedRevoke = 0;
    qint64 unresolved = 0;
    // One conflict as campaign.json lists it, one line of JSON text written directly (a large
    // campaign has tens of thousands). Each side is the item's number: who decided it, as what,
    // when, why and on which entitlement is that item's row of items.csv (the same state the plan
    // was computed from), so nothing is lost by not repeating it here.
    const auto conflictJson = [](QByteArray& out, const review::PlanConflict& c) {
        out += "{\"account\":";
        appendJsonString(out, c.accountLogin);
        out += ",\"approved\":[";
        for (std::size_t a = 0; a < c.approved.size(); ++a) {
            if (a > 0)
                out += ',';
            out += QByteArray::number(qint64(c.approved[a].item) + 1);
        }
        out += "],\"memberships\":[";
        for (qsizetype g = 0; g < c.groups.size(); ++g) {
            if (g > 0)
                out += ',';
            appendJsonString(out, c.groups[g]);
        }
        out += "],\"resolution\":";
        if (c.resolution) {
            out += "{\"applies\":";
            out += c.applies() ? "true" : "false";
            out += ",\"at\":";
            appendJsonString(out, iso(c.resolution->at));
            out += ",\"by\":";
            appendJsonString(out, c.resolution->by);
            out += ",\"choice\":";
            appendJsonString(out, conflictChoiceName(c.resolution->choice));
            out += ",\"reason\":";
            appendJsonString(out, c.resolution->reason);
            out += '}';
        } else {
            out += "null";
        }
        out += ",\"revoked\":";
        out += QByteArray::number(qint64(c.revoked.item) + 1);
        out += '}';
    };
    for (const review::PlanConflict& c : plan->conflicts) {
        if (!c.applies())
            ++unresolved;
        else
            ++(c.revokeAnyway() ? resolvedRevoke : resolvedKeep);
    }
    const QJsonObject campaignJson{
        {QStringLiteral("format"), kPackFormat},
        {QStringLiteral("id"), campaign.id},
        {QStringLiteral("definition"), definition},
        {QStringLiteral("status"),
         campaign.status == CampaignStatus::Closed ? QStringLiteral("closed") : QStringLiteral("active")},
        {QStringLiteral("created"), iso(campaign.created)},
        {QStringLiteral("closed"), iso(campaign.closed)},
        {QStringLiteral("source"), sourceName},
        {QStringLiteral("population"),
         QJsonObject{{QStringLiteral("items"), campaign.itemCount},
                     {QStringLiteral("sha256"), QString::fromLatin1(campaign.populationSha256.toHex())},
                     {QStringLiteral("sha256Recomputed"), QString::fromLatin1(items.sha256().toHex())}}},
        {QStringLiteral("reconciliation"),
         QJsonObject{{QStringLiteral("inScopeGrants"), campaign.reconciliation.inScopeGrants},
                     {QStringLiteral("items"), campaign.reconciliation.items},
                     {QStringLiteral("excluded"), campaign.reconciliation.excluded},
                     {QStringLiteral("balanced"), campaign.reconciliation.balanced()},
                     {QStringLiteral("exclusions"), QJsonArray::fromStringList(campaign.exclusions)}}},
        {QStringLiteral("reviewers"), reviewers},
        {QStringLiteral("checks"),
         QJsonObject{{QStringLiteral("selfReviews"), selfReviews}, {QStringLiteral("lateDecisions"), late}}},
        {QStringLiteral("remediation"), remediationJson},
        {QStringLiteral("conflicts"), QJsonObject{{QStringLiteral("total"), qint64(plan->conflicts.size())},
                                                  {QStringLiteral("keptApproved"), resolvedKeep},
                                                  {QStringLiteral("revokedAnyway"), resolvedRevoke},
                                                  {QStringLiteral("unresolved"), unresolved}}},
        {QStringLiteral("signOff"),
         signedOff
             ? QJsonValue(QJsonObject{{QStringLiteral("by"), signOff.value(QStringLiteral("by"))},
                                      {QStringLiteral("at"), iso(signOff.value(QStringLiteral("at")).toInteger())},
                                      {QStringLiteral("statement"), signOff.value(QStringLiteral("statement"))}})
             : QJsonValue()},
        {QStringLiteral("exported"), iso(QDateTime::currentMSecsSinceEpoch())}};

    // summary.pdf
    const CampaignState::Progress progress = state.progress(QDateTime::currentMSecsSinceEpoch());
    TextPdf pdf(signedOff ? QCoreApplication::translate("Evidence", "Access review \"%1\" — evidence, signed off by %2")
                                .arg(campaign.definition.name, signOff.value(QStringLiteral("by")).toString())
                          : QCoreApplication::translate(
                                "Evidence", "UNSIGNED — access review \"%1\" has not been signed off by its owner")
                                .arg(campaign.definition.name));
    pdf.title(QCoreApplication::translate("Evidence", "Access review: %1").arg(campaign.definition.name));
    const QString ownerLine =
        campaign.definition.ownerName.isEmpty() || campaign.definition.ownerName == campaign.definition.owner
            ? campaign.definition.owner
            : QStringLiteral("%1 (%2)").arg(campaign.definition.ownerName, campaign.definition.owner);
    pdf.line(QCoreApplication::translate("Evidence", "Owner: %1. Campaign %2, created %3, closed %4.")
                 .arg(ownerLine)
                 .arg(campaign.id)
                 .arg(iso(campaign.created), hasTime(campaign.closed)
                                                 ? iso(campaign.closed)
                                                 : QCoreApplication::translate("Evidence", "not yet")));
    const auto orNotSet = [](Timestamp t) {
        return hasTime(t) ? toIsoString(t) : QCoreApplication::translate("Evidence", "not set");
    };
    pdf.line(QCoreApplication::translate("Evidence", "Period %1 to %2; due %3. Source %4, snapshot %5.")
                 .arg(orNotSet(campaign.definition.periodStart), orNotSet(campaign.definition.periodEnd),
                      orNotSet(campaign.definition.due), sourceName)
                 .arg(campaign.definition.snapshotId));
    pdf.heading(QCoreApplication::translate("Evidence", "Population"));
    pdf.line(QCoreApplication::translate(
                 "Evidence", "%1 items (one per account and entitlement, effective grants included); SHA-256 %2.")
                 .arg(campaign.itemCount)
                 .arg(QString::fromLatin1(campaign.populationSha256.toHex())));
    pdf.line(QCoreApplication::translate("Evidence", "Reconciliation: %1 grants in scope = %2 items + %3 excluded: %4.")
                 .arg(campaign.reconciliation.inScopeGrants)
                 .arg(campaign.reconciliation.items)
                 .arg(campaign.reconciliation.excluded)
                 .arg(campaign.reconciliation.balanced() ? QCoreApplication::translate("Evidence", "balanced")
                                                         : QCoreApplication::translate("Evidence", "NOT BALANCED")));
    for (const QString& exclusion : campaign.exclusions.mid(0, 50))
        pdf.line(QCoreApplication::translate("Evidence", "  excluded: %1").arg(exclusion));
    if (campaign.exclusions.size() > 50)
        pdf.line(QCoreApplication::translate("Evidence", "  … and %1 more exclusions (see campaign.json)")
                     .arg(campaign.exclusions.size() - 50));
    pdf.heading(QCoreApplication::translate("Evidence", "Completion"));
    // Each capacity counted on its own: a decision the owner made for a reviewer, or the policy's
    // verdict on silence, is never shown as a reviewer's.
    pdf.line(QCoreApplication::translate("Evidence",
                                         "%1 items: %2 decided by their reviewers (%3 of them by delegates), "
                                         "%4 by the owner on a reviewer's behalf, %5 by the no-response "
                                         "policy (%6)%7; %8 revoked.")
                 .arg(progress.total)
                 .arg(progress.byReviewers)
                 .arg(progress.byDelegates)
                 .arg(progress.byOwner)
                 .arg(progress.byPolicy)
                 .arg(noResponseName(campaign.definition.noResponse))
                 .arg(progress.byUnknown > 0
                          ? QCoreApplication::translate("Evidence", ", %1 recorded before Attest kept capacities")
                                .arg(progress.byUnknown)
                          : QString())
                 .arg(progress.revoked));
    const qint64 open = progress.total - progress.decided;
    if (open > 0)
        pdf.line(QCoreApplication::translate("Evidence", "%1 items not decided (%2 answered \"don't know\").")
                     .arg(open)
                     .arg(progress.dontKnow));
    pdf.heading(QCoreApplication::translate("Evidence", "Decisions per reviewer"));
    for (const CampaignState::ReviewerProgress& r : progress.reviewers)
        pdf.line(
            QCoreApplication::translate("Evidence", "%1: %2 of %3 decided by them, %4 revoked%5%6")
                .arg(r.name)
                .arg(r.decided)
                .arg(r.total)
                .arg(r.revoked)
                .arg(r.byOwner > 0
                         ? QCoreApplication::translate("Evidence", "; %1 decided by the owner for them").arg(r.byOwner)
                         : QString())
                .arg(r.rubberStamp
                         ? QCoreApplication::translate(
                               "Evidence", " — WARNING: approved (nearly) everything at a few seconds per item")
                         : QString()));
    pdf.heading(QCoreApplication::translate("Evidence", "Revocations and their verification"));
    if (remediationCounts.isEmpty())
        pdf.line(QCoreApplication::translate("Evidence", "No revocations."));
    for (auto it = remediationCounts.cbegin(); it != remediationCounts.cend(); ++it)
        pdf.line(QCoreApplication::translate("Evidence", "%1: %2 items").arg(it.key()).arg(it.value()));
    pdf.heading(QCoreApplication::translate("Evidence", "Conflicts between revokes and approved access"));
    if (plan->conflicts.empty())
        pdf.line(QCoreApplication::translate("Evidence", "No revoke takes access approved in this campaign."));
    else
        pdf.line(QCoreApplication::translate("Evidence",
                                             "%1 conflicts: %2 resolved \"keep the approved access\", %3 resolved "
                                             "\"revoke anyway\", %4 unresolved (left for a person).")
                     .arg(qint64(plan->conflicts.size()))
                     .arg(resolvedKeep)
                     .arg(resolvedRevoke)
                     .arg(unresolved));
    // Every conflict, never "… and more": each is a decision an auditor asks about. One short line
    // each (a large campaign has tens of thousands): who decided each side, as what, when and why
    // is that item's row in items.csv.
    if (!plan->conflicts.empty())
        pdf.line(QCoreApplication::translate("Evidence",
                                             "Each conflict names its items by number; who decided each, as what, "
                                             "when and why is that item's row in items.csv."));
    for (const review::PlanConflict& c : plan->conflicts) {
        QStringList approved;
        for (const review::ItemDecision& a : c.approved)
            approved
                << QCoreApplication::translate("Evidence", "item %1 (%2)").arg(qint64(a.item) + 1).arg(a.entitlement);
        pdf.line(QCoreApplication::translate("Evidence", "%1: the revoke of item %2 (%3) would take %4; %5")
                     .arg(c.accountLogin)
                     .arg(qint64(c.revoked.item) + 1)
                     .arg(c.revoked.entitlement, approved.join(QStringLiteral(", ")), resolutionText(c)));
    }
    pdf.heading(QCoreApplication::translate("Evidence", "Checks"));
    pdf.line(selfReviews == 0
                 ? QCoreApplication::translate("Evidence",
                                               "Self-review: no item was reviewed by the person whose access it is.")
                 : QCoreApplication::translate("Evidence", "Self-review: %1 items were reviewed by their own holder.")
                       .arg(selfReviews));
    pdf.line(late == 0
                 ? QCoreApplication::translate("Evidence", "Timeliness: every decision was made by the due date.")
                 : QCoreApplication::translate("Evidence", "Timeliness: %1 decisions were made after the due date.")
                       .arg(late));
    pdf.heading(QCoreApplication::translate("Evidence", "Sign-off"));
    if (signedOff)
        pdf.line(QCoreApplication::translate("Evidence", "Signed off by %1 on %2: \"%3\"")
                     .arg(signOff.value(QStringLiteral("by")).toString(),
                          iso(signOff.value(QStringLiteral("at")).toInteger()),
                          signOff.value(QStringLiteral("statement")).toString()));
    else
        pdf.line(QCoreApplication::translate("Evidence", "NOT SIGNED OFF. This pack is not final."));
    // The summary is laid out and compressed on a third thread while this one streams campaign.json.
    QByteArray summary;
    std::thread pdfRenderer([&summary, &pdf] { summary = pdf.render(); });

    // campaign.json, written as it is made and hashed as it goes: the campaign object as
    // QJsonDocument writes it, with the conflicts' list inside "conflicts", one conflict a line.
    qint64 jsonBytes = 0;
    QByteArray jsonSha256;
    QString jsonError;
    {
        QSaveFile jsonFile(dir.filePath(kFiles[1]));
        Sha256 jsonHash;
        bool jsonOk = jsonFile.open(QIODevice::WriteOnly);
        QByteArray out;
        const auto flush = [&] {
            jsonHash.addData(out);
            jsonBytes += out.size();
            jsonOk = jsonOk && jsonFile.write(out) == out.size();
            out.clear();
        };
        // A value as JSON text: objects and arrays through QJsonDocument, scalars through a
        // one-element array (QJsonDocument writes no bare scalar).
        const auto valueText = [](const QJsonValue& value) {
            if (value.isObject())
                return QJsonDocument(value.toObject())
                    .toJson(QJsonDocument::Indented)
                    .trimmed()
                    .replace("\n", "\n    ");
            if (value.isArray())
                return QJsonDocument(value.toArray()).toJson(QJsonDocument::Indented).trimmed().replace("\n", "\n    ");
            const QByteArray wrapped = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
            return wrapped.mid(1, wrapped.size() - 2);
        };
        out += "{\n";
        bool first = true;
        for (auto it = campaignJson.constBegin(); it != campaignJson.constEnd(); ++it) {
            out += first ? "    " : ",\n    ";
            first = false;
            out += valueText(it.key()) + ": ";
            if (it.key() != QLatin1String("conflicts")) {
                out += valueText(it.value());
                continue;
            }
            const QJsonObject counts = it.value().toObject();
            out += "{\n";
            for (auto c = counts.constBegin(); c != counts.constEnd(); ++c)
                out += "        " + valueText(c.key()) + ": " + valueText(c.value()) + ",\n";
            out += "        \"list\": [";
            for (std::size_t i = 0; i < plan->conflicts.size(); ++i) {
                out += i == 0 ? "\n            " : ",\n            ";
                conflictJson(out, plan->conflicts[i]);
                if (out.size() > (4 << 20))
                    flush();
            }
            out += plan->conflicts.empty() ? "]\n    }" : "\n        ]\n    }";
        }
        out += "\n}\n";
        flush();
        jsonSha256 = jsonHash.result();
        if (jsonSha256.isEmpty())
            jsonError =
                QCoreApplication::translate("Evidence", "cannot compute the SHA-256 of %1").arg(jsonFile.fileName());
        else if (!jsonOk || !jsonFile.commit())
            jsonError = QCoreApplication::translate("Evidence", "cannot write %1: %2")
                            .arg(jsonFile.fileName(), jsonFile.errorString());
    }
    pdfRenderer.join();
    itemsWriter.join();
    if (!itemsError.isEmpty() || !jsonError.isEmpty()) {
        *error = !itemsError.isEmpty() ? itemsError : jsonError;
        cleanUp();
        return std::nullopt;
    }

    // Files, then the signed manifest.
    QJsonArray files{QJsonObject{{QStringLiteral("name"), kFiles[0]},
                                 {QStringLiteral("bytes"), itemsBytes},
                                 {QStringLiteral("sha256"), QString::fromLatin1(itemsSha256.toHex())}}};
    files.append(QJsonObject{{QStringLiteral("name"), kFiles[1]},
                             {QStringLiteral("bytes"), jsonBytes},
                             {QStringLiteral("sha256"), QString::fromLatin1(jsonSha256.toHex())}});
    const QList<QByteArray> contents{summary};
    for (qsizetype i = 2; i < kFiles.size(); ++i) {
        const QByteArray& content = contents[i - 2];
        const QByteArray digest = Sha256::hash(content);
        if (digest.isEmpty())
            *error = QCoreApplication::translate("Evidence", "cannot compute the SHA-256 of %1").arg(kFiles[i]);
        if (digest.isEmpty() || !write(dir.filePath(kFiles[i]), content, error)) {
            cleanUp();
            return std::nullopt;
        }
        files.append(QJsonObject{{QStringLiteral("name"), kFiles[i]},
                                 {QStringLiteral("bytes"), content.size()},
                                 {QStringLiteral("sha256"), QString::fromLatin1(digest.toHex())}});
    }
    const QByteArray publicKey = key->publicKey();
    const QJsonObject manifest{
        {QStringLiteral("format"), kPackFormat},
        {QStringLiteral("campaign"), campaign.id},
        {QStringLiteral("campaignName"), campaign.definition.name},
        {QStringLiteral("signedOff"), signedOff},
        {QStringLiteral("files"), files},
        {QStringLiteral("publicKey"), QString::fromLatin1(publicKey.toHex())},
        {QStringLiteral("keyId"),
         QString::fromLatin1(QCryptographicHash::hash(publicKey, QCryptographicHash::Sha256).toHex())},
        {QStringLiteral("created"), iso(QDateTime::currentMSecsSinceEpoch())}};
    const QByteArray manifestBytes = QJsonDocument(manifest).toJson(QJsonDocument::Indented);
    const QByteArray signature = key->sign(manifestBytes, error);
    if (signature.isEmpty() || !write(dir.filePath(QStringLiteral("manifest.json")), manifestBytes, error) ||
        !write(dir.filePath(QStringLiteral("manifest.sig")), signature.toHex() + '\n', error)) {
        cleanUp();
        return std::nullopt;
    }
    return ExportResult{folder, kFiles + QStringList{QStringLiteral("manifest.json"), QStringLiteral("manifest.sig")},
                        signedOff};
}

Verification verifyPack(const QString& folder, Workspace* workspace, const QByteArray& expectedKey)
{
    Verification v;
    const QDir dir(folder);
    QFile manifestFile(dir.filePath(QStringLiteral("manifest.json")));
    QFile signatureFile(dir.filePath(QStringLiteral("manifest.sig")));
    if (!manifestFile.open(QIODevice::ReadOnly) || !signatureFile.open(QIODevice::ReadOnly)) {
        v.problems << QCoreApplication::translate(
                          "Evidence", "%1 has no manifest.json and manifest.sig: it is not an evidence pack")
                          .arg(folder);
        return v;
    }
    const QByteArray manifestBytes = manifestFile.readAll();
    const QByteArray signature = QByteArray::fromHex(signatureFile.readAll().trimmed());
    const QJsonObject manifest = QJsonDocument::fromJson(manifestBytes).object();
    const QByteArray publicKey = QByteArray::fromHex(manifest.value(QStringLiteral("publicKey")).toString().toLatin1());
    v.keyId = QString::fromLatin1(QCryptographicHash::hash(publicKey, QCryptographicHash::Sha256).toHex());
    if (manifest.isEmpty() || publicKey.size() != 32 || !Ed25519Key::verify(publicKey, manifestBytes, signature))
        v.problems << QCoreApplication::translate(
            "Evidence", "manifest.json: the signature does not match (the manifest was changed)");
    // Which key the signature must be by: never just the one the pack carries.
    const QByteArray keyHash = QCryptographicHash::hash(publicKey, QCryptographicHash::Sha256);
    const QString carried = Journal::fingerprint(publicKey);
    if (!expectedKey.isEmpty()) {
        const bool matches = expectedKey.size() == 32 ? expectedKey == publicKey
                                                      : expectedKey.size() >= 8 && keyHash.startsWith(expectedKey);
        v.trust = QCoreApplication::translate("Evidence", "the key given (%1)")
                      .arg(QString::fromLatin1(
                          (expectedKey.size() == 32
                               ? QCryptographicHash::hash(expectedKey, QCryptographicHash::Sha256).left(8)
                               : expectedKey.left(8))
                              .toHex()));
        if (!matches)
            v.problems << QCoreApplication::translate("Evidence", "the pack is signed by key %1, not by the key given")
                              .arg(carried);
    } else if (workspace) {
        QString where;
        QString keyError;
        const auto held = Journal::loadKey(*workspace, &where, &keyError);
        QByteArray expected;
        if (held && held->isValid()) {
            expected = held->publicKey();
            v.trust = QCoreApplication::translate("Evidence", "the workspace's journal key held in %1 (%2)")
                          .arg(where, Journal::fingerprint(expected));
        } else {
            expected = QByteArray::fromHex(workspace->setting(QStringLiteral("journal.public-key")).toLatin1());
            v.trust = QCoreApplication::translate("Evidence",
                                                  "only the key the workspace records (%1): this computer holds no "
                                                  "journal key for it")
                          .arg(Journal::fingerprint(expected));
        }
        if (expected.isEmpty() || expected != publicKey)
            v.problems << QCoreApplication::translate(
                              "Evidence", "the pack is signed by key %1, not by this workspace's journal key")
                              .arg(carried);
    } else {
        v.problems << QCoreApplication::translate("Evidence",
                                                  "no expected key: the pack is signed by key %1, but anyone can "
                                                  "re-sign a pack with a key of their own; give the expected key "
                                                  "(--key) or the workspace (--workspace)")
                          .arg(carried);
    }
    // Format 1 had no field; a newer format than this version writes may say what it cannot check.
    const int format = manifest.value(QStringLiteral("format")).toInt(1);
    if (format > kPackFormat)
        v.problems << QCoreApplication::translate("Evidence",
                                                  "manifest.json: the pack has format %1, newer than this version of "
                                                  "Attest reads (%2)")
                          .arg(format)
                          .arg(kPackFormat);
    QByteArray campaignJson; // as read, when its hash matched
    QStringList listed;
    for (const QJsonValue& value : manifest.value(QStringLiteral("files")).toArray()) {
        const QJsonObject entry = value.toObject();
        const QString name = entry.value(QStringLiteral("name")).toString();
        listed << name;
        ++v.files;
        QFile file(dir.filePath(name));
        if (name.contains(QLatin1Char('/')) || name.contains(QLatin1Char('\\')) || !file.open(QIODevice::ReadOnly)) {
            v.problems << QCoreApplication::translate("Evidence", "%1: missing").arg(name);
            continue;
        }
        const QByteArray bytes = file.readAll();
        const QString hash = QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
        if (hash != entry.value(QStringLiteral("sha256")).toString())
            v.problems << QCoreApplication::translate("Evidence",
                                                      "%1: changed (its SHA-256 is not the one in the manifest)")
                              .arg(name);
        else if (name == kFiles[1])
            campaignJson = bytes;
    }
    // From format 2 a conflict names its items by number, and their decisions are those rows of
    // items.csv: every number must be an item of the population, or a fact of the conflict is gone.
    if (format >= 2 && !campaignJson.isEmpty()) {
        const QJsonObject campaign = QJsonDocument::fromJson(campaignJson).object();
        const qint64 population =
            campaign.value(QStringLiteral("population")).toObject().value(QStringLiteral("items")).toInteger(-1);
        const QJsonArray conflicts =
            campaign.value(QStringLiteral("conflicts")).toObject().value(QStringLiteral("list")).toArray();
        for (qsizetype c = 0; c < conflicts.size(); ++c) {
            const QJsonObject conflict = conflicts[c].toObject();
            QJsonArray named = conflict.value(QStringLiteral("approved")).toArray();
            named.prepend(conflict.value(QStringLiteral("revoked")));
            for (const QJsonValue& item : std::as_const(named)) {
                const qint64 number = item.isDouble() ? item.toInteger(0) : 0;
                if (number < 1 || number > population) {
                    v.problems << QCoreApplication::translate(
                                      "Evidence",
                                      "campaign.json: conflict %1 names %2, which is not an item of the population "
                                      "(1 to %3)")
                                      .arg(c + 1)
                                      .arg(QString::fromUtf8(
                                               QJsonDocument(QJsonArray{item}).toJson(QJsonDocument::Compact))
                                               .mid(1)
                                               .chopped(1))
                                      .arg(population);
                    break;
                }
            }
        }
    }
    for (const QString& present :
         dir.entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot)) {
        if (!listed.contains(present) && present != QLatin1String("manifest.json") &&
            present != QLatin1String("manifest.sig"))
            v.problems
                << QCoreApplication::translate("Evidence", "%1: not part of the pack (added afterwards)").arg(present);
    }
    v.intact = v.problems.isEmpty();
    return v;
}

} // namespace attest::evidence
