#include "testregistry.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>

int main(int argc, char** argv)
{
    // The attest processes these tests start write journal keys and settings to the XDG folders:
    // point those at a throw-away folder so a test run never touches the developer's own files.
    // (In-process code uses QStandardPaths' test mode instead.)
    QTemporaryDir home;
    if (home.isValid()) {
        for (const char* name : {"XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"}) {
            const QString folder = home.filePath(QString::fromLatin1(name).toLower());
            QDir().mkpath(folder);
            qputenv(name, QFile::encodeName(folder));
        }
    }
    QCoreApplication app(argc, argv);
    app.setApplicationName(QStringLiteral("attest-tests"));
    return attest::test::runTests(argc, argv);
}
