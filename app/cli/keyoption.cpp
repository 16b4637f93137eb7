#include "keyoption.h"

#include <QFile>
#include <QFileInfo>

namespace attest::cli {

std::optional<QByteArray> parseKeyOption(const QString& value, bool allowFingerprint, QString* error)
{
    QByteArray text = value.trimmed().toLatin1();
    if (QFileInfo(value).isFile()) {
        QFile file(value);
        if (!file.open(QIODevice::ReadOnly)) {
            *error = QStringLiteral("%1 cannot be read: %2").arg(value, file.errorString());
            return std::nullopt;
        }
        text = file.read(4096).trimmed();
    }
    const QByteArray key = QByteArray::fromHex(text);
    const bool wellFormed = !key.isEmpty() && key.toHex() == text.toLower();
    if (wellFormed && (key.size() == 32 || (allowFingerprint && key.size() >= 8)))
        return key;
    *error = allowFingerprint
                 ? QStringLiteral("--key needs the journal's public key (64 hex digits, as attest journal key prints "
                                  "it) or its fingerprint (16 hex digits or more), or a file holding either")
                 : QStringLiteral("--key needs the journal's public key as 64 hex digits (attest journal key prints "
                                  "it), or a file holding them");
    return std::nullopt;
}

} // namespace attest::cli
