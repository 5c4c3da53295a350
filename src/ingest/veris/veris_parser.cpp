#include "ingest/veris/veris_parser.hpp"

#include "feed/veris.hpp"

namespace kybersaa::ingest {

bool VerisParser::sniff(std::string_view head) const {
  const std::string_view object = json_object_start(head);
  if (object.empty()) return false;
  if (object.find("\"schema_version\"") != std::string_view::npos &&
      object.find("\"incident_id\"") != std::string_view::npos) {
    return true;
  }
  // Sorted keys put "action" first; its categories follow.
  const auto key = object.find_first_not_of(" \t\r\n", 1);
  return key != std::string_view::npos && object.substr(key).starts_with("\"action\"") &&
         object.find("\"actor\"") != std::string_view::npos;
}

base::Result<std::vector<model::Incident>> VerisParser::parse(std::string_view file_name,
                                                              std::string_view bytes) const {
  auto incident = feed::parse_veris_incident(bytes, file_name);
  if (!incident) return tl::unexpected(incident.error());
  std::vector<model::Incident> incidents;
  incidents.push_back(std::move(*incident));
  return incidents;
}

}  // namespace kybersaa::ingest
