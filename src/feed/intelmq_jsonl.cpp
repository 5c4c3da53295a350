#include "feed/intelmq_jsonl.hpp"

#include <simdjson.h>

#include <cstring>
#include <functional>
#include <string_view>
#include <unordered_set>
#include <utility>
#include <vector>

namespace kybersaa::feed {
namespace {

constexpr std::size_t kChunkBytes = std::size_t{1} << 20;
// Readable bytes after each line, so simdjson parses it in place.
constexpr std::size_t kPadding = 64;
static_assert(kPadding >= simdjson::SIMDJSON_PADDING);

// Reads lines of at most kMaxJsonlLineBytes, each followed by kPadding
// readable bytes. Not thread-safe.
class LineReader {
 public:
  LineReader(const std::string& file_name, std::unique_ptr<ByteSource> source)
      : file_name_(file_name),
        source_(std::move(source)),
        buffer_(kMaxJsonlLineBytes + kChunkBytes + kPadding) {}

  // Reads the next line (without its LF or CRLF): true, or false at the end.
  [[nodiscard]] base::Result<bool> next() {
    for (;;) {
      const char* begin = buffer_.data() + pos_;
      const auto* newline = static_cast<const char*>(std::memchr(begin, '\n', end_ - pos_));
      if (newline != nullptr || (eof_ && pos_ < end_)) {
        const std::size_t length =
            newline != nullptr ? static_cast<std::size_t>(newline - begin) : end_ - pos_;
        line_ = std::string_view(begin, length);
        if (!line_.empty() && line_.back() == '\r') line_.remove_suffix(1);
        pos_ += newline != nullptr ? length + 1 : length;
        ++line_number_;
        if (line_.size() > kMaxJsonlLineBytes) return too_long();
        return true;
      }
      if (eof_) return false;
      std::memmove(buffer_.data(), buffer_.data() + pos_, end_ - pos_);
      end_ -= pos_;
      pos_ = 0;
      if (end_ > kMaxJsonlLineBytes) {
        ++line_number_;
        return too_long();
      }
      auto got = source_->read(buffer_.data() + end_, kChunkBytes);
      if (!got) return tl::unexpected(got.error());
      if (*got == 0) {
        eof_ = true;
        std::memset(buffer_.data() + end_, ' ', kPadding);
      }
      end_ += *got;
    }
  }

  std::string_view line() const { return line_; }
  std::uint64_t line_number() const { return line_number_; }

 private:
  tl::unexpected<base::Error> too_long() const {
    return base::fail(base::ErrorCode::kInvalidInput,
                      file_name_ + ":" + std::to_string(line_number_) + ": line longer than " +
                          std::to_string(kMaxJsonlLineBytes) + " bytes");
  }

  const std::string& file_name_;
  std::unique_ptr<ByteSource> source_;
  std::vector<char> buffer_;
  std::size_t pos_ = 0;
  std::size_t end_ = 0;
  bool eof_ = false;
  std::string_view line_;
  std::uint64_t line_number_ = 0;
};

struct KeyHash {
  using is_transparent = void;
  std::size_t operator()(std::string_view key) const { return std::hash<std::string_view>{}(key); }
};

// Maps one JSON object onto an event. Holds the interned keys the events
// point into. Not thread-safe; one per file.
class JsonlMapper {
 public:
  // Fills `event` from `object`; returns the rejection reason or nullopt.
  std::optional<std::string> map(simdjson::dom::object object, IntelmqEvent& event) {
    event.clear();
    for (const auto field : object) {
      if (auto rejected = add(field.key, field.value, event)) return rejected;
    }
    return std::nullopt;
  }

