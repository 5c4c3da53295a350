#include "feed/veris.hpp"

#include <gtest/gtest.h>

#include <map>
#include <string>
#include <vector>

#include "model/calendar.hpp"
#include "model/rsit.hpp"

namespace kybersaa::feed {
namespace {

const std::filesystem::path kData = std::filesystem::path(KYBERSAA_SOURCE_DIR) / "tests/data/feed";

std::map<std::string, model::Incident> parse_fixtures() {
  std::map<std::string, model::Incident> incidents;
  auto summary = parse_veris_path(
      kData / "veris", std::nullopt,
      [&](const model::Incident& incident) -> base::Status {
        incidents[incident.organization.name] = incident;
        return {};
      },
      [](const base::Error& error) { ADD_FAILURE() << error.message; });
  EXPECT_TRUE(summary);
  return incidents;
}

std::string day(std::int64_t instant) {
  const auto t = model::helsinki_civil_time(instant);
  char text[16];
  std::snprintf(text, sizeof text, "%04d-%02d-%02d", t.year, t.month, t.day);
  return text;
}

// The mapping, record by record: field, RSIT and the rest of the incident.
TEST(VerisParser, MapsEachFixtureToItsFieldAndRsitClass) {
  const auto incidents = parse_fixtures();
  ASSERT_EQ(incidents.size(), 6u);
  struct Expected {
    std::string victim;
    model::Field field;
    std::string taxonomy;
    std::string type;
    model::Sector sector;
  };
  const std::vector<Expected> expected = {
      {"Example Municipality", model::Field::kMalwareVulnerabilities, "malicious-code",
       "infected-system", model::Sector::kPublicAdministration},
      {"Example Bank Oyj", model::Field::kScamsPhishing, "fraud", "phishing",
       model::Sector::kBanking},
      {"Example Water Utility", model::Field::kAutomationIot, "intrusions",
       "unprivileged-account-compromise", model::Sector::kDrinkingWater},
      {"Example Ministry", model::Field::kEspionage, "malicious-code", "infected-system",
       model::Sector::kPublicAdministration},
      {"Example Telecom", model::Field::kNetwork, "availability", "dos",
       model::Sector::kDigitalInfrastructure},
      {"Example Clinic", model::Field::kBreachesLeaks, "information-content-security", "data-leak",
       model::Sector::kHealth},
  };
  for (const auto& want : expected) {
    SCOPED_TRACE(want.victim);
    ASSERT_TRUE(incidents.count(want.victim));
    const model::Incident& incident = incidents.at(want.victim);
    EXPECT_EQ(model::field_id(incident.field), model::field_id(want.field));
    EXPECT_EQ(incident.rsit, (model::RsitClass{want.taxonomy, want.type}));
    EXPECT_EQ(model::sector_name(incident.organization.sector), model::sector_name(want.sector));
    EXPECT_EQ(incident.status, model::IncidentStatus::kDraft);
    EXPECT_EQ(incident.id, model::incident_content_id(incident));
  }
}

TEST(VerisParser, ReadsDatesCountsDataKindsAndSources) {
  const auto incidents = parse_fixtures();
  const auto& ransomware = incidents.at("Example Municipality");
  EXPECT_EQ(ransomware.reference, "A0000001-0000-4000-8000-000000000001");
  EXPECT_EQ(ransomware.title,
            "Example Municipality: malware (Ransomware, Export data); social (Extortion)");
  EXPECT_EQ(day(ransomware.reported_at), "2026-03-02");  // the notification date
  EXPECT_EQ(day(*ransomware.started_at), "2026-02-27");
  EXPECT_EQ(ransomware.affected_devices, 240);
  EXPECT_EQ(ransomware.severity, model::Severity::kHigh);
  EXPECT_EQ(ransomware.sources,
            (std::vector<std::string>{"https://example.fi/news/municipality-ransomware"}));

  const auto& phishing = incidents.at("Example Bank Oyj");
  EXPECT_EQ(day(phishing.reported_at), "2026-03-01");  // no notification: the incident's month
  EXPECT_EQ(day(*phishing.started_at), "2026-03-01");
  EXPECT_EQ(phishing.personal_data,
            (std::vector<model::PersonalData>{model::PersonalData::kFinancial,
                                              model::PersonalData::kCredentials}));
  EXPECT_EQ(phishing.sources,
            (std::vector<std::string>{"https://example.fi/news/bank-phishing",
                                      "https://example.org/alerts/smishing-wave"}));
  EXPECT_EQ(phishing.severity, model::Severity::kMedium);  // "Unknown"

  const auto& leak = incidents.at("Example Clinic");
  EXPECT_EQ(leak.affected_people, 18250);
  EXPECT_EQ(leak.personal_data, (std::vector<model::PersonalData>{model::PersonalData::kName,
                                                                  model::PersonalData::kHealth}));
  EXPECT_EQ(leak.severity, model::Severity::kCritical);

  const auto& ddos = incidents.at("Example Telecom");
  EXPECT_TRUE(ddos.sources.empty());
  EXPECT_EQ(ddos.severity, model::Severity::kLow);
}

TEST(VerisParser, RejectsBadRecordsByPathAndWalksOn) {
  std::vector<std::string> rejections;
  std::size_t incidents = 0;
  auto summary = parse_veris_path(
      kData / "veris_bad", std::nullopt,
      [&](const model::Incident&) -> base::Status {
        ++incidents;
        return {};
      },
      [&](const base::Error& error) { rejections.push_back(error.message); });
  ASSERT_TRUE(summary) << summary.error().message;
  EXPECT_EQ(summary->files, 3u);
  EXPECT_EQ(summary->rejected, 3u);
  EXPECT_EQ(incidents, 0u);
  const std::string bad = (kData / "veris_bad").string();
  EXPECT_EQ(rejections, (std::vector<std::string>{
                            bad + "/bad-day.json: timeline.incident.day: not a day of the month",
                            bad + "/no-action.json: action: missing",
                            bad + "/variety-number.json: action.hacking.variety[0]: expected a "
                                  "string, got a number"}));
}

TEST(VerisParser, RejectsWhatIsNotAVerisRecord) {
  EXPECT_EQ(parse_veris_incident(R"({"incident_id": "x"})", "v.json").error().message,
            "v.json: schema_version: missing: not a VERIS record");
  EXPECT_EQ(parse_veris_incident(R"({"schema_version": "1.3.7", "incident_id": "x",
                                    "action": {"malware": {}}, "timeline": {}})",
                                 "v.json")
                .error()
                .message,
            "v.json: timeline.incident.year: missing");
  EXPECT_EQ(parse_veris_incident(R"({"schema_version": "1.3.7", "incident_id": "x",
                                    "action": {"malware": {}}, "timeline": {"incident":
                                    {"year": 1900}}})",
                                 "v.json")
                .error()
                .message,
            "v.json: timeline.incident.year: not a year from 1970 on");
  EXPECT_EQ(parse_veris_incident("{", "v.json").error().message.rfind("v.json: byte 1: ", 0), 0u);
}

