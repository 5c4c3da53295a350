#pragma once
// The Reference Security Incident Taxonomy (RSIT) as used by MISP's "rsit"
// machine-tag taxonomy: a taxonomy (predicate) and a type (value) within it.

#include <optional>
#include <span>
#include <string>
#include <string_view>

namespace kybersaa::model {

struct RsitClass {
  std::string taxonomy;  // e.g. "fraud"
  std::string type;      // e.g. "phishing"
  friend bool operator==(const RsitClass&, const RsitClass&) = default;
};

struct RsitTaxonomy {
  std::string_view taxonomy;
  std::span<const std::string_view> types;
};

// All RSIT taxonomies with their types, in the order of the MISP taxonomy.
std::span<const RsitTaxonomy> rsit_taxonomies();

// True when `type` is a type of `taxonomy` in RSIT.
bool is_valid_rsit(std::string_view taxonomy, std::string_view type);

// Returns the MISP machine tag, e.g. `rsit:fraud="phishing"`.
std::string rsit_machine_tag(const RsitClass& rsit);

}  // namespace kybersaa::model
