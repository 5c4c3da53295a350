#include "feed/shadowserver_parser.hpp"

#include <algorithm>
#include <cstring>

#include "base/utf8.hpp"
#include "feed/aggregator.hpp"

namespace kybersaa::feed {
namespace detail {

// Where a mapped value goes.
enum class Target {
  kIgnore,       // the schema maps the column to false
  kExtraColumn,  // "extra.": extra.<column>
  kExtraKey,     // "extra.something"
  kHarmonised,   // a harmonised field, checked by its type
  kUnknownKey,   // a name outside the harmonization: extra.<name>
};

struct MappingStep {
  std::string key;  // the final event key
  std::size_t key_id = 0;
  std::optional<std::size_t> column;
  std::string column_name;
  Conversion conversion = Conversion::kNone;
  Target target = Target::kHarmonised;
  IntelmqType type = IntelmqType::kString;
  bool required = false;
  bool kept = true;  // false: only checked (the event leaves its key out)
  // The conversion already brings the value to the target type's canonical
  // form (a time, an IP address): no second check.
  bool sanitized_by_conversion = false;
};

// True when the step can reject a row: a value that must convert.
bool can_reject(const MappingStep& step) {
  switch (step.conversion) {
    case Conversion::kAddUtcToTimestamp:
    case Conversion::kConvertDate:
    case Conversion::kConvertDateUtc:
    case Conversion::kConvertInt:
    case Conversion::kInvalidateZero:
    case Conversion::kConvertFloat:
      return true;
    case Conversion::kValidateIp:
      return step.required;
    default:
      return step.required && step.target == Target::kHarmonised;
  }
}

}  // namespace detail

namespace {

using detail::MappingStep;
using detail::Target;

std::optional<std::size_t> column_index(std::span<const std::string> header,
                                        std::string_view name) {
  const auto found = std::find(header.begin(), header.end(), name);
  if (found == header.end()) return std::nullopt;
  return static_cast<std::size_t>(found - header.begin());
}

std::string quote_value(std::string_view value) {
  constexpr std::size_t kShown = 60;
  std::string out = "'";
  out += value.substr(0, kShown);
  if (value.size() > kShown) out += "...";
  return out + "'";
}

bool equals_lower(std::string_view text, std::string_view lower) {
  if (text.size() != lower.size()) return false;
  for (std::size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    if (c != lower[i]) return false;
  }
  return true;
}

bool is_strict_base64(std::string_view text) {
  if (text.size() % 4 != 0) return false;
  std::size_t padding = 0;
  for (const char c : text) {
    const bool alphabet = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') ||
                          (c >= '0' && c <= '9') || c == '+' || c == '/';
    if (c == '=') {
      ++padding;
    } else if (!alphabet || padding > 0) {
      return false;
    }
  }
  return padding <= 2;
}

std::string encode_base64(std::string_view bytes) {
  static constexpr char kAlphabet[] =
      "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
  std::string out;
  out.reserve((bytes.size() + 2) / 3 * 4);
  std::size_t i = 0;
  for (; i + 2 < bytes.size(); i += 3) {
    const auto n = static_cast<std::uint32_t>(static_cast<unsigned char>(bytes[i])) << 16 |
                   static_cast<std::uint32_t>(static_cast<unsigned char>(bytes[i + 1])) << 8 |
                   static_cast<unsigned char>(bytes[i + 2]);
    out += {kAlphabet[n >> 18], kAlphabet[(n >> 12) & 63], kAlphabet[(n >> 6) & 63],
            kAlphabet[n & 63]};
  }
  if (i < bytes.size()) {
    std::uint32_t n = static_cast<std::uint32_t>(static_cast<unsigned char>(bytes[i])) << 16;
    if (i + 1 < bytes.size())
      n |= static_cast<std::uint32_t>(static_cast<unsigned char>(bytes[i + 1])) << 8;
    out += kAlphabet[n >> 18];
    out += kAlphabet[(n >> 12) & 63];
    out += i + 1 < bytes.size() ? kAlphabet[(n >> 6) & 63] : '=';
    out += '=';
  }
  return out;
}

// The CVE ids in a Shadowserver tag list ("cve-2021-26855;exchange"),
// upper-cased and joined with ",".
std::string extract_cve_ids(std::string_view tag) {
  std::string ids;
  std::size_t start = 0;
  while (start <= tag.size()) {
    const std::size_t end = std::min(tag.find_first_of(";, ", start), tag.size());
    const std::string_view part = tag.substr(start, end - start);
    // cve-YYYY-NNNN...
    const bool is_cve =
        part.size() >= 13 && equals_lower(part.substr(0, 4), "cve-") && part[8] == '-' &&
        std::all_of(part.begin() + 4, part.begin() + 8,
                    [](char c) { return c >= '0' && c <= '9'; }) &&
        std::all_of(part.begin() + 9, part.end(), [](char c) { return c >= '0' && c <= '9'; });
    if (is_cve) {
      if (!ids.empty()) ids += ',';
      ids += "CVE";
      ids += part.substr(3);
    }
    start = end + 1;
  }
  return ids;
}

bool is_empty_value(std::string_view text) { return text.empty(); }

// base::find_invalid_utf8 after a quick scan for the all-ASCII case, which
// almost every Shadowserver row is.
std::optional<std::size_t> find_invalid_utf8_fast(std::string_view text) {
  std::uint64_t high = 0;
  std::size_t i = 0;
  for (; i + 8 <= text.size(); i += 8) {
    std::uint64_t word = 0;
    std::memcpy(&word, text.data() + i, 8);
    high |= word;
  }
  for (; i < text.size(); ++i) high |= static_cast<unsigned char>(text[i]);
  if ((high & 0x8080808080808080ULL) == 0) return std::nullopt;
  return base::find_invalid_utf8(text);
}

// True for "YYYY-MM-DD-..." file names, Shadowserver's own naming.
bool is_dated_report_name(std::string_view path) {
  const std::size_t slash = path.find_last_of('/');
  const std::string_view name = slash == std::string_view::npos ? path : path.substr(slash + 1);
  if (name.size() < 11) return false;
  for (std::size_t i = 0; i < 11; ++i) {
    const bool dash = i == 4 || i == 7 || i == 10;
    if (dash ? name[i] != '-' : (name[i] < '0' || name[i] > '9')) return false;
  }
  return true;
}

// Field `index` of the record, empty when the row is shorter than that.
std::string_view field_of(const CsvReader& reader, std::size_t index) {
  return index < reader.field_count() ? reader.field(index) : std::string_view();
}

}  // namespace

ShadowserverRowMapper::ShadowserverRowMapper(ShadowserverRowMapper&&) noexcept = default;
ShadowserverRowMapper& ShadowserverRowMapper::operator=(ShadowserverRowMapper&&) noexcept = default;
ShadowserverRowMapper::~ShadowserverRowMapper() = default;

base::Result<ShadowserverRowMapper> ShadowserverRowMapper::create(
    const ReportType& type, std::span<const std::string> header, std::string file_name,
    bool counted_fields_only) {
  ShadowserverRowMapper mapper;
  mapper.counted_fields_only_ = counted_fields_only;
  mapper.file_name_ = std::move(file_name);
  mapper.feed_name_ = type.feed_name;
  mapper.column_count_ = header.size();
  mapper.header_.assign(header.begin(), header.end());
  mapper.feed_name_key_ = mapper.intern("feed.name");
  for (const auto& column : header)
    mapper.leftover_keys_.push_back(mapper.intern("extra." + column));
  mapper.consumed_.resize(header.size());
  const auto add_steps = [&](const std::vector<FieldMapping>& mappings,
                             bool required) -> base::Status {
    for (const auto& mapping : mappings) {
      MappingStep step;
      step.column = column_index(header, mapping.column);
      step.column_name = mapping.column;
      step.conversion = mapping.conversion;
      step.required = required;
      if (required && !step.column) {
        return base::fail(base::ErrorCode::kInvalidInput,
                          mapper.file_name_ + ":1: column '" + mapping.column +
                              "', required by report type '" + type.name +
                              "', is missing from the header");
      }
      if (mapping.key.empty()) {
        step.target = Target::kIgnore;
      } else if (mapping.key == "extra.") {
        step.target = Target::kExtraColumn;
        step.key = "extra." + mapping.column;
      } else if (mapping.key.rfind("extra.", 0) == 0) {
        step.target = Target::kExtraKey;
        step.key = mapping.key;
      } else if (const auto field_type = intelmq_field_type(mapping.key)) {
        step.target = Target::kHarmonised;
        step.type = *field_type;
        step.key = mapping.key;
      } else {
        step.target = Target::kUnknownKey;
        step.key = "extra." + mapping.key;
      }
      step.key_id = mapper.intern(step.key);
      const bool time_conversion = step.conversion == Conversion::kAddUtcToTimestamp ||
                                   step.conversion == Conversion::kConvertDate ||
                                   step.conversion == Conversion::kConvertDateUtc;
      step.sanitized_by_conversion =
          step.target == Target::kHarmonised &&
          ((time_conversion && step.type == IntelmqType::kDateTime) ||
           (step.conversion == Conversion::kValidateIp && step.type == IntelmqType::kIpAddress));
      if (counted_fields_only && !is_counted_field(step.key)) {
        // Left out, but a value that would reject the row is still checked.
        if (!detail::can_reject(step)) continue;
        step.kept = false;
      }
      mapper.steps_.push_back(std::move(step));
    }
    return {};
  };
  if (auto ok = add_steps(type.required, true); !ok) return tl::unexpected(ok.error());
  if (auto ok = add_steps(type.optional, false); !ok) return tl::unexpected(ok.error());
  for (const auto& [key, text] : type.constants) {
    // Constants are checked and brought to canonical form like any value
    // ("CouchDB" for protocol.application becomes "couchdb").
    Constant constant;
    const std::string full_key = intelmq_field_type(key) ? key : "extra." + key;
    if (counted_fields_only && !is_counted_field(full_key)) continue;
    constant.key_id = mapper.intern(full_key);
    constant.value.set_string(text);
    const auto field_type = intelmq_field_type(full_key);
    if (!field_type) {
      return base::fail(base::ErrorCode::kInvalidInput, "report type '" + type.name +
                                                            "': constant " + quote_value(key) +
                                                            " does not name an IntelMQ field");
    }
    if (!sanitize_intelmq_value(*field_type, constant.value)) {
      return base::fail(base::ErrorCode::kInvalidInput,
                        "report type '" + type.name + "': constant " + key + " " +
                            quote_value(text) + " is not a valid value of the field");
    }
    mapper.constants_.push_back(std::move(constant));
  }
  mapper.slots_.assign(mapper.keys_.size(), -1);
  std::vector<std::size_t> order(mapper.keys_.size());
  for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::sort(order.begin(), order.end(),
            [&](std::size_t a, std::size_t b) { return mapper.keys_[a] < mapper.keys_[b]; });
  mapper.ranks_.resize(order.size());
  for (std::size_t i = 0; i < order.size(); ++i) {
    mapper.ranks_[order[i]] = static_cast<std::uint32_t>(i);
  }
  mapper.cc_dns_ = column_index(header, "cc_dns");
  mapper.http_host_ = column_index(header, "http_host");
  mapper.url_ = column_index(header, "url");
  mapper.http_url_ = column_index(header, "http_url");
  mapper.application_ = column_index(header, "application");
  mapper.detail_ = column_index(header, "detail");
  return mapper;
}

std::size_t ShadowserverRowMapper::intern(const std::string& key) {
  const auto found = std::find(keys_.begin(), keys_.end(), key);
  if (found != keys_.end()) return static_cast<std::size_t>(found - keys_.begin());
  keys_.push_back(key);
  return keys_.size() - 1;
}

IntelmqValue& ShadowserverRowMapper::slot(std::size_t key_id, IntelmqEvent& event) {
  std::ptrdiff_t& index = slots_[key_id];
  if (index < 0) {
    index = static_cast<std::ptrdiff_t>(event.size());
    return event.append(keys_[key_id], ranks_[key_id]);
  }
  return event.value_at(static_cast<std::size_t>(index));
}

tl::unexpected<base::Error> ShadowserverRowMapper::reject(const CsvReader& reader,
                                                          std::string_view column,
                                                          const std::string& reason) const {
  return base::fail(base::ErrorCode::kInvalidInput, file_name_ + ":" +
                                                        std::to_string(reader.line()) + ": " +
                                                        std::string(column) + ": " + reason);
}

tl::unexpected<base::Error> ShadowserverRowMapper::reject_invalid(const CsvReader& reader,
                                                                  const MappingStep& step) const {
  return reject(reader, step.column_name,
                "not a valid " + step.key + ": " + quote_value(field_of(reader, *step.column)));
}

// Converts the step's column into scratch_, as the schema's conversion says.
// `has_value` false is IntelMQ's None: nothing to set.
base::Status ShadowserverRowMapper::convert(const MappingStep& step, const CsvReader& reader,
                                            bool& has_value) {
  const std::string_view raw = field_of(reader, *step.column);
  const auto field_or_empty = [&](const std::optional<std::size_t>& index) {
    return index ? field_of(reader, *index) : std::string_view();
  };
  has_value = true;
  IntelmqValue& value = scratch_;
  switch (step.conversion) {
    case Conversion::kNone:
      value.set_string(raw);
      return {};
    case Conversion::kAddUtcToTimestamp:
    case Conversion::kConvertDate:
    case Conversion::kConvertDateUtc: {
      if (raw.empty() && step.conversion != Conversion::kAddUtcToTimestamp) {
        has_value = false;
        return {};
      }
      value.kind = ValueKind::kString;
      if (!normalize_intelmq_time(raw, value.text)) {
        return reject(reader, step.column_name, "not a timestamp: " + quote_value(raw));
      }
      return {};
    }
    case Conversion::kConvertBool:
      if (equals_lower(raw, "y") || equals_lower(raw, "yes") || equals_lower(raw, "true") ||
          equals_lower(raw, "enabled") || raw == "1") {
        value.set_boolean(true);
      } else if (equals_lower(raw, "n") || equals_lower(raw, "no") || equals_lower(raw, "false") ||
                 equals_lower(raw, "disabled") || raw == "0") {
        value.set_boolean(false);
      } else {
        has_value = false;
      }
      return {};
    case Conversion::kValidateToNone:
      has_value = !(raw.empty() || raw == "0" || raw == "unknown");
      if (has_value) value.set_string(raw);
      return {};
    case Conversion::kConvertInt:
    case Conversion::kInvalidateZero: {
      if (raw.empty()) {
        has_value = false;
        return {};
      }
      std::int64_t number = 0;
      if (!parse_intelmq_integer(raw, number)) {
        return reject(reader, step.column_name, "not an integer: " + quote_value(raw));
      }
      if (step.conversion == Conversion::kInvalidateZero && number == 0) {
        has_value = false;
        return {};
      }
      value.set_integer(number);
      return {};
    }
    case Conversion::kConvertFloat: {
      if (raw.empty()) {
        has_value = false;
        return {};
      }
      double number = 0;
      if (!parse_intelmq_float(raw, number)) {
        return reject(reader, step.column_name, "not a number: " + quote_value(raw));
      }
      value.set_float(number);
      return {};
    }
    case Conversion::kValidateIp: {
      // IntelMQ drops 0.0.0.0 and networks here (validate_network takes
      // those); anything else that is not an address is a bad row.
      if (raw.empty() || raw == "0.0.0.0" || raw.find('/') != std::string_view::npos) {
        has_value = false;
        return {};
      }
      value.set_string(raw);
      if (!sanitize_intelmq_value(IntelmqType::kIpAddress, value)) {
        // A bad address in a required column rejects the row; in an
        // optional one IntelMQ keeps the text under extra.<column>.
        if (step.required) {
          return reject(reader, step.column_name, "not an IP address: " + quote_value(raw));
        }
        has_value = false;
        return {};
      }
      return {};
    }
    case Conversion::kValidateNetwork:
      value.set_string(raw);
      has_value = raw.find('/') != std::string_view::npos &&
                  sanitize_intelmq_value(IntelmqType::kIpNetwork, value);
      if (has_value) value.set_string(raw);
      return {};
    case Conversion::kValidateFqdn:
      value.set_string(raw);
      has_value = sanitize_intelmq_value(IntelmqType::kFqdn, value);
      if (has_value) value.set_string(raw);
      return {};
    case Conversion::kForceBase64:
      if (raw.empty()) {
        has_value = false;
        return {};
      }
      value.set_string(is_strict_base64(raw) ? std::string(raw) : encode_base64(raw));
      return {};
    case Conversion::kScanExchangeTaxonomy:
      value.set_string(raw == "exchange;webshell" ? "intrusions" : "vulnerable");
      return {};
    case Conversion::kScanExchangeType:
      value.set_string(raw == "exchange;webshell" ? "system-compromise" : "infected-system");
      return {};
    case Conversion::kScanExchangeIdentifier:
      value.set_string(raw == "exchange;webshell" ? "exchange-server-webshell"
                                                  : "vulnerable-exchange-server");
      return {};
    case Conversion::kExtractCveFromTag: {
      std::string ids = extract_cve_ids(raw);
      has_value = !ids.empty();
      if (has_value) value.set_string(ids);
      return {};
    }
    case Conversion::kCategoryOrDetail: {
      const std::string_view chosen = raw.empty() ? field_or_empty(detail_) : raw;
      has_value = !chosen.empty();
      if (has_value) value.set_string(chosen);
      return {};
    }
    case Conversion::kConvertHttpHostAndUrl: {
      const std::string_view host = cc_dns_ ? field_or_empty(cc_dns_) : field_or_empty(http_host_);
      std::string_view path = url_ ? field_or_empty(url_) : field_or_empty(http_url_);
      if (host.empty() || path.empty()) {
        value.set_string(raw);
        return {};
      }
      // The path may come with the request around it ("GET /x HTTP/1.1").
      const std::size_t slash = path.find('/');
      path = slash == std::string_view::npos ? std::string_view() : path.substr(slash);
      path = path.substr(0, path.find_first_of(" \t\r\n"));
      const std::string_view application = field_or_empty(application_);
      std::string url = (application == "https" ? "https" : "http");
      url += "://";
      url += host;
      url += path;
      value.set_string(url);
      return {};
    }
  }
  return {};
}

base::Status ShadowserverRowMapper::map_row(const CsvReader& reader, IntelmqEvent& event) {
  event.clear();
  // Shadowserver rows sometimes lack trailing empty columns; like IntelMQ,
  // take missing ones as empty. More fields than the header would lose data.
  const std::size_t fields = reader.field_count();
  if (fields > column_count_) {
    return base::fail(base::ErrorCode::kInvalidInput,
                      file_name_ + ":" + std::to_string(reader.line()) + ": " +
                          std::to_string(fields) + " fields, more than the header's " +
                          std::to_string(column_count_));
  }
  if (const auto bad = find_invalid_utf8_fast(reader.record_bytes())) {
    std::size_t column = 0;
    while (column + 1 < fields && reader.field_offset(column + 1) <= *bad) ++column;
    return reject(reader, header_[column],
                  "invalid UTF-8 at byte " + std::to_string(*bad - reader.field_offset(column)) +
                      " of the field");
  }
  if (!counted_fields_only_) std::fill(consumed_.begin(), consumed_.end(), 0);
  std::fill(slots_.begin(), slots_.end(), -1);
  slot(feed_name_key_, event).set_string(feed_name_);

  for (const auto& step : steps_) {
    if (!step.column) continue;  // an optional column this report does not have
    bool has_value = false;
    if (auto ok = convert(step, reader, has_value); !ok) return ok;
    if (!step.kept) {
      if (has_value && step.required && step.target == Target::kHarmonised &&
          !(scratch_.kind == ValueKind::kString && is_empty_value(scratch_.text)) &&
          !sanitize_intelmq_value(step.type, scratch_)) {
        return reject_invalid(reader, step);
      }
      continue;
    }
    char& consumed = consumed_[*step.column];
    if (!has_value) {
      // IntelMQ keeps a required column that converted to nothing for extra.
      if (!step.required) consumed = 1;
      continue;
    }
    switch (step.target) {
      case Target::kIgnore:
        consumed = 1;
        break;
      case Target::kExtraColumn:
      case Target::kExtraKey:
      case Target::kUnknownKey:
        consumed = 1;
        if (scratch_.kind == ValueKind::kString && is_empty_value(scratch_.text)) break;
        std::swap(slot(step.key_id, event), scratch_);  // scratch_ is refilled before use
        break;
      case Target::kHarmonised:
        if (scratch_.kind == ValueKind::kString && is_empty_value(scratch_.text)) {
          consumed = 1;
          break;
        }
        if (step.sanitized_by_conversion || sanitize_intelmq_value(step.type, scratch_)) {
          std::swap(slot(step.key_id, event), scratch_);
          consumed = 1;
        } else if (step.required) {
          return reject_invalid(reader, step);
        }
        // An optional value that does not fit its field stays for extra.
        break;
    }
  }
  for (const auto& constant : constants_) slot(constant.key_id, event) = constant.value;
  if (counted_fields_only_) return {};
  for (std::size_t column = 0; column < column_count_; ++column) {
    if (consumed_[column]) continue;
    const std::string_view raw = field_of(reader, column);
    if (!raw.empty()) slot(leftover_keys_[column], event).set_string(raw);
  }
  return {};
}

base::Result<FeedSummary> parse_shadowserver_report(const ShadowserverSchema& schema,
                                                    CsvReader& reader,
                                                    const ShadowserverOptions& options,
                                                    const EventSink& on_event,
                                                    const RejectionSink& on_rejection) {
  const std::string& file_name = reader.file_name();
  auto has_header = reader.next();
  if (!has_header) return tl::unexpected(has_header.error());
  if (!*has_header) {
    return base::fail(base::ErrorCode::kInvalidInput, file_name + ": empty file (no header)");
  }
  const std::string where = file_name + ":" + std::to_string(reader.line());
  std::vector<std::string> header;
  for (std::size_t i = 0; i < reader.field_count(); ++i) header.emplace_back(reader.field(i));
  if (header.size() == 1) {
    for (const char delimiter : {';', '\t', '|'}) {
      if (header[0].find(delimiter) != std::string::npos) {
        return base::fail(base::ErrorCode::kInvalidInput,
                          where + ": the header is one column containing '" +
                              std::string(delimiter == '\t' ? "\\t" : std::string(1, delimiter)) +
                              "': Shadowserver reports are comma-separated");
      }
    }
  }
  const ReportType* type = nullptr;
  if (!options.report_type.empty()) {
    type = schema.find_by_name(options.report_type);
    if (type == nullptr) {
      return base::fail(
          base::ErrorCode::kInvalidInput,
          "unknown Shadowserver report type '" + options.report_type + "' (not in the schema)");
    }
  } else {
    type = schema.find_by_file_name(file_name);
    const auto named = report_type_from_file_name(file_name);
    if (type == nullptr && named && is_dated_report_name(file_name)) {
      // A dated Shadowserver name says which report this is: guessing from
      // the header could classify it as something else.
      return base::fail(base::ErrorCode::kInvalidInput,
                        where + ": report type '" + *named +
                            "' (from the file name) is not in the schema; update the schema "
                            "or give the type");
    }
    if (type == nullptr) {
      auto by_header = schema.find_by_header(header);
      if (!by_header) return with_context(by_header.error(), where);
      type = *by_header;
    }
  }
  if (!type->unsupported.empty()) {
    return base::fail(base::ErrorCode::kInvalidInput,
                      where + ": report type '" + type->name +
                          "' cannot be parsed: the schema uses an " + type->unsupported);
  }
  auto mapper =
      ShadowserverRowMapper::create(*type, header, file_name, options.counted_fields_only);
  if (!mapper) return tl::unexpected(mapper.error());

  FeedSummary summary;
  summary.type = type->name;
  RejectionCounter rejections(on_rejection, options.max_errors);
  IntelmqEvent event;
  for (;;) {
    auto has_row = reader.next();
    if (!has_row) return tl::unexpected(has_row.error());
    if (!*has_row) break;
    ++summary.records;
    if (auto mapped = mapper->map_row(reader, event); !mapped) {
      auto counted =
          rejections.reject(mapped.error(), file_name + ":" + std::to_string(reader.line()));
      if (!counted) return tl::unexpected(counted.error());
      continue;
    }
    ++summary.events;
    if (auto sent = on_event(event); !sent) return tl::unexpected(sent.error());
  }
  summary.rejected = rejections.count();
  return summary;
}

}  // namespace kybersaa::feed
