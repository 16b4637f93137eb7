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
    std::memset(&p, 0, sizeof p); // padding too: the records are written to disk as they are
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
    std::memset(&p, 0, sizeof p);
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
    for (std::size_t from = 0; from < m_items.size(); from += kItemsPerChunk) {
        const std::size_t count = std::min<std::size_t>(kItemsPerChunk, m_items.size() - from);
        QByteArray chunk(qsizetype(8 + count * sizeof(Packed)), Qt::Uninitialized);
        qToLittleEndian<quint32>(kFormat, chunk.data());
        qToLittleEndian<quint32>(quint32(count), chunk.data() + 4);
        // The records as they are in memory: written and read on the same kind of machine (a
        // workspace moving between architectures of another byte order is not supported).
        std::memcpy(chunk.data() + 8, m_items.data() + from, count * sizeof(Packed));
        chunks.append(chunk);
    }
    return chunks;
}

bool ReviewItemTable::decode(const QList<QByteArray>& strings, const QList<QByteArray>& items, ReviewItemTable* table,
                             QString* error)
{
    const auto damaged = [error](const QString& what) {
        *error = QCoreApplication::translate("Review", "the campaign's items are damaged (%1)").arg(what);
        return false;
    };
    *table = ReviewItemTable();
    for (const QByteArray& chunk : strings) {
        QDataStream in(chunk);
        in.setVersion(QDataStream::Qt_6_0);
        quint32 format = 0, count = 0;
        in >> format >> count;
        if (format != kFormat || in.status() != QDataStream::Ok)
            return damaged(QStringLiteral("string table"));
        for (quint32 i = 0; i < count; ++i) {
            QString text;
            in >> text;
            table->m_strings.append(text);
        }
        if (in.status() != QDataStream::Ok)
            return damaged(QStringLiteral("string table"));
    }
    const auto stringCount = quint32(table->m_strings.size());
    for (const QByteArray& chunk : items) {
        if (chunk.size() < 8 || qFromLittleEndian<quint32>(chunk.constData()) != kFormat)
            return damaged(QStringLiteral("records"));
        const quint32 count = qFromLittleEndian<quint32>(chunk.constData() + 4);
        if (qsizetype(8 + count * sizeof(Packed)) != chunk.size())
            return damaged(QStringLiteral("record size"));
        const std::size_t start = table->m_items.size();
        table->m_items.resize(start + count);
        std::memcpy(table->m_items.data() + start, chunk.constData() + 8, count * sizeof(Packed));
        for (std::size_t i = start; i < table->m_items.size(); ++i) {
            for (const quint32 id : table->m_items[i].text) {
                if (id >= stringCount)
                    return damaged(QStringLiteral("text index"));
            }
        }
    }
    return true;
}

} // namespace attest
