#pragma once
// IntelMQ's harmonised event, the lingua franca of CERT feed tooling: a flat
// map from dotted field names ("source.ip", "classification.type",
// "extra.tag") to typed values, written as one JSON object per line. The field
// names and their types follow IntelMQ's harmonization (its
// harmonization.conf); names outside it live under "extra.".

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/json_string.hpp"

namespace kybersaa::feed {

enum class ValueKind { kString, kInteger, kFloat, kBoolean };

// One value: a string, an integer, a float or a boolean. `text` is kept for
// reuse between rows, so that a steady stream allocates nothing.
struct IntelmqValue {
  ValueKind kind = ValueKind::kString;
  std::string text;
  std::int64_t integer = 0;
  double number = 0;
  bool boolean = false;

  void set_string(std::string_view value) {
    kind = ValueKind::kString;
    text.assign(value);
  }
  // set_string() for a value that is often the one already there (a
  // feed's fixed values, set on every event of reused storage): the text
  // is only written when it differs.
  void set_constant(std::string_view value) {
    kind = ValueKind::kString;
    if (std::string_view(text) != value) text.assign(value);
  }
  void set_integer(std::int64_t value) {
    kind = ValueKind::kInteger;
    integer = value;
  }
  void set_float(double value) {
    kind = ValueKind::kFloat;
    number = value;
  }
  void set_boolean(bool value) {
    kind = ValueKind::kBoolean;
    boolean = value;
  }
};

// The value types of IntelMQ's harmonization that change or check a value.
enum class IntelmqType {
  kString,
  kLowercaseString,
  kUppercaseString,
  kAsciiString,           // printable ASCII only (hashes, versions)
  kAsciiLowercaseString,  // printable ASCII, lower-cased (malware.name, protocol.application)
  kCountryCode,           // an UppercaseString of exactly two letters
  kFqdn,
  kUrl,
  kDateTime,
  kFloat,
  kInteger,
  kAsn,
  kIpAddress,
  kIpNetwork,
  kBoolean,
  kRegistry,
};

// Returns the type of harmonised field `key`, or nullopt when `key` is not a
// harmonised field (it then belongs under "extra."). Keys under "extra." are
// reported as kString.
std::optional<IntelmqType> intelmq_field_type(std::string_view key);

namespace detail {
// normalize_intelmq_time() without its fast path for the common forms: the
// general scanner alone, which tests hold the fast path to.
bool normalize_intelmq_time_general(std::string_view text, std::string& out);
}  // namespace detail

// Checks `value` against `type` and brings it to IntelMQ's canonical form in
// place (lower-cased, compressed IPv6, "YYYY-MM-DDTHH:MM:SS+00:00", ...).
// Returns false when the value is not valid for the type; `value` is then
// unspecified.
bool sanitize_intelmq_value(IntelmqType type, IntelmqValue& value);

// Reads a whole decimal integer, or a finite decimal number, as Python's
// int() and float() read feed values: spaces and tabs around it and a
// leading '+' are allowed. False for anything else; `out` is then
// unspecified.
bool parse_intelmq_integer(std::string_view text, std::int64_t& out);
bool parse_intelmq_float(std::string_view text, double& out);

// Parses a date and time in the forms Shadowserver and HTTP use
// ("2024-01-31 12:00:00", ISO 8601 with "T", fractions and a zone, "Z",
// " UTC", "Thu, 19 Apr 2018 00:02:28 GMT") and writes it as UTC in IntelMQ's
// form, "2024-01-31T12:00:00+00:00" (with ".ffffff" when there are
// fractions). Returns nullopt when `text` is not such a date.
std::optional<std::string> normalize_intelmq_time(std::string_view text);

// The same, writing into `out` (replacing its content; no allocation once
// `out` has grown). Returns false, leaving `out` unspecified, when `text` is
// not such a date.
bool normalize_intelmq_time(std::string_view text, std::string& out);

// An event being built. Keys are views: the strings they view must outlive
// the event (the parser keeps them in its per-file plan). Setting a key that
// is already there replaces its value. Not thread-safe.
class IntelmqEvent {
 public:
  // Entries with a rank are written in rank order, which callers that know
  // their keys in advance give as the keys' sorted order (saving the string
  // comparisons); kNoRank entries are ordered by key.
  static constexpr std::uint32_t kNoRank = 0xFFFFFFFF;
  struct Entry {
    std::string_view key;
    std::uint32_t rank = kNoRank;
    IntelmqValue value;
  };

  // Empties the event, keeping its storage for the next one.
  void clear() { size_ = 0; }
  // Returns the value slot for `key`, added when missing.
  IntelmqValue& set(std::string_view key);
  // Adds `key`, which the caller guarantees is not in the event yet (no
  // search: for callers that track their keys), and returns its value slot.
  IntelmqValue& append(std::string_view key, std::uint32_t rank = kNoRank) {
    if (size_ == entries_.size()) entries_.emplace_back();
    Entry& entry = entries_[size_++];
    entry.key = key;
    entry.rank = rank;
    return entry.value;
  }
  // Removes the entry added last.
  void remove_last() { --size_; }
  // The value of entry `index` (< size()).
  IntelmqValue& value_at(std::size_t index) { return entries_[index].value; }
  // Removes `key` if present.
  void erase(std::string_view key);
  // Returns the value of `key`, or nullptr.
  const IntelmqValue* find(std::string_view key) const;
  std::size_t size() const { return size_; }
  const Entry& entry(std::size_t index) const { return entries_[index]; }

  // Appends the event as one JSON object with sorted keys and a newline.
  void append_json_line(std::string& out) const;

 private:
  std::vector<Entry> entries_;
  std::size_t size_ = 0;
  mutable std::vector<std::size_t> order_;
};

// Appends `text` as a JSON string literal (quotes included) to `out`.
using base::append_json_string;

}  // namespace kybersaa::feed
