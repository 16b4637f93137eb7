#pragma once

#include <QString>
#include <QStringList>
#include <QStringView>

#include <initializer_list>
#include <string>
#include <vector>

namespace attest {

// The searchable text of every row of a table, case-folded and stored as one UTF-8 buffer, so
// that a keystroke over 100,000 rows is a few substring scans of a contiguous buffer instead of
// 100,000 QString searches. Immutable once built; safe to share between threads.
class SearchIndex final
{
public:
    SearchIndex() = default;
    // rows: one string per row, already case-folded (QString::toCaseFolded).
    explicit SearchIndex(const std::vector<QString>& rows);

    // Building row by row keeps only one row's UTF-16 text alive at a time.
    void reserve(std::size_t rows, std::size_t bytes);
    void addRow(const QString& foldedText);
    // Folds and joins the parts itself (ASCII fast, everything else through QChar's case folding)
    // without building intermediate strings: this is most of the cost of preparing a big pane.
    void addRow(std::initializer_list<QStringView> parts);

    int rowCount() const { return int(m_offsets.empty() ? 0 : m_offsets.size() - 1); }

    // Tags of each row (bits, e.g. hygiene flags) that a term can match by meaning instead of by
    // text, so the words of the findings need not be copied into every flagged row's text and
    // follow the language loaded when the search runs. One entry per row, or none.
    void setTags(std::vector<quint16> tags) { m_tags = std::move(tags); }

    // For each row, whether it contains every term (terms case-folded). Empty terms: all rows.
    // tagMasks, when given, has one mask per term: a row whose tags share a bit with it matches
    // that term whatever its text.
    std::vector<char> match(const QStringList& foldedTerms, const std::vector<quint16>& tagMasks = {}) const;
    bool rowMatches(int row, const QStringList& foldedTerms, const std::vector<quint16>& tagMasks = {}) const;

private:
    std::string m_text;             // rows separated by '\0', which no term contains
    std::vector<quint32> m_offsets; // start of each row, plus the end
    std::vector<quint16> m_tags;    // per row, or empty
};

} // namespace attest
