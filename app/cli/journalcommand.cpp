#include "journalcommand.h"

#include "clierror.h"

#include "audit/journal.h"
#include "store/workspace.h"

#include <QCommandLineParser>

namespace attest::cli {

int runJournal(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Verifies the workspace's journal: every record's hash, its link to the record before it, and its "
        "signature by the workspace's journal key. Exit status 0 only for an intact journal."));
    parser.addPositionalArgument(QStringLiteral("verify"), QStringLiteral("The only action: verify."));
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")}, QStringLiteral("Show this help."));
    const QCommandLineOption workspace(QStringLiteral("workspace"), QStringLiteral("The workspace file."),
                                       QStringLiteral("file"));
    parser.addOptions({help, workspace});
    if (!parser.parse(arguments))
        return fail(kExitUsage, parser.errorText());
    if (parser.isSet(help)) {
        std::fputs(qPrintable(parser.helpText().replace(QStringLiteral("[options] verify"),
                                                        QStringLiteral("journal verify [options]"))),
                   stdout);
        return 0;
    }
    if (parser.positionalArguments() != QStringList{QStringLiteral("verify")})
        return fail(kExitUsage,
                    QStringLiteral("journal needs the action verify: attest journal verify --workspace FILE"));
    if (!parser.isSet(workspace))
        return fail(kExitUsage, QStringLiteral("journal verify needs --workspace FILE"));

    QString error;
    auto ws = Workspace::open(parser.value(workspace), Workspace::OpenMode::OpenExisting, &error);
    if (!ws)
        return fail(kExitFailure, error);
    const auto result = Journal::verify(*ws, &error);
    if (!result)
        return fail(kExitFailure, error);
    for (const Journal::Problem& problem : result->problems)
        std::printf("position %lld: %s\n", problem.position, problem.description.toUtf8().constData());
    if (!result->intact()) {
        std::printf("journal NOT intact: %lld records, %lld problems\n", result->records,
                    qint64(result->problems.size()));
        return kExitFailure;
    }
    std::printf("journal intact: %lld records, chain and signatures verified\n", result->records);
    return 0;
}

} // namespace attest::cli
