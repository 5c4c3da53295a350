#include "feed/abusech_parser.hpp"

#include <simdjson.h>

#include <algorithm>
#include <array>
#include <charconv>
#include <cstring>
#include <span>
#include <string_view>
#include <type_traits>
#include <utility>
#include <vector>

#include "base/utf8.hpp"
#include "feed/csv_reader.hpp"
#include "feed/json_batch.hpp"
#include "feed/json_element_stream.hpp"

namespace kybersaa::feed {
namespace {

// What a source field becomes.
enum class Role {
  kField,        // the harmonised field `key`; a value that does not fit rejects the record
  kFieldOrDrop,  // the same, but a value that does not fit is dropped (IntelMQ's __IGNORE__)
  kFirstSeen,    // time.source; dropped when it is no date (IntelMQ: raise_failure=False)
  kLastOnline,   // `key` (extra.last_online), and time.source when there is no first_seen
  kUrl,          // `key`, with "http://" added when the URL has no scheme
  kThreatType,   // classification.type, through the feed's translation table
  kIocValue,     // ThreatFox: the indicator, mapped by its type
  kIocType,      // ThreatFox: the indicator's type
};

// A source field: its name normalised (lower case, '_' and other
// non-alphanumerics removed, so "first_seen", "First seen" and "firstseen"
// are one), what it becomes and the event key.
struct Column {
  std::string_view name;
  Role role;
  std::string_view key;
};

struct Translation {
  std::string_view from;
  std::string_view to;
};

struct FeedSpec {
  std::string_view format_name;
  std::string_view feed_name;
  std::span<const Column> columns;
  std::span<const Translation> threat_types;
  // classification.type when the record sets none; empty: none.
  std::string_view default_type;
};

constexpr std::array kFeodoColumns = std::to_array<Column>({
    {"firstseen", Role::kFirstSeen, "time.source"},
    {"firstseenutc", Role::kFirstSeen, "time.source"},
    {"lastonline", Role::kLastOnline, "extra.last_online"},
    {"ipaddress", Role::kField, "source.ip"},
    {"dstip", Role::kField, "source.ip"},
    {"port", Role::kField, "source.port"},
    {"dstport", Role::kField, "source.port"},
    {"status", Role::kField, "status"},
    {"c2status", Role::kField, "status"},
    {"hostname", Role::kField, "source.reverse_dns"},
    {"asnumber", Role::kField, "source.asn"},
    {"asname", Role::kField, "source.as_name"},
    {"country", Role::kField, "source.geolocation.cc"},
    {"malware", Role::kField, "malware.name"},
});

constexpr std::array kUrlhausColumns = std::to_array<Column>({
    {"id", Role::kField, "extra.urlhaus_id"},
    {"dateadded", Role::kField, "time.source"},
    {"dateaddedutc", Role::kField, "time.source"},
    {"url", Role::kUrl, "source.url"},
    {"urlstatus", Role::kField, "status"},
    {"lastonline", Role::kField, "extra.last_online"},
    {"threat", Role::kThreatType, "classification.type"},
    {"tags", Role::kField, "extra.tags"},
    {"urlhauslink", Role::kField, "event_description.url"},
    {"reporter", Role::kField, "extra.reporter"},
    {"host", Role::kFieldOrDrop, "source.fqdn"},
    {"ipaddress", Role::kField, "source.ip"},
    {"asnumber", Role::kField, "source.asn"},
    {"country", Role::kField, "source.geolocation.cc"},
    {"countrycode", Role::kField, "source.geolocation.cc"},
});

constexpr std::array kUrlhausThreats = std::to_array<Translation>({
    {"malware_download", "malware-distribution"},
});

constexpr std::array kThreatfoxColumns = std::to_array<Column>({
    {"id", Role::kField, "extra.threatfox_id"},
    {"iocvalue", Role::kIocValue, ""},
    {"ioc", Role::kIocValue, ""},
    {"ioctype", Role::kIocType, ""},
    {"threattype", Role::kThreatType, "classification.type"},
    {"malware", Role::kField, "extra.malware"},
    {"malwarealias", Role::kField, "extra.malware_alias"},
    {"malwareprintable", Role::kFieldOrDrop, "malware.name"},
    {"firstseenutc", Role::kFirstSeen, "time.source"},
    {"firstseen", Role::kFirstSeen, "time.source"},
    {"lastseenutc", Role::kField, "extra.last_seen"},
    {"lastseen", Role::kField, "extra.last_seen"},
    {"confidencelevel", Role::kField, "extra.confidence_level"},
    {"reference", Role::kField, "extra.reference"},
    {"tags", Role::kField, "extra.tags"},
    {"anonymous", Role::kField, "extra.anonymous"},
    {"reporter", Role::kField, "extra.reporter"},
});

// ThreatFox's threat types in IntelMQ's classification.
constexpr std::array kThreatfoxThreats = std::to_array<Translation>({
    {"botnet_cc", "c2-server"},
    {"payload_delivery", "malware-distribution"},
    {"payload", "malware-distribution"},
    {"cc_skimming", "c2-server"},
});

// classification.taxonomy of the types these feeds yield (RSIT).
constexpr std::array kTaxonomies = std::to_array<Translation>({
    {"c2-server", "malicious-code"},
    {"malware-distribution", "malicious-code"},
});

constexpr FeedSpec kFeodoJson{"feodo-json", "Feodo Tracker", kFeodoColumns, {}, "c2-server"};
constexpr FeedSpec kFeodoCsv{"feodo-csv", "Feodo Tracker", kFeodoColumns, {}, "c2-server"};
constexpr FeedSpec kUrlhausCsv{"urlhaus-csv", "URLhaus", kUrlhausColumns, kUrlhausThreats, ""};
constexpr FeedSpec kThreatfoxJson{"threatfox-json", "ThreatFox", kThreatfoxColumns,
                                  kThreatfoxThreats, ""};

constexpr std::string_view kProvider = "abuse.ch";

std::string_view translate(std::span<const Translation> table, std::string_view from) {
  for (const auto& entry : table) {
    if (entry.from == from) return entry.to;
  }
  return {};
}

// Normalises a field name into `out` (see Column).
std::string_view normalize_name(std::string_view name, std::string& out) {
  out.clear();
  for (const char c : name) {
    if (c >= 'A' && c <= 'Z') {
      out += static_cast<char>(c - 'A' + 'a');
    } else if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
      out += c;
    }
  }
  return out;
}

const Column* find_column(const FeedSpec& spec, std::string_view name, std::string& scratch) {
  const std::string_view normal = normalize_name(name, scratch);
  for (const auto& column : spec.columns) {
    if (column.name == normal) return &column;
  }
  return nullptr;
}

std::string quote_value(std::string_view text) {
  constexpr std::size_t kShown = 60;
  std::string out = "'";
  out.append(text.substr(0, kShown));
  if (text.size() > kShown) out += "...";
  out += "'";
  return out;
}

std::string describe(const IntelmqValue& value) {
  switch (value.kind) {
    case ValueKind::kString:
      return quote_value(value.text);
    case ValueKind::kInteger:
      return std::to_string(value.integer);
    case ValueKind::kFloat:
      return std::to_string(value.number);
    case ValueKind::kBoolean:
      return value.boolean ? "true" : "false";
  }
  return {};
}

// The event keys the mapper sets outside the column table.
constexpr std::string_view kTimeSource = "time.source";
constexpr std::string_view kClassificationType = "classification.type";
constexpr std::string_view kClassificationTaxonomy = "classification.taxonomy";
constexpr std::string_view kFeedProvider = "feed.provider";
constexpr std::string_view kFeedName = "feed.name";
constexpr std::string_view kSourceIp = "source.ip";
constexpr std::string_view kSourcePort = "source.port";
constexpr std::string_view kExtraIocValue = "extra.ioc_value";
constexpr std::string_view kExtraIocType = "extra.ioc_type";

// ThreatFox's indicator types and the event key each one becomes.
constexpr std::array kIocKeys = std::to_array<Translation>({
    {"domain", "source.fqdn"},
    {"url", "source.url"},
    {"md5_hash", "malware.hash.md5"},
    {"sha1_hash", "malware.hash.sha1"},
    {"sha256_hash", "malware.hash.sha256"},
});

// Reads a simdjson value into `out`; false for arrays and objects. A null
// reads as an empty string (IntelMQ ignores None).
bool read_scalar(simdjson::dom::element element, IntelmqValue& out) {
  switch (element.type()) {
    case simdjson::dom::element_type::STRING:
      out.set_string(std::string_view(element.get_string().value_unsafe()));
      return true;
    case simdjson::dom::element_type::INT64:
      out.set_integer(element.get_int64().value_unsafe());
      return true;
    case simdjson::dom::element_type::UINT64:
      out.set_float(static_cast<double>(element.get_uint64().value_unsafe()));
      return true;
    case simdjson::dom::element_type::DOUBLE:
      out.set_float(element.get_double().value_unsafe());
      return true;
    case simdjson::dom::element_type::BOOL:
      out.set_boolean(element.get_bool().value_unsafe());
      return true;
    case simdjson::dom::element_type::NULL_VALUE:
      out.set_string("");
      return true;
    default:
      return false;
  }
}

// Maps one record's fields onto an event, then completes it. Every event key
// the feed can set is resolved once, when the mapper is made, to a slot that
// holds its harmonised type and where it is in the current event, so that
// mapping a record compares no key strings. Not thread-safe; one per thread.
class RecordMapper {
 public:
  explicit RecordMapper(const FeedSpec& spec) : spec_(spec) {
    column_slots_.reserve(spec.columns.size());
    for (const auto& column : spec.columns) column_slots_.push_back(slot_of(column.key));
    time_source_ = slot_of(kTimeSource);
    classification_type_ = slot_of(kClassificationType);
    classification_taxonomy_ = slot_of(kClassificationTaxonomy);
    feed_provider_ = slot_of(kFeedProvider);
    feed_name_ = slot_of(kFeedName);
    source_ip_ = slot_of(kSourceIp);
    source_port_ = slot_of(kSourcePort);
    extra_ioc_value_ = slot_of(kExtraIocValue);
    extra_ioc_type_ = slot_of(kExtraIocType);
    for (std::size_t i = 0; i < kIocKeys.size(); ++i) ioc_slots_[i] = slot_of(kIocKeys[i].to);
  }

