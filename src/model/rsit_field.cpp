#include "model/rsit_field.hpp"

#include <algorithm>
#include <array>

namespace kybersaa::model {
namespace {

// Industrial and IoT protocols as Shadowserver and IntelMQ name them in
// report types and identifiers.
constexpr std::array<std::string_view, 21> kAutomationWords = {
    "ics",  "modbus", "bacnet", "s7",     "dnp3",    "iec104", "iec-104",
    "enip", "opcua",  "opc",    "fox",    "codesys", "mqtt",   "coap",
    "cwmp", "hart",   "gesrtp", "pcworx", "melsec",  "knx",    "iot"};

char lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

bool equals_lower(std::string_view text, std::string_view lower_word) {
  return text.size() == lower_word.size() &&
         std::equal(text.begin(), text.end(), lower_word.begin(),
                    [](char a, char b) { return lower(a) == b; });
}

bool is_separator(char c) { return c == '_' || c == '-' || c == ' ' || c == '.'; }

}  // namespace

std::optional<Field> field_for_rsit(std::string_view taxonomy, std::string_view type) {
  if (taxonomy == "availability") return Field::kNetwork;
  if (taxonomy == "malicious-code" || taxonomy == "vulnerable" ||
      taxonomy == "intrusion-attempts") {
    return Field::kMalwareVulnerabilities;
  }
  if (taxonomy == "intrusions" || taxonomy == "information-content-security") {
    return Field::kBreachesLeaks;
  }
  if (taxonomy == "abusive-content") return Field::kScamsPhishing;
  if (taxonomy == "information-gathering") {
    if (type == "sniffing") return Field::kEspionage;
    if (type == "social-engineering") return Field::kScamsPhishing;
    return Field::kMalwareVulnerabilities;
  }
  if (taxonomy == "fraud") {
    if (type == "unauthorised-use-of-resources") return Field::kMalwareVulnerabilities;
    return Field::kScamsPhishing;
  }
  return std::nullopt;
}

bool names_automation_or_iot(std::string_view marker) {
  // The whole marker first ("iec-104" holds a separator), then each word.
  for (auto word : kAutomationWords) {
    if (equals_lower(marker, word)) return true;
  }
  std::size_t start = 0;
  while (start <= marker.size()) {
    std::size_t end = start;
    while (end < marker.size() && !is_separator(marker[end])) ++end;
    const std::string_view word = marker.substr(start, end - start);
    for (auto known : kAutomationWords) {
      if (equals_lower(word, known)) return true;
    }
    start = end + 1;
  }
  return false;
}

std::optional<Field> field_for_feed_event(std::string_view taxonomy, std::string_view type,
                                          std::initializer_list<std::string_view> markers) {
  // Shadowserver classifies its "Accessible-X" reports (services open to
  // the Internet) as other/other; they are exposed systems.
  constexpr std::string_view kAccessible = "accessible-";
  if (taxonomy == "other") {
    for (auto marker : markers) {
      if (marker.size() > kAccessible.size() &&
          equals_lower(marker.substr(0, kAccessible.size()), kAccessible)) {
        taxonomy = "vulnerable";
        type = "potentially-unwanted-accessible";
        break;
      }
    }
  }
  const auto field = field_for_rsit(taxonomy, type);
  if (taxonomy == "vulnerable" || taxonomy == "information-gathering") {
    for (auto marker : markers) {
      if (names_automation_or_iot(marker)) return Field::kAutomationIot;
    }
  }
  return field;
}

}  // namespace kybersaa::model
