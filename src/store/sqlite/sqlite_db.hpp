#pragma once
// A thin RAII layer over the SQLite C API for the SQLite store: a connection,
// prepared statements with bound parameters (the only way SQL receives
// values), and transactions that roll back unless committed.

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include "base/result.hpp"

struct sqlite3;
struct sqlite3_stmt;

namespace kybersaa::store::sqlite {

class Statement;

// An open SQLite connection. Move-only; closes on destruction.
class Database {
 public:
  // Opens `path`. With `create` false a missing file is kNotFound.
  [[nodiscard]] static base::Result<Database> open(const std::string& path, bool create);

  Database(Database&&) noexcept;
  Database& operator=(Database&&) noexcept;
  ~Database();

  // Runs one or more statements that take no parameters.
  [[nodiscard]] base::Status execute(std::string_view sql);
  // Prepares one statement; `sql` must hold exactly one.
  [[nodiscard]] base::Result<Statement> prepare(std::string_view sql);
  // Returns the number of rows the last statement changed.
  std::int64_t changes() const;
  // Returns an error naming the database path and SQLite's message.
  base::Error last_error(std::string_view what) const;
  const std::string& path() const { return path_; }

 private:
  Database(sqlite3* db, std::string path) : db_(db), path_(std::move(path)) {}
  sqlite3* db_ = nullptr;
  std::string path_;
};

// A prepared statement. Bind parameters 1-based, then step.
class Statement {
 public:
  Statement(Statement&&) noexcept;
  Statement& operator=(Statement&&) noexcept;
  ~Statement();

  // Binds a copy of `text`.
  void bind(int index, std::string_view text);
  // Binds `text` without copying it: its bytes must stay alive and unchanged
  // until the statement is next reset (run() resets). For large values in
  // bulk inserts, where the copy would cost more than the insert.
  void bind_borrowed(int index, std::string_view text);
  void bind(int index, std::int64_t value);
  void bind(int index, const std::optional<std::int64_t>& value);
  void bind_null(int index);
  // Binds `bytes` as a BLOB (stored files: any bytes, NULs included).
  void bind_blob(int index, std::string_view bytes);
  void bind(int index, const std::optional<double>& value);  // DDoS measurements

  // Advances: true when a row is ready, false when done; an error otherwise.
  [[nodiscard]] base::Result<bool> step();
  // Runs the statement to completion, expecting no rows.
  [[nodiscard]] base::Status run();
  // Makes the statement ready to bind and run again.
  void reset();

  std::string column_text(int index) const;
  std::int64_t column_int(int index) const;
  std::optional<std::int64_t> column_optional_int(int index) const;
  bool column_is_null(int index) const;
  // Returns a BLOB (or TEXT) column's bytes.
  std::string column_blob(int index) const;
  std::optional<double> column_optional_double(int index) const;  // DDoS measurements

 private:
  friend class Database;
  Statement(sqlite3_stmt* stmt, const Database* db) : stmt_(stmt), db_(db) {}
  sqlite3_stmt* stmt_ = nullptr;
  const Database* db_ = nullptr;
};

// A write transaction (BEGIN IMMEDIATE). Rolls back when destroyed
// uncommitted, so an early return on error leaves the store untouched.
class Transaction {
 public:
  [[nodiscard]] static base::Result<Transaction> begin(Database& db);
  Transaction(Transaction&&) noexcept;
  Transaction& operator=(Transaction&&) = delete;
  ~Transaction();
  [[nodiscard]] base::Status commit();

 private:
  explicit Transaction(Database* db) : db_(db) {}
  Database* db_;
};

}  // namespace kybersaa::store::sqlite
