#include "searchindex.h"

#include <algorithm>
#include <cstring>
#include <functional>
#include <string_view>

namespace attest {

SearchIndex::SearchIndex(const std::vector<QString>& rows)
{
    std::size_t estimate = 0;
    for (const QString& row : rows)
        estimate += std::size_t(row.size()) + 1;
    reserve(rows.size(), estimate + estimate / 8);
    for (const QString& row : rows)
        addRow(row);
}

void SearchIndex::reserve(std::size_t rows, std::size_t bytes)
{
    m_offsets.reserve(rows + 1);
    m_text.reserve(bytes);
}

void SearchIndex::addRow(const QString& foldedText)
{
    // m_offsets holds each row's start and, after the last row, the end.
    if (!m_offsets.empty())
        m_offsets.pop_back();
    m_offsets.push_back(quint32(m_text.size()));
    const QByteArray utf8 = foldedText.toUtf8();
    // A NUL inside directory data would split a row; replace it so rows stay separate.
    for (char c : utf8)
        m_text.push_back(c == '\0' ? ' ' : c);
    m_text.push_back('\0');
    m_offsets.push_back(quint32(m_text.size()));
}

namespace {

void appendUtf8(std::string& out, char32_t c)
{
    if (c < 0x80) {
        out.push_back(char(c));
    } else if (c < 0x800) {
        out.push_back(char(0xC0 | (c >> 6)));
        out.push_back(char(0x80 | (c & 0x3F)));
    } else if (c < 0x10000) {
        out.push_back(char(0xE0 | (c >> 12)));
        out.push_back(char(0x80 | ((c >> 6) & 0x3F)));
        out.push_back(char(0x80 | (c & 0x3F)));
    } else {
        out.push_back(char(0xF0 | (c >> 18)));
        out.push_back(char(0x80 | ((c >> 12) & 0x3F)));
        out.push_back(char(0x80 | ((c >> 6) & 0x3F)));
        out.push_back(char(0x80 | (c & 0x3F)));
    }
}

} // namespace

void SearchIndex::addRow(std::initializer_list<QStringView> parts)
{
    if (!m_offsets.empty())
        m_offsets.pop_back();
    m_offsets.push_back(quint32(m_text.size()));
    bool first = true;
    for (QStringView part : parts) {
        if (!first)
            m_text.push_back('\n');
        first = false;
        const qsizetype size = part.size();
        for (qsizetype i = 0; i < size; ++i) {
            const char16_t u = part[i].unicode();
            if (u < 0x80) {
                const char c = char(u);
                m_text.push_back(c >= 'A' && c <= 'Z' ? char(c + ('a' - 'A')) : (c == '\0' ? ' ' : c));
                continue;
            }
            char32_t code = u;
            if (QChar::isHighSurrogate(u) && i + 1 < size && QChar::isLowSurrogate(part[i + 1].unicode())) {
                code = QChar::surrogateToUcs4(u, part[i + 1].unicode());
                ++i;
            }
            // The same simple folding QString::toCaseFolded applies, so typed terms match.
            appendUtf8(m_text, QChar::toCaseFolded(code));
        }
    }
    m_text.push_back('\0');
    m_offsets.push_back(quint32(m_text.size()));
}

std::vector<char> SearchIndex::match(const QStringList& foldedTerms, const std::vector<quint16>& tagMasks) const
{
    const int rows = rowCount();
    std::vector<char> result(static_cast<std::size_t>(rows), 1);
    if (foldedTerms.isEmpty() || rows == 0)
        return result;

    std::vector<char> hit(static_cast<std::size_t>(rows));
    const std::string_view text(m_text);
    const bool haveTags = m_tags.size() == hit.size();
    for (qsizetype t = 0; t < foldedTerms.size(); ++t) {
        const QString& term = foldedTerms[t];
        const QByteArray needle = term.toUtf8();
        if (needle.isEmpty())
            continue;
        std::fill(hit.begin(), hit.end(), 0);
        const quint16 mask = haveTags && std::size_t(t) < tagMasks.size() ? tagMasks[std::size_t(t)] : 0;
        if (mask != 0) {
            for (std::size_t i = 0; i < hit.size(); ++i)
                hit[i] = char((m_tags[i] & mask) != 0);
        }
        const std::string_view pattern(needle.constData(), std::size_t(needle.size()));
        const std::boyer_moore_horspool_searcher searcher(pattern.begin(), pattern.end());
        auto position = text.begin();
        std::size_t row = 0;
        while (true) {
            const auto found = std::search(position, text.end(), searcher);
            if (found == text.end())
                break;
            const auto offset = quint32(found - text.begin());
            // Rows are found in increasing order, so the row index only moves forward.
            while (m_offsets[row + 1] <= offset)
                ++row;
            hit[row] = 1;
            // Skip to the next row: one hit per row is enough.
            position = text.begin() + m_offsets[row + 1];
            if (position == text.end())
                break;
        }
        for (std::size_t i = 0; i < hit.size(); ++i)
            result[i] = char(result[i] & hit[i]);
    }
    return result;
}

bool SearchIndex::rowMatches(int row, const QStringList& foldedTerms, const std::vector<quint16>& tagMasks) const
{
    if (row < 0 || row >= rowCount())
        return foldedTerms.isEmpty();
    const std::string_view text(m_text.data() + m_offsets[std::size_t(row)],
                                m_offsets[std::size_t(row) + 1] - m_offsets[std::size_t(row)]);
    const quint16 tags = m_tags.size() == std::size_t(rowCount()) ? m_tags[std::size_t(row)] : 0;
    for (qsizetype t = 0; t < foldedTerms.size(); ++t) {
        if (std::size_t(t) < tagMasks.size() && (tags & tagMasks[std::size_t(t)]) != 0)
            continue;
        const QByteArray needle = foldedTerms[t].toUtf8();
        if (text.find(std::string_view(needle.constData(), std::size_t(needle.size()))) == std::string_view::npos)
            return false;
    }
    return true;
}

} // namespace attest
