#include "feed/json_element_stream.hpp"

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include <algorithm>
#include <array>
#include <bit>
#include <cstring>
#include <utility>

namespace kybersaa::feed {
namespace {

// How much is read from the source at a time.
constexpr std::size_t kJsonChunkBytes = std::size_t{1} << 20;

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; }

// Bytes that end a run of plain string content.
constexpr std::array<bool, 256> kStringSpecial = [] {
  std::array<bool, 256> table{};
  table[static_cast<unsigned char>('"')] = true;
  table[static_cast<unsigned char>('\\')] = true;
  return table;
}();

// The scanner looks at kScanBlock bytes at a time, as bit masks (bit i for
// byte i) of the bytes it cares about: with SSE2 in a few instructions, else
// a byte at a time.
constexpr std::size_t kScanBlock = 32;
static_assert(kScanBlock <= kJsonElementPadding);

struct BlockMasks {
  std::uint32_t quotes = 0;
  std::uint32_t backslashes = 0;
  std::uint32_t commas = 0;
  std::uint32_t structure = 0;  // { } [ ] ,
};

// The masks of the kScanBlock bytes at `p` (all readable), bits at `valid`
// and above cleared.
BlockMasks scan_block(const char* p, std::size_t valid) {
  BlockMasks masks;
#if defined(__SSE2__)
  constexpr std::size_t kHalf = sizeof(__m128i);
  static_assert(kScanBlock == 2 * kHalf);
  for (std::size_t half = 0; half < 2; ++half) {
    const __m128i block = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + half * kHalf));
    const auto bits_of = [&block, half](__m128i hits) {
      return static_cast<std::uint32_t>(_mm_movemask_epi8(hits)) << (half * kHalf);
    };
    const auto mask_of = [&block](char c) { return _mm_cmpeq_epi8(block, _mm_set1_epi8(c)); };
    masks.quotes |= bits_of(mask_of('"'));
    masks.backslashes |= bits_of(mask_of('\\'));
    const __m128i brackets = _mm_or_si128(_mm_or_si128(mask_of('{'), mask_of('}')),
                                          _mm_or_si128(mask_of('['), mask_of(']')));
    const __m128i commas = mask_of(',');
    masks.commas |= bits_of(commas);
    masks.structure |= bits_of(_mm_or_si128(brackets, commas));
  }
#else
  for (std::size_t i = 0; i < kScanBlock; ++i) {
    const char c = p[i];
    const std::uint32_t bit = std::uint32_t{1} << i;
    if (c == '"') masks.quotes |= bit;
    if (c == '\\') masks.backslashes |= bit;
    if (c == ',') masks.commas |= bit;
    if (c == '{' || c == '}' || c == '[' || c == ']' || c == ',') masks.structure |= bit;
  }
#endif
  if (valid < kScanBlock) {
    const std::uint32_t keep = (std::uint32_t{1} << valid) - 1;
    masks.quotes &= keep;
    masks.backslashes &= keep;
    masks.commas &= keep;
    masks.structure &= keep;
  }
  return masks;
}

// Bit i of the result is the parity of bits 0..i of `bits`: applied to the
// quotes of a block, the bytes inside strings (opening quotes included).
std::uint32_t prefix_xor(std::uint32_t bits) {
  static_assert(kScanBlock == 32);
  bits ^= bits << 1;
  bits ^= bits << 2;
  bits ^= bits << 4;
  bits ^= bits << 8;
  bits ^= bits << 16;
  return bits;
}

