#include "feed/feed_format.hpp"

#include <gtest/gtest.h>

#include <filesystem>
#include <string>

#include "feed/shadowserver_schema.hpp"

namespace kybersaa::feed {
namespace {

const std::filesystem::path kData = std::filesystem::path(KYBERSAA_SOURCE_DIR) / "tests/data/feed";

base::Result<FeedFormat> detect(std::string_view name, std::string_view head) {
  return detect_feed_format(name, head);
}

TEST(FeedFormat, NamesRoundTrip) {
  for (const auto& info : feed_formats()) {
    EXPECT_EQ(feed_format_name(info.format), info.name);
    EXPECT_EQ(find_feed_format(info.name), info.format);
  }
  EXPECT_FALSE(find_feed_format("csv"));
}

TEST(FeedFormat, DetectsShadowserverByHeaderWhateverTheName) {
  EXPECT_EQ(detect("upload.bin", "\xEF\xBB\xBF\"timestamp\",\"ip\",\"port\"\n"),
            FeedFormat::kShadowserver);
  EXPECT_EQ(detect("x", "timestamp,ip\r\n2024-01-01 00:00:00,1.2.3.4\r\n"),
            FeedFormat::kShadowserver);
}

TEST(FeedFormat, UsesTheFileNameOnlyForAnEmptyInput) {
  EXPECT_EQ(detect("2024-01-15-scan_http-fi.csv", ""), FeedFormat::kShadowserver);
  auto unknown = detect("2024-01-15-scan_http-fi.csv", "hello,world\n");
  ASSERT_FALSE(unknown);
  EXPECT_NE(unknown.error().message.find("2024-01-15-scan_http-fi.csv: unknown feed format"),
            std::string::npos);
  EXPECT_NE(unknown.error().message.find("shadowserver"), std::string::npos);
}

TEST(FeedFormat, InputYieldsTheWholeFileAfterDetection) {
  std::string bytes(kDetectionBytes + 1000, 'x');
  bytes[kDetectionBytes + 5] = 'y';
  auto input = open_feed_input("mem", make_memory_source(bytes));
  ASSERT_TRUE(input);
  EXPECT_EQ(input->head.size(), kDetectionBytes);
  std::string read_back;
  char buffer[777];
  for (;;) {
    auto got = input->source->read(buffer, sizeof buffer);
    ASSERT_TRUE(got);
    if (*got == 0) break;
    read_back.append(buffer, *got);
  }
  EXPECT_EQ(read_back, bytes);
}

TEST(FeedFormat, ParsesAShadowserverReportThroughTheCommonEntry) {
  auto schema = load_shadowserver_schema(kData / "shadowserver_schema.json");
  ASSERT_TRUE(schema) << schema.error().message;
  auto input = open_feed_file(kData / "2024-01-15-scan_http-kybersaa-test.csv");
  ASSERT_TRUE(input);
  auto format = detect_feed_format(input->file_name, input->head);
  ASSERT_TRUE(format) << format.error().message;
  FeedOptions options;
  options.shadowserver_schema = &*schema;
  std::uint64_t events = 0;
  auto summary = parse_feed(
      *format, std::move(*input), options,
      [&](const IntelmqEvent&) -> base::Status {
        ++events;
        return {};
      },
      [](const base::Error&) {});
  ASSERT_TRUE(summary) << summary.error().message;
  EXPECT_EQ(summary->type, "scan_http");
  EXPECT_EQ(summary->events, events);
  EXPECT_GT(events, 0u);
}

TEST(FeedFormat, ShadowserverWithoutSchemaIsAClearError) {
  auto input = open_feed_input("r.csv", make_memory_source("timestamp,ip\n"));
  ASSERT_TRUE(input);
  auto summary = parse_feed(
      FeedFormat::kShadowserver, std::move(*input), FeedOptions{},
      [](const IntelmqEvent&) -> base::Status { return {}; }, [](const base::Error&) {});
  ASSERT_FALSE(summary);
  EXPECT_NE(summary.error().message.find("--shadowserver-schema"), std::string::npos);
}

}  // namespace
}  // namespace kybersaa::feed
