// Evaluation against IntelMQ: parses the Feodo Tracker records of IntelMQ's
// own parser test (shared data, intelmq/abusech) and compares the events
// with the ones IntelMQ expects, field by field. Ignored: `raw` (Kybersää
// writes no raw), `__type`, `time.observation` and `feed.*` (set by IntelMQ's
// collector). `classification.taxonomy` is counted apart: IntelMQ's parser
// leaves it to its taxonomy expert, Kybersää sets it at once.
//
// Skips, saying why, when the shared data is not there.

#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <nlohmann/json.hpp>

#include "feed/abusech_parser.hpp"

namespace kybersaa::feed {
namespace {

namespace fs = std::filesystem;

bool ignored_key(const std::string& key) {
  return key == "raw" || key == "time.observation" || key == "__type" || key.rfind("feed.", 0) == 0;
}

TEST(AbusechEvaluation, FeodoJsonMatchesIntelmqFieldByField) {
  const fs::path data = fs::path(KYBERSAA_SHARED_DATA_DIR) / "intelmq" / "abusech";
  const fs::path input = data / "feodotracker_input.json";
  const fs::path expected_path = data / "feodotracker_expected_intelmq_events.json";
  if (!fs::exists(input) || !fs::exists(expected_path)) {
    GTEST_SKIP() << "shared evaluation data not found at " << data
                 << " (feodotracker_input.json, feodotracker_expected_intelmq_events.json)";
  }
  auto source = open_file_source(input);
  ASSERT_TRUE(source) << source.error().message;
  std::vector<nlohmann::json> produced;
  auto summary = parse_abusech_feed(
      AbusechFeed::kFeodoJson, input.string(), std::move(*source), std::nullopt,
      [&](const IntelmqEvent& event) -> base::Status {
        std::string line;
        event.append_json_line(line);
        produced.push_back(nlohmann::json::parse(line));
        return {};
      },
      [](const base::Error& error) { ADD_FAILURE() << error.message; });
  ASSERT_TRUE(summary) << summary.error().message;

  std::ifstream in(expected_path);
  const auto expected = nlohmann::json::parse(in);
  ASSERT_EQ(produced.size(), expected.size());
  const bool verbose = std::getenv("KYBERSAA_EVAL_VERBOSE") != nullptr;
  std::size_t fields = 0, matched = 0, exact = 0, taxonomy = 0;
  for (std::size_t i = 0; i < expected.size(); ++i) {
    const auto& want = expected[i];
    const auto& got = produced[i];
    std::size_t event_fields = 0, event_matched = 0;
    for (const auto& [key, value] : want.items()) {
      if (ignored_key(key)) continue;
      ++event_fields;
      if (got.contains(key) && got[key] == value) {
        ++event_matched;
      } else if (verbose) {
        std::cout << "[" << i << "] " << key << ": want " << value.dump() << " got "
                  << (got.contains(key) ? got[key].dump() : "nothing") << "\n";
      }
    }
    for (const auto& [key, value] : got.items()) {
      if (ignored_key(key) || want.contains(key)) continue;
      if (key == "classification.taxonomy") {
        ++taxonomy;
        continue;
      }
      ++event_fields;
      if (verbose) std::cout << "[" << i << "] " << key << ": unexpected " << value.dump() << "\n";
    }
    fields += event_fields;
    matched += event_matched;
    exact += event_fields == event_matched ? 1 : 0;
  }
  std::cout << "feodo-json: " << expected.size() << " events, " << exact << " exact, " << matched
            << "/" << fields << " fields match IntelMQ; classification.taxonomy added to "
            << taxonomy << " (IntelMQ's taxonomy expert sets it)\n";
  EXPECT_EQ(matched, fields);
}

}  // namespace
}  // namespace kybersaa::feed
