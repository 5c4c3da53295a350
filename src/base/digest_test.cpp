#include "base/digest.hpp"

#include <gtest/gtest.h>

namespace kybersaa::base {
namespace {

TEST(ContentDigest, IsStableHexOfFixedLength) {
  const std::string a = content_digest("incident");
  EXPECT_EQ(a.size(), 32U);
  EXPECT_EQ(a, content_digest("incident"));
  EXPECT_EQ(a.find_first_not_of("0123456789abcdef"), std::string::npos);
}

TEST(ContentDigest, DiffersForDifferentContent) {
  EXPECT_NE(content_digest("incident A"), content_digest("incident B"));
  EXPECT_NE(content_digest(""), content_digest(std::string_view("\0", 1)));
}

}  // namespace
}  // namespace kybersaa::base
