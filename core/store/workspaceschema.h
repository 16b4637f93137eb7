#pragma once

#include <QStringList>

#include <vector>

namespace attest::schema {

// 'ATST' in the SQLite header (PRAGMA application_id): tells our files from other SQLite files
// before we touch them.
inline constexpr qint32 kApplicationId = 0x41545354;

// One forward step of the workspace schema. Steps run in order, each in its own transaction,
// and each records itself in schema_version; a file is never migrated backwards.
struct Migration
{
    int version = 0;
    QStringList statements; // one SQL statement each (QtSql runs one statement per exec)
};

// Every migration, oldest first; the last one's version is Workspace::kSchemaVersion.
const std::vector<Migration>& migrations();

} // namespace attest::schema
