#pragma once
// Incidents as JSON for the CLI: the notification format's keys plus the id
// and the Helsinki month, times in Helsinki ISO 8601.

#include <nlohmann/json.hpp>

#include "model/incident.hpp"
#include "store/store.hpp"

namespace kybersaa::cli {

// Returns `incident` as a JSON object; the contact person only when
// `with_contact` (listings leave personal data out).
nlohmann::ordered_json incident_to_json(const model::Incident& incident, bool with_contact);

// Returns an incident's timeline (store::Store::incident_timeline) as a JSON
// array: [{"version", "document", "digest", "ingested", "changes":
// [{"fact", "before", "after"}]}], oldest first.
nlohmann::ordered_json timeline_to_json(const std::vector<store::IncidentVersion>& versions);

}  // namespace kybersaa::cli
