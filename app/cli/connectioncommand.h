#pragma once

#include <QStringList>

namespace attest::cli {

// `attest connection add|list|test|remove`: directory connections saved in the workspace
// (never their passwords).
int runConnection(const QStringList& arguments);

} // namespace attest::cli
