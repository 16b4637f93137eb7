#pragma once

#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace attest {

struct SnapshotData;
class Workspace;

namespace analysis {

// Separation of duties: sets of entitlements that must not be held together. A rule of two is a
// pair; a rule of more is violated by anyone holding two or more of its entitlements. An
// entitlement is named by its key, its DN or its name (case-insensitive). Stored in the workspace
// (setting "analysis.sod", JSON), edited in the GUI, every change journaled.
struct SodRule
{
    QString name;
    QString description;
    QStringList entitlements;
};

struct SodPolicy
{
    std::vector<SodRule> rules;

    QString toJson() const;
    // The stored form, read and validated (validatePolicy).
    static std::optional<SodPolicy> fromJson(const QString& json, QString* error);
    // Only its structure read (an object with a "rules" array of objects): for a caller that hands
    // the policy to the use case, whose validation then names the rule that is wrong.
    static std::optional<SodPolicy> parseJson(const QString& json, QString* error);
};

// What one rule resolved to in a snapshot: its entitlements, and the names that matched nothing
// (the rule is flagged, and kept: the entitlement may come back or be renamed).
struct SodRuleCheck
{
    std::vector<quint32> entitlements; // resolved indexes, one per name found
    QStringList missing;               // names that match no entitlement of the snapshot
    bool usable() const { return entitlements.size() >= 2; }
};

SodRuleCheck resolveRule(const SnapshotData& data, const SodRule& rule);

// The rules must have a name (unique) and at least two different entitlements each; the first
// problem goes to *error and the index of its rule to *badRule (-1 when all are well-formed).
bool validatePolicy(const SodPolicy& policy, QString* error, int* badRule = nullptr);
SodPolicy loadSodPolicy(const Workspace& workspace, QString* error);
// Validates, then writes the policy with its journal record in one transaction.
bool saveSodPolicy(Workspace& workspace, const SodPolicy& policy, QString* error);

} // namespace analysis
} // namespace attest
