#pragma once
// Small closed vocabularies of an incident: severity, lifecycle status, TLP,
// the kinds of personal data involved and the reporter's sector.

#include <optional>
#include <span>
#include <string_view>

namespace kybersaa::model {

// How bad an incident is for its constituency, as the reporter or analyst judged.
enum class Severity { kLow, kMedium, kHigh, kCritical };

// Where an incident is in its handling.
enum class IncidentStatus { kDraft, kOpen, kInvestigating, kResolved, kClosed };

// Traffic Light Protocol 2.0 label of an incident's details.
enum class Tlp { kClear, kGreen, kAmber, kAmberStrict, kRed };

// Kinds of personal data an incident exposed.
enum class PersonalData {
  kName,
  kEmail,
  kPhone,
  kAddress,
  kNationalId,
  kHealth,
  kFinancial,
  kCredentials,
  kLocation,
  kDevice,
};

// The sector of a reporting organisation: the NIS2 sectors plus a few a
// national CERT also hears from.
enum class Sector {
  kEnergy,
  kTransport,
  kBanking,
  kFinancial,
  kHealth,
  kDrinkingWater,
  kWasteWater,
  kDigitalInfrastructure,
  kIctServices,
  kPublicAdministration,
  kSpace,
  kCourier,
  kWasteManagement,
  kChemical,
  kFood,
  kManufacturing,
  kDigitalProviders,
  kResearch,
  kEducation,
  kRetail,
  kMedia,
  kIndividual,
  kOther,
};

std::string_view severity_name(Severity value);
std::optional<Severity> parse_severity(std::string_view name);
std::span<const std::string_view> severity_names();

std::string_view status_name(IncidentStatus value);
std::optional<IncidentStatus> parse_status(std::string_view name);
std::span<const std::string_view> status_names();

// TLP names are lower-case without the "TLP:" prefix: "clear", "amber+strict".
std::string_view tlp_name(Tlp value);
std::optional<Tlp> parse_tlp(std::string_view name);
std::span<const std::string_view> tlp_names();
// True when details under this label may appear in a report for the public
// (TLP:CLEAR) or for the community (TLP:GREEN).
bool tlp_allows_publication(Tlp value);

std::string_view personal_data_name(PersonalData value);
std::optional<PersonalData> parse_personal_data(std::string_view name);
std::span<const std::string_view> personal_data_names();

std::string_view sector_name(Sector value);
std::optional<Sector> parse_sector(std::string_view name);
std::span<const std::string_view> sector_names();

}  // namespace kybersaa::model
