#include "model/rsit_field.hpp"

#include <gtest/gtest.h>

#include "model/rsit.hpp"

namespace kybersaa::model {
namespace {

TEST(RsitField, MapsEveryCountedRsitClassToAField) {
  for (const auto& taxonomy : rsit_taxonomies()) {
    for (auto type : taxonomy.types) {
      const bool counted = taxonomy.taxonomy != "other" && taxonomy.taxonomy != "test";
      EXPECT_EQ(field_for_rsit(taxonomy.taxonomy, type).has_value(), counted)
          << taxonomy.taxonomy << "/" << type;
    }
  }
}

TEST(RsitField, MapsTypicalFeedClasses) {
  EXPECT_EQ(field_for_rsit("availability", "ddos"), Field::kNetwork);
  EXPECT_EQ(field_for_rsit("malicious-code", "infected-system"), Field::kMalwareVulnerabilities);
  EXPECT_EQ(field_for_rsit("vulnerable", "vulnerable-system"), Field::kMalwareVulnerabilities);
  EXPECT_EQ(field_for_rsit("fraud", "phishing"), Field::kScamsPhishing);
  EXPECT_EQ(field_for_rsit("information-content-security", "data-leak"), Field::kBreachesLeaks);
  EXPECT_EQ(field_for_rsit("information-gathering", "sniffing"), Field::kEspionage);
  EXPECT_FALSE(field_for_rsit("other", "undetermined"));
  EXPECT_FALSE(field_for_rsit("", ""));
}

TEST(RsitField, IndustrialReportsCountInAutomation) {
  EXPECT_TRUE(names_automation_or_iot("scan_modbus"));
  EXPECT_TRUE(names_automation_or_iot("ICS"));
  EXPECT_TRUE(names_automation_or_iot("iec-104"));
  EXPECT_FALSE(names_automation_or_iot("scan_http"));
  EXPECT_FALSE(names_automation_or_iot("physics"));  // whole words only
  EXPECT_EQ(field_for_feed_event("vulnerable", "vulnerable-system", {"scan_bacnet", ""}),
            Field::kAutomationIot);
  // A compromised device is still malware, whatever report saw it.
  EXPECT_EQ(field_for_feed_event("malicious-code", "infected-system", {"scan_modbus"}),
            Field::kMalwareVulnerabilities);
  EXPECT_EQ(field_for_feed_event("other", "other", {"Accessible-HTTP", "accessible-http"}),
            Field::kMalwareVulnerabilities);
  EXPECT_EQ(field_for_feed_event("other", "other", {"Accessible-Modbus"}), Field::kAutomationIot);
  EXPECT_FALSE(field_for_feed_event("other", "other", {"Blocklist", "blocklist"}));
}

}  // namespace
}  // namespace kybersaa::model
