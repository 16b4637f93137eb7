#include "outputstream.h"

namespace attest::cli {

namespace {
constexpr qsizetype kBufferSize = 1 << 20;
}

OutputStream::OutputStream(std::FILE* file)
    : m_file(file)
{
    m_buffer.reserve(kBufferSize + 4096);
}

OutputStream::~OutputStream()
{
    flush();
}

void OutputStream::write(const char* data, qsizetype size)
{
    m_buffer.append(data, size);
    if (m_buffer.size() >= kBufferSize)
        flush();
}

void OutputStream::write(char c)
{
    m_buffer.append(c);
    if (m_buffer.size() >= kBufferSize)
        flush();
}

bool OutputStream::flush()
{
    if (!m_buffer.isEmpty() && !m_failed) {
        if (std::fwrite(m_buffer.constData(), 1, std::size_t(m_buffer.size()), m_file) != std::size_t(m_buffer.size()))
            m_failed = true;
    }
    m_buffer.clear();
    if (std::fflush(m_file) != 0)
        m_failed = true;
    return !m_failed;
}

} // namespace attest::cli
