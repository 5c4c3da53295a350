#include "feed/shadowserver_schema.hpp"

#include <algorithm>
#include <array>
#include <nlohmann/json.hpp>

#include "base/file.hpp"

namespace kybersaa::feed {
namespace {

constexpr std::size_t kMaxSchemaBytes = std::size_t{64} << 20;

struct ConversionName {
  std::string_view name;
  Conversion conversion;
};

constexpr auto kConversionNames = std::to_array<ConversionName>({
    {"add_UTC_to_timestamp", Conversion::kAddUtcToTimestamp},
    {"convert_bool", Conversion::kConvertBool},
    {"validate_to_none", Conversion::kValidateToNone},
    {"convert_int", Conversion::kConvertInt},
    {"convert_float", Conversion::kConvertFloat},
    {"convert_http_host_and_url", Conversion::kConvertHttpHostAndUrl},
    {"invalidate_zero", Conversion::kInvalidateZero},
    {"validate_ip", Conversion::kValidateIp},
    {"validate_network", Conversion::kValidateNetwork},
    {"validate_fqdn", Conversion::kValidateFqdn},
    {"convert_date", Conversion::kConvertDate},
    {"convert_date_utc", Conversion::kConvertDateUtc},
    {"force_base64", Conversion::kForceBase64},
    {"scan_exchange_taxonomy", Conversion::kScanExchangeTaxonomy},
    {"scan_exchange_type", Conversion::kScanExchangeType},
    {"scan_exchange_identifier", Conversion::kScanExchangeIdentifier},
    {"extract_cve_from_tag", Conversion::kExtractCveFromTag},
    {"category_or_detail", Conversion::kCategoryOrDetail},
});

bool is_word_char(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
}

bool is_word(std::string_view text) {
  return !text.empty() && std::all_of(text.begin(), text.end(), is_word_char);
}

bool is_date_prefix(std::string_view text) {
  // YYYY-MM-DD-
  if (text.size() < 11) return false;
  for (std::size_t i = 0; i < 11; ++i) {
    const bool dash = i == 4 || i == 7 || i == 10;
    if (dash ? text[i] != '-' : (text[i] < '0' || text[i] > '9')) return false;
  }
  return true;
}

// "TYPE[-PART...]": the type when every part is a word.
std::optional<std::string> type_of_stem(std::string_view stem) {
  const std::size_t dash = stem.find('-');
  const std::string_view type = stem.substr(0, dash);
  if (!is_word(type)) return std::nullopt;
  std::string_view rest = dash == std::string_view::npos ? std::string_view() : stem.substr(dash);
  while (!rest.empty()) {
    rest.remove_prefix(1);
    const std::size_t next = rest.find('-');
    if (!is_word(rest.substr(0, next))) return std::nullopt;
    rest = next == std::string_view::npos ? std::string_view() : rest.substr(next);
  }
  return std::string(type);
}

base::Result<std::vector<FieldMapping>> parse_mappings(const nlohmann::json& list,
                                                       const std::string& where,
                                                       std::string& unsupported) {
  std::vector<FieldMapping> mappings;
  if (!list.is_array()) {
    return base::fail(base::ErrorCode::kInvalidInput, where + ": not a list");
  }
  for (const auto& item : list) {
    if (!item.is_array() || item.size() < 2 || !item[1].is_string()) {
      return base::fail(base::ErrorCode::kInvalidInput,
                        where + ": a mapping is not [field, column, conversion?]");
    }
    FieldMapping mapping;
    if (item[0].is_string()) {
      mapping.key = item[0].get<std::string>();
    } else if (!(item[0].is_boolean() && !item[0].get<bool>())) {
      return base::fail(base::ErrorCode::kInvalidInput, where + ": field of column '" +
                                                            item[1].get<std::string>() +
                                                            "' is neither a name nor false");
    }
    mapping.column = item[1].get<std::string>();
    if (item.size() > 2 && item[2].is_string()) {
      const auto name = item[2].get<std::string>();
      const auto conversion = parse_conversion(name);
      if (conversion) {
        mapping.conversion = *conversion;
      } else if (unsupported.empty()) {
        unsupported = "unknown conversion '" + name + "' for column '" + mapping.column + "'";
      }
    }
    mappings.push_back(std::move(mapping));
  }
  return mappings;
}

base::Result<ReportType> parse_report_type(const std::string& name, const nlohmann::json& value,
                                           std::string_view source_name) {
  const std::string where = std::string(source_name) + ": report type '" + name + "'";
  if (!value.is_object()) {
    return base::fail(base::ErrorCode::kInvalidInput, where + ": not an object");
  }
  ReportType type;
  type.name = name;
  const auto file_name = value.find("file_name");
  const auto feed_name = value.find("feed_name");
  if (file_name == value.end() || !file_name->is_string() || feed_name == value.end() ||
      !feed_name->is_string()) {
    return base::fail(base::ErrorCode::kInvalidInput,
                      where + ": needs string 'file_name' and 'feed_name'");
  }
  type.file_name = file_name->get<std::string>();
  type.feed_name = feed_name->get<std::string>();
  for (const char* section : {"required_fields", "optional_fields"}) {
    const auto list = value.find(section);
    if (list == value.end()) continue;
    auto mappings = parse_mappings(*list, where + ": " + section, type.unsupported);
    if (!mappings) return tl::unexpected(mappings.error());
    (std::string_view(section) == "required_fields" ? type.required : type.optional) =
        std::move(*mappings);
  }
  if (const auto constants = value.find("constant_fields"); constants != value.end()) {
    if (!constants->is_object()) {
      return base::fail(base::ErrorCode::kInvalidInput, where + ": constant_fields not an object");
    }
    for (const auto& [key, constant] : constants->items()) {
      if (!constant.is_string()) {
        return base::fail(base::ErrorCode::kInvalidInput,
                          where + ": constant '" + key + "' is not a string");
      }
      if (key.empty()) {
        return base::fail(base::ErrorCode::kInvalidInput, where + ": a constant has an empty name");
      }
      type.constants.emplace_back(key, constant.get<std::string>());
    }
  }
  return type;
}

}  // namespace

std::optional<Conversion> parse_conversion(std::string_view name) {
  for (const auto& entry : kConversionNames) {
    if (entry.name == name) return entry.conversion;
  }
  return std::nullopt;
}

std::optional<std::string> report_type_from_file_name(std::string_view path) {
  const std::size_t slash = path.find_last_of('/');
  std::string_view name = slash == std::string_view::npos ? path : path.substr(slash + 1);
  constexpr std::string_view kCsv = ".csv";
  if (name.size() <= kCsv.size() || name.substr(name.size() - kCsv.size()) != kCsv) {
    return std::nullopt;
  }
  name.remove_suffix(kCsv.size());
  if (is_date_prefix(name)) {
    if (auto type = type_of_stem(name.substr(11))) return type;
  }
  return type_of_stem(name);
}

base::Result<ShadowserverSchema> ShadowserverSchema::parse(std::string_view json,
                                                           std::string_view source_name) {
  nlohmann::json document;
  try {
    document = nlohmann::json::parse(json);
  } catch (const nlohmann::json::exception& error) {
    return base::fail(base::ErrorCode::kInvalidInput,
                      std::string(source_name) + ": not valid JSON: " + error.what());
  }
  if (!document.is_object()) {
    return base::fail(base::ErrorCode::kInvalidInput,
                      std::string(source_name) +
                          ": not a Shadowserver schema (an object of report "
                          "types is expected)");
  }
  ShadowserverSchema schema;
  for (const auto& [name, value] : document.items()) {
    if (name.empty() || name.front() == '_') continue;  // "_meta": the change log
    auto type = parse_report_type(name, value, source_name);
    if (!type) return tl::unexpected(type.error());
    schema.types_.push_back(std::move(*type));
  }
  if (schema.types_.empty()) {
    return base::fail(base::ErrorCode::kInvalidInput,
                      std::string(source_name) + ": the schema has no report types");
  }
  std::sort(schema.types_.begin(), schema.types_.end(),
            [](const ReportType& a, const ReportType& b) { return a.name < b.name; });
  return schema;
}

const ReportType* ShadowserverSchema::find_by_name(std::string_view name) const {
  for (const auto& type : types_) {
    if (type.name == name) return &type;
  }
  for (const auto& type : types_) {
    if (type.file_name == name) return &type;
  }
  return nullptr;
}

const ReportType* ShadowserverSchema::find_by_file_name(std::string_view path) const {
  const auto type = report_type_from_file_name(path);
  if (!type) return nullptr;
  for (const auto& candidate : types_) {
    if (candidate.file_name == *type) return &candidate;
  }
  return nullptr;
}

base::Result<const ReportType*> ShadowserverSchema::find_by_header(
    std::span<const std::string> header) const {
  const auto in_header = [&](const std::string& column) {
    return std::find(header.begin(), header.end(), column) != header.end();
  };
  const ReportType* best = nullptr;
  std::vector<std::string> tied;
  std::size_t best_mapped = 0;
  std::size_t best_missing = 0;
  for (const auto& type : types_) {
    if (!type.unsupported.empty()) continue;
    if (!std::all_of(type.required.begin(), type.required.end(),
                     [&](const FieldMapping& m) { return in_header(m.column); })) {
      continue;
    }
    std::size_t mapped = 0;
    for (const auto& column : header) {
      const auto maps = [&](const FieldMapping& m) { return m.column == column; };
      if (std::any_of(type.required.begin(), type.required.end(), maps) ||
          std::any_of(type.optional.begin(), type.optional.end(), maps)) {
        ++mapped;
      }
    }
    std::size_t missing = 0;
    for (const auto& m : type.optional) missing += in_header(m.column) ? 0 : 1;
    if (best == nullptr || mapped > best_mapped ||
        (mapped == best_mapped && missing < best_missing)) {
      best = &type;
      best_mapped = mapped;
      best_missing = missing;
      tied = {type.name};
    } else if (mapped == best_mapped && missing == best_missing) {
      tied.push_back(type.name);
    }
  }
  if (best == nullptr) {
    std::string columns;
    for (std::size_t i = 0; i < header.size() && i < 8; ++i) {
      columns += (i ? ", " : "") + header[i];
    }
    if (header.size() > 8) columns += ", ...";
    return base::fail(
        base::ErrorCode::kInvalidInput,
        "the header matches no Shadowserver report type of the schema (columns: " + columns + ")");
  }
  if (tied.size() > 1) {
    std::string names;
    for (std::size_t i = 0; i < tied.size() && i < 6; ++i) names += (i ? ", " : "") + tied[i];
    if (tied.size() > 6) names += ", ...";
    return base::fail(base::ErrorCode::kInvalidInput,
                      "the header fits several report types equally (" + names +
                          "); name the file like YYYY-MM-DD-TYPE-....csv or give the type");
  }
  return best;
}

base::Result<ShadowserverSchema> load_shadowserver_schema(const std::filesystem::path& path) {
  auto bytes = base::read_file(path, kMaxSchemaBytes);
  if (!bytes) return tl::unexpected(bytes.error());
  return ShadowserverSchema::parse(*bytes, path.string());
}

}  // namespace kybersaa::feed