  // The slot of event key `key` (which must outlive the mapper), added when
  // new. Compares strings: callers look a key up once and keep its slot.
  std::size_t slot_of(std::string_view key) {
    for (std::size_t i = 0; i < slots_.size(); ++i) {
      if (slots_[i].key == key) return i;
    }
    const bool extra = key.starts_with("extra.");
    slots_.push_back(Slot{key, extra ? std::nullopt : intelmq_field_type(key), extra});
    entry_of_slot_.push_back(kAbsent);
    return slots_.size() - 1;
  }

  void begin(IntelmqEvent& event) {
    event.clear();
    std::fill(entry_of_slot_.begin(), entry_of_slot_.end(), kAbsent);
    first_seen_present_ = false;
    last_online_.clear();
    ioc_value_.clear();
    ioc_type_.clear();
    ioc_field_ = {};
  }

  // Adds `value` of source field `field` (mapped by `column`, an entry of
  // the spec's column table). Returns the reason the record is rejected,
  // prefixed by the field, or nullopt.
  std::optional<std::string> add(const Column& column, std::string_view field, IntelmqValue& value,
                                 IntelmqEvent& event) {
    if (value.kind == ValueKind::kString && value.text.empty()) return std::nullopt;
    const std::size_t slot = slot_of_column(column);
    switch (column.role) {
      case Role::kField:
      case Role::kFieldOrDrop:
        return set(slot, field, value, event, column.role == Role::kField);
      case Role::kFirstSeen:
        first_seen_present_ = true;
        set(slot, field, value, event, false);
        return std::nullopt;
      case Role::kLastOnline:
        if (value.kind == ValueKind::kString) last_online_ = value.text;
        return set(slot, field, value, event, true);
      case Role::kUrl:
        if (value.kind == ValueKind::kString && value.text.find("://") == std::string::npos) {
          value.text.insert(0, "http://");
        }
        return set(slot, field, value, event, true);
      case Role::kThreatType: {
        if (value.kind != ValueKind::kString) return std::nullopt;
        const std::string_view type = translate(spec_.threat_types, value.text);
        if (type.empty()) return std::nullopt;  // IntelMQ: an invalid type is ignored
        value.set_string(type);
        return set(slot, field, value, event, true);
      }
      case Role::kIocValue:
        if (value.kind == ValueKind::kString) ioc_value_ = value.text;
        ioc_field_ = field;
        return std::nullopt;
      case Role::kIocType:
        if (value.kind == ValueKind::kString) ioc_type_ = value.text;
        return std::nullopt;
    }
    return std::nullopt;
  }

