#include "metrics.h"

#include "accountflags.h"
#include "graph/accessgraph.h"
#include "peers.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QSet>

#include <algorithm>
#include <numeric>

namespace attest::analysis {

namespace {

using Kind = Subject::Kind;

Subject accountSubject(quint32 a)
{
    return {Kind::Account, a, kNoIndex};
}
Subject identitySubject(quint32 i)
{
    return {Kind::Identity, i, kNoIndex};
}
Subject entitlementSubject(quint32 e)
{
    return {Kind::Entitlement, e, kNoIndex};
}
Subject grantSubject(quint32 a, quint32 e)
{
    return {Kind::Grant, a, e};
}

// Percentile by the nearest-rank method over sorted values.
quint32 percentile(const std::vector<quint32>& sorted, int p)
{
    if (sorted.empty())
        return 0;
    const std::size_t rank = std::max<std::size_t>(1, (sorted.size() * std::size_t(p) + 99) / 100);
    return sorted[std::min(rank, sorted.size()) - 1];
}

Distribution distribution(std::vector<quint32> values, int bins)
{
    Distribution d;
    d.perRow = values;
    std::sort(values.begin(), values.end());
    if (!values.empty()) {
        d.median = percentile(values, 50);
        d.p90 = percentile(values, 90);
        d.p99 = percentile(values, 99);
        d.max = values.back();
        d.mean = double(std::accumulate(values.begin(), values.end(), quint64(0))) / double(values.size());
    }
    const quint32 width = std::max<quint32>(1, (d.max + quint32(bins)) / quint32(bins));
    const quint32 binCount = d.max / width + 1;
    d.edges.resize(binCount + 1);
    for (quint32 b = 0; b <= binCount; ++b)
        d.edges[b] = b * width;
    d.counts.assign(binCount, 0);
    for (const quint32 v : d.perRow)
        ++d.counts[std::min(v / width, binCount - 1)];
    return d;
}

// How an account holds an entitlement, in words: "direct" or "via A → B".
QString pathText(const SnapshotData& data, const AccessGraph& graph, quint32 account, quint32 entitlement)
{
    const AccessGraph::EffectiveGrant* grant = graph.effectiveGrant(account, entitlement);
    if (!grant)
        return {};
    if (grant->depth == 0)
        return QCoreApplication::translate("Analysis", "direct");
    QStringList names;
    for (const quint32 e : graph.via(*grant))
        names << data.entitlements[e].name;
    return QCoreApplication::translate("Analysis", "via %1").arg(names.join(QStringLiteral(" → ")));
}

class Builder
{
public:
    Builder(const SnapshotData& data, const AccessGraph& graph, const SodPolicy& sod,
            const std::vector<AcceptedException>& exceptions, const Options& options)
        : m_data(data)
        , m_graph(graph)
        , m_sod(sod)
        , m_exceptions(exceptions)
    {
        m_metrics.snapshot = data.info;
        m_metrics.options = options;
        if (!hasTime(m_metrics.options.now))
            m_metrics.options.now =
                hasTime(data.info.takenAt) ? data.info.takenAt : QDateTime::currentMSecsSinceEpoch();
        m_now = m_metrics.options.now;
        m_exceptionTime = QDateTime::currentMSecsSinceEpoch();
        m_metrics.exceptions = exceptions;
        m_metrics.measures.reserve(64); // references returned by add() stay valid
    }

    Metrics run()
    {
        computeFlags();
        computeHeld();
        entitlementsPerIdentity();
        privileged();
        stale();
        orphans();
        groups();
        peers();
        separationOfDuties();
        heatMap();
        return std::move(m_metrics);
    }

private:
    // A new measure with its texts from the registry; args fill the definition's %1, %2…
    template <typename... Args>
    Measure& add(MeasureId id, const Args&... args)
    {
        Measure m;
        m.id = id;
        m.section = measureSection(id);
        m.title = measureTitle(id);
        m.definition = measureDefinition(id);
        ((m.definition = m.definition.arg(args)), ...);
        if (*measureInfo(id).unit)
            m.unit = QString::fromLatin1(measureInfo(id).unit);
        m_metrics.measures.push_back(std::move(m));
        return m_metrics.measures.back();
    }

