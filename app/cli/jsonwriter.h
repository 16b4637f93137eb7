#pragma once

#include "recordwriter.h"

#include <QByteArray>

namespace attest::cli {

// JSON output: "[", one object per record with the fields in order, "]". Strings are escaped
// per RFC 8259; everything else in UTF-8 as it is.
class JsonWriter final : public RecordWriter
{
public:
    JsonWriter(OutputStream* out, QStringList fields);
    void begin() override;
    void record(const std::vector<Value>& values) override;
    void end() override;

    static void appendString(QByteArray& out, const QString& text);

private:
    std::vector<QByteArray> m_keys; // "\"name\":" per field, made once
    QByteArray m_line;
    bool m_first = true;
};

} // namespace attest::cli
