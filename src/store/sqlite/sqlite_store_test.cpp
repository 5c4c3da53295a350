// What is particular to the SQLite store: files, migrations, atomicity.

#include "store/sqlite/sqlite_store.hpp"

#include <gtest/gtest.h>
#include <sqlite3.h>

#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "base/digest.hpp"
#include "model/calendar.hpp"
#include "store/migrations.hpp"
#include "store/sqlite/sqlite_db.hpp"
#include "store/sqlite/sqlite_feed_store.hpp"
#include "support/temp_dir.hpp"

namespace kybersaa::store::sqlite {
namespace {

class SqliteStoreTest : public ::testing::Test {
 protected:
  void SetUp() override { path_ = (temp_.path() / "store.db").string(); }

  // Runs `sql` on the store file directly, behind the Store's back.
  void run_sql(const std::string& sql) {
    sqlite3* db = nullptr;
    ASSERT_EQ(sqlite3_open(path_.c_str(), &db), SQLITE_OK);
    ASSERT_EQ(sqlite3_exec(db, sql.c_str(), nullptr, nullptr, nullptr), SQLITE_OK);
    sqlite3_close(db);
  }

  // Returns the first column of the first row `sql` gives, as text ("" when
  // none; a failure is reported).
  std::string query(const std::string& sql) {
    sqlite3* db = nullptr;
    sqlite3_stmt* stmt = nullptr;
    std::string value;
    EXPECT_EQ(sqlite3_open(path_.c_str(), &db), SQLITE_OK);
    EXPECT_EQ(sqlite3_prepare_v2(db, sql.c_str(), -1, &stmt, nullptr), SQLITE_OK)
        << sqlite3_errmsg(db);
    if (sqlite3_step(stmt) == SQLITE_ROW && sqlite3_column_text(stmt, 0) != nullptr) {
      value = reinterpret_cast<const char*>(sqlite3_column_text(stmt, 0));
    }
    sqlite3_finalize(stmt);
    sqlite3_close(db);
    return value;
  }

