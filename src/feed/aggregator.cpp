#include "feed/aggregator.hpp"

#include <algorithm>
#include <iterator>

#include "model/calendar.hpp"
#include "model/rsit_field.hpp"

namespace kybersaa::feed {
namespace {

constexpr std::uint64_t kFnvOffset = 0xcbf29ce484222325ULL;
constexpr std::uint64_t kFnvPrime = 0x100000001b3ULL;

// FNV-1a over `bytes`, continuing from `hash`.
std::uint64_t fnv1a(std::uint64_t hash, std::string_view bytes) {
  for (const char c : bytes) {
    hash ^= static_cast<unsigned char>(c);
    hash *= kFnvPrime;
  }
  return hash;
}

// Adds one field: its bytes and a separator no text holds, so that
// ("ab", "c") and ("a", "bc") differ.
std::uint64_t add_field(std::uint64_t hash, std::string_view bytes) {
  hash = fnv1a(hash, bytes);
  hash ^= 0xFF;
  return hash * kFnvPrime;
}

std::uint64_t add_number(std::uint64_t hash, const std::optional<std::int64_t>& value) {
  if (!value) return add_field(hash, {});
  char digits[24];
  std::size_t size = 0;
  auto v = static_cast<std::uint64_t>(*value);
  do {
    digits[size++] = static_cast<char>('0' + v % 10);
    v /= 10;
  } while (v != 0 && size < sizeof digits);
  return add_field(hash, std::string_view(digits, size));
}

// The splitmix64 finaliser: FNV's low bits are weak on short inputs.
std::uint64_t finish(std::uint64_t hash) {
  hash ^= hash >> 30;
  hash *= 0xbf58476d1ce4e5b9ULL;
  hash ^= hash >> 27;
  hash *= 0x94d049bb133111ebULL;
  hash ^= hash >> 31;
  return hash;
}

std::optional<std::int64_t> integer_of(const IntelmqValue& value) {
  if (value.kind == ValueKind::kInteger) return value.integer;
  return std::nullopt;
}

std::string_view text_of(const IntelmqValue& value) {
  return value.kind == ValueKind::kString ? std::string_view(value.text) : std::string_view();
}

}  // namespace

EventFields read_event_fields(const IntelmqEvent& event) {
  EventFields fields;
  for (std::size_t i = 0; i < event.size(); ++i) {
    const auto& entry = event.entry(i);
    const std::string_view key = entry.key;
    const IntelmqValue& value = entry.value;
    // Dispatch on the length: most keys of an event are not read, and few
    // share a length.
    switch (key.size()) {
      case 9:
        if (key == "source.ip")
          fields.ip = text_of(value);
        else if (key == "feed.name")
          fields.feed_name = text_of(value);
        break;
      case 10:
        if (key == "source.asn")
          fields.asn = integer_of(value);
        else if (key == "source.url")
          fields.url = text_of(value);
        break;
      case 11:
        if (key == "source.port")
          fields.port = integer_of(value);
        else if (key == "time.source")
          fields.time_source = text_of(value);
        else if (key == "source.fqdn")
          fields.fqdn = text_of(value);
        break;
      case 12:
        if (key == "malware.name") fields.malware = text_of(value);
        break;
      case 19:
        if (key == "classification.type") fields.type = text_of(value);
        break;
      case 21:
        if (key == "source.geolocation.cc") fields.country = text_of(value);
        break;
      case 23:
        if (key == "classification.taxonomy") fields.taxonomy = text_of(value);
        break;
      case 25:
        if (key == "classification.identifier") fields.identifier = text_of(value);
        break;
      default:
        break;
    }
  }
  return fields;
}

bool is_counted_field(std::string_view key) {
  static constexpr std::string_view kCounted[] = {"classification.identifier",
                                                  "classification.taxonomy",
                                                  "classification.type",
                                                  "feed.name",
                                                  "malware.name",
                                                  "source.asn",
                                                  "source.fqdn",
                                                  "source.geolocation.cc",
                                                  "source.ip",
                                                  "source.port",
                                                  "source.url",
                                                  "time.source"};
  return std::find(std::begin(kCounted), std::end(kCounted), key) != std::end(kCounted);
}

std::uint64_t event_identity(const EventFields& fields) {
  std::uint64_t hash = kFnvOffset;
  hash = add_field(hash, fields.feed_name);
  hash = add_field(hash, fields.time_source);
  hash = add_field(hash, fields.taxonomy);
  hash = add_field(hash, fields.type);
  hash = add_field(hash, fields.identifier);
  hash = add_field(hash, fields.ip);
  hash = add_number(hash, fields.port);
  hash = add_field(hash, fields.fqdn);
  hash = add_field(hash, fields.url);
  hash = add_field(hash, fields.malware);
  return finish(hash);
}

std::uint64_t event_host(const EventFields& fields) {
  std::string_view host = fields.ip;
  if (host.empty()) host = fields.fqdn;
  if (host.empty()) host = url_host(fields.url);
  if (host.empty()) return 0;
  std::uint64_t hash = kFnvOffset;
  for (char c : host) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    hash ^= static_cast<unsigned char>(c);
    hash *= kFnvPrime;
  }
  return finish(hash);
}

