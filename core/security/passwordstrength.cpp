#include "passwordstrength.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

namespace attest {

namespace {

qint64 step(char32_t a, char32_t b)
{
    return qint64(b) - qint64(a);
}

bool isRun(char32_t a, char32_t b, char32_t c)
{
    const qint64 d = step(a, b);
    return d == step(b, c) && (d == 1 || d == -1);
}

// Look-alike digits and symbols read as the letters they stand for ("P4ssw0rd" is "password").
// '1' stands for 'i' or 'l', so both readings are checked.
QString readLookAlikes(const QString& lowered, QChar one)
{
    QString text = lowered;
    for (QChar& c : text) {
        switch (c.unicode()) {
        case '0':
            c = QLatin1Char('o');
            break;
        case '1':
        case '!':
        case '|':
            c = one;
            break;
        case '3':
            c = QLatin1Char('e');
            break;
        case '4':
        case '@':
            c = QLatin1Char('a');
            break;
        case '5':
        case '$':
            c = QLatin1Char('s');
            break;
        case '7':
        case '+':
            c = QLatin1Char('t');
            break;
        default:
            break;
        }
    }
    return text;
}

} // namespace

PasswordStrength PasswordStrength::estimate(const QString& password, const QStringList& personalWords)
{
    PasswordStrength s;
    // Characters, not UTF-16 units: an emoji is one character, and "é" is one however it was typed.
    const QString text = password.normalized(QString::NormalizationForm_C);
    const QList<uint> chars = text.toUcs4();
    const qsizetype n = chars.size();

    bool lower = false, upper = false, digit = false, other = false;
    for (const uint c : chars) {
        if (QChar::isLower(c))
            lower = true;
        else if (QChar::isUpper(c))
            upper = true;
        else if (QChar::isDigit(c))
            digit = true;
        else
            other = true;
    }
    const int pool = (lower ? 26 : 0) + (upper ? 26 : 0) + (digit ? 10 : 0) + (other ? 33 : 0);
    // Characters that repeat the one before or continue a run add little.
    double effective = 0;
    for (qsizetype i = 0; i < n; ++i) {
        const bool repeat = i > 0 && chars[i] == chars[i - 1];
        const bool run = i > 1 && isRun(chars[i - 2], chars[i - 1], chars[i]);
        effective += repeat || run ? 0.25 : 1.0;
    }
    s.bits = pool > 0 ? effective * std::log2(double(pool)) : 0;

    // Common passwords, keyboard rows and help-desk favourites (English and German): a guesser
    // tries these first, so a word found gives about as much as one pick from a list of ten
    // thousand (13 bits), not what its characters would be worth at random — and at least 20 less.
    static const char* const kCommon[] = {
        "password", "passwort",   "qwerty",   "qwertz",   "azerty",   "asdfgh", "zxcvbn", "letmein",
        "welcome",  "willkommen", "iloveyou", "admin",    "changeme", "secret", "geheim", "monkey",
        "dragon",   "sunshine",   "football", "baseball", "princess", "master", "summer", "sommer",
        "winter",   "hallo",      "123456",   "111111",   "000000",
    };
    const double perCharacter = pool > 0 ? std::log2(double(pool)) : 0;
    const auto wordCost = [perCharacter](const QString& word) {
        return std::max(20.0, double(word.size()) * perCharacter - 13.0);
    };
    const QString lowered = text.toLower();
    const QString readings[] = {lowered, readLookAlikes(lowered, QLatin1Char('i')),
                                readLookAlikes(lowered, QLatin1Char('l'))};
    const auto found = [&readings](const QString& word) {
        return std::any_of(std::begin(readings), std::end(readings),
                           [&word](const QString& reading) { return reading.contains(word); });
    };
    QStringList matched;
    for (const char* common : kCommon) {
        const QString word = QLatin1String(common);
        if (found(word)) {
            s.bits -= wordCost(word);
            matched << word;
            s.problems << QCoreApplication::translate("PasswordStrength", "contains \"%1\"").arg(word);
        }
    }
    // The account's own login and name are the first thing a targeted guess tries, and Active
    // Directory's complexity rule refuses them: a password holding one is weak however long it is.
    bool personal = false;
    for (const QString& word : personalWords) {
        const QString folded = word.toLower();
        if (word.size() >= 3 && !matched.contains(folded) && found(folded)) {
            s.bits -= wordCost(word);
            matched << folded;
            personal = true;
            s.problems << QCoreApplication::translate("PasswordStrength", "contains \"%1\" of the account").arg(word);
        }
    }

    const auto slice = [&chars](qsizetype from, qsizetype to) {
        return QString::fromUcs4(reinterpret_cast<const char32_t*>(chars.constData()) + from, to - from);
    };
    const auto problem = [&s](const QString& what) { // "abcabc" names "abc" once
        if (!s.problems.contains(what))
            s.problems << what;
    };
    // Name what made the count small: a character three times or more in a row, and runs of
    // three or more like "abc", "4321" (unless a word already named covers them).
    for (qsizetype i = 0; i < n;) {
        qsizetype end = i + 1;
        while (end < n && chars[end] == chars[i])
            ++end;
        if (end - i >= 3)
            problem(QCoreApplication::translate("PasswordStrength", "\"%1\" repeats one character").arg(slice(i, end)));
        i = end;
    }
    for (qsizetype i = 0; i + 2 < n;) {
        const qint64 d = step(chars[i], chars[i + 1]);
        if (d != 1 && d != -1) {
            ++i;
            continue;
        }
        qsizetype end = i + 2;
        while (end < n && step(chars[end - 1], chars[end]) == d)
            ++end;
        if (end - i >= 3) {
            const QString run = slice(i, end);
            const QString runLowered = run.toLower();
            if (std::none_of(matched.cbegin(), matched.cend(),
                             [&runLowered](const QString& word) { return word.contains(runLowered); }))
                problem(QCoreApplication::translate("PasswordStrength", "\"%1\" is a sequence").arg(run));
        }
        i = end - 1;
    }

    if (n < kRecommendedLength)
        s.problems << QCoreApplication::translate("PasswordStrength", "shorter than 12 characters");
    if (int(lower) + int(upper) + int(digit) + int(other) < 3)
        s.problems << QCoreApplication::translate("PasswordStrength", "fewer than three kinds of character");
    s.bits = std::max(0.0, s.bits);
    s.level = s.bits < 45 || n < kRecommendedLength || personal ? Level::Weak
              : s.bits < 60                                     ? Level::Fair
              : s.bits < 80                                     ? Level::Good
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
