// Ingesting documents: drafts, situation updates linked to their incident,
// re-ingesting, bad files.

#include "app/ingest_documents.hpp"

#include <gtest/gtest.h>

#include <filesystem>

#include "app/ingest_files.hpp"
#include "base/file.hpp"
#include "model/calendar.hpp"
#include "store/open_store.hpp"
#include "support/temp_dir.hpp"

namespace kybersaa::app {
namespace {

const std::filesystem::path kUpdates =
    std::filesystem::path(KYBERSAA_SOURCE_DIR) / "tests/data/text/updates";

using Outcome = DocumentIngest::Outcome;

class DocumentIngestTest : public ::testing::Test {
 protected:
  void SetUp() override {
    auto opened =
        store::open_store((temp_.path() / "store.db").string(), store::OpenMode::kCreateOrMigrate);
    ASSERT_TRUE(opened) << opened.error().message;
    store_ = std::move(*opened);
    auto ingester = DocumentIngester::open(clock_);
    ASSERT_TRUE(ingester) << ingester.error().message;
    ingester_.emplace(std::move(*ingester));
  }

  DocumentIngest ingest(const std::string& file) {
    auto ingested = ingester_->ingest_file(*store_, kUpdates / file);
    EXPECT_TRUE(ingested) << ingested.error().message;
    return ingested ? *ingested : DocumentIngest{};
  }

  std::vector<model::Incident> all_incidents() {
    store::IncidentQuery query;
    query.with_drafts = true;
    auto all = store_->find_incidents(query);
    EXPECT_TRUE(all) << all.error().message;
    return all ? *all : std::vector<model::Incident>{};
  }

