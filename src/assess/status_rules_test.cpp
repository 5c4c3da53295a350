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

// --- Feed figures as an input of the status rules ---------------------------------------------

namespace kybersaa::assess {
namespace {

// A field with steady incidents and `per_month` feed events (`hosts` hosts)
// in each of the 12 months before, and `events` in the month.
FieldHistory feed_history(std::int64_t per_month, std::int64_t events, std::int64_t hosts) {
  FieldHistory history = flat_history(10, 10, model::Field::kMalwareVulnerabilities);
  history.feed_events.fill(per_month);
  history.feed_events[kHistoryMonths] = events;
  history.feed_hosts.fill(hosts);
  return history;
}

TEST(FeedConditions, ParseDescribeAndHold) {
  auto rules = parse_rule_set(
      "format = 1\n[[rules]]\nid = \"feed-surge\"\nstatus = \"worrying\"\n"
      "feed_hosts_at_least = 50\nfeed_above_baseline_alpha = 0.01\n",
      "feeds.toml");
  ASSERT_TRUE(rules) << rules.error().message;
  ASSERT_EQ(rules->rules.size(), 1U);
  EXPECT_EQ(rules->rules[0].conditions,
            (std::vector<Condition>{{ConditionKind::kFeedAboveBaseline, 0.01},
                                    {ConditionKind::kFeedHostsAtLeast, 50}}));
  EXPECT_EQ(condition_key(ConditionKind::kFeedAboveBaseline), "feed_above_baseline_alpha");
  EXPECT_EQ(condition_key(ConditionKind::kFeedHostsAtLeast), "feed_hosts_at_least");

  // 200 events against a mean of 100: P(F >= 200) is far below 0.01.
  FieldHistory surge = feed_history(100, 200, 80);
  EXPECT_EQ(feed_baseline(surge).mean, 100.0);
  EXPECT_LT(feed_baseline(surge).p_value, 1e-10);
  FieldAssessment result = assess_field(surge, *rules);
  EXPECT_EQ(result.status, WeatherStatus::kWorrying);
  EXPECT_EQ(result.rule, "feed-surge");

  // Within the usual variation (110 against 100): not above the baseline.
  result = assess_field(feed_history(100, 110, 80), *rules);
  EXPECT_EQ(result.rule, "calm");
  // Above the baseline but too few hosts.
  result = assess_field(feed_history(100, 200, 49), *rules);
  EXPECT_EQ(result.rule, "calm");
  // No feed data at all: never above a baseline of zero.
  result = assess_field(feed_history(0, 0, 0), *rules);
  EXPECT_EQ(result.rule, "calm");
}

TEST(FeedConditions, ErrorsAreLocated) {
  EXPECT_EQ(parse_error("format = 1\n[[rules]]\nid = \"x\"\nstatus = \"serious\"\n"
                        "feed_hosts_at_least = -3\n"),
            "rules.toml:5:23: feed_hosts_at_least: expected a whole number, 0 or more");
  EXPECT_EQ(parse_error("format = 1\n[[rules]]\nid = \"x\"\nstatus = \"serious\"\n"
                        "feed_above_baseline_alpha = 2\n"),
            "rules.toml:5:29: feed_above_baseline_alpha: expected a significance level between 0 "
            "and 1, e.g. 0.01");
}

TEST(FeedConditions, DefaultRulesDoNotUseFeeds) {
  // Documented in docs/assessment.md: feed volumes follow collection as much
  // as threat, so the shipped rules judge incidents only.
  for (const StatusRule& rule : default_rule_set().rules) {
    for (const Condition& condition : rule.conditions) {
      EXPECT_NE(condition.kind, ConditionKind::kFeedAboveBaseline) << rule.id;
      EXPECT_NE(condition.kind, ConditionKind::kFeedHostsAtLeast) << rule.id;
    }
  }
  EXPECT_EQ(assess_field(feed_history(100, 1000, 900), default_rule_set()).rule, "calm");
}

}  // namespace
}  // namespace kybersaa::assess
