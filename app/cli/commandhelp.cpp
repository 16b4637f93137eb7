#include "commandhelp.h"

#include "clierror.h"
#include "commandtable.h"

#include <QCoreApplication>

#include <cstdio>

namespace attest::cli {

namespace {

constexpr int kWidth = 100;

// Words of `text` filled into lines of at most `width` columns; later lines start with `indent`.
QString wrap(const QString& text, int width, const QString& firstPrefix, const QString& indent)
{
    QString out;
    for (const QString& paragraph : text.split(QLatin1Char('\n'))) {
        QString line = out.isEmpty() ? firstPrefix : indent;
        bool empty = true;
        for (const QString& word : paragraph.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
            if (!empty && line.size() + 1 + word.size() > width) {
                out += line + QLatin1Char('\n');
                line = indent;
                empty = true;
            }
            line += (empty ? QString() : QStringLiteral(" ")) + word;
            empty = false;
        }
        out += line + QLatin1Char('\n');
    }
    out.chop(1);
    return out;
}

QStringList synopsisTokens(const Command& command, bool translated)
{
    QStringList tokens;
    for (const ArgumentSpec& a : command.arguments) {
        QString token = a.choices.isEmpty() ? a.name.toUpper() : a.choices;
        if (a.repeatable)
            token += QStringLiteral(" …");
        tokens << (a.optional ? QLatin1Char('[') + token + QLatin1Char(']') : token);
    }
    QStringList groups;
    for (const OptionSpec& o : command.options) {
        if (!o.group.isEmpty()) {
            if (!groups.contains(o.group)) {
                groups << o.group;
                tokens << QLatin1Char('[') + (translated ? tableText(qPrintable(o.group)) : o.group) + QLatin1Char(']');
            }
            continue;
        }
        QString token = QStringLiteral("--") + o.name;
        if (o.takesValue())
            token += QLatin1Char(' ') + o.valueName;
        if (o.repeatable)
            token += QStringLiteral(" …");
        tokens << (o.required ? token : QLatin1Char('[') + token + QLatin1Char(']'));
    }
    return tokens;
}

QString optionLabel(const OptionSpec& o)
{
    QString label = o.shortName.isEmpty() ? QStringLiteral("    ") : QStringLiteral("-%1, ").arg(o.shortName);
    label += QStringLiteral("--") + o.name;
    if (o.takesValue())
        label += QLatin1Char(' ') + o.valueName;
    return label;
}

// Two columns: names on the left, descriptions wrapped to the right of the widest name.
QString table(const QList<QPair<QString, QString>>& rows)
{
    qsizetype column = 0;
    for (const auto& row : rows)
        column = std::max(column, row.first.size());
    column = std::min<qsizetype>(column, 34);
    QString out;
    for (const auto& row : rows) {
        const QString indent(int(column) + 4, QLatin1Char(' '));
        QString first = QStringLiteral("  ") + row.first;
        if (first.size() > column + 2) {
            out += first + QLatin1Char('\n');
            first = indent;
        } else {
            first = first.leftJustified(int(column) + 4);
        }
        out += wrap(row.second, kWidth, first, indent) + QLatin1Char('\n');
    }
    return out;
}

QString commandsOf(const QStringList& prefix)
{
    QList<QPair<QString, QString>> rows;
    for (const Command& c : commandTable()) {
        if (c.path.mid(0, prefix.size()) == prefix)
            rows.append({c.path.mid(prefix.size()).join(QLatin1Char(' ')), tableText(c.summary)});
    }
    return table(rows);
}

void print(const QString& text)
{
    std::fputs(text.toLocal8Bit().constData(), stdout);
}

} // namespace

QString commandSynopsis(const Command& command, int width, bool translated)
{
    const QString head = QStringLiteral("attest ") + command.name();
    const QString indent(int(QStringLiteral("attest ").size() + command.path.constFirst().size() + 1),
                         QLatin1Char(' '));
    QString out = head;
    qsizetype lineStart = 0;
    for (const QString& token : synopsisTokens(command, translated)) {
        // Wrap, but never between the command's name and its first word.
        if (out.size() - lineStart + 1 + token.size() > width && out.size() - lineStart > head.size()) {
            out += QLatin1Char('\n');
            lineStart = out.size();
            out += indent + token;
        } else {
            out += QLatin1Char(' ') + token;
        }
    }
    return out;
}

QString overviewHelp()
{
    return QCoreApplication::translate(
               "CommandTable",
               "Usage: attest COMMAND [OPTIONS]\n\n"
               "Without a command, attest opens the console (GUI); --workspace FILE opens that workspace.\n\n"
               "Commands:\n") +
           commandsOf({}) +
           QCoreApplication::translate(
               "CommandTable",
               "\nOptions:\n"
               "  -h, --help     Show this help; attest COMMAND --help shows a command's options.\n"
               "  -v, --version  Show the version.\n\n"
               "Data goes to stdout, progress and errors to stderr. Exit status: 0 success, 1 failure,\n"
               "2 a wrong command line.\n");
}

QString groupHelp(const QStringList& prefix)
{
    const QString group = prefix.join(QLatin1Char(' '));
    return QCoreApplication::translate(
               "CommandTable", "Usage: attest %1 COMMAND [OPTIONS]  (attest %1 COMMAND --help for each)\n\nCommands:\n")
               .arg(group) +
           commandsOf(prefix);
}

QString commandHelp(const Command& command)
{
    QString out = QCoreApplication::translate("CommandTable", "Usage: %1").arg(commandSynopsis(command, kWidth, true)) +
                  QStringLiteral("\n\n") + wrap(tableText(command.summary) + QLatin1Char('.'), kWidth, {}, {}) +
                  QLatin1Char('\n');
    if (command.details)
        out += QLatin1Char('\n') + wrap(tableText(command.details), kWidth, {}, {}) + QLatin1Char('\n');
    QList<QPair<QString, QString>> rows;
    for (const OptionSpec& o : command.options)
        rows.append({optionLabel(o), o.repeatable ? tableText(o.description) + QLatin1Char(' ') +
                                                        QCoreApplication::translate("CommandTable", "Repeatable.")
                                                  : tableText(o.description)});
    rows.append({QStringLiteral("-h, --help"), QCoreApplication::translate("CommandTable", "Show this help.")});
    out +=
        QLatin1Char('\n') + QCoreApplication::translate("CommandTable", "Options:") + QLatin1Char('\n') + table(rows);
    return out;
}

QString markdownSynopsis()
{
    QString out = QStringLiteral("```sh\n");
    QStringList groups;
    QList<const OptionSpec*> groupOptions;
    for (const Command& c : commandTable()) {
        out += QStringLiteral("# ") + QString::fromUtf8(c.summary) + QLatin1Char('\n');
        out += commandSynopsis(c, kWidth, false) + QLatin1Char('\n');
        for (const OptionSpec& o : c.options) {
            if (!o.group.isEmpty() && !groups.contains(o.group)) {
                groups << o.group;
                for (const OptionSpec& member : c.options) {
                    if (member.group == o.group)
                        groupOptions << &member;
                }
            }
        }
    }
    out += QStringLiteral("```\n");
    // Each group once: its options, as the command's help lists them.
    for (const QString& group : std::as_const(groups)) {
        QStringList tokens;
        for (const OptionSpec* o : std::as_const(groupOptions)) {
            if (o->group != group)
                continue;
            QString token = QStringLiteral("`--") + o->name;
            if (o->takesValue())
                token += QLatin1Char(' ') + o->valueName;
            tokens << token + QLatin1Char('`');
        }
        out += QStringLiteral("\n*%1*: %2.\n").arg(group, tokens.join(QStringLiteral(", ")));
    }
    return out;
}

int runHelp(const Invocation& invocation)
{
    if (invocation.parser.isSet(invocation.option("markdown"))) {
        if (!invocation.arguments.isEmpty())
            return fail(kExitUsage, QStringLiteral("help --markdown takes no command"));
        print(markdownSynopsis());
        return 0;
    }
    const QStringList path = invocation.arguments;
    if (path.isEmpty()) {
        print(overviewHelp());
        return 0;
    }
    if (const Command* command = findCommand(path)) {
        print(commandHelp(*command));
        return 0;
    }
    if (!subcommandNames(path).isEmpty()) {
        print(groupHelp(path));
        return 0;
    }
    return fail(kExitUsage, QStringLiteral("no command \"%1\" (see attest --help)").arg(path.join(QLatin1Char(' '))));
}

} // namespace attest::cli
