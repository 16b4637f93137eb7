#include "commandline.h"

#include "clierror.h"
#include "commandhelp.h"
#include "commandtable.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <cstdio>

namespace attest::cli {

namespace {

bool isHelp(const QString& token)
{
    return token == QLatin1String("-h") || token == QLatin1String("--help");
}

// The option a token names ("--name", "--name=value", "-n"), looked up in `command`.
const OptionSpec* optionOf(const Command& command, const QString& token, bool* inlineValue)
{
    *inlineValue = false;
    if (token.startsWith(QLatin1String("--"))) {
        const qsizetype equals = token.indexOf(QLatin1Char('='));
        *inlineValue = equals >= 0;
        return command.findOption(token.mid(2, equals < 0 ? -1 : equals - 2));
    }
    if (token.size() == 2 && token.startsWith(QLatin1Char('-')))
        return command.findOption(token.mid(1));
    return nullptr;
}

// Whether `token` is an option that takes its value from the next token, in any command under
// `prefix` (to find the subcommand's word among the options, wherever it stands).
bool takesNextToken(const QStringList& prefix, const QString& token)
{
    for (const Command& c : commandTable()) {
        if (c.path.mid(0, prefix.size()) != prefix)
            continue;
        bool inlineValue = false;
        const OptionSpec* o = optionOf(c, token, &inlineValue);
        if (o && o->takesValue() && !inlineValue)
            return true;
    }
    return false;
}

int unknownCommand(const QStringList& prefix, const QString& word)
{
    const QString name = (prefix + QStringList{word}).join(QLatin1Char(' '));
    const QString where = prefix.isEmpty() ? QStringLiteral("attest --help")
                                           : QStringLiteral("attest %1 --help").arg(prefix.join(QLatin1Char(' ')));
    const QString guess = closestMatch(word, subcommandNames(prefix));
    if (!guess.isEmpty())
        return fail(kExitUsage, QStringLiteral("unknown command \"%1\"; did you mean \"%2\"? (see %3)")
                                    .arg(name, (prefix + QStringList{guess}).join(QLatin1Char(' ')), where));
    return fail(kExitUsage, QStringLiteral("unknown command \"%1\"; the commands are %2 (see %3)")
                                .arg(name, subcommandNames(prefix).join(QStringLiteral(", ")), where));
}

QString optionList(const Command& command)
{
    QStringList names;
    for (const OptionSpec& o : command.options)
        names << QStringLiteral("--") + o.name;
    return names.join(QStringLiteral(", "));
}

} // namespace

bool isCommandLineInvocation(const QStringList& arguments)
{
    if (arguments.size() < 2)
        return false;
    const QString& first = arguments.at(1);
    if (isHelp(first) || first == QLatin1String("-v") || first == QLatin1String("--version"))
        return true;
    // Anything else starting with '-' is an option of the GUI (--workspace FILE, Qt's -platform).
    return !first.startsWith(QLatin1Char('-'));
}

ParseOutcome parseCommand(const Command& command, const QStringList& arguments, QCommandLineParser* parser,
                          QStringList* positional, QString* error)
{
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")}, QStringLiteral("Show this help."));
    parser->addOption(help);
    for (const OptionSpec& spec : command.options) {
        QStringList names;
        if (!spec.shortName.isEmpty())
            names << spec.shortName;
        names << spec.name;
        QCommandLineOption option(names, tableText(spec.description), spec.valueName, spec.defaultValue);
        parser->addOption(option);
    }

    // Older spellings become today's before Qt sees them; values are never touched.
    QStringList tokens{QStringLiteral("attest")};
    QStringList spelt; // the spelling each option was given in, to refuse it in both
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString& token = arguments.at(i);
        if (token == QLatin1String("--")) {
            tokens += arguments.mid(i);
            break;
        }
        bool inlineValue = false;
        const OptionSpec* spec = optionOf(command, token, &inlineValue);
        if (!spec || !token.startsWith(QLatin1String("--"))) {
            tokens << token;
        } else {
            const qsizetype equals = token.indexOf(QLatin1Char('='));
            const QString givenName = token.mid(2, equals < 0 ? -1 : equals - 2);
            const auto spells = [spec](const QString& n) { return n == spec->name || spec->aliases.contains(n); };
            for (const QString& other : std::as_const(spelt)) {
                if (other != givenName && spells(other)) {
                    *error =
                        QStringLiteral("%1: give --%2 or its older spelling --%3, not both")
                            .arg(command.name(), spec->name, spec->aliases.contains(givenName) ? givenName : other);
                    return ParseOutcome::Error;
                }
            }
            spelt << givenName;
            tokens << QStringLiteral("--") + spec->name + (equals < 0 ? QString() : token.mid(equals));
        }
        if (spec && spec->takesValue() && !inlineValue && i + 1 < arguments.size())
            tokens << arguments.at(++i);
    }

