#pragma once
// VERIS incident records (one JSON object per file, as in the VERIS
// Community Database) as incidents: each record becomes one draft incident,
// classified into a report field and an RSIT class by feed/veris.hpp's
// rules, for an analyst to review and approve like a document's draft.

#include "ingest/parser.hpp"

namespace kybersaa::ingest {

class VerisParser final : public Parser {
 public:
  std::string_view name() const override { return "veris"; }
  // True when the first bytes are a JSON object that names a VERIS
  // `schema_version` and an `incident_id`, or whose first member is VERIS's
  // `action` (records with sorted keys).
  bool sniff(std::string_view head) const override;
  // One incident; errors as feed::parse_veris_incident() gives them.
  [[nodiscard]] base::Result<std::vector<model::Incident>> parse(
      std::string_view file_name, std::string_view bytes) const override;
};

}  // namespace kybersaa::ingest
