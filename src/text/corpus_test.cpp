// Quality on the project's labelled corpus (tests/data/text/corpus.jsonl):
// per-field accuracy of the classifier on each split and recall of the
// dates, numbers, quantities and CVE ids an analyst listed. The figures are
// printed; the assertions are floors the current lexicon reaches, so that a
// change that makes things worse fails.

#include <gtest/gtest.h>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <map>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>

#include "base/file.hpp"
#include "text/document_analyzer.hpp"

namespace kybersaa::text {
namespace {

const std::filesystem::path kCorpus =
    std::filesystem::path(KYBERSAA_SOURCE_DIR) / "tests" / "data" / "text" / "corpus.jsonl";

// Floors (see the file comment); raise them when the figures improve.
constexpr double kMinTrainAccuracy = 0.95;
constexpr double kMinTestAccuracy = 0.90;
constexpr double kMinFactRecall = 0.95;

struct Tally {
  int right = 0;
  int total = 0;
  double share() const { return total == 0 ? 1.0 : static_cast<double>(right) / total; }
};

bool contains_value(const std::vector<double>& values, double wanted) {
  return std::any_of(values.begin(), values.end(),
                     [wanted](double value) { return std::abs(value - wanted) < 1e-9; });
}

TEST(LabelledCorpus, ClassifiesAndExtractsAboveTheFloor) {
  auto bytes = base::read_file(kCorpus);
  ASSERT_TRUE(bytes) << bytes.error().message;
  auto analyzer = DocumentAnalyzer::open();
  ASSERT_TRUE(analyzer) << analyzer.error().message;

  std::map<std::string, std::map<std::string, Tally>> fields;  // split → field → tally
  std::map<std::string, Tally> splits;
  std::map<std::string, Tally> languages;
  std::map<std::string, Tally> facts;  // kind → recall tally
  std::istringstream lines(*bytes);
  std::string line;
  while (std::getline(lines, line)) {
    if (line.empty()) continue;
    const auto item = nlohmann::json::parse(line);
    const std::string split = item.at("split");
    const std::string field = item.at("field");
    const Analysis analysis = analyzer->analyze_text(item.at("text").get<std::string>());
    const bool right = analysis.classification.has_evidence &&
                       model::field_id(analysis.classification.scores.front().field) == field;
    auto& tally = fields[split][field];
    tally.total++;
    tally.right += right ? 1 : 0;
    splits[split].total++;
    splits[split].right += right ? 1 : 0;
    if (!right) {
      std::printf(
          "  miss %s: %s, got %s\n", item.at("id").get<std::string>().c_str(), field.c_str(),
          std::string(model::field_id(analysis.classification.scores.front().field)).c_str());
    }
    const std::string lang = item.at("lang");
    languages[lang].total++;
    languages[lang].right += model::language_code(analysis.language) == lang ? 1 : 0;

    const auto& expected = item.at("facts");
    std::vector<std::string> dates;
    for (const auto& date : analysis.facts.dates) dates.push_back(date.value);
    std::vector<double> numbers;
    for (const auto& number : analysis.facts.numbers) numbers.push_back(number.value);
    std::vector<double> quantities;
    for (const auto& quantity : analysis.facts.quantities) quantities.push_back(quantity.value);
    auto count = [&](const char* kind, bool found, const std::string& what) {
      facts[kind].total++;
      facts[kind].right += found ? 1 : 0;
      if (!found) {
        std::printf("  missed %s %s in %s\n", kind, what.c_str(),
                    item.at("id").get<std::string>().c_str());
      }
    };
    for (const auto& date : expected.value("dates", nlohmann::json::array())) {
      const std::string value = date;
      count("dates", std::find(dates.begin(), dates.end(), value) != dates.end(), value);
    }
    for (const auto& number : expected.value("numbers", nlohmann::json::array())) {
      count("numbers", contains_value(numbers, number.get<double>()), number.dump());
    }
    for (const auto& quantity : expected.value("quantities", nlohmann::json::array())) {
      count("quantities", contains_value(quantities, quantity.get<double>()), quantity.dump());
    }
    for (const auto& cve : expected.value("cves", nlohmann::json::array())) {
      const std::string id = cve;
      const auto& found = analysis.facts.cves;
      count("cves", std::find(found.begin(), found.end(), id) != found.end(), id);
    }
  }

  for (const auto& [split, per_field] : fields) {
    std::printf("%s split: accuracy %.2f (%d/%d)\n", split.c_str(), splits[split].share(),
                splits[split].right, splits[split].total);
    for (const auto& [field, tally] : per_field) {
      std::printf("  %-24s %.2f (%d/%d)\n", field.c_str(), tally.share(), tally.right, tally.total);
    }
  }
  for (const auto& [lang, tally] : languages) {
    std::printf("language id %s: %d/%d\n", lang.c_str(), tally.right, tally.total);
    EXPECT_EQ(tally.right, tally.total) << lang;
  }
  Tally all_facts;
  for (const auto& [kind, tally] : facts) {
    std::printf("fact recall %-10s %.2f (%d/%d)\n", kind.c_str(), tally.share(), tally.right,
                tally.total);
    all_facts.right += tally.right;
    all_facts.total += tally.total;
  }
  EXPECT_GE(splits["train"].share(), kMinTrainAccuracy);
  EXPECT_GE(splits["test"].share(), kMinTestAccuracy);
  EXPECT_GE(all_facts.share(), kMinFactRecall);
}

}  // namespace
}  // namespace kybersaa::text
