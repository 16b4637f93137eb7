#pragma once

#include <QByteArray>
#include <QString>

#include <cstdio>

namespace attest::cli {

// Buffered UTF-8 output to a C stream (stdout for exports): millions of small appends become a
// few large writes. Remembers a write failure (a closed pipe, a full disk) for the exit code.
class OutputStream final
{
public:
    explicit OutputStream(std::FILE* file);
    ~OutputStream();
    OutputStream(const OutputStream&) = delete;
    OutputStream& operator=(const OutputStream&) = delete;

    void write(const char* data, qsizetype size);
    void write(const QByteArray& bytes) { write(bytes.constData(), bytes.size()); }
    void write(char c);
    void write(const QString& text) { write(text.toUtf8()); }
    bool flush();
    bool failed() const { return m_failed; }

private:
    std::FILE* m_file;
    QByteArray m_buffer;
    bool m_failed = false;
};

} // namespace attest::cli
