#include "model/field.hpp"

#include <array>

namespace kybersaa::model {
namespace {

struct FieldInfo {
  Field field;
  std::string_view id;
  std::string_view fi;
  std::string_view sv;
  std::string_view en;
};

// The names are PRODUCT.md's; the report's readers know them.
constexpr std::array<FieldInfo, 6> kFields = {{
    {Field::kNetwork, "network", "Verkkojen toimivuus", "Nätens funktion", "Network availability"},
    {Field::kEspionage, "espionage", "Vakoilu", "Spionage", "Espionage"},
    {Field::kMalwareVulnerabilities, "malware-vulnerabilities", "Haittaohjelmat ja haavoittuvuudet",
     "Skadeprogram och sårbarheter", "Malware and vulnerabilities"},
    {Field::kBreachesLeaks, "breaches-leaks", "Tietomurrot ja -vuodot",
     "Dataintrång och dataläckor", "Data breaches and leaks"},
    {Field::kScamsPhishing, "scams-phishing", "Huijaukset ja kalastelut",
     "Bedrägerier och nätfiske", "Scams and phishing"},
    {Field::kAutomationIot, "automation-iot", "Automaatio ja IoT", "Automation och IoT",
     "Automation and IoT"},
}};

const FieldInfo& info(Field field) { return kFields[static_cast<std::size_t>(field)]; }

}  // namespace

std::string_view field_id(Field field) { return info(field).id; }

std::optional<Field> parse_field(std::string_view id) {
  for (const auto& entry : kFields) {
    if (entry.id == id) return entry.field;
  }
  return std::nullopt;
}

std::string_view field_name(Field field, Language language) {
  switch (language) {
    case Language::kFi:
      return info(field).fi;
    case Language::kSv:
      return info(field).sv;
    case Language::kEn:
      return info(field).en;
  }
  return info(field).en;
}

std::size_t field_index(Field field) { return static_cast<std::size_t>(field); }

}  // namespace kybersaa::model
