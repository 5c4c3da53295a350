// The CISA KEV catalog with simdjson's DOM parser. The catalog is one
// document (about 1.5 MB for 1 400 entries), parsed whole; entries are
// checked one by one, so one bad entry is reported and left out while the
// rest of the catalog still joins.

#include "feed/kev.hpp"

#include <array>

#include "feed/intelmq_event.hpp"
#include "feed/json_record.hpp"

namespace kybersaa::feed {
namespace {

using detail::JsonPath;
using detail::JsonReader;
using simdjson::dom::element;
using simdjson::dom::object;

// The catalog's text fields and where each goes.
struct TextField {
  std::string_view key;
  std::string KevEntry::*slot;
};
constexpr std::array<TextField, 7> kTextFields = {{
    {"vendorProject", &KevEntry::vendor_project},
    {"product", &KevEntry::product},
    {"vulnerabilityName", &KevEntry::vulnerability_name},
    {"shortDescription", &KevEntry::short_description},
    {"requiredAction", &KevEntry::required_action},
    {"knownRansomwareCampaignUse", &KevEntry::known_ransomware_campaign_use},
    {"notes", &KevEntry::notes},
}};

// The text fields as written, after cve_id and cwes: keys sorted.
constexpr std::array<TextField, 9> kOutputFields = {{
    {"date_added", &KevEntry::date_added},
    {"due_date", &KevEntry::due_date},
    {"known_ransomware_campaign_use", &KevEntry::known_ransomware_campaign_use},
    {"notes", &KevEntry::notes},
    {"product", &KevEntry::product},
    {"required_action", &KevEntry::required_action},
    {"short_description", &KevEntry::short_description},
    {"vendor_project", &KevEntry::vendor_project},
    {"vulnerability_name", &KevEntry::vulnerability_name},
}};

base::Result<KevEntry> read_entry(const JsonReader& reader, element value, const JsonPath& path) {
  auto item = reader.object(value, path);
  if (!item) return tl::unexpected(item.error());
  KevEntry entry;
  auto id = reader.optional_string(*item, "cveID", path);
  if (!id) return tl::unexpected(id.error());
  if (!*id || !is_cve_id(**id)) {
    return tl::unexpected(
        reader.error(path.member("cveID"), "missing or not a CVE id (CVE-YYYY-NNNN)"));
  }
  entry.cve_id = **id;
  auto added = reader.optional_string(*item, "dateAdded", path);
  if (!added) return tl::unexpected(added.error());
  if (!*added || !detail::is_iso_date(**added)) {
    return tl::unexpected(
        reader.error(path.member("dateAdded"), "missing or not a date (YYYY-MM-DD)"));
  }
  entry.date_added = **added;
  auto due = reader.optional_string(*item, "dueDate", path);
  if (!due) return tl::unexpected(due.error());
  if (*due) {
    if (!detail::is_iso_date(**due)) {
      return tl::unexpected(reader.error(path.member("dueDate"), "not a date (YYYY-MM-DD)"));
    }
    entry.due_date = **due;
  }
  for (const auto& field : kTextFields) {
    auto text = reader.optional_string(*item, field.key, path);
    if (!text) return tl::unexpected(text.error());
    if (*text) entry.*field.slot = **text;
  }
  auto cwes = reader.optional_array(*item, "cwes", path);
  if (!cwes) return tl::unexpected(cwes.error());
  if (*cwes) {
    const JsonPath cwes_path = path.member("cwes");
    std::size_t index = 0;
    for (element cwe : **cwes) {
      auto text = reader.string(cwe, cwes_path.element(index++));
      if (!text) return tl::unexpected(text.error());
      entry.cwes.emplace_back(*text);
    }
  }
  return entry;
}

base::Result<KevCatalog> read_catalog(base::Result<element> root, std::string_view file,
                                      const std::function<void(const base::Error&)>& on_rejected) {
  if (!root) return tl::unexpected(root.error());
  const JsonReader reader(file);
  const JsonPath path;
  auto document = reader.object(*root, path);
  if (!document) return tl::unexpected(document.error());
  KevCatalog catalog;
  struct Header {
    std::string_view key;
    std::string* slot;
  };
  for (const Header& header :
       {Header{"title", &catalog.title}, Header{"catalogVersion", &catalog.catalog_version},
        Header{"dateReleased", &catalog.date_released}}) {
    auto text = reader.optional_string(*document, header.key, path);
    if (!text) return tl::unexpected(text.error());
    if (*text) *header.slot = **text;
  }
  auto entries = reader.optional_array(*document, "vulnerabilities", path);
  if (!entries) return tl::unexpected(entries.error());
  const JsonPath entries_path = path.member("vulnerabilities");
  if (!*entries) {
    return tl::unexpected(reader.error(entries_path, "missing: not a KEV catalog"));
  }
  std::size_t index = 0;
  for (element value : **entries) {
    const JsonPath entry_path = entries_path.element(index++);
    auto entry = read_entry(reader, value, entry_path);
    if (!entry) {
      on_rejected(entry.error());
      continue;
    }
    const std::string id = entry->cve_id;
    if (!catalog.add(std::move(*entry))) {
      on_rejected(reader.error(entry_path.member("cveID"), id + " is listed twice"));
    }
  }
  return catalog;
}

void append_member(std::string_view key, std::string_view value, std::string& out) {
  out.push_back('"');
  out.append(key);
  out.append("\": ");
  append_json_string(value, out);
}

}  // namespace

const KevEntry* KevCatalog::find(std::string_view cve_id) const {
  const auto found = index_.find(std::string(cve_id));
  return found == index_.end() ? nullptr : &entries_[found->second];
}

bool KevCatalog::add(KevEntry entry) {
  const auto [where, added] = index_.emplace(entry.cve_id, entries_.size());
  if (!added) return false;
  entries_.push_back(std::move(entry));
  return true;
}

base::Result<KevCatalog> parse_kev_catalog(
    std::string_view bytes, std::string_view file,
    const std::function<void(const base::Error&)>& on_rejected) {
  detail::JsonDocumentParser parser;
  return read_catalog(parser.parse(bytes, file), file, on_rejected);
}

base::Result<KevCatalog> load_kev_catalog(
    const std::filesystem::path& path, const std::function<void(const base::Error&)>& on_rejected) {
  detail::JsonDocumentParser parser;
  const std::string file = path.string();
  return read_catalog(parser.parse_file(path), file, on_rejected);
}

bool join_known_exploited(const KevCatalog& catalog, Vulnerability& vulnerability) {
  const KevEntry* entry = catalog.find(vulnerability.cve_id);
  if (entry == nullptr) return false;
  vulnerability.known_exploited =
      KnownExploited{ExploitedSource::kKevCatalog, entry->date_added, entry->due_date,
                     entry->known_ransomware_campaign_use};
  return true;
}

void append_kev_entry_json(const KevEntry& entry, std::string& out) {
  out.push_back('{');
  append_member("cve_id", entry.cve_id, out);
  out.append(", \"cwes\": [");
  for (std::size_t i = 0; i < entry.cwes.size(); ++i) {
    if (i > 0) out.append(", ");
    append_json_string(entry.cwes[i], out);
  }
  out.push_back(']');
  for (const auto& field : kOutputFields) {
    out.append(", ");
    append_member(field.key, entry.*field.slot, out);
  }
  out.append("}\n");
}

}  // namespace kybersaa::feed
