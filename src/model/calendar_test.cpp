#include "model/calendar.hpp"

#include <gtest/gtest.h>

namespace kybersaa::model {
namespace {

TEST(Calendar, ParsesOffsetsAndUtc) {
  // 2026-10-05T14:30:00+03:00 is 11:30 UTC.
  const auto with_offset = parse_iso_instant("2026-10-05T14:30:00+03:00");
  const auto utc = parse_iso_instant("2026-10-05T11:30:00Z");
  ASSERT_TRUE(with_offset && utc);
  EXPECT_EQ(*with_offset, *utc);
  EXPECT_EQ(*utc, days_from_civil(2026, 10, 5) * 86400 + 11 * 3600 + 30 * 60);
}

TEST(Calendar, LocalTimesAreHelsinki) {
  // Summer: UTC+3; winter: UTC+2.
  EXPECT_EQ(*parse_iso_instant("2026-07-01T12:00"), *parse_iso_instant("2026-07-01T09:00:00Z"));
  EXPECT_EQ(*parse_iso_instant("2026-01-15 12:00:00"), *parse_iso_instant("2026-01-15T10:00Z"));
  EXPECT_EQ(*parse_iso_instant("2026-01-15"), *parse_iso_instant("2026-01-14T22:00:00Z"));
}

TEST(Calendar, MonthBoundaryIsHelsinki) {
  // 23:30 UTC on 31 October is 01:30 on 1 November in Helsinki (EET, UTC+2).
  EXPECT_EQ(helsinki_month(*parse_iso_instant("2026-10-31T23:30:00Z")), (YearMonth{2026, 11}));
  EXPECT_EQ(helsinki_month(*parse_iso_instant("2026-10-31T21:59:59Z")), (YearMonth{2026, 10}));
  EXPECT_EQ(helsinki_month_start({2026, 11}), *parse_iso_instant("2026-10-31T22:00:00Z"));
  EXPECT_EQ(helsinki_month_start({2026, 7}), *parse_iso_instant("2026-06-30T21:00:00Z"));
}

TEST(Calendar, RejectsImpossibleAndMalformed) {
  for (const char* bad : {"2026-02-30", "2026-13-01", "2026-10-05T24:00", "2026-10-05T12:60",
                          "2026-10-5", "05.10.2026", "2026-10-05T12:00+3",
                          "2026-10-05T12:00:00+03:00x", "", "2026-10-05X", "1969-12-31"}) {
    EXPECT_EQ(parse_iso_instant(bad), std::nullopt) << bad;
  }
  EXPECT_TRUE(parse_iso_instant("2028-02-29"));
  EXPECT_TRUE(parse_iso_instant("2026-10-05T12:00:00.123Z"));
}

TEST(Calendar, FormatsWithHelsinkiOffset) {
  EXPECT_EQ(format_helsinki_iso(*parse_iso_instant("2026-10-05T11:30:00Z")),
            "2026-10-05T14:30:00+03:00");
  EXPECT_EQ(format_helsinki_iso(*parse_iso_instant("2026-12-24T10:00:00Z")),
            "2026-12-24T12:00:00+02:00");
}

TEST(Calendar, CivilTimeRoundTripsAcrossDstChange) {
  // Clocks went back at 04:00 local on 25 October 2026 (01:00 UTC).
  const auto before = *parse_iso_instant("2026-10-25T00:59:59Z");
  const auto after = *parse_iso_instant("2026-10-25T01:00:00Z");
  EXPECT_EQ(helsinki_civil_time(before).hour, 3);
  EXPECT_EQ(helsinki_civil_time(after).hour, 3);
  EXPECT_EQ(helsinki_civil_time(after).minute, 0);
}

}  // namespace
}  // namespace kybersaa::model
