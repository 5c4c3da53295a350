#pragma once
// Reads the elements of one large top-level JSON array (`[{...}, {...}]`) or
// the members of one large top-level object (`{"k": {...}, ...}`) one at a
// time, in constant memory: the input is read in chunks and split at the
// top-level commas by a small scanner that tracks strings, escapes and
// nesting only (32 bytes at a time: bit masks of the quotes, backslashes and
// brackets, so that plain content costs next to nothing). Each element's
// bytes are then parsed on their own (with simdjson), so a feed export of
// any size needs one element's worth of memory, bounded by
// `max_element_bytes`.
//
// The scanner checks the top level (brackets, commas, colons, key strings,
// nothing after the end); the elements' own syntax is the element parser's
// business. Errors are `FILE:LINE: reason`, LINE being where the element
// starts; any error ends the reading.

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "base/result.hpp"
#include "feed/byte_source.hpp"

namespace kybersaa::feed {

// The longest element accepted by default: 1 MiB.
inline constexpr std::size_t kDefaultMaxJsonElementBytes = std::size_t{1} << 20;

// Bytes readable after the buffered input, as the scanner reads whole
// blocks.
inline constexpr std::size_t kJsonElementPadding = 64;

class JsonElementStream {
 public:
  enum class Container { kArray, kObject };

  // `file_name` only names the input in errors.
  JsonElementStream(std::string file_name, std::unique_ptr<ByteSource> source,
                    std::size_t max_element_bytes = kDefaultMaxJsonElementBytes);

  // Reads the next element: true when one was read, false after the closing
  // bracket. The first call reads the opening bracket. Fails with
  // kInvalidInput on a broken top level or an overlong element, kUnavailable
  // when the source cannot be read; the stream must not be used after that.
  [[nodiscard]] base::Result<bool> next();

  // The top-level container (valid after the first successful next()).
  Container container() const { return container_; }
  // The current element's bytes; kJsonElementPadding readable bytes follow.
  // Valid until the next call to next().
  std::string_view element() const {
    return std::string_view(buffer_.data() + element_begin_, element_end_ - element_begin_);
  }
  // The current member's key as it is written (escapes not decoded); empty
  // for array elements.
  std::string_view key() const {
    return std::string_view(buffer_.data() + key_begin_, key_end_ - key_begin_);
  }
  // The line (1-based) on which the current element starts.
  std::uint64_t line() const { return element_line_; }
  const std::string& file_name() const { return file_name_; }

 private:
  enum class Stage { kStart, kFirst, kAfterElement, kDone };

  [[nodiscard]] base::Result<bool> fill();
  [[nodiscard]] base::Result<bool> skip_space(bool between);
  [[nodiscard]] base::Status skip_string();
  [[nodiscard]] base::Result<bool> read_element();
  [[nodiscard]] base::Result<bool> finish_element();
  void count_lines_to(std::size_t pos);
  tl::unexpected<base::Error> error(const std::string& reason) const;

  std::string file_name_;
  std::unique_ptr<ByteSource> source_;
  std::size_t max_element_bytes_;
  std::vector<char> buffer_;
  std::size_t pos_ = 0;
  std::size_t end_ = 0;
  std::size_t mark_ = 0;  // where the current item starts: fill() keeps bytes from here
  bool eof_ = false;
  Stage stage_ = Stage::kStart;
  Container container_ = Container::kArray;
  std::size_t element_begin_ = 0;
  std::size_t element_end_ = 0;
  std::size_t key_begin_ = 0;
  std::size_t key_end_ = 0;
  std::uint64_t line_ = 1;         // the line at lines_counted_
  std::size_t lines_counted_ = 0;  // buffer offset up to which line_ is counted
  std::uint64_t element_line_ = 1;
};

}  // namespace kybersaa::feed
