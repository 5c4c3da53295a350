#include "app/feed_import.hpp"

#include <gtest/gtest.h>

#include <filesystem>

#include "base/digest.hpp"
#include "base/file.hpp"
#include "feed/shadowserver_schema.hpp"
#include "store/open_store.hpp"
#include "support/temp_dir.hpp"

namespace kybersaa::app {
namespace {

const std::filesystem::path kFeedData =
    std::filesystem::path(KYBERSAA_SOURCE_DIR) / "tests" / "data" / "feed";
constexpr std::int64_t kNow = 1'706'000'000;  // 2024-01-23

class FeedImport : public ::testing::Test {
 protected:
  void SetUp() override {
    auto opened =
        store::open_store((temp_ / "store.db").string(), store::OpenMode::kCreateOrMigrate);
    ASSERT_TRUE(opened) << opened.error().message;
    store_ = std::move(*opened);
    auto schema = feed::load_shadowserver_schema(kFeedData / "shadowserver_schema.json");
    ASSERT_TRUE(schema) << schema.error().message;
    schema_ = std::make_unique<feed::ShadowserverSchema>(std::move(*schema));
    auto constituency =
        feed::Constituency::parse(R"(networks = ["192.0.2.0/24", "2001:db8::/32"])", "c.toml");
    ASSERT_TRUE(constituency) << constituency.error().message;
    constituency_ = std::make_unique<feed::Constituency>(std::move(*constituency));
    settings_.constituency = constituency_.get();
    settings_.shadowserver_schema = schema_.get();
    settings_.now = kNow;
  }

  base::Result<FeedFileImport> import(const std::filesystem::path& path) {
    return import_feed_file(*store_, path, settings_, [&](const base::Error& error) {
      rejections_.push_back(error.message);
    });
  }

  std::vector<model::FeedCount> january() {
    auto counts = store_->count_feed_events({2024, 1}, {2024, 1});
    EXPECT_TRUE(counts) << counts.error().message;
    return counts ? *counts : std::vector<model::FeedCount>{};
  }

