#include "testregistry.h"

#include "security/passwordgenerator.h"

#include <QHash>
#include <QTest>

#include <cmath>

using namespace attest;

namespace {

// The chi-square value above which uniform counts are rejected at significance 1e-6
// (Wilson–Hilferty approximation): a correct generator fails this about once in a million runs,
// while a byte-modulo bias (about 10% on some characters) fails it every time.
double chiSquareCritical(int degreesOfFreedom)
{
    const double z = 4.753; // one-sided 1e-6
    const double k = degreesOfFreedom;
    const double t = 1.0 - 2.0 / (9.0 * k) + z * std::sqrt(2.0 / (9.0 * k));
    return k * t * t * t;
}

double chiSquare(const QHash<QChar, int>& counts, const QString& alphabet)
{
    int total = 0;
    for (QChar c : alphabet)
        total += counts.value(c);
    const double expected = double(total) / double(alphabet.size());
    double sum = 0;
    for (QChar c : alphabet) {
        const double d = counts.value(c) - expected;
        sum += d * d / expected;
    }
    return sum;
}

} // namespace

class TestPasswordGenerator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void policiesAreHonoured_data()
    {
        QTest::addColumn<int>("length");
        QTest::addColumn<bool>("lower");
        QTest::addColumn<bool>("upper");
        QTest::addColumn<bool>("digits");
        QTest::addColumn<bool>("symbols");
        QTest::newRow("default") << 16 << true << true << true << true;
        QTest::newRow("minimum length") << 12 << true << true << true << true;
        QTest::newRow("long") << 64 << true << true << true << true;
        QTest::newRow("letters only") << 20 << true << true << false << false;
        QTest::newRow("digits only") << 12 << false << false << true << false;
        QTest::newRow("symbols and digits") << 14 << false << false << true << true;
    }

    void policiesAreHonoured()
    {
        QFETCH(int, length);
        QFETCH(bool, lower);
        QFETCH(bool, upper);
        QFETCH(bool, digits);
        QFETCH(bool, symbols);
        PasswordPolicy policy;
        policy.length = length;
        policy.lowercase = lower;
        policy.uppercase = upper;
        policy.digits = digits;
        policy.symbols = symbols;
        const QStringList classes = PasswordGenerator::classes(policy);
        const QString alphabet = PasswordGenerator::alphabet(policy);
        for (int i = 0; i < 500; ++i) {
            QString error;
            const auto password = PasswordGenerator::generate(policy, &error);
            QVERIFY2(password, qPrintable(error));
            QCOMPARE(password->size(), length);
            for (QChar c : *password) {
                QVERIFY2(alphabet.contains(c), qPrintable(*password));
                QVERIFY2(!QStringLiteral("0Oo1lI|`'\"").contains(c), qPrintable(*password));
            }
            for (const QString& set : classes) {
                bool present = false;
                for (QChar c : *password)
                    present = present || set.contains(c);
                QVERIFY2(present, qPrintable(*password));
            }
        }
    }

    void badPoliciesAreRefused_data()
    {
        QTest::addColumn<int>("length");
        QTest::addColumn<bool>("anyClass");
        QTest::addColumn<QString>("symbols");
        QTest::newRow("too short") << 11 << true << QStringLiteral("!#");
        QTest::newRow("zero") << 0 << true << QStringLiteral("!#");
        QTest::newRow("too long") << 1000 << true << QStringLiteral("!#");
        QTest::newRow("no class") << 16 << false << QStringLiteral("!#");
        QTest::newRow("symbols without a usable one") << 16 << true << QStringLiteral("abc'");
    }

    void badPoliciesAreRefused()
    {
        QFETCH(int, length);
        QFETCH(bool, anyClass);
        QFETCH(QString, symbols);
        PasswordPolicy policy;
        policy.length = length;
        policy.symbolSet = symbols;
        if (!anyClass)
            policy.lowercase = policy.uppercase = policy.digits = policy.symbols = false;
        QString error;
        QVERIFY(!PasswordGenerator::generate(policy, &error));
        QVERIFY(!error.isEmpty());
    }

    void uniformHasNoModuloBias()
    {
        // 24 buckets: a byte taken modulo 24 would favour the first 16 by 10%.
        QHash<QChar, int> counts;
        QString buckets;
        for (int i = 0; i < 24; ++i)
            buckets += QChar(u'a' + i);
        for (int i = 0; i < 240000; ++i) {
            const auto value = PasswordGenerator::uniform(24);
            QVERIFY(value);
            ++counts[buckets[qsizetype(*value)]];
        }
        const double chi = chiSquare(counts, buckets);
        QVERIFY2(chi < chiSquareCritical(23), qPrintable(QString::number(chi)));
    }

    void charactersAreUniformWithinEachClass()
    {
        // Whole passwords are drawn uniformly from those that hold every class, so within a class
        // every character is equally likely.
        const PasswordPolicy policy;
        QHash<QChar, int> counts;
        for (int i = 0; i < 20000; ++i) {
            QString error;
            const auto password = PasswordGenerator::generate(policy, &error);
            QVERIFY2(password, qPrintable(error));
            for (QChar c : *password)
                ++counts[c];
        }
        for (const QString& set : PasswordGenerator::classes(policy)) {
            const double chi = chiSquare(counts, set);
            QVERIFY2(chi < chiSquareCritical(int(set.size()) - 1),
                     qPrintable(set + QLatin1Char(' ') + QString::number(chi)));
        }
    }
};

ATTEST_REGISTER_TEST(TestPasswordGenerator, "passwordgenerator")
#include "tst_passwordgenerator.moc"
