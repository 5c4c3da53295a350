#include "model/warning.hpp"

#include <gtest/gtest.h>

namespace kybersaa::model {
namespace {

CalendarDate date(const char* text) { return *parse_calendar_date(text); }

Warning red_warning() {
  Warning warning;
  warning.level = WarningLevel::kRed;
  warning.fields = {Field::kMalwareVulnerabilities};
  warning.titles[static_cast<std::size_t>(Language::kFi)] = "Kriittinen haavoittuvuus";
  warning.issued = date("2026-10-05");
  warning.active_since = date("2026-10-01");
  warning.cves = {"CVE-2026-12345"};
  return warning;
}

TEST(CalendarDate, ParsesOnlyRealDates) {
  EXPECT_EQ(parse_calendar_date("2026-02-28"), (CalendarDate{2026, 2, 28}));
  EXPECT_EQ(parse_calendar_date("2024-02-29"), (CalendarDate{2024, 2, 29}));
  EXPECT_FALSE(parse_calendar_date("2026-02-29"));
  EXPECT_FALSE(parse_calendar_date("2026-13-01"));
  EXPECT_FALSE(parse_calendar_date("2026-1-01"));
  EXPECT_FALSE(parse_calendar_date("2026-01-01T00:00"));
  EXPECT_FALSE(parse_calendar_date("+026-01-01"));
  EXPECT_EQ(date("2026-03-04").to_string(), "2026-03-04");
}

TEST(WarningNumber, ParsesAndFormatsNumberSlashYear) {
  EXPECT_EQ(parse_warning_number("3/2026"), (WarningNumber{3, 2026}));
  EXPECT_EQ((WarningNumber{12, 2025}).to_string(), "12/2025");
  for (const char* bad : {"0/2026", "03/2026", "3/26", "3-2026", "/2026", "3/", "-3/2026", "x"}) {
    EXPECT_FALSE(parse_warning_number(bad)) << bad;
  }
}

TEST(CveId, AcceptsTheCveSyntaxOnly) {
  EXPECT_TRUE(is_cve_id("CVE-2021-44228"));
  EXPECT_TRUE(is_cve_id("CVE-2024-1234567"));
  for (const char* bad :
       {"CVE-2021-123", "cve-2021-44228", "CVE-21-44228", "CVE-2021-4422a", "CVE-2021_44228", ""}) {
    EXPECT_FALSE(is_cve_id(bad)) << bad;
  }
}

TEST(ValidateWarning, NamesWhatIsWrong) {
  EXPECT_TRUE(validate_warning(red_warning()));
  Warning warning = red_warning();
  warning.fields.clear();
  EXPECT_NE(validate_warning(warning).error().message.find("at least one field"),
            std::string::npos);
  warning = red_warning();
  warning.fields.push_back(Field::kMalwareVulnerabilities);
  EXPECT_NE(validate_warning(warning).error().message.find("twice"), std::string::npos);
  warning = red_warning();
  warning.titles = {};
  EXPECT_NE(validate_warning(warning).error().message.find("title"), std::string::npos);
  warning = red_warning();
  warning.active_since = date("2026-10-06");
  EXPECT_EQ(validate_warning(warning).error().message,
            "active since 2026-10-06 is after the issue date 2026-10-05");
  warning = red_warning();
  warning.retired = date("2026-10-04");
  EXPECT_EQ(validate_warning(warning).error().message,
            "retired on 2026-10-04 is before the issue date 2026-10-05");
  warning = red_warning();
  warning.cves = {"CVE-2026-1"};
  EXPECT_EQ(validate_warning(warning).error().code, base::ErrorCode::kInvalidInput);
}

TEST(WarningInForce, FromTheIssueMonthUntilRetired) {
  Warning warning = red_warning();
  EXPECT_FALSE(warning_in_force(warning, {2026, 9}));
  EXPECT_TRUE(warning_in_force(warning, {2026, 10}));
  EXPECT_TRUE(warning_in_force(warning, {2027, 5}));  // never retired: in force still
  warning.retired = date("2026-11-15");
  EXPECT_TRUE(warning_in_force(warning, {2026, 11}));  // in force half of November
  EXPECT_TRUE(warning_retired_by_end_of(warning, {2026, 11}));
  EXPECT_FALSE(warning_retired_by_end_of(warning, {2026, 10}));
  EXPECT_FALSE(warning_in_force(warning, {2026, 12}));
  // Retired on the first day of a month: not in force on any day of it.
  warning.retired = date("2026-12-01");
  EXPECT_TRUE(warning_in_force(warning, {2026, 11}));
  EXPECT_FALSE(warning_in_force(warning, {2026, 12}));
  // Issued on the last day of a month: in force in that month.
  warning = red_warning();
  warning.issued = date("2026-10-31");
  EXPECT_TRUE(warning_in_force(warning, {2026, 10}));
}

}  // namespace
}  // namespace kybersaa::model