    // Moves the findings covered by an active exception out of the count.
    void applyExceptions(Measure& m)
    {
        QSet<QString> accepted;
        for (const AcceptedException& e : m_exceptions) {
            if (e.measureId == m.key() && e.sourceId == m_data.info.sourceId && e.activeAt(m_exceptionTime))
                accepted.insert(e.subjectKey);
        }
        if (!accepted.isEmpty()) {
            std::vector<Subject> kept;
            std::vector<QString> keptNotes;
            for (std::size_t i = 0; i < m.subjects.size(); ++i) {
                if (accepted.contains(subjectKey(m_data, m.subjects[i]))) {
                    m.excepted.push_back(m.subjects[i]);
                } else {
                    kept.push_back(m.subjects[i]);
                    if (!m.subjectNote.empty())
                        keptNotes.push_back(m.subjectNote[i]);
                }
            }
            m.subjects = std::move(kept);
            if (!m.subjectNote.empty())
                m.subjectNote = std::move(keptNotes);
        }
        if (m.unit.isEmpty())
            m.value = double(m.subjects.size());
    }

    // The accounts with the flag, as the measure's list, then its exceptions applied.
    void addFlaggedAccounts(Measure& m, AccountFlag flag)
    {
        for (std::size_t a = 0; a < m_flags.size(); ++a) {
            if (m_flags[a] & flag)
                m.subjects.push_back(accountSubject(quint32(a)));
        }
        applyExceptions(m);
    }

    // Each identity's distinct effective entitlements, worked out once for every measure that
    // needs them (per-identity counts, peers, the heat map).
    void computeHeld()
    {
        std::vector<quint32> held;
        m_heldOffsets.reserve(m_data.identities.size() + 1);
        m_heldOffsets.push_back(0);
        for (std::size_t i = 0; i < m_data.identities.size(); ++i) {
            identityEntitlements(m_graph, quint32(i), &held);
            m_held.insert(m_held.end(), held.begin(), held.end());
            m_heldOffsets.push_back(quint64(m_held.size()));
        }
    }
    std::span<const quint32> heldBy(std::size_t identity) const
    {
        return {m_held.data() + m_heldOffsets[identity], m_held.data() + m_heldOffsets[identity + 1]};
    }

    void computeFlags()
    {
        AccountFlagPolicy policy;
        policy.staleDays = m_metrics.options.staleDays;
        policy.passwordOldDays = m_metrics.options.passwordOldDays;
        m_flags.resize(m_data.accounts.size());
        for (std::size_t a = 0; a < m_data.accounts.size(); ++a) {
            const quint32 identity = m_graph.identityOfAccount(quint32(a));
            m_flags[a] =
                accountFlags(m_data.accounts[a],
                             identity == AccessGraph::kNone ? nullptr : &m_data.identities[identity], m_now, policy);
        }
    }

