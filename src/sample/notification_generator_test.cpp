#include "sample/notification_generator.hpp"

#include <gtest/gtest.h>

#include <array>
#include <map>
#include <nlohmann/json.hpp>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "model/calendar.hpp"
#include "model/field.hpp"
#include "model/incident_enums.hpp"
#include "model/rsit.hpp"
#include "sample/notification_catalog.hpp"

namespace kybersaa::sample {
namespace {

using nlohmann::json;

constexpr model::YearMonth kFirst{2025, 1};
constexpr int kMonths = 24;

GeneratorOptions default_window() {
  GeneratorOptions options;
  options.first = kFirst;
  options.months = kMonths;
  return options;
}

std::vector<std::string> split_lines(const std::string& text) {
  std::vector<std::string> lines;
  std::istringstream stream(text);
  for (std::string line; std::getline(stream, line);) lines.push_back(line);
  return lines;
}

// All notifications of the default 24-month window, parsed, with their month.
struct ParsedWindow {
  std::vector<std::pair<model::YearMonth, json>> notifications;
};

const ParsedWindow& parsed_window() {
  static const ParsedWindow window = [] {
    ParsedWindow result;
    const GeneratorOptions options = default_window();
    for (int m = 0; m < options.months; ++m) {
      const model::YearMonth month = options.first.plus_months(m);
      for (const std::string& line : split_lines(generate_month(options, month))) {
        result.notifications.emplace_back(month, json::parse(line));
      }
    }
    return result;
  }();
  return window;
}

std::int64_t instant_of(const json& value) {
  const std::optional<std::int64_t> instant = model::parse_iso_instant(value.get<std::string>());
  EXPECT_TRUE(instant.has_value()) << value;
  return instant.value_or(0);
}

TEST(NotificationGenerator, SameSeedAndMonthGiveIdenticalBytes) {
  const GeneratorOptions options = default_window();
  const std::string first = generate_month(options, {2026, 3});
  // Generating other months in between must not change anything.
  (void)generate_month(options, {2025, 11});
  const std::string second = generate_month(options, {2026, 3});
  ASSERT_FALSE(first.empty());
  EXPECT_EQ(first, second);
}

TEST(NotificationGenerator, DifferentSeedsDiffer) {
  GeneratorOptions options = default_window();
  const std::string first = generate_month(options, {2026, 3});
  options.seed += 1;
  EXPECT_NE(first, generate_month(options, {2026, 3}));
}

TEST(NotificationGenerator, DifferentMonthsDiffer) {
  const GeneratorOptions options = default_window();
  EXPECT_NE(generate_month(options, {2026, 3}), generate_month(options, {2026, 4}));
}

TEST(NotificationGenerator, StreamingGivesTheSameLines) {
  const GeneratorOptions options = default_window();
  std::string streamed;
  generate_month_lines(options, {2025, 10}, [&](std::string_view line) {
    EXPECT_EQ(line.find('\n'), std::string_view::npos);
    streamed.append(line);
    streamed += '\n';
  });
  EXPECT_EQ(streamed, generate_month(options, {2025, 10}));
}

TEST(NotificationGenerator, ZeroMeanGivesNoLines) {
  GeneratorOptions options = default_window();
  options.mean_per_month = 0;
  EXPECT_EQ(generate_month(options, {2026, 5}), "");
}

TEST(NotificationGenerator, EveryLineIsAValidNotification) {
  const std::set<std::string> allowed = {
      "title",   "field",     "rsit",     "organization", "reported", "severity",
      "summary", "reference", "detected", "started",      "affected", "personal_data",
      "status",  "tlp",       "sources",  "contact",      "ddos"};
  const auto& notifications = parsed_window().notifications;
  ASSERT_GT(notifications.size(), 1000U);
  for (const auto& [month, n] : notifications) {
    SCOPED_TRACE(n.dump());
    ASSERT_TRUE(n.is_object());
    for (const auto& [key, value] : n.items()) EXPECT_TRUE(allowed.contains(key)) << key;
    for (const char* key : {"title", "field", "rsit", "organization", "reported", "severity"}) {
      ASSERT_TRUE(n.contains(key)) << key;
    }
    const std::string title = n["title"].get<std::string>();
    EXPECT_FALSE(title.empty());
    EXPECT_LE(title.size(), 500U);
    EXPECT_EQ(title.find('{'), std::string::npos) << "unfilled slot";
    if (n.contains("summary")) {
      EXPECT_EQ(n["summary"].get<std::string>().find('{'), std::string::npos) << "unfilled slot";
    }
    EXPECT_TRUE(model::parse_field(n["field"].get<std::string>()).has_value());
    EXPECT_EQ(n["rsit"].size(), 2U);
    EXPECT_TRUE(model::is_valid_rsit(n["rsit"]["taxonomy"].get<std::string>(),
                                     n["rsit"]["type"].get<std::string>()));
    EXPECT_EQ(n["organization"].size(), 2U);
    EXPECT_FALSE(n["organization"]["name"].get<std::string>().empty());
    EXPECT_TRUE(model::parse_sector(n["organization"]["sector"].get<std::string>()).has_value());
    EXPECT_TRUE(model::parse_severity(n["severity"].get<std::string>()).has_value());
    if (n.contains("status")) {
      EXPECT_TRUE(model::parse_status(n["status"].get<std::string>()).has_value());
    }
    if (n.contains("tlp")) {
      EXPECT_TRUE(model::parse_tlp(n["tlp"].get<std::string>()).has_value());
    }

    const std::int64_t reported = instant_of(n["reported"]);
    EXPECT_EQ(model::helsinki_month(reported), month);
    // The generator's own formatter must agree with the model's.
    EXPECT_EQ(n["reported"].get<std::string>(), model::format_helsinki_iso(reported));
    std::int64_t latest = reported;
    if (n.contains("detected")) {
      const std::int64_t detected = instant_of(n["detected"]);
      EXPECT_EQ(n["detected"].get<std::string>(), model::format_helsinki_iso(detected));
      EXPECT_LE(detected, reported);
      latest = detected;
    }
    if (n.contains("started")) {
      const std::int64_t started = instant_of(n["started"]);
      EXPECT_EQ(n["started"].get<std::string>(), model::format_helsinki_iso(started));
      EXPECT_LE(started, latest);
    }
    if (n.contains("affected")) {
      EXPECT_FALSE(n["affected"].empty());
      for (const auto& [key, value] : n["affected"].items()) {
        EXPECT_TRUE(key == "people" || key == "devices") << key;
        EXPECT_TRUE(value.is_number_integer() && value.get<std::int64_t>() >= 0);
      }
    }
    if (n.contains("ddos")) {
      EXPECT_EQ(n["field"], "network");
      EXPECT_EQ(n["rsit"]["type"], "ddos");
      EXPECT_FALSE(n["ddos"].empty());
      for (const auto& [key, value] : n["ddos"].items()) {
        EXPECT_TRUE(key == "peak_gbps" || key == "duration_minutes") << key;
        EXPECT_TRUE(value.is_number() && value.get<double>() > 0);
      }
    }
    if (n.contains("personal_data")) {
      std::set<std::string> seen;
      for (const json& kind : n["personal_data"]) {
        EXPECT_TRUE(model::parse_personal_data(kind.get<std::string>()).has_value());
        EXPECT_TRUE(seen.insert(kind.get<std::string>()).second) << "duplicate " << kind;
      }
    }
    if (n.contains("sources")) {
      ASSERT_TRUE(n["sources"].is_array());
      EXPECT_FALSE(n["sources"].empty());
    }
    if (n.contains("contact")) {
      EXPECT_TRUE(n["contact"]["email"].get<std::string>().ends_with("@example.fi"));
      EXPECT_TRUE(n["contact"]["phone"].get<std::string>().starts_with("+358 40 000 "));
    }
  }
}

TEST(NotificationGenerator, LinesAreSortedByReported) {
  std::int64_t previous = 0;
  for (const auto& [month, n] : parsed_window().notifications) {
    const std::int64_t reported = instant_of(n["reported"]);
    EXPECT_LE(previous, reported);
    previous = reported;
  }
}

TEST(NotificationGenerator, AllSixFieldsOccurWithScamsMostCommon) {
  std::map<std::string, std::size_t> counts;
  for (const auto& [month, n] : parsed_window().notifications) {
    ++counts[n["field"].get<std::string>()];
  }
  for (model::Field field : model::kAllFields) {
    EXPECT_GT(counts[std::string(model::field_id(field))], 0U) << model::field_id(field);
  }
  const double total = static_cast<double>(parsed_window().notifications.size());
  const double scams = static_cast<double>(counts["scams-phishing"]) / total;
  EXPECT_GT(scams, 0.25);
  EXPECT_LT(scams, 0.45);
  for (const auto& [field, count] : counts) {
    EXPECT_LE(count, counts["scams-phishing"]) << field;
  }
}

TEST(NotificationGenerator, ForcedCampaignRaisesItsFieldsShare) {
  GeneratorOptions options = default_window();
  options.mean_per_month = 2000;  // large enough that the share is not noise
  const model::YearMonth month{2026, 10};
  auto share_of_espionage = [&](const GeneratorOptions& with) {
    std::size_t espionage = 0;
    std::size_t total = 0;
    for (const std::string& line : split_lines(generate_month(with, month))) {
      ++total;
      if (json::parse(line)["field"] == "espionage") ++espionage;
    }
    return static_cast<double>(espionage) / static_cast<double>(total);
  };
  const double normal = share_of_espionage(options);
  options.campaigns = {{month, model::Field::kEspionage}};
  const double campaign = share_of_espionage(options);
  // The campaign factor is 1.6 on the field's weight; espionage is a small
  // field, so its share rises by nearly that factor.
  EXPECT_GT(campaign, normal * 1.3) << normal << " -> " << campaign;
  options.campaigns = {{month.plus_months(-1), model::Field::kEspionage}};
  EXPECT_DOUBLE_EQ(share_of_espionage(options), normal);  // other months only
}

TEST(NotificationGenerator, JulyIsQuieterThanOctober) {
  std::map<int, std::size_t> per_calendar_month;
  for (const auto& [month, n] : parsed_window().notifications) ++per_calendar_month[month.month];
  EXPECT_LT(per_calendar_month[7], per_calendar_month[10]);
}

TEST(NotificationGenerator, VolumeFollowsTheMean) {
  GeneratorOptions options = default_window();
  options.mean_per_month = 1000;
  const std::size_t lines = split_lines(generate_month(options, {2025, 3})).size();
  EXPECT_GT(lines, 800U);
  EXPECT_LT(lines, 1400U);
}

TEST(NotificationGenerator, HasAFewCriticalIncidentsAffectingManyPeople) {
  std::size_t critical = 0;
  for (const auto& [month, n] : parsed_window().notifications) {
    if (n["severity"] != "critical") continue;
    ++critical;
    SCOPED_TRACE(n.dump());
    ASSERT_TRUE(n.contains("affected"));
    EXPECT_GE(n["affected"]["people"].get<std::int64_t>(), 5000);
  }
  EXPECT_GE(critical, 1U);
  EXPECT_LE(critical, 15U);
}

TEST(NotificationGenerator, OlderMonthsAreMostlyClosedAndTheLatestMostlyOpen) {
  std::size_t old_done = 0, old_total = 0, new_open = 0, new_total = 0;
  const model::YearMonth last = kFirst.plus_months(kMonths - 1);
  for (const auto& [month, n] : parsed_window().notifications) {
    const std::string status = n["status"].get<std::string>();
    const bool done = status == "resolved" || status == "closed";
    if (last.months_since(month) >= 4) {
      ++old_total;
      old_done += done ? 1 : 0;
    } else if (month == last) {
      ++new_total;
      new_open += done ? 0 : 1;
    }
  }
  EXPECT_GT(old_done * 10, old_total * 8);
  EXPECT_GT(new_open * 10, new_total * 6);
}

TEST(NotificationGenerator, MajorityIsPublishable) {
  std::size_t publishable = 0;
  for (const auto& [month, n] : parsed_window().notifications) {
    const std::string tlp = n["tlp"].get<std::string>();
    publishable += tlp == "clear" || tlp == "green" ? 1 : 0;
  }
  EXPECT_GT(publishable * 2, parsed_window().notifications.size());
}

TEST(NotificationCatalog, TemplatesAreConsistent) {
  const std::set<std::string> kKnownSlots = {
      "org",     "Org",    "name",       "bank",    "courier", "product",
      "service", "system", "ransomware", "stealer", "cve",     "people",
      "devices", "gbps",   "minutes",    "hours",   "eur"};
  const detail::Catalog& catalog = detail::catalog();
  auto check = [&](std::span<const detail::IncidentTemplate> templates,
                   const std::vector<std::vector<std::size_t>>& reporters) {
    ASSERT_EQ(templates.size(), reporters.size());
    for (std::size_t i = 0; i < templates.size(); ++i) {
      const detail::IncidentTemplate& t = templates[i];
      SCOPED_TRACE(std::string(t.title));
      EXPECT_TRUE(model::is_valid_rsit(t.taxonomy, t.type));
      EXPECT_FALSE(reporters[i].empty()) << "no organisation can report this";
      EXPECT_GT(t.weight, 0);
      for (std::string_view text : {t.title, t.summary}) {
        for (std::size_t open = text.find('{'); open != std::string_view::npos;
             open = text.find('{', open + 1)) {
          const std::size_t close = text.find('}', open);
          ASSERT_NE(close, std::string_view::npos);
          EXPECT_TRUE(kKnownSlots.contains(std::string(text.substr(open + 1, close - open - 1))))
              << text.substr(open, close - open + 1);
        }
        // A sentence that mentions a count must always have it.
        if (text.find("{people}") != std::string_view::npos) {
          EXPECT_EQ(t.people.probability, 1.0);
        }
        if (text.find("{devices}") != std::string_view::npos) {
          EXPECT_EQ(t.devices.probability, 1.0);
        }
      }
    }
  };
  check(catalog.templates, catalog.reporters);
  check(catalog.major_templates, catalog.major_reporters);
  for (const auto& by_field : catalog.templates_by_field) EXPECT_FALSE(by_field.empty());
}

// DDoS notifications of the network field carry the measurements their text
// gives, so that the report's DDoS key figures have data.
TEST(NotificationGenerator, DdosNotificationsCarryTheirMeasurements) {
  std::size_t with_peak = 0;
  std::size_t with_duration = 0;
  for (const auto& [month, n] : parsed_window().notifications) {
    if (n["rsit"]["type"] != "ddos" || !n.contains("ddos")) continue;
    if (n["ddos"].contains("peak_gbps")) {
      ++with_peak;
      if (n.contains("summary")) {
        const std::string peak = std::to_string(n["ddos"]["peak_gbps"].get<std::int64_t>());
        EXPECT_NE(n["summary"].get<std::string>().find(peak + " Gbit/s"), std::string::npos)
            << n.dump();
      }
    }
    if (n["ddos"].contains("duration_minutes")) ++with_duration;
  }
  EXPECT_GT(with_peak, 10U);
  EXPECT_GT(with_duration, 10U);
}

}  // namespace
}  // namespace kybersaa::sample
