#include "rowinserter.h"

#include <QSqlDriver>
#include <QSqlError>

#ifdef ATTEST_NATIVE_SQLITE
#include <dlfcn.h>
#include <sqlite3.h>
#endif

namespace attest {

namespace {

#ifdef ATTEST_NATIVE_SQLITE
// True when the QtSql driver's plugin resolves SQLite to the same loaded library as this program.
// A plugin with its own copy of SQLite (Qt's bundled build) must not be driven from here: two
// copies would share a connection but not their global state.
bool driverSharesOurSqlite(const QSqlDriver* driver)
{
    Dl_info ours{};
    Dl_info plugin{};
    if (!dladdr(reinterpret_cast<void*>(&sqlite3_libversion), &ours) || !ours.dli_fbase)
        return false;
    // The driver's vtable lives in the plugin that created it.
    if (!dladdr(*reinterpret_cast<void* const*>(driver), &plugin) || !plugin.dli_fname)
        return false;
    void* handle = dlopen(plugin.dli_fname, RTLD_LAZY | RTLD_NOLOAD);
    if (!handle)
        return false;
    void* theirs = dlsym(handle, "sqlite3_libversion");
    Dl_info theirsInfo{};
    const bool same = theirs && dladdr(theirs, &theirsInfo) && theirsInfo.dli_fbase == ours.dli_fbase;
    dlclose(handle);
    return same;
}

sqlite3* nativeHandle(const QSqlDatabase& db)
{
    const QSqlDriver* driver = db.driver();
    if (!driver)
        return nullptr;
    const QVariant handle = driver->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    static const bool shared = driverSharesOurSqlite(driver);
    return shared ? *static_cast<sqlite3* const*>(handle.constData()) : nullptr;
}
#endif

// Shared by RowInserter and RowReader: the connection's own SQLite where QtSql runs on it
// (ATTEST_NO_NATIVE_SQLITE forces QtSql, for the tests of that path), a statement prepared on
// it, and a failure described as QtSql would have.
sqlite3* nativeFor(const QSqlDatabase& db)
{
#ifdef ATTEST_NATIVE_SQLITE
    if (qEnvironmentVariableIsEmpty("ATTEST_NO_NATIVE_SQLITE"))
        return nativeHandle(db);
#else
    Q_UNUSED(db);
#endif
    return nullptr;
}

bool nativeFailure(sqlite3* native, const RowInserter::Describe& describe, int rc, QString* error)
{
#ifdef ATTEST_NATIVE_SQLITE
    // The same QSqlError QtSql would have made: SQLite's message and its (extended) result code.
    const auto* message = static_cast<const QChar*>(sqlite3_errmsg16(native));
    *error = describe(QSqlError(QStringLiteral("Unable to fetch row"), QString(message), QSqlError::StatementError,
                                QString::number(rc)));
#else
    Q_UNUSED(native);
    Q_UNUSED(describe);
    Q_UNUSED(rc);
    Q_UNUSED(error);
#endif
    return false;
}

bool prepareNative(sqlite3* native, const QString& sql, sqlite3_stmt** statement, const RowInserter::Describe& describe,
                   QString* error)
{
#ifdef ATTEST_NATIVE_SQLITE
    const int rc = sqlite3_prepare16_v2(native, sql.utf16(), int(sql.size() * 2), statement, nullptr);
    return rc == SQLITE_OK || nativeFailure(native, describe, rc, error);
#else
    Q_UNUSED(native);
    Q_UNUSED(sql);
    Q_UNUSED(statement);
    Q_UNUSED(describe);
    Q_UNUSED(error);
    return false;
#endif
}

void finalize(sqlite3_stmt* statement)
{
#ifdef ATTEST_NATIVE_SQLITE
    if (statement)
        sqlite3_finalize(statement);
#else
    Q_UNUSED(statement);
#endif
}

} // namespace

RowInserter::RowInserter(const QSqlDatabase& db, Describe describe)
    : m_db(db)
    , m_describe(std::move(describe))
    , m_native(nativeFor(db))
{}

RowInserter::~RowInserter()
{
    finalize(m_statement);
}

bool RowInserter::prepare(const QString& sql, QString* error)
{
    if (m_native)
        return prepareNative(m_native, sql, &m_statement, m_describe, error);
    m_query.emplace(m_db);
    if (m_query->prepare(sql))
        return true;
    *error = m_describe(m_query->lastError());
    return false;
}

void RowInserter::bind(int index, const QString& text)
{
#ifdef ATTEST_NATIVE_SQLITE
    if (m_native) {
        // The text outlives the step (the caller's row), so SQLite need not copy it.
        if (text.isNull())
            sqlite3_bind_null(m_statement, index + 1);
        else
            sqlite3_bind_text16(m_statement, index + 1, text.utf16(), int(text.size() * 2), SQLITE_STATIC);
        return;
    }
#endif
    m_query->bindValue(index, text);
}

void RowInserter::bind(int index, qint64 value)
{
#ifdef ATTEST_NATIVE_SQLITE
    if (m_native) {
        sqlite3_bind_int64(m_statement, index + 1, value);
        return;
    }
#endif
    m_query->bindValue(index, value);
}

void RowInserter::bindTime(int index, Timestamp time)
{
    if (hasTime(time)) {
        bind(index, qint64(time));
        return;
    }
#ifdef ATTEST_NATIVE_SQLITE
    if (m_native) {
        sqlite3_bind_null(m_statement, index + 1);
        return;
    }
#endif
    m_query->bindValue(index, QVariant());
}

bool RowInserter::exec(QString* error)
{
#ifdef ATTEST_NATIVE_SQLITE
    if (m_native) {
        const int rc = sqlite3_step(m_statement);
        sqlite3_reset(m_statement);
        return rc == SQLITE_DONE || nativeFailed(rc, error);
    }
#endif
    if (m_query->exec())
        return true;
    *error = m_describe(m_query->lastError());
    return false;
}

bool RowInserter::nativeFailed(int rc, QString* error)
{
    return nativeFailure(m_native, m_describe, rc, error);
}

RowReader::RowReader(const QSqlDatabase& db, Describe describe)
    : m_db(db)
    , m_describe(std::move(describe))
    , m_native(nativeFor(db))
{}

RowReader::~RowReader()
{
    finalize(m_statement);
}

bool RowReader::prepare(const QString& sql, QString* error)
{
    if (m_native)
        return prepareNative(m_native, sql, &m_statement, m_describe, error);
    m_query.emplace(m_db);
    m_query->setForwardOnly(true);
    if (m_query->prepare(sql))
        return true;
    *error = m_describe(m_query->lastError());
    return false;
}

void RowReader::bind(int index, qint64 value)
{
#ifdef ATTEST_NATIVE_SQLITE
    if (m_native) {
        sqlite3_bind_int64(m_statement, index + 1, value);
        return;
    }
#endif
    m_query->bindValue(index, value);
}

bool RowReader::next(QString* error)
{
#ifdef ATTEST_NATIVE_SQLITE
    if (m_native) {
        const int rc = sqlite3_step(m_statement);
        if (rc == SQLITE_ROW)
            return true;
        return rc == SQLITE_DONE ? false : nativeFailed(rc, error);
    }
#endif
    if (!m_started) {
        m_started = true;
        if (!m_query->exec()) {
            *error = m_describe(m_query->lastError());
            return false;
        }
    }
    if (m_query->next())
        return true;
    if (m_query->lastError().isValid())
        *error = m_describe(m_query->lastError());
    return false;
}

bool RowReader::isNull(int column) const
{
#ifdef ATTEST_NATIVE_SQLITE
    if (m_native)
        return sqlite3_column_type(m_statement, column) == SQLITE_NULL;
#endif
    return m_query->isNull(column);
}

qint64 RowReader::integer(int column) const
{
#ifdef ATTEST_NATIVE_SQLITE
    if (m_native)
        return sqlite3_column_int64(m_statement, column);
#endif
    return m_query->value(column).toLongLong();
}

QString RowReader::text(int column)
{
    if (std::size_t(column) >= m_lastText.size())
        m_lastText.resize(std::size_t(column) + 1);
    QString& last = m_lastText[std::size_t(column)];
#ifdef ATTEST_NATIVE_SQLITE
    if (m_native) {
        if (sqlite3_column_type(m_statement, column) == SQLITE_NULL)
            return {};
        const auto* data = static_cast<const QChar*>(sqlite3_column_text16(m_statement, column));
        const qsizetype size = sqlite3_column_bytes16(m_statement, column) / 2;
        if (!data)
            return QString(); // out of memory reading the value: SQLite reports it on the next step
        if (QStringView(data, size) != QStringView(last) || last.isNull())
            last = QString(data, size);
        return last;
    }
#endif
    const QString value = m_query->value(column).toString();
    if (value != last || last.isNull() != value.isNull())
        last = value;
    return last;
}

bool RowReader::nativeFailed(int rc, QString* error)
{
    return nativeFailure(m_native, m_describe, rc, error);
}

} // namespace attest
