#pragma once
// CVE JSON 5 records (the CVE Program's record format, as in the cvelistV5
// repository) in, Vulnerability values out. One record per file; a directory
// is walked recursively in a stable order, so a whole cvelistV5 checkout is
// read in constant memory (one record at a time).

#include <cstdint>
#include <filesystem>
#include <functional>
#include <memory>
#include <string_view>

#include "base/result.hpp"
#include "feed/record_files.hpp"
#include "feed/vulnerability.hpp"

namespace kybersaa::feed {

// Parses CVE JSON 5 records one at a time, reusing its buffers. Not
// thread-safe: one parser per thread.
class Cve5Parser {
 public:
  Cve5Parser();
  ~Cve5Parser();
  Cve5Parser(const Cve5Parser&) = delete;
  Cve5Parser& operator=(const Cve5Parser&) = delete;

  // Parses the record in `bytes`, naming it `file` in errors. Fails with
  // kInvalidInput and `FILE: byte N: reason` when it is not JSON, or
  // `FILE: PATH: reason` when it is not a CVE record (dataType other than
  // CVE_RECORD, no cveMetadata.cveId of the form CVE-YYYY-NNNN, a state other
  // than PUBLISHED or REJECTED, a date, CVSS score or string of the wrong form).
  [[nodiscard]] base::Result<Vulnerability> parse(std::string_view bytes, std::string_view file);

  // Reads and parses the record in file `path`.
  [[nodiscard]] base::Result<Vulnerability> parse_file(const std::filesystem::path& path);

 private:
  struct State;
  std::unique_ptr<State> state_;
};

// Parses the record file `path`, or every `CVE-*.json` file under directory
// `path` (other files, such as cvelistV5's delta.json, are not records), as
// parse_record_files() does: records to `on_record` in path order, bad files
// to `on_rejected` as `FILE: byte N: reason` or `FILE: PATH: reason`.
[[nodiscard]] base::Result<RecordFilesSummary> parse_cve5_path(
    const std::filesystem::path& path, std::optional<std::uint64_t> max_rejected,
    const std::function<base::Status(const Vulnerability&)>& on_record,
    const RecordRejectionSink& on_rejected);

}  // namespace kybersaa::feed
