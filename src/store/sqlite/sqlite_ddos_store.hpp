#pragma once
// The DDoS measurements of incidents (migration 0007), read for the report's
// key figures.

#include <vector>

#include "base/result.hpp"
#include "store/sqlite/sqlite_db.hpp"
#include "store/store.hpp"

namespace kybersaa::store::sqlite {

// See Store::find_ddos_measurements.
base::Result<std::vector<DdosRecord>> find_sqlite_ddos_measurements(Database& db,
                                                                    model::YearMonth first,
                                                                    model::YearMonth last);

}  // namespace kybersaa::store::sqlite