  kybersaa::testing::TempDir temp_;
  std::string path_;
};

TEST_F(SqliteStoreTest, ExistingModeRefusesMissingStoreAndSaysWhatToRun) {
  auto opened = open_sqlite_store(path_, OpenMode::kExisting);
  ASSERT_FALSE(opened);
  EXPECT_EQ(opened.error().code, base::ErrorCode::kNotFound);
  EXPECT_NE(opened.error().message.find("kybersaa init"), std::string::npos);
  EXPECT_FALSE(std::filesystem::exists(path_));
}

TEST_F(SqliteStoreTest, CreatesThenReopensAtCurrentVersion) {
  {
    auto created = open_sqlite_store(path_, OpenMode::kCreateOrMigrate);
    ASSERT_TRUE(created) << created.error().message;
    auto applied = (*created)->applied_migrations();
    ASSERT_TRUE(applied);
    EXPECT_EQ(applied->size(), schema_migrations().size());
  }
  auto reopened = open_sqlite_store(path_, OpenMode::kExisting);
  ASSERT_TRUE(reopened) << reopened.error().message;
}

TEST_F(SqliteStoreTest, NewStoreUsesLargePagesAndWal) {
  ASSERT_TRUE(open_sqlite_store(path_, OpenMode::kCreateOrMigrate));
  sqlite3* db = nullptr;
  ASSERT_EQ(sqlite3_open(path_.c_str(), &db), SQLITE_OK);
  sqlite3_stmt* stmt = nullptr;
  ASSERT_EQ(sqlite3_prepare_v2(db, "PRAGMA page_size", -1, &stmt, nullptr), SQLITE_OK);
  ASSERT_EQ(sqlite3_step(stmt), SQLITE_ROW);
  EXPECT_EQ(sqlite3_column_int(stmt, 0), 65536);
  sqlite3_finalize(stmt);
  ASSERT_EQ(sqlite3_prepare_v2(db, "PRAGMA journal_mode", -1, &stmt, nullptr), SQLITE_OK);
  ASSERT_EQ(sqlite3_step(stmt), SQLITE_ROW);
  EXPECT_STREQ(reinterpret_cast<const char*>(sqlite3_column_text(stmt, 0)), "wal");
  sqlite3_finalize(stmt);
  sqlite3_close(db);
}

TEST_F(SqliteStoreTest, NewerSchemaIsAConflict) {
  ASSERT_TRUE(open_sqlite_store(path_, OpenMode::kCreateOrMigrate));
  run_sql("INSERT INTO schema_migrations(version, name) VALUES (9999, 'from_the_future')");
  auto opened = open_sqlite_store(path_, OpenMode::kCreateOrMigrate);
  ASSERT_FALSE(opened);
  EXPECT_EQ(opened.error().code, base::ErrorCode::kConflict);
}

TEST_F(SqliteStoreTest, OlderSchemaNeedsInit) {
  ASSERT_TRUE(open_sqlite_store(path_, OpenMode::kCreateOrMigrate));
  run_sql("DELETE FROM schema_migrations WHERE version = " +
          std::to_string(schema_migrations().back().version));
  auto opened = open_sqlite_store(path_, OpenMode::kExisting);
  ASSERT_FALSE(opened);
  EXPECT_EQ(opened.error().code, base::ErrorCode::kConflict);
  EXPECT_NE(opened.error().message.find("kybersaa init"), std::string::npos);
}

TEST_F(SqliteStoreTest, NotADatabaseIsInvalidInput) {
  std::ofstream(path_) << "this is not an SQLite file, just some text that is long enough to "
                          "fill the header of one and then some more text";
  auto opened = open_sqlite_store(path_, OpenMode::kExisting);
  ASSERT_FALSE(opened);
  EXPECT_EQ(opened.error().code, base::ErrorCode::kInvalidInput);
  EXPECT_NE(opened.error().message.find(path_), std::string::npos);
}

TEST_F(SqliteStoreTest, FailedBatchLeavesNothingBehind) {
  auto opened = open_sqlite_store(path_, OpenMode::kCreateOrMigrate);
  ASSERT_TRUE(opened);
  auto& store = **opened;
  model::Incident good;
  good.title = "ok";
  good.rsit = {"fraud", "phishing"};
  good.reported_at = *model::parse_iso_instant("2026-10-01");
  good.id = model::incident_content_id(good);
  // A trigger makes the second insert fail inside the transaction.
  run_sql(
      "CREATE TRIGGER fail_on_bad BEFORE INSERT ON incidents WHEN NEW.title = 'bad' "
      "BEGIN SELECT RAISE(ABORT, 'rejected by test trigger'); END;");
  model::Incident bad = good;
  bad.title = "bad";
  bad.id = model::incident_content_id(bad);
  std::vector<model::Incident> batch = {good, bad};
  auto receipt = store.put_incidents({"x.jsonl", base::content_digest("x"), 1}, batch);
  ASSERT_FALSE(receipt);
  auto all = store.find_incidents({});
  ASSERT_TRUE(all);
  EXPECT_TRUE(all->empty());
}

constexpr int kFeedFileIdsVersion = 8;  // migrations/0008_feed_file_ids.sql

model::FeedBucket http_bucket() {
  return {{2026, 10},
          model::Field::kMalwareVulnerabilities,
          {"vulnerable", "vulnerable-system"},
          "Accessible-HTTP"};
}

TEST_F(SqliteStoreTest, FeedFileIdsMigrationCarriesRawEventsOver) {
  // A store as the migrations before 0008 left it, with raw events that
  // name their file by digest.
  run_sql("CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL)");
  for (const Migration& migration : schema_migrations()) {
    if (migration.version >= kFeedFileIdsVersion) continue;
    run_sql(std::string(migration.sql));
    run_sql("INSERT INTO schema_migrations(version, name) VALUES (" +
            std::to_string(migration.version) + ", '" + std::string(migration.name) + "')");
  }
  run_sql(
      "INSERT INTO feed_files(digest, name, bytes, sightings, counted, imported_at) VALUES "
      "('digest-one', 'one.jsonl', 10, 2, 2, 100), ('digest-two', 'two.jsonl', 20, 1, 1, 200);"
      "INSERT INTO feed_raw_events(id, time_source, count_id, identity, source_file, event) "
      "VALUES (1, 1000, 7, 11, 'digest-one', '{\"n\":1}'), "
      "(2, 3000, 7, 12, 'digest-one', '{\"n\":2}'), "
      "(5, 2000, 8, 13, 'digest-two', '{\"n\":3}');");

  auto opened = open_sqlite_store(path_, OpenMode::kCreateOrMigrate);
  ASSERT_TRUE(opened) << opened.error().message;
  auto& store = **opened;
  auto count = store.count_raw_feed_events();
  ASSERT_TRUE(count);
  EXPECT_EQ(*count, 3);
  EXPECT_EQ(query("SELECT group_concat(r.id || ' ' || r.time_source || ' ' || r.count_id || ' ' || "
                  "r.identity || ' ' || f.digest || ' ' || r.event, '; ') FROM "
                  "(SELECT * FROM feed_raw_events ORDER BY id) r "
                  "JOIN feed_files f ON f.id = r.file_id"),
            R"(1 1000 7 11 digest-one {"n":1}; 2 3000 7 12 digest-one {"n":2}; )"
            R"(5 2000 8 13 digest-two {"n":3})");
  auto file = store.find_feed_file("digest-two");
  ASSERT_TRUE(file);
  ASSERT_TRUE(*file);
  EXPECT_EQ((*file)->name, "two.jsonl");
  EXPECT_EQ((*file)->imported_at, 200);

  // Expiry still deletes by time, through the index.
  EXPECT_EQ(query("SELECT count(*) FROM sqlite_master WHERE type = 'index' AND "
                  "name = 'feed_raw_events_by_time'"),
            "1");
  FeedImportOptions keep;
  keep.keep_raw_since = 2500;
  auto session = store.begin_feed_import({"three.jsonl", "digest-three", 1}, keep);
  ASSERT_TRUE(session) << session.error().message;
  const std::vector<model::FeedBucket> buckets = {http_bucket()};
  const std::vector<model::FeedSighting> sightings = {{0, 21, 100, 4000}};
  const std::vector<RawFeedEvent> raw = {{R"({"n":4})"}};
  ASSERT_TRUE((*session)->put(buckets, sightings, raw));
  auto receipt = (*session)->commit();
  ASSERT_TRUE(receipt) << receipt.error().message;
  EXPECT_EQ(receipt->raw_expired, 2);
  EXPECT_EQ(receipt->raw_stored, 1);
  EXPECT_EQ(query("SELECT group_concat(identity || ' ' || event, '; ') FROM "
                  "(SELECT * FROM feed_raw_events ORDER BY id)"),
            R"(12 {"n":2}; 21 {"n":4})");
}

TEST_F(SqliteStoreTest, FeedImportBoundsThePageCacheAndRestoresIt) {
  ASSERT_TRUE(open_sqlite_store(path_, OpenMode::kCreateOrMigrate));
  auto db = Database::open(path_, false);
  ASSERT_TRUE(db) << db.error().message;
  ASSERT_TRUE(db->execute("PRAGMA cache_size = -131072"));
  const auto cache_size = [&] {
    auto statement = db->prepare("PRAGMA cache_size");
    EXPECT_TRUE(statement && statement->step().value_or(false));
    return statement ? statement->column_int(0) : 0;
  };
  {
    auto session = begin_sqlite_feed_import(*db, {"a.csv", "digest-a", 1}, {});
    ASSERT_TRUE(session) << session.error().message;
    EXPECT_EQ(cache_size(), -32 * 1024);
    ASSERT_TRUE((*session)->commit());
  }
  EXPECT_EQ(cache_size(), -131072);
  {
    auto abandoned = begin_sqlite_feed_import(*db, {"b.csv", "digest-b", 1}, {});
    ASSERT_TRUE(abandoned) << abandoned.error().message;
  }  // rolled back
  EXPECT_EQ(cache_size(), -131072);
}

TEST_F(SqliteStoreTest, RawEventsKeepTheirTextAndFile) {
  auto opened = open_sqlite_store(path_, OpenMode::kCreateOrMigrate);
  ASSERT_TRUE(opened) << opened.error().message;
  auto& store = **opened;
  const std::vector<model::FeedBucket> buckets = {http_bucket()};
  std::vector<model::FeedSighting> sightings;
  std::vector<std::string> json;
  for (std::uint64_t identity = 1; identity <= 150; ++identity) {
    sightings.push_back({0, identity, 100, static_cast<std::int64_t>(5000 - identity)});
    json.push_back(R"({"identity":)" + std::to_string(identity) + "}");
  }
  std::vector<RawFeedEvent> raw;
  for (const std::string& text : json) raw.push_back({text});
  for (const char* name : {"one.jsonl", "two.jsonl"}) {
    FeedImportOptions keep;
    keep.keep_raw_since = 0;
    auto session = store.begin_feed_import({name, base::content_digest(name), 1}, keep);
    ASSERT_TRUE(session) << session.error().message;
    ASSERT_TRUE((*session)->put(buckets, sightings, raw));
    ASSERT_TRUE((*session)->commit());
  }
  // Every event once, with the first file, and its own text.
  EXPECT_EQ(query("SELECT count(*) FROM feed_raw_events"), "150");
  EXPECT_EQ(query("SELECT count(*) FROM feed_raw_events r JOIN feed_files f ON f.id = r.file_id "
                  "WHERE f.name = 'one.jsonl' AND r.event = '{\"identity\":' || r.identity || '}' "
                  "AND r.time_source = 5000 - r.identity"),
            "150");
}

}  // namespace
}  // namespace kybersaa::store::sqlite
