#include "store/open_store.hpp"

#include <string_view>

#include "store/sqlite/sqlite_store.hpp"

namespace kybersaa::store {

base::Result<std::unique_ptr<Store>> open_store(const std::string& location, OpenMode mode) {
  constexpr std::string_view kSqlitePrefix = "sqlite:";
  if (location.empty()) {
    return base::fail(base::ErrorCode::kInvalidInput, "no store location given (--db PATH)");
  }
  if (location.starts_with("postgresql://") || location.starts_with("postgres://")) {
    return base::fail(base::ErrorCode::kUnavailable,
                      "PostgreSQL stores are not supported by this build yet; use a file path "
                      "for the embedded SQLite store");
  }
  if (location.starts_with(kSqlitePrefix)) {
    return sqlite::open_sqlite_store(location.substr(kSqlitePrefix.size()), mode);
  }
  return sqlite::open_sqlite_store(location, mode);
}

}  // namespace kybersaa::store
