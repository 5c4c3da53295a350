#pragma once
// The embedded SQLite store: one file, WAL journal, schema migrations
// recorded in the store itself.

#include <memory>
#include <string>

#include "base/result.hpp"
#include "store/open_store.hpp"
#include "store/store.hpp"

namespace kybersaa::store::sqlite {

// Opens (and with kCreateOrMigrate creates and migrates) the SQLite store at
// `path`. See open_store() for the error contract.
[[nodiscard]] base::Result<std::unique_ptr<Store>> open_sqlite_store(const std::string& path,
                                                                     OpenMode mode);

}  // namespace kybersaa::store::sqlite
