#pragma once

#include <QString>
#include <QStringList>

namespace attest {

// A rough, explainable strength estimate for a password someone typed: bits of guessing work
// from its length and character variety, reduced for repeats, runs like "abcd" or "1234",
// keyboard rows, common passwords (also spelt with look-alike digits, "P4ssw0rd") and words of the
// account's own (login, name). Lengths count characters (Unicode code points after NFC), not
// UTF-16 units. Not a substitute for the server's policy, which decides; it tells the help desk
// before the server does.
struct PasswordStrength
{
    enum class Level
    {
        Weak,
        Fair,
        Good,
        Strong,
    };
    static constexpr int kRecommendedLength = 12;

    double bits = 0;
    Level level = Level::Weak;
    QStringList problems; // in plain words: "shorter than 12 characters", "contains the login"

    static PasswordStrength estimate(const QString& password, const QStringList& personalWords = {});
    QString levelName() const;
};

} // namespace attest