  // add() for the JSON value `element` (a string, number, boolean or
  // null). The common value, of a field the event does not have yet, is
  // read straight into the event's new entry (no copy through `scratch`).
  std::optional<std::string> add_element(const Column& column, std::string_view field,
                                         simdjson::dom::element element, IntelmqValue& scratch,
                                         IntelmqEvent& event) {
    const std::size_t slot = slot_of_column(column);
    const bool direct = (column.role == Role::kField || column.role == Role::kFieldOrDrop ||
                         column.role == Role::kFirstSeen) &&
                        !has(slot);
    if (!direct) {
      if (!read_scalar(element, scratch)) return not_scalar(field);
      return add(column, field, scratch, event);
    }
    const std::size_t entry = event.size();
    IntelmqValue& value = event.append(slots_[slot].key);
    if (!read_scalar(element, value)) {
      event.remove_last();
      return not_scalar(field);
    }
    if (value.kind == ValueKind::kString && value.text.empty()) {
      event.remove_last();
      return std::nullopt;
    }
    if (column.role == Role::kFirstSeen) first_seen_present_ = true;
    const Slot& key = slots_[slot];
    if (key.extra || (key.type && sanitize_intelmq_value(*key.type, value))) {
      entry_of_slot_[slot] = entry;
      return std::nullopt;
    }
    std::optional<std::string> rejected;
    if (column.role == Role::kField) rejected = invalid(field, key, value);
    event.remove_last();
    return rejected;
  }

