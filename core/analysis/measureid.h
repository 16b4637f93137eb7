#pragma once

#include <QString>
#include <QStringList>
#include <QStringView>
#include <QtGlobal>

#include <optional>

namespace attest::analysis {

// Every figure the analysis produces, by what it is. The stable text key (for files, settings and
// the exceptions stored in a workspace) lives only in the registry below, so a typo is a compile
// error, not a measure that silently finds nothing.
enum class MeasureId : quint8
{
    // Measures with the list of rows behind them (Metrics::measures).
    EntitlementsAboveP90,
    PrivilegedAccounts,
    PrivilegedIdentities,
    PrivilegedShare,
    PrivilegedStale,
    PrivilegedNoOwner,
    PrivilegedPasswordOld,
    PrivilegedHiddenMembers,
    StaleAccounts,
    StaleNeverLoggedOn,
    OrphanAccounts,
    OrphanLeaversEnabled,
    GroupCycles,
    GroupDeepNesting,
    GroupEmpty,
    GroupSingleMember,
    GroupNoOwner,
    PeerOutliers,
    PeerRareGrants,
    SodViolations,
    // Statistics: single figures without a list of their own.
    EffectiveMedian,
    EffectiveP90,
    EffectiveP99,
    EffectiveMax,
    DirectMedian,
    EffectiveGrants,
    InheritedShare,
    NestingMax,
    DriftAdded,
    DriftAddedPrivileged,
    DriftRemoved,
    DriftRemovedPrivileged,
    DriftNet,
    DriftRate,
    DriftRegressions,
};

// One row of the registry. section, title, shortTitle and definition are source texts in the
// "Analysis" translation context (QT_TRANSLATE_NOOP); a definition may hold %1… filled in by the
// computation (thresholds from the options).
struct MeasureInfo
{
    MeasureId id;
    const char* key;        // stable: "stale.accounts"
    const char* section;    // heading it is listed under
    const char* title;      // what it counts, in full
    const char* shortTitle; // the same for a small tile
    const char* definition; // how it is computed
    const char* unit;       // "" for counts, "%" for shares
    bool hasList;           // a measure with rows behind it, or a statistic
};

const MeasureInfo& measureInfo(MeasureId id);
// The stable key, e.g. "privileged.accounts".
QString measureKey(MeasureId id);
// The measure a stored key names, or nothing for a key no measure has (never guessed).
std::optional<MeasureId> measureFromKey(QStringView key);
// Every key, in registry order (for error messages and help).
QStringList measureKeys();

// Translated texts of the registry.
QString measureSection(MeasureId id);
QString measureTitle(MeasureId id);
QString measureShortTitle(MeasureId id);
QString measureDefinition(MeasureId id); // with its %1… placeholders still in it

} // namespace attest::analysis
