#pragma once

#include "domain/timestamp.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>

#include <functional>
#include <optional>
#include <vector>

struct sqlite3;
struct sqlite3_stmt;

namespace attest {

// A prepared INSERT for the bulk rows of a snapshot. It binds through SQLite's own API when QtSql's
// driver runs on the very SQLite library this program links (the usual Linux build), and through
// QSqlQuery otherwise: QtSql's binding (a QVariant and a placeholder name per value) costs more
// than SQLite's insert itself, and a big sync stores two million values. Values are the same
// either way: a null QString is NULL, an empty one ''.
class RowInserter final
{
    Q_DISABLE_COPY_MOVE(RowInserter)

public:
    // describe turns a failure (SQLite's message and result code) into the workspace's message.
    using Describe = std::function<QString(const QSqlError& error)>;
    RowInserter(const QSqlDatabase& db, Describe describe);
    ~RowInserter();

    bool prepare(const QString& sql, QString* error);
    void bind(int index, const QString& text); // 0-based, like QSqlQuery
    void bind(int index, qint64 value);
    void bindTime(int index, Timestamp time); // NULL when there is no time
    bool exec(QString* error);

    bool isNative() const { return m_native != nullptr; }

private:
    bool nativeFailed(int rc, QString* error);

    QSqlDatabase m_db;
    Describe m_describe;
    sqlite3* m_native = nullptr;
    sqlite3_stmt* m_statement = nullptr;
    std::optional<QSqlQuery> m_query;
};

// A prepared SELECT read row by row, through SQLite's own API where RowInserter binds through it
// (and QSqlQuery otherwise): a campaign's decision history is millions of values, and QtSql wraps
// every one in a QVariant. Text equal to the same column's value in the row before is handed back
// as that QString (shared, not copied): a history repeats the same few deciders.
class RowReader final
{
    Q_DISABLE_COPY_MOVE(RowReader)

public:
    using Describe = RowInserter::Describe;
    RowReader(const QSqlDatabase& db, Describe describe);
    ~RowReader();

    bool prepare(const QString& sql, QString* error);
    void bind(int index, qint64 value); // 0-based
    // Moves to the next row: false at the end, and false with *error when reading failed (a damaged
    // page ends the rows with an error, never as a shorter answer).
    bool next(QString* error);

    bool isNull(int column) const;
    qint64 integer(int column) const;
    QString text(int column);

private:
    bool nativeFailed(int rc, QString* error);

    QSqlDatabase m_db;
    Describe m_describe;
    sqlite3* m_native = nullptr;
    sqlite3_stmt* m_statement = nullptr;
    std::optional<QSqlQuery> m_query;
    bool m_started = false;
    std::vector<QString> m_lastText; // per column: the text handed out for the row before
};

} // namespace attest
