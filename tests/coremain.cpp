#include "testregistry.h"

#include <QCoreApplication>

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    app.setApplicationName(QStringLiteral("attest-tests"));
    return attest::test::runTests(argc, argv);
}
