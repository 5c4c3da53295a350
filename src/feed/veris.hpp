#pragma once
// VERIS incident records (the Vocabulary for Event Recording and Incident
// Sharing, as in the VERIS Community Database) in, draft incidents out: each
// record's action, actor, asset and attribute categories decide which of the
// six report fields it belongs to and its RSIT class, by the two rule tables
// in veris.cpp (documented in docs/formats/feeds.md).

#include <cstdint>
#include <filesystem>
#include <functional>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "base/result.hpp"
#include "feed/record_files.hpp"
#include "model/incident.hpp"

namespace kybersaa::feed {

// A rule of the VERIS mapping. `pattern` is matched against the facts of a
// record (see veris_facts()): equal to a fact, or, ending in '*', a prefix
// of one. Rules are tried in table order; the first that matches any fact
// decides.
struct VerisFieldRule {
  std::string_view pattern;
  model::Field field;
};
struct VerisRsitRule {
  std::string_view pattern;
  std::string_view taxonomy;
  std::string_view type;
};

// The tables, in the order they are tried.
std::span<const VerisFieldRule> veris_field_rules();
std::span<const VerisRsitRule> veris_rsit_rules();
// The field and RSIT class of a record that no rule matches.
inline constexpr model::Field kVerisDefaultField = model::Field::kBreachesLeaks;
inline constexpr std::string_view kVerisDefaultRsitTaxonomy = "other";
inline constexpr std::string_view kVerisDefaultRsitType = "undetermined";

// What the mapping decided and why: the patterns of the deciding rules
// (empty when the default applied).
struct VerisClassification {
  model::Field field = kVerisDefaultField;
  model::RsitClass rsit;
  std::string_view field_rule;
  std::string_view rsit_rule;
};

// Classifies a record by its facts, strings such as
//   "action.malware", "action.malware.variety.Ransomware",
//   "action.hacking.vector.Web application", "actor.external",
//   "actor.motive.Espionage", "actor.variety.Nation-state",
//   "asset.variety.S - Web application", "attribute.availability",
//   "attribute.availability.variety.Loss",
//   "attribute.confidentiality.data_disclosure.Yes",
//   "attribute.confidentiality.data.Medical".
VerisClassification classify_veris(std::span<const std::string> facts);

// Parses one VERIS incident record (a JSON object with `schema_version`,
// `incident_id`, `action` and `timeline.incident.year`) into a draft
// incident, naming it `file` in errors: `FILE: byte N: reason` when it is
// not JSON, `FILE: PATH: reason` when a value is missing or of the wrong
// kind. The incident's reference is the record's incident_id, its
// organisation the victim, its reporting date the notification date (else
// the incident's own date), its sources the record's reference URLs.
[[nodiscard]] base::Result<model::Incident> parse_veris_incident(std::string_view bytes,
                                                                 std::string_view file);

// The same for the record in file `path`.
[[nodiscard]] base::Result<model::Incident> parse_veris_file(const std::filesystem::path& path);

// Parses the record file `path`, or every `*.json` file under directory
// `path`, as parse_record_files() does.
[[nodiscard]] base::Result<RecordFilesSummary> parse_veris_path(
    const std::filesystem::path& path, std::optional<std::uint64_t> max_rejected,
    const std::function<base::Status(const model::Incident&)>& on_incident,
    const RecordRejectionSink& on_rejected);

}  // namespace kybersaa::feed
