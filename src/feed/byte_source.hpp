#pragma once
// Where a feed reader gets its bytes: a file read in chunks, or bytes already
// in memory (tests, fuzzing). Readers never need a whole file in memory.

#include <cstddef>
#include <filesystem>
#include <memory>
#include <string>
#include <string_view>

#include "base/result.hpp"

namespace kybersaa::feed {

// A sequential source of bytes. Not thread-safe; one reader owns it.
class ByteSource {
 public:
  virtual ~ByteSource() = default;

  // Copies up to `size` next bytes into `buffer` and returns how many; 0 means
  // the end of the input. Fails with kUnavailable when the input cannot be read.
  [[nodiscard]] virtual base::Result<std::size_t> read(char* buffer, std::size_t size) = 0;
};

// Opens `path` for sequential reading. Fails with kNotFound when it does not
// exist, kInvalidInput when it is a directory, kUnavailable when it cannot be opened.
[[nodiscard]] base::Result<std::unique_ptr<ByteSource>> open_file_source(
    const std::filesystem::path& path);

// Returns a source over `bytes`, which must outlive it.
std::unique_ptr<ByteSource> make_memory_source(std::string_view bytes);

}  // namespace kybersaa::feed
