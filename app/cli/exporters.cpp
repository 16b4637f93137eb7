#include "exporters.h"

#include "analysis/accountflags.h"
#include "review/campaignstate.h"
#include "store/workspace.h"

namespace attest::cli {

namespace {

Value time(Timestamp t)
{
    return hasTime(t) ? Value::of(toIsoString(t)) : Value::null();
}

Value count(std::size_t n)
{
    return Value::of(qint64(n));
}

QStringList viaKeys(const ExportInput& in, const std::vector<quint32>& via)
{
    QStringList keys;
    keys.reserve(qsizetype(via.size()));
    for (quint32 e : via)
        keys << in.data->entitlements[e].key;
    return keys;
}

const Identity* identityOf(const ExportInput& in, quint32 account)
{
    const quint32 identity = in.graph ? in.graph->identityOfAccount(account) : AccessGraph::kNone;
    return identity == AccessGraph::kNone ? nullptr : &in.data->identities[identity];
}

void writeIdentities(const ExportInput& in, RecordWriter& out)
{
    for (const Identity& i : in.data->identities) {
        out.record({Value::of(i.key), Value::of(i.displayName), Value::orNull(i.givenName), Value::orNull(i.surname),
                    Value::orNull(i.email), Value::orNull(i.department), Value::orNull(i.title),
                    Value::orNull(i.managerKey), Value::of(identityStatusName(i.status)), Value::orNull(i.employeeType),
                    Value::orNull(i.location), time(i.hired), time(i.left)});
    }
}

void writeAccounts(const ExportInput& in, RecordWriter& out)
{
    const QString source = in.sourceName(in.data->info.sourceId);
    const Timestamp now = in.data->info.takenAt;
    for (quint32 a = 0; a < in.data->accounts.size(); ++a) {
        const Account& r = in.data->accounts[a];
        const Identity* identity = identityOf(in, a);
        out.record({Value::of(r.key), Value::of(source), Value::of(r.login), Value::orNull(r.dn),
                    Value::orNull(r.displayName), Value::orNull(r.email), Value::of(accountKindName(r.kind)),
                    Value::of(r.enabled), Value::of(r.locked), time(r.lockedSince), Value::of(r.mustChangePassword),
                    time(r.lastLogon), time(r.passwordChanged), time(r.created),
                    identity ? Value::of(identity->key) : Value::null(), Value::of(in.graph->isPrivilegedAccount(a)),
                    Value::of(accountFlagNames(accountFlags(r, identity, now)))});
    }
}

void writeEntitlements(const ExportInput& in, RecordWriter& out)
{
    const QString source = in.sourceName(in.data->info.sourceId);
    const AccessGraph& g = *in.graph;
    for (quint32 e = 0; e < in.data->entitlements.size(); ++e) {
        const Entitlement& r = in.data->entitlements[e];
        const quint32 owner = g.entitlementOwner(e);
        out.record({Value::of(r.key), Value::of(source), Value::of(r.name), Value::orNull(r.dn),
                    Value::of(entitlementKindName(r.kind)), Value::orNull(r.application),
                    owner == AccessGraph::kNone ? Value::null() : Value::of(in.data->identities[owner].key),
                    Value::of(g.isPrivilegedEntitlement(e)), Value::orNull(g.entitlementPrivilegeReason(e)),
                    count(g.directMemberAccounts(e).size()), count(g.nestedMembers(e).size()),
                    count(g.effectiveMemberAccounts(e).size()), Value::of(qint64(g.nestingDepth(e)))});
    }
}

void writeGrants(const ExportInput& in, RecordWriter& out)
{
    const AccessGraph& g = *in.graph;
    std::vector<Value> row(4);
    for (quint32 a = 0; a < g.accountCount(); ++a) {
        const QString& account = in.data->accounts[a].key;
        for (const AccessGraph::EffectiveGrant& grant : g.effectiveGrants(a)) {
            row[0] = Value::of(account);
            row[1] = Value::of(in.data->entitlements[grant.entitlement].key);
            row[2] = Value::of(grant.depth == 0);
            row[3] = Value::of(grant.depth == 0 ? QStringList() : viaKeys(in, g.via(grant)));
            out.record(row);
        }
    }
}

void writePrivileged(const ExportInput& in, RecordWriter& out)
{
    const AccessGraph& g = *in.graph;
    const Timestamp now = in.data->info.takenAt;
    for (quint32 a = 0; a < g.accountCount(); ++a) {
        if (!g.isPrivilegedAccount(a))
            continue;
        const Account& account = in.data->accounts[a];
        const Identity* identity = identityOf(in, a);
        const QStringList flags = accountFlagNames(accountFlags(account, identity, now));
        for (const AccessGraph::EffectiveGrant& grant : g.effectiveGrants(a)) {
            if (!g.isPrivilegedEntitlement(grant.entitlement))
                continue;
            out.record({Value::of(account.key), Value::of(account.login),
                        identity ? Value::of(identity->key) : Value::null(),
                        Value::of(in.data->entitlements[grant.entitlement].key),
                        Value::of(grant.depth == 0 ? QStringList() : viaKeys(in, g.via(grant))),
                        Value::of(g.entitlementPrivilegeReason(grant.entitlement)), time(account.lastLogon),
                        time(account.passwordChanged), Value::of(flags)});
        }
    }
}

void writeAudit(const ExportInput& in, RecordWriter& out)
{
    for (const AuditEvent& e : in.auditEvents) {
        out.record({time(e.time), Value::orNull(e.actor), Value::orNull(e.action), Value::orNull(e.target),
                    Value::of(in.sourceName(e.sourceId)), Value::orNull(e.result), Value::orNull(e.details),
                    Value::of(auditOriginName(e.origin))});
    }
}

void writeSnapshots(const ExportInput& in, RecordWriter& out)
{
    for (const SnapshotInfo& s : in.snapshots) {
        out.record({Value::of(s.id), Value::of(s.sourceName), Value::orNull(s.label), time(s.takenAt),
                    Value::of(s.identityCount), Value::of(s.accountCount), Value::of(s.entitlementCount),
                    Value::of(s.membershipCount)});
    }
}

Value hex(const QByteArray& bytes)
{
    return bytes.isEmpty() ? Value::null() : Value::of(QString::fromLatin1(bytes.toHex()));
}

// Journal times keep their milliseconds: the record hash covers them, so an auditor can recompute
// the chain from the export alone.
Value journalTime(Timestamp t)
{
    return hasTime(t) ? Value::of(toDateTime(t).toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzz")) + QLatin1Char('Z'))
                      : Value::null();
}

void writeJournal(const ExportInput& in, RecordWriter& out)
{
    std::vector<Value> row(15);
    in.workspace->forEachJournalRecord(
        [&](const JournalRecord& r) {
            row[0] = Value::of(r.sequence);
            row[1] = journalTime(r.time);
            row[2] = Value::orNull(r.operatorName);
            row[3] = Value::orNull(r.bindIdentity);
            row[4] = Value::of(r.action);
            row[5] = Value::orNull(r.target);
            row[6] = Value::orNull(r.parameters);
            row[7] = Value::orNull(r.result);
            row[8] = Value::orNull(r.verification);
            row[9] = Value::orNull(r.ticket);
            row[10] = Value::orNull(r.reason);
            row[11] = hex(r.hash);
            row[12] = hex(r.previousHash);
            row[13] = hex(r.signature);
            row[14] = hex(r.keyId);
            out.record(row);
        },
        in.error);
}

// Every item of a campaign with its current decision, reviewer and relation, and the
// recommendation with its inputs.
void writeReviewItems(const ExportInput& in, RecordWriter& out)
{
    const CampaignState& state = in.campaign->state;
    const ReviewItemTable& items = state.items();
    std::vector<Value> row(25);
    for (std::size_t i = 0; i < state.size(); ++i) {
        const CampaignState::ItemState& s = state.state(i);
        const int peers = items.peerPercent(i);
        row[0] = Value::of(qint64(i + 1));
        row[1] = Value::orNull(items.text(i, ReviewItemTable::IdentityKey));
        row[2] = Value::orNull(items.text(i, ReviewItemTable::IdentityName));
        row[3] = Value::orNull(items.text(i, ReviewItemTable::Title));
        row[4] = Value::orNull(items.text(i, ReviewItemTable::Department));
        row[5] = Value::of(items.text(i, ReviewItemTable::AccountKey));
        row[6] = Value::orNull(items.text(i, ReviewItemTable::AccountLogin));
        row[7] = Value::of(items.accountEnabled(i));
        row[8] = Value::of(items.text(i, ReviewItemTable::EntitlementKey));
        row[9] = Value::orNull(items.text(i, ReviewItemTable::EntitlementName));
        row[10] = Value::of(items.privileged(i));
        row[11] = Value::of(items.isDirect(i));
        row[12] = Value::orNull(items.text(i, ReviewItemTable::AccessPath));
        row[13] = Value::of(state.reviewerOf(i));
        row[14] = Value::orNull(state.reviewerNameOf(i));
        row[15] = Value::of(relationName(state.relationOf(i)));
        row[16] = Value::orNull(decisionName(s.decision));
        row[17] = Value::orNull(state.decidedByOf(i));
        row[18] = time(s.decidedAt);
        row[19] = Value::orNull(state.justificationOf(i));
        row[20] = Value::of(s.byNoResponsePolicy);
        row[21] = Value::of(recommendationName(items.recommendation(i)));
        row[22] = Value::orNull(items.text(i, ReviewItemTable::RecommendationReason));
        row[23] = time(items.lastLogon(i));
        row[24] = peers < 0 ? Value::null() : Value::of(qint64(peers));
        out.record(row);
    }
}

QStringList fields(const char* list)
{
    return QString::fromLatin1(list).split(QLatin1Char(','));
}

} // namespace

QString ExportInput::sourceName(qint64 sourceId) const
{
    for (const SourceInfo& source : sources) {
        if (source.id == sourceId)
            return source.name;
    }
    return {};
}

const std::vector<Exporter>& exporters()
{
    static const std::vector<Exporter> all{
        {QStringLiteral("identities"),
         fields("id,displayName,givenName,surname,email,department,title,manager,status,employeeType,location,"
                "hired,left"),
         false, false, writeIdentities},
        {QStringLiteral("accounts"),
         fields("id,source,login,dn,displayName,email,kind,enabled,locked,lockedSince,mustChangePassword,"
                "lastLogon,passwordChanged,created,identity,privileged,flags"),
         true, false, writeAccounts},
        {QStringLiteral("entitlements"),
         fields("id,source,name,dn,kind,application,owner,privileged,reason,directMembers,nestedMembers,"
                "effectiveMembers,nestingDepth"),
         true, false, writeEntitlements},
        {QStringLiteral("grants"), fields("account,entitlement,direct,via"), true, false, writeGrants},
        {QStringLiteral("privileged"),
         fields("account,login,identity,entitlement,via,reason,lastLogon,passwordChanged,flags"), true, false,
         writePrivileged},
        {QStringLiteral("audit"), fields("time,actor,action,target,source,result,details,origin"), false, true,
         writeAudit},
        {QStringLiteral("snapshots"), fields("id,source,label,takenAt,identities,accounts,entitlements,memberships"),
         false, false, writeSnapshots},
        {QStringLiteral("journal"),
         fields("sequence,time,operator,bindIdentity,action,target,parameters,result,verification,ticket,reason,"
                "hash,previousHash,signature,keyId"),
         false, false, writeJournal, true},
        {QStringLiteral("review-items"),
         fields("item,identity,identityName,title,department,account,login,accountEnabled,entitlement,"
                "entitlementName,privileged,direct,accessPath,reviewer,reviewerName,relation,decision,decidedBy,"
                "decidedAt,justification,byNoResponsePolicy,recommendation,recommendationReason,lastLogon,"
                "peerPercent"),
         false, false, writeReviewItems, false, true},
    };
    return all;
}

const Exporter* findExporter(const QString& name)
{
    for (const Exporter& exporter : exporters()) {
        if (exporter.name == name)
            return &exporter;
    }
    return nullptr;
}

} // namespace attest::cli
