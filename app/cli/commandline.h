#pragma once

#include <QStringList>

class QCommandLineParser;

namespace attest::cli {

struct Command;

// True when the arguments ask for a command (or --help/--version) rather than the GUI.
bool isCommandLineInvocation(const QStringList& arguments);

// Runs the command line; returns the process exit code. Needs a QCoreApplication.
int run(const QStringList& arguments);

// What parsing a command's arguments came to.
enum class ParseOutcome
{
    Run,  // parsed and complete: run the command
    Help, // --help was given
    Error // *error says what is wrong (a usage error, exit status 2)
};

// Sets `parser` up with the command's options from the table (and -h/--help), accepts older
// spellings of options, parses `arguments` (what follows the command's path), and checks the
// positional arguments and the required options. *positional receives the arguments.
ParseOutcome parseCommand(const Command& command, const QStringList& arguments, QCommandLineParser* parser,
                          QStringList* positional, QString* error);

} // namespace attest::cli
