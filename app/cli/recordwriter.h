#pragma once

#include <QString>
#include <QStringList>

#include <memory>
#include <vector>

namespace attest::cli {

class OutputStream;

// One value of an exported record: null, a boolean, an integer, text, or a list of text (a
// grant's via path).
struct Value
{
    enum class Type
    {
        Null,
        Bool,
        Int,
        Text,
        List
    };
    Type type = Type::Null;
    bool boolean = false;
    qint64 integer = 0;
    QString text;
    QStringList list;

    static Value null() { return {}; }
    static Value of(bool b) { return {Type::Bool, b, 0, {}, {}}; }
    static Value of(qint64 i) { return {Type::Int, false, i, {}, {}}; }
    static Value of(const QString& s) { return {Type::Text, false, 0, s, {}}; }
    static Value orNull(const QString& s) { return s.isEmpty() ? null() : of(s); }
    static Value of(const QStringList& l) { return {Type::List, false, 0, {}, l}; }
};

// Streams records with a fixed set of fields as JSON (an array of objects) or CSV (a header and
// one line per record), so an export of millions of rows never sits in memory.
class RecordWriter
{
public:
    enum class Format
    {
        Json,
        Csv
    };
    static std::unique_ptr<RecordWriter> create(Format format, OutputStream* out, QStringList fields);

    virtual ~RecordWriter() = default;
    virtual void begin() = 0;
    virtual void record(const std::vector<Value>& values) = 0;
    virtual void end() = 0;

protected:
    RecordWriter(OutputStream* out, QStringList fields);
    OutputStream* m_out;
    QStringList m_fields;
};

} // namespace attest::cli
