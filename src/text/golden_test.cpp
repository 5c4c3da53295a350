// Golden tests of `kybersaa analyze --json`: each case under
// tests/golden/text/<case>/ holds input.txt and the expected.json the
// analysis must print, byte for byte. KYBERSAA_UPDATE_GOLDEN=1 rewrites the
// expected files instead (tests/golden/README.md).

#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <sstream>
#include <string>
#include <vector>

#include "base/file.hpp"
#include "text/analysis_json.hpp"
#include "text/document_analyzer.hpp"

namespace kybersaa::text {
namespace {

const std::filesystem::path kCases =
    std::filesystem::path(KYBERSAA_SOURCE_DIR) / "tests" / "golden" / "text";

bool updating() {
  const char* flag = std::getenv("KYBERSAA_UPDATE_GOLDEN");
  return flag != nullptr && std::string(flag) == "1";
}

std::string first_difference(const std::string& expected, const std::string& actual) {
  std::istringstream a(expected);
  std::istringstream b(actual);
  std::string line_a;
  std::string line_b;
  for (int line = 1;; ++line) {
    const bool more_a = static_cast<bool>(std::getline(a, line_a));
    const bool more_b = static_cast<bool>(std::getline(b, line_b));
    if (!more_a && !more_b) return "identical";
    if (line_a != line_b || more_a != more_b) {
      return "line " + std::to_string(line) + ": expected `" + (more_a ? line_a : "<end>") +
             "`, got `" + (more_b ? line_b : "<end>") + "`";
    }
  }
}

std::vector<std::string> case_names() {
  std::vector<std::string> names;
  for (const auto& entry : std::filesystem::directory_iterator(kCases)) {
    if (std::filesystem::exists(entry.path() / "input.txt")) {
      names.push_back(entry.path().filename().string());
    }
  }
  std::sort(names.begin(), names.end());
  return names;
}

class GoldenAnalysis : public ::testing::TestWithParam<std::string> {};

TEST_P(GoldenAnalysis, MatchesExpectedJson) {
  const auto dir = kCases / GetParam();
  auto bytes = base::read_file(dir / "input.txt");
  ASSERT_TRUE(bytes) << bytes.error().message;
  auto analyzer = DocumentAnalyzer::open();
  ASSERT_TRUE(analyzer) << analyzer.error().message;
  auto analysis = analyzer->analyze(*bytes, "input.txt");
  ASSERT_TRUE(analysis) << analysis.error().message;
  const std::string actual = analysis_to_json(*analysis);
  if (updating()) {
    ASSERT_TRUE(base::write_file_atomically(dir / "expected.json", actual));
    return;
  }
  auto expected = base::read_file(dir / "expected.json");
  ASSERT_TRUE(expected) << expected.error().message
                        << " (run with KYBERSAA_UPDATE_GOLDEN=1 to create it)";
  EXPECT_TRUE(*expected == actual) << GetParam() << ": " << first_difference(*expected, actual);
}

INSTANTIATE_TEST_SUITE_P(Cases, GoldenAnalysis, ::testing::ValuesIn(case_names()),
                         [](const ::testing::TestParamInfo<std::string>& param_info) {
                           std::string name = param_info.param;
                           for (auto& c : name) {
                             if (!std::isalnum(static_cast<unsigned char>(c))) c = '_';
                           }
                           return name;
                         });

}  // namespace
}  // namespace kybersaa::text
