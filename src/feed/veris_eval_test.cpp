// Evaluation on real VERIS data: the five incidents of the VERIS Community
// Database sample in the shared evaluation data (vcdb_sample), each with the
// field and RSIT class an analyst gives it from its summary:
//
//   laptop with patient data stolen from a car        breaches-leaks  data-loss
//   Medicaid disk lost in the post                    breaches-leaks  data-loss
//   job-site flaw exploited, documents taken          breaches-leaks  application-compromise
//   humid air in a data centre, service degraded      network         outage
//   CryptoLocker at a TV station, ransom paid         malware-vulns   infected-system
//
// Skips, saying why, when the shared data is not there.

#include <gtest/gtest.h>

#include <filesystem>
#include <map>

#include "feed/veris.hpp"

namespace kybersaa::feed {
namespace {

namespace fs = std::filesystem;

TEST(VerisEvaluation, MapsTheVcdbSampleAsAnAnalystWould) {
  const fs::path sample = fs::path(KYBERSAA_SHARED_DATA_DIR) / "vcdb_sample";
  if (!fs::exists(sample)) {
    GTEST_SKIP() << "shared evaluation data not found at " << sample
                 << " (vcdb_sample: VERIS Community Database incidents)";
  }
  struct Expected {
    model::Field field;
    model::RsitClass rsit;
  };
  const std::map<std::string, Expected> expected = {
      {"0008DADB-E83D-4278-A19A-CEE01610CF43",
       {model::Field::kBreachesLeaks, {"information-content-security", "data-loss"}}},
      {"000D403E-2DC9-4EA7-9294-BD3938D1C3C7",
       {model::Field::kBreachesLeaks, {"information-content-security", "data-loss"}}},
      {"0012CC25-9167-40D8-8FE3-3D0DFD8FB6BB",
       {model::Field::kBreachesLeaks, {"intrusions", "application-compromise"}}},
      {"1B19DDC2-A883-423A-A9DC-486F19130EFE",
       {model::Field::kNetwork, {"availability", "outage"}}},
      {"230092F0-C4CC-422B-B3AA-92AD5AFB53C8",
       {model::Field::kMalwareVulnerabilities, {"malicious-code", "infected-system"}}},
  };
  std::map<std::string, model::Incident> incidents;
  auto summary = parse_veris_path(
      sample, std::nullopt,
      [&](const model::Incident& incident) -> base::Status {
        incidents[incident.reference] = incident;
        return {};
      },
      [](const base::Error& error) { ADD_FAILURE() << error.message; });
  ASSERT_TRUE(summary) << summary.error().message;
  EXPECT_EQ(summary->records, expected.size());
  for (const auto& [id, want] : expected) {
    SCOPED_TRACE(id);
    ASSERT_TRUE(incidents.count(id));
    const auto& incident = incidents.at(id);
    EXPECT_EQ(model::field_id(incident.field), model::field_id(want.field));
    EXPECT_EQ(incident.rsit, want.rsit);
    EXPECT_FALSE(incident.organization.name.empty());
    EXPECT_FALSE(incident.sources.empty());
    std::cout << id.substr(0, 8) << "  " << model::field_id(incident.field) << "  "
              << incident.rsit.taxonomy << "/" << incident.rsit.type << "  " << incident.title
              << "\n";
  }
  // Two of the five name personal data (patients' names); the Corvallis laptop's
  // notification date (2014-12-11) is its reporting date.
  EXPECT_EQ(incidents.at("0008DADB-E83D-4278-A19A-CEE01610CF43").personal_data,
            (std::vector<model::PersonalData>{model::PersonalData::kName}));
}

}  // namespace
}  // namespace kybersaa::feed