    void entitlementsPerIdentity()
    {
        const std::size_t identities = m_data.identities.size();
        std::vector<quint32> direct(identities), effective(identities);
        std::vector<quint32> held;
        for (std::size_t i = 0; i < identities; ++i) {
            effective[i] = quint32(heldBy(i).size());
            held.clear();
            const auto accounts = m_graph.accountsOfIdentity(quint32(i));
            for (const quint32 a : accounts)
                held.insert(held.end(), m_graph.directEntitlements(a).begin(), m_graph.directEntitlements(a).end());
            if (accounts.size() > 1) {
                std::sort(held.begin(), held.end());
                held.erase(std::unique(held.begin(), held.end()), held.end());
            }
            direct[i] = quint32(held.size());
        }
        m_metrics.directPerIdentity = distribution(std::move(direct), 12);
        m_metrics.effectivePerIdentity = distribution(effective, 12);

        std::vector<quint32> order(identities);
        std::iota(order.begin(), order.end(), 0u);
        const std::size_t top = std::min<std::size_t>(identities, std::size_t(m_metrics.options.topCount));
        std::partial_sort(order.begin(), order.begin() + std::ptrdiff_t(top), order.end(), [&](quint32 a, quint32 b) {
            return effective[a] != effective[b] ? effective[a] > effective[b] : a < b;
        });
        m_metrics.topIdentities.assign(order.begin(), order.begin() + std::ptrdiff_t(top));

        const Distribution& d = m_metrics.effectivePerIdentity;
        Measure& above = add(MeasureId::EntitlementsAboveP90, d.p90);
        for (std::size_t i = 0; i < identities; ++i) {
            if (effective[i] > d.p90) {
                above.subjects.push_back(identitySubject(quint32(i)));
                above.subjectNote.push_back(QString::number(effective[i]));
            }
        }
        applyExceptions(above);

        quint64 inherited = 0;
        for (std::size_t a = 0; a < m_data.accounts.size(); ++a) {
            for (const AccessGraph::EffectiveGrant& g : m_graph.effectiveGrants(quint32(a)))
                inherited += g.depth > 0 ? 1 : 0;
        }
        m_metrics.inheritedGrants = inherited;
        m_metrics.directGrants = m_graph.directGrantCount();
        m_metrics.effectiveGrants = m_graph.effectiveGrantCount();
    }

    void privileged()
    {
        std::vector<quint32> privilegedAccounts;
        quint32 enabledAccounts = 0;
        for (std::size_t a = 0; a < m_data.accounts.size(); ++a) {
            enabledAccounts += m_data.accounts[a].enabled ? 1 : 0;
            m_metrics.enabledAccounts = enabledAccounts;
            if (m_graph.isPrivilegedAccount(quint32(a)))
                privilegedAccounts.push_back(quint32(a));
        }
        Measure& accounts = add(MeasureId::PrivilegedAccounts);
        for (const quint32 a : privilegedAccounts)
            accounts.subjects.push_back(accountSubject(a));
        applyExceptions(accounts);

        Measure& people = add(MeasureId::PrivilegedIdentities);
        QSet<quint32> seen;
        for (const quint32 a : privilegedAccounts) {
            const quint32 i = m_graph.identityOfAccount(a);
            if (i != AccessGraph::kNone && !seen.contains(i)) {
                seen.insert(i);
                people.subjects.push_back(identitySubject(i));
            }
        }
        std::sort(people.subjects.begin(), people.subjects.end(),
                  [](const Subject& x, const Subject& y) { return x.first < y.first; });
        applyExceptions(people);

        Measure& share = add(MeasureId::PrivilegedShare, m_metrics.options.privilegedSharePercentFlag,
                             m_metrics.options.privilegedCountFlag);
        for (const quint32 a : privilegedAccounts) {
            if (m_data.accounts[a].enabled)
                share.subjects.push_back(accountSubject(a));
        }
        applyExceptions(share);
        share.value = enabledAccounts ? 100.0 * double(share.subjects.size()) / double(enabledAccounts) : 0.0;
        if (share.value > m_metrics.options.privilegedSharePercentFlag) {
            share.flagged = true;
            share.flagReason =
                QCoreApplication::translate("Analysis", "%L1% of active accounts are privileged (above %L2%)")
                    .arg(share.value, 0, 'f', 1)
                    .arg(m_metrics.options.privilegedSharePercentFlag);
        } else if (qsizetype(share.subjects.size()) > m_metrics.options.privilegedCountFlag) {
            share.flagged = true;
            share.flagReason = QCoreApplication::translate("Analysis", "%1 active privileged accounts (above %2)")
                                   .arg(share.subjects.size())
                                   .arg(m_metrics.options.privilegedCountFlag);
        }

        Measure& stale = add(MeasureId::PrivilegedStale, m_metrics.options.staleDays);
        Measure& noOwner = add(MeasureId::PrivilegedNoOwner);
        Measure& password = add(MeasureId::PrivilegedPasswordOld, m_metrics.options.passwordOldDays);
        const qint64 passwordWindow = qint64(m_metrics.options.passwordOldDays) * kMsPerDay;
        for (const quint32 a : privilegedAccounts) {
            const AccountFlags f = m_flags[a];
            if (f & (AccountFlag::Stale | AccountFlag::NeverLoggedOn))
                stale.subjects.push_back(accountSubject(a));
            if (f & AccountFlag::NoOwner)
                noOwner.subjects.push_back(accountSubject(a));
            const Account& account = m_data.accounts[a];
            const bool neverChangedOld = !hasTime(account.passwordChanged) &&
                                         (!hasTime(account.created) || m_now - account.created > passwordWindow);
            if ((f & AccountFlag::PasswordOld) || neverChangedOld)
                password.subjects.push_back(accountSubject(a));
        }
        applyExceptions(stale);
        applyExceptions(noOwner);
        applyExceptions(password);

        Measure& hidden = add(MeasureId::PrivilegedHiddenMembers);
        for (std::size_t a = 0; a < m_data.accounts.size(); ++a) {
            for (const AccessGraph::EffectiveGrant& g : m_graph.effectiveGrants(quint32(a))) {
                if (g.depth > 0 && m_graph.isPrivilegedEntitlement(g.entitlement)) {
                    hidden.subjects.push_back(grantSubject(quint32(a), g.entitlement));
                    hidden.subjectNote.push_back(pathText(m_data, m_graph, quint32(a), g.entitlement));
                }
            }
        }
        applyExceptions(hidden);
    }

