#pragma once

#include "connectors/connector.h"
#include "connectors/ldap/ldapsettings.h"
#include "domain/progress.h"
#include "review/closing.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace attest {
class Workspace;
}

namespace attest::app {

// Remediating a closed campaign: who acts, and the secret of the campaign source's connection (or a
// directory given on the command line instead of the source's saved one).
struct RemediateRequest
{
    qint64 campaignId = 0;
    QString by;
    QByteArray secret; // not kept
    std::optional<LdapSettings> connection;
    QString connectionName;
};

struct RemediateResult
{
    bool ok = false;
    QString error;
    review::RemediationResult remediation;
};

// The console's and the command line's remediation: loads the campaign, makes the source's connector
// once through the registry (a source Attest cannot change leaves every change for a person) and
// applies the plan through it (review::remediate: journaled, read back, verified by every path).
RemediateResult remediate(Workspace& workspace, RemediateRequest request, const ProgressFn& progress = {});
// The same through a connector already made (nullptr: nothing can be changed at the source).
RemediateResult remediate(Workspace& workspace, Connector* connector, const RemediateRequest& request,
                          const ProgressFn& progress = {});

} // namespace attest::app
