#include "model/year_month.hpp"

#include <gtest/gtest.h>

namespace kybersaa::model {
namespace {

TEST(YearMonth, ArithmeticAcrossYears) {
  EXPECT_EQ((YearMonth{2026, 1}.plus_months(-1)), (YearMonth{2025, 12}));
  EXPECT_EQ((YearMonth{2026, 10}.plus_months(-12)), (YearMonth{2025, 10}));
  EXPECT_EQ((YearMonth{2025, 12}.plus_months(1)), (YearMonth{2026, 1}));
  EXPECT_EQ((YearMonth{2026, 10}.plus_months(-22)), (YearMonth{2024, 12}));
  EXPECT_EQ((YearMonth{2026, 3}.months_since({2025, 3})), 12);
}

TEST(YearMonth, ParsesAndFormats) {
  EXPECT_EQ(parse_year_month("2026-10"), (YearMonth{2026, 10}));
  EXPECT_EQ(YearMonth({2026, 2}).to_string(), "2026-02");
  EXPECT_EQ(YearMonth::from_int(202610), (YearMonth{2026, 10}));
  EXPECT_EQ((YearMonth{2026, 10}.as_int()), 202610);
}

TEST(YearMonth, RejectsMalformed) {
  for (const char* bad : {"2026-13", "2026-00", "2026-1", "26-10", "2026/10", "20x6-10", "",
                          "1969-12", "2026-10-01", "+026-10"}) {
    EXPECT_EQ(parse_year_month(bad), std::nullopt) << bad;
  }
}

}  // namespace
}  // namespace kybersaa::model
