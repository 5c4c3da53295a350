#include "feed/json_element_stream.hpp"

#include <algorithm>
#include <array>
#include <cstring>
#include <utility>

namespace kybersaa::feed {
namespace {

// How much is read from the source at a time.
constexpr std::size_t kJsonChunkBytes = std::size_t{1} << 20;

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; }

// Bytes the element scanner must look at outside strings.
constexpr std::array<bool, 256> kStructural = [] {
  std::array<bool, 256> table{};
  for (const unsigned char c : std::string_view("\"{}[],")) table[c] = true;
  return table;
}();

// Bytes that end a run of plain string content.
constexpr std::array<bool, 256> kStringSpecial = [] {
  std::array<bool, 256> table{};
  table[static_cast<unsigned char>('"')] = true;
  table[static_cast<unsigned char>('\\')] = true;
  return table;
}();

}  // namespace

JsonElementStream::JsonElementStream(std::string file_name, std::unique_ptr<ByteSource> source,
                                     std::size_t max_element_bytes)
    : file_name_(std::move(file_name)),
      source_(std::move(source)),
      max_element_bytes_(max_element_bytes),
      buffer_(max_element_bytes + kJsonChunkBytes + kJsonElementPadding) {}

tl::unexpected<base::Error> JsonElementStream::error(const std::string& reason) const {
  return base::fail(base::ErrorCode::kInvalidInput,
                    file_name_ + ":" + std::to_string(line_) + ": " + reason);
}

void JsonElementStream::count_lines_to(std::size_t pos) {
  if (pos <= lines_counted_) return;
  line_ += static_cast<std::uint64_t>(
      std::count(buffer_.data() + lines_counted_, buffer_.data() + pos, '\n'));
  lines_counted_ = pos;
}

// Reads more bytes, first moving the current item (from mark_) to the front
// of the buffer. Returns false at the end of the input.
base::Result<bool> JsonElementStream::fill() {
  if (eof_) return false;
  count_lines_to(mark_);
  if (mark_ > 0) {
    const std::size_t shift = mark_;
    std::memmove(buffer_.data(), buffer_.data() + shift, end_ - shift);
    end_ -= shift;
    pos_ -= shift;
    key_begin_ = key_begin_ >= shift ? key_begin_ - shift : 0;
    key_end_ = key_end_ >= shift ? key_end_ - shift : 0;
    element_begin_ = element_begin_ >= shift ? element_begin_ - shift : 0;
    lines_counted_ -= shift;
    mark_ = 0;
  }
  if (end_ > max_element_bytes_) {
    return base::fail(base::ErrorCode::kInvalidInput,
                      file_name_ + ":" + std::to_string(line_) + ": element longer than " +
                          std::to_string(max_element_bytes_) + " bytes");
  }
  const std::size_t room = buffer_.size() - kJsonElementPadding - end_;
  auto got = source_->read(buffer_.data() + end_, std::min(room, kJsonChunkBytes));
  if (!got) return tl::unexpected(got.error());
  if (*got == 0) {
    eof_ = true;
    std::fill(buffer_.begin() + static_cast<std::ptrdiff_t>(end_),
              buffer_.begin() + static_cast<std::ptrdiff_t>(end_ + kJsonElementPadding), ' ');
    return false;
  }
  end_ += *got;
  return true;
}

// Skips white space; returns false at the end of the input. Between items
// (`between`), skipped bytes need not be kept.
base::Result<bool> JsonElementStream::skip_space(bool between) {
  for (;;) {
    while (pos_ < end_ && is_space(buffer_[pos_])) ++pos_;
    if (pos_ < end_) return true;
    if (between) mark_ = pos_;
    auto more = fill();
    if (!more) return tl::unexpected(more.error());
    if (!*more) return false;
  }
}

// With pos_ on an opening quote, moves past the closing one.
base::Status JsonElementStream::skip_string() {
  ++pos_;
  for (;;) {
    while (pos_ < end_ && !kStringSpecial[static_cast<unsigned char>(buffer_[pos_])]) ++pos_;
    if (pos_ + 1 < end_ || (pos_ < end_ && buffer_[pos_] == '"')) {
      if (buffer_[pos_] == '"') {
        ++pos_;
        return {};
      }
      pos_ += 2;  // a backslash and the byte it escapes
      continue;
    }
    auto more = fill();
    if (!more) return tl::unexpected(more.error());
    if (!*more) {
      count_lines_to(pos_);
      return error("unterminated string");
    }
  }
}

