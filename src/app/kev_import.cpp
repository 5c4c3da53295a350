#include "app/kev_import.hpp"

#include "feed/kev.hpp"
#include "model/warning.hpp"

namespace kybersaa::app {

base::Result<KevCatalogImport> import_kev_catalog(store::Store& store,
                                                  const std::filesystem::path& path,
                                                  const feed::RejectionSink& on_rejection) {
  KevCatalogImport result;
  result.file = path.string();
  auto catalog = feed::load_kev_catalog(path, [&](const base::Error& error) {
    ++result.rejected;
    on_rejection(error);
  });
  if (!catalog) return tl::unexpected(catalog.error());
  if (catalog->date_released.empty()) {
    return base::fail(base::ErrorCode::kInvalidInput,
                      result.file +
                          ": dateReleased: missing; it orders catalogs, so a KEV "
                          "catalog without it cannot be imported");
  }
  result.catalog_version = catalog->catalog_version;
  result.date_released = catalog->date_released;
  std::vector<store::KevRecord> records;
  records.reserve(catalog->entries().size());
  for (const feed::KevEntry& entry : catalog->entries()) {
    // The catalog parser checks the form YYYY-MM-DD; the report needs a real date.
    if (!model::parse_calendar_date(entry.date_added)) {
      ++result.rejected;
      on_rejection(base::Error{base::ErrorCode::kInvalidInput,
                               result.file + ": " + entry.cve_id + ": dateAdded: '" +
                                   entry.date_added + "' is not a date; entry left out"});
      continue;
    }
    records.push_back({entry.cve_id, entry.vendor_project, entry.product, entry.vulnerability_name,
                       entry.date_added, entry.known_ransomware_campaign_use == "Known"});
  }
  auto stored = store.put_kev_records({result.catalog_version, result.date_released}, records);
  if (!stored) return base::with_context(stored.error(), result.file);
  result.stored = *stored;
  return result;
}

}  // namespace kybersaa::app
