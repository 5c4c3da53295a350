#pragma once
// What the store keeps of machine feeds: counts per bucket (Helsinki month ×
// field × RSIT class × feed), built from sightings. A sighting is one
// constituency event reduced to what counting needs: its bucket, its
// identity (so the same event seen twice counts once) and its host (so a
// bucket knows how many distinct hosts it holds). Plain values, no I/O.

#include <cstddef>
#include <cstdint>
#include <string>

#include "model/field.hpp"
#include "model/rsit.hpp"
#include "model/year_month.hpp"

namespace kybersaa::model {

// The dimensions of a feed count.
struct FeedBucket {
  YearMonth month;
  Field field = Field::kNetwork;
  RsitClass rsit;    // classification.taxonomy / classification.type
  std::string feed;  // the event's feed.name, e.g. "Accessible-HTTP"
  friend bool operator==(const FeedBucket&, const FeedBucket&) = default;
};

// One constituency event, for counting.
struct FeedSighting {
  std::size_t bucket = 0;      // index into the bucket list it was made with
  std::uint64_t identity = 0;  // the event's identity hash (docs/formats/constituency.md)
  std::uint64_t host = 0;      // hash of the source host (IP, else FQDN, else URL host); 0: none
  std::int64_t time = 0;       // time.source, Unix seconds
  friend bool operator==(const FeedSighting&, const FeedSighting&) = default;
};

// A bucket's counts: distinct events and distinct hosts.
struct FeedCount {
  FeedBucket bucket;
  std::int64_t events = 0;
  std::int64_t hosts = 0;
  friend bool operator==(const FeedCount&, const FeedCount&) = default;
};

}  // namespace kybersaa::model
