#include "model/incident_enums.hpp"

#include <gtest/gtest.h>

#include "model/language.hpp"

namespace kybersaa::model {
namespace {

TEST(IncidentEnums, EveryNameRoundTrips) {
  for (auto name : severity_names()) EXPECT_EQ(severity_name(*parse_severity(name)), name);
  for (auto name : status_names()) EXPECT_EQ(status_name(*parse_status(name)), name);
  for (auto name : tlp_names()) EXPECT_EQ(tlp_name(*parse_tlp(name)), name);
  for (auto name : personal_data_names()) {
    EXPECT_EQ(personal_data_name(*parse_personal_data(name)), name);
  }
  for (auto name : sector_names()) EXPECT_EQ(sector_name(*parse_sector(name)), name);
}

TEST(IncidentEnums, RejectsUnknownAndWrongCase) {
  EXPECT_EQ(parse_severity("Critical"), std::nullopt);
  EXPECT_EQ(parse_tlp("TLP:RED"), std::nullopt);
  EXPECT_EQ(parse_sector("healthcare"), std::nullopt);
  EXPECT_EQ(parse_language("se"), std::nullopt);
}

TEST(IncidentEnums, OnlyClearAndGreenArePublishable) {
  EXPECT_TRUE(tlp_allows_publication(Tlp::kClear));
  EXPECT_TRUE(tlp_allows_publication(Tlp::kGreen));
  EXPECT_FALSE(tlp_allows_publication(Tlp::kAmber));
  EXPECT_FALSE(tlp_allows_publication(Tlp::kAmberStrict));
  EXPECT_FALSE(tlp_allows_publication(Tlp::kRed));
}

TEST(IncidentEnums, OrderedSeverities) {
  EXPECT_LT(Severity::kLow, Severity::kMedium);
  EXPECT_LT(Severity::kHigh, Severity::kCritical);
}

}  // namespace
}  // namespace kybersaa::model
