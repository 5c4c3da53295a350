#pragma once
// Opening a store by location. Callers name a location; which implementation
// serves it is decided here alone.

#include <memory>
#include <string>

#include "base/result.hpp"
#include "store/store.hpp"

namespace kybersaa::store {

enum class OpenMode {
  kCreateOrMigrate,  // create the store if missing and apply pending migrations
  kExisting,         // the store must exist and be at the current schema version
};

// Opens the store at `location`: a file path (or "sqlite:PATH") for the
// embedded SQLite store. With kExisting, a missing store is kNotFound and an
// out-of-date schema is kConflict, both with a message saying what to run.
[[nodiscard]] base::Result<std::unique_ptr<Store>> open_store(const std::string& location,
                                                              OpenMode mode);

}  // namespace kybersaa::store
