#pragma once
// Shadowserver's report schema: for each report type (scan_http,
// event4_sinkhole, ...) the file name it is published under, its feed name,
// the columns it maps to IntelMQ fields with a conversion each, and the
// constant classification. Shadowserver publishes it as JSON (the file
// IntelMQ downloads as shadowserver-schema.json); Kybersää reads the file the
// user gives and embeds none of it.

#include <cstddef>
#include <filesystem>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "base/result.hpp"

namespace kybersaa::feed {

// The conversion a schema names for a column (IntelMQ's function names).
enum class Conversion {
  kNone,
  kAddUtcToTimestamp,
  kConvertBool,
  kValidateToNone,
  kConvertInt,
  kConvertFloat,
  kConvertHttpHostAndUrl,
  kInvalidateZero,
  kValidateIp,
  kValidateNetwork,
  kValidateFqdn,
  kConvertDate,
  kConvertDateUtc,
  kForceBase64,
  kScanExchangeTaxonomy,
  kScanExchangeType,
  kScanExchangeIdentifier,
  kExtractCveFromTag,
  kCategoryOrDetail,
};

// Returns the conversion named `name`, or nullopt for a name Kybersää does not know.
std::optional<Conversion> parse_conversion(std::string_view name);

// One column mapping: `key` is the IntelMQ field ("source.ip"), "extra." for
// extra.<column>, or empty when the schema says to ignore the column.
struct FieldMapping {
  std::string key;
  std::string column;
  Conversion conversion = Conversion::kNone;
};

struct ReportType {
  std::string name;       // the schema's key, e.g. "scan_http"
  std::string file_name;  // the type's part of report file names, e.g. "scan_http"
  std::string feed_name;  // e.g. "Accessible-HTTP"
  std::vector<FieldMapping> required;
  std::vector<FieldMapping> optional;
  std::vector<std::pair<std::string, std::string>> constants;
  // Why this type cannot be parsed (an unknown conversion), empty when it can.
  std::string unsupported;
};

// An immutable, loaded schema. Thread-safe to share once loaded.
class ShadowserverSchema {
 public:
  // Parses the schema JSON in `json`; `source_name` names it in errors. Fails
  // with kInvalidInput when it is not such a schema. Report types naming a
  // conversion Kybersää does not know load as unsupported (see ReportType).
  [[nodiscard]] static base::Result<ShadowserverSchema> parse(std::string_view json,
                                                              std::string_view source_name);

  const std::vector<ReportType>& report_types() const { return types_; }

  // The type whose schema key or file name is `name`, or nullptr.
  const ReportType* find_by_name(std::string_view name) const;

  // The type a report file name denotes, as Shadowserver names reports:
  // "[YYYY-MM-DD-]TYPE[-PART...].csv" (directories ignored), or nullptr.
  const ReportType* find_by_file_name(std::string_view path) const;

  // The type whose columns fit `header` best: all its required columns present
  // and the most header columns mapped. Fails with kInvalidInput naming the
  // candidates when none fits or the best are tied.
  [[nodiscard]] base::Result<const ReportType*> find_by_header(
      std::span<const std::string> header) const;

 private:
  std::vector<ReportType> types_;  // sorted by name
};

// Reads and parses the schema file at `path` (at most 64 MiB).
[[nodiscard]] base::Result<ShadowserverSchema> load_shadowserver_schema(
    const std::filesystem::path& path);

// Returns the report type part of a Shadowserver report file name
// ("2024-01-01-scan_http-country-geo.csv" gives "scan_http"), or nullopt
// when the name is not in that form.
std::optional<std::string> report_type_from_file_name(std::string_view path);

}  // namespace kybersaa::feed