  kybersaa::testing::TempDir temp_;
  std::unique_ptr<store::Store> store_;
  std::unique_ptr<feed::ShadowserverSchema> schema_;
  std::unique_ptr<feed::Constituency> constituency_;
  FeedImportSettings settings_;
  std::vector<std::string> rejections_;
};

TEST_F(FeedImport, CountsConstituencyEventsOnceAndReimportChangesNothing) {
  const auto file = kFeedData / "2024-01-15-scan_http-kybersaa-test.csv";
  auto first = import(file);
  ASSERT_TRUE(first) << first.error().message;
  EXPECT_FALSE(first->already_imported);
  EXPECT_EQ(first->format, "shadowserver");
  EXPECT_EQ(first->type, "scan_http");
  EXPECT_EQ(first->parsed.events, 3U);
  EXPECT_EQ(first->aggregated.sightings, 2U);  // 198.51.100.7 is outside
  EXPECT_EQ(first->aggregated.outside, 1U);
  EXPECT_EQ(first->stored.counted, 2);
  const auto counts = january();
  ASSERT_EQ(counts.size(), 1U);
  EXPECT_EQ(counts[0].bucket.field, model::Field::kMalwareVulnerabilities);
  EXPECT_EQ(counts[0].bucket.feed, "Accessible-HTTP");
  EXPECT_EQ(counts[0].events, 2);
  EXPECT_EQ(counts[0].hosts, 2);

  auto again = import(file);
  ASSERT_TRUE(again) << again.error().message;
  EXPECT_TRUE(again->already_imported);
  EXPECT_EQ(january(), counts);

  // The same events under another name (other bytes): counted once still.
  std::string copy = *base::read_file(file);
  copy += "\n";
  ASSERT_TRUE(base::write_file_atomically(temp_ / "2024-01-15-scan_http-copy.csv", copy));
  auto renamed = import(temp_ / "2024-01-15-scan_http-copy.csv");
  ASSERT_TRUE(renamed) << renamed.error().message;
  EXPECT_FALSE(renamed->already_imported);
  EXPECT_EQ(renamed->stored.duplicates, 2);
  EXPECT_EQ(january(), counts);
}

TEST_F(FeedImport, EventsOfPrunedMonthsAreNotCountedAgain) {
  const auto file = kFeedData / "2024-01-15-scan_http-kybersaa-test.csv";
  ASSERT_TRUE(import(file));
  const auto counts = january();
  ASSERT_EQ(counts.size(), 1U);
  auto pruned = store_->prune_feed_months({2024, 2});
  ASSERT_TRUE(pruned) << pruned.error().message;
  EXPECT_EQ(pruned->identities, 2);
  // The same events again, in another file: January is closed, so they are
  // left out rather than counted twice.
  std::string copy = *base::read_file(file);
  copy += "\n";
  ASSERT_TRUE(base::write_file_atomically(temp_ / "2024-01-15-scan_http-late.csv", copy));
  auto late = import(temp_ / "2024-01-15-scan_http-late.csv");
  ASSERT_TRUE(late) << late.error().message;
  EXPECT_EQ(late->aggregated.closed, 2U);
  EXPECT_EQ(late->aggregated.sightings, 0U);
  EXPECT_EQ(late->stored.counted, 0);
  EXPECT_EQ(january(), counts);
}

TEST_F(FeedImport, AFailingFileLeavesNoTrace) {
  // Good rows, then a quote that never closes: the file fails as a whole.
  const std::string text =
      "\"timestamp\",\"ip\",\"protocol\",\"port\",\"tag\"\n"
      "\"2024-01-15 00:02:26\",\"192.0.2.10\",\"tcp\",80,\"http\"\n"
      "\"2024-01-15 00:02:27\",\"192.0.2.11\",\"tcp\",80,\"http\"\n"
      "\"2024-01-15 00:02:28\",\"192.0.2.12\",\"tcp\",80,\"http\n";
  const auto path = temp_ / "2024-01-15-scan_http-broken.csv";
  ASSERT_TRUE(base::write_file_atomically(path, text));
  auto failed = import(path);
  ASSERT_FALSE(failed);
  EXPECT_EQ(failed.error().code, base::ErrorCode::kInvalidInput);
  EXPECT_NE(failed.error().message.find("2024-01-15-scan_http-broken.csv:4"), std::string::npos)
      << failed.error().message;
  EXPECT_TRUE(january().empty());
  auto digest = base::file_content_digest(path);
  ASSERT_TRUE(digest);
  auto record = store_->find_feed_file(*digest);
  ASSERT_TRUE(record);
  EXPECT_FALSE(*record) << "a failed file is not recorded, so it can be imported when fixed";
}

TEST_F(FeedImport, TooManyRejectionsFailTheFile) {
  const std::string text =
      "\"timestamp\",\"ip\",\"protocol\",\"port\",\"tag\"\n"
      "\"2024-01-15 00:02:26\",\"192.0.2.10\",\"tcp\",80,\"http\"\n"
      "\"2024-01-15 00:02:27\",\"not-an-ip\",\"tcp\",80,\"http\"\n";
  const auto path = temp_ / "2024-01-15-scan_http-rejects.csv";
  ASSERT_TRUE(base::write_file_atomically(path, text));
  settings_.max_errors = 0;
  auto failed = import(path);
  ASSERT_FALSE(failed);
  ASSERT_EQ(rejections_.size(), 1U);
  EXPECT_NE(rejections_[0].find("2024-01-15-scan_http-rejects.csv:3: ip:"), std::string::npos)
      << rejections_[0];
  EXPECT_TRUE(january().empty());

  settings_.max_errors.reset();  // rejections counted, the rest imported
  auto imported = import(path);
  ASSERT_TRUE(imported) << imported.error().message;
  EXPECT_EQ(imported->parsed.rejected, 1U);
  EXPECT_EQ(imported->stored.counted, 1);
}

TEST_F(FeedImport, KeepsRawEventsOnlyWhenConfigured) {
  settings_.raw_retention_days = 30;
  auto imported = import(kFeedData / "2024-01-15-scan_http-kybersaa-test.csv");
  ASSERT_TRUE(imported) << imported.error().message;
  EXPECT_EQ(imported->stored.raw_stored, 2);
  auto raw = store_->count_raw_feed_events();
  ASSERT_TRUE(raw);
  EXPECT_EQ(*raw, 2);
}

}  // namespace
}  // namespace kybersaa::app
