#include "passwordgenerator.h"

#include <QCoreApplication>
#include <QStringList>

#include <openssl/rand.h>

#include <array>

namespace attest {

namespace {

// Characters that read alike in many fonts or over the phone, and quotes that break scripts.
const QString kAmbiguous = QStringLiteral("0Oo1lI|`'\"");

QString withoutAmbiguous(const QString& characters, bool exclude)
{
    if (!exclude)
        return characters;
    QString out;
    for (QChar c : characters) {
        if (!kAmbiguous.contains(c))
            out += c;
    }
    return out;
}

} // namespace

QStringList PasswordGenerator::classes(const PasswordPolicy& policy)
{
    QStringList out;
    if (policy.lowercase)
        out << withoutAmbiguous(QStringLiteral("abcdefghijklmnopqrstuvwxyz"), policy.excludeAmbiguous);
    if (policy.uppercase)
        out << withoutAmbiguous(QStringLiteral("ABCDEFGHIJKLMNOPQRSTUVWXYZ"), policy.excludeAmbiguous);
    if (policy.digits)
        out << withoutAmbiguous(QStringLiteral("0123456789"), policy.excludeAmbiguous);
    if (policy.symbols) {
        // Each symbol once, printable ASCII only.
        QString symbols;
        for (QChar c : withoutAmbiguous(policy.symbolSet, policy.excludeAmbiguous)) {
            if (c.unicode() > 0x20 && c.unicode() < 0x7f && !c.isLetterOrNumber() && !symbols.contains(c))
                symbols += c;
        }
        out << symbols;
    }
    return out;
}

QString PasswordGenerator::alphabet(const PasswordPolicy& policy)
{
    return classes(policy).join(QString());
}

bool PasswordGenerator::validate(const PasswordPolicy& policy, QString* error)
{
    if (policy.length < PasswordPolicy::kMinimumLength || policy.length > PasswordPolicy::kMaximumLength) {
        *error =
            QCoreApplication::translate("PasswordGenerator", "A generated password must be %1 to %2 characters long.")
                .arg(PasswordPolicy::kMinimumLength)
                .arg(PasswordPolicy::kMaximumLength);
        return false;
    }
    const QStringList sets = classes(policy);
    if (sets.isEmpty()) {
        *error = QCoreApplication::translate("PasswordGenerator", "Choose at least one kind of character.");
        return false;
    }
    for (const QString& set : sets) {
        if (set.isEmpty()) {
            *error = QCoreApplication::translate("PasswordGenerator", "The symbol set has no usable symbol.");
            return false;
        }
    }
    if (sets.size() > policy.length) {
        *error = QCoreApplication::translate("PasswordGenerator",
                                             "The password is too short to hold every kind of character.");
        return false;
    }
    return true;
}

std::optional<quint32> PasswordGenerator::uniform(quint32 bound)
{
    if (bound == 0)
        return std::nullopt;
    // Accept only values below the largest multiple of bound, so every remainder is equally likely.
    const quint64 range = quint64(1) << 32;
    const quint64 limit = range - range % bound;
    for (int attempt = 0; attempt < 1000; ++attempt) {
        std::array<unsigned char, 4> bytes{};
        if (RAND_bytes(bytes.data(), int(bytes.size())) != 1)
            return std::nullopt;
        const quint64 value =
            quint64(bytes[0]) | quint64(bytes[1]) << 8 | quint64(bytes[2]) << 16 | quint64(bytes[3]) << 24;
        if (value < limit)
            return quint32(value % bound);
    }
    return std::nullopt;
}

std::optional<QString> PasswordGenerator::generate(const PasswordPolicy& policy, QString* error)
{
    if (!validate(policy, error))
        return std::nullopt;
    const QStringList sets = classes(policy);
    const QString characters = sets.join(QString());
    QString password(policy.length, QChar());
    for (int attempt = 0; attempt < 10000; ++attempt) {
        for (int i = 0; i < policy.length; ++i) {
            const auto index = uniform(quint32(characters.size()));
            if (!index) {
                password.fill(QChar());
                *error =
                    QCoreApplication::translate("PasswordGenerator", "The system's random number generator failed.");
                return std::nullopt;
            }
            password[i] = characters[qsizetype(*index)];
        }
        bool everyClass = true;
        for (const QString& set : sets) {
            bool present = false;
            for (QChar c : std::as_const(password))
                present = present || set.contains(c);
            everyClass = everyClass && present;
        }
        if (everyClass)
            return password;
    }
    password.fill(QChar());
    *error =
        QCoreApplication::translate("PasswordGenerator", "Could not draw a password holding every kind of character.");
    return std::nullopt;
}

} // namespace attest
