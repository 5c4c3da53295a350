#pragma once
// The feed formats whose records are not IntelMQ events: vulnerability
// catalogs (CVE JSON 5 records, the CISA KEV catalog) and VERIS incident
// records. `kybersaa feed parse` recognises them here before it tries the
// event feeds of feed_format.hpp, and writes their records as JSON Lines.

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>

#include "base/result.hpp"

namespace kybersaa::feed {

enum class RecordFormat {
  kCve5,   // CVE JSON 5 records: a file, or a directory tree such as cvelistV5
  kKev,    // the CISA Known Exploited Vulnerabilities catalog (JSON)
  kVeris,  // VERIS incident records: a file, or a directory of them
};

// The command-line name: "cve5", "kev" or "veris".
std::string_view record_format_name(RecordFormat format);
// The format named `name`, or nullopt.
std::optional<RecordFormat> find_record_format(std::string_view name);
// "cve5, kev, veris", for help and errors.
std::string record_format_names();

// Recognises a record format from the first bytes of a file: a CVE record
// names "dataType" and "CVE_RECORD"; the KEV catalog "catalogVersion", or
// "vulnerabilities" with "cveID"; a VERIS record "schema_version" and
// "action". nullopt when none fits (the input may be an event feed).
std::optional<RecordFormat> detect_record_format(std::string_view head);

// The same for `path`: a file's first bytes, or for a directory the first
// `*.json` file in walk order (see record_files.hpp). Fails with kNotFound
// when `path` does not exist, kUnavailable when it cannot be read.
[[nodiscard]] base::Result<std::optional<RecordFormat>> detect_record_format_at(
    const std::filesystem::path& path);

}  // namespace kybersaa::feed
