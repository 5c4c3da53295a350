#include "store/sqlite/sqlite_ddos_store.hpp"

namespace kybersaa::store::sqlite {

base::Result<std::vector<DdosRecord>> find_sqlite_ddos_measurements(Database& db,
                                                                    model::YearMonth first,
                                                                    model::YearMonth last) {
  // The month index narrows the scan to the months asked for; only DDoS
  // incidents of those months are read back.
  auto select = db.prepare(
      "SELECT month, field, ddos_peak_gbps, ddos_duration_minutes FROM incidents "
      "WHERE month BETWEEN ?1 AND ?2 AND has_ddos = 1 AND status <> 'draft' "
      "ORDER BY month, field, id");
  if (!select) return tl::unexpected(select.error());
  select->bind(1, std::int64_t{first.as_int()});
  select->bind(2, std::int64_t{last.as_int()});
  std::vector<DdosRecord> records;
  while (true) {
    auto row = select->step();
    if (!row) return tl::unexpected(row.error());
    if (!*row) break;
    const auto field = model::parse_field(select->column_text(1));
    if (!field) {
      return base::fail(base::ErrorCode::kInternal,
                        db.path() + ": a stored DDoS measurement has no valid field");
    }
    DdosRecord record;
    record.month = model::YearMonth::from_int(static_cast<int>(select->column_int(0)));
    record.field = *field;
    record.ddos.peak_gbps = select->column_optional_double(2);
    record.ddos.duration_minutes = select->column_optional_int(3);
    records.push_back(record);
  }
  return records;
}

}  // namespace kybersaa::store::sqlite
