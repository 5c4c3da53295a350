#include "store/sqlite/sqlite_db.hpp"

#include <sqlite3.h>

#include <filesystem>
#include <utility>

namespace kybersaa::store::sqlite {

using base::ErrorCode;
using base::fail;

base::Result<Database> Database::open(const std::string& path, bool create) {
  if (!create && !std::filesystem::exists(path)) {
    return fail(ErrorCode::kNotFound, "no store at " + path);
  }
  sqlite3* db = nullptr;
  const int flags = SQLITE_OPEN_READWRITE | (create ? SQLITE_OPEN_CREATE : 0) |
                    SQLITE_OPEN_NOMUTEX | SQLITE_OPEN_EXRESCODE;
  const int rc = sqlite3_open_v2(path.c_str(), &db, flags, nullptr);
  if (rc != SQLITE_OK) {
    std::string message = db ? sqlite3_errmsg(db) : sqlite3_errstr(rc);
    sqlite3_close(db);
    return fail(ErrorCode::kUnavailable, path + ": cannot open store: " + message);
  }
  sqlite3_extended_result_codes(db, 1);
  return Database(db, path);
}

Database::Database(Database&& other) noexcept
    : db_(std::exchange(other.db_, nullptr)), path_(std::move(other.path_)) {}

Database& Database::operator=(Database&& other) noexcept {
  if (this != &other) {
    sqlite3_close(db_);
    db_ = std::exchange(other.db_, nullptr);
    path_ = std::move(other.path_);
  }
  return *this;
}

Database::~Database() { sqlite3_close(db_); }

base::Status Database::execute(std::string_view sql) {
  const std::string text(sql);
  char* message = nullptr;
  if (sqlite3_exec(db_, text.c_str(), nullptr, nullptr, &message) != SQLITE_OK) {
    std::string detail = message ? message : "unknown error";
    sqlite3_free(message);
    const int code = sqlite3_errcode(db_) & 0xFF;
    return fail(code == SQLITE_NOTADB || code == SQLITE_CORRUPT ? ErrorCode::kInvalidInput
                                                                : ErrorCode::kUnavailable,
                path_ + ": " + detail);
  }
  return {};
}

base::Result<Statement> Database::prepare(std::string_view sql) {
  sqlite3_stmt* stmt = nullptr;
  if (sqlite3_prepare_v3(db_, sql.data(), static_cast<int>(sql.size()), SQLITE_PREPARE_PERSISTENT,
                         &stmt, nullptr) != SQLITE_OK) {
    return tl::unexpected(last_error("prepare"));
  }
  return Statement(stmt, this);
}

std::int64_t Database::changes() const { return sqlite3_changes64(db_); }

base::Error Database::last_error(std::string_view what) const {
  const int code = sqlite3_errcode(db_) & 0xFF;
  ErrorCode error_code = ErrorCode::kInternal;
  if (code == SQLITE_NOTADB || code == SQLITE_CORRUPT) error_code = ErrorCode::kInvalidInput;
  if (code == SQLITE_BUSY || code == SQLITE_LOCKED || code == SQLITE_FULL || code == SQLITE_IOERR ||
      code == SQLITE_READONLY || code == SQLITE_CANTOPEN) {
    error_code = ErrorCode::kUnavailable;
  }
  if (code == SQLITE_CONSTRAINT) error_code = ErrorCode::kConflict;
  return {error_code, path_ + ": " + std::string(what) + ": " + sqlite3_errmsg(db_)};
}

Statement::Statement(Statement&& other) noexcept
    : stmt_(std::exchange(other.stmt_, nullptr)), db_(other.db_) {}

Statement& Statement::operator=(Statement&& other) noexcept {
  if (this != &other) {
    sqlite3_finalize(stmt_);
    stmt_ = std::exchange(other.stmt_, nullptr);
    db_ = other.db_;
  }
  return *this;
}

Statement::~Statement() { sqlite3_finalize(stmt_); }

void Statement::bind(int index, std::string_view text) {
  sqlite3_bind_text64(stmt_, index, text.data(), text.size(), SQLITE_TRANSIENT, SQLITE_UTF8);
}

void Statement::bind_borrowed(int index, std::string_view text) {
  sqlite3_bind_text64(stmt_, index, text.data(), text.size(), SQLITE_STATIC, SQLITE_UTF8);
}

void Statement::bind(int index, std::int64_t value) { sqlite3_bind_int64(stmt_, index, value); }

void Statement::bind(int index, const std::optional<std::int64_t>& value) {
  if (value) {
    bind(index, *value);
  } else {
    bind_null(index);
  }
}

void Statement::bind_null(int index) { sqlite3_bind_null(stmt_, index); }

void Statement::bind_blob(int index, std::string_view bytes) {
  sqlite3_bind_blob64(stmt_, index, bytes.data(), bytes.size(), SQLITE_TRANSIENT);
}

base::Result<bool> Statement::step() {
  const int rc = sqlite3_step(stmt_);
  if (rc == SQLITE_ROW) return true;
  if (rc == SQLITE_DONE) return false;
  return tl::unexpected(db_->last_error("step"));
}

base::Status Statement::run() {
  auto stepped = step();
  reset();
  if (!stepped) return tl::unexpected(stepped.error());
  return {};
}

void Statement::reset() {
  sqlite3_reset(stmt_);
  sqlite3_clear_bindings(stmt_);
}

std::string Statement::column_text(int index) const {
  const auto* text = sqlite3_column_text(stmt_, index);
  const int size = sqlite3_column_bytes(stmt_, index);
  return text ? std::string(reinterpret_cast<const char*>(text), static_cast<std::size_t>(size))
              : std::string();
}

std::int64_t Statement::column_int(int index) const { return sqlite3_column_int64(stmt_, index); }

std::optional<std::int64_t> Statement::column_optional_int(int index) const {
  if (column_is_null(index)) return std::nullopt;
  return column_int(index);
}

std::string Statement::column_blob(int index) const {
  const void* bytes = sqlite3_column_blob(stmt_, index);
  const int size = sqlite3_column_bytes(stmt_, index);
  return bytes ? std::string(static_cast<const char*>(bytes), static_cast<std::size_t>(size))
               : std::string();
}

bool Statement::column_is_null(int index) const {
  return sqlite3_column_type(stmt_, index) == SQLITE_NULL;
}

// DDoS measurements.
void Statement::bind(int index, const std::optional<double>& value) {
  if (value) {
    sqlite3_bind_double(stmt_, index, *value);
  } else {
    bind_null(index);
  }
}

std::optional<double> Statement::column_optional_double(int index) const {
  if (column_is_null(index)) return std::nullopt;
  return sqlite3_column_double(stmt_, index);
}

base::Result<Transaction> Transaction::begin(Database& db) {
  if (auto status = db.execute("BEGIN IMMEDIATE"); !status) return tl::unexpected(status.error());
  return Transaction(&db);
}

Transaction::Transaction(Transaction&& other) noexcept : db_(std::exchange(other.db_, nullptr)) {}

Transaction::~Transaction() {
  if (db_ != nullptr) (void)db_->execute("ROLLBACK");
}

base::Status Transaction::commit() {
  Database* db = std::exchange(db_, nullptr);
  auto status = db->execute("COMMIT");
  if (!status) (void)db->execute("ROLLBACK");
  return status;
}

}  // namespace kybersaa::store::sqlite
