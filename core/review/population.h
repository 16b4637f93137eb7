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
class PersonResolver;

// Turns the people a definition names as typed — its owner, fallback reviewer and named reviewers —
// into identities of the snapshot `people` indexes: their keys, and the owner's and fallback's
// display names. Nothing changes when any is unknown or ambiguous; *error names which and why
// (with the candidates). The console and the command line both call this before building.
bool resolveCampaignPeople(CampaignDefinition* definition, const PersonResolver& people, QString* error);
// The same when every person is named by identity key (what the console's pickers and most scripts
// pass), in one pass over the identities without PersonResolver's index of every name, login and
// mail (which costs more than the check itself at 100,000 people). False, changing nothing, when
// any is not a key: then resolveCampaignPeople() says which and why.
bool resolveCampaignPeopleByKey(CampaignDefinition* definition, const std::vector<Identity>& identities);

// Builds the population from one snapshot. Accounts with no correlated identity are included
// and flagged (identityKey empty). Nobody reviews their own access: such items, and items with no
// reviewer under the rule, go to the fallback reviewer. nullopt with *error for an invalid
// definition (including an owner or reviewer who is not an identity of the snapshot: see
// resolveCampaignPeople), an empty scope, or cancel.
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
