#include "cli/incident_json.hpp"

#include "model/calendar.hpp"

namespace kybersaa::cli {

nlohmann::ordered_json incident_to_json(const model::Incident& incident, bool with_contact) {
  nlohmann::ordered_json json;
  json["id"] = incident.id;
  json["month"] = model::incident_month(incident).to_string();
  json["title"] = incident.title;
  if (!incident.summary.empty()) json["summary"] = incident.summary;
  if (!incident.reference.empty()) json["reference"] = incident.reference;
  json["field"] = model::field_id(incident.field);
  json["rsit"] = {{"taxonomy", incident.rsit.taxonomy}, {"type", incident.rsit.type}};
  json["organization"] = {{"name", incident.organization.name},
                          {"sector", model::sector_name(incident.organization.sector)}};
  json["reported"] = model::format_helsinki_iso(incident.reported_at);
  if (incident.detected_at) json["detected"] = model::format_helsinki_iso(*incident.detected_at);
  if (incident.started_at) json["started"] = model::format_helsinki_iso(*incident.started_at);
  if (incident.affected_people || incident.affected_devices) {
    nlohmann::ordered_json affected = nlohmann::ordered_json::object();
    if (incident.affected_people) affected["people"] = *incident.affected_people;
    if (incident.affected_devices) affected["devices"] = *incident.affected_devices;
    json["affected"] = affected;
  }
  if (!incident.personal_data.empty()) {
    auto kinds = nlohmann::ordered_json::array();
    for (auto kind : incident.personal_data) kinds.push_back(model::personal_data_name(kind));
    json["personal_data"] = kinds;
  }
  json["status"] = model::status_name(incident.status);
  json["tlp"] = model::tlp_name(incident.tlp);
  json["severity"] = model::severity_name(incident.severity);
  if (!incident.sources.empty()) json["sources"] = incident.sources;
  if (incident.ddos) {  // DDoS measurements, as the notification format has them
    nlohmann::ordered_json ddos = nlohmann::ordered_json::object();
    if (incident.ddos->peak_gbps) ddos["peak_gbps"] = *incident.ddos->peak_gbps;
    if (incident.ddos->duration_minutes)
      ddos["duration_minutes"] = *incident.ddos->duration_minutes;
    json["ddos"] = ddos;
  }
  if (with_contact && incident.contact) {
    json["contact"] = {{"name", incident.contact->name},
                       {"email", incident.contact->email},
                       {"phone", incident.contact->phone}};
  }
  return json;
}

nlohmann::ordered_json timeline_to_json(const std::vector<store::IncidentVersion>& versions) {
  auto array = nlohmann::ordered_json::array();
  for (const auto& version : versions) {
    auto changes = nlohmann::ordered_json::array();
    for (const auto& change : version.changes) {
      changes.push_back(
          {{"fact", change.fact}, {"before", change.before}, {"after", change.after}});
    }
    array.push_back({{"version", version.number},
                     {"document", version.document_name},
                     {"digest", version.document_digest},
                     {"ingested", model::format_helsinki_iso(version.ingested_at)},
                     {"changes", changes}});
  }
  return array;
}

}  // namespace kybersaa::cli
