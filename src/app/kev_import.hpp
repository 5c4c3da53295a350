#pragma once
// Importing the CISA Known Exploited Vulnerabilities catalog into a store,
// so that the report can mark the CVEs of its warnings as known exploited.
// The catalog is parsed whole (it is one JSON document of a few MB) and
// stored in one transaction; importing the same catalog again changes
// nothing, a newer one updates what changed, an older one changes nothing.

#include <cstdint>
#include <filesystem>
#include <string>

#include "base/result.hpp"
#include "feed/feed_sink.hpp"
#include "store/store.hpp"

namespace kybersaa::app {

// What importing a KEV catalog did.
struct KevCatalogImport {
  std::string file;             // the path as given
  std::string catalog_version;  // catalogVersion
  std::string date_released;    // dateReleased
  std::int64_t rejected = 0;    // entries left out (reported to on_rejection)
  store::KevImportReceipt stored;
};

// Imports the KEV catalog at `path` into `store`. Entries the catalog parser
// rejects go to `on_rejection` and are left out; a file that is not a KEV
// catalog fails with kInvalidInput naming it, and changes nothing.
[[nodiscard]] base::Result<KevCatalogImport> import_kev_catalog(
    store::Store& store, const std::filesystem::path& path,
    const feed::RejectionSink& on_rejection);

}  // namespace kybersaa::app
