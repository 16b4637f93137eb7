#include "membershipblocks.h"

#include <QtEndian>

namespace attest::membershipblocks {

QByteArray encode(const std::vector<Membership>& memberships, qsizetype first, qsizetype count)
{
    QByteArray block(count * kRecordSize, Qt::Uninitialized);
    auto* out = reinterpret_cast<uchar*>(block.data());
    for (qsizetype i = 0; i < count; ++i) {
        const Membership& m = memberships[static_cast<std::size_t>(first + i)];
        qToLittleEndian<quint32>(m.entitlement, out);
        qToLittleEndian<quint32>(m.member, out + 4);
        out[8] = static_cast<uchar>(m.memberKind);
        out += kRecordSize;
    }
    return block;
}

bool decode(const QByteArray& block, qint64 count, std::vector<Membership>* out)
{
    if (count < 0 || block.size() != count * kRecordSize)
        return false;
    const auto* in = reinterpret_cast<const uchar*>(block.constData());
    for (qint64 i = 0; i < count; ++i) {
        const uchar kind = in[8];
        if (kind > static_cast<uchar>(MemberKind::Entitlement))
            return false;
        out->push_back(Membership{qFromLittleEndian<quint32>(in), qFromLittleEndian<quint32>(in + 4),
                                  static_cast<MemberKind>(kind)});
        in += kRecordSize;
    }
    return true;
}

} // namespace attest::membershipblocks
