#pragma once

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QString>
#include <QStringList>

#include <vector>

namespace attest::cli {

// One option a command accepts. The table is the only place an option is spelt or described:
// the parser, `--help` and the README's synopsis are all built from it.
struct OptionSpec
{
    QString name;                      // the long name, without dashes
    QString valueName;                 // as shown: FILE for a placeholder, csv|json for the choices; empty for a flag
    const char* description = nullptr; // English source text, translated when shown (context CommandTable)
    bool required = false;             // every run needs it with a non-empty value; checked before the command runs
    QString shortName;                 // one letter, or empty
    QStringList aliases;               // older spellings, still accepted, never shown
    QString defaultValue;
    bool repeatable = false;
    QString group; // shown as one "[group]" in synopses, e.g. the connection options

    bool takesValue() const { return !valueName.isEmpty(); }
    OptionSpec requiredOption() const;
    OptionSpec withShortName(const char* letter) const;
    OptionSpec withAlias(const char* oldName) const;
    OptionSpec withDefault(const char* value) const;
    OptionSpec many() const;
};

// A positional argument after the command's path, like the export's KIND or a connection's NAME.
struct ArgumentSpec
{
    QString name;    // lower case; the synopsis shows it in upper case
    QString choices; // "a|b|c" when only these are accepted; the synopsis shows them instead of the name
    bool optional = false;
    bool repeatable = false;
};

struct Command;

// What a command's function receives: its table entry, the parsed options and the positional
// arguments after its path. option() names one of the entry's options for parser.value()/isSet().
struct Invocation
{
    const Command& command;
    const QCommandLineParser& parser;
    QStringList arguments;

    QCommandLineOption option(const char* name) const;
    QString name() const; // "review close"
};

using CommandFunction = int (*)(const Invocation&);

// One command: its path ({"review", "close"}), a one-line summary and optional further help
// (English source text, translated when shown), its arguments and options, and what runs it.
struct Command
{
    QStringList path;
    const char* summary = nullptr;
    const char* details = nullptr;
    std::vector<ArgumentSpec> arguments;
    std::vector<OptionSpec> options;
    CommandFunction run = nullptr;

    QString name() const { return path.join(QLatin1Char(' ')); }
    const OptionSpec* findOption(const QString& nameOrAlias) const;
};

// Every command, in the order help lists them.
const std::vector<Command>& commandTable();

// The command with exactly this path, or nullptr.
const Command* findCommand(const QStringList& path);

// The distinct words that may follow `prefix` (the top-level commands for an empty prefix).
QStringList subcommandNames(const QStringList& prefix);

// The closest of `candidates` to `word` (a likely typo or an abbreviation), or empty.
QString closestMatch(const QString& word, const QStringList& candidates);

// Translates a table text (context CommandTable).
QString tableText(const char* source);

} // namespace attest::cli
