#include "feed/record_files.hpp"

#include <algorithm>
#include <system_error>
#include <vector>

namespace kybersaa::feed {

using base::ErrorCode;
namespace fs = std::filesystem;

namespace {

base::Status walk_directory(const fs::path& directory,
                            const std::function<bool(std::string_view)>& accept,
                            const std::function<base::Status(const fs::path&)>& on_file) {
  std::error_code ec;
  std::vector<fs::directory_entry> entries;
  for (fs::directory_iterator it(directory, ec), end; !ec && it != end; it.increment(ec)) {
    entries.push_back(*it);
  }
  if (ec) {
    return base::fail(ErrorCode::kUnavailable,
                      directory.string() + ": cannot read the directory: " + ec.message());
  }
  std::sort(entries.begin(), entries.end(), [](const auto& a, const auto& b) {
    return a.path().filename().native() < b.path().filename().native();
  });
  for (const auto& entry : entries) {
    const auto link_status = entry.symlink_status(ec);
    if (ec) continue;
    if (fs::is_directory(link_status)) {
      if (auto walked = walk_directory(entry.path(), accept, on_file); !walked) return walked;
      continue;
    }
    if (!entry.is_regular_file(ec) || ec) continue;
    if (!accept(entry.path().filename().native())) continue;
    if (auto done = on_file(entry.path()); !done) return done;
  }
  return {};
}

}  // namespace

base::Status walk_record_files(const fs::path& root,
                               const std::function<bool(std::string_view name)>& accept,
                               const std::function<base::Status(const fs::path&)>& on_file) {
  std::error_code ec;
  const auto status = fs::status(root, ec);
  if (ec || !fs::exists(status)) {
    return base::fail(ErrorCode::kNotFound, root.string() + ": no such file or directory");
  }
  if (fs::is_directory(status)) return walk_directory(root, accept, on_file);
  return on_file(root);
}

base::Status stop_after_rejections(const fs::path& file, std::uint64_t rejected,
                                   std::optional<std::uint64_t> max_rejected) {
  if (!max_rejected || rejected <= *max_rejected) return {};
  return base::fail(ErrorCode::kInvalidInput,
                    file.string() + ": stopped after " + std::to_string(rejected) +
                        " rejected records (--max-errors " + std::to_string(*max_rejected) + ")");
}

}  // namespace kybersaa::feed
