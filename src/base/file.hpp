#pragma once
// Whole-file reading and atomic writing. Readers bound the size they accept so
// that a huge or endless input gets a clear error instead of exhausting memory.

#include <cstddef>
#include <filesystem>
#include <string>
#include <string_view>

#include "base/result.hpp"

namespace kybersaa::base {

// The largest file read_file accepts unless told otherwise: 1 GiB.
inline constexpr std::size_t kDefaultMaxFileBytes = std::size_t{1} << 30;

// Returns the bytes of `path`. Fails with kNotFound when it does not exist,
// kInvalidInput when it is not a regular file or is larger than `max_bytes`,
// kUnavailable when it cannot be read.
[[nodiscard]] Result<std::string> read_file(const std::filesystem::path& path,
                                            std::size_t max_bytes = kDefaultMaxFileBytes);

// Writes `bytes` to `path` through a temporary file in the same directory and
// a rename, so readers never see a half-written file. Creates no directories.
[[nodiscard]] Status write_file_atomically(const std::filesystem::path& path,
                                           std::string_view bytes);

}  // namespace kybersaa::base
