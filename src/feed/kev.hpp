#pragma once
// The CISA Known Exploited Vulnerabilities (KEV) catalog: one JSON document
// listing the CVEs known to be exploited in the wild, with the date each was
// added. Parsed into entries; joined to vulnerabilities by CVE id, which sets
// their "known exploited" flag.

#include <cstdint>
#include <filesystem>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "base/result.hpp"
#include "feed/vulnerability.hpp"

namespace kybersaa::feed {

// One catalog entry, with the catalog's own field names in comments.
struct KevEntry {
  std::string cve_id;                         // cveID
  std::string vendor_project;                 // vendorProject
  std::string product;                        // product
  std::string vulnerability_name;             // vulnerabilityName
  std::string date_added;                     // dateAdded, YYYY-MM-DD
  std::string short_description;              // shortDescription
  std::string required_action;                // requiredAction
  std::string due_date;                       // dueDate, YYYY-MM-DD; may be empty
  std::string known_ransomware_campaign_use;  // knownRansomwareCampaignUse: "Known"/"Unknown"
  std::string notes;                          // notes
  std::vector<std::string> cwes;              // cwes
  friend bool operator==(const KevEntry&, const KevEntry&) = default;
};

// The catalog: its header and its entries in catalog order, with an index by
// CVE id (the first entry wins when an id repeats).
class KevCatalog {
 public:
  std::string title;
  std::string catalog_version;
  std::string date_released;

  const std::vector<KevEntry>& entries() const { return entries_; }
  // Returns the entry for `cve_id`, or nullptr.
  const KevEntry* find(std::string_view cve_id) const;
  // Adds `entry`; returns false (and keeps the first) when its CVE id is listed already.
  bool add(KevEntry entry);

 private:
  std::vector<KevEntry> entries_;
  std::unordered_map<std::string, std::size_t> index_;
};

// Parses the catalog in `bytes`, naming it `file` in errors. Fails with
// kInvalidInput (`FILE: byte N: reason` or `FILE: PATH: reason`) when it is
// not JSON or has no `vulnerabilities` array. A bad entry (no cveID of the
// form CVE-YYYY-NNNN, a dateAdded not YYYY-MM-DD, a value of the wrong kind,
// a repeated cveID) goes to `on_rejected` as
// `FILE: vulnerabilities[12].dateAdded: reason` and is left out.
[[nodiscard]] base::Result<KevCatalog> parse_kev_catalog(
    std::string_view bytes, std::string_view file,
    const std::function<void(const base::Error&)>& on_rejected);

// The same for the catalog file `path`.
[[nodiscard]] base::Result<KevCatalog> load_kev_catalog(
    const std::filesystem::path& path, const std::function<void(const base::Error&)>& on_rejected);

// Marks `vulnerability` known exploited when the catalog lists it, with the
// catalog's dates and ransomware use (replacing a flag from the record's own
// CISA ADP container, which the catalog supersedes). Returns true when listed.
bool join_known_exploited(const KevCatalog& catalog, Vulnerability& vulnerability);

// Appends `entry` as one JSON object (keys sorted, snake_case) and a newline.
void append_kev_entry_json(const KevEntry& entry, std::string& out);

}  // namespace kybersaa::feed
