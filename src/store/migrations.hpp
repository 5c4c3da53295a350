#pragma once
// The schema migrations, embedded in the binary at build time from
// migrations/NNNN_name.sql. Versions are the NNNN numbers, applied in order.

#include <span>
#include <string_view>

namespace kybersaa::store {

struct Migration {
  int version;
  std::string_view name;
  std::string_view sql;
};

// Returns every migration, ordered by version. Versions are unique but may
// have gaps while migrations written side by side land; a store applies every
// migration it has not recorded, whatever its number.
std::span<const Migration> schema_migrations();

}  // namespace kybersaa::store
