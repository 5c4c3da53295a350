// Parsing incident notifications (JSON Lines) with simdjson's DOM parser.
//
// Each line is copied into a reused buffer padded for simdjson (which reads
// a little past the end of its input) and parsed there. Parsing is
// sequential; app/ingest_files.cpp overlaps it with storing. One
// bad line fails the file: the caller stores files all or nothing, so the
// error names the first problem precisely instead of collecting many.

#include "ingest/notification/notification_parser.hpp"

#include <fmt/format.h>
#include <simdjson.h>

#include <algorithm>
#include <string>

#include "base/utf8.hpp"
#include "model/calendar.hpp"

namespace kybersaa::ingest {
namespace {

using base::ErrorCode;
using simdjson::dom::element;
using simdjson::dom::element_type;

constexpr std::size_t kMaxTitleChars = 500;
constexpr std::size_t kMaxSummaryChars = 20000;
constexpr std::size_t kMaxReferenceChars = 200;
constexpr std::size_t kMaxNameChars = 300;
constexpr std::size_t kMaxSourceChars = 2000;
constexpr std::size_t kMaxPhoneChars = 100;

std::size_t count_chars(std::string_view utf8) {
  return static_cast<std::size_t>(std::count_if(utf8.begin(), utf8.end(), [](char c) {
    return (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  }));
}

std::string_view type_name(element_type type) {
  switch (type) {
    case element_type::ARRAY:
      return "an array";
    case element_type::OBJECT:
      return "an object";
    case element_type::INT64:
    case element_type::UINT64:
    case element_type::DOUBLE:
      return "a number";
    case element_type::STRING:
      return "a string";
    case element_type::BOOL:
      return "a boolean";
    case element_type::NULL_VALUE:
      return "null";
  }
  return "a value";
}

// Reads one notification line, producing errors that name file, line and key.
class LineReader {
 public:
  LineReader(std::string_view file, std::size_t line) : file_(file), line_(line) {}

  base::Error error(std::string_view message) const {
    return {ErrorCode::kInvalidInput, fmt::format("{}:{}: {}", file_, line_, message)};
  }
  base::Error key_error(std::string_view key, std::string_view message) const {
    return error(fmt::format("key '{}': {}", key, message));
  }

  base::Result<std::string> string(std::string_view key, element value, std::size_t max_chars,
                                   bool allow_empty) const {
    std::string_view text;
    if (value.get_string().get(text)) {
      return tl::unexpected(
          key_error(key, fmt::format("expected a string, got {}", type_name(value.type()))));
    }
    if (!allow_empty && text.find_first_not_of(" \t\r\n") == std::string_view::npos) {
      return tl::unexpected(key_error(key, "must not be empty"));
    }
    if (count_chars(text) > max_chars) {
      return tl::unexpected(key_error(key, fmt::format("longer than {} characters", max_chars)));
    }
    return std::string(text);
  }

  template <class E>
  base::Result<E> word(std::string_view key, element value,
                       std::optional<E> (*parse)(std::string_view),
                       std::span<const std::string_view> allowed) const {
    std::string_view text;
    if (value.get_string().get(text)) {
      return tl::unexpected(
          key_error(key, fmt::format("expected a string, got {}", type_name(value.type()))));
    }
    if (auto parsed = parse(text)) return *parsed;
    std::string list;
    for (auto name : allowed) {
      if (!list.empty()) list += ", ";
      list += name;
    }
    return tl::unexpected(key_error(key, fmt::format("'{}' is not one of: {}", text, list)));
  }

  base::Result<std::int64_t> instant(std::string_view key, element value) const {
    std::string_view text;
    if (value.get_string().get(text)) {
      return tl::unexpected(key_error(
          key, fmt::format("expected a date-time string, got {}", type_name(value.type()))));
    }
    if (auto parsed = model::parse_iso_instant(text)) return *parsed;
    return tl::unexpected(key_error(
        key, fmt::format("'{}' is not a valid ISO 8601 date or date-time (e.g. 2026-10-05 or "
                         "2026-10-05T09:12:00+03:00)",
                         text)));
  }

  base::Result<std::int64_t> count(std::string_view key, element value) const {
    std::int64_t number = 0;
    if (value.type() == element_type::INT64 && !value.get_int64().get(number) && number >= 0) {
      return number;
    }
    return tl::unexpected(key_error(key, "expected a non-negative integer"));
  }

  // A measurement in Gbit/s: a finite number, 0 or more, below a bound no
  // attack has come near (the largest reported are a few Tbit/s).
  base::Result<double> gigabits(std::string_view key, element value) const {
    constexpr double kMaxGbps = 1'000'000.0;
    double number = 0;
    if ((value.type() == element_type::DOUBLE || value.type() == element_type::INT64 ||
         value.type() == element_type::UINT64) &&
        !value.get_double().get(number) && number >= 0.0 && number <= kMaxGbps) {
      return number;
    }
    return tl::unexpected(key_error(key, "expected a number of Gbit/s, 0 to 1000000"));
  }

  base::Result<simdjson::dom::object> object(std::string_view key, element value) const {
    simdjson::dom::object result;
    if (value.get_object().get(result)) {
      return tl::unexpected(
          key_error(key, fmt::format("expected an object, got {}", type_name(value.type()))));
    }
    return result;
  }

  base::Result<simdjson::dom::array> array(std::string_view key, element value) const {
    simdjson::dom::array result;
    if (value.get_array().get(result)) {
      return tl::unexpected(
          key_error(key, fmt::format("expected an array, got {}", type_name(value.type()))));
    }
    return result;
  }

 private:
  std::string_view file_;
  std::size_t line_;
};

// Tracks which keys of an object were seen, to reject duplicates and report
// missing required ones.
class KeySet {
 public:
  explicit KeySet(std::span<const std::string_view> known) : known_(known), seen_(known.size()) {}
  // Returns the index of `key` in the known list, or nullopt when unknown.
  // Sets `duplicate` when it was seen before.
  std::optional<std::size_t> mark(std::string_view key, bool& duplicate) {
    for (std::size_t i = 0; i < known_.size(); ++i) {
      if (known_[i] == key) {
        duplicate = seen_[i];
        seen_[i] = true;
        return i;
      }
    }
    return std::nullopt;
  }
  bool seen(std::string_view key) const {
    for (std::size_t i = 0; i < known_.size(); ++i) {
      if (known_[i] == key) return seen_[i];
    }
    return false;
  }

 private:
  std::span<const std::string_view> known_;
  std::vector<bool> seen_;
};

constexpr std::array<std::string_view, 17> kTopKeys = {
    "title",    "summary",  "reference", "field",    "rsit",          "organization",
    "reported", "detected", "started",   "affected", "personal_data", "status",
    "tlp",      "severity", "sources",   "ddos",     "contact"};
constexpr std::array<std::string_view, 6> kRequiredKeys = {"title",        "field",    "rsit",
                                                           "organization", "reported", "severity"};

// Reads the members of `object` that `keys` names into `on_member`; unknown
// and duplicate keys are errors. `path` prefixes nested key names ("rsit.").
template <class OnMember>
base::Status read_members(const LineReader& reader, simdjson::dom::object object,
                          std::span<const std::string_view> keys, std::string_view path,
                          std::span<const std::string_view> required, OnMember&& on_member) {
  KeySet seen(keys);
  for (auto [key, value] : object) {
    bool duplicate = false;
    if (!seen.mark(key, duplicate)) {
      return tl::unexpected(reader.error(fmt::format("unknown key '{}{}'", path, key)));
    }
    if (duplicate) {
      return tl::unexpected(reader.error(fmt::format("duplicate key '{}{}'", path, key)));
    }
    if (auto status = on_member(key, value); !status) return status;
  }
  for (auto key : required) {
    if (!seen.seen(key)) {
      return tl::unexpected(reader.error(fmt::format("missing required key '{}{}'", path, key)));
    }
  }
  return {};
}

base::Result<model::Incident> parse_notification(const LineReader& reader,
                                                 simdjson::dom::object object) {
  model::Incident incident;
  auto on_member = [&](std::string_view key, element value) -> base::Status {
    auto assign = [](auto& target, auto result) -> base::Status {
      if (!result) return tl::unexpected(result.error());
      target = std::move(*result);
      return {};
    };
    if (key == "title")
      return assign(incident.title, reader.string(key, value, kMaxTitleChars, false));
    if (key == "summary") {
      return assign(incident.summary, reader.string(key, value, kMaxSummaryChars, true));
    }
    if (key == "reference") {
      return assign(incident.reference, reader.string(key, value, kMaxReferenceChars, true));
    }
    if (key == "field") {
      std::string_view text;
      if (value.get_string().get(text)) {
        return tl::unexpected(reader.key_error(key, "expected a string"));
      }
      if (auto field = model::parse_field(text)) {
        incident.field = *field;
        return {};
      }
      return tl::unexpected(reader.key_error(
          key, fmt::format("'{}' is not a field id (network, espionage, malware-vulnerabilities, "
                           "breaches-leaks, scams-phishing, automation-iot)",
                           text)));
    }
    if (key == "rsit") {
      auto rsit = reader.object(key, value);
      if (!rsit) return tl::unexpected(rsit.error());
      static constexpr std::array<std::string_view, 2> kRsitKeys = {"taxonomy", "type"};
      auto status = read_members(
          reader, *rsit, kRsitKeys, "rsit.", kRsitKeys,
          [&](std::string_view k, element v) -> base::Status {
            auto text = reader.string(fmt::format("rsit.{}", k), v, 100, false);
            if (!text) return tl::unexpected(text.error());
            (k == "taxonomy" ? incident.rsit.taxonomy : incident.rsit.type) = std::move(*text);
            return {};
          });
      if (!status) return status;
      if (!model::is_valid_rsit(incident.rsit.taxonomy, incident.rsit.type)) {
        return tl::unexpected(
            reader.key_error(key, fmt::format("'{}/{}' is not an RSIT taxonomy/type pair",
                                              incident.rsit.taxonomy, incident.rsit.type)));
      }
      return {};
    }
    if (key == "organization") {
      auto org = reader.object(key, value);
      if (!org) return tl::unexpected(org.error());
      static constexpr std::array<std::string_view, 2> kOrgKeys = {"name", "sector"};
      return read_members(
          reader, *org, kOrgKeys, "organization.", kOrgKeys,
          [&](std::string_view k, element v) -> base::Status {
            if (k == "name") {
              return assign(incident.organization.name,
                            reader.string("organization.name", v, kMaxNameChars, false));
            }
            return assign(incident.organization.sector,
                          reader.word<model::Sector>("organization.sector", v, model::parse_sector,
                                                     model::sector_names()));
          });
    }
    if (key == "reported") return assign(incident.reported_at, reader.instant(key, value));
    if (key == "detected") return assign(incident.detected_at, reader.instant(key, value));
    if (key == "started") return assign(incident.started_at, reader.instant(key, value));
    if (key == "affected") {
      auto affected = reader.object(key, value);
      if (!affected) return tl::unexpected(affected.error());
      static constexpr std::array<std::string_view, 2> kAffectedKeys = {"people", "devices"};
      return read_members(
          reader, *affected, kAffectedKeys, "affected.", {},
          [&](std::string_view k, element v) -> base::Status {
            if (k == "people") {
              return assign(incident.affected_people, reader.count("affected.people", v));
            }
            return assign(incident.affected_devices, reader.count("affected.devices", v));
          });
    }
    if (key == "personal_data") {
      auto kinds = reader.array(key, value);
      if (!kinds) return tl::unexpected(kinds.error());
      for (element item : *kinds) {
        auto kind = reader.word<model::PersonalData>(key, item, model::parse_personal_data,
                                                     model::personal_data_names());
        if (!kind) return tl::unexpected(kind.error());
        if (std::find(incident.personal_data.begin(), incident.personal_data.end(), *kind) !=
            incident.personal_data.end()) {
          return tl::unexpected(reader.key_error(
              key, fmt::format("'{}' is listed twice", model::personal_data_name(*kind))));
        }
        incident.personal_data.push_back(*kind);
      }
      std::sort(incident.personal_data.begin(), incident.personal_data.end());
      return {};
    }
    if (key == "status") {
      return assign(incident.status, reader.word<model::IncidentStatus>(
                                         key, value, model::parse_status, model::status_names()));
    }
    if (key == "tlp") {
      return assign(incident.tlp,
                    reader.word<model::Tlp>(key, value, model::parse_tlp, model::tlp_names()));
    }
    if (key == "severity") {
      return assign(
          incident.severity,
          reader.word<model::Severity>(key, value, model::parse_severity, model::severity_names()));
    }
    if (key == "sources") {
      auto sources = reader.array(key, value);
      if (!sources) return tl::unexpected(sources.error());
      for (element item : *sources) {
        auto source = reader.string(key, item, kMaxSourceChars, false);
        if (!source) return tl::unexpected(source.error());
        incident.sources.push_back(std::move(*source));
      }
      return {};
    }
    if (key == "ddos") {
      auto ddos = reader.object(key, value);
      if (!ddos) return tl::unexpected(ddos.error());
      static constexpr std::array<std::string_view, 2> kDdosKeys = {"peak_gbps",
                                                                    "duration_minutes"};
      model::DdosMeasurement measurement;
      auto status = read_members(
          reader, *ddos, kDdosKeys, "ddos.", {},
          [&](std::string_view k, element v) -> base::Status {
            if (k == "peak_gbps") {
              return assign(measurement.peak_gbps, reader.gigabits("ddos.peak_gbps", v));
            }
            return assign(measurement.duration_minutes, reader.count("ddos.duration_minutes", v));
          });
      if (!status) return status;
      if (!measurement.peak_gbps && !measurement.duration_minutes) {
        return tl::unexpected(
            reader.key_error(key, "expected 'peak_gbps' or 'duration_minutes' (or both)"));
      }
      incident.ddos = measurement;
      return {};
    }
    // key == "contact": the last of kTopKeys.
    auto contact_object = reader.object(key, value);
    if (!contact_object) return tl::unexpected(contact_object.error());
    model::Contact contact;
    static constexpr std::array<std::string_view, 3> kContactKeys = {"name", "email", "phone"};
    auto status = read_members(
        reader, *contact_object, kContactKeys, "contact.", {},
        [&](std::string_view k, element v) -> base::Status {
          std::string& target = k == "name"    ? contact.name
                                : k == "email" ? contact.email
                                               : contact.phone;
          return assign(target, reader.string(fmt::format("contact.{}", k), v,
                                              k == "phone" ? kMaxPhoneChars : kMaxNameChars, true));
        });
    if (!status) return status;
    incident.contact = std::move(contact);
    return {};
  };
  if (auto status = read_members(reader, object, kTopKeys, "", kRequiredKeys, on_member); !status) {
    return tl::unexpected(status.error());
  }
  if (incident.detected_at && *incident.detected_at > incident.reported_at) {
    return tl::unexpected(reader.error("'detected' is after 'reported'"));
  }
  if (incident.started_at && *incident.started_at > incident.reported_at) {
    return tl::unexpected(reader.error("'started' is after 'reported'"));
  }
  if (incident.started_at && incident.detected_at && *incident.started_at > *incident.detected_at) {
    return tl::unexpected(reader.error("'started' is after 'detected'"));
  }
  incident.id = model::incident_content_id(incident);
  return incident;
}

// Fails when `bytes` (which begin at line `first_line`, byte `first_byte`
// of the file) are not UTF-8. simdjson's SIMD validator is the fast path; the
// scalar one runs only to say where the bad byte is.
base::Status check_utf8(std::string_view file_name, std::string_view bytes, std::size_t first_line,
                        std::size_t first_byte) {
  if (simdjson::validate_utf8(bytes.data(), bytes.size())) return {};
  const std::size_t bad = base::find_invalid_utf8(bytes).value_or(0);
  const auto line =
      first_line + static_cast<std::size_t>(std::count(
                       bytes.begin(), bytes.begin() + static_cast<std::ptrdiff_t>(bad), '\n'));
  return base::fail(ErrorCode::kInvalidInput,
                    fmt::format("{}:{}: invalid UTF-8 at byte offset {} (notifications must be "
                                "UTF-8; convert the file, e.g. with iconv)",
                                file_name, line, first_byte + bad));
}

// Parses the lines of `chunk`, the first of which is line `first_line` of
// the file. Each line is copied into one reused buffer with simdjson's
// padding behind it, instead of copying the whole (possibly huge) file.
base::Result<std::vector<model::Incident>> parse_chunk(std::string_view file_name,
                                                       std::string_view chunk,
                                                       std::size_t first_line) {
  std::string line_buffer;
  simdjson::dom::parser parser;
  std::vector<model::Incident> incidents;
  std::size_t line_number = first_line - 1;
  std::size_t start = 0;
  while (start < chunk.size()) {
    ++line_number;
    std::size_t end = chunk.find('\n', start);
    if (end == std::string_view::npos) end = chunk.size();
    std::size_t length = end - start;
    if (length > 0 && chunk[start + length - 1] == '\r') --length;
    const std::string_view line = chunk.substr(start, length);
    start = end + 1;
    LineReader reader(file_name, line_number);
    if (line.find_first_not_of(" \t") == std::string_view::npos) continue;
    if (line.size() > kMaxNotificationLineBytes) {
      return tl::unexpected(reader.error(fmt::format("line is {} bytes, more than the limit of {}",
                                                     line.size(), kMaxNotificationLineBytes)));
    }
    element document;
    line_buffer.assign(line);
    line_buffer.resize(line.size() + simdjson::SIMDJSON_PADDING);
    if (auto error = parser.parse(line_buffer.data(), line.size(), false).get(document)) {
      return tl::unexpected(
          reader.error(fmt::format("malformed JSON: {}", simdjson::error_message(error))));
    }
    simdjson::dom::object object;
    if (document.get_object().get(object)) {
      return tl::unexpected(
          reader.error(fmt::format("expected a JSON object, got {}", type_name(document.type()))));
    }
    auto incident = parse_notification(reader, object);
    if (!incident) return tl::unexpected(incident.error());
    incidents.push_back(std::move(*incident));
  }
  return incidents;
}

}  // namespace

bool NotificationParser::sniff(std::string_view head) const {
  return !json_object_start(head).empty();
}

base::Result<std::vector<model::Incident>> NotificationParser::parse(std::string_view file_name,
                                                                     std::string_view bytes) const {
  auto incidents = parse_lines(file_name, bytes, 1, 0);
  if (incidents && incidents->empty()) {
    return base::fail(ErrorCode::kInvalidInput,
                      fmt::format("{}: no notifications (only blank lines)", file_name));
  }
  return incidents;
}

base::Result<std::vector<model::Incident>> NotificationParser::parse_lines(
    std::string_view file_name, std::string_view lines, std::size_t first_line,
    std::size_t first_byte) const {
  if (first_byte == 0 && lines.starts_with("\xEF\xBB\xBF")) {
    lines.remove_prefix(3);
    first_byte = 3;
  }
  if (auto status = check_utf8(file_name, lines, first_line, first_byte); !status) {
    return tl::unexpected(status.error());
  }
  return parse_chunk(file_name, lines, first_line);
}

}  // namespace kybersaa::ingest
