#include "cli/commandline.h"
#include "common/translations.h"
#include "mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QLocale>

int main(int argc, char** argv)
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);

    if (attest::cli::isCommandLineInvocation(arguments)) {
        // The command line needs no display: a plain QCoreApplication runs on headless servers.
        QCoreApplication app(argc, argv);
        QCoreApplication::setApplicationName(QStringLiteral("attest"));
        QCoreApplication::setOrganizationName(QStringLiteral("Attest"));
        QCoreApplication::setApplicationVersion(QStringLiteral(ATTEST_VERSION_STRING));
        attest::installTranslations(&app, QLocale());
        return attest::cli::run(app.arguments());
    }

    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("attest"));
    QApplication::setApplicationDisplayName(QStringLiteral("Attest"));
    QApplication::setOrganizationName(QStringLiteral("Attest"));
    QApplication::setApplicationVersion(QStringLiteral(ATTEST_VERSION_STRING));
    QApplication::setDesktopFileName(QStringLiteral("io.attest.Attest"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/attest.svg")));
    attest::installTranslations(&app, QLocale());

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Identity and access management console"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption workspaceOption({QStringLiteral("w"), QStringLiteral("workspace")},
                                             QApplication::translate("main", "Open this workspace file."),
                                             QApplication::translate("main", "file"));
    parser.addOption(workspaceOption);
    const QCommandLineOption helpdeskOption(
        QStringLiteral("helpdesk"),
        QApplication::translate("main", "Help-desk mode: only account search, the account card and its actions."));
    parser.addOption(helpdeskOption);
    parser.process(app);

    attest::MainWindow window;
    if (parser.isSet(helpdeskOption))
        window.setHelpdeskMode(true);
    window.show();
    window.openInitialWorkspace(parser.value(workspaceOption));
    return QApplication::exec();
}
