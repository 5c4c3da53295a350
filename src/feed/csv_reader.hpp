#pragma once
// A streaming RFC 4180 CSV reader: quoted fields, doubled quotes inside them,
// newlines inside quotes, LF or CRLF line ends, a UTF-8 byte-order mark at the
// start. It reads its source in fixed chunks and holds one record at a time,
// so memory stays constant whatever the file size; a record longer than
// `max_record_bytes` is an error, not an allocation.
//
// Errors are `FILE:LINE: reason`, LINE being the physical line on which the
// record starts. Structural errors (an unterminated quote, an overlong
// record) end the reading: the record boundaries after them cannot be
// trusted. Like Python's csv module (what IntelMQ reads with), bytes after a
// closing quote are kept as data (`"a"b` is `ab`) and a quote inside an
// unquoted field is a literal quote. Blank lines are skipped. Bytes are
// passed through as they are; checking the encoding is the caller's business.

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "base/result.hpp"
#include "feed/byte_source.hpp"

namespace kybersaa::feed {

// The longest record accepted by default: 1 MiB.
inline constexpr std::size_t kDefaultMaxRecordBytes = std::size_t{1} << 20;

// How much is read from the source at a time.
inline constexpr std::size_t kCsvChunkBytes = std::size_t{64} << 10;

struct CsvOptions {
  char delimiter = ',';
  std::size_t max_record_bytes = kDefaultMaxRecordBytes;
};

// Reads records one by one. Not thread-safe. The views returned by field()
// stay valid until the next call to next().
class CsvReader {
 public:
  // `file_name` only names the input in errors.
  CsvReader(std::string file_name, std::unique_ptr<ByteSource> source, CsvOptions options = {});

  // Reads the next record: true when one was read, false at the end of the
  // input. Fails with kInvalidInput on malformed CSV and kUnavailable when the
  // source cannot be read; after a failure the reader must not be used again.
  [[nodiscard]] base::Result<bool> next();

  // The physical line (1-based) on which the current record starts.
  std::uint64_t line() const { return record_line_; }
  // How many fields the current record has (at least one).
  std::size_t field_count() const { return ends_.size(); }
  // Field `index` (< field_count()) of the current record, unquoted.
  std::string_view field(std::size_t index) const {
    return std::string_view(record_, record_size_)
        .substr(starts_[index], ends_[index] - starts_[index]);
  }
  // The bytes the current record's fields lie in, in order (with the quotes
  // and delimiters between them, or without), and the offset where field
  // `index` starts in them: to check the whole record at once and locate a
  // byte offset in a field. Bytes between fields are ASCII.
  std::string_view record_bytes() const { return {record_, record_size_}; }
  std::size_t field_offset(std::size_t index) const { return starts_[index]; }
  // Bytes consumed from the source so far.
  std::uint64_t bytes_read() const { return bytes_read_; }
  // The name given at construction, for errors.
  const std::string& file_name() const { return file_name_; }

 private:
  enum class State { kFieldStart, kUnquoted, kQuoted, kAfterQuote };

  [[nodiscard]] bool next_simple();
  [[nodiscard]] base::Result<bool> next_general();
  [[nodiscard]] base::Result<bool> fill();
  [[nodiscard]] base::Result<int> peek();
  [[nodiscard]] base::Status append(const char* begin, std::size_t size);
  void end_field() {
    starts_.push_back(ends_.empty() ? 0 : ends_.back());
    ends_.push_back(data_.size());
  }
  tl::unexpected<base::Error> error(std::uint64_t line, const std::string& reason) const;

  std::string file_name_;
  std::unique_ptr<ByteSource> source_;
  CsvOptions options_;
  std::vector<char> buffer_;
  std::size_t pos_ = 0;
  std::size_t end_ = 0;
  bool eof_ = false;
  bool started_ = false;
  std::uint64_t line_ = 1;
  std::uint64_t record_line_ = 0;
  std::uint64_t bytes_read_ = 0;
  // The current record: either in buffer_ as read (a simple record) or
  // unquoted into data_.
  const char* record_ = nullptr;
  std::size_t record_size_ = 0;
  std::string data_;
  std::vector<std::size_t> starts_, ends_;
};

}  // namespace kybersaa::feed
