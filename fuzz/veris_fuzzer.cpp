// libFuzzer target: the VERIS incident parser and its mapping must never
// crash, leak or misbehave on any bytes. Every error must name the file;
// every incident must carry a valid RSIT class and its own content id.

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "feed/veris.hpp"
#include "model/rsit.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace kybersaa;
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);
  auto incident = feed::parse_veris_incident(bytes, "fuzz.json");
  if (!incident) {
    if (incident.error().message.rfind("fuzz.json: ", 0) != 0) __builtin_trap();
    return 0;
  }
  if (!model::is_valid_rsit(incident->rsit.taxonomy, incident->rsit.type)) __builtin_trap();
  if (incident->id != model::incident_content_id(*incident)) __builtin_trap();
  if (incident->status != model::IncidentStatus::kDraft || incident->title.empty()) {
    __builtin_trap();
  }
  return 0;
}