// The number of line feeds in [begin, end).
std::uint64_t count_newlines(const char* begin, const char* end) {
  std::uint64_t count = 0;
#if defined(__SSE2__)
  constexpr std::size_t kNewlineBlock = sizeof(__m128i);
  // Per-byte counters (each compare adds 0 or -1), summed before they can
  // overflow.
  constexpr std::ptrdiff_t kBlocksPerSum = 255;
  const __m128i newline = _mm_set1_epi8('\n');
  while (end - begin >= static_cast<std::ptrdiff_t>(kNewlineBlock)) {
    const std::ptrdiff_t blocks = std::min<std::ptrdiff_t>(
        (end - begin) / static_cast<std::ptrdiff_t>(kNewlineBlock), kBlocksPerSum);
    __m128i counters = _mm_setzero_si128();
    for (std::ptrdiff_t i = 0; i < blocks; ++i, begin += kNewlineBlock) {
      const __m128i block = _mm_loadu_si128(reinterpret_cast<const __m128i*>(begin));
      counters = _mm_sub_epi8(counters, _mm_cmpeq_epi8(block, newline));
    }
    const __m128i sums = _mm_sad_epu8(counters, _mm_setzero_si128());
    count += static_cast<std::uint64_t>(_mm_cvtsi128_si32(sums)) +
             static_cast<std::uint64_t>(_mm_cvtsi128_si32(_mm_unpackhi_epi64(sums, sums)));
  }
#endif
  return count + static_cast<std::uint64_t>(std::count(begin, end, '\n'));
}

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
  line_ += count_newlines(buffer_.data() + lines_counted_, buffer_.data() + pos);
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

// Tracks the nesting outside strings for structural byte `c`: true when it
// ends the element (a ',' or closing bracket at the top).
bool end_of_element(char c, std::size_t& depth) {
  if (c == '{' || c == '[') {
    ++depth;
    return false;
  }
  if (depth == 0) return true;
  if (c != ',') --depth;
  return false;
}

// Finds the end of the element that starts at pos_: the first ',', '}' or
// ']' outside strings and nested containers. Looks at kScanBlock bytes at a
// time and only at the special bytes among them, so that plain string
// content and white space cost next to nothing.
base::Result<bool> JsonElementStream::read_element() {
  std::size_t depth = 0;
  bool in_string = false;
  bool escaped = false;  // the byte at pos_ is escaped by a backslash before it
  for (;;) {
    if (pos_ >= end_) {
      auto more = fill();
      if (!more) return tl::unexpected(more.error());
      if (!*more) {
        count_lines_to(end_);
        if (in_string) return error("unterminated string");
        return error(container_ == Container::kArray ? "truncated: the array is not closed"
                                                     : "truncated: the object is not closed");
      }
      continue;
    }
    const char* block = buffer_.data() + pos_;
    const std::size_t valid = std::min(end_ - pos_, kScanBlock);
    const BlockMasks masks = scan_block(block, valid);
    if (masks.backslashes == 0 && !escaped) {
      // No escapes: the quotes alone say which bytes are inside strings.
      std::uint32_t inside = prefix_xor(masks.quotes);
      if (in_string) inside = ~inside;
      // Commas matter only at the top: inside a nested value only the
      // brackets are looked at.
      std::uint32_t commas = masks.commas & ~inside;
      std::uint32_t brackets = masks.structure & ~masks.commas & ~inside;
      for (;;) {
        const std::uint32_t next = depth == 0 ? (brackets | commas) : brackets;
        if (next == 0) break;
        const auto at = static_cast<std::size_t>(std::countr_zero(next));
        const std::uint32_t up_to = (std::uint32_t{2} << at) - 1;  // bits 0..at
        commas &= ~up_to;
        brackets &= ~up_to;
        if (end_of_element(block[at], depth)) {
          pos_ += at;
          return finish_element();
        }
      }
      in_string = ((inside >> (valid - 1)) & 1) != 0;
      pos_ += valid;
      continue;
    }
    std::uint32_t mask = masks.quotes | masks.backslashes | masks.structure;
    if (escaped) {
      mask &= ~std::uint32_t{1};
      escaped = false;
    }
    while (mask != 0) {
      const auto at = static_cast<std::size_t>(std::countr_zero(mask));
      mask &= mask - 1;
      const char c = block[at];
      if (in_string) {
        if (c == '"') {
          in_string = false;
        } else if (c == '\\') {
          // The escaped byte is skipped: in this block, or the next one's first.
          if (at + 1 < valid) {
            mask &= ~(std::uint32_t{1} << (at + 1));
          } else {
            escaped = true;
          }
        }
        continue;
      }
      if (c == '"') {
        in_string = true;
      } else if (c != '\\' && end_of_element(c, depth)) {  // a backslash outside strings is data
        pos_ += at;
        return finish_element();
      }
    }
    pos_ += valid;
  }
}

// With pos_ on the byte that ends the current element: checks and sets it.
base::Result<bool> JsonElementStream::finish_element() {
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
