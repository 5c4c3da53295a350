#include "feed/record_format.hpp"

#include <array>
#include <fstream>
#include <system_error>

#include "feed/record_files.hpp"

namespace kybersaa::feed {
namespace {

// How many leading bytes detection looks at: the keys it looks for come
// first in every real record (CVE records and VERIS records are small; the
// KEV catalog names its version before its entries).
constexpr std::size_t kDetectionBytes = std::size_t{64} << 10;

struct FormatName {
  RecordFormat format;
  std::string_view name;
};
constexpr std::array<FormatName, 3> kNames = {{
    {RecordFormat::kCve5, "cve5"},
    {RecordFormat::kKev, "kev"},
    {RecordFormat::kVeris, "veris"},
}};

bool contains(std::string_view head, std::string_view quoted_key) {
  return head.find(quoted_key) != std::string_view::npos;
}

base::Result<std::string> read_head(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return base::fail(base::ErrorCode::kUnavailable, path.string() + ": cannot open");
  std::string head(kDetectionBytes, '\0');
  in.read(head.data(), static_cast<std::streamsize>(head.size()));
  head.resize(static_cast<std::size_t>(in.gcount()));
  return head;
}

}  // namespace

std::string_view record_format_name(RecordFormat format) {
  for (const auto& entry : kNames) {
    if (entry.format == format) return entry.name;
  }
  return "cve5";
}

std::optional<RecordFormat> find_record_format(std::string_view name) {
  for (const auto& entry : kNames) {
    if (entry.name == name) return entry.format;
  }
  return std::nullopt;
}

std::string record_format_names() {
  std::string names;
  for (const auto& entry : kNames) {
    if (!names.empty()) names += ", ";
    names += entry.name;
  }
  return names;
}

std::optional<RecordFormat> detect_record_format(std::string_view head) {
  if (contains(head, "\"dataType\"") && contains(head, "\"CVE_RECORD\"")) {
    return RecordFormat::kCve5;
  }
  if (contains(head, "\"catalogVersion\"") ||
      (contains(head, "\"vulnerabilities\"") && contains(head, "\"cveID\""))) {
    return RecordFormat::kKev;
  }
  if (contains(head, "\"schema_version\"") && contains(head, "\"action\"")) {
    return RecordFormat::kVeris;
  }
  return std::nullopt;
}

base::Result<std::optional<RecordFormat>> detect_record_format_at(
    const std::filesystem::path& path) {
  std::error_code ec;
  std::optional<std::filesystem::path> first = path;
  if (std::filesystem::is_directory(path, ec)) {
    // The first JSON file decides; the walk stops there.
    first.reset();
    const auto stop = base::fail(base::ErrorCode::kConflict, "found");
    auto walked = walk_record_files(
        path,
        [](std::string_view name) {
          return name.size() > 5 && name.substr(name.size() - 5) == ".json";
        },
        [&](const std::filesystem::path& file) -> base::Status {
          first = file;
          return stop;
        });
    if (!walked && !first) return tl::unexpected(walked.error());
    if (!first) return std::optional<RecordFormat>();
  } else if (!std::filesystem::exists(path, ec)) {
    return base::fail(base::ErrorCode::kNotFound, path.string() + ": no such file or directory");
  }
  auto head = read_head(*first);
  if (!head) return tl::unexpected(head.error());
  return detect_record_format(*head);
}

}  // namespace kybersaa::feed
