#include "feed/aggregator.hpp"

#include <gtest/gtest.h>

#include <tuple>
#include <vector>

namespace kybersaa::feed {
namespace {

IntelmqEvent make_event(std::string_view ip, std::string_view time, std::int64_t port = 80,
                        std::string_view type = "vulnerable-system",
                        std::string_view feed = "Accessible-HTTP") {
  IntelmqEvent event;
  event.set("feed.name").set_string(feed);
  event.set("time.source").set_string(time);
  event.set("classification.taxonomy").set_string("vulnerable");
  event.set("classification.type").set_string(type);
  event.set("classification.identifier").set_string("http");
  event.set("source.ip").set_string(ip);
  event.set("source.port").set_integer(port);
  event.set("extra.banner").set_string("nginx");
  return event;
}

Constituency test_constituency() {
  auto loaded = Constituency::parse(R"(networks = ["192.0.2.0/24", "2001:db8::/32"])", "c.toml");
  EXPECT_TRUE(loaded);
  return *loaded;
}

TEST(Aggregator, FiltersToTheConstituencyAndBucketsByHelsinkiMonth) {
  const Constituency constituency = test_constituency();
  Aggregator aggregator(&constituency, "test");
  // Helsinki is at UTC+2 in late October: November begins at 22:00Z.
  ASSERT_TRUE(aggregator.add(make_event("192.0.2.1", "2024-10-31T22:00:00+00:00")));
  ASSERT_TRUE(aggregator.add(make_event("192.0.2.1", "2024-10-31T22:30:00+00:00")));
  ASSERT_TRUE(aggregator.add(make_event("2001:db8::1", "2024-10-31T21:59:59+00:00")));
  EXPECT_FALSE(aggregator.add(make_event("198.51.100.1", "2024-10-15T12:00:00+00:00")));
  EXPECT_FALSE(aggregator.add(make_event("192.0.2.2", "not a time")));
  IntelmqEvent other =
      make_event("192.0.2.2", "2024-10-15T12:00:00+00:00", 80, "undetermined", "Blocklist");
  other.set("classification.taxonomy").set_string("other");
  EXPECT_FALSE(aggregator.add(other));

  ASSERT_EQ(aggregator.buckets().size(), 2U);
  EXPECT_EQ(aggregator.buckets()[0].month, (model::YearMonth{2024, 11}));
  EXPECT_EQ(aggregator.buckets()[1].month, (model::YearMonth{2024, 10}));
  EXPECT_EQ(aggregator.buckets()[0].field, model::Field::kMalwareVulnerabilities);
  EXPECT_EQ(aggregator.buckets()[0].rsit, (model::RsitClass{"vulnerable", "vulnerable-system"}));
  EXPECT_EQ(aggregator.buckets()[0].feed, "Accessible-HTTP");
  ASSERT_EQ(aggregator.pending().size(), 3U);
  EXPECT_EQ(aggregator.pending()[0].bucket, 0U);
  EXPECT_EQ(aggregator.pending()[1].bucket, 0U);
  EXPECT_EQ(aggregator.pending()[2].bucket, 1U);
  // One host on two occasions: same host, two identities.
  EXPECT_EQ(aggregator.pending()[0].host, aggregator.pending()[1].host);
  EXPECT_NE(aggregator.pending()[0].identity, aggregator.pending()[1].identity);

  const AggregateSummary& summary = aggregator.summary();
  EXPECT_EQ(summary.events, 6U);
  EXPECT_EQ(summary.sightings, 3U);
  EXPECT_EQ(summary.outside, 1U);
  EXPECT_EQ(summary.undated, 1U);
  EXPECT_EQ(summary.unclassified, 1U);
  aggregator.clear_pending();
  EXPECT_TRUE(aggregator.pending().empty());
  EXPECT_EQ(aggregator.buckets().size(), 2U);
}

TEST(Aggregator, IdentityIgnoresObservationTimeAndExtras) {
  IntelmqEvent a = make_event("192.0.2.1", "2024-10-01T10:00:00+00:00");
  IntelmqEvent b = make_event("192.0.2.1", "2024-10-01T10:00:00+00:00");
  b.set("extra.banner").set_string("Apache");
  b.set("time.observation").set_string("2024-10-02T10:00:00+00:00");
  EXPECT_EQ(event_identity(read_event_fields(a)), event_identity(read_event_fields(b)));
  IntelmqEvent other_port = make_event("192.0.2.1", "2024-10-01T10:00:00+00:00", 8080);
  IntelmqEvent other_feed =
      make_event("192.0.2.1", "2024-10-01T10:00:00+00:00", 80, "vulnerable-system", "Other");
  EXPECT_NE(event_identity(read_event_fields(a)), event_identity(read_event_fields(other_port)));
  EXPECT_NE(event_identity(read_event_fields(a)), event_identity(read_event_fields(other_feed)));
}

TEST(Aggregator, HashesAreStableAcrossPlatforms) {
  // Stored in the store: a change here must come with a migration.
  const IntelmqEvent event = make_event("192.0.2.1", "2024-10-01T10:00:00+00:00");
  const EventFields fields = read_event_fields(event);  // views into `event`
  EXPECT_EQ(event_identity(fields), 0x5045b7d81399ebd3ULL);
  EXPECT_EQ(event_host(fields), 0x4d0e1bc6845259f5ULL);
}

TEST(Aggregator, HostIsIpElseFqdnElseUrlHost) {
  EventFields by_fqdn;
  by_fqdn.fqdn = "WWW.example.fi";
  EventFields by_url;
  by_url.url = "https://www.example.fi/login";
  EXPECT_EQ(event_host(by_fqdn), event_host(by_url));
  EXPECT_NE(event_host(by_fqdn), 0U);
  EXPECT_EQ(event_host(EventFields{}), 0U);
}

TEST(Aggregator, CountedFieldsAreTheFieldsItReads) {
  IntelmqEvent full = make_event("192.0.2.1", "2024-10-01T10:00:00+00:00");
  full.set("source.asn").set_integer(64500);
  full.set("source.fqdn").set_string("www.example.fi");
  full.set("source.url").set_string("http://www.example.fi/");
  full.set("source.geolocation.cc").set_string("FI");
  full.set("malware.name").set_string("emotet");
  full.set("source.reverse_dns").set_string("host.example.fi");
  full.set("time.observation").set_string("2024-10-02T10:00:00+00:00");
  IntelmqEvent counted;
  for (std::size_t i = 0; i < full.size(); ++i) {
    if (is_counted_field(full.entry(i).key)) counted.set(full.entry(i).key) = full.entry(i).value;
  }
  EXPECT_EQ(counted.size(), 12U);  // every counted field, and only those
  const EventFields a = read_event_fields(full);
  const EventFields b = read_event_fields(counted);
  EXPECT_EQ(event_identity(a), event_identity(b));
  EXPECT_EQ(event_host(a), event_host(b));
  EXPECT_EQ(std::tie(a.feed_name, a.time_source, a.taxonomy, a.type, a.identifier, a.ip, a.fqdn,
                     a.url, a.country, a.malware, a.port, a.asn),
            std::tie(b.feed_name, b.time_source, b.taxonomy, b.type, b.identifier, b.ip, b.fqdn,
                     b.url, b.country, b.malware, b.port, b.asn));
  EXPECT_EQ(a.country, "FI");
  EXPECT_EQ(a.asn, 64500);
  EXPECT_FALSE(is_counted_field("source.reverse_dns"));
  EXPECT_FALSE(is_counted_field("extra.tag"));
}

TEST(Aggregator, KeepsBucketsAndTimesRightAsEventsAlternate) {
  // Each event against a fresh aggregator: what the kept classification,
  // bucket and day must not change.
  const Constituency constituency = test_constituency();
  Aggregator aggregator(&constituency, "test");
  const std::vector<IntelmqEvent> events = {
      make_event("192.0.2.1", "2024-10-31T21:59:59+00:00"),
      make_event("192.0.2.1", "2024-10-31T22:00:00+00:00"),  // November in Helsinki
      make_event("192.0.2.2", "2024-10-31T21:00:00+00:00", 80, "infected-system"),
      make_event("192.0.2.2", "2024-11-01T01:00:00+00:00", 80, "infected-system"),
      make_event("192.0.2.3", "2024-10-31T23:00:00+00:00", 80, "vulnerable-system", "Other"),
      make_event("192.0.2.1", "2024-10-30T10:00:00+00:00"),
      make_event("192.0.2.1", "2024-10-31T22:00:00+02:00"),  // not canonical: 20:00Z
      make_event("192.0.2.1", "2024-10-31T25:00:00+00:00"),  // not a time
      make_event("192.0.2.1", "2024-10-31T20:00:00+00:00"),
  };
  std::vector<std::optional<model::FeedSighting>> sightings;
  for (const auto& event : events) sightings.push_back(aggregator.add(event));
  for (std::size_t i = 0; i < events.size(); ++i) {
    Aggregator fresh(&constituency, "test");
    const auto expected = fresh.add(events[i]);
    ASSERT_EQ(sightings[i].has_value(), expected.has_value()) << i;
    if (!expected) continue;
    EXPECT_EQ(sightings[i]->time, expected->time) << i;
    EXPECT_EQ(sightings[i]->identity, expected->identity) << i;
    EXPECT_EQ(aggregator.buckets()[sightings[i]->bucket], fresh.buckets()[expected->bucket]) << i;
  }
  EXPECT_FALSE(sightings[7]);
  EXPECT_EQ(sightings[6]->time, sightings[8]->time);
  EXPECT_EQ(aggregator.buckets().size(), 5U);  // 2 months × 2 types, 1 other feed
}

TEST(Aggregator, WithoutAConstituencyEveryEventCounts) {
  Aggregator aggregator(nullptr, "intelmq");
  IntelmqEvent event = make_event("198.51.100.1", "2024-10-15T12:00:00+00:00");
  event.erase("feed.name");
  ASSERT_TRUE(aggregator.add(event));
  EXPECT_EQ(aggregator.buckets()[0].feed, "intelmq");
}

}  // namespace
}  // namespace kybersaa::feed
