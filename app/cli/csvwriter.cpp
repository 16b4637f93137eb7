#include "csvwriter.h"

#include "outputstream.h"

#include "io/csv.h"

namespace attest::cli {

CsvWriter::CsvWriter(OutputStream* out, QStringList fields)
    : RecordWriter(out, std::move(fields))
{}

void CsvWriter::appendCell(QByteArray& out, const QString& text, bool guardFormula)
{
    csv::appendCell(out, text, guardFormula);
}

void CsvWriter::begin()
{
    m_line.clear();
    for (qsizetype i = 0; i < m_fields.size(); ++i) {
        if (i > 0)
            m_line.append(',');
        appendCell(m_line, m_fields[i], false);
    }
    m_line.append("\r\n");
    m_out->write(m_line);
}

void CsvWriter::record(const std::vector<Value>& values)
{
    m_line.clear();
    for (std::size_t i = 0; i < values.size(); ++i) {
        if (i > 0)
            m_line.append(',');
        const Value& v = values[i];
        switch (v.type) {
        case Value::Type::Null:
            break;
        case Value::Type::Bool:
            m_line.append(v.boolean ? "true" : "false");
            break;
        case Value::Type::Int:
            m_line.append(QByteArray::number(v.integer));
            break;
        case Value::Type::Text:
            appendCell(m_line, v.text, true);
            break;
        case Value::Type::List:
            appendCell(m_line, v.list.join(QStringLiteral(" > ")), true);
            break;
        }
    }
    m_line.append("\r\n");
    m_out->write(m_line);
}

void CsvWriter::end() {}

} // namespace attest::cli
