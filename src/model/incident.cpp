#include "model/incident.hpp"

#include <charconv>

#include "base/digest.hpp"
#include "model/calendar.hpp"

namespace kybersaa::model {

YearMonth incident_month(const Incident& incident) { return helsinki_month(incident.reported_at); }

std::string incident_content_id(const Incident& incident) {
  // A canonical serialisation: every field in a fixed order, each prefixed by
  // its length so that no two different incidents serialise alike. The
  // contact person is left out: the id must not be derived from personal data
  // that may later be deleted.
  std::string canonical;
  canonical.reserve(256 + incident.title.size() + incident.summary.size());
  auto put = [&canonical](std::string_view text) {
    char length[24];
    const auto end = std::to_chars(length, length + sizeof length, text.size()).ptr;
    canonical.append(length, end);
    canonical += ':';
    canonical.append(text);
    canonical += ';';
  };
  auto put_optional = [&put](const std::optional<std::int64_t>& value) {
    put(value ? std::to_string(*value) : std::string("-"));
  };
  put("incident/1");
  put(incident.reference);
  put(incident.title);
  put(incident.summary);
  put(field_id(incident.field));
  put(incident.rsit.taxonomy);
  put(incident.rsit.type);
  put(incident.organization.name);
  put(sector_name(incident.organization.sector));
  put(std::to_string(incident.reported_at));
  put_optional(incident.detected_at);
  put_optional(incident.started_at);
  put_optional(incident.affected_people);
  put_optional(incident.affected_devices);
  put(std::to_string(incident.personal_data.size()));
  for (auto kind : incident.personal_data) put(personal_data_name(kind));
  put(status_name(incident.status));
  put(tlp_name(incident.tlp));
  put(severity_name(incident.severity));
  put(std::to_string(incident.sources.size()));
  for (const auto& source : incident.sources) put(source);
  // Appended only when present, so that the ids of incidents without DDoS
  // measurements are the ids they had before measurements existed.
  if (incident.ddos) {
    put("ddos/1");
    if (incident.ddos->peak_gbps) {
      char number[32];
      const auto end = std::to_chars(number, number + sizeof number, *incident.ddos->peak_gbps).ptr;
      put(std::string_view(number, static_cast<std::size_t>(end - number)));
    } else {
      put("-");
    }
    put_optional(incident.ddos->duration_minutes);
  }
  return base::content_digest(canonical);
}

}  // namespace kybersaa::model
