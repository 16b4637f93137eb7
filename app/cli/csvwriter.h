#pragma once

#include "recordwriter.h"

#include <QByteArray>

namespace attest::cli {

// CSV output per RFC 4180 (comma, CRLF, quotes doubled). A via path is joined with " > ",
// booleans are true/false, null is an empty cell. Text from a directory that starts with = + - @
// or a tab/CR is prefixed with ' so a spreadsheet does not run it as a formula (CSV injection).
class CsvWriter final : public RecordWriter
{
public:
    CsvWriter(OutputStream* out, QStringList fields);
    void begin() override;
    void record(const std::vector<Value>& values) override;
    void end() override;

    static void appendCell(QByteArray& out, const QString& text, bool guardFormula);

private:
    QByteArray m_line;
};

} // namespace attest::cli
