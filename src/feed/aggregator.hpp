#pragma once
// From events to sightings: the stage between a feed parser and the store.
// Each event is filtered to the constituency, classified into a report field
// and a bucket (Helsinki month × field × RSIT class × feed), and reduced to
// its identity and host hashes. Counting distinct events and hosts happens
// where the sightings are kept (the store), so that an event seen in two
// files, or a host seen on two days of a month, counts once however the
// files arrive, and memory here stays bounded: a few hundred buckets and one
// batch of sightings, whatever the file size.
//
// The identity of an event (two events with equal identity are one event
// reported twice) is the hash of these fields, each as IntelMQ writes it:
//   feed.name, time.source, classification.taxonomy, classification.type,
//   classification.identifier, source.ip, source.port, source.fqdn,
//   source.url, malware.name.
// time.observation, raw and extra.* are not part of it: the same scan result
// re-sent later, or with another banner text, is the same event.
//
// The hashes are 64-bit FNV-1a with a final mix, the same on every platform
// (they are stored). Two distinct events collide with probability about
// n²/2^65: for a billion events, below 3 %, and then one event is lost from
// the counts.

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "feed/constituency.hpp"
#include "feed/intelmq_event.hpp"
#include "model/feed_count.hpp"

namespace kybersaa::feed {

// What happened to each event given to the aggregator.
struct AggregateSummary {
  std::uint64_t events = 0;        // events given
  std::uint64_t sightings = 0;     // events in the constituency, classified and dated
  std::uint64_t outside = 0;       // not in the constituency
  std::uint64_t unclassified = 0;  // no RSIT class that maps to a field (other/*, none)
  std::uint64_t undated = 0;       // no valid time.source
  std::uint64_t closed = 0;        // in a month the store has closed (pruned)
};

// The fields of an event the aggregator reads, found in one pass.
struct EventFields {
  std::string_view feed_name, time_source, taxonomy, type, identifier;
  std::string_view ip, fqdn, url, country, malware;
  std::optional<std::int64_t> port, asn;
};

// Returns the fields of `event` that identify, place and classify it.
EventFields read_event_fields(const IntelmqEvent& event);

// True when `key` is one of the fields read_event_fields() reads: a parser
// that feeds only the aggregator may leave every other field out.
bool is_counted_field(std::string_view key);

// Returns the identity hash of an event (the fields listed above).
std::uint64_t event_identity(const EventFields& fields);

// Returns the hash of the event's host: source.ip, else source.fqdn, else
// the host of source.url (lower-cased); 0 when it has none.
std::uint64_t event_host(const EventFields& fields);

// Not thread-safe; one per file.
class Aggregator {
 public:
  // `constituency` must outlive the aggregator; null means every event is
  // in the constituency. `default_feed` names the feed of events without
  // feed.name (e.g. the file's format).
  Aggregator(const Constituency* constituency, std::string default_feed);

  // Leaves out the events of the months before `month`, counting them as
  // closed: the store has pruned those months (Store::feed_closed_before()).
  void close_months_before(model::YearMonth month) { closed_before_ = month; }

  // Adds `event`: returns its sighting (also appended to pending()), or
  // nullopt when it is outside the constituency, unclassified, undated or
  // in a closed month.
  std::optional<model::FeedSighting> add(const IntelmqEvent& event);

  // The same for fields already read.
  std::optional<model::FeedSighting> add(const EventFields& fields);

  // The buckets sightings refer to, by index. Only grows: earlier entries
  // never change, so the list can be given to the store with each batch.
  const std::vector<model::FeedBucket>& buckets() const { return buckets_; }
  // Sightings since the last clear_pending().
  std::span<const model::FeedSighting> pending() const { return pending_; }
  void clear_pending() { pending_.clear(); }
  const AggregateSummary& summary() const { return summary_; }

 private:
  std::optional<model::YearMonth> month_of(std::int64_t instant);
  std::optional<std::int64_t> instant_of(std::string_view time_source);
  std::size_t bucket_of(model::YearMonth month, model::Field field, std::string_view taxonomy,
                        std::string_view type, std::string_view feed);

  // The classification of the last event, its field, and its bucket in
  // `bucket_month`.
  struct ClassCache {
    bool valid = false;
    std::string taxonomy, type, feed, identifier;
    std::optional<model::Field> field;
    std::optional<model::YearMonth> bucket_month;
    std::size_t bucket = 0;
  };

  const Constituency* constituency_;
  std::string default_feed_;
  std::vector<model::FeedBucket> buckets_;
  std::unordered_map<std::string, std::size_t> bucket_index_;
  std::string bucket_key_;  // scratch
  std::vector<model::FeedSighting> pending_;
  AggregateSummary summary_;
  std::optional<model::YearMonth> closed_before_;
  ClassCache last_class_;
  // The Helsinki month last seen and the instants it spans, [start, end):
  // events of a file mostly fall in one month, so ICU is rarely asked.
  model::YearMonth cached_month_;
  std::int64_t cached_start_ = 1;
  std::int64_t cached_end_ = 0;
  // The UTC day ("YYYY-MM-DD") of the last canonical time.source, and its
  // first instant.
  std::string cached_day_;
  std::int64_t cached_day_start_ = 0;
};

}  // namespace kybersaa::feed
