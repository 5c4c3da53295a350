#include "base/file.hpp"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <system_error>

namespace kybersaa::base {

Result<std::string> read_file(const std::filesystem::path& path, std::size_t max_bytes) {
  std::error_code ec;
  const auto status = std::filesystem::status(path, ec);
  if (ec || !std::filesystem::exists(status)) {
    return fail(ErrorCode::kNotFound, path.string() + ": no such file");
  }
  if (!std::filesystem::is_regular_file(status)) {
    return fail(ErrorCode::kInvalidInput, path.string() + ": not a regular file");
  }
  const auto size = std::filesystem::file_size(path, ec);
  if (ec) {
    return fail(ErrorCode::kUnavailable, path.string() + ": " + ec.message());
  }
  if (size > max_bytes) {
    return fail(ErrorCode::kInvalidInput, path.string() + ": file is " + std::to_string(size) +
                                              " bytes, more than the limit of " +
                                              std::to_string(max_bytes));
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    return fail(ErrorCode::kUnavailable, path.string() + ": cannot open: " + std::strerror(errno));
  }
  std::string bytes(static_cast<std::size_t>(size), '\0');
  in.read(bytes.data(), static_cast<std::streamsize>(bytes.size()));
  if (static_cast<std::size_t>(in.gcount()) != bytes.size()) {
    return fail(ErrorCode::kUnavailable, path.string() + ": short read");
  }
  return bytes;
}

Status write_file_atomically(const std::filesystem::path& path, std::string_view bytes) {
  auto temp = path;
  temp += ".tmp";
  {
    std::ofstream out(temp, std::ios::binary | std::ios::trunc);
    if (!out) {
      return fail(ErrorCode::kUnavailable,
                  path.string() + ": cannot write: " + std::strerror(errno));
    }
    out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    out.flush();
    if (!out) {
      return fail(ErrorCode::kUnavailable, path.string() + ": write failed");
    }
  }
  std::error_code ec;
  std::filesystem::rename(temp, path, ec);
  if (ec) {
    std::filesystem::remove(temp, ec);
    return fail(ErrorCode::kUnavailable, path.string() + ": cannot rename into place");
  }
  return {};
}

}  // namespace kybersaa::base
