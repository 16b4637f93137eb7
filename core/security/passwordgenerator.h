#pragma once

#include <QString>

#include <optional>

namespace attest {

// What a generated password must look like. Length 16 by default and never below 12.
struct PasswordPolicy
{
    static constexpr int kMinimumLength = 12;
    static constexpr int kMaximumLength = 256;

    int length = 16;
    bool lowercase = true;
    bool uppercase = true;
    bool digits = true;
    bool symbols = true;
    bool excludeAmbiguous = true; // no 0 O o 1 l I | and quotes, which people misread on the phone
    QString symbolSet = QStringLiteral("!#$%&*+-=?@^_~");
};

// Generates passwords from OpenSSL's RAND_bytes, each character drawn without modulo bias, every
// chosen class present, and every such password equally likely (whole passwords that miss a
// class are drawn again rather than patched, which would skew the distribution).
class PasswordGenerator final
{
public:
    static bool validate(const PasswordPolicy& policy, QString* error);
    // The characters the policy can produce, by class, ambiguous ones removed.
    static QString alphabet(const PasswordPolicy& policy);
    static QStringList classes(const PasswordPolicy& policy);

    // nullopt with *error for an invalid policy or when the system's random source fails.
    static std::optional<QString> generate(const PasswordPolicy& policy, QString* error);

    // A uniformly distributed integer in [0, bound) from RAND_bytes (rejection sampling).
    static std::optional<quint32> uniform(quint32 bound);
};

} // namespace attest