  // Completes the event: time.source from last_online, the ThreatFox
  // indicator, classification, feed. Returns a rejection reason or nullopt.
  std::optional<std::string> finish(IntelmqEvent& event) {
    if (!first_seen_present_ && !last_online_.empty() && !has(time_source_)) {
      scratch_.set_string(last_online_);
      if (scratch_.text.size() == 10) scratch_.text += " 00:00:00";
      set(time_source_, "last_online", scratch_, event, false);
    }
    if (!ioc_type_.empty() || !ioc_value_.empty()) {
      if (auto rejected = add_ioc(event)) return rejected;
    }
    const std::size_t type_slot = classification_type_;
    if (entry_of_slot_[type_slot] == kAbsent && !spec_.default_type.empty()) {
      assign(type_slot, event).set_constant(spec_.default_type);
    }
    if (entry_of_slot_[type_slot] != kAbsent) {
      const IntelmqValue& type = event.value_at(entry_of_slot_[type_slot]);
      if (type.kind == ValueKind::kString) {
        const std::string_view taxonomy = translate(kTaxonomies, type.text);
        if (!taxonomy.empty()) {
          assign(classification_taxonomy_, event).set_constant(taxonomy);
        }
      }
    }
    assign(feed_provider_, event).set_constant(kProvider);
    assign(feed_name_, event).set_constant(spec_.feed_name);
    return std::nullopt;
  }

  // True when the current event has the key of `slot`.
  bool has(std::size_t slot) const { return entry_of_slot_[slot] != kAbsent; }

  // The value of the key of `slot` in the current event, added when missing.
  IntelmqValue& assign(std::size_t slot, IntelmqEvent& event) {
    std::size_t& entry = entry_of_slot_[slot];
    if (entry != kAbsent) return event.value_at(entry);
    entry = event.size();
    return event.append(slots_[slot].key);
  }

 private:
  static constexpr std::size_t kAbsent = ~std::size_t{0};

  // An event key: its harmonised type (nullopt: not a harmonised field) and
  // whether it is an extra.* key, kept as it is.
  struct Slot {
    std::string_view key;
    std::optional<IntelmqType> type;
    bool extra = false;
  };

  // Sets the slot's key as IntelMQ's Event.add does: the value checked and
  // made canonical; extra.* kept as it is. When it does not fit: the reason
  // if `required`, else nothing (dropped).
  std::optional<std::string> set(std::size_t slot, std::string_view field, IntelmqValue& value,
                                 IntelmqEvent& event, bool required) {
    const Slot& key = slots_[slot];
    if (key.extra || (key.type && sanitize_intelmq_value(*key.type, value))) {
      move_value(value, assign(slot, event));
      return std::nullopt;
    }
    if (!required) return std::nullopt;
    return invalid(field, key, value);
  }

  // The slot of `column`, an entry of the spec's column table.
  std::size_t slot_of_column(const Column& column) const {
    return column_slots_[static_cast<std::size_t>(&column - spec_.columns.data())];
  }

  static std::string invalid(std::string_view field, const Slot& key, const IntelmqValue& value) {
    return std::string(field) + ": not a valid " + std::string(key.key) + ": " + describe(value);
  }

  static std::string not_scalar(std::string_view field) {
    return std::string(field) + ": expected a string or a number";
  }

  // Moves `from` into `to` by swapping the texts, so that neither allocates:
  // `from` is scratch space its caller refills.
  static void move_value(IntelmqValue& from, IntelmqValue& to) {
    to.kind = from.kind;
    to.text.swap(from.text);
    to.integer = from.integer;
    to.number = from.number;
    to.boolean = from.boolean;
  }

  std::optional<std::string> add_ioc(IntelmqEvent& event) {
    const std::string_view field = ioc_field_.empty() ? "ioc_value" : ioc_field_;
    if (ioc_value_.empty()) return std::string(field) + ": missing";
    if (ioc_type_ == "ip:port") {
      const std::size_t colon = ioc_value_.rfind(':');
      if (colon == std::string::npos) {
        return std::string(field) + ": not IP:PORT: " + quote_value(ioc_value_);
      }
      std::string_view ip = std::string_view(ioc_value_).substr(0, colon);
      if (ip.size() >= 2 && ip.front() == '[' && ip.back() == ']') ip = ip.substr(1, ip.size() - 2);
      scratch_.set_string(ip);
      if (auto rejected = set(source_ip_, field, scratch_, event, true)) return rejected;
      scratch_.set_string(std::string_view(ioc_value_).substr(colon + 1));
      return set(source_port_, field, scratch_, event, true);
    }
    const auto* ioc_key =
        std::find_if(kIocKeys.begin(), kIocKeys.end(),
                     [&](const Translation& entry) { return entry.from == ioc_type_; });
    scratch_.set_string(ioc_value_);
    if (ioc_key == kIocKeys.end()) {
      assign(extra_ioc_value_, event) = scratch_;
      if (!ioc_type_.empty()) assign(extra_ioc_type_, event).set_string(ioc_type_);
      return std::nullopt;
    }
    return set(ioc_slots_[static_cast<std::size_t>(ioc_key - kIocKeys.begin())], field, scratch_,
               event, true);
  }