base::Result<bool> JsonElementStream::read_element() {
  std::size_t depth = 0;
  for (;;) {
    while (pos_ < end_ && !kStructural[static_cast<unsigned char>(buffer_[pos_])]) ++pos_;
    if (pos_ == end_) {
      auto more = fill();
      if (!more) return tl::unexpected(more.error());
      if (!*more) {
        count_lines_to(pos_);
        return error(container_ == Container::kArray ? "truncated: the array is not closed"
                                                     : "truncated: the object is not closed");
      }
      continue;
    }
    const char c = buffer_[pos_];
    if (c == '"') {
      if (auto skipped = skip_string(); !skipped) return tl::unexpected(skipped.error());
      continue;
    }
    if (c == '{' || c == '[') {
      ++depth;
    } else if (c == '}' || c == ']' || c == ',') {
      if (depth == 0) break;
      if (c != ',') --depth;
    }
    ++pos_;
  }
  element_end_ = pos_;
  while (element_end_ > element_begin_ && is_space(buffer_[element_end_ - 1])) --element_end_;
  if (element_end_ == element_begin_) {
    count_lines_to(pos_);
    return error("empty element");
  }
  if (element_end_ - element_begin_ > max_element_bytes_) {
    count_lines_to(element_begin_);
    return error("element longer than " + std::to_string(max_element_bytes_) + " bytes");
  }
  return true;
}

base::Result<bool> JsonElementStream::next() {
  if (stage_ == Stage::kDone) return false;
  const auto truncated = [&] {
    count_lines_to(pos_);
    return error(container_ == Container::kArray ? "truncated: the array is not closed"
                                                 : "truncated: the object is not closed");
  };
  if (stage_ == Stage::kStart) {
    auto any = skip_space(true);
    if (!any) return tl::unexpected(any.error());
    constexpr std::string_view kBom = "\xEF\xBB\xBF";
    while (*any && end_ - pos_ < kBom.size() && !eof_) {
      mark_ = pos_;
      auto more = fill();
      if (!more) return tl::unexpected(more.error());
      if (!*more) break;
    }
    if (*any && std::string_view(buffer_.data() + pos_, end_ - pos_).substr(0, 3) == kBom) {
      pos_ += kBom.size();
      any = skip_space(true);
      if (!any) return tl::unexpected(any.error());
    }
    if (!*any) return error("empty input: expected a JSON array or object");
    const char c = buffer_[pos_];
    if (c != '[' && c != '{') {
      count_lines_to(pos_);
      return error("expected a JSON array or object at the top level");
    }
    container_ = c == '[' ? Container::kArray : Container::kObject;
    ++pos_;
    stage_ = Stage::kFirst;
  }
  const char close = container_ == Container::kArray ? ']' : '}';
  auto any = skip_space(true);
  if (!any) return tl::unexpected(any.error());
  if (!*any) return truncated();
  if (stage_ == Stage::kAfterElement) {
    if (buffer_[pos_] == ',') {
      ++pos_;
      any = skip_space(true);
      if (!any) return tl::unexpected(any.error());
      if (!*any) return truncated();
      if (buffer_[pos_] == close) {
        count_lines_to(pos_);
        return error("a comma before the closing bracket");
      }
    } else if (buffer_[pos_] != close) {
      count_lines_to(pos_);
      return error(std::string("expected ',' or '") + close + "' after an element");
    }
  }
  if (buffer_[pos_] == close) {
    ++pos_;
    stage_ = Stage::kDone;
    auto trailing = skip_space(true);
    if (!trailing) return tl::unexpected(trailing.error());
    if (*trailing) {
      count_lines_to(pos_);
      return error("data after the end of the top-level JSON value");
    }
    return false;
  }
  mark_ = pos_;
  key_begin_ = key_end_ = pos_;
  if (container_ == Container::kObject) {
    if (buffer_[pos_] != '"') {
      count_lines_to(pos_);
      return error("expected a member name (a string)");
    }
    key_begin_ = pos_ + 1;
    if (auto skipped = skip_string(); !skipped) return tl::unexpected(skipped.error());
    key_end_ = pos_ - 1;
    any = skip_space(false);
    if (!any) return tl::unexpected(any.error());
    if (!*any) return truncated();
    if (buffer_[pos_] != ':') {
      count_lines_to(pos_);
      return error("expected ':' after a member name");
    }
    ++pos_;
    any = skip_space(false);
    if (!any) return tl::unexpected(any.error());
    if (!*any) return truncated();
  }
  element_begin_ = pos_;
  count_lines_to(pos_);
  element_line_ = line_;
  auto read = read_element();
  if (!read) return tl::unexpected(read.error());
  stage_ = Stage::kAfterElement;
  return true;
}

}  // namespace kybersaa::feed