 private:
  std::optional<std::string> add(std::string_view key, simdjson::dom::element value,
                                 IntelmqEvent& event) {
    using simdjson::dom::element_type;
    const element_type kind = value.type();
    if (kind == element_type::NULL_VALUE) return std::nullopt;
    if (key == "__type") {
      std::string_view type;
      if (value.get_string().get(type) == simdjson::SUCCESS && type == "Event") return std::nullopt;
      return "__type: not an Event: " + simdjson::minify(value);
    }
    if (key == "extra" && kind == element_type::OBJECT) {
      simdjson::dom::object members;
      if (value.get_object().get(members) != simdjson::SUCCESS) return "extra: not an object";
      for (const auto member : members) {
        scratch_key_.assign("extra.").append(member.key);
        if (member.value.type() == element_type::NULL_VALUE) continue;
        auto interned = intern(scratch_key_);
        if (!interned) return std::string(key) + ": " + interned.error();
        if (auto rejected = add_extra(*interned, member.value, event)) return rejected;
      }
      return std::nullopt;
    }
    const bool extra = key.starts_with("extra.") && key.size() > 6;
    const auto type = extra ? std::nullopt : intelmq_field_type(key);
    if (!extra && !type) {
      return std::string(key) + ": not an IntelMQ field (other fields go under extra.)";
    }
    auto interned = intern(key);
    if (!interned) return std::string(key) + ": " + interned.error();
    if (extra) return add_extra(*interned, value, event);
    if (!read_scalar(value, scratch_)) {
      return std::string(key) + ": expected a string, number or boolean";
    }
    if (!sanitize_intelmq_value(*type, scratch_)) {
      return std::string(key) + ": not a valid value for the field: " + simdjson::minify(value);
    }
    event.set(*interned) = scratch_;
    return std::nullopt;
  }

  // extra.* keeps scalars as they are, arrays and objects as their JSON text.
  std::optional<std::string> add_extra(std::string_view key, simdjson::dom::element value,
                                       IntelmqEvent& event) {
    if (!read_scalar(value, scratch_)) scratch_.set_string(simdjson::minify(value));
    event.set(key) = scratch_;
    return std::nullopt;
  }

  static bool read_scalar(simdjson::dom::element element, IntelmqValue& out) {
    using simdjson::dom::element_type;
    switch (element.type()) {
      case element_type::STRING:
        out.set_string(std::string_view(element.get_string().value_unsafe()));
        return true;
      case element_type::INT64:
        out.set_integer(element.get_int64().value_unsafe());
        return true;
      case element_type::UINT64:
        out.set_float(static_cast<double>(element.get_uint64().value_unsafe()));
        return true;
      case element_type::DOUBLE:
        out.set_float(element.get_double().value_unsafe());
        return true;
      case element_type::BOOL:
        out.set_boolean(element.get_bool().value_unsafe());
        return true;
      default:
        return false;
    }
  }

  tl::expected<std::string_view, std::string> intern(std::string_view key) {
    if (auto found = keys_.find(key); found != keys_.end()) return std::string_view(*found);
    if (keys_.size() >= kMaxJsonlKeys) {
      return tl::unexpected("more than " + std::to_string(kMaxJsonlKeys) +
                            " distinct keys in the file");
    }
    return std::string_view(*keys_.emplace(key).first);
  }

  std::unordered_set<std::string, KeyHash, std::equal_to<>> keys_;
  std::string scratch_key_;
  IntelmqValue scratch_;
};

}  // namespace

base::Result<FeedSummary> parse_intelmq_jsonl(const std::string& file_name,
                                              std::unique_ptr<ByteSource> source,
                                              std::optional<std::uint64_t> max_errors,
                                              const EventSink& on_event,
                                              const RejectionSink& on_rejection) {
  LineReader reader(file_name, std::move(source));
  RecordTally tally(file_name, max_errors, on_event, on_rejection, "intelmq-jsonl");
  simdjson::dom::parser parser;
  JsonlMapper mapper;
  IntelmqEvent event;
  for (;;) {
    auto has_line = reader.next();
    if (!has_line) return tl::unexpected(has_line.error());
    if (!*has_line) break;
    std::string_view line = reader.line();
    if (reader.line_number() == 1 && line.starts_with("\xEF\xBB\xBF")) line.remove_prefix(3);
    if (line.find_first_not_of(" \t\r") == std::string_view::npos) continue;
    simdjson::dom::element element;
    simdjson::dom::object object;
    std::optional<std::string> rejected;
    if (const auto code = parser.parse(line.data(), line.size(), false).get(element); code) {
      rejected = std::string("not valid JSON: ") + simdjson::error_message(code);
    } else if (element.get_object().get(object) != simdjson::SUCCESS) {
      rejected = "not a JSON object";
    } else {
      rejected = mapper.map(object, event);
    }
    const auto status =
        rejected ? tally.reject(reader.line_number(), *rejected) : tally.accept(event);
    if (!status) return tl::unexpected(status.error());
  }
  return tally.summary();
}

}  // namespace kybersaa::feed