  const FeedSpec& spec_;
  std::vector<Slot> slots_;
  std::vector<std::size_t> column_slots_;   // the slot of each column of the spec
  std::vector<std::size_t> entry_of_slot_;  // the slot's entry in the current event, or kAbsent
  std::size_t time_source_ = 0;
  std::size_t classification_type_ = 0;
  std::size_t classification_taxonomy_ = 0;
  std::size_t feed_provider_ = 0;
  std::size_t feed_name_ = 0;
  std::size_t source_ip_ = 0;
  std::size_t source_port_ = 0;
  std::size_t extra_ioc_value_ = 0;
  std::size_t extra_ioc_type_ = 0;
  std::array<std::size_t, kIocKeys.size()> ioc_slots_{};
  bool first_seen_present_ = false;
  std::string last_online_;
  std::string ioc_value_;
  std::string ioc_type_;
  std::string_view ioc_field_;
  IntelmqValue scratch_;
};

// ---- CSV ----------------------------------------------------------------

// Passes its source through with the leading '#' comment lines blanked (so
// the CSV reader skips them and line numbers stay right), keeping the last
// such line that holds a comma: abuse.ch's column header.
class CommentBlankingSource final : public ByteSource {
 public:
  explicit CommentBlankingSource(std::unique_ptr<ByteSource> source) : source_(std::move(source)) {}

  // Comment bytes are dropped (their newlines kept, so line numbers stay
  // right and the CSV reader sees blank lines, which it skips).
  base::Result<std::size_t> read(char* buffer, std::size_t size) override {
    for (;;) {
      auto got = source_->read(buffer, size);
      if (!got || !in_comments_ || *got == 0) return got;
      std::size_t kept = 0;
      std::size_t i = 0;
      for (; i < *got && in_comments_; ++i) {
        const char c = buffer[i];
        if (at_line_start_) {
          at_line_start_ = false;
          if (c == '\xEF' || c == '\xBB' || c == '\xBF') {
            at_line_start_ = true;  // a byte-order mark before the first comment
            continue;
          }
          if (c != '#' && c != '\n' && c != '\r') {
            in_comments_ = false;
            break;
          }
          in_comment_ = c == '#';
          if (in_comment_) line_.clear();
        }
        if (c == '\n') {
          at_line_start_ = true;
          if (in_comment_ && line_.find(',') != std::string::npos) header_ = line_;
          in_comment_ = false;
          buffer[kept++] = c;
          continue;
        }
        if (in_comment_) {
          constexpr std::size_t kMaxHeaderBytes = 4096;
          if (line_.size() < kMaxHeaderBytes && c != '\r') line_ += c;
        } else if (c != '\r') {
          buffer[kept++] = c;
        }
      }
      // The rest of the chunk is data: move it up behind what was kept.
      std::memmove(buffer + kept, buffer + i, *got - i);
      kept += *got - i;
      if (kept > 0) return kept;
    }
  }

  // The last comment line with a comma, without its '#' (empty if none).
  std::string_view header() const {
    std::string_view text = header_;
    while (!text.empty() && (text.front() == '#' || text.front() == ' ')) text.remove_prefix(1);
    return text;
  }

