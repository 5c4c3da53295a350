#include "model/field.hpp"

#include <gtest/gtest.h>

#include <set>

namespace kybersaa::model {
namespace {

TEST(Field, IdsAreExactlyTheSixOfTheProduct) {
  std::set<std::string_view> ids;
  for (Field field : kAllFields) ids.insert(field_id(field));
  EXPECT_EQ(ids,
            (std::set<std::string_view>{"network", "espionage", "malware-vulnerabilities",
                                        "breaches-leaks", "scams-phishing", "automation-iot"}));
}

TEST(Field, ParsesItsOwnIdsAndRejectsOthers) {
  for (Field field : kAllFields) EXPECT_EQ(parse_field(field_id(field)), field);
  EXPECT_EQ(parse_field("Network"), std::nullopt);
  EXPECT_EQ(parse_field("malware"), std::nullopt);
  EXPECT_EQ(parse_field(""), std::nullopt);
}

TEST(Field, NamesInEachLanguage) {
  EXPECT_EQ(field_name(Field::kBreachesLeaks, Language::kFi), "Tietomurrot ja -vuodot");
  EXPECT_EQ(field_name(Field::kScamsPhishing, Language::kSv), "Bedrägerier och nätfiske");
  EXPECT_EQ(field_name(Field::kAutomationIot, Language::kEn), "Automation and IoT");
}

TEST(Field, IndexFollowsReportOrder) {
  for (std::size_t i = 0; i < kAllFields.size(); ++i) EXPECT_EQ(field_index(kAllFields[i]), i);
}

}  // namespace
}  // namespace kybersaa::model
