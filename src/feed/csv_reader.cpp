#include "feed/csv_reader.hpp"

#include <algorithm>
#include <cstring>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace kybersaa::feed {
namespace {

constexpr std::string_view kUtf8Bom = "\xEF\xBB\xBF";

// Bytes after the chunk that a 16-byte scan may read (never use).
constexpr std::size_t kScanPadding = 16;

// The first byte in [p, stop) that is `a` or `b`, or `stop`. May read up to
// 15 bytes past `stop`, which must lie in the same allocation.
const char* find_either(const char* p, const char* stop, char a, char b) {
#if defined(__SSE2__)
  const __m128i va = _mm_set1_epi8(a);
  const __m128i vb = _mm_set1_epi8(b);
  for (; p < stop; p += 16) {
    const __m128i bytes = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p));
    const int mask =
        _mm_movemask_epi8(_mm_or_si128(_mm_cmpeq_epi8(bytes, va), _mm_cmpeq_epi8(bytes, vb)));
    if (mask != 0) return std::min(p + __builtin_ctz(static_cast<unsigned>(mask)), stop);
  }
  return stop;
#else
  while (p < stop && *p != a && *p != b) ++p;
  return p;
#endif
}

}  // namespace

CsvReader::CsvReader(std::string file_name, std::unique_ptr<ByteSource> source, CsvOptions options)
    : file_name_(std::move(file_name)),
      source_(std::move(source)),
      options_(options),
      buffer_(kCsvChunkBytes + kScanPadding) {}

tl::unexpected<base::Error> CsvReader::error(std::uint64_t line, const std::string& reason) const {
  return base::fail(base::ErrorCode::kInvalidInput,
                    file_name_ + ":" + std::to_string(line) + ": " + reason);
}

// Refills the buffer; false at the end of the input. Fills as far as the
// source gives, so the byte-order mark check sees the first bytes together.
base::Result<bool> CsvReader::fill() {
  pos_ = 0;
  end_ = 0;
  while (!eof_ && end_ < kCsvChunkBytes) {
    auto got = source_->read(buffer_.data() + end_, kCsvChunkBytes - end_);
    if (!got) return tl::unexpected(got.error());
    if (*got == 0) {
      eof_ = true;
      break;
    }
    end_ += *got;
    if (started_) break;  // after the first chunk, any progress will do
  }
  bytes_read_ += end_;
  if (!started_) {
    started_ = true;
    if (std::string_view(buffer_.data(), end_).substr(0, kUtf8Bom.size()) == kUtf8Bom) {
      pos_ = kUtf8Bom.size();
    }
  }
  return pos_ < end_;
}

base::Result<int> CsvReader::peek() {
  if (pos_ == end_) {
    auto more = fill();
    if (!more) return tl::unexpected(more.error());
    if (!*more) return -1;
  }
  return static_cast<unsigned char>(buffer_[pos_]);
}

base::Status CsvReader::append(const char* begin, std::size_t size) {
  if (data_.size() + size > options_.max_record_bytes) {
    return error(record_line_, "record longer than " + std::to_string(options_.max_record_bytes) +
                                   " bytes (a missing line end, or not a CSV file?)");
  }
  data_.append(begin, size);
  return {};
}

// The common case in one tight pass: a record that lies wholly in the
// buffer, on one line, whose quoted fields hold no quotes and are followed
// directly by a delimiter or the line end. Its fields are read where they
// lie, without a copy. Anything else (the buffer's end, a doubled quote, a
// CR that is not part of the line end, a blank line, an overlong record)
// returns false with nothing consumed, and the general reader takes the
// record.
bool CsvReader::next_simple() {
  const char delimiter = options_.delimiter;
  const char* const line = buffer_.data() + pos_;
  const void* found = std::memchr(line, '\n', end_ - pos_);
  if (found == nullptr) return false;
  const char* const newline = static_cast<const char*>(found);
  const char* const stop = newline > line && newline[-1] == '\r' ? newline - 1 : newline;
  const auto size = static_cast<std::size_t>(stop - line);
  if (size == 0 || size > options_.max_record_bytes) return false;
  const char* p = line;
  for (;;) {
    const char* field_end = nullptr;
    const char* next = nullptr;
    if (*p == '"') {
      const char* q = find_either(p + 1, stop, '"', '\r');
      if (q == stop || *q != '"' || (q + 1 < stop && q[1] != delimiter)) return false;
      starts_.push_back(static_cast<std::size_t>(p + 1 - line));
      field_end = q;
      next = q + 1;
    } else {
      const char* q = find_either(p, stop, delimiter, '\r');
      if (q < stop && *q == '\r') return false;
      starts_.push_back(static_cast<std::size_t>(p - line));
      field_end = q;
      next = q;
    }
    ends_.push_back(static_cast<std::size_t>(field_end - line));
    if (next == stop) break;
    p = next + 1;  // past the delimiter
  }
  record_ = line;
  record_size_ = size;
  pos_ = static_cast<std::size_t>(newline + 1 - buffer_.data());
  ++line_;
  return true;
}