    void stale()
    {
        Measure& stale = add(MeasureId::StaleAccounts, m_metrics.options.staleDays);
        addFlaggedAccounts(stale, AccountFlag::Stale);
        Measure& never = add(MeasureId::StaleNeverLoggedOn, m_metrics.options.staleDays);
        addFlaggedAccounts(never, AccountFlag::NeverLoggedOn);
    }

    void orphans()
    {
        Measure& orphan = add(MeasureId::OrphanAccounts);
        addFlaggedAccounts(orphan, AccountFlag::NoOwner);
        Measure& leavers = add(MeasureId::OrphanLeaversEnabled);
        addFlaggedAccounts(leavers, AccountFlag::LeaverEnabled);
    }

    void groups()
    {
        const std::size_t count = m_data.entitlements.size();
        std::vector<quint32> depths;
        for (std::size_t e = 0; e < count; ++e) {
            const bool nested = !m_graph.nestedMembers(quint32(e)).empty() || !m_graph.memberOf(quint32(e)).empty();
            if (nested)
                depths.push_back(m_graph.nestingDepth(quint32(e)));
        }
        m_metrics.nestingDepth = distribution(std::move(depths), 10);

        Measure& cycles = add(MeasureId::GroupCycles);
        for (std::size_t c = 0; c < m_graph.cycles().size(); ++c) {
            QStringList names;
            for (const quint32 e : m_graph.cycles()[c])
                names << m_data.entitlements[e].name;
            const QString note = QCoreApplication::translate("Analysis", "cycle %1: %2")
                                     .arg(c + 1)
                                     .arg(names.join(QStringLiteral(" → ")));
            for (const quint32 e : m_graph.cycles()[c]) {
                cycles.subjects.push_back(entitlementSubject(e));
                cycles.subjectNote.push_back(note);
            }
        }
        applyExceptions(cycles);

        Measure& deep = add(MeasureId::GroupDeepNesting, kDeepNesting);
        Measure& empty = add(MeasureId::GroupEmpty);
        Measure& single = add(MeasureId::GroupSingleMember);
        Measure& noOwner = add(MeasureId::GroupNoOwner);
        for (std::size_t e = 0; e < count; ++e) {
            const quint32 index = quint32(e);
            if (m_graph.nestingDepth(index) > kDeepNesting) {
                deep.subjects.push_back(entitlementSubject(index));
                deep.subjectNote.push_back(
                    QCoreApplication::translate("Analysis", "%1 levels").arg(m_graph.nestingDepth(index)));
            }
            const std::size_t members =
                m_graph.directMemberAccounts(index).size() + m_graph.nestedMembers(index).size();
            if (members == 0)
                empty.subjects.push_back(entitlementSubject(index));
            else if (members == 1)
                single.subjects.push_back(entitlementSubject(index));
            if (m_graph.entitlementOwner(index) == AccessGraph::kNone)
                noOwner.subjects.push_back(entitlementSubject(index));
        }
        for (Measure* m : {&deep, &empty, &single, &noOwner})
            applyExceptions(*m);
    }

