#include "itemtable.h"

#include <QCoreApplication>
#include <QDataStream>
#include <QIODevice>
#include <QtEndian>

#include <openssl/evp.h>

#include <cstring>
#include <memory>

namespace attest {

namespace {

constexpr int kStringsPerChunk = 65536;
constexpr int kItemsPerChunk = 65536;
constexpr quint32 kFormat = 1;

} // namespace

void ReviewItemTable::reserve(std::size_t items)
{
    m_items.reserve(items);
}

void ReviewItemTable::reserveStrings(std::size_t strings)
{
    m_strings.reserve(qsizetype(strings));
    m_index.reserve(qsizetype(strings));
    m_byPointer.reserve(qsizetype(strings));
}

quint32 ReviewItemTable::intern(const QString& text)
{
    // Most texts are the snapshot's own strings, shared: their data pointer finds them without
    // hashing the characters.
    const auto byPointer = m_byPointer.constFind(text.constData());
    if (byPointer != m_byPointer.cend() && m_strings[*byPointer].size() == text.size() &&
        m_strings[*byPointer].constData() == text.constData())
        return *byPointer;
    const quint32 id = internByValue(text);
    m_byPointer.insert(text.constData(), id);
    return id;
}

quint32 ReviewItemTable::internByValue(const QString& text)
{
    const auto it = m_index.constFind(text);
    if (it != m_index.cend())
        return *it;
    const auto id = quint32(m_strings.size());
    m_strings.append(text);
    m_index.insert(text, id);
    return id;
}

void ReviewItemTable::append(const ReviewItem& item)
{
    Packed p;
    std::memset(static_cast<void*>(&p), 0, sizeof p); // padding too: the records are written to disk as they are
    const QString* texts[FieldCount] = {&item.identityKey,   &item.identityName,    &item.title,
                                        &item.department,    &item.accountKey,      &item.accountLogin,
                                        &item.accountDn,     &item.entitlementKey,  &item.entitlementName,
                                        &item.entitlementDn, &item.accessPath,      &item.directGroupKey,
                                        &item.directGroupDn, &item.directGroupName, &item.recommendationReason,
                                        &item.reviewer,      &item.reviewerName};
    for (int f = 0; f < FieldCount; ++f)
        p.text[f] = intern(*texts[f]);
    p.lastLogon = item.lastLogon;
    p.peerPercent = qint16(item.peerPercent);
    p.recommendation = quint8(item.recommendation);
    p.relation = quint8(item.relation);
    p.flags = quint8((item.privileged ? kPrivileged : 0) | (item.accountEnabled ? kEnabled : 0));
    m_items.push_back(p);
}

void ReviewItemTable::append(const Record& record)
{
    Packed p;
    std::memset(static_cast<void*>(&p), 0, sizeof p);
    std::memcpy(p.text, record.text, sizeof p.text);
    p.lastLogon = record.lastLogon;
    p.peerPercent = qint16(record.peerPercent);
    p.recommendation = quint8(record.recommendation);
    p.relation = quint8(record.relation);
    p.flags = quint8((record.privileged ? kPrivileged : 0) | (record.accountEnabled ? kEnabled : 0));
    m_items.push_back(p);
}

ReviewItem ReviewItemTable::item(std::size_t index) const
{
    const Packed& p = m_items[index];
    ReviewItem item;
    item.index = quint32(index);
    QString* texts[FieldCount] = {&item.identityKey,   &item.identityName,    &item.title,
                                  &item.department,    &item.accountKey,      &item.accountLogin,
                                  &item.accountDn,     &item.entitlementKey,  &item.entitlementName,
                                  &item.entitlementDn, &item.accessPath,      &item.directGroupKey,
                                  &item.directGroupDn, &item.directGroupName, &item.recommendationReason,
                                  &item.reviewer,      &item.reviewerName};
    for (int f = 0; f < FieldCount; ++f)
        *texts[f] = m_strings[p.text[f]];
    item.lastLogon = p.lastLogon;
    item.peerPercent = p.peerPercent;
    item.recommendation = Recommendation(p.recommendation);
    item.relation = ReviewerRelation(p.relation);
    item.privileged = p.flags & kPrivileged;
    item.accountEnabled = p.flags & kEnabled;
    return item;
}

QByteArray ReviewItemTable::sha256() const
{
    // Each text's UTF-8 once; the lines in 64 KiB buffers through OpenSSL's SHA-256 (hardware-
    // accelerated where the CPU can). The bytes hashed are the lines
    // "account<TAB>entitlement<TAB>path<TAB>reviewer<LF>", in item order.
    std::vector<QByteArray> utf8;
    utf8.reserve(std::size_t(m_strings.size()));
    for (const QString& text : m_strings)
        utf8.push_back(text.toUtf8());
    std::unique_ptr<EVP_MD_CTX, decltype(&EVP_MD_CTX_free)> context(EVP_MD_CTX_new(), &EVP_MD_CTX_free);
    if (!context || EVP_DigestInit_ex(context.get(), EVP_sha256(), nullptr) != 1)
        return {};
    QByteArray buffer;
    buffer.reserve(1 << 16);
    const auto flush = [&] {
        EVP_DigestUpdate(context.get(), buffer.constData(), std::size_t(buffer.size()));
        buffer.clear();
    };
    for (const Packed& p : m_items) {
        if (buffer.size() > (1 << 16) - 8192)
            flush();
        buffer += utf8[p.text[AccountKey]];
        buffer += '\t';
        buffer += utf8[p.text[EntitlementKey]];
        buffer += '\t';
        buffer += utf8[p.text[AccessPath]];
        buffer += '\t';
        buffer += utf8[p.text[Reviewer]];
        buffer += '\n';
    }
    flush();
    QByteArray digest(32, Qt::Uninitialized);
    unsigned int length = 0;
    if (EVP_DigestFinal_ex(context.get(), reinterpret_cast<unsigned char*>(digest.data()), &length) != 1 ||
        length != 32)
        return {};
    return digest;
}

QList<QByteArray> ReviewItemTable::encodeStrings() const
{
    QList<QByteArray> chunks;
    for (qsizetype from = 0; from < m_strings.size() || chunks.isEmpty(); from += kStringsPerChunk) {
        QByteArray chunk;
        QDataStream out(&chunk, QIODevice::WriteOnly);
        out.setVersion(QDataStream::Qt_6_0);
        const qsizetype count = qMin<qsizetype>(kStringsPerChunk, m_strings.size() - from);
        out << kFormat << quint32(count);
        for (qsizetype i = 0; i < count; ++i)
            out << m_strings[from + i];
        chunks.append(chunk);
        if (count <= 0)
            break;
    }
    return chunks;
}

QList<QByteArray> ReviewItemTable::encodeItems() const
{
    QList<QByteArray> chunks;
    for (std::size_t chunk = 0; chunk < itemChunkCount(); ++chunk)
        chunks.append(encodeItemChunk(chunk));
    return chunks;
}

std::size_t ReviewItemTable::itemChunkCount() const
{
    return (m_items.size() + kItemsPerChunk - 1) / kItemsPerChunk;
}

QByteArray ReviewItemTable::encodeItemChunk(std::size_t chunk) const
{
    const std::size_t from = chunk * kItemsPerChunk;
    const std::size_t count = std::min<std::size_t>(kItemsPerChunk, m_items.size() - from);
    QByteArray bytes(qsizetype(8 + count * sizeof(Packed)), Qt::Uninitialized);
    qToLittleEndian<quint32>(kFormat, bytes.data());
    qToLittleEndian<quint32>(quint32(count), bytes.data() + 4);
    // The records as they are in memory: written and read on the same kind of machine (a
    // workspace moving between architectures of another byte order is not supported).
    std::memcpy(bytes.data() + 8, m_items.data() + from, count * sizeof(Packed));
    return bytes;
}

bool ReviewItemTable::decode(const QList<QByteArray>& strings, const QList<QByteArray>& items, ReviewItemTable* table,
                             QString* error)
{
    *table = ReviewItemTable();
    for (const QByteArray& chunk : strings) {
        if (!table->decodeStrings(chunk, error))
            return false;
    }
    for (const QByteArray& chunk : items) {
        if (!table->decodeItems(chunk, error))
            return false;
    }
    return true;
}

namespace {

bool damaged(const QString& what, QString* error)
{
    *error = QCoreApplication::translate("Review", "the campaign's items are damaged (%1)").arg(what);
    return false;
}

} // namespace

bool ReviewItemTable::decodeStrings(QByteArrayView chunk, QString* error)
{
    const QByteArray bytes = QByteArray::fromRawData(chunk.data(), chunk.size());
    QDataStream in(bytes);
    in.setVersion(QDataStream::Qt_6_0);
    quint32 format = 0, count = 0;
    in >> format >> count;
    if (format != kFormat || in.status() != QDataStream::Ok)
        return damaged(QStringLiteral("string table"), error);
    // Each string takes at least its 4-byte length: a count beyond that is damage, not a reason to
    // reserve gigabytes.
    if (count > quint32(chunk.size() / 4))
        return damaged(QStringLiteral("string count"), error);
    m_strings.reserve(m_strings.size() + qsizetype(count));
    for (quint32 i = 0; i < count; ++i) {
        QString text;
        in >> text;
        m_strings.append(text);
    }
    if (in.status() != QDataStream::Ok)
        return damaged(QStringLiteral("string table"), error);
    return true;
}

bool ReviewItemTable::decodeItems(QByteArrayView chunk, QString* error)
{
    if (chunk.size() < 8 || qFromLittleEndian<quint32>(chunk.data()) != kFormat)
        return damaged(QStringLiteral("records"), error);
    const quint32 count = qFromLittleEndian<quint32>(chunk.data() + 4);
    if (qsizetype(8 + std::size_t(count) * sizeof(Packed)) != chunk.size())
        return damaged(QStringLiteral("record size"), error);
    const std::size_t start = m_items.size();
    if (m_items.capacity() < start + count) // geometric growth: linear over all chunks
        m_items.reserve(std::max<std::size_t>(start + count, m_items.capacity() * 2));
    m_items.resize(start + count); // Packed's constructor leaves the memory as it is
    std::memcpy(m_items.data() + start, chunk.data() + 8, count * sizeof(Packed));
    const auto stringCount = quint32(m_strings.size());
    for (std::size_t i = start; i < m_items.size(); ++i) {
        for (const quint32 id : m_items[i].text) {
            if (id >= stringCount)
                return damaged(QStringLiteral("text index"), error);
        }
    }
    return true;
}

} // namespace attest
