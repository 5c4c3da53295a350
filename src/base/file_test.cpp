#include "base/file.hpp"

#include <gtest/gtest.h>

#include <filesystem>

#include "support/temp_dir.hpp"

namespace kybersaa::base {
namespace {

class FileTest : public ::testing::Test {
 protected:
  kybersaa::testing::TempDir temp_;
  const std::filesystem::path& dir_ = temp_.path();
};

TEST_F(FileTest, WritesAtomicallyAndReadsBack) {
  const auto path = dir_ / "a.txt";
  ASSERT_TRUE(write_file_atomically(path, "hello"));
  auto bytes = read_file(path);
  ASSERT_TRUE(bytes) << bytes.error().message;
  EXPECT_EQ(*bytes, "hello");
  EXPECT_FALSE(std::filesystem::exists(dir_ / "a.txt.tmp"));
}

TEST_F(FileTest, MissingFileIsNotFoundAndNamesThePath) {
  auto bytes = read_file(dir_ / "missing.jsonl");
  ASSERT_FALSE(bytes);
  EXPECT_EQ(bytes.error().code, ErrorCode::kNotFound);
  EXPECT_NE(bytes.error().message.find("missing.jsonl"), std::string::npos);
}

TEST_F(FileTest, RejectsFileOverLimitAndDirectories) {
  const auto path = dir_ / "big.txt";
  ASSERT_TRUE(write_file_atomically(path, std::string(100, 'x')));
  auto big = read_file(path, 10);
  ASSERT_FALSE(big);
  EXPECT_EQ(big.error().code, ErrorCode::kInvalidInput);
  auto dir = read_file(dir_);
  ASSERT_FALSE(dir);
  EXPECT_EQ(dir.error().code, ErrorCode::kInvalidInput);
}

}  // namespace
}  // namespace kybersaa::base
