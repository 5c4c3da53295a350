#include "feed/json_element_stream.hpp"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace kybersaa::feed {
namespace {

struct Read {
  std::vector<std::string> elements;
  std::vector<std::string> keys;
  std::vector<std::uint64_t> lines;
  std::string error;
};

Read read_all(std::string_view bytes, std::size_t max_element = kDefaultMaxJsonElementBytes) {
  JsonElementStream stream("t.json", make_memory_source(bytes), max_element);
  Read read;
  for (;;) {
    auto next = stream.next();
    if (!next) {
      read.error = next.error().message;
      return read;
    }
    if (!*next) return read;
    read.elements.emplace_back(stream.element());
    read.keys.emplace_back(stream.key());
    read.lines.push_back(stream.line());
  }
}

TEST(JsonElementStream, SplitsAnArrayAtTopLevelCommasOnly) {
  const Read read = read_all("\xEF\xBB\xBF [ {\"a\": [1, 2], \"b\": \"x,]}\\\"\"},\n 3 ,\"s\" ]\n");
  EXPECT_EQ(read.error, "");
  ASSERT_EQ(read.elements.size(), 3u);
  EXPECT_EQ(read.elements[0], "{\"a\": [1, 2], \"b\": \"x,]}\\\"\"}");
  EXPECT_EQ(read.elements[1], "3");
  EXPECT_EQ(read.lines[1], 2u);
  EXPECT_EQ(read.elements[2], "\"s\"");
}

TEST(JsonElementStream, ReadsObjectMembersWithTheirKeys) {
  const Read read = read_all("{\"1\": [{\"x\": 1}],\n\"2\" : []}");
  EXPECT_EQ(read.error, "");
  ASSERT_EQ(read.elements.size(), 2u);
  EXPECT_EQ(read.keys[0], "1");
  EXPECT_EQ(read.elements[0], "[{\"x\": 1}]");
  EXPECT_EQ(read.keys[1], "2");
  EXPECT_EQ(read.lines[1], 2u);
}

TEST(JsonElementStream, ReadsEmptyContainers) {
  EXPECT_TRUE(read_all("[]").elements.empty());
  EXPECT_EQ(read_all(" { } ").error, "");
}

TEST(JsonElementStream, ReportsBrokenTopLevelWithLines) {
  EXPECT_EQ(read_all("").error, "t.json:1: empty input: expected a JSON array or object");
  EXPECT_EQ(read_all("\n\"x\"").error,
            "t.json:2: expected a JSON array or object at the top level");
  EXPECT_EQ(read_all("[1,\n2").error, "t.json:2: truncated: the array is not closed");
  EXPECT_EQ(read_all("[1,]").error, "t.json:1: a comma before the closing bracket");
  EXPECT_EQ(read_all("[1,,2]").error, "t.json:1: empty element");
  EXPECT_EQ(read_all("[\"abc").error, "t.json:1: unterminated string");
  EXPECT_EQ(read_all("[1]\nx").error, "t.json:2: data after the end of the top-level JSON value");
  EXPECT_EQ(read_all("{1: 2}").error, "t.json:1: expected a member name (a string)");
  EXPECT_EQ(read_all("{\"a\" 2}").error, "t.json:1: expected ':' after a member name");
}

TEST(JsonElementStream, BoundsElementSizeAcrossChunks) {
  std::string big = "[\"" + std::string(3000, 'x') + "\", 1]";
  const Read read = read_all(big, 1024);
  EXPECT_NE(read.error.find("element longer than 1024 bytes"), std::string::npos) << read.error;

  // Many elements spanning chunk boundaries come out whole.
  std::string many = "[";
  for (int i = 0; i < 200000; ++i)
    many += (i ? ",{\"k\":\"" : "{\"k\":\"") + std::to_string(i) + "\"}";
  many += "]";
  const Read all = read_all(many);
  EXPECT_EQ(all.error, "");
  ASSERT_EQ(all.elements.size(), 200000u);
  EXPECT_EQ(all.elements[199999], "{\"k\":\"199999\"}");
}

// The scanner looks at 32 bytes at a time: escapes, quotes and brackets
// at every offset of a block, and across the blocks, must split the same.
TEST(JsonElementStream, SplitsEscapesAndStringsAtEveryBlockOffset) {
  for (std::size_t pad = 0; pad < 72; ++pad) {
    const std::string filler(pad, ' ');
    const std::string first = "{\"a\": \"" + std::string(pad, 'x') + "\\\\\", \"b\": \"]\\\"}\"}";
    const std::string second = "[\"" + std::string(pad, 'y') + "\\\"\", {\"c\": \"\\\\\"}]";
    const std::string third = "\"" + std::string(pad, 'z') + "\\\\\\\"{,\"";
    const Read read =
        read_all("[" + filler + first + ",\n" + filler + second + " , " + third + "\\" + "]");
    ASSERT_EQ(read.error, "") << pad;
    ASSERT_EQ(read.elements.size(), 3u) << pad;
    EXPECT_EQ(read.elements[0], first) << pad;
    EXPECT_EQ(read.elements[1], second) << pad;
    // A backslash outside strings is element data, not an escape.
    EXPECT_EQ(read.elements[2], third + "\\") << pad;
    EXPECT_EQ(read.lines[1], 2u) << pad;
  }
}

TEST(JsonElementStream, CountsLinesAcrossChunks) {
  // Over 4 MiB of elements of varied lengths, one per line, so that
  // elements straddle the 1 MiB chunks at many offsets.
  std::string bytes = "[\n";
  std::size_t count = 0;
  while (bytes.size() < (std::size_t{4} << 20)) {
    if (count > 0) bytes += ",\n";
    bytes += "{\"k\": \"" + std::string(count % 997, 'v') + "\\\"\"}";
    ++count;
  }
  bytes += "\n]\n";
  const Read read = read_all(bytes);
  ASSERT_EQ(read.error, "");
  ASSERT_EQ(read.elements.size(), count);
  for (std::size_t i = 0; i < count; i += 101) {
    EXPECT_EQ(read.lines[i], i + 2) << i;
    EXPECT_EQ(read.elements[i].size(), (i % 997) + 11) << i;
  }
  // A broken top level far into the file names its line.
  const Read broken = read_all(bytes.substr(0, bytes.size() - 3) + "\n}\n");
  EXPECT_EQ(broken.error,
            "t.json:" + std::to_string(count + 2) + ": expected ',' or ']' after an element");
}

TEST(JsonElementStream, ReportsUnterminatedStringsAcrossChunks) {
  const std::string open = "[{\"a\": \"" + std::string(std::size_t{3} << 20, 'x') + "\\";
  const Read read = read_all(open, std::size_t{8} << 20);
  EXPECT_EQ(read.error, "t.json:1: unterminated string");
  const Read truncated = read_all("[1,\n{\"a\": [\"]\"\n");
  EXPECT_EQ(truncated.error, "t.json:3: truncated: the array is not closed");
}

}  // namespace
}  // namespace kybersaa::feed
