#include "base/json_string.hpp"

#include <gtest/gtest.h>

#include <string>

namespace kybersaa::base {
namespace {

std::string literal(std::string_view text) {
  std::string out = "x";  // appends, never replaces
  append_json_string(text, out);
  return out;
}

TEST(JsonString, EscapesQuotesBackslashesAndControlCharacters) {
  EXPECT_EQ(literal(""), "x\"\"");
  EXPECT_EQ(literal("plain ääkköset €"), "x\"plain ääkköset €\"");
  EXPECT_EQ(literal("a \"q\" \\ b"), "x\"a \\\"q\\\" \\\\ b\"");
  EXPECT_EQ(literal("\b\f\n\r\t"), "x\"\\b\\f\\n\\r\\t\"");
  EXPECT_EQ(literal(std::string_view("\x01\x1f\0", 3)), "x\"\\u0001\\u001f\\u0000\"");
  EXPECT_EQ(literal("del \x7f stays"), "x\"del \x7f stays\"");
}

}  // namespace
}  // namespace kybersaa::base
