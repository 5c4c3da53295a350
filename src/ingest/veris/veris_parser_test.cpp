#include "ingest/veris/veris_parser.hpp"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>

#include "ingest/registry.hpp"

namespace kybersaa::ingest {
namespace {

std::string read_fixture(const std::string& name) {
  std::ifstream in("tests/data/feed/veris/" + name, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(in), {});
}

TEST(VerisParser, EveryFixtureIsRecognisedAndBecomesOneDraftIncident) {
  int files = 0;
  for (const auto& entry : std::filesystem::directory_iterator("tests/data/feed/veris")) {
    const std::string name = entry.path().filename().string();
    const std::string bytes = read_fixture(name);
    auto parser = parser_for(name, bytes);
    ASSERT_TRUE(parser) << parser.error().message;
    EXPECT_EQ((*parser)->name(), "veris") << name;
    auto incidents = (*parser)->parse(name, bytes);
    ASSERT_TRUE(incidents) << incidents.error().message;
    ASSERT_EQ(incidents->size(), 1U);
    const model::Incident& incident = incidents->front();
    EXPECT_EQ(incident.status, model::IncidentStatus::kDraft) << name;
    EXPECT_FALSE(incident.reference.empty()) << name;
    EXPECT_EQ(incident.id, model::incident_content_id(incident)) << name;
    ++files;
  }
  EXPECT_EQ(files, 6);
}

TEST(VerisParser, TellsRecordsFromNotifications) {
  const VerisParser veris;
  EXPECT_TRUE(veris.sniff(R"({"schema_version": "1.3.7", "incident_id": "x", "action": {}})"));
  // Sorted keys: "action" first, "incident_id" perhaps beyond the sniffed bytes.
  EXPECT_TRUE(veris.sniff("\xEF\xBB\xBF{\n  \"action\": {\"malware\": {}},\n  \"actor\": {"));
  EXPECT_FALSE(veris.sniff(R"({"title": "Phishing", "reported_at": "2026-10-01"})"));
  EXPECT_FALSE(veris.sniff(R"({"action": "reported"})"));
  EXPECT_FALSE(veris.sniff("[{\"schema_version\": 1, \"incident_id\": 2}]"));
  auto parser = parser_for("n.jsonl", "{\"title\": \"x\", \"incident_id\": \"not VERIS\"}\n");
  ASSERT_TRUE(parser);
  EXPECT_EQ((*parser)->name(), "notifications");
}

TEST(VerisParser, NamesTheFileAndPlaceOfAnError) {
  const VerisParser veris;
  auto incidents = veris.parse("bad.json", R"({"schema_version": "1.3.7", "incident_id": "x"})");
  ASSERT_FALSE(incidents);
  EXPECT_EQ(incidents.error().code, base::ErrorCode::kInvalidInput);
  EXPECT_EQ(incidents.error().message.rfind("bad.json: ", 0), 0U) << incidents.error().message;
  incidents = veris.parse("cut.json", R"({"schema_version": "1.3.7", "incident_id": )");
  ASSERT_FALSE(incidents);
  EXPECT_EQ(incidents.error().message.rfind("cut.json: ", 0), 0U) << incidents.error().message;
}

}  // namespace
}  // namespace kybersaa::ingest
