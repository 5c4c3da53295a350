// What is particular to the SQLite store: files, migrations, atomicity.

#include "store/sqlite/sqlite_store.hpp"

#include <gtest/gtest.h>
#include <sqlite3.h>

#include <filesystem>
#include <fstream>

#include "base/digest.hpp"
#include "model/calendar.hpp"
#include "store/migrations.hpp"
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

}  // namespace
}  // namespace kybersaa::store::sqlite
