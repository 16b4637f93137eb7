#pragma once

#include <QString>
#include <QStringList>

namespace attest::cli {

struct Command;
struct Invocation;

// Help generated from the command table (commandtable.h): nothing here names a command or an
// option, so help cannot drift from what the parser accepts.

// "attest review close --workspace FILE … [--apply-no-response-policy]", wrapped at `width`
// columns with continuation lines indented; English when `translated` is false (the README).
QString commandSynopsis(const Command& command, int width, bool translated);

// `attest --help`: every command with its summary.
QString overviewHelp();
// `attest review --help`: the commands under a group with their summaries.
QString groupHelp(const QStringList& prefix);
// `attest review close --help`: synopsis, summary, details and every option.
QString commandHelp(const Command& command);
// `attest help --markdown`: every command's synopsis for the README, always in English.
QString markdownSynopsis();

// `attest help [COMMAND…] [--markdown]`.
int runHelp(const Invocation& invocation);

} // namespace attest::cli
