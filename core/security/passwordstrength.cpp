#include "passwordstrength.h"

#include <QCoreApplication>

#include <cmath>

namespace attest {

namespace {

bool isRun(QChar a, QChar b, QChar c)
{
    const int d1 = b.unicode() - a.unicode();
    const int d2 = c.unicode() - b.unicode();
    return d1 == d2 && (d1 == 1 || d1 == -1);
}

} // namespace

PasswordStrength PasswordStrength::estimate(const QString& password, const QStringList& personalWords)
{
    PasswordStrength s;
    bool lower = false, upper = false, digit = false, other = false;
    for (const QChar c : password) {
        if (c.isLower())
            lower = true;
        else if (c.isUpper())
            upper = true;
        else if (c.isDigit())
            digit = true;
        else
            other = true;
    }
    const int pool = (lower ? 26 : 0) + (upper ? 26 : 0) + (digit ? 10 : 0) + (other ? 33 : 0);
    // Characters that repeat the one before or continue a run add little.
    double effective = 0;
    for (qsizetype i = 0; i < password.size(); ++i) {
        const bool repeat = i > 0 && password[i] == password[i - 1];
        const bool run = i > 1 && isRun(password[i - 2], password[i - 1], password[i]);
        effective += repeat || run ? 0.25 : 1.0;
    }
    s.bits = pool > 0 ? effective * std::log2(double(pool)) : 0;

    const QString lowered = password.toLower();
    static const char* const kKeyboard[] = {"qwerty", "asdfgh", "zxcvbn", "123456", "password", "letmein", "welcome"};
    for (const char* pattern : kKeyboard) {
        if (lowered.contains(QLatin1String(pattern))) {
            s.bits -= 20;
            s.problems
                << QCoreApplication::translate("PasswordStrength", "contains \"%1\"").arg(QLatin1String(pattern));
        }
    }
    for (const QString& word : personalWords) {
        if (word.size() >= 3 && lowered.contains(word.toLower())) {
            s.bits -= 20;
            s.problems << QCoreApplication::translate("PasswordStrength", "contains \"%1\" of the account").arg(word);
        }
    }
    if (password.size() < 12)
        s.problems << QCoreApplication::translate("PasswordStrength", "shorter than 12 characters");
    if (int(lower) + int(upper) + int(digit) + int(other) < 3)
        s.problems << QCoreApplication::translate("PasswordStrength", "fewer than three kinds of character");
    s.bits = std::max(0.0, s.bits);
    s.level = s.bits < 45 || password.size() < 12 ? Level::Weak
              : s.bits < 60                       ? Level::Fair
              : s.bits < 80                       ? Level::Good
                                                  : Level::Strong;
    return s;
}

QString PasswordStrength::levelName() const
{
    switch (level) {
    case Level::Weak:
        return QCoreApplication::translate("PasswordStrength", "weak");
    case Level::Fair:
        return QCoreApplication::translate("PasswordStrength", "fair");
    case Level::Good:
        return QCoreApplication::translate("PasswordStrength", "good");
    case Level::Strong:
        break;
    }
    return QCoreApplication::translate("PasswordStrength", "strong");
}

} // namespace attest
