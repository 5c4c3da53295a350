#include "base/digest.hpp"

#include <gtest/gtest.h>

#include "base/file.hpp"
#include "support/temp_dir.hpp"

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

TEST(ContentDigest, OfAFileIsTheDigestOfItsBytes) {
  kybersaa::testing::TempDir dir;
  std::string bytes(3'000'000, 'x');  // more than one read chunk
  bytes[1'500'000] = 'y';
  ASSERT_TRUE(write_file_atomically(dir / "f.bin", bytes));
  auto digest = file_content_digest(dir / "f.bin");
  ASSERT_TRUE(digest) << digest.error().message;
  EXPECT_EQ(*digest, content_digest(bytes));
  auto missing = file_content_digest(dir / "missing.bin");
  ASSERT_FALSE(missing);
  EXPECT_EQ(missing.error().code, ErrorCode::kNotFound);
}

}  // namespace
}  // namespace kybersaa::base