base::Result<bool> CsvReader::next() {
  starts_.clear();
  ends_.clear();
  record_line_ = line_;
  if (next_simple()) return true;
  starts_.clear();
  ends_.clear();
  data_.clear();
  auto read = next_general();
  record_ = data_.data();
  record_size_ = data_.size();
  return read;
}

// Reads a record byte by byte, unquoting it into data_.
base::Result<bool> CsvReader::next_general() {
  State state = State::kFieldStart;
  bool has_content = false;  // false while the record is still a blank line
  const char delimiter = options_.delimiter;

  for (;;) {
    if (pos_ == end_) {
      auto more = fill();
      if (!more) return tl::unexpected(more.error());
      if (!*more) {
        if (state == State::kQuoted) {
          return error(record_line_, "unterminated quoted field at the end of the file");
        }
        if (!has_content) return false;
        end_field();
        return true;
      }
    }
    const char c = buffer_[pos_];
    switch (state) {
      case State::kQuoted: {
        // Copy the run up to the next quote in one go, counting newlines.
        const char* begin = buffer_.data() + pos_;
        const void* quote = std::memchr(begin, '"', end_ - pos_);
        const std::size_t run =
            quote ? static_cast<std::size_t>(static_cast<const char*>(quote) - begin) : end_ - pos_;
        for (std::size_t i = 0; i < run; ++i) line_ += begin[i] == '\n';
        if (auto ok = append(begin, run); !ok) return tl::unexpected(ok.error());
        pos_ += run;
        if (quote) {
          ++pos_;
          state = State::kAfterQuote;
        }
        continue;
      }
      case State::kAfterQuote:
        if (c == '"') {  // a doubled quote inside a quoted field
          ++pos_;
          if (auto ok = append(&c, 1); !ok) return tl::unexpected(ok.error());
          state = State::kQuoted;
          continue;
        }
        // Bytes after a closing quote (`"a"b`, or backslash-escaped quotes
        // as some Shadowserver reports have) are kept as unquoted data, as
        // Python's csv module does, so IntelMQ and Kybersää read the same.
        break;
      case State::kFieldStart:
        if (c == '"') {
          ++pos_;
          has_content = true;
          state = State::kQuoted;
          continue;
        }
        break;
      case State::kUnquoted:
        break;
    }
    ++pos_;
    if (c == delimiter) {
      end_field();
      has_content = true;
      state = State::kFieldStart;
    } else if (c == '\n' || c == '\r') {
      if (c == '\r') {
        auto after = peek();
        if (!after) return tl::unexpected(after.error());
        // A lone CR is data, as RFC 4180 only ends lines with CRLF; but a CR
        // as the file's last byte ends the record, as Python's csv reads it.
        if (*after != '\n' && *after != -1) {
          if (auto ok = append(&c, 1); !ok) return tl::unexpected(ok.error());
          has_content = true;
          state = State::kUnquoted;
          continue;
        }
        if (*after == '\n') ++pos_;
      }
      ++line_;
      if (!has_content) {  // a blank line: skip it
        record_line_ = line_;
        continue;
      }
      end_field();
      return true;
    } else {
      // An unquoted run: copy up to the next special byte in one go.
      const char* begin = buffer_.data() + pos_ - 1;
      std::size_t run = 1;
      while (pos_ < end_) {
        const char d = buffer_[pos_];
        if (d == delimiter || d == '\n' || d == '\r') break;
        ++pos_;
        ++run;
      }
      if (auto ok = append(begin, run); !ok) return tl::unexpected(ok.error());
      has_content = true;
      state = State::kUnquoted;
    }
  }
}

}  // namespace kybersaa::feed
