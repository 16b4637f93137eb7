#pragma once

#include "domain/itemtable.h"
#include "domain/population.h"
#include "domain/review.h"

#include "domain/journalrecord.h"
#include "domain/progress.h"
#include "domain/snapshot.h"

#include <QByteArray>
#include <QStringList>

#include <optional>
#include <vector>

namespace attest {

class AccessGraph;

// Builds the population from one snapshot. Accounts with no correlated identity are included
// and flagged (identityKey empty). Nobody reviews their own access: such items, and items with no
// reviewer under the rule, go to the fallback reviewer. nullopt with *error for an invalid
// definition, an empty scope, or cancel.
std::optional<Population> buildPopulation(const SnapshotData& data, const AccessGraph& graph,
                                          const CampaignDefinition& definition, Timestamp now,
                                          const ProgressFn& progress, QString* error);

// The journal record of a campaign's creation: its definition's essentials, the population's
// size, hash and reconciliation.
JournalRecord campaignCreatedRecord(qint64 campaignId, const CampaignDefinition& definition,
                                    const Population& population);

class Workspace;

// Creates the campaign: its frozen population and its journal record in one transaction, so a
// campaign that cannot be recorded does not exist (the console and the command line both call
// this). Returns the new campaign's id.
std::optional<qint64> createCampaign(Workspace& workspace, const CampaignDefinition& definition,
                                     const Population& population, QString* error);

} // namespace attest
