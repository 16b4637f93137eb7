#include "democommand.h"

#include "clierror.h"
#include "commandtable.h"

#include "connectors/demo/demoworkspace.h"
#include "connectors/demo/ldifwriter.h"

#include <QCommandLineParser>
#include <QDate>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QLocale>
#include <QSaveFile>

namespace attest::cli {

namespace {

// One line on stderr per stage, not one per row.
ProgressFn stageReporter()
{
    auto last = std::make_shared<QString>();
    return [last](qint64, qint64 total, const QString& stage) {
        if (stage != *last && stage != QLatin1String("Done")) {
            *last = stage;
            note(total > 0 ? QStringLiteral("%1 (%2)…").arg(stage, QLocale::c().toString(total))
                           : QStringLiteral("%1…").arg(stage));
        }
        return true;
    };
}

bool folderExists(const QString& path)
{
    return QFileInfo(QFileInfo(path).absolutePath()).isDir();
}

} // namespace

int runDemo(const Invocation& invocation)
{
    const QCommandLineParser& parser = invocation.parser;
    const QCommandLineOption workspace = invocation.option("workspace");
    const QCommandLineOption identities = invocation.option("identities");
    const QCommandLineOption seed = invocation.option("seed");
    const QCommandLineOption asOf = invocation.option("as-of");
    const QCommandLineOption ldif = invocation.option("ldif");

    DemoParameters parameters;
    bool ok = false;
    parameters.identities = parser.value(identities).toInt(&ok);
    if (!ok)
        return fail(kExitUsage,
                    QStringLiteral("--identities needs a whole number, not \"%1\"").arg(parser.value(identities)));
    if (parser.isSet(seed)) {
        parameters.seed = parser.value(seed).toULongLong(&ok);
        if (!ok)
            return fail(kExitUsage,
                        QStringLiteral("--seed needs a non-negative whole number, not \"%1\"").arg(parser.value(seed)));
    }
    if (parser.isSet(asOf)) {
        const QDate date = QDate::fromString(parser.value(asOf), Qt::ISODate);
        if (!date.isValid())
            return fail(kExitUsage,
                        QStringLiteral("--as-of needs a date as YYYY-MM-DD, not \"%1\"").arg(parser.value(asOf)));
        parameters.asOf = QDateTime(date, QTime(0, 0), QTimeZone::utc()).toMSecsSinceEpoch();
    }
    QString error;
    if (!DemoGenerator::validateParameters(parameters, &error))
        return fail(kExitUsage, error);

    const QString path = parser.value(workspace);
    if (QFileInfo::exists(path))
        return fail(kExitFailure, QStringLiteral("%1 already exists; choose a new file").arg(path));
    if (!folderExists(path))
        return fail(kExitFailure, QStringLiteral("cannot create %1: the folder %2 does not exist")
                                      .arg(path, QDir::toNativeSeparators(QFileInfo(path).absolutePath())));
    const QString ldifPath = parser.value(ldif);
    if (!ldifPath.isEmpty() && !folderExists(ldifPath))
        return fail(kExitFailure, QStringLiteral("cannot write %1: the folder %2 does not exist")
                                      .arg(ldifPath, QDir::toNativeSeparators(QFileInfo(ldifPath).absolutePath())));

    QElapsedTimer timer;
    timer.start();
    const ProgressFn progress = stageReporter();
    const auto organisation = DemoGenerator(parameters).generate(progress, &error);
    if (!organisation)
        return fail(kExitFailure, error);

    // The LDIF goes through QSaveFile: it appears whole or not at all.
    if (!ldifPath.isEmpty()) {
        note(QStringLiteral("Writing LDIF to %1…").arg(ldifPath));
        QSaveFile file(ldifPath);
        if (!file.open(QIODevice::WriteOnly))
            return fail(kExitFailure, QStringLiteral("cannot write %1: %2").arg(ldifPath, file.errorString()));
        if (!LdifWriter(parameters.baseDn).write(organisation->snapshots.back(), &file, &error)) {
            file.cancelWriting();
            return fail(kExitFailure, error);
        }
        if (!file.commit())
            return fail(kExitFailure, QStringLiteral("cannot write %1: %2").arg(ldifPath, file.errorString()));
    }

    if (!writeDemoWorkspace(path, parameters, *organisation, progress, &error)) {
        if (!ldifPath.isEmpty())
            QFile::remove(ldifPath);
        return fail(kExitFailure, error);
    }
    const SnapshotData& newest = organisation->snapshots.back();
    note(QStringLiteral("Created %1: %2 identities, %3 accounts, %4 groups and roles, %5 snapshots, %6 audit events "
                        "in %7 s")
             .arg(path)
             .arg(newest.identities.size())
             .arg(newest.accounts.size())
             .arg(newest.entitlements.size())
             .arg(organisation->snapshots.size())
             .arg(organisation->auditEvents.size())
             .arg(double(timer.elapsed()) / 1000.0, 0, 'f', 1));
    return 0;
}

} // namespace attest::cli
