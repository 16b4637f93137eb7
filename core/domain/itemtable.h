#pragma once

#include "review.h"

#include <QByteArray>
#include <QHash>
#include <QStringList>

#include <vector>

namespace attest {

// A campaign's items in compact form: every text once in a string table, each item a small
// fixed record of indexes. A million items take about 90 MB instead of half a gigabyte as
// ReviewItem values, load with two memcpy-like passes, and are shared read-only between threads.
class ReviewItemTable final
{
public:
    enum Field : quint8
    {
        IdentityKey,
        IdentityName,
        Title,
        Department,
        AccountKey,
        AccountLogin,
        AccountDn,
        EntitlementKey,
        EntitlementName,
        EntitlementDn,
        AccessPath,
        DirectGroupKey,
        DirectGroupDn,
        DirectGroupName,
        RecommendationReason,
        Reviewer,
        ReviewerName,
        FieldCount
    };

    void reserve(std::size_t items);
    // Room for about this many distinct texts while building (no rehashing of the interning index).
    void reserveStrings(std::size_t strings);
    void append(const ReviewItem& item);
    // The fast way for builders that see the same texts again and again: intern each text once,
    // keep its id, and append records of ids.
    quint32 intern(const QString& text);
    struct Record
    {
        quint32 text[FieldCount];
        Timestamp lastLogon;
        int peerPercent;
        Recommendation recommendation;
        ReviewerRelation relation;
        bool privileged;
        bool accountEnabled;
    };
    void append(const Record& record);
    std::size_t size() const { return m_items.size(); }
    bool empty() const { return m_items.empty(); }

    ReviewItem item(std::size_t index) const;
    const QString& text(std::size_t index, Field field) const { return m_strings[m_items[index].text[field]]; }
    quint32 textId(std::size_t index, Field field) const { return m_items[index].text[field]; }
    const QString& string(quint32 id) const { return m_strings[id]; }
    std::size_t stringCount() const { return std::size_t(m_strings.size()); }
    bool privileged(std::size_t index) const { return m_items[index].flags & kPrivileged; }
    bool accountEnabled(std::size_t index) const { return m_items[index].flags & kEnabled; }
    bool isDirect(std::size_t index) const
    {
        return m_items[index].text[EntitlementKey] == m_items[index].text[DirectGroupKey];
    }
    Timestamp lastLogon(std::size_t index) const { return m_items[index].lastLogon; }
    int peerPercent(std::size_t index) const { return m_items[index].peerPercent; }
    Recommendation recommendation(std::size_t index) const { return Recommendation(m_items[index].recommendation); }
    ReviewerRelation relation(std::size_t index) const { return ReviewerRelation(m_items[index].relation); }

    // SHA-256 over every item's account, entitlement, access path and reviewer, in order (the
    // same as populationHash over the items).
    QByteArray sha256() const;

    // Serialized form, in chunks for the workspace: the string table, then the records.
    QList<QByteArray> encodeStrings() const;
    QList<QByteArray> encodeItems() const;
    // The records' chunks one at a time, so that a writer holds one chunk, not a second table.
    std::size_t itemChunkCount() const;
    QByteArray encodeItemChunk(std::size_t chunk) const;
    // Rebuilds a table from chunks written by encode*(); false with *error for damaged data.
    static bool decode(const QList<QByteArray>& strings, const QList<QByteArray>& items, ReviewItemTable* table,
                       QString* error);
    // The same one chunk at a time, as the workspace reads them (every string chunk before the
    // first item chunk), so the chunks need not all be held at once.
    bool decodeStrings(QByteArrayView chunk, QString* error);
    bool decodeItems(QByteArrayView chunk, QString* error);

    void finishBuilding()
    {
        m_index.clear();
        m_index.squeeze();
    } // frees the interning index

private:
    static constexpr quint8 kPrivileged = 1;
    static constexpr quint8 kEnabled = 2;
    struct Packed
    {
        Packed() {} // left uninitialised: filled by memcpy or memset right after (no zeroing pass)
        quint32 text[FieldCount];
        qint64 lastLogon;
        qint16 peerPercent;
        quint8 recommendation;
        quint8 relation;
        quint8 flags;
    };
    quint32 internByValue(const QString& text);

    QStringList m_strings;
    QHash<QString, quint32> m_index;
    QHash<const void*, quint32> m_byPointer;
    std::vector<Packed> m_items;
};

} // namespace attest