  kybersaa::testing::TempDir temp_;
  base::FixedClock clock_{*model::parse_iso_instant("2026-11-24T07:00")};
  std::unique_ptr<store::Store> store_;
  std::optional<DocumentIngester> ingester_;
};

TEST_F(DocumentIngestTest, PressReleaseBecomesADraftWithItsFacts) {
  const DocumentIngest drafted = ingest("fi-tiedote.txt");
  EXPECT_EQ(drafted.outcome, Outcome::kDrafted);
  EXPECT_EQ(drafted.version, 1);
  auto incident = store_->get_incident(drafted.incident_id);
  ASSERT_TRUE(incident) << incident.error().message;
  EXPECT_EQ(incident->status, model::IncidentStatus::kDraft);
  EXPECT_EQ(incident->title, "Tietomurto Esimerkki Palvelut Oy:n asiakasportaaliin");
  EXPECT_EQ(incident->organization.name, "Esimerkki Palvelut Oy");
  EXPECT_EQ(incident->field, model::Field::kBreachesLeaks);
  EXPECT_EQ(incident->detected_at, model::parse_iso_instant("2026-01-12"));
  EXPECT_EQ(incident->reported_at, *model::parse_iso_instant("2026-01-12"));
  EXPECT_EQ(incident->affected_people, 20000);
  const std::vector<model::PersonalData> kinds = {model::PersonalData::kName,
                                                  model::PersonalData::kEmail};
  EXPECT_EQ(incident->personal_data, kinds);
  auto timeline = store_->incident_timeline(drafted.incident_id);
  ASSERT_TRUE(timeline);
  ASSERT_EQ(timeline->size(), 1U);
  auto text = store_->document_text((*timeline)[0].document_digest);
  ASSERT_TRUE(text);
  EXPECT_NE(text->find("noin 20 000 käyttäjää"), std::string::npos);
  EXPECT_EQ((*timeline)[0].ingested_at, clock_.now_unix_seconds());
}

TEST_F(DocumentIngestTest, UpdateIsLinkedWithWhatChanged) {
  const DocumentIngest drafted = ingest("fi-tiedote.txt");
  const DocumentIngest linked = ingest("fi-paivitys.txt");
  EXPECT_EQ(linked.outcome, Outcome::kLinked);
  EXPECT_EQ(linked.incident_id, drafted.incident_id);
  EXPECT_EQ(linked.version, 2);
  EXPECT_GE(linked.similarity, kLinkThreshold);
  const std::vector<store::FactChange> expected = {
      {"affected_people", "20000", "50000"},
      {"personal_data", "name,email", "name,email,phone"},
  };
  EXPECT_EQ(linked.changes, expected);

  const auto all = all_incidents();
  ASSERT_EQ(all.size(), 1U);
  EXPECT_EQ(all[0].affected_people, 50000);
  EXPECT_EQ(all[0].sources.size(), 2U);
  auto timeline = store_->incident_timeline(drafted.incident_id);
  ASSERT_TRUE(timeline);
  ASSERT_EQ(timeline->size(), 2U);
  EXPECT_TRUE((*timeline)[0].changes.empty());
  EXPECT_EQ((*timeline)[1].changes, expected);
}

TEST_F(DocumentIngestTest, SwedishAndEnglishUpdatesAreLinkedToo) {
  for (const auto& [release, update, before, after] :
       {std::tuple{"sv-pressmeddelande.txt", "sv-uppdatering.txt", "3000", "8000"},
        std::tuple{"en-release.txt", "en-update.txt", "1200", "4500"}}) {
    const DocumentIngest drafted = ingest(release);
    EXPECT_EQ(drafted.outcome, Outcome::kDrafted) << release;
    const DocumentIngest linked = ingest(update);
    EXPECT_EQ(linked.outcome, Outcome::kLinked) << update;
    EXPECT_EQ(linked.incident_id, drafted.incident_id) << update;
    ASSERT_FALSE(linked.changes.empty()) << update;
    EXPECT_EQ(linked.changes[0], (store::FactChange{"affected_people", before, after})) << update;
  }
  EXPECT_EQ(all_incidents().size(), 2U);
}

TEST_F(DocumentIngestTest, UnrelatedDocumentsBecomeTheirOwnDrafts) {
  const DocumentIngest drafted = ingest("fi-tiedote.txt");
  // Another organisation.
  const DocumentIngest other = ingest("fi-muu.txt");
  EXPECT_EQ(other.outcome, Outcome::kDrafted);
  EXPECT_NE(other.incident_id, drafted.incident_id);
  // The same organisation and week, about something else.
  const DocumentIngest scam = ingest("fi-sama-yritys-muu.txt");
  EXPECT_EQ(scam.outcome, Outcome::kDrafted);
  EXPECT_NE(scam.incident_id, drafted.incident_id);
  EXPECT_EQ(all_incidents().size(), 3U);
}

TEST_F(DocumentIngestTest, ReingestingChangesNothing) {
  const DocumentIngest drafted = ingest("fi-tiedote.txt");
  ingest("fi-paivitys.txt");
  const auto before = all_incidents();
  for (const char* file : {"fi-tiedote.txt", "fi-paivitys.txt"}) {
    const DocumentIngest again = ingest(file);
    EXPECT_EQ(again.outcome, Outcome::kUnchanged) << file;
    EXPECT_EQ(again.incident_id, drafted.incident_id) << file;
  }
  EXPECT_EQ(all_incidents(), before);
  auto timeline = store_->incident_timeline(drafted.incident_id);
  ASSERT_TRUE(timeline);
  EXPECT_EQ(timeline->size(), 2U);
}

TEST_F(DocumentIngestTest, BadFileIsAClearErrorAndStoresNothing) {
  const std::string junk(
      "\x7f"
      "ELF\x02\x01\x01\x00\x00\x00binary",
      16);
  auto ingested = ingester_->ingest_bytes(*store_, "junk.bin", junk);
  ASSERT_FALSE(ingested);
  EXPECT_EQ(ingested.error().code, base::ErrorCode::kInvalidInput);
  EXPECT_EQ(ingested.error().message.rfind("junk.bin", 0), 0U) << ingested.error().message;
  EXPECT_TRUE(all_incidents().empty());
}

TEST_F(DocumentIngestTest, SimilarityIsHigherForAnUpdateThanForAnotherStory) {
  auto read = [](const char* file) { return *base::read_file(kUpdates / file); };
  const std::string release = read("fi-tiedote.txt");
  const double update =
      ingester_->document_similarity(release, read("fi-paivitys.txt"), model::Language::kFi);
  const double other =
      ingester_->document_similarity(release, read("fi-sama-yritys-muu.txt"), model::Language::kFi);
  EXPECT_GE(update, kLinkThreshold);
  EXPECT_LT(other, kLinkThreshold);
  EXPECT_DOUBLE_EQ(ingester_->document_similarity(release, release, model::Language::kFi), 1.0);
}

TEST(RecordFiles, NotificationsAreRecordsProseIsNot) {
  EXPECT_TRUE(is_record_file("{\"title\": \"x\"}\n"));
  EXPECT_FALSE(is_record_file("Tietomurto asiakasportaaliin\n\nEsimerkki Oy havaitsi..."));
  EXPECT_FALSE(is_record_file("<html><body>{</body></html>"));
}

}  // namespace
}  // namespace kybersaa::app