Aggregator::Aggregator(const Constituency* constituency, std::string default_feed)
    : constituency_(constituency), default_feed_(std::move(default_feed)) {}

std::optional<model::FeedSighting> Aggregator::add(const IntelmqEvent& event) {
  return add(read_event_fields(event));
}

std::optional<model::FeedSighting> Aggregator::add(const EventFields& fields) {
  ++summary_.events;
  if (constituency_ != nullptr &&
      !constituency_->matches({fields.ip, fields.asn, fields.country, fields.fqdn, fields.url})) {
    ++summary_.outside;
    return std::nullopt;
  }
  const std::string_view feed = fields.feed_name.empty() ? default_feed_ : fields.feed_name;
  // A file's events mostly share their classification: the last one's
  // field and bucket are kept, so that a repeat costs four comparisons.
  ClassCache& last = last_class_;
  if (!last.valid || last.taxonomy != fields.taxonomy || last.type != fields.type ||
      last.feed != feed || last.identifier != fields.identifier) {
    last.valid = true;
    last.taxonomy = fields.taxonomy;
    last.type = fields.type;
    last.feed = feed;
    last.identifier = fields.identifier;
    last.field =
        model::field_for_feed_event(fields.taxonomy, fields.type, {feed, fields.identifier});
    last.bucket_month = std::nullopt;
  }
  if (!last.field) {
    ++summary_.unclassified;
    return std::nullopt;
  }
  const auto instant = instant_of(fields.time_source);
  const auto month = instant ? month_of(*instant) : std::nullopt;
  if (!month) {
    ++summary_.undated;
    return std::nullopt;
  }
  if (closed_before_ && *month < *closed_before_) {
    ++summary_.closed;
    return std::nullopt;
  }
  if (last.bucket_month != month) {
    last.bucket = bucket_of(*month, *last.field, fields.taxonomy, fields.type, feed);
    last.bucket_month = month;
  }
  const model::FeedSighting sighting{last.bucket, event_identity(fields), event_host(fields),
                                     *instant};
  pending_.push_back(sighting);
  ++summary_.sightings;
  return sighting;
}

std::optional<std::int64_t> Aggregator::instant_of(std::string_view text) {
  // "YYYY-MM-DDTHH:MM:SS+00:00", IntelMQ's form: on the day last seen, only
  // the time of day is read.
  const bool canonical = text.size() == 25 && text[10] == 'T' && text[13] == ':' &&
                         text[16] == ':' && text.substr(19) == "+00:00";
  const auto second_of_day = [&]() -> std::optional<std::int64_t> {
    for (const std::size_t i : {11, 12, 14, 15, 17, 18}) {
      if (text[i] < '0' || text[i] > '9') return std::nullopt;
    }
    const auto two = [&](std::size_t i) { return (text[i] - '0') * 10 + (text[i + 1] - '0'); };
    if (two(11) > 23 || two(14) > 59 || two(17) > 59) return std::nullopt;
    return two(11) * 3600 + two(14) * 60 + two(17);
  };
  if (canonical && cached_day_ == text.substr(0, 10)) {
    if (const auto second = second_of_day()) return cached_day_start_ + *second;
  }
  const auto instant = model::parse_iso_instant(text);
  if (instant && canonical) {
    if (const auto second = second_of_day()) {
      cached_day_.assign(text.substr(0, 10));
      cached_day_start_ = *instant - *second;
    }
  }
  return instant;
}

std::size_t Aggregator::bucket_of(model::YearMonth month, model::Field field,
                                  std::string_view taxonomy, std::string_view type,
                                  std::string_view feed) {
  // The bucket's text key: the fields joined with a separator they cannot hold.
  bucket_key_.clear();
  bucket_key_ += std::to_string(month.as_int());
  bucket_key_ += '\x1f';
  bucket_key_ += model::field_id(field);
  bucket_key_ += '\x1f';
  bucket_key_ += taxonomy;
  bucket_key_ += '\x1f';
  bucket_key_ += type;
  bucket_key_ += '\x1f';
  bucket_key_ += feed;
  if (const auto found = bucket_index_.find(bucket_key_); found != bucket_index_.end()) {
    return found->second;
  }
  const std::size_t bucket = buckets_.size();
  buckets_.push_back({month, field, {std::string(taxonomy), std::string(type)}, std::string(feed)});
  bucket_index_.emplace(bucket_key_, bucket);
  return bucket;
}

std::optional<model::YearMonth> Aggregator::month_of(std::int64_t instant) {
  if (instant < cached_start_ || instant >= cached_end_) {
    cached_month_ = model::helsinki_month(instant);
    cached_start_ = model::helsinki_month_start(cached_month_);
    cached_end_ = model::helsinki_month_start(cached_month_.plus_months(1));
  }
  return cached_month_;
}

}  // namespace kybersaa::feed
