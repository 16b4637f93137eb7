#pragma once

#include <QStringList>

namespace attest::cli {

// True when the arguments ask for a command (or --help/--version) rather than the GUI.
bool isCommandLineInvocation(const QStringList& arguments);

// Runs the command line; returns the process exit code. Needs a QCoreApplication.
int run(const QStringList& arguments);

} // namespace attest::cli
