#include "store/store.hpp"

namespace kybersaa::store {

using base::ErrorCode;
using base::fail;

base::Result<IngestReceipt> Store::put_incidents(const SourceFile& source,
                                                 std::span<const model::Incident> incidents) {
  if (source.digest.empty()) {
    return fail(ErrorCode::kInternal,
                "put_incidents: source file '" + source.name + "' has no digest");
  }
  for (const auto& incident : incidents) {
    if (incident.id.empty()) {
      return fail(ErrorCode::kInternal,
                  "put_incidents: incident '" + incident.title + "' has no content id");
    }
  }
  return do_put_incidents(source, incidents);
}

base::Result<model::Incident> Store::get_incident(const std::string& id) {
  auto found = do_get_incident(id);
  if (!found) return tl::unexpected(found.error());
  if (!*found) return fail(ErrorCode::kNotFound, "no incident with id " + id);
  return std::move(**found);
}

base::Result<std::vector<model::Incident>> Store::find_incidents(const IncidentQuery& query) {
  if (query.limit && *query.limit < 0) {
    return fail(ErrorCode::kInvalidInput, "limit must not be negative");
  }
  return do_find_incidents(query);
}

base::Result<std::vector<MonthFieldCount>> Store::count_incidents(model::YearMonth first,
                                                                  model::YearMonth last) {
  if (last < first) {
    return fail(ErrorCode::kInvalidInput,
                "count_incidents: " + last.to_string() + " is before " + first.to_string());
  }
  return do_count_incidents(first, last);
}

base::Result<Coverage> Store::coverage() { return do_coverage(); }

base::Result<std::vector<AppliedMigration>> Store::applied_migrations() {
  return do_applied_migrations();
}

}  // namespace kybersaa::store