 private:
  std::unique_ptr<ByteSource> source_;
  bool in_comments_ = true;
  bool at_line_start_ = true;
  bool in_comment_ = false;
  std::string line_;
  std::string header_;
};

// Splits a comment header ("id,dateadded,url,...") into column names.
std::vector<std::string> split_header(std::string_view header) {
  std::vector<std::string> names;
  for (;;) {
    const std::size_t comma = header.find(',');
    std::string_view name = header.substr(0, comma);
    while (!name.empty() && (name.front() == ' ' || name.front() == '"')) name.remove_prefix(1);
    while (!name.empty() && (name.back() == ' ' || name.back() == '"')) name.remove_suffix(1);
    names.emplace_back(name);
    if (comma == std::string_view::npos) break;
    header.remove_prefix(comma + 1);
  }
  return names;
}

base::Result<FeedSummary> parse_csv_feed(const FeedSpec& spec, const std::string& file_name,
                                         std::unique_ptr<ByteSource> source,
                                         std::optional<std::uint64_t> max_errors,
                                         const EventSink& on_event,
                                         const RejectionSink& on_rejection) {
  auto blanking = std::make_unique<CommentBlankingSource>(std::move(source));
  const CommentBlankingSource& comments = *blanking;
  CsvReader reader(file_name, std::move(blanking));
  RecordTally outcome(file_name, max_errors, on_event, on_rejection, spec.format_name);
  std::string scratch_name;

  auto has_record = reader.next();
  if (!has_record) return tl::unexpected(has_record.error());
  // The header: the first record when it names known columns (Feodo's
  // quoted header), else the commented one (URLhaus).
  std::vector<const Column*> columns;
  std::vector<std::string> names;
  const auto known_columns = [&](std::size_t count, auto&& name_of) {
    std::size_t known = 0;
    columns.assign(count, nullptr);
    names.clear();
    for (std::size_t i = 0; i < count; ++i) {
      names.emplace_back(name_of(i));
      columns[i] = find_column(spec, names.back(), scratch_name);
      if (columns[i] != nullptr) ++known;
    }
    return known;
  };
  bool record_pending = false;
  if (*has_record) {
    const std::size_t known =
        known_columns(reader.field_count(), [&](std::size_t i) { return reader.field(i); });
    record_pending = known < 2;
  }
  if (!*has_record || record_pending) {
    const auto header = split_header(comments.header());
    if (comments.header().empty() ||
        known_columns(header.size(), [&](std::size_t i) { return header[i]; }) < 2) {
      return base::fail(base::ErrorCode::kInvalidInput,
                        file_name + ": no column header: expected abuse.ch's (e.g. '# " +
                            std::string(spec.columns.front().name) + ",...' or '\"" +
                            std::string(spec.columns.front().name) + "\",...')");
    }
  }
  if (record_pending && reader.field_count() == 1 &&
      reader.field(0).find(';') != std::string_view::npos) {
    return base::fail(base::ErrorCode::kInvalidInput,
                      file_name + ":" + std::to_string(reader.line()) +
                          ": one column containing ';': abuse.ch feeds are comma-separated");
  }

  RecordMapper mapper(spec);
  IntelmqEvent event;
  IntelmqValue value;
  for (;;) {
    if (!record_pending) {
      has_record = reader.next();
      if (!has_record) return tl::unexpected(has_record.error());
      if (!*has_record) break;
    }
    record_pending = false;
    if (reader.field(0).starts_with("#")) continue;  // a comment after the data
    std::optional<std::string> rejected;
    if (reader.field_count() > columns.size()) {
      rejected = std::to_string(reader.field_count()) + " fields, the header has " +
                 std::to_string(columns.size());
    }
    mapper.begin(event);
    for (std::size_t i = 0; i < reader.field_count() && !rejected; ++i) {
      if (columns[i] == nullptr) continue;
      const std::string_view text = reader.field(i);
      if (auto bad = base::find_invalid_utf8(text)) {
        rejected = names[i] + ": invalid UTF-8 at byte " + std::to_string(*bad) + " of the field";
        break;
      }
      value.set_string(text);
      rejected = mapper.add(*columns[i], names[i], value, event);
    }
    if (!rejected) rejected = mapper.finish(event);
    const auto status = rejected ? outcome.reject(reader.line(), *rejected) : outcome.accept(event);
    if (!status) return tl::unexpected(status.error());
  }
  return outcome.summary();
}

// ---- JSON ---------------------------------------------------------------

// a == b, inline for the short names of feed columns: two overlapping
// word loads instead of a call to memcmp.
bool equal_names(std::string_view a, std::string_view b) {
  const std::size_t size = a.size();
  if (size != b.size()) return false;
  const auto word = [](const char* p) {
    std::uint64_t w = 0;
    std::memcpy(&w, p, sizeof w);
    return w;
  };
  if (size >= 8 && size <= 16) {
    return word(a.data()) == word(b.data()) &&
           word(a.data() + size - 8) == word(b.data() + size - 8);
  }
  return a == b;
}

// Finds the column of a JSON record's member names. The records of one
// export spell the same names in the same order, so the name seen at each
// position in the previous records is checked first, and only a name that
// differs is normalised and looked up. Not thread-safe; one per thread.
class ColumnFinder {
 public:
  explicit ColumnFinder(const FeedSpec& spec) : spec_(spec) {}

  // The column of the member `name` at `position` in its object, or nullptr.
  const Column* find(std::size_t position, std::string_view name) {
    if (position < remembered_.size() && equal_names(remembered_[position].name, name)) {
      return remembered_[position].column;
    }
    const Column* column = find_column(spec_, name, scratch_);
    if (position < kRememberedPositions && name.size() <= kRememberedNameBytes) {
      if (position >= remembered_.size()) remembered_.resize(position + 1);
      remembered_[position].name.assign(name);
      remembered_[position].column = column;
    }
    return column;
  }

 private:
  // Bounds on what is remembered, so that memory stays small whatever the
  // records hold.
  static constexpr std::size_t kRememberedPositions = 64;
  static constexpr std::size_t kRememberedNameBytes = 64;

  struct Remembered {
    std::string name;
    const Column* column = nullptr;
  };

