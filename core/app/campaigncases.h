#pragma once

#include "domain/progress.h"
#include "domain/review.h"
#include "review/closing.h"
#include "review/population.h"
#include "review/worksheet.h"

#include <QString>
#include <QStringList>

#include <memory>
#include <vector>

namespace attest {
class AccessGraph;
class Workspace;
struct SnapshotData;
} // namespace attest

// The campaign's life from creation to evidence, as the console and the command line both run it:
// create, import a worksheet's decisions, close, sign off, export the evidence. Each validates its
// request before anything is written, writes in one workspace transaction with its journal record
// (the rules and the transactions are core/review's: composed here, not repeated) and says what
// happened in a typed result. Remediation is not here: it runs through the source's connector.
namespace attest::app {

struct CreateCampaignRequest
{
    // Owner, fallback reviewer and named reviewers as typed: each becomes the one person of the
    // snapshot it names (or nothing is created). Scope entitlements and exclusions name their
    // entitlement by key or name and their account by key or login. snapshotId 0: the newest
    // snapshot of the workspace.
    CampaignDefinition definition;
    // The snapshot's rows and graph when the caller holds them already (the console's loaded
    // snapshot): used instead of reading the snapshot again when they are of definition.snapshotId.
    std::shared_ptr<const SnapshotData> data;
    std::shared_ptr<const AccessGraph> graph;
    // The population the caller showed for this definition (the wizard's summary): stored as it is,
    // so the SHA-256 the person saw is the one created. Built here when not given.
    std::shared_ptr<const Population> population;
};
struct CreateCampaignResult
{
    bool ok = false;
    bool cancelled = false; // progress returned false before anything was written
    QString error;
    qint64 campaignId = 0;
    CampaignDefinition definition; // as stored: people and keys resolved
    std::shared_ptr<const Population> population;
};
// Reads and checks everything first; the population and its journal record are then stored in one
// transaction (review::createCampaign). Cancel is honoured until that transaction starts.
CreateCampaignResult createCampaign(Workspace& workspace, const CreateCampaignRequest& request,
                                    const ProgressFn& progress = {});

struct ImportDecisionsRequest
{
    QString path;     // a worksheet exported for `reviewer` (CSV or XLSX)
    QString reviewer; // identity key as the campaign stores it
};
struct ImportDecisionsResult
{
    bool ok = false;
    QString error; // with problems: how many and that nothing was imported
    QList<worksheet::Problem> problems;
    bool rowsAreNumbered = false; // XLSX: a problem's line is a row number
    qint64 recorded = 0;
    qint64 rows = 0;
    qint64 unchanged = 0;
    qint64 empty = 0;
    std::vector<quint32> items; // the items whose decision the worksheet set
};
// Every row is checked against the campaign before anything is written; then all of the sheet's
// decisions are recorded in one transaction, or none.
ImportDecisionsResult importDecisions(Workspace& workspace, CampaignState& state,
                                      const ImportDecisionsRequest& request);

struct CloseCampaignRequest
{
    QString by;                  // identity key of who closes (recorded)
    bool applyNoResponse = true; // false: refused while any item is undecided
};
struct CloseCampaignResult
{
    bool ok = false;
    QString error;
    std::vector<review::PlannedChange> plan;
    qint64 conflicts = 0; // changes left for a person
};
CloseCampaignResult closeCampaign(Workspace& workspace, CampaignState& state, const CloseCampaignRequest& request);

struct SignOffRequest
{
    QString by; // identity key: the campaign's owner
    QString statement;
};
struct SignOffResult
{
    bool ok = false;
    QString error;
};
SignOffResult signOff(Workspace& workspace, qint64 campaignId, const SignOffRequest& request);

struct ExportEvidenceRequest
{
    QString folder; // created; must be empty or not exist
};
struct ExportEvidenceResult
{
    bool ok = false;
    QString error;
    QString folder;
    QStringList files;
    bool signedOff = false;
};
ExportEvidenceResult exportEvidence(Workspace& workspace, qint64 campaignId, const ExportEvidenceRequest& request);

} // namespace attest::app
