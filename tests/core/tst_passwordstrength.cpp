#include "testregistry.h"

#include "security/passwordstrength.h"

#include <QRandomGenerator>
#include <QTest>

using namespace attest;
using Level = PasswordStrength::Level;

Q_DECLARE_METATYPE(PasswordStrength::Level)

namespace {

int wordsNamed(const PasswordStrength& strength)
{
    int count = 0;
    for (const QString& problem : strength.problems)
        count += problem.startsWith(QLatin1String("contains ")) ? 1 : 0;
    return count;
}

QString randomText(QRandomGenerator& random, const QString& alphabet, int length)
{
    QString text;
    for (int i = 0; i < length; ++i)
        text += alphabet.at(random.bounded(int(alphabet.size())));
    return text;
}

} // namespace

// The strength the help desk sees for a typed password: what it rates weak and why, in words,
// and that it never rates a longer or richer password lower.
class TestPasswordStrength : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void levelsAndReasons_data()
    {
        QTest::addColumn<QString>("password");
        QTest::addColumn<QStringList>("personal");
        QTest::addColumn<Level>("level");
        QTest::addColumn<QStringList>("problems");

        const QString shortText = QStringLiteral("shorter than 12 characters");
        const QString fewKinds = QStringLiteral("fewer than three kinds of character");
        QTest::newRow("empty") << QString() << QStringList() << Level::Weak << QStringList{shortText, fewKinds};
        QTest::newRow("short but varied")
            << QStringLiteral("Xk9#mQ2v") << QStringList() << Level::Weak << QStringList{shortText};
        QTest::newRow("twelve random") << QStringLiteral("Xk9#mQ2v!pL7") << QStringList() << Level::Good
                                       << QStringList();
        QTest::newRow("thirteen random") << QStringLiteral("Xk9#mQ2v!pL7z") << QStringList() << Level::Strong
                                         << QStringList();
        QTest::newRow("common") << QStringLiteral("password") << QStringList() << Level::Weak
                                << QStringList{QStringLiteral("contains \"password\""), shortText, fewKinds};
        QTest::newRow("common with digits")
            << QStringLiteral("Password1234") << QStringList() << Level::Weak
            << QStringList{QStringLiteral("contains \"password\""), QStringLiteral("\"1234\" is a sequence")};
        QTest::newRow("look-alike digits") << QStringLiteral("P4ssw0rd!2024") << QStringList() << Level::Weak
                                           << QStringList{QStringLiteral("contains \"password\"")};
        QTest::newRow("look-alike one as l") << QStringLiteral("1etmein-Now-77") << QStringList() << Level::Fair
                                             << QStringList{QStringLiteral("contains \"letmein\"")};
        QTest::newRow("German keyboard row") << QStringLiteral("Qwertz-Kaffee-9") << QStringList() << Level::Good
                                             << QStringList{QStringLiteral("contains \"qwertz\"")};
        QTest::newRow("the account's own name")
            << QStringLiteral("Carol.Clark#2x9") << QStringList{QStringLiteral("carol"), QStringLiteral("Carol")}
            << Level::Weak << QStringList{QStringLiteral("contains \"carol\" of the account")}; // named once
        QTest::newRow("words under three letters are not names")
            << QStringLiteral("al-Xk9#mQ2v!pL7") << QStringList{QStringLiteral("al")} << Level::Strong << QStringList();
        QTest::newRow("repeated") << QStringLiteral("aaaaaaaaaaaaaaaa") << QStringList() << Level::Weak
                                  << QStringList{QStringLiteral("\"aaaaaaaaaaaaaaaa\" repeats one character"),
                                                 fewKinds};
        QTest::newRow("sequence") << QStringLiteral("abcdefghijkl") << QStringList() << Level::Weak
                                  << QStringList{QStringLiteral("\"abcdefghijkl\" is a sequence"), fewKinds};
        QTest::newRow("sequence down, named once") << QStringLiteral("9876-9876-9876") << QStringList() << Level::Fair
                                                   << QStringList{QStringLiteral("\"9876\" is a sequence"), fewKinds};
        QTest::newRow("long passphrase") << QStringLiteral("correct horse battery staple") << QStringList()
                                         << Level::Strong << QStringList{fewKinds};
        QTest::newRow("emoji are one character each")
            << QStringLiteral("🔑🐢🔑🐢🔑🐢") << QStringList() << Level::Weak << QStringList{shortText, fewKinds};
        QTest::newRow("accented letters have case")
            << QStringLiteral("Grüße-aus-Köln") << QStringList() << Level::Strong << QStringList();
        QTest::newRow("letters without case are characters")
            << QStringLiteral("密码是很长的一句话呢对吧") << QStringList() << Level::Good << QStringList{fewKinds};
    }

    void levelsAndReasons()
    {
        QFETCH(QString, password);
        QFETCH(QStringList, personal);
        QFETCH(Level, level);
        QFETCH(QStringList, problems);
        const PasswordStrength strength = PasswordStrength::estimate(password, personal);
        QVERIFY2(strength.level == level,
                 qPrintable(QStringLiteral("%1 (%2 bits)").arg(strength.levelName()).arg(strength.bits)));
        QCOMPARE(strength.problems, problems);
        QVERIFY(strength.bits >= 0);
        if (password.isEmpty())
            QCOMPARE(strength.bits, 0.0);
    }

    void levelNames()
    {
        const PasswordStrength weak = PasswordStrength::estimate(QStringLiteral("abc"));
        QCOMPARE(weak.levelName(), QStringLiteral("weak"));
        const PasswordStrength fair = PasswordStrength::estimate(QStringLiteral("1etmein-Now-77"));
        QCOMPARE(fair.levelName(), QStringLiteral("fair"));
        const PasswordStrength good = PasswordStrength::estimate(QStringLiteral("Xk9#mQ2v!pL7"));
        QCOMPARE(good.levelName(), QStringLiteral("good"));
        const PasswordStrength strong = PasswordStrength::estimate(QStringLiteral("Xk9#mQ2v!pL7z"));
        QCOMPARE(strong.levelName(), QStringLiteral("strong"));
    }

    void repeatsAndRunsCountForLittle()
    {
        const double distinct = PasswordStrength::estimate(QStringLiteral("akqmzrtwyphx")).bits;
        QVERIFY(PasswordStrength::estimate(QStringLiteral("aaaaaaaaaaaa")).bits < distinct / 2);
        QVERIFY(PasswordStrength::estimate(QStringLiteral("abcdefghijkl")).bits < distinct / 2);
        QVERIFY(PasswordStrength::estimate(QStringLiteral("lkjihgfedcba")).bits < distinct / 2);
    }

    void theSameTextHowEverItWasTyped()
    {
        // "é" as one code point or as "e" and a combining accent: the same password.
        const QString composed = QStringLiteral("Café-Crème-Brûlée");
        const QString decomposed = composed.normalized(QString::NormalizationForm_D);
        QVERIFY(decomposed.size() > composed.size());
        const PasswordStrength a = PasswordStrength::estimate(composed);
        const PasswordStrength b = PasswordStrength::estimate(decomposed);
        QCOMPARE(b.bits, a.bits);
        QCOMPARE(b.level, a.level);
        QCOMPARE(b.problems, a.problems);
    }

    // Appending a character never lowers the estimate unless it completes a word a guesser tries
    // first (which is then named): checked along every prefix of fixed and random passwords.
    void longerNeverRatesLower()
    {
        QStringList passwords{QStringLiteral("correct horse battery staple"), QStringLiteral("Xk9#mQ2v!pL7z"),
                              QStringLiteral("Grüße-aus-Köln-🔑"), QStringLiteral("aaaaaaaaaaaaaaaaabcdefghij")};
        QRandomGenerator random(20240611);
        const QString alphabet = QStringLiteral("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
                                                "!#$%&*+-./:;=?@_ äöüß");
        for (int i = 0; i < 200; ++i)
            passwords << randomText(random, alphabet, 24);
        int compared = 0;
        for (const QString& password : std::as_const(passwords)) {
            PasswordStrength before = PasswordStrength::estimate(QString());
            for (qsizetype length = 1; length <= password.size(); ++length) {
                if (password.at(length - 1).isHighSurrogate())
                    continue;
                const QString prefix = password.left(length);
                const PasswordStrength after = PasswordStrength::estimate(prefix);
                if (wordsNamed(after) == wordsNamed(before)) {
                    QVERIFY2(after.bits >= before.bits && after.level >= before.level, qPrintable(prefix));
                    ++compared;
                }
                before = after;
            }
        }
        QVERIFY(compared > 4000); // nearly every prefix was compared
    }

    // A kind of character more never lowers it, and a new kind raises it.
    void moreKindsRateHigher()
    {
        QRandomGenerator random(7);
        for (int i = 0; i < 100; ++i) {
            const QString base = randomText(random, QStringLiteral("bdfhkmpqwxz"), 14);
            double bits = PasswordStrength::estimate(base).bits;
            Level level = PasswordStrength::estimate(base).level;
            QString password = base;
            for (const QChar more : {QLatin1Char('R'), QLatin1Char('7'), QLatin1Char('%')}) {
                password.insert(random.bounded(int(password.size()) + 1), more);
                const PasswordStrength richer = PasswordStrength::estimate(password);
                QVERIFY2(richer.bits > bits && richer.level >= level, qPrintable(password));
                bits = richer.bits;
                level = richer.level;
            }
            QCOMPARE(level, Level::Strong);
        }
    }
};

ATTEST_REGISTER_TEST(TestPasswordStrength, "passwordstrength")
#include "tst_passwordstrength.moc"