    void peers()
    {
        const PeerGroups groups = peerGroups(m_data, m_graph);
        const int threshold = m_metrics.options.peerOutlierPercent;
        const std::size_t identities = m_data.identities.size();
        m_metrics.outlierScore.assign(identities, 0.0);
        Measure& outliers = add(MeasureId::PeerOutliers, threshold, PeerGroups::kMinimumTitlePeers + 1);
        std::vector<Subject> rare;
        std::vector<QString> rareNotes;
        for (std::size_t i = 0; i < identities; ++i) {
            if (groups.groupOf[i] == AccessGraph::kNone)
                continue;
            double score = 0;
            for (const quint32 e : heldBy(i)) {
                const int percent = groups.peerPercent(quint32(i), e);
                if (percent < 0 || percent >= threshold)
                    continue;
                score += 1.0 - double(percent) / double(threshold);
                // The list names the account that holds it (the first, when several do).
                for (const quint32 a : m_graph.accountsOfIdentity(quint32(i))) {
                    if (m_graph.effectiveGrant(a, e)) {
                        rare.push_back(grantSubject(a, e));
                        rareNotes.push_back(
                            QCoreApplication::translate("Analysis", "held by %1% of peers").arg(percent));
                        break;
                    }
                }
            }
            if (score > 0) {
                m_metrics.outlierScore[i] = score;
                outliers.subjects.push_back(identitySubject(quint32(i)));
                outliers.subjectNote.push_back(
                    QCoreApplication::translate("Analysis", "score %1").arg(score, 0, 'f', 2));
            }
        }
        applyExceptions(outliers);
        std::vector<quint32> order;
        for (const Subject& s : outliers.subjects)
            order.push_back(s.first);
        const std::size_t top = std::min<std::size_t>(order.size(), std::size_t(m_metrics.options.topCount));
        std::partial_sort(order.begin(), order.begin() + std::ptrdiff_t(top), order.end(), [&](quint32 a, quint32 b) {
            const double sa = m_metrics.outlierScore[a], sb = m_metrics.outlierScore[b];
            return sa != sb ? sa > sb : a < b;
        });
        order.resize(top);
        m_metrics.topOutliers = std::move(order);

        Measure& grants = add(MeasureId::PeerRareGrants, threshold);
        grants.subjects = std::move(rare);
        grants.subjectNote = std::move(rareNotes);
        applyExceptions(grants);
    }

