// Evaluation against IntelMQ: parses every real Shadowserver report in the
// shared evaluation data (intelmq/shadowserver_3.2.0: anonymised report CSVs
// and the events IntelMQ 3.2.0 derived from them) with Shadowserver's
// published schema, and compares the events field by field. Ignored, as the
// data's age requires: `raw`, `time.observation` (set by IntelMQ's collector)
// and `feed.*` (feed names changed in the schema since). Everything else
// counts, including extra.* names the schema has renamed since 3.2.0, so the
// rate measures agreement with that IntelMQ release under today's schema.
//
// Skips, saying why, when the shared data is not there.

#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iomanip>
#include <iostream>
#include <map>
#include <nlohmann/json.hpp>

#include "feed/shadowserver_parser.hpp"

namespace kybersaa::feed {
namespace {

namespace fs = std::filesystem;

// The overall field match rate this implementation reaches (see the table the
// test prints); a drop below it is a regression.
constexpr double kFieldMatchFloor = 0.90;

bool ignored_key(const std::string& key) {
  return key == "raw" || key == "time.observation" || key == "__type" || key.rfind("feed.", 0) == 0;
}

struct Tally {
  std::size_t events = 0;
  std::size_t exact = 0;
  std::size_t fields = 0;  // union of expected and produced keys over events
  std::size_t matched = 0;
  std::string note;
};

TEST(ShadowserverEvaluation, MatchesIntelmqEventsFieldByField) {
  const fs::path data = KYBERSAA_SHARED_DATA_DIR;
  const fs::path reports = data / "intelmq" / "shadowserver_3.2.0";
  const fs::path schema_path = data / "shadowserver_schema" / "intelmq.json";
  if (!fs::exists(reports / "expected") || !fs::exists(schema_path)) {
    GTEST_SKIP() << "shared evaluation data not found at " << data
                 << " (intelmq/shadowserver_3.2.0 and shadowserver_schema/intelmq.json)";
  }
  auto schema = load_shadowserver_schema(schema_path);
  ASSERT_TRUE(schema) << schema.error().message;

  std::vector<fs::path> expected_files;
  for (const auto& entry : fs::directory_iterator(reports / "expected")) {
    expected_files.push_back(entry.path());
  }
  std::sort(expected_files.begin(), expected_files.end());

  // KYBERSAA_EVAL_VERBOSE=1 prints every differing field.
  const bool verbose = std::getenv("KYBERSAA_EVAL_VERBOSE") != nullptr;
  std::map<std::string, Tally> tallies;
  std::map<std::string, std::size_t> mismatched_keys;
  for (const auto& path : expected_files) {
    std::ifstream in(path);
    const auto expected = nlohmann::json::parse(in);
    const std::string testdata = expected.value("testdata", "");
    const auto& report = expected["EXAMPLE_REPORT"];
    const std::string file_name =
        report.is_object() ? report.value("extra.file_name", testdata) : testdata;
    const std::string test_name = path.filename().string();
    Tally& tally = tallies[test_name.substr(0, test_name.find(".expected"))];
    const auto& events = expected["EVENTS"];
    if (file_name.size() < 4 || file_name.substr(file_name.size() - 4) != ".csv") {
      tally.note = "not CSV (" + file_name + "): skipped";
      continue;
    }
    auto source = open_file_source(reports / "testdata" / testdata);
    ASSERT_TRUE(source) << source.error().message;
    CsvReader reader(file_name, std::move(*source));
    std::vector<nlohmann::json> produced;
    std::vector<std::string> rejections;
    auto summary = parse_shadowserver_report(
        *schema, reader, {},
        [&](const IntelmqEvent& event) -> base::Status {
          std::string line;
          event.append_json_line(line);
          produced.push_back(nlohmann::json::parse(line));
          return {};
        },
        [&](const base::Error& error) { rejections.push_back(error.message); });
    if (!summary) tally.note = summary.error().message;
    if (!rejections.empty())
      tally.note = std::to_string(rejections.size()) + " rejected: " + rejections[0];
    for (std::size_t i = 0; i < events.size(); ++i) {
      const auto& want = events[i];
      const nlohmann::json got = i < produced.size() ? produced[i] : nlohmann::json::object();
      ++tally.events;
      std::size_t fields = 0;
      std::size_t matched = 0;
      for (const auto& [key, value] : want.items()) {
        if (ignored_key(key)) continue;
        ++fields;
        if (got.contains(key) && got[key] == value) {
          ++matched;
        } else {
          if (verbose) {
            std::cout << test_name << "[" << i << "] " << key << ": want " << value.dump()
                      << " got " << (got.contains(key) ? got[key].dump() : "nothing") << "\n";
          }
          ++mismatched_keys[key + (got.contains(key) ? " (differs)" : " (missing)")];
        }
      }
      for (const auto& [key, value] : got.items()) {
        if (ignored_key(key) || want.contains(key)) continue;
        ++fields;
        ++mismatched_keys[key + " (not expected)"];
        if (verbose) {
          std::cout << test_name << "[" << i << "] " << key << ": unexpected " << value.dump()
                    << "\n";
        }
      }
      tally.fields += fields;
      tally.matched += matched;
      tally.exact += fields == matched ? 1 : 0;
    }
  }

  Tally total;
  std::cout << "report type                              events exact  fields  match\n";
  for (const auto& [name, tally] : tallies) {
    total.events += tally.events;
    total.exact += tally.exact;
    total.fields += tally.fields;
    total.matched += tally.matched;
    const double rate = tally.fields ? 100.0 * static_cast<double>(tally.matched) /
                                           static_cast<double>(tally.fields)
                                     : 0.0;
    std::cout << std::left << std::setw(40) << name << std::right << std::setw(7) << tally.events
              << std::setw(6) << tally.exact << std::setw(8) << tally.fields << std::setw(6)
              << std::fixed << std::setprecision(1) << rate << "%"
              << (tally.note.empty() ? "" : "  " + tally.note) << "\n";
  }
  const double overall = static_cast<double>(total.matched) /
                         static_cast<double>(std::max<std::size_t>(1, total.fields));
  std::cout << "overall: " << total.events << " events, " << total.exact << " exact, "
            << total.matched << "/" << total.fields << " fields = " << std::setprecision(2)
            << 100.0 * overall << "%\n";
  std::vector<std::pair<std::size_t, std::string>> worst;
  for (const auto& [key, count] : mismatched_keys) worst.emplace_back(count, key);
  std::sort(worst.rbegin(), worst.rend());
  std::cout << "most frequent differences:\n";
  for (std::size_t i = 0; i < worst.size() && i < 25; ++i) {
    std::cout << "  " << worst[i].first << "  " << worst[i].second << "\n";
  }
  EXPECT_GE(overall, kFieldMatchFloor);
}

}  // namespace
}  // namespace kybersaa::feed
