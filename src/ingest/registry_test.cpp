#include "ingest/registry.hpp"

#include <gtest/gtest.h>

namespace kybersaa::ingest {
namespace {

TEST(Registry, PicksNotificationsByContent) {
  auto parser = parser_for("anything.txt", "{\"title\": \"x\"}\n");
  ASSERT_TRUE(parser) << parser.error().message;
  EXPECT_EQ((*parser)->name(), "notifications");
}

TEST(Registry, UnknownContentNamesFileAndKnownFormats) {
  auto parser = parser_for("report.bin", std::string_view("\x00\x01\x02garbage", 10));
  ASSERT_FALSE(parser);
  EXPECT_EQ(parser.error().code, base::ErrorCode::kInvalidInput);
  EXPECT_EQ(parser.error().message,
            "report.bin: not a recognised input format (known: veris, notifications)");
}

TEST(Registry, EmptyFileIsAnError) {
  auto parser = parser_for("empty.jsonl", "");
  ASSERT_FALSE(parser);
  EXPECT_NE(parser.error().message.find("empty.jsonl: empty file"), std::string::npos);
}

TEST(Registry, EveryParserHasAUniqueName) {
  std::vector<std::string_view> names;
  for (const Parser* parser : registered_parsers()) {
    for (auto name : names) EXPECT_NE(name, parser->name());
    names.push_back(parser->name());
  }
  EXPECT_FALSE(names.empty());
}

}  // namespace
}  // namespace kybersaa::ingest
