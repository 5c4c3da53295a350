#pragma once
// Record files: formats that keep one JSON record per file (CVE JSON 5,
// VERIS) are read from a file or a directory tree such as a cvelistV5
// checkout, one file at a time, in an order that is the same on every
// machine. A bad file is reported and counted, and the walk goes on.

#include <cstdint>
#include <filesystem>
#include <functional>
#include <optional>
#include <string_view>

#include "base/result.hpp"

namespace kybersaa::feed {

// Receives each rejected file's error (`FILE: byte N: reason` or `FILE: PATH: reason`).
using RecordRejectionSink = std::function<void(const base::Error&)>;

struct RecordFilesSummary {
  std::uint64_t files = 0;     // files read
  std::uint64_t records = 0;   // records passed on
  std::uint64_t rejected = 0;  // files rejected
};

// Calls `on_file` for every regular file under `root` whose name `accept`
// takes, walking directories depth first in byte order of their names; one
// directory's names are held at a time. Symbolic links to directories are not
// followed. A `root` that is a file is passed to `on_file` whatever its name.
// Stops at the first error of `on_file` or of reading a directory; fails with
// kNotFound when `root` does not exist.
[[nodiscard]] base::Status walk_record_files(
    const std::filesystem::path& root, const std::function<bool(std::string_view name)>& accept,
    const std::function<base::Status(const std::filesystem::path&)>& on_file);

// Fails once `rejected` exceeds `max_rejected` (unset: never), naming `file`.
[[nodiscard]] base::Status stop_after_rejections(const std::filesystem::path& file,
                                                 std::uint64_t rejected,
                                                 std::optional<std::uint64_t> max_rejected);

// Walks `root` as walk_record_files() does, parsing each file with `parse`:
// each record goes to `on_record`, each file `parse` fails on to
// `on_rejected` (and the walk goes on). Stops at the first error of
// `on_record`, and with kInvalidInput, `FILE: stopped after N rejected
// records (--max-errors M)`, once more than `max_rejected` files are rejected.
template <class Record>
[[nodiscard]] base::Result<RecordFilesSummary> parse_record_files(
    const std::filesystem::path& root, const std::function<bool(std::string_view name)>& accept,
    const std::function<base::Result<Record>(const std::filesystem::path&)>& parse,
    std::optional<std::uint64_t> max_rejected,
    const std::function<base::Status(const Record&)>& on_record,
    const RecordRejectionSink& on_rejected) {
  RecordFilesSummary summary;
  auto walked = walk_record_files(root, accept, [&](const std::filesystem::path& file) {
    ++summary.files;
    auto record = parse(file);
    if (!record) {
      on_rejected(record.error());
      return stop_after_rejections(file, ++summary.rejected, max_rejected);
    }
    ++summary.records;
    return on_record(*record);
  });
  if (!walked) return tl::unexpected(walked.error());
  return summary;
}

}  // namespace kybersaa::feed
