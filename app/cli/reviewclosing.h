#pragma once

#include <QStringList>

namespace attest::cli {

// `attest review close|remediate|sign-off|export-evidence|verify-evidence …`: the end of a
// campaign (no-response policy, remediation plan and its application, sign-off, evidence pack).
// arguments start with the subcommand's name.
int runReviewClosing(const QStringList& arguments);
bool isReviewClosingCommand(const QString& name);

} // namespace attest::cli