  const FeedSpec& spec_;
  std::vector<Remembered> remembered_;
  std::string scratch_;
};

// Maps one JSON object; returns the rejection reason or nullopt.
std::optional<std::string> map_json_object(simdjson::dom::object object, ColumnFinder& columns,
                                           RecordMapper& mapper, IntelmqEvent& event,
                                           IntelmqValue& value) {
  mapper.begin(event);
  std::size_t position = 0;
  for (const auto field : object) {
    const Column* column = columns.find(position++, field.key);
    if (column == nullptr) continue;
    if (auto rejected = mapper.add_element(*column, field.key, field.value, value, event)) {
      return rejected;
    }
  }
  return mapper.finish(event);
}

// Sets extra.threatfox_id from the record's key in ThreatFox's export
// (a number when it is one) unless the record has its own.
void set_threatfox_id(std::string_view id, std::size_t id_slot, RecordMapper& mapper,
                      IntelmqEvent& event) {
  if (mapper.has(id_slot)) return;
  IntelmqValue& slot = mapper.assign(id_slot, event);
  std::int64_t number = 0;
  const auto [end, ec] = std::from_chars(id.data(), id.data() + id.size(), number);
  if (ec == std::errc() && end == id.data() + id.size()) {
    slot.set_integer(number);
  } else {
    slot.set_string(id);
  }
}

// simdjson reads up to SIMDJSON_PADDING bytes past what it parses in place.
static_assert(detail::JsonBatch::kPadding >= simdjson::SIMDJSON_PADDING);

// What one worker keeps between the records it maps.
struct JsonFeedWorker {
  explicit JsonFeedWorker(const FeedSpec& spec)
      : mapper(spec), columns(spec), id_slot(mapper.slot_of("extra.threatfox_id")) {}

  simdjson::dom::parser parser;
  std::vector<simdjson::dom::element> listed;
  RecordMapper mapper;
  ColumnFinder columns;
  std::size_t id_slot;
  IntelmqValue value;
  std::string id;
};

// Where the calling thread passes a deferred element's records: straight
// to the file's tally, until it fails.
struct TallyOutcomes {
  RecordTally& tally;
  IntelmqEvent& event;
  base::Status status;

