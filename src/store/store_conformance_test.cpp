// The conformance suite every Store implementation passes. Each backend
// supplies a fixture that opens a fresh, empty store; the tests speak only
// through the Store interface.

#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <memory>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "base/digest.hpp"
#include "model/calendar.hpp"
#include "store/migrations.hpp"
#include "store/open_store.hpp"
#include "store/store.hpp"
#include "support/temp_dir.hpp"

namespace kybersaa::store {
namespace {

using model::Field;
using model::Severity;

// Opens a fresh SQLite store in a temporary directory.
class SqliteBackend {
 public:
  base::Result<std::unique_ptr<Store>> open() {
    return open_store((temp_.path() / "store.db").string(), OpenMode::kCreateOrMigrate);
  }

 private:
  kybersaa::testing::TempDir temp_;
};

model::Incident make_incident(std::string title, Field field, Severity severity,
                              const char* reported) {
  model::Incident incident;
  incident.title = std::move(title);
  incident.summary = "Yhteenveto: \"lainausmerkit\" ja 'heittomerkit'; DROP TABLE incidents;";
  incident.field = field;
  incident.rsit = {"fraud", "phishing"};
  incident.organization = {"Esimerkkilän kaupunki", model::Sector::kPublicAdministration};
  incident.reported_at = *model::parse_iso_instant(reported);
  incident.severity = severity;
  incident.id = model::incident_content_id(incident);
  return incident;
}

SourceFile source_named(const std::string& name) { return {name, base::content_digest(name), 100}; }

template <class Backend>
class StoreConformance : public ::testing::Test {
 protected:
  void SetUp() override {
    auto opened = backend_.open();
    ASSERT_TRUE(opened) << opened.error().message;
    store_ = std::move(*opened);
  }
  Backend backend_;
  std::unique_ptr<Store> store_;
};

using Backends = ::testing::Types<SqliteBackend>;
TYPED_TEST_SUITE(StoreConformance, Backends);

TYPED_TEST(StoreConformance, RoundTripsEveryIncidentField) {
  model::Incident full = make_incident("Tietomurto asiakasrekisteriin", Field::kBreachesLeaks,
                                       Severity::kCritical, "2026-10-05T09:12:00+03:00");
  full.reference = "ESIM-2026-42";
  full.detected_at = *model::parse_iso_instant("2026-10-04T12:00:00+03:00");
  full.started_at = *model::parse_iso_instant("2026-09-20");
  full.affected_people = 50000;
  full.affected_devices = 0;
  full.personal_data = {model::PersonalData::kName, model::PersonalData::kHealth};
  full.status = model::IncidentStatus::kInvestigating;
  full.tlp = model::Tlp::kAmberStrict;
  full.sources = {"web-form", "https://example.fi/tiedote"};
  full.contact = model::Contact{"Maija Meikäläinen", "maija@example.fi", "+358 40 000 0001"};
  full.rsit = {"information-content-security", "data-leak"};
  full.id = model::incident_content_id(full);
  const model::Incident full_copy = full;
  auto receipt = this->store_->put_incidents(source_named("a.jsonl"), {&full, 1});
  ASSERT_TRUE(receipt) << receipt.error().message;
  EXPECT_EQ(receipt->inserted, 1);

  auto back = this->store_->get_incident(full.id);
  ASSERT_TRUE(back) << back.error().message;
  EXPECT_EQ(*back, full_copy);
}

TYPED_TEST(StoreConformance, SameIncidentTwiceIsStoredOnce) {
  std::vector<model::Incident> batch = {
      make_incident("A", Field::kNetwork, Severity::kLow, "2026-10-01T10:00"),
      make_incident("B", Field::kNetwork, Severity::kLow, "2026-10-02T10:00"),
  };
  auto first = this->store_->put_incidents(source_named("a.jsonl"), batch);
  ASSERT_TRUE(first);
  EXPECT_EQ(first->inserted, 2);
  EXPECT_EQ(first->duplicates, 0);
  auto again = this->store_->put_incidents(source_named("a.jsonl"), batch);
  ASSERT_TRUE(again);
  EXPECT_EQ(again->inserted, 0);
  EXPECT_EQ(again->duplicates, 2);
  auto all = this->store_->find_incidents({});
  ASSERT_TRUE(all);
  EXPECT_EQ(all->size(), 2U);
}

TYPED_TEST(StoreConformance, SessionStoresBatchesOnCommitOnly) {
  std::vector<model::Incident> first = {
      make_incident("A", Field::kNetwork, Severity::kLow, "2026-10-01T10:00"),
      make_incident("B", Field::kNetwork, Severity::kLow, "2026-10-02T10:00"),
  };
  std::vector<model::Incident> second = {
      make_incident("B", Field::kNetwork, Severity::kLow, "2026-10-02T10:00"),  // again
      make_incident("C", Field::kNetwork, Severity::kLow, "2026-10-03T10:00"),
  };
  {
    auto abandoned = this->store_->begin_ingest(source_named("e.jsonl"));
    ASSERT_TRUE(abandoned) << abandoned.error().message;
    ASSERT_TRUE((*abandoned)->put(first));
  }  // destroyed without commit: rolled back
  auto none = this->store_->find_incidents({});
  ASSERT_TRUE(none);
  EXPECT_TRUE(none->empty());

  auto session = this->store_->begin_ingest(source_named("e.jsonl"));
  ASSERT_TRUE(session) << session.error().message;
  ASSERT_TRUE((*session)->put(first));
  ASSERT_TRUE((*session)->put(second));
  auto receipt = (*session)->commit();
  ASSERT_TRUE(receipt) << receipt.error().message;
  EXPECT_EQ(receipt->records, 4);
  EXPECT_EQ(receipt->inserted, 3);
  EXPECT_EQ(receipt->duplicates, 1);
  EXPECT_FALSE((*session)->commit()) << "a session commits once";
  auto all = this->store_->find_incidents({});
  ASSERT_TRUE(all);
  EXPECT_EQ(all->size(), 3U);
}

TYPED_TEST(StoreConformance, MissingIncidentIsNotFound) {
  auto missing = this->store_->get_incident("0123456789abcdef0123456789abcdef");
  ASSERT_FALSE(missing);
  EXPECT_EQ(missing.error().code, base::ErrorCode::kNotFound);
}

TYPED_TEST(StoreConformance, FindsByHelsinkiMonthAndField) {
  std::vector<model::Incident> batch = {
      make_incident("Sep", Field::kNetwork, Severity::kLow, "2026-09-30T20:59:59Z"),
      make_incident("Oct-first", Field::kNetwork, Severity::kLow, "2026-09-30T21:00:00Z"),
      make_incident("Oct-scam", Field::kScamsPhishing, Severity::kLow, "2026-10-15T12:00"),
      make_incident("Oct-high", Field::kNetwork, Severity::kHigh, "2026-10-20T12:00"),
  };
  ASSERT_TRUE(this->store_->put_incidents(source_named("b.jsonl"), batch));
  IncidentQuery query;
  query.month = model::YearMonth{2026, 10};
  query.field = Field::kNetwork;
  auto found = this->store_->find_incidents(query);
  ASSERT_TRUE(found);
  ASSERT_EQ(found->size(), 2U);
  EXPECT_EQ((*found)[0].title, "Oct-high");  // most severe first
  EXPECT_EQ((*found)[1].title, "Oct-first");
  query.field.reset();
  query.limit = 1;
  auto limited = this->store_->find_incidents(query);
  ASSERT_TRUE(limited);
  EXPECT_EQ(limited->size(), 1U);
}

TYPED_TEST(StoreConformance, CountsPerMonthFieldAndSeverity) {
  std::vector<model::Incident> batch = {
      make_incident("1", Field::kNetwork, Severity::kLow, "2026-10-01T10:00"),
      make_incident("2", Field::kNetwork, Severity::kLow, "2026-10-02T10:00"),
      make_incident("3", Field::kNetwork, Severity::kHigh, "2026-10-03T10:00"),
      make_incident("4", Field::kEspionage, Severity::kLow, "2026-09-03T10:00"),
      make_incident("5", Field::kEspionage, Severity::kLow, "2025-09-03T10:00"),
  };
  ASSERT_TRUE(this->store_->put_incidents(source_named("c.jsonl"), batch));
  auto counts = this->store_->count_incidents({2026, 1}, {2026, 12});
  ASSERT_TRUE(counts);
  const std::vector<MonthFieldCount> expected = {
      {{2026, 9}, Field::kEspionage, Severity::kLow, 1},
      {{2026, 10}, Field::kNetwork, Severity::kLow, 2},
      {{2026, 10}, Field::kNetwork, Severity::kHigh, 1},
  };
  EXPECT_EQ(*counts, expected);
  auto backwards = this->store_->count_incidents({2026, 12}, {2026, 1});
  ASSERT_FALSE(backwards);
  EXPECT_EQ(backwards.error().code, base::ErrorCode::kInvalidInput);

  auto coverage = this->store_->coverage();
  ASSERT_TRUE(coverage);
  EXPECT_EQ(coverage->first, (model::YearMonth{2025, 9}));
  EXPECT_EQ(coverage->last, (model::YearMonth{2026, 10}));
}

TYPED_TEST(StoreConformance, EmptyStoreHasNoCoverage) {
  auto coverage = this->store_->coverage();
  ASSERT_TRUE(coverage);
  EXPECT_FALSE(coverage->first);
  EXPECT_FALSE(coverage->last);
}

TYPED_TEST(StoreConformance, RejectsIncidentWithoutId) {
  model::Incident incident = make_incident("x", Field::kNetwork, Severity::kLow, "2026-10-01");
  incident.id.clear();
  auto receipt = this->store_->put_incidents(source_named("d.jsonl"), {&incident, 1});
  ASSERT_FALSE(receipt);
  auto all = this->store_->find_incidents({});
  ASSERT_TRUE(all);
  EXPECT_TRUE(all->empty());
}

model::FeedBucket feed_bucket(model::YearMonth month, std::string feed = "Accessible-HTTP") {
  return {
      month, Field::kMalwareVulnerabilities, {"vulnerable", "vulnerable-system"}, std::move(feed)};
}

model::FeedSighting sighting(std::size_t bucket, std::uint64_t identity, std::uint64_t host,
                             std::int64_t time = 1'700'000'000) {
  return {bucket, identity, host, time};
}

base::Result<FeedImportReceipt> import_sightings(Store& store, const std::string& name,
                                                 std::span<const model::FeedBucket> buckets,
                                                 std::span<const model::FeedSighting> sightings,
                                                 const FeedImportOptions& options = {},
                                                 std::span<const RawFeedEvent> raw = {}) {
  auto session = store.begin_feed_import(source_named(name), options);
  if (!session) return tl::unexpected(session.error());
  if (auto status = (*session)->put(buckets, sightings, raw); !status) {
    return tl::unexpected(status.error());
  }
  return (*session)->commit();
}

TYPED_TEST(StoreConformance, FeedImportCountsDistinctEventsAndHosts) {
  const std::vector<model::FeedBucket> buckets = {feed_bucket({2026, 10}),
                                                  feed_bucket({2026, 9}, "Sinkhole")};
  const std::vector<model::FeedSighting> first = {
      sighting(0, 1, 100), sighting(0, 2, 100), sighting(0, 1, 100),  // the same event twice
      sighting(0, 3, 200), sighting(1, 4, 100), sighting(1, 5, 0),    // no host
  };
  auto receipt = import_sightings(*this->store_, "day1.csv", buckets, first);
  ASSERT_TRUE(receipt) << receipt.error().message;
  EXPECT_EQ(receipt->sightings, 6);
  EXPECT_EQ(receipt->counted, 5);
  EXPECT_EQ(receipt->duplicates, 1);
  EXPECT_EQ(receipt->new_hosts, 3);

  // A second file: a known host with a new event, an event seen before.
  const std::vector<model::FeedSighting> second = {sighting(0, 6, 100), sighting(0, 2, 100)};
  auto again = import_sightings(*this->store_, "day2.csv", buckets, second);
  ASSERT_TRUE(again) << again.error().message;
  EXPECT_EQ(again->counted, 1);
  EXPECT_EQ(again->duplicates, 1);
  EXPECT_EQ(again->new_hosts, 0);

  auto counts = this->store_->count_feed_events({2026, 1}, {2026, 12});
  ASSERT_TRUE(counts) << counts.error().message;
  const std::vector<model::FeedCount> expected = {
      {buckets[1], 2, 1},
      {buckets[0], 4, 2},
  };
  EXPECT_EQ(*counts, expected);
  auto october = this->store_->count_feed_events({2026, 10}, {2026, 10});
  ASSERT_TRUE(october);
  EXPECT_EQ(october->size(), 1U);
  EXPECT_FALSE(this->store_->count_feed_events({2026, 12}, {2026, 1}));
}

TYPED_TEST(StoreConformance, FeedFileIsImportedOnce) {
  const std::vector<model::FeedBucket> buckets = {feed_bucket({2026, 10})};
  const std::vector<model::FeedSighting> sightings = {sighting(0, 1, 100)};
  ASSERT_TRUE(import_sightings(*this->store_, "day1.csv", buckets, sightings));
  auto record = this->store_->find_feed_file(source_named("day1.csv").digest);
  ASSERT_TRUE(record) << record.error().message;
  ASSERT_TRUE(*record);
  EXPECT_EQ((*record)->name, "day1.csv");
  EXPECT_EQ((*record)->sightings, 1);
  EXPECT_EQ((*record)->counted, 1);
  auto again = this->store_->begin_feed_import(source_named("day1.csv"), {});
  ASSERT_FALSE(again);
  EXPECT_EQ(again.error().code, base::ErrorCode::kConflict);
  auto missing = this->store_->find_feed_file(source_named("other.csv").digest);
  ASSERT_TRUE(missing);
  EXPECT_FALSE(*missing);
}

TYPED_TEST(StoreConformance, AbandonedFeedImportChangesNothing) {
  const std::vector<model::FeedBucket> buckets = {feed_bucket({2026, 10})};
  const std::vector<model::FeedSighting> sightings = {sighting(0, 1, 100), sighting(0, 2, 200)};
  {
    auto session = this->store_->begin_feed_import(source_named("day1.csv"), {});
    ASSERT_TRUE(session) << session.error().message;
    ASSERT_TRUE((*session)->put(buckets, sightings));
  }  // destroyed without commit: rolled back
  auto counts = this->store_->count_feed_events({2026, 1}, {2026, 12});
  ASSERT_TRUE(counts);
  EXPECT_TRUE(counts->empty());
  auto record = this->store_->find_feed_file(source_named("day1.csv").digest);
  ASSERT_TRUE(record);
  EXPECT_FALSE(*record);
  // A sighting naming a bucket that was not given fails the session.
  auto session = this->store_->begin_feed_import(source_named("day1.csv"), {});
  ASSERT_TRUE(session) << session.error().message;
  const std::vector<model::FeedSighting> stray = {sighting(5, 1, 100)};
  EXPECT_FALSE((*session)->put(buckets, stray));
  EXPECT_FALSE((*session)->commit());
}

TYPED_TEST(StoreConformance, PruningDropsOldIdentitiesKeepsCountsAndNeverReopens) {
  const std::vector<model::FeedBucket> buckets = {feed_bucket({2026, 9}), feed_bucket({2026, 10})};
  const std::vector<model::FeedSighting> sightings = {sighting(0, 1, 100), sighting(0, 2, 200),
                                                      sighting(1, 3, 100), sighting(1, 4, 300)};
  ASSERT_TRUE(import_sightings(*this->store_, "day1.csv", buckets, sightings));
  auto open = this->store_->feed_closed_before();
  ASSERT_TRUE(open) << open.error().message;
  EXPECT_FALSE(*open);
  auto before = this->store_->count_feed_events({2026, 1}, {2026, 12});
  ASSERT_TRUE(before);

  auto pruned = this->store_->prune_feed_months({2026, 10});
  ASSERT_TRUE(pruned) << pruned.error().message;
  EXPECT_EQ(pruned->identities, 2);  // September's two events
  EXPECT_EQ(pruned->hosts, 2);       // and its two hosts
  EXPECT_EQ(pruned->closed_before, (model::YearMonth{2026, 10}));
  auto after = this->store_->count_feed_events({2026, 1}, {2026, 12});
  ASSERT_TRUE(after);
  EXPECT_EQ(*after, *before);  // the counts stay
  auto closed = this->store_->feed_closed_before();
  ASSERT_TRUE(closed);
  EXPECT_EQ(*closed, (model::YearMonth{2026, 10}));

  // October is open: its events are still told apart.
  const std::vector<model::FeedSighting> again = {sighting(1, 3, 100), sighting(1, 5, 100)};
  auto second = import_sightings(*this->store_, "day2.csv", buckets, again);
  ASSERT_TRUE(second) << second.error().message;
  EXPECT_EQ(second->duplicates, 1);
  EXPECT_EQ(second->counted, 1);

  // An earlier month does not reopen anything.
  auto earlier = this->store_->prune_feed_months({2026, 8});
  ASSERT_TRUE(earlier) << earlier.error().message;
  EXPECT_EQ(earlier->identities, 0);
  EXPECT_EQ(earlier->closed_before, (model::YearMonth{2026, 10}));
  closed = this->store_->feed_closed_before();
  ASSERT_TRUE(closed);
  EXPECT_EQ(*closed, (model::YearMonth{2026, 10}));
}

TYPED_TEST(StoreConformance, RawFeedEventsAreKeptOnlyWithinRetention) {
  const std::vector<model::FeedBucket> buckets = {feed_bucket({2026, 10})};
  const std::vector<model::FeedSighting> sightings = {
      sighting(0, 1, 100, 1000), sighting(0, 2, 100, 2000), sighting(0, 2, 100, 2000),
      sighting(0, 3, 100, 3000)};
  const std::vector<RawFeedEvent> raw = {
      {R"({"n":1})"}, {R"({"n":2})"}, {R"({"n":2})"}, {R"({"n":3})"}};
  auto off = import_sightings(*this->store_, "off.jsonl", buckets, sightings, {}, raw);
  ASSERT_TRUE(off) << off.error().message;
  EXPECT_EQ(off->raw_stored, 0);  // off by default
  auto none = this->store_->count_raw_feed_events();
  ASSERT_TRUE(none);
  EXPECT_EQ(*none, 0);

  const std::vector<model::FeedSighting> later = {
      sighting(0, 11, 100, 1000), sighting(0, 12, 100, 2000), sighting(0, 12, 100, 2000),
      sighting(0, 13, 100, 3000)};
  FeedImportOptions keep;
  keep.keep_raw_since = 1500;
  auto on = import_sightings(*this->store_, "on.jsonl", buckets, later, keep, raw);
  ASSERT_TRUE(on) << on.error().message;
  EXPECT_EQ(on->raw_stored, 2);  // 12 (once: the second is a duplicate) and 13
  keep.keep_raw_since = 2500;
  const std::vector<model::FeedSighting> none_new = {sighting(0, 13, 100, 3000)};
  auto expire = import_sightings(*this->store_, "expire.jsonl", buckets, none_new, keep);
  ASSERT_TRUE(expire) << expire.error().message;
  EXPECT_EQ(expire->raw_expired, 1);
  auto kept = this->store_->count_raw_feed_events();
  ASSERT_TRUE(kept);
  EXPECT_EQ(*kept, 1);
}

// Enough sightings, in no time order and with duplicates, that a store
// writing raw events in groups has full groups and a remainder; the
// expected figures come from a plain walk over the sightings.
TYPED_TEST(StoreConformance, RawFeedEventsOfNewEventsOnlyAtAnyBatchSize) {
  const std::vector<model::FeedBucket> buckets = {feed_bucket({2026, 10})};
  constexpr std::int64_t kSince = 10'050;
  FeedImportOptions keep;
  keep.keep_raw_since = kSince;
  std::set<std::uint64_t> seen;
  std::vector<std::int64_t> kept_times;  // of the raw events stored so far
  // Two files of 200 sightings from identity `first` on, the last 50 of each
  // repeating its first 50, with times scattered over 200 seconds. The
  // second file's first 50 identities were counted with the first file:
  // their raw events are not stored again.
  for (const auto& [name, first] : {std::pair{"one.jsonl", 1000U}, {"two.jsonl", 1100U}}) {
    std::vector<model::FeedSighting> sightings;
    std::vector<std::string> json;
    std::int64_t expected_counted = 0;
    std::int64_t expected_stored = 0;
    for (std::uint64_t i = 0; i < 200; ++i) {
      const std::uint64_t identity = first + i % 150;
      const std::int64_t time = 10'000 + static_cast<std::int64_t>(i * 7919 % 200);
      sightings.push_back(sighting(0, identity, 100 + identity % 7, time));
      json.push_back(R"({"identity":)" + std::to_string(identity) + "}");
      if (!seen.insert(identity).second) continue;
      ++expected_counted;
      if (time < kSince) continue;
      ++expected_stored;
      kept_times.push_back(time);
    }
    std::vector<RawFeedEvent> raw;
    for (const std::string& text : json) raw.push_back({text});
    auto receipt = import_sightings(*this->store_, name, buckets, sightings, keep, raw);
    ASSERT_TRUE(receipt) << receipt.error().message;
    EXPECT_EQ(receipt->counted, expected_counted) << name;
    EXPECT_EQ(receipt->raw_stored, expected_stored) << name;
  }
  auto stored = this->store_->count_raw_feed_events();
  ASSERT_TRUE(stored);
  EXPECT_EQ(*stored, static_cast<std::int64_t>(kept_times.size()));

  // Expiry deletes exactly the raw events older than the new limit.
  keep.keep_raw_since = 10'120;
  const auto older = std::count_if(kept_times.begin(), kept_times.end(),
                                   [&](std::int64_t time) { return time < 10'120; });
  ASSERT_GT(older, 0);
  auto expire = import_sightings(*this->store_, "three.jsonl", buckets,
                                 std::vector<model::FeedSighting>{sighting(0, 1000, 100)}, keep);
  ASSERT_TRUE(expire) << expire.error().message;
  EXPECT_EQ(expire->raw_expired, older);
  auto left = this->store_->count_raw_feed_events();
  ASSERT_TRUE(left);
  EXPECT_EQ(*left, static_cast<std::int64_t>(kept_times.size()) - older);
}

TYPED_TEST(StoreConformance, RecordsAppliedMigrationsInOrder) {
  auto applied = this->store_->applied_migrations();
  ASSERT_TRUE(applied);
  // Every migration this build knows, in order (numbers written side by
  // side may land with a gap for a while).
  const auto known = schema_migrations();
  ASSERT_EQ(applied->size(), known.size());
  for (std::size_t i = 0; i < applied->size(); ++i) {
    EXPECT_EQ((*applied)[i].version, known[i].version);
    if (i > 0) {
      EXPECT_LT((*applied)[i - 1].version, (*applied)[i].version);
    }
  }
}

// A document-drafted incident as the app would make it.
model::Incident make_draft(std::string title, const char* reported, std::int64_t people) {
  model::Incident draft =
      make_incident(std::move(title), Field::kBreachesLeaks, Severity::kMedium, reported);
  draft.organization = {"Esimerkki Palvelut Oy", model::Sector::kOther};
  draft.status = model::IncidentStatus::kDraft;
  draft.affected_people = people;
  draft.id = model::incident_content_id(draft);
  return draft;
}

DocumentSource document_named(const std::string& name, const std::string& text) {
  return {{name, base::content_digest(text), static_cast<std::int64_t>(text.size())},
          text,
          "fi",
          *model::parse_iso_instant("2026-02-06T10:00")};
}

TYPED_TEST(StoreConformance, DocumentDraftsThenUpdatesOneIncident) {
  Store& store = *this->store_;
  const model::Incident draft = make_draft("Tietomurto", "2026-01-30", 20000);
  const DocumentSource first = document_named("tiedote.txt", "Arvio: 20 000 käyttäjää.");
  auto placed = store.put_document(first, draft, {});
  ASSERT_TRUE(placed) << placed.error().message;
  EXPECT_EQ(placed->incident_id, draft.id);
  EXPECT_EQ(placed->version, 1);
  EXPECT_FALSE(placed->already_stored);

  model::Incident updated = draft;
  updated.affected_people = 50000;
  updated.sources.push_back("paivitys.txt");
  const DocumentSource second = document_named("paivitys.txt", "Arvio: 50 000 käyttäjää.");
  const std::vector<FactChange> changes = {{"affected_people", "20000", "50000"}};
  auto linked = store.put_document(second, updated, changes);
  ASSERT_TRUE(linked) << linked.error().message;
  EXPECT_EQ(linked->incident_id, draft.id);
  EXPECT_EQ(linked->version, 2);

  auto back = store.get_incident(draft.id);
  ASSERT_TRUE(back) << back.error().message;
  EXPECT_EQ(*back, updated);
  auto timeline = store.incident_timeline(draft.id);
  ASSERT_TRUE(timeline) << timeline.error().message;
  ASSERT_EQ(timeline->size(), 2U);
  EXPECT_EQ((*timeline)[0].number, 1);
  EXPECT_EQ((*timeline)[0].document_name, "tiedote.txt");
  EXPECT_TRUE((*timeline)[0].changes.empty());
  EXPECT_EQ((*timeline)[1].document_digest, second.file.digest);
  EXPECT_EQ((*timeline)[1].ingested_at, second.ingested_at);
  EXPECT_EQ((*timeline)[1].changes, changes);
  auto text = store.document_text(second.file.digest);
  ASSERT_TRUE(text);
  EXPECT_EQ(*text, second.text);

  // The same document again changes nothing and says where it went.
  auto again = store.put_document(first, draft, {});
  ASSERT_TRUE(again);
  EXPECT_TRUE(again->already_stored);
  EXPECT_EQ(again->version, 1);
  auto found = store.find_document(second.file.digest);
  ASSERT_TRUE(found);
  ASSERT_TRUE(*found);
  EXPECT_EQ((*found)->version, 2);
  auto still = store.get_incident(draft.id);
  ASSERT_TRUE(still);
  EXPECT_EQ(still->affected_people, 50000);
}

TYPED_TEST(StoreConformance, MissingDocumentIsNotFound) {
  auto found = this->store_->find_document(base::content_digest("nothing"));
  ASSERT_TRUE(found);
  EXPECT_FALSE(*found);
  auto text = this->store_->document_text(base::content_digest("nothing"));
  ASSERT_FALSE(text);
  EXPECT_EQ(text.error().code, base::ErrorCode::kNotFound);
  auto timeline = this->store_->incident_timeline("0123456789abcdef0123456789abcdef");
  ASSERT_TRUE(timeline);
  EXPECT_TRUE(timeline->empty());
}

TYPED_TEST(StoreConformance, DraftsAreListedOnlyWhenAskedAndNeverCounted) {
  Store& store = *this->store_;
  const model::Incident draft = make_draft("Luonnos", "2026-01-30", 100);
  ASSERT_TRUE(store.put_document(document_named("a.txt", "a"), draft, {}));
  const model::Incident reviewed =
      make_incident("Ilmoitus", Field::kBreachesLeaks, Severity::kMedium, "2026-01-29");
  ASSERT_TRUE(store.put_incidents(source_named("n.jsonl"), {&reviewed, 1}));

  auto listed = store.find_incidents({});
  ASSERT_TRUE(listed);
  ASSERT_EQ(listed->size(), 1U);
  EXPECT_EQ((*listed)[0].id, reviewed.id);
  IncidentQuery with_drafts;
  with_drafts.with_drafts = true;
  auto all = store.find_incidents(with_drafts);
  ASSERT_TRUE(all);
  EXPECT_EQ(all->size(), 2U);
  IncidentQuery drafts_only;
  drafts_only.month = model::YearMonth{2026, 1};
  drafts_only.drafts_only = true;
  auto drafts = store.find_incidents(drafts_only);
  ASSERT_TRUE(drafts);
  ASSERT_EQ(drafts->size(), 1U);
  EXPECT_EQ((*drafts)[0].id, draft.id);
  auto counts = store.count_incidents({2026, 1}, {2026, 1});
  ASSERT_TRUE(counts);
  const std::vector<MonthFieldCount> expected = {
      {{2026, 1}, Field::kBreachesLeaks, Severity::kMedium, 1}};
  EXPECT_EQ(*counts, expected);
}

TYPED_TEST(StoreConformance, FindsLinkCandidatesByOrganizationAndTime) {
  Store& store = *this->store_;
  const model::Incident january = make_draft("Tammikuu", "2026-01-30", 1);
  const model::Incident june = make_draft("Kesäkuu", "2026-06-30", 2);
  model::Incident other = make_draft("Toinen", "2026-01-30", 3);
  other.organization.name = "Toinen Oy";
  other.id = model::incident_content_id(other);
  ASSERT_TRUE(store.put_document(document_named("1.txt", "1"), january, {}));
  ASSERT_TRUE(store.put_document(document_named("2.txt", "2"), june, {}));
  ASSERT_TRUE(store.put_document(document_named("3.txt", "3"), other, {}));
  // A notification of the same organisation is no candidate: it has no
  // document to compare with.
  model::Incident notified =
      make_incident("Ilmoitus", Field::kNetwork, Severity::kLow, "2026-02-01");
  notified.organization.name = "Esimerkki Palvelut Oy";
  notified.id = model::incident_content_id(notified);
  ASSERT_TRUE(store.put_incidents(source_named("n.jsonl"), {&notified, 1}));

  LinkCandidateQuery query{"Esimerkki Palvelut Oy", *model::parse_iso_instant("2026-01-01"),
                           *model::parse_iso_instant("2026-03-01")};
  auto found = store.find_link_candidates(query);
  ASSERT_TRUE(found) << found.error().message;
  ASSERT_EQ(found->size(), 1U);
  EXPECT_EQ((*found)[0].id, january.id);
  std::swap(query.from, query.to);
  EXPECT_FALSE(store.find_link_candidates(query));
}

// --- Warnings, the KEV catalog and status overrides ---

model::Warning make_warning(const char* issued, model::WarningLevel level, Field field) {
  model::Warning warning;
  warning.level = level;
  warning.fields = {field};
  warning.titles[static_cast<std::size_t>(model::Language::kFi)] =
      "Kampanja 'x'; DROP TABLE warnings;";
  warning.issued = *model::parse_calendar_date(issued);
  warning.active_since = warning.issued;
  return warning;
}

TYPED_TEST(StoreConformance, WarningsAreNumberedPerYearAndRoundTrip) {
  Store& store = *this->store_;
  model::Warning full =
      make_warning("2026-03-10", model::WarningLevel::kRed, Field::kMalwareVulnerabilities);
  full.fields.push_back(Field::kAutomationIot);
  full.titles[static_cast<std::size_t>(model::Language::kEn)] = "Critical flaw";
  full.active_since = *model::parse_calendar_date("2026-02-27");
  full.cves = {"CVE-2026-0001", "CVE-2025-123456"};
  auto first = store.add_warning(full);
  ASSERT_TRUE(first) << first.error().message;
  EXPECT_EQ(*first, (model::WarningNumber{1, 2026}));
  auto second =
      store.add_warning(make_warning("2026-01-02", model::WarningLevel::kYellow, Field::kNetwork));
  ASSERT_TRUE(second);
  EXPECT_EQ(second->to_string(), "2/2026");  // numbers follow adding order within a year
  auto other_year =
      store.add_warning(make_warning("2025-12-31", model::WarningLevel::kYellow, Field::kNetwork));
  ASSERT_TRUE(other_year);
  EXPECT_EQ(other_year->to_string(), "1/2025");

  auto back = store.get_warning({1, 2026});
  ASSERT_TRUE(back) << back.error().message;
  full.number = {1, 2026};
  EXPECT_EQ(*back, full);
  EXPECT_EQ(store.get_warning({9, 2026}).error().code, base::ErrorCode::kNotFound);

  auto all = store.find_warnings({});
  ASSERT_TRUE(all);
  ASSERT_EQ(all->size(), 3U);
  EXPECT_EQ((*all)[0].number.to_string(), "1/2025");
  EXPECT_EQ((*all)[2].number.to_string(), "2/2026");
}

TYPED_TEST(StoreConformance, RejectsInvalidWarnings) {
  Store& store = *this->store_;
  model::Warning warning = make_warning("2026-03-10", model::WarningLevel::kRed, Field::kNetwork);
  warning.active_since = *model::parse_calendar_date("2026-03-11");
  EXPECT_EQ(store.add_warning(warning).error().code, base::ErrorCode::kInvalidInput);
  warning = make_warning("2026-03-10", model::WarningLevel::kRed, Field::kNetwork);
  warning.cves = {"CVE-26-1"};
  EXPECT_EQ(store.add_warning(warning).error().code, base::ErrorCode::kInvalidInput);
  auto all = store.find_warnings({});
  ASSERT_TRUE(all);
  EXPECT_TRUE(all->empty());
  // A rejected warning used no number.
  auto added =
      store.add_warning(make_warning("2026-03-10", model::WarningLevel::kRed, Field::kNetwork));
  ASSERT_TRUE(added);
  EXPECT_EQ(added->to_string(), "1/2026");
}

TYPED_TEST(StoreConformance, RetiresOnceAndNotBeforeIssue) {
  Store& store = *this->store_;
  ASSERT_TRUE(
      store.add_warning(make_warning("2026-03-10", model::WarningLevel::kRed, Field::kNetwork)));
  const model::WarningNumber number{1, 2026};
  EXPECT_EQ(store.retire_warning(number, *model::parse_calendar_date("2026-03-09")).error().code,
            base::ErrorCode::kInvalidInput);
  EXPECT_EQ(store.retire_warning({2, 2026}, *model::parse_calendar_date("2026-04-01")).error().code,
            base::ErrorCode::kNotFound);
  ASSERT_TRUE(store.retire_warning(number, *model::parse_calendar_date("2026-04-15")));
  const auto twice = store.retire_warning(number, *model::parse_calendar_date("2026-04-20"));
  ASSERT_FALSE(twice);
  EXPECT_EQ(twice.error().code, base::ErrorCode::kConflict);
  EXPECT_NE(twice.error().message.find("2026-04-15"), std::string::npos);
  auto back = store.get_warning(number);
  ASSERT_TRUE(back);
  EXPECT_EQ(back->retired, model::parse_calendar_date("2026-04-15"));
  // A retired warning's level is history.
  EXPECT_EQ(store.set_warning_level(number, model::WarningLevel::kYellow).error().code,
            base::ErrorCode::kConflict);
}

TYPED_TEST(StoreConformance, FindsWarningsInForceInAMonth) {
  Store& store = *this->store_;
  for (const char* issued : {"2026-02-28", "2026-03-31", "2026-04-01", "2026-01-15"}) {
    ASSERT_TRUE(
        store.add_warning(make_warning(issued, model::WarningLevel::kYellow, Field::kNetwork)));
  }
  // 4/2026 (issued in January) is retired on 1 March: not in force in March.
  ASSERT_TRUE(store.retire_warning({4, 2026}, *model::parse_calendar_date("2026-03-01")));
  // 1/2026 is retired on 2 March: in force on 1 March.
  ASSERT_TRUE(store.retire_warning({1, 2026}, *model::parse_calendar_date("2026-03-02")));
  auto march = store.find_warnings({model::YearMonth{2026, 3}});
  ASSERT_TRUE(march) << march.error().message;
  std::vector<std::string> numbers;
  for (const auto& warning : *march) {
    EXPECT_TRUE(model::warning_in_force(warning, {2026, 3}));
    numbers.push_back(warning.number.to_string());
  }
  EXPECT_EQ(numbers, (std::vector<std::string>{"1/2026", "2/2026"}));
}

TYPED_TEST(StoreConformance, RaisesTheLevelOfAWarningInForce) {
  Store& store = *this->store_;
  ASSERT_TRUE(
      store.add_warning(make_warning("2026-03-10", model::WarningLevel::kYellow, Field::kNetwork)));
  ASSERT_TRUE(store.set_warning_level({1, 2026}, model::WarningLevel::kRed));
  EXPECT_EQ(store.get_warning({1, 2026})->level, model::WarningLevel::kRed);
  EXPECT_EQ(store.set_warning_level({2, 2026}, model::WarningLevel::kRed).error().code,
            base::ErrorCode::kNotFound);
}

TYPED_TEST(StoreConformance, KevCatalogIsStoredIdempotentlyAndNewerWins) {
  Store& store = *this->store_;
  const std::vector<KevRecord> records = {
      {"CVE-2021-44228", "Apache", "Log4j2", "Apache Log4j2 RCE", "2021-12-10", true},
      {"CVE-2023-4966", "Citrix", "NetScaler", "Citrix Bleed", "2023-10-18", false},
  };
  const KevCatalogInfo october{"2026.10.01", "2026-10-01T12:00:00.000Z"};
  auto first = store.put_kev_records(october, records);
  ASSERT_TRUE(first) << first.error().message;
  EXPECT_EQ(first->added, 2);
  auto again = store.put_kev_records(october, records);
  ASSERT_TRUE(again);
  EXPECT_EQ(again->added, 0);
  EXPECT_EQ(again->updated, 0);
  EXPECT_EQ(again->unchanged, 2);

  std::vector<KevRecord> newer = records;
  newer[1].known_ransomware = true;
  const KevCatalogInfo november{"2026.11.01", "2026-11-01T12:00:00.000Z"};
  auto updated = store.put_kev_records(november, newer);
  ASSERT_TRUE(updated);
  EXPECT_EQ(updated->updated, 1);
  EXPECT_EQ(updated->unchanged, 1);
  // The older catalog imported later does not undo the newer one.
  auto older = store.put_kev_records(october, records);
  ASSERT_TRUE(older);
  EXPECT_EQ(older->updated, 0);

  const std::vector<std::string> wanted = {"CVE-2023-4966", "CVE-2099-0001", "CVE-2023-4966"};
  auto found = store.find_kev_records(wanted);
  ASSERT_TRUE(found) << found.error().message;
  ASSERT_EQ(found->size(), 1U);
  EXPECT_EQ((*found)[0], newer[1]);

  const std::vector<KevRecord> bad = {{"not-a-cve", "", "", "", "2021-12-10", false}};
  EXPECT_EQ(store.put_kev_records(november, bad).error().code, base::ErrorCode::kInvalidInput);
  const std::vector<KevRecord> bad_date = {{"CVE-2026-0001", "", "", "", "2026-02-30", false}};
  EXPECT_EQ(store.put_kev_records(november, bad_date).error().code, base::ErrorCode::kInvalidInput);
}

TYPED_TEST(StoreConformance, StatusOverrideLatestWinsAndClears) {
  Store& store = *this->store_;
  const model::YearMonth month{2026, 10};
  ASSERT_TRUE(store.put_status_override(
      {month, Field::kScamsPhishing, "serious", "Kampanja pankin nimissä", 100}));
  ASSERT_TRUE(store.put_status_override({month, Field::kNetwork, "worrying", "DDoS", 110}));
  ASSERT_TRUE(store.put_status_override(
      {month, Field::kScamsPhishing, "worrying", "Arvio tarkentui", 200}));
  ASSERT_TRUE(store.put_status_override({{2026, 11}, Field::kNetwork, "calm", "Hiljaista", 300}));
  auto found = store.find_status_overrides(month);
  ASSERT_TRUE(found) << found.error().message;
  ASSERT_EQ(found->size(), 2U);
  EXPECT_EQ((*found)[0], (StatusOverride{month, Field::kNetwork, "worrying", "DDoS", 110}));
  EXPECT_EQ((*found)[1],
            (StatusOverride{month, Field::kScamsPhishing, "worrying", "Arvio tarkentui", 200}));

  ASSERT_TRUE(store.clear_status_override(month, Field::kNetwork));
  EXPECT_EQ(store.clear_status_override(month, Field::kNetwork).error().code,
            base::ErrorCode::kNotFound);
  EXPECT_EQ(store.find_status_overrides(month)->size(), 1U);

  EXPECT_EQ(store.put_status_override({month, Field::kNetwork, "stormy", "x", 1}).error().code,
            base::ErrorCode::kInvalidInput);
  EXPECT_EQ(store.put_status_override({month, Field::kNetwork, "calm", "  ", 1}).error().code,
            base::ErrorCode::kInvalidInput);
}

// Report lifecycle.

TYPED_TEST(StoreConformance, UnlabelledReportIsADraftWithTheDefaultTlp) {
  auto release = this->store_->report_release({2026, 10});
  ASSERT_TRUE(release) << release.error().message;
  EXPECT_EQ(release->month, (model::YearMonth{2026, 10}));
  EXPECT_EQ(release->state, model::ReportState::kDraft);
  EXPECT_EQ(release->tlp, model::kDefaultReportTlp);
  EXPECT_FALSE(release->reviewed_at);
  EXPECT_TRUE(release->files.empty());
  auto file = this->store_->published_report_file({2026, 10}, "fi", "html");
  ASSERT_TRUE(file);
  EXPECT_FALSE(*file);
}

TYPED_TEST(StoreConformance, ReportGoesForwardFromDraftToReviewedToPublished) {
  Store& store = *this->store_;
  const model::YearMonth month{2026, 10};
  auto reviewed = store.review_report(month, model::Tlp::kGreen, 1000);
  ASSERT_TRUE(reviewed) << reviewed.error().message;
  EXPECT_EQ(reviewed->state, model::ReportState::kReviewed);
  EXPECT_EQ(reviewed->tlp, model::Tlp::kGreen);
  EXPECT_EQ(reviewed->reviewed_at, 1000);

  // A PDF holds any bytes, NULs included; they come back exactly.
  constexpr char kPdfBytes[] = "%PDF-1.4\n\0\xFF\xFE binary";
  const std::string pdf(kPdfBytes, sizeof kPdfBytes - 1);  // the NUL inside kept
  ASSERT_EQ(pdf.size(), 19U);
  const std::vector<ReportFile> files = {{"fi", "html", "<p>Kybersää</p>"}, {"fi", "pdf", pdf}};
  auto published = store.publish_report(month, model::Tlp::kAmber, 2000, files);
  ASSERT_TRUE(published) << published.error().message;
  EXPECT_EQ(published->state, model::ReportState::kPublished);
  EXPECT_EQ(published->tlp, model::Tlp::kAmber);
  EXPECT_EQ(published->reviewed_at, 1000);
  EXPECT_EQ(published->published_at, 2000);
  ASSERT_EQ(published->files.size(), 2U);
  EXPECT_EQ(published->files[1], (ReportFileInfo{"fi", "pdf", static_cast<std::int64_t>(pdf.size()),
                                                 base::content_digest(pdf)}));
  EXPECT_EQ(store.published_report_file(month, "fi", "pdf").value(), pdf);
  EXPECT_EQ(store.published_report_file(month, "fi", "html").value(), "<p>Kybersää</p>");
  EXPECT_FALSE(store.published_report_file(month, "sv", "html").value());
  // Other months are untouched.
  EXPECT_EQ(store.report_release({2026, 9})->state, model::ReportState::kDraft);
}

TYPED_TEST(StoreConformance, ReportRefusesEveryOtherTransition) {
  Store& store = *this->store_;
  const model::YearMonth month{2026, 10};
  const std::vector<ReportFile> files = {{"en", "md", "# Report"}};
  // A draft cannot be published before it is reviewed.
  auto early = store.publish_report(month, model::Tlp::kClear, 1, files);
  ASSERT_FALSE(early);
  EXPECT_EQ(early.error().code, base::ErrorCode::kConflict);
  EXPECT_NE(early.error().message.find("2026-10 is draft; only a reviewed report can be published"),
            std::string::npos)
      << early.error().message;
  EXPECT_EQ(store.report_release(month)->state, model::ReportState::kDraft);

  ASSERT_TRUE(store.review_report(month, model::Tlp::kClear, 2));
  auto twice = store.review_report(month, model::Tlp::kRed, 3);
  ASSERT_FALSE(twice);
  EXPECT_EQ(twice.error().code, base::ErrorCode::kConflict);
  EXPECT_EQ(store.report_release(month)->tlp, model::Tlp::kClear);

  ASSERT_TRUE(store.publish_report(month, model::Tlp::kClear, 4, files));
  auto again = store.publish_report(month, model::Tlp::kClear, 5, {{{"fi", "md", "# Raportti"}}});
  ASSERT_FALSE(again);
  EXPECT_EQ(again.error().code, base::ErrorCode::kConflict);
  auto back = store.review_report(month, model::Tlp::kClear, 6);
  ASSERT_FALSE(back);
  EXPECT_NE(back.error().message.find("is published; only a draft report can be reviewed"),
            std::string::npos)
      << back.error().message;
  // The refused transitions changed nothing.
  auto release = store.report_release(month);
  EXPECT_EQ(release->published_at, 4);
  ASSERT_EQ(release->files.size(), 1U);
  EXPECT_EQ(release->files[0].language, "en");
}

TYPED_TEST(StoreConformance, PublishRefusesFilesItCannotStoreAsOne) {
  Store& store = *this->store_;
  const model::YearMonth month{2026, 10};
  ASSERT_TRUE(store.review_report(month, model::Tlp::kClear, 1));
  auto none = store.publish_report(month, model::Tlp::kClear, 2, {});
  ASSERT_FALSE(none);
  EXPECT_EQ(none.error().code, base::ErrorCode::kInvalidInput);
  const std::vector<ReportFile> doubled = {{"fi", "html", "a"}, {"fi", "html", "b"}};
  auto twice = store.publish_report(month, model::Tlp::kClear, 2, doubled);
  ASSERT_FALSE(twice);
  EXPECT_NE(twice.error().message.find("fi/html given twice"), std::string::npos);
  EXPECT_EQ(store.report_release(month)->state, model::ReportState::kReviewed);
}

// --- Report content ---------------------------------------------------------

model::ContentItem make_item(std::string id, Field field, int order) {
  model::ContentItem item;
  item.id = std::move(id);
  item.month = {2026, 10};
  item.field = field;
  item.order = order;
  model::in_language(item.texts, model::Language::kFi) =
      model::ItemText{"Pankin nimissä tekstiviestejä",
                      {"Yli 300 ilmoitusta", "'; DROP TABLE content_items; --"},
                      "Älä avaa linkkejä.",
                      "Pankkihuijaukset lisääntyivät"};
  return item;
}

model::MonthContent make_content() {
  model::MonthContent content;
  content.month = {2026, 10};
  content.items = {make_item("sms-bank", Field::kScamsPhishing, 2),
                   make_item("ddos-wave", Field::kNetwork, 1),
                   make_item("sms-parcel", Field::kScamsPhishing, 1)};
  content.items[0].status = model::ItemStatus::kApproved;
  content.items[1].incident_id = "abc123";
  model::in_language(content.items[1].texts, model::Language::kEn) =
      model::ItemText{"DDoS wave", {"Peaks of 40 Gbit/s"}, "Prepare with your ISP.", ""};
  model::Threat threat;
  threat.id = "ransomware";
  threat.rank = 1;
  threat.metrics = {"notifications"};
  model::in_language(threat.texts, model::Language::kFi) =
      model::ThreatText{"Kiristyshaittaohjelmat", "Kuvaus", "Esimerkkitapaus"};
  model::Threat second = threat;
  second.id = "phishing";
  second.rank = 2;
  content.threats = std::vector<model::Threat>{threat, second};
  model::Development development;
  development.id = "nis2";
  development.kind = model::DevelopmentKind::kLegislation;
  model::in_language(development.texts, model::Language::kSv) =
      model::DevelopmentText{"Cybersäkerhetslagen", "Träder i kraft."};
  content.developments = std::vector<model::Development>{development};
  model::HowToReport how;
  model::in_language(how.texts, model::Language::kEn) =
      model::HowToReportText{"Report to us.", {"Web form: example.fi/report"}};
  content.how_to_report = how;
  return content;
}

TYPED_TEST(StoreConformance, StoresMonthContentAndReadsItBackInReportOrder) {
  const model::MonthContent content = make_content();
  auto receipt = this->store_->put_month_content(content);
  ASSERT_TRUE(receipt) << receipt.error().message;
  EXPECT_EQ(receipt->items_inserted, 3);
  EXPECT_EQ(receipt->sections_replaced, 3);

  auto stored = this->store_->month_content({2026, 10});
  ASSERT_TRUE(stored) << stored.error().message;
  ASSERT_EQ(stored->items.size(), 3U);
  // Field order first (network before scams-phishing), then order, then id.
  EXPECT_EQ(stored->items[0], content.items[1]);
  EXPECT_EQ(stored->items[1], content.items[2]);
  EXPECT_EQ(stored->items[2], content.items[0]);
  EXPECT_EQ(stored->threats, content.threats);
  EXPECT_EQ(stored->developments, content.developments);
  EXPECT_EQ(stored->how_to_report, content.how_to_report);

  auto other = this->store_->month_content({2026, 9});
  ASSERT_TRUE(other);
  EXPECT_TRUE(other->items.empty());
  EXPECT_FALSE(other->threats);
  EXPECT_FALSE(other->developments);
  EXPECT_FALSE(other->how_to_report);
}

TYPED_TEST(StoreConformance, StoringTheSameContentAgainChangesNothing) {
  const model::MonthContent content = make_content();
  ASSERT_TRUE(this->store_->put_month_content(content));
  auto again = this->store_->put_month_content(content);
  ASSERT_TRUE(again) << again.error().message;
  EXPECT_EQ(*again, (ContentReceipt{0, 0, 3, 0, 3}));

  model::MonthContent changed = content;
  changed.items[0].status = model::ItemStatus::kDraft;
  changed.threats->pop_back();
  changed.developments.reset();  // not in this file: the stored ones stay
  changed.how_to_report.reset();
  auto receipt = this->store_->put_month_content(changed);
  ASSERT_TRUE(receipt);
  EXPECT_EQ(*receipt, (ContentReceipt{0, 1, 2, 1, 0}));
  auto stored = this->store_->month_content({2026, 10});
  ASSERT_TRUE(stored);
  ASSERT_TRUE(stored->threats);
  EXPECT_EQ(stored->threats->size(), 1U);
  EXPECT_EQ(stored->developments, content.developments);
  EXPECT_EQ(stored->how_to_report, content.how_to_report);
}

TYPED_TEST(StoreConformance, RejectedContentLeavesTheStoreUntouched) {
  model::MonthContent content = make_content();
  content.items.push_back(make_item("no-bullets", Field::kEspionage, 1));
  model::in_language(content.items.back().texts, model::Language::kFi)->bullets.clear();
  auto receipt = this->store_->put_month_content(content);
  ASSERT_FALSE(receipt);
  EXPECT_EQ(receipt.error().code, base::ErrorCode::kInvalidInput);
  EXPECT_NE(receipt.error().message.find("no-bullets"), std::string::npos);

  content = make_content();
  content.items[0].month = {2026, 9};
  EXPECT_FALSE(this->store_->put_month_content(content));
  content = make_content();
  (*content.threats)[1].rank = 3;
  EXPECT_FALSE(this->store_->put_month_content(content));

  auto stored = this->store_->month_content({2026, 10});
  ASSERT_TRUE(stored);
  EXPECT_TRUE(stored->items.empty());
  EXPECT_FALSE(stored->threats);
}

TYPED_TEST(StoreConformance, PutsAndGetsOneContentItem) {
  auto missing = this->store_->get_content_item("nothing");
  ASSERT_FALSE(missing);
  EXPECT_EQ(missing.error().code, base::ErrorCode::kNotFound);

  model::ContentItem item = make_item("sms-bank", Field::kScamsPhishing, 1);
  ASSERT_TRUE(this->store_->put_content_item(item));
  item.status = model::ItemStatus::kApproved;
  model::in_language(item.texts, model::Language::kSv) =
      model::ItemText{"Bank-sms", {"Över 300 anmälningar"}, "Öppna inte länkar.", ""};
  ASSERT_TRUE(this->store_->put_content_item(item));
  auto stored = this->store_->get_content_item("sms-bank");
  ASSERT_TRUE(stored) << stored.error().message;
  EXPECT_EQ(*stored, item);

  model::ContentItem untitled = item;
  untitled.id = "untitled";
  model::in_language(untitled.texts, model::Language::kFi)->title.clear();
  EXPECT_FALSE(this->store_->put_content_item(untitled));
}

// DDoS measurements (key figures).
TYPED_TEST(StoreConformance, KeepsDdosMeasurementsAndListsThemByMonth) {
  model::Incident peak =
      make_incident("Peak", Field::kNetwork, Severity::kHigh, "2026-09-10T10:00");
  peak.ddos = model::DdosMeasurement{59.25, 12};
  peak.id = model::incident_content_id(peak);
  model::Incident duration =
      make_incident("Duration", Field::kNetwork, Severity::kLow, "2026-10-02T10:00");
  duration.ddos = model::DdosMeasurement{std::nullopt, 240};
  duration.id = model::incident_content_id(duration);
  model::Incident plain =
      make_incident("Plain", Field::kNetwork, Severity::kLow, "2026-10-03T10:00");
  model::Incident early =
      make_incident("Early", Field::kNetwork, Severity::kLow, "2026-08-03T10:00");
  early.ddos = model::DdosMeasurement{1.0, 1};
  early.id = model::incident_content_id(early);
  model::Incident draft =
      make_incident("Draft", Field::kNetwork, Severity::kLow, "2026-10-04T10:00");
  draft.status = model::IncidentStatus::kDraft;
  draft.ddos = model::DdosMeasurement{900.0, 5};
  draft.id = model::incident_content_id(draft);
  const std::vector<model::Incident> incidents = {peak, duration, plain, early, draft};
  ASSERT_TRUE(this->store_->put_incidents(source_named("d.jsonl"), incidents));

  auto back = this->store_->get_incident(peak.id);
  ASSERT_TRUE(back) << back.error().message;
  EXPECT_EQ(*back, peak);
  auto without = this->store_->get_incident(plain.id);
  ASSERT_TRUE(without) << without.error().message;
  EXPECT_FALSE(without->ddos);

  auto found = this->store_->find_ddos_measurements({2026, 9}, {2026, 10});
  ASSERT_TRUE(found) << found.error().message;
  const std::vector<DdosRecord> expected = {
      {{2026, 9}, Field::kNetwork, {59.25, 12}},
      {{2026, 10}, Field::kNetwork, {std::nullopt, 240}},
  };
  EXPECT_EQ(*found, expected);  // the August one is outside, the draft not counted
  EXPECT_FALSE(this->store_->find_ddos_measurements({2026, 10}, {2026, 9}));
}

}  // namespace
}  // namespace kybersaa::store
