// Golden tests of the renderers: each hand-made report of test_reports.hpp,
// rendered in every format and language, must equal the expected file under
// tests/golden/report/<case>/expected.<language>.<extension> byte for byte.
// After a deliberate change, rewrite the expected files with
//   KYBERSAA_UPDATE_GOLDEN=1 ./build/src/report/report_test --gtest_filter='GoldenReport*'
// and review the diff (tests/golden/README.md).

#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <functional>
#include <string>
#include <tuple>

#include "base/file.hpp"
#include "report/render.hpp"
#include "report/test_content_report.hpp"
#include "report/test_reports.hpp"

namespace kybersaa::report {
namespace {

using model::Language;

struct GoldenCase {
  const char* name;
  MonthlyReport (*build)();
};

const GoldenCase kCases[] = {
    {"typical", &test_data::typical_report},
    {"quiet", &test_data::quiet_report},
    {"content", &test_data::content_report},  // report content
};

bool update_requested() {
  const char* flag = std::getenv("KYBERSAA_UPDATE_GOLDEN");
  return flag != nullptr && std::string_view(flag) == "1";
}

// Returns where the first difference is, with both lines, for a short message.
std::string first_difference(const std::string& expected, const std::string& actual) {
  std::size_t line = 1;
  std::size_t start = 0;
  for (std::size_t i = 0; i < std::min(expected.size(), actual.size()); ++i) {
    if (expected[i] != actual[i]) break;
    if (expected[i] == '\n') {
      ++line;
      start = i + 1;
    }
  }
  const auto line_of = [start](const std::string& text) {
    if (start >= text.size()) return std::string("<end of file>");
    return text.substr(start, text.find('\n', start) - start);
  };
  return "first difference on line " + std::to_string(line) + "\n  expected: " + line_of(expected) +
         "\n  actual:   " + line_of(actual);
}

using GoldenParam = std::tuple<std::size_t, Language, Format>;

class GoldenReport : public ::testing::TestWithParam<GoldenParam> {};

TEST_P(GoldenReport, MatchesExpectedFile) {
  const auto [case_index, language, format] = GetParam();
  const GoldenCase& golden = kCases[case_index];
  const std::filesystem::path directory =
      std::filesystem::path(KYBERSAA_SOURCE_DIR) / "tests" / "golden" / "report" / golden.name;
  const std::filesystem::path path =
      directory / ("expected." + std::string(model::language_code(language)) + "." +
                   std::string(format_extension(format)));
  const std::string actual = render_report(golden.build(), language, format);

  if (update_requested()) {
    std::error_code error;
    std::filesystem::create_directories(directory, error);
    ASSERT_FALSE(error) << directory << ": " << error.message();
    const auto written = base::write_file_atomically(path, actual);
    ASSERT_TRUE(written) << written.error().message;
    std::cout << "[ UPDATED  ] " << path.string() << "\n";
    return;
  }
  const auto expected = base::read_file(path);
  ASSERT_TRUE(expected) << expected.error().message
                        << "\n(run with KYBERSAA_UPDATE_GOLDEN=1 to create it)";
  EXPECT_TRUE(*expected == actual) << path.string() << ": " << first_difference(*expected, actual)
                                   << "\n(if the change is deliberate, rerun with "
                                      "KYBERSAA_UPDATE_GOLDEN=1 and review the diff)";
}

std::string golden_name(const ::testing::TestParamInfo<GoldenParam>& info) {
  const auto [case_index, language, format] = info.param;
  return std::string(kCases[case_index].name) + "_" + std::string(model::language_code(language)) +
         "_" + std::string(format_id(format));
}

INSTANTIATE_TEST_SUITE_P(AllFormatsAndLanguages, GoldenReport,
                         ::testing::Combine(::testing::Range<std::size_t>(0, std::size(kCases)),
                                            ::testing::ValuesIn(model::kAllLanguages),
                                            ::testing::Values(Format::kHtml, Format::kJson,
                                                              Format::kMarkdown)),
                         golden_name);

}  // namespace
}  // namespace kybersaa::report
