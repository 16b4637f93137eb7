#include "testregistry.h"

#include <QGuiApplication>

int main(int argc, char** argv)
{
    QGuiApplication app(argc, argv);
    app.setApplicationName(QStringLiteral("attest-tests"));
    return attest::test::runTests(argc, argv);
}
