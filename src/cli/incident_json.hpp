#pragma once
// Incidents as JSON for the CLI: the notification format's keys plus the id
// and the Helsinki month, times in Helsinki ISO 8601.

#include <nlohmann/json.hpp>

#include "model/incident.hpp"

namespace kybersaa::cli {

// Returns `incident` as a JSON object; the contact person only when
// `with_contact` (listings leave personal data out).
nlohmann::ordered_json incident_to_json(const model::Incident& incident, bool with_contact);

}  // namespace kybersaa::cli
