#include "feed/aggregator.hpp"

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
    // Dispatch on the first letter: most keys of an event are not read.
    switch (key.empty() ? '\0' : key.front()) {
      case 'c':
        if (key == "classification.taxonomy")
          fields.taxonomy = text_of(entry.value);
        else if (key == "classification.type")
          fields.type = text_of(entry.value);
        else if (key == "classification.identifier")
          fields.identifier = text_of(entry.value);
        break;
      case 'f':
        if (key == "feed.name") fields.feed_name = text_of(entry.value);
        break;
      case 'm':
        if (key == "malware.name") fields.malware = text_of(entry.value);
        break;
      case 's':
        if (key == "source.ip")
          fields.ip = text_of(entry.value);
        else if (key == "source.port")
          fields.port = integer_of(entry.value);
        else if (key == "source.asn")
          fields.asn = integer_of(entry.value);
        else if (key == "source.fqdn")
          fields.fqdn = text_of(entry.value);
        else if (key == "source.url")
          fields.url = text_of(entry.value);
        else if (key == "source.geolocation.cc")
          fields.country = text_of(entry.value);
        break;
      case 't':
        if (key == "time.source") fields.time_source = text_of(entry.value);
        break;
      default:
        break;
    }
  }
  return fields;
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
  const auto field =
      model::field_for_feed_event(fields.taxonomy, fields.type, {feed, fields.identifier});
  if (!field) {
    ++summary_.unclassified;
    return std::nullopt;
  }
  const auto instant = model::parse_iso_instant(fields.time_source);
  const auto month = instant ? month_of(*instant) : std::nullopt;
  if (!month) {
    ++summary_.undated;
    return std::nullopt;
  }
  // The bucket's text key: the fields joined with a separator they cannot hold.
  bucket_key_.clear();
  bucket_key_ += std::to_string(month->as_int());
  bucket_key_ += '\x1f';
  bucket_key_ += model::field_id(*field);
  bucket_key_ += '\x1f';
  bucket_key_ += fields.taxonomy;
  bucket_key_ += '\x1f';
  bucket_key_ += fields.type;
  bucket_key_ += '\x1f';
  bucket_key_ += feed;
  std::size_t bucket = 0;
  if (const auto found = bucket_index_.find(bucket_key_); found != bucket_index_.end()) {
    bucket = found->second;
  } else {
    bucket = buckets_.size();
    buckets_.push_back({*month,
                        *field,
                        {std::string(fields.taxonomy), std::string(fields.type)},
                        std::string(feed)});
    bucket_index_.emplace(bucket_key_, bucket);
  }
  const model::FeedSighting sighting{bucket, event_identity(fields), event_host(fields), *instant};
  pending_.push_back(sighting);
  ++summary_.sightings;
  return sighting;
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
