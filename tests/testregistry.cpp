#include "testregistry.h"

#include <QCoreApplication>
#include <QStringList>
#include <QTest>

#include <cstdio>

namespace attest::test {

std::map<QString, TestFactory>& registry()
{
    static std::map<QString, TestFactory> tests;
    return tests;
}

int runTests(int argc, char** argv)
{
    QStringList args;
    for (int i = 0; i < argc; ++i)
        args << QString::fromLocal8Bit(argv[i]);

    if (args.size() > 1 && !args.at(1).startsWith(QLatin1Char('-'))) {
        const QString name = args.takeAt(1);
        auto it = registry().find(name);
        if (it == registry().end()) {
            std::fprintf(stderr, "no test named %s\n", qPrintable(name));
            return 2;
        }
        auto test = it->second();
        return QTest::qExec(test.get(), args);
    }
    int failures = 0;
    for (const auto& [name, factory] : registry()) {
        auto test = factory();
        failures += QTest::qExec(test.get(), args) != 0 ? 1 : 0;
    }
    return failures;
}

} // namespace attest::test
