#pragma once

// Internal to core/store: the state behind Workspace and helpers shared by its .cpp files.

#include "workspace.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include <functional>
#include <utility>
#include <vector>

namespace attest {

struct Workspace::Private
{
    QString path;
    QString shownPath; // native separators, for messages
    QString connectionName;
    QSqlDatabase db;
    int schemaVersion = 0;
    bool readOnly = false; // opened read-only: this account may not write the file
    mutable QString lastError;
    // Open transactions on this connection: the outermost is BEGIN IMMEDIATE, the inner ones
    // savepoints, so a use case's writes and its journal record commit together.
    mutable int depth = 0;
    // Work for after the outermost commit (by the depth that asked), dropped with a rollback.
    mutable std::vector<std::pair<int, std::function<void()>>> afterCommit;

    // A query on this workspace's connection.
    QSqlQuery query() const { return QSqlQuery(db); }

    // A message for a failed operation ("<file>: could not <what>: <sqlite message>"), or
    // "<file> is damaged: …" when SQLite says the file is corrupt.
    QString describe(const QString& what, const QSqlError& error) const;

    // prepare()/exec() that fill *error (and lastError) through describe() when they fail.
    bool prepare(QSqlQuery& q, const QString& sql, const QString& what, QString* error) const;
    bool exec(QSqlQuery& q, const QString& what, QString* error) const;
    bool exec(const QString& sql, const QString& what, QString* error) const;

    // Write transactions take the write lock up front (BEGIN IMMEDIATE) so two connections
    // never deadlock upgrading a read lock. Inside an open transaction they nest as savepoints:
    // the inner commit only releases, the outermost commits.
    bool begin(const QString& what, QString* error) const;
    bool commit(const QString& what, QString* error) const;
    void rollback() const;

    void fail(const QString& message, QString* error) const;
};

namespace sqlerror {

int primaryCode(const QSqlError& error); // SQLite's primary result code, 0 when unknown
inline constexpr int kCorrupt = 11;
inline constexpr int kFull = 13;
inline constexpr int kNotADatabase = 26;
inline constexpr int kReadOnly = 8;
inline constexpr int kIoError = 10;
inline constexpr int kBusy = 5;

QString text(const QSqlError& error); // SQLite's own message when there is one

} // namespace sqlerror

inline QVariant timeValue(Timestamp t)
{
    return hasTime(t) ? QVariant(t) : QVariant();
}
inline Timestamp timeFrom(const QVariant& v)
{
    return v.isNull() ? kNoTime : v.toLongLong();
}

} // namespace attest
