#pragma once
// The data the sample generator draws from: invented Finnish organisations,
// Finnish title and summary templates for each field of the weather map with
// their RSIT classes, and the words that fill the templates' slots. Data, not
// code: adding a template is adding a row.
//
// Templates contain slots in braces, filled per notification:
//   {org} / {Org}   the reporting organisation in the genitive ("Esimerkkilän
//                   kaupungin"); {Org} capitalises the first letter; {name}
//                   is its name in the nominative ("Esimerkkilän kaupunki")
//   {bank} {courier} a bank or parcel service whose name a scam abuses, genitive
//   {product} {service} {system}   a product, an online service, an automation
//                   system, nominative lower case
//   {ransomware} {stealer}         a malware family name
//   {cve}           a (fictitious) CVE id
//   {people} {devices}             the affected counts (then always present),
//                                  rounded as prose rounds them ("noin 56 000")
//   {gbps} {minutes} {hours} {eur} numbers drawn for the sentence

#include <array>
#include <cstddef>
#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "model/field.hpp"
#include "model/incident_enums.hpp"

namespace kybersaa::sample::detail {

// A set of sectors, one bit per model::Sector.
using SectorMask = std::uint32_t;
// A set of personal-data kinds, one bit per model::PersonalData.
using PersonalDataMask = std::uint16_t;

constexpr SectorMask sector_bit(model::Sector sector) {
  return SectorMask{1} << static_cast<unsigned>(sector);
}
constexpr PersonalDataMask personal_data_bit(model::PersonalData kind) {
  return static_cast<PersonalDataMask>(1U << static_cast<unsigned>(kind));
}

// How many people or devices an incident affects: a count in [low, high],
// skewed towards low, present with `probability`.
struct CountRange {
  std::int64_t low = 0;
  std::int64_t high = 0;
  double probability = 0.0;
};

// One kind of incident as organisations report it.
struct IncidentTemplate {
  model::Field field = model::Field::kNetwork;
  std::string_view taxonomy;  // RSIT taxonomy
  std::string_view type;      // RSIT type
  std::string_view title;     // with slots
  std::string_view summary;   // with slots; one or two sentences
  SectorMask sectors = 0;     // who reports this kind
  int weight = 1;             // relative frequency within the field
  CountRange people;
  CountRange devices;
  PersonalDataMask personal_data = 0;           // always involved
  PersonalDataMask optional_personal_data = 0;  // each involved with probability 1/2
};

// An invented reporting organisation.
struct Organization {
  std::string name;      // nominative, e.g. "Esimerkkilän kaupunki"
  std::string genitive;  // e.g. "Esimerkkilän kaupungin"
  model::Sector sector = model::Sector::kOther;
};

// A first or last name and its ASCII form for e-mail addresses.
struct PersonName {
  std::string_view name;
  std::string_view ascii;
};

struct Catalog {
  std::vector<Organization> organizations;
  std::span<const IncidentTemplate> templates;        // everyday notifications
  std::span<const IncidentTemplate> major_templates;  // the rare critical incidents
  // Indexes into `templates`, per field in model::kAllFields order.
  std::array<std::vector<std::size_t>, model::kAllFields.size()> templates_by_field;
  // Indexes into `organizations` that may report templates[i] / major_templates[i].
  std::vector<std::vector<std::size_t>> reporters;
  std::vector<std::vector<std::size_t>> major_reporters;

  std::span<const std::string_view> banks;     // genitive
  std::span<const std::string_view> couriers;  // genitive
  std::span<const std::string_view> products;
  std::span<const std::string_view> services;
  std::span<const std::string_view> systems;
  std::span<const std::string_view> ransomware;
  std::span<const std::string_view> stealers;
  std::span<const std::string_view> ongoing_sentences;   // for open/investigating
  std::span<const std::string_view> finished_sentences;  // for resolved/closed
  std::span<const std::string_view> reference_prefixes;
  std::span<const PersonName> first_names;
  std::span<const PersonName> last_names;
};

// Returns the catalog, built on first use. Thread-safe; lives for the program.
const Catalog& catalog();

}  // namespace kybersaa::sample::detail