    if (!parser->parse(tokens)) {
        const QStringList unknown = parser->unknownOptionNames();
        if (unknown.isEmpty()) {
            *error = QStringLiteral("%1: %2 (see attest %1 --help)").arg(command.name(), parser->errorText());
            return ParseOutcome::Error;
        }
        QStringList names;
        for (const OptionSpec& o : command.options)
            names << o.name;
        const QString dashes = unknown.first().size() == 1 ? QStringLiteral("-") : QStringLiteral("--");
        const QString guess = closestMatch(unknown.first(), names);
        *error = guess.isEmpty() ? QStringLiteral("%1 has no option %2%3; its options are %4 (see attest %1 --help)")
                                       .arg(command.name(), dashes, unknown.first(), optionList(command))
                                 : QStringLiteral("%1 has no option %2%3; did you mean --%4? (see attest %1 --help)")
                                       .arg(command.name(), dashes, unknown.first(), guess);
        return ParseOutcome::Error;
    }
    if (parser->isSet(help))
        return ParseOutcome::Help;

    *positional = parser->positionalArguments();
    qsizetype needed = 0;
    bool unbounded = false;
    for (const ArgumentSpec& a : command.arguments) {
        needed += a.optional ? 0 : 1;
        unbounded = unbounded || a.repeatable;
    }
    if (positional->size() < needed) {
        const ArgumentSpec& missing = command.arguments.at(std::size_t(positional->size()));
        *error = missing.choices.isEmpty()
                     ? QStringLiteral("%1 needs a %2 (see attest %1 --help)").arg(command.name(), missing.name)
                     : QStringLiteral("%1 needs a %2: %3").arg(command.name(), missing.name, missing.choices);
        return ParseOutcome::Error;
    }
    if (!unbounded && positional->size() > qsizetype(command.arguments.size())) {
        *error = QStringLiteral("%1 takes no argument \"%2\" (see attest %1 --help)")
                     .arg(command.name(), positional->at(qsizetype(command.arguments.size())));
        return ParseOutcome::Error;
    }
    for (const OptionSpec& spec : command.options) {
        if (spec.required && parser->value(spec.name).trimmed().isEmpty()) {
            *error =
                QStringLiteral("%1 needs --%2%3")
                    .arg(command.name(), spec.name, spec.takesValue() ? QLatin1Char(' ') + spec.valueName : QString());
            return ParseOutcome::Error;
        }
    }
    return ParseOutcome::Run;
}

int run(const QStringList& arguments)
{
    if (arguments.size() < 2)
        return fail(kExitUsage, QStringLiteral("no command; see attest --help"));
    const QString first = arguments.at(1);
    if (isHelp(first)) {
        std::fputs(overviewHelp().toLocal8Bit().constData(), stdout);
        return 0;
    }
    if (first == QLatin1String("-v") || first == QLatin1String("--version")) {
        std::printf("attest %s\n", ATTEST_VERSION_STRING);
        return 0;
    }

    // The command's path: its first word, then, for a group (review, journal, …), the first word
    // that is neither an option nor an option's value.
    QStringList rest = arguments.mid(2);
    QStringList path{first};
    if (!subcommandNames({}).contains(first))
        return unknownCommand({}, first);
    while (!findCommand(path)) {
        qsizetype word = -1;
        bool help = false;
        for (qsizetype i = 0; i < rest.size() && word < 0; ++i) {
            const QString& token = rest.at(i);
            if (token == QLatin1String("--"))
                break;
            if (isHelp(token))
                help = true;
            else if (!token.startsWith(QLatin1Char('-')))
                word = i;
            else if (takesNextToken(path, token))
                ++i;
        }
        if (word < 0) {
            if (help) {
                std::fputs(groupHelp(path).toLocal8Bit().constData(), stdout);
                return 0;
            }
            return fail(kExitUsage,
                        QStringLiteral("%1 needs a command: %2 (see attest %1 --help)")
                            .arg(path.join(QLatin1Char(' ')), subcommandNames(path).join(QStringLiteral(", "))));
        }
        if (!subcommandNames(path).contains(rest.at(word)))
            return unknownCommand(path, rest.at(word));
        path << rest.takeAt(word);
    }

    const Command& command = *findCommand(path);
    QCommandLineParser parser;
    QStringList positional;
    QString error;
    switch (parseCommand(command, rest, &parser, &positional, &error)) {
    case ParseOutcome::Help:
        std::fputs(commandHelp(command).toLocal8Bit().constData(), stdout);
        return 0;
    case ParseOutcome::Error:
        return fail(kExitUsage, error);
    case ParseOutcome::Run:
        break;
    }
    return command.run(Invocation{command, parser, positional});
}

} // namespace attest::cli
