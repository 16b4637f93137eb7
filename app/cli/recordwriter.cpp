#include "recordwriter.h"

#include "csvwriter.h"
#include "jsonwriter.h"

namespace attest::cli {

RecordWriter::RecordWriter(OutputStream* out, QStringList fields)
    : m_out(out)
    , m_fields(std::move(fields))
{}

std::unique_ptr<RecordWriter> RecordWriter::create(Format format, OutputStream* out, QStringList fields)
{
    if (format == Format::Csv)
        return std::make_unique<CsvWriter>(out, std::move(fields));
    return std::make_unique<JsonWriter>(out, std::move(fields));
}

} // namespace attest::cli