    void separationOfDuties()
    {
        std::vector<std::vector<int>> rulesOf(m_data.entitlements.size());
        for (std::size_t r = 0; r < m_sod.rules.size(); ++r) {
            SodRuleCheck check = resolveRule(m_data, m_sod.rules[r]);
            if (check.usable()) {
                for (const quint32 e : check.entitlements)
                    rulesOf[e].push_back(int(r));
            }
            m_metrics.sodRules.push_back(std::move(check));
        }
        Measure& violations = add(MeasureId::SodViolations);
        if (m_sod.rules.empty())
            return;

        // Per holder: which entitlements of which rule it has, and through which account.
        std::vector<std::vector<std::pair<quint32, quint32>>> hits(m_sod.rules.size()); // (entitlement, account)
        const auto check = [&](quint32 identity, std::span<const quint32> accounts) {
            for (auto& h : hits)
                h.clear();
            bool any = false;
            for (const quint32 a : accounts) {
                for (const AccessGraph::EffectiveGrant& g : m_graph.effectiveGrants(a)) {
                    for (const int r : rulesOf[g.entitlement]) {
                        auto& list = hits[std::size_t(r)];
                        if (std::none_of(list.begin(), list.end(),
                                         [&](const auto& p) { return p.first == g.entitlement; })) {
                            list.emplace_back(g.entitlement, a);
                            any = true;
                        }
                    }
                }
            }
            if (!any)
                return;
            for (std::size_t r = 0; r < hits.size(); ++r) {
                if (hits[r].size() < 2)
                    continue;
                SodViolation v;
                v.rule = int(r);
                v.identity = identity;
                v.account = identity == kNoIndex ? accounts.front() : kNoIndex;
                QStringList sides;
                for (const auto& [e, a] : hits[r]) {
                    v.grants.push_back(grantSubject(a, e));
                    const QString path = pathText(m_data, m_graph, a, e);
                    v.paths << path;
                    sides << QStringLiteral("%1 (%2, %3)")
                                 .arg(m_data.entitlements[e].name, m_data.accounts[a].login, path);
                }
                violations.subjects.push_back(identity == kNoIndex ? accountSubject(v.account)
                                                                   : identitySubject(identity));
                violations.subjectNote.push_back(
                    QStringLiteral("%1: %2").arg(m_sod.rules[r].name, sides.join(QStringLiteral(" + "))));
                m_metrics.sodViolations.push_back(std::move(v));
            }
        };
        for (std::size_t i = 0; i < m_data.identities.size(); ++i)
            check(quint32(i), m_graph.accountsOfIdentity(quint32(i)));
        for (std::size_t a = 0; a < m_data.accounts.size(); ++a) {
            if (m_graph.identityOfAccount(quint32(a)) == AccessGraph::kNone) {
                const quint32 account = quint32(a);
                check(kNoIndex, std::span<const quint32>(&account, 1));
            }
        }
        applyExceptions(violations);
    }

    void heatMap()
    {
        const Options& o = m_metrics.options;
        // Rows: the biggest departments; columns: the entitlements most people hold.
        QHash<QString, quint32> departmentSize;
        for (const Identity& identity : m_data.identities) {
            if (!identity.department.isEmpty())
                ++departmentSize[identity.department];
        }
        std::vector<std::pair<QString, quint32>> departments(departmentSize.keyValueBegin(),
                                                             departmentSize.keyValueEnd());
        std::sort(departments.begin(), departments.end(), [](const auto& a, const auto& b) {
            return a.second != b.second ? a.second > b.second : a.first < b.first;
        });
        if (departments.size() > std::size_t(o.heatMapDepartments))
            departments.resize(std::size_t(o.heatMapDepartments));
        std::sort(departments.begin(), departments.end());
        HeatMap& map = m_metrics.heatMap;
        QHash<QString, int> rowOf;
        for (const auto& [name, size] : departments) {
            rowOf.insert(name, int(map.departments.size()));
            map.departments << name;
            map.departmentSize.push_back(size);
        }
        std::vector<quint32> holders(m_data.entitlements.size(), 0);
        for (std::size_t i = 0; i < m_data.identities.size(); ++i) {
            for (const quint32 e : heldBy(i))
                ++holders[e];
        }
        std::vector<quint32> order(m_data.entitlements.size());
        std::iota(order.begin(), order.end(), 0u);
        const std::size_t columns = std::min<std::size_t>(order.size(), std::size_t(o.heatMapEntitlements));
        std::partial_sort(
            order.begin(), order.begin() + std::ptrdiff_t(columns), order.end(),
            [&](quint32 a, quint32 b) { return holders[a] != holders[b] ? holders[a] > holders[b] : a < b; });
        order.resize(columns);
        while (!order.empty() && holders[order.back()] == 0)
            order.pop_back();
        map.entitlements = order;
        std::vector<int> columnOf(m_data.entitlements.size(), -1);
        for (std::size_t c = 0; c < order.size(); ++c)
            columnOf[order[c]] = int(c);
        map.cells.assign(map.departments.size(), std::vector<quint32>(order.size(), 0));
        for (std::size_t i = 0; i < m_data.identities.size(); ++i) {
            const auto row = rowOf.constFind(m_data.identities[i].department);
            if (row == rowOf.constEnd())
                continue;
            for (const quint32 e : heldBy(i)) {
                if (columnOf[e] >= 0)
                    ++map.cells[std::size_t(*row)][std::size_t(columnOf[e])];
            }
        }
    }

