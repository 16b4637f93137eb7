#pragma once

#include "domain/membership.h"

#include <QByteArray>

#include <vector>

namespace attest::membershipblocks {

// Memberships are stored as packed little-endian records (u32 entitlement, u32 member, u8 kind)
// in blobs of up to kPerBlock records: one blob read replaces 65,536 QtSql row fetches.
inline constexpr int kRecordSize = 9;
inline constexpr qsizetype kPerBlock = 65536;

QByteArray encode(const std::vector<Membership>& memberships, qsizetype first, qsizetype count);

// Appends the block's records to out; false when the blob is not count whole records or holds
// an unknown member kind (a damaged file).
bool decode(const QByteArray& block, qint64 count, std::vector<Membership>* out);

} // namespace attest::membershipblocks