TEST(VerisParser, AcceptsAMinimalRecord) {
  auto incident = parse_veris_incident(R"({"schema_version": "1.3.7", "incident_id": "x",
      "action": {"unknown": {}}, "timeline": {"incident": {"year": 2026}}})",
                                       "v.json");
  ASSERT_TRUE(incident) << incident.error().message;
  EXPECT_EQ(incident->title, "VERIS incident: unknown");
  EXPECT_EQ(incident->field, kVerisDefaultField);
  EXPECT_EQ(incident->rsit, (model::RsitClass{"other", "undetermined"}));
  EXPECT_FALSE(incident->started_at);  // a year alone is no start date
  EXPECT_EQ(day(incident->reported_at), "2026-01-01");
}

TEST(VerisMapping, EveryRuleNamesAValidRsitClassAndEveryFieldIsReachable) {
  for (const auto& rule : veris_rsit_rules()) {
    EXPECT_TRUE(model::is_valid_rsit(rule.taxonomy, rule.type)) << rule.pattern;
  }
  EXPECT_TRUE(model::is_valid_rsit(kVerisDefaultRsitTaxonomy, kVerisDefaultRsitType));
  std::vector<bool> reached(model::kAllFields.size());
  for (const auto& rule : veris_field_rules()) reached[model::field_index(rule.field)] = true;
  for (auto field : model::kAllFields) {
    EXPECT_TRUE(reached[model::field_index(field)]) << model::field_id(field);
  }
}

TEST(VerisMapping, TheFirstMatchingRuleDecides) {
  const std::vector<std::string> facts = {"action.malware", "action.malware.variety.Ransomware",
                                          "attribute.confidentiality",
                                          "attribute.confidentiality.data_disclosure.Yes"};
  const auto classified = classify_veris(facts);
  EXPECT_EQ(classified.field, model::Field::kBreachesLeaks);
  EXPECT_EQ(classified.field_rule, "attribute.confidentiality.data_disclosure.Yes");
  EXPECT_EQ(classified.rsit, (model::RsitClass{"malicious-code", "infected-system"}));
  EXPECT_EQ(classified.rsit_rule, "action.malware.variety.Ransomware");
  const std::vector<std::string> embedded = {"asset.variety.E - Telematics", "action.hacking"};
  EXPECT_EQ(classify_veris(embedded).field, model::Field::kAutomationIot);
  const std::vector<std::string> none = {"action.unknown"};
  EXPECT_TRUE(classify_veris(none).field_rule.empty());
}

}  // namespace
}  // namespace kybersaa::feed