    static constexpr quint32 kDeepNesting = 3;

    const SnapshotData& m_data;
    const AccessGraph& m_graph;
    const SodPolicy& m_sod;
    const std::vector<AcceptedException>& m_exceptions;
    Metrics m_metrics;
    Timestamp m_now = kNoTime;
    Timestamp m_exceptionTime = kNoTime;
    std::vector<AccountFlags> m_flags;
    std::vector<quint64> m_heldOffsets;
    std::vector<quint32> m_held;
};

} // namespace

std::vector<quint32> Distribution::rowsInBin(std::size_t bin) const
{
    std::vector<quint32> rows;
    if (bin >= counts.size())
        return rows;
    const bool last = bin + 1 == counts.size();
    for (std::size_t r = 0; r < perRow.size(); ++r) {
        if (perRow[r] >= edges[bin] && (last || perRow[r] < edges[bin + 1]))
            rows.push_back(quint32(r));
    }
    return rows;
}

std::vector<quint32> HeatMap::identities(const SnapshotData& data, const AccessGraph& graph, std::size_t row,
                                         std::size_t column) const
{
    std::vector<quint32> result;
    if (row >= std::size_t(departments.size()) || column >= entitlements.size())
        return result;
    const quint32 entitlement = entitlements[column];
    for (const quint32 a : graph.effectiveMemberAccounts(entitlement)) {
        const quint32 i = graph.identityOfAccount(a);
        if (i != AccessGraph::kNone && data.identities[i].department == departments[qsizetype(row)])
            result.push_back(i);
    }
    std::sort(result.begin(), result.end());
    result.erase(std::unique(result.begin(), result.end()), result.end());
    return result;
}

const Measure* Metrics::measure(MeasureId id) const
{
    for (const Measure& m : measures) {
        if (m.id == id)
            return &m;
    }
    return nullptr;
}

QString subjectKey(const SnapshotData& data, const Subject& subject)
{
    switch (subject.kind) {
    case Kind::Account:
        return data.accounts[subject.first].key;
    case Kind::Identity:
        return data.identities[subject.first].key;
    case Kind::Entitlement:
        return data.entitlements[subject.first].key;
    case Kind::Grant:
        return data.accounts[subject.first].key + QLatin1Char('\x1f') + data.entitlements[subject.second].key;
    }
    return {};
}

QString subjectLabel(const SnapshotData& data, const Subject& subject)
{
    switch (subject.kind) {
    case Kind::Account: {
        const Account& a = data.accounts[subject.first];
        return a.displayName.isEmpty() || a.displayName == a.login
                   ? a.login
                   : QStringLiteral("%1 (%2)").arg(a.login, a.displayName);
    }
    case Kind::Identity:
        return data.identities[subject.first].displayName;
    case Kind::Entitlement:
        return data.entitlements[subject.first].name;
    case Kind::Grant:
        return QStringLiteral("%1 → %2").arg(data.accounts[subject.first].login,
                                             data.entitlements[subject.second].name);
    }
    return {};
}

Metrics computeMetrics(const SnapshotData& data, const AccessGraph& graph, const SodPolicy& sod,
                       const std::vector<AcceptedException>& exceptions, const Options& options)
{
    return Builder(data, graph, sod, exceptions, options).run();
}

} // namespace attest::analysis
