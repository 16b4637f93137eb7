#include "jsonwriter.h"

#include "outputstream.h"

namespace attest::cli {

JsonWriter::JsonWriter(OutputStream* out, QStringList fields)
    : RecordWriter(out, std::move(fields))
{
    for (const QString& field : m_fields) {
        QByteArray key;
        appendString(key, field);
        key.append(':');
        m_keys.push_back(key);
    }
}

void JsonWriter::appendString(QByteArray& out, const QString& text)
{
    static const char hex[] = "0123456789abcdef";
    out.append('"');
    // toUtf8 turns lone surrogates into U+FFFD, so the output is always valid UTF-8.
    const QByteArray utf8 = text.toUtf8();
    for (char c : utf8) {
        const auto u = static_cast<unsigned char>(c);
        switch (c) {
        case '"':
            out.append("\\\"");
            break;
        case '\\':
            out.append("\\\\");
            break;
        case '\n':
            out.append("\\n");
            break;
        case '\r':
            out.append("\\r");
            break;
        case '\t':
            out.append("\\t");
            break;
        default:
            if (u < 0x20 || u == 0x7f) {
                out.append("\\u00");
                out.append(hex[u >> 4]);
                out.append(hex[u & 0xf]);
            } else {
                out.append(c);
            }
        }
    }
    out.append('"');
}

void JsonWriter::begin()
{
    m_out->write('[');
}

void JsonWriter::record(const std::vector<Value>& values)
{
    m_line.clear();
    m_line.append(m_first ? "\n{" : ",\n{");
    m_first = false;
    for (std::size_t i = 0; i < values.size() && i < m_keys.size(); ++i) {
        if (i > 0)
            m_line.append(',');
        m_line.append(m_keys[i]);
        const Value& v = values[i];
        switch (v.type) {
        case Value::Type::Null:
            m_line.append("null");
            break;
        case Value::Type::Bool:
            m_line.append(v.boolean ? "true" : "false");
            break;
        case Value::Type::Int:
            m_line.append(QByteArray::number(v.integer));
            break;
        case Value::Type::Text:
            appendString(m_line, v.text);
            break;
        case Value::Type::List:
            m_line.append('[');
            for (qsizetype j = 0; j < v.list.size(); ++j) {
                if (j > 0)
                    m_line.append(',');
                appendString(m_line, v.list[j]);
            }
            m_line.append(']');
            break;
        }
    }
    m_line.append('}');
    m_out->write(m_line);
}

void JsonWriter::end()
{
    m_out->write(m_first ? "]\n" : "\n]\n", m_first ? 2 : 3);
}

} // namespace attest::cli
