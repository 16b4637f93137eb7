#include "cli/commandline.h"

#include <QCoreApplication>

#include <memory>

int main(int argc, char** argv)
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);

    if (attest::cli::isCommandLineInvocation(arguments)) {
        // The command line needs no display: a plain QCoreApplication runs on headless servers.
        QCoreApplication app(argc, argv);
        QCoreApplication::setApplicationName(QStringLiteral("attest"));
        QCoreApplication::setApplicationVersion(QStringLiteral(ATTEST_VERSION_STRING));
        return attest::cli::run(app.arguments());
    }
    return 0; // the GUI is wired in by the console work
}
