#include "base/utf8.hpp"

#include <gtest/gtest.h>

#include <string>

namespace kybersaa::base {
namespace {

TEST(FindInvalidUtf8, AcceptsAsciiAndFinnish) {
  EXPECT_EQ(find_invalid_utf8("Kybersää: tietomurto Öljyyn"), std::nullopt);
  EXPECT_EQ(find_invalid_utf8(""), std::nullopt);
  EXPECT_EQ(find_invalid_utf8("\xF0\x9F\x94\x92 lock"), std::nullopt);
}

TEST(FindInvalidUtf8, ReportsOffsetOfLatin1Byte) {
  // "Pörssi" in ISO-8859-1: ö is the single byte 0xF6 at offset 1.
  EXPECT_EQ(find_invalid_utf8("P\xF6rssi"), std::optional<std::size_t>(1));
}

TEST(FindInvalidUtf8, RejectsOverlongSurrogateAndTruncated) {
  EXPECT_EQ(find_invalid_utf8("ab\xC0\xAF"), std::optional<std::size_t>(2));
  EXPECT_EQ(find_invalid_utf8("\xED\xA0\x80"), std::optional<std::size_t>(0));
  EXPECT_EQ(find_invalid_utf8("xyz\xE2\x82"), std::optional<std::size_t>(3));
  EXPECT_EQ(find_invalid_utf8("\xF4\x90\x80\x80"), std::optional<std::size_t>(0));
}

}  // namespace
}  // namespace kybersaa::base
