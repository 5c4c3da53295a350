#include "feed/intelmq_fast_path.hpp"

#include <gtest/gtest.h>

#include <random>
#include <string>
#include <vector>

namespace kybersaa::feed::detail {
namespace {

// Both paths' verdict and value for `text`, as "ok:VALUE" or "invalid".
std::pair<std::string, std::string> both_paths(IntelmqType type, std::string_view text) {
  IntelmqValue slow;
  slow.set_string(text);
  IntelmqValue fast = slow;
  const auto show = [](bool ok, const IntelmqValue& value) {
    return ok ? "ok:" + value.text : std::string("invalid");
  };
  return {show(sanitize_intelmq_value(type, slow), slow),
          show(sanitize_intelmq_value_fast(type, fast), fast)};
}

TEST(IntelmqFastPath, CanonicalisesCommonTimesAsTheFullParserDoes) {
  for (const std::string_view text : {
           "2024-01-15 12:00:00",
           "2024-01-15T12:00:00",
           "2024-01-15T12:00:00+00:00",
           "2024-01-15 12:00:00+00:00",
           "2024-01-15",
           "2024-02-29",
           "2023-02-29",
           "2023-02-29 00:00:00",
           "2000-02-29 23:59:59",
           "1900-02-29 00:00:00",
           "0000-01-01 00:00:00",
           "0001-01-01T00:00:00+00:00",
           "9999-12-31 23:59:59",
           "2024-13-01 00:00:00",
           "2024-00-10",
           "2024-01-00",
           "2024-01-32 00:00:00",
           "2024-01-15 24:00:00",
           "2024-01-15 23:60:00",
           "2024-01-15 23:59:60",
           "2024-01-15X12:00:00",
           "2024-01-15T12:00:00+01:00",
           "2024-01-15T12:00:00-00:00",
           "2024-01-15T12:00:00Z",
           "2024-01-15T12:00:00.5+00:00",
           " 2024-01-15 12:00:00",
           "2024-01-15 12:00:00 ",
           "2024-1-15 12:00:00",
           "2024-01-15 1:00:00",
           "",
           "2024/01/15 12:00:00",
           "Mon, 15 Jan 2024 12:00:00 GMT",
           "2024-01-15T12:00:00+00:0x",
       }) {
    const auto [slow, fast] = both_paths(IntelmqType::kDateTime, text);
    EXPECT_EQ(fast, slow) << "'" << text << "'";
  }
}

TEST(IntelmqFastPath, AgreesWithTheFullParserOnRandomTimes) {
  // Digits and separators shuffled within the common shapes, so that every
  // range check of the fast path meets values on both sides of its bound.
  std::mt19937 random(20240115);
  const std::string shapes[] = {"dddd-dd-dd dd:dd:dd", "dddd-dd-ddTdd:dd:dd+00:00", "dddd-dd-dd"};
  const std::string_view noise = "0123456789 -:T+Z";
  for (int i = 0; i < 20000; ++i) {
    std::string text = shapes[random() % std::size(shapes)];
    for (char& c : text) {
      if (c == 'd') c = static_cast<char>('0' + random() % 10);
      if (random() % 40 == 0) c = noise[random() % noise.size()];
    }
    if (random() % 4 != 0) text.replace(0, 2, random() % 2 ? "20" : "19");
    const auto [slow, fast] = both_paths(IntelmqType::kDateTime, text);
    ASSERT_EQ(fast, slow) << "'" << text << "'";
  }
}

TEST(IntelmqFastPath, LeavesOtherTypesAndKindsToTheFullParser) {
  EXPECT_EQ(both_paths(IntelmqType::kString, "2024-01-15").second, "ok:2024-01-15");
  EXPECT_EQ(both_paths(IntelmqType::kIpAddress, "2001:DB8::1").second, "ok:2001:db8::1");
  IntelmqValue number;
  number.set_integer(20240115);
  EXPECT_FALSE(sanitize_intelmq_value_fast(IntelmqType::kDateTime, number));
}

}  // namespace
}  // namespace kybersaa::feed::detail
