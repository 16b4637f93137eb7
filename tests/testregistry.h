#pragma once

#include <QObject>
#include <QString>

#include <functional>
#include <map>
#include <memory>

namespace attest::test {

// Test classes of one layer are linked into one program (linking many small Qt programs is
// slow); each registers itself under its file's name and CTest runs them one by one.
using TestFactory = std::function<std::unique_ptr<QObject>()>;

std::map<QString, TestFactory>& registry();

struct Registrar
{
    Registrar(const char* name, TestFactory factory)
    {
        registry().emplace(QString::fromLatin1(name), std::move(factory));
    }
};

// Runs the named test (argv[1]) with the remaining arguments, or every test when none is named.
int runTests(int argc, char** argv);

} // namespace attest::test

#define ATTEST_REGISTER_TEST(Class, name)                                                                              \
    static const attest::test::Registrar attestRegistrar##Class(name, [] { return std::make_unique<Class>(); });
