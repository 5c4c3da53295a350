#include "assess/status_rules.hpp"

#include <gtest/gtest.h>

#include <string>

#include "assess/test_history.hpp"
#include "base/file.hpp"
#include "support/temp_dir.hpp"

namespace kybersaa::assess {
namespace {

// The error message of parsing `toml`, which must fail.
std::string parse_error(std::string_view toml) {
  auto parsed = parse_rule_set(toml, "rules.toml");
  EXPECT_FALSE(parsed.has_value()) << toml;
  if (parsed) return "";
  EXPECT_EQ(parsed.error().code, base::ErrorCode::kInvalidInput);
  return parsed.error().message;
}

TEST(DefaultRuleSet, IsTheShippedFileInOrder) {
  const RuleSet& rules = default_rule_set();
  EXPECT_EQ(rules.source, "built-in defaults");
  EXPECT_DOUBLE_EQ(rules.trend_alpha, 0.05);
  std::vector<std::string> ids;
  for (const StatusRule& rule : rules.rules) ids.push_back(rule.id);
  EXPECT_EQ(ids, (std::vector<std::string>{"critical-incident", "red-warning", "surge",
                                           "yellow-warning", "high-severity", "elevated"}));
  const StatusRule& surge = rules.rules[2];
  EXPECT_EQ(surge.status, WeatherStatus::kSerious);
  EXPECT_EQ(surge.conditions, (std::vector<Condition>{{ConditionKind::kCountAtLeast, 5},
                                                      {ConditionKind::kAboveBaseline, 0.001}}));
}

TEST(DefaultRuleSet, RedWarningMakesSeriousAndYellowWorrying) {
  FieldHistory history = flat_history(10, 10);
  history.warning = WarningLevel::kRed;
  auto result = assess_field(history, default_rule_set());
  EXPECT_EQ(result.status, WeatherStatus::kSerious);
  EXPECT_EQ(result.rule, "red-warning");
  history.warning = WarningLevel::kYellow;
  result = assess_field(history, default_rule_set());
  EXPECT_EQ(result.status, WeatherStatus::kWorrying);
  EXPECT_EQ(result.rule, "yellow-warning");
  // A surge outranks a yellow warning: serious, decided by the surge rule.
  history = flat_history(20, 45);
  history.warning = WarningLevel::kYellow;
  EXPECT_EQ(assess_field(history, default_rule_set()).rule, "surge");
}

TEST(ParseRuleSet, ReadsOrderFieldsAndConditions) {
  auto rules = parse_rule_set(R"(format = 1
[trend]
alpha = 0.01
[[rules]]
id = "phishing-wave"
status = "serious"
fields = ["scams-phishing"]
count_at_least = 100
[[rules]]
id = "any-high"
status = "worrying"
high_at_least = 1
)",
                              "custom.toml");
  ASSERT_TRUE(rules) << rules.error().message;
  EXPECT_EQ(rules->source, "custom.toml");
  EXPECT_DOUBLE_EQ(rules->trend_alpha, 0.01);
  ASSERT_EQ(rules->rules.size(), 2u);
  EXPECT_EQ(rules->rules[0].fields, std::vector<model::Field>{model::Field::kScamsPhishing});

  // The field-restricted rule does not apply to another field.
  FieldHistory network = flat_history(0, 150, model::Field::kNetwork);
  EXPECT_EQ(assess_field(network, *rules).rule, "calm");
  FieldHistory phishing = network;
  phishing.field = model::Field::kScamsPhishing;
  EXPECT_EQ(assess_field(phishing, *rules).rule, "phishing-wave");
  // The first matching rule decides.
  phishing.high_counts[kHistoryMonths] = 1;
  EXPECT_EQ(assess_field(phishing, *rules).status, WeatherStatus::kSerious);
  network.high_counts[kHistoryMonths] = 1;
  EXPECT_EQ(assess_field(network, *rules).rule, "any-high");
  // The trend uses the file's alpha: 60 vs 30 has p = 0.0021.
  FieldHistory trend = flat_history(30, 60);
  EXPECT_EQ(assess_field(trend, *rules).trend.trend, Trend::kRaised);
}

TEST(ParseRuleSet, ErrorsNameFileLineAndWhat) {
  EXPECT_EQ(
      parse_error("format = 1\n[[rules]]\nid = \"x\"\nstatus = \"stormy\"\ncount_at_least = 1\n"),
      "rules.toml:4:10: status: expected \"calm\", \"worrying\" or \"serious\"");
  EXPECT_EQ(
      parse_error("format = 1\n[[rules]]\nid = \"x\"\nstatus = \"serious\"\ncount_at_leest = 1\n"),
      "rules.toml:5:18: unknown key \"count_at_leest\" in a rule");
  EXPECT_NE(parse_error("format = 1\n[[rules]]\nid = \"x\"\nstatus = \"serious\"\n"
                        "above_baseline_alpha = 1.5\n")
                .find("rules.toml:5:"),
            std::string::npos);
  EXPECT_NE(parse_error("format = 1\n[[rules]]\nid = \"x\"\nstatus = \"serious\"\n")
                .find("rule \"x\" has no conditions"),
            std::string::npos);
  EXPECT_NE(parse_error("format = 1\n[[rules]]\nid = \"x\"\nstatus = \"serious\"\n"
                        "fields = [\"weather\"]\ncount_at_least = 1\n")
                .find("rules.toml:5:"),
            std::string::npos);
  EXPECT_NE(
      parse_error("format = 1\n[[rules]]\nid = \"a\"\nstatus = \"serious\"\ncount_at_least = 1\n"
                  "[[rules]]\nid = \"a\"\nstatus = \"serious\"\ncount_at_least = 2\n")
          .find("used twice"),
      std::string::npos);
  EXPECT_NE(parse_error("format = 2\n").find("rules.toml:1:"), std::string::npos);
  EXPECT_NE(parse_error("[trend]\nalpha = 0.05\n").find("no \"format = 1\""), std::string::npos);
  EXPECT_NE(parse_error("format = 1\nwarning_at_least = \"red\"\n").find("unknown key"),
            std::string::npos);
  EXPECT_NE(parse_error("format = 1\n[[rules]]\nid = \"x\"\nstatus = \"serious\"\n"
                        "warning_at_least = \"orange\"\n")
                .find("expected \"yellow\" or \"red\""),
            std::string::npos);
  // TOML syntax errors are located too.
  EXPECT_NE(parse_error("format = 1\n[[rules]\n").find("rules.toml:2:"), std::string::npos);
}

TEST(LoadRuleSet, ReadsAFileAndNamesItInErrors) {
  kybersaa::testing::TempDir dir;
  const auto path = dir.path() / "rules.toml";
  ASSERT_TRUE(base::write_file_atomically(path, std::string(default_rules_toml())));
  auto rules = load_rule_set(path.string());
  ASSERT_TRUE(rules) << rules.error().message;
  EXPECT_EQ(rules->rules, default_rule_set().rules);
  auto missing = load_rule_set((dir.path() / "absent.toml").string());
  ASSERT_FALSE(missing);
  EXPECT_NE(missing.error().message.find("absent.toml"), std::string::npos);
}

}  // namespace
}  // namespace kybersaa::assess
