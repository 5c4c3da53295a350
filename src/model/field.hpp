#pragma once
// The six fields of the cyber weather map. The ids are the product's public
// vocabulary (data, APIs, JSON) and never change; the names are the ones the
// report's readers know, in each report language.

#include <array>
#include <optional>
#include <string_view>

#include "model/language.hpp"

namespace kybersaa::model {

enum class Field {
  kNetwork,
  kEspionage,
  kMalwareVulnerabilities,
  kBreachesLeaks,
  kScamsPhishing,
  kAutomationIot,
};

// The fields in the order the report shows them.
inline constexpr std::array<Field, 6> kAllFields = {
    Field::kNetwork,       Field::kEspionage,     Field::kMalwareVulnerabilities,
    Field::kBreachesLeaks, Field::kScamsPhishing, Field::kAutomationIot,
};

// Returns the field's id, e.g. "malware-vulnerabilities".
std::string_view field_id(Field field);
// Parses a field id; nullopt for anything that is not exactly one of the six.
std::optional<Field> parse_field(std::string_view id);
// Returns the field's name in `language`, e.g. "Tietomurrot ja -vuodot".
std::string_view field_name(Field field, Language language);
// Returns the position of `field` in kAllFields (0..5).
std::size_t field_index(Field field);

}  // namespace kybersaa::model