  IntelmqEvent& next_event() { return event; }
  void accept(std::uint64_t) {
    if (status) status = tally.accept(event);
  }
  void reject(std::uint64_t line, const std::string& reason) {
    if (status) status = tally.reject(line, reason);
  }
};

// Maps `element`, the parsed element `index` of `batch` (a Feodo record, or
// a ThreatFox id's array of records), into `out`: the batch's outcomes (a
// ThreatFox id with more records than the batch may keep is deferred), or
// the tally (TallyOutcomes).
template <class Outcomes>
void map_dom_element(const FeedSpec& spec, JsonFeedWorker& worker, const detail::JsonBatch& batch,
                     std::size_t index, simdjson::dom::element element, Outcomes& out) {
  const detail::JsonBatch::Record& record = batch.records[index];
  const bool by_id = &spec == &kThreatfoxJson;
  // ThreatFox: the member's value is an array of records, its key the id.
  std::span<const simdjson::dom::element> records(&element, 1);
  if (by_id) {
    worker.id = batch.key(record);
    simdjson::dom::array array;
    if (element.get_array().get(array) != simdjson::SUCCESS) {
      out.reject(record.line, worker.id + ": expected an array of records");
      return;
    }
    if constexpr (std::is_same_v<Outcomes, detail::JsonBatch>) {
      if (array.size() > 1 &&
          out.outcomes.size() + array.size() > detail::JsonBatch::kMaxOutcomes) {
        out.defer(index);
        return;
      }
    }
    worker.listed.assign(array.begin(), array.end());
    records = worker.listed;
  }
  for (const auto listed : records) {
    if constexpr (std::is_same_v<Outcomes, TallyOutcomes>) {
      if (!out.status) return;
    }
    simdjson::dom::object object;
    std::optional<std::string> rejected;
    IntelmqEvent& event = out.next_event();
    if (listed.get_object().get(object) != simdjson::SUCCESS) {
      rejected = "expected an object, got " +
                 std::string(by_id ? "another value in '" + worker.id + "'" : "another value");
    } else {
      rejected = map_json_object(object, worker.columns, worker.mapper, event, worker.value);
      if (!rejected && by_id) set_threatfox_id(worker.id, worker.id_slot, worker.mapper, event);
    }
    if (rejected) {
      out.reject(record.line, std::move(*rejected));
    } else {
      out.accept(record.line);
    }
  }
}

// Maps the element `index` of `batch` on its own.
void map_json_element(const FeedSpec& spec, JsonFeedWorker& worker, detail::JsonBatch& batch,
                      std::size_t index) {
  const detail::JsonBatch::Record& record = batch.records[index];
  const std::string_view bytes = batch.text(record);
  simdjson::dom::element element;
  if (const auto code = worker.parser.parse(bytes.data(), bytes.size(), false).get(element); code) {
    batch.reject(record.line, std::string("not valid JSON: ") + simdjson::error_message(code));
    return;
  }
  map_dom_element(spec, worker, batch, index, element, batch);
}

// Maps every element of `batch`. The batch is first parsed whole, as one
// array: one pass of simdjson's parser (compiled for the machine's vector
// unit) over many records costs far less than one per record. The splitter
// ended each element at its first top-level ',' or bracket, so when the
// array parses, its elements are the batch's records one for one, and each
// maps as it would alone. When any record is not valid JSON the array does
// not parse, and each element is mapped on its own.
void map_json_batch(const FeedSpec& spec, JsonFeedWorker& worker, detail::JsonBatch& batch) {
  const std::string_view array_bytes = batch.joined();
  simdjson::dom::element root;
  simdjson::dom::array array;
  if (worker.parser.parse(array_bytes.data(), array_bytes.size(), false).get(root) ==
          simdjson::SUCCESS &&
      root.get_array().get(array) == simdjson::SUCCESS && array.size() == batch.records.size()) {
    std::size_t index = 0;
    for (const auto element : array) {
      map_dom_element(spec, worker, batch, index++, element, batch);
    }
    return;
  }
  for (std::size_t i = 0; i < batch.records.size(); ++i) map_json_element(spec, worker, batch, i);
}

base::Result<FeedSummary> parse_json_feed(const FeedSpec& spec, const std::string& file_name,
                                          std::unique_ptr<ByteSource> source,
                                          std::optional<std::uint64_t> max_errors,
                                          const EventSink& on_event,
                                          const RejectionSink& on_rejection, std::size_t threads) {
  JsonElementStream stream(file_name, std::move(source));
  RecordTally outcome(file_name, max_errors, on_event, on_rejection, spec.format_name);
  const bool by_id = &spec == &kThreatfoxJson;
  const std::size_t worker_count = base::worker_count(threads);
  // One per worker thread, and one for this thread, which maps batches too.
  std::vector<JsonFeedWorker> workers;
  workers.reserve(worker_count + 1);
  for (std::size_t i = 0; i <= worker_count; ++i) workers.emplace_back(spec);
  base::OrderedWorkers<detail::JsonBatch> pool(worker_count,
                                               [&](std::size_t worker, detail::JsonBatch& batch) {
                                                 map_json_batch(spec, workers[worker], batch);
                                               });
  bool first = true;
  const auto fill = [&](detail::JsonBatch& batch) -> base::Result<bool> {
    while (!batch.filled()) {
      auto has_element = stream.next();
      if (!has_element) return tl::unexpected(has_element.error());
      if (first) {
        first = false;
        const auto expected =
            by_id ? JsonElementStream::Container::kObject : JsonElementStream::Container::kArray;
        if (stream.container() != expected) {
          return base::fail(
              base::ErrorCode::kInvalidInput,
              file_name + ":1: expected a JSON " +
                  (by_id ? "object of records by id (ThreatFox's export)" : "array of records"));
        }
      }
      if (!*has_element) return false;
      batch.add(stream.element(), stream.line(), stream.key());
    }
    return true;
  };
  // A deferred element (a ThreatFox id with many records) is mapped here,
  // its records passed on one by one, with this thread's worker state
  // (which a worker thread never uses).
  IntelmqEvent deferred_event;
  const auto map_deferred = [&](const detail::JsonBatch& batch,
                                const detail::JsonBatch::Record& record) -> base::Status {
    JsonFeedWorker& self = workers[worker_count];
    const auto index = static_cast<std::size_t>(&record - batch.records.data());
    const std::string_view bytes = batch.text(record);
    TallyOutcomes out{outcome, deferred_event, {}};
    simdjson::dom::element element;
    if (const auto code = self.parser.parse(bytes.data(), bytes.size(), false).get(element); code) {
      out.reject(record.line, std::string("not valid JSON: ") + simdjson::error_message(code));
    } else {
      map_dom_element(spec, self, batch, index, element, out);
    }
    return out.status;
  };
  if (auto status = detail::run_json_batches(pool, outcome, fill, map_deferred); !status) {
    return tl::unexpected(status.error());
  }
  return outcome.summary();
}

}  // namespace

base::Result<FeedSummary> parse_abusech_feed(AbusechFeed feed, const std::string& file_name,
                                             std::unique_ptr<ByteSource> source,
                                             std::optional<std::uint64_t> max_errors,
                                             const EventSink& on_event,
                                             const RejectionSink& on_rejection,
                                             std::size_t threads) {
  switch (feed) {
    case AbusechFeed::kFeodoJson:
      return parse_json_feed(kFeodoJson, file_name, std::move(source), max_errors, on_event,
                             on_rejection, threads);
    case AbusechFeed::kThreatfoxJson:
      return parse_json_feed(kThreatfoxJson, file_name, std::move(source), max_errors, on_event,
                             on_rejection, threads);
    case AbusechFeed::kFeodoCsv:
      return parse_csv_feed(kFeodoCsv, file_name, std::move(source), max_errors, on_event,
                            on_rejection);
    case AbusechFeed::kUrlhausCsv:
      return parse_csv_feed(kUrlhausCsv, file_name, std::move(source), max_errors, on_event,
                            on_rejection);
  }
  return base::fail(base::ErrorCode::kInternal, "parse_abusech_feed: unknown feed");
}

}  // namespace kybersaa::feed
