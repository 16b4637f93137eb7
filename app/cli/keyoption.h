#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace attest::cli {

// The value of a --key option: a journal public key as hex digits (64), or — where
// `allowFingerprint` — a fingerprint of one (16 hex digits or more), given directly or in a file.
// nullopt with a usage message in *error otherwise.
std::optional<QByteArray> parseKeyOption(const QString& value, bool allowFingerprint, QString* error);

} // namespace attest::cli
