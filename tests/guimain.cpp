#include "testregistry.h"

#include <QApplication>

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    app.setApplicationName(QStringLiteral("attest-tests"));
    return attest::test::runTests(argc, argv);
}
