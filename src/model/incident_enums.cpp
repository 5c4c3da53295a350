#include "model/incident_enums.hpp"

#include <array>

#include "model/vocabulary.hpp"

namespace kybersaa::model {
namespace {

constexpr Vocabulary<Severity, 4> kSeverities{{"low", "medium", "high", "critical"}};
constexpr Vocabulary<IncidentStatus, 5> kStatuses{
    {"draft", "open", "investigating", "resolved", "closed"}};
constexpr Vocabulary<Tlp, 5> kTlps{{"clear", "green", "amber", "amber+strict", "red"}};
constexpr Vocabulary<PersonalData, 10> kPersonalData{{"name", "email", "phone", "address",
                                                      "national-id", "health", "financial",
                                                      "credentials", "location", "device"}};
constexpr Vocabulary<Sector, 23> kSectors{{
    "energy",
    "transport",
    "banking",
    "financial",
    "health",
    "drinking-water",
    "waste-water",
    "digital-infrastructure",
    "ict-services",
    "public-administration",
    "space",
    "courier",
    "waste-management",
    "chemical",
    "food",
    "manufacturing",
    "digital-providers",
    "research",
    "education",
    "retail",
    "media",
    "individual",
    "other",
}};

static_assert(static_cast<int>(Severity::kCritical) == 3);
static_assert(static_cast<int>(IncidentStatus::kClosed) == 4);
static_assert(static_cast<int>(Tlp::kRed) == 4);
static_assert(static_cast<int>(PersonalData::kDevice) == 9);
static_assert(static_cast<int>(Sector::kOther) == 22);

}  // namespace

std::string_view severity_name(Severity value) { return kSeverities.name(value); }
std::optional<Severity> parse_severity(std::string_view name) { return kSeverities.parse(name); }
std::span<const std::string_view> severity_names() { return kSeverities.names; }

std::string_view status_name(IncidentStatus value) { return kStatuses.name(value); }
std::optional<IncidentStatus> parse_status(std::string_view name) { return kStatuses.parse(name); }
std::span<const std::string_view> status_names() { return kStatuses.names; }

std::string_view tlp_name(Tlp value) { return kTlps.name(value); }
std::optional<Tlp> parse_tlp(std::string_view name) { return kTlps.parse(name); }
std::span<const std::string_view> tlp_names() { return kTlps.names; }
bool tlp_allows_publication(Tlp value) { return value == Tlp::kClear || value == Tlp::kGreen; }

std::string_view personal_data_name(PersonalData value) { return kPersonalData.name(value); }
std::optional<PersonalData> parse_personal_data(std::string_view name) {
  return kPersonalData.parse(name);
}
std::span<const std::string_view> personal_data_names() { return kPersonalData.names; }

std::string_view sector_name(Sector value) { return kSectors.name(value); }
std::optional<Sector> parse_sector(std::string_view name) { return kSectors.parse(name); }
std::span<const std::string_view> sector_names() { return kSectors.names; }

}  // namespace kybersaa::model
