#include "feed/intelmq_jsonl.hpp"

#include <simdjson.h>

#include <algorithm>
#include <cstring>
#include <functional>
#include <mutex>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "feed/json_batch.hpp"

namespace kybersaa::feed {
namespace {

constexpr std::size_t kChunkBytes = std::size_t{1} << 20;
// simdjson parses a batch's lines in place, reading past their end.
static_assert(detail::JsonBatch::kPadding >= simdjson::SIMDJSON_PADDING);

// Reads lines of at most kMaxJsonlLineBytes. Not thread-safe.
class LineReader {
 public:
  LineReader(const std::string& file_name, std::unique_ptr<ByteSource> source)
      : file_name_(file_name),
        source_(std::move(source)),
        buffer_(kMaxJsonlLineBytes + kChunkBytes) {}

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
      if (*got == 0) eof_ = true;
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

// The keys one file has used, in the order they were first met. A file
// may use at most kMaxJsonlKeys, counted in file order: so only the file's
// owner mapper, which maps records in file order, adds keys; the workers'
// mappers copy the keys added since they last looked, and leave a record
// with a key they do not have to the owner. Thread-safe.
class FileKeys {
 public:
  void add(std::string_view key) {
    std::lock_guard lock(mutex_);
    keys_.emplace_back(key);
  }
  // Calls `visit` on every key from index `from` on; returns the count.
  template <class Visit>
  std::size_t visit_from(std::size_t from, Visit&& visit) const {
    std::lock_guard lock(mutex_);
    for (std::size_t i = from; i < keys_.size(); ++i) visit(keys_[i]);
    return keys_.size();
  }

 private:
  mutable std::mutex mutex_;
  std::vector<std::string> keys_;
};

// What mapping a record gave.
struct Mapped {
  detail::JsonBatch::Kind kind = detail::JsonBatch::Kind::kAccepted;
  std::string reason;  // kRejected
};

// Maps one JSON object onto an event. Holds the interned keys the events
// point into, each with its harmonised type looked up once. The lines of one
// file mostly repeat the same keys in the same order, so the key seen at
// each position of the previous lines is checked first and only a key that
// differs is hashed. Not thread-safe; one per thread. The owner interns the
// file's keys; the others (workers) defer a record with a key new to them.
class JsonlMapper {
 public:
  JsonlMapper(FileKeys& file_keys, bool owner) : file_keys_(file_keys), owner_(owner) {}

  // A worker: takes on the keys the owner interned since the last call.
  void sync() {
    synced_ = file_keys_.visit_from(synced_, [&](const std::string& key) { intern_local(key); });
  }

  // Fills `event` from `object`.
  Mapped map(simdjson::dom::object object, IntelmqEvent& event) {
    event.clear();
    ++record_;
    deferred_ = false;
    std::size_t position = 0;
    for (const auto field : object) {
      if (auto rejected = add(position++, field.key, field.value, event)) {
        if (deferred_) return {detail::JsonBatch::Kind::kDeferred, {}};
        return {detail::JsonBatch::Kind::kRejected, std::move(*rejected)};
      }
    }
    return {};
  }

 private:
  // An interned key: where it is in the current event (valid when `record`
  // is the current record) and, for a harmonised field, its type.
  struct Key {
    std::string_view name;  // the interned text, which events point into
    std::optional<IntelmqType> type;
    std::uint64_t record = 0;
    std::size_t entry = 0;
  };

  std::optional<std::string> add(std::size_t position, std::string_view key,
                                 simdjson::dom::element value, IntelmqEvent& event) {
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
        add_extra(**interned, member.value, event);
      }
      return std::nullopt;
    }
    Key* found = remembered(position, key);
    if (found == nullptr) {
      const bool extra = key.starts_with("extra.") && key.size() > 6;
      if (!extra && !intelmq_field_type(key)) {
        return std::string(key) + ": not an IntelMQ field (other fields go under extra.)";
      }
      auto interned = intern(key);
      if (!interned) return std::string(key) + ": " + interned.error();
      found = *interned;
      remember(position, found);
    }
    if (!found->type) {
      add_extra(*found, value, event);
      return std::nullopt;
    }
    // The value is read into its place in the event: a value that does not
    // fit rejects the whole record, so the event's content no longer matters.
    IntelmqValue& slot = assign(*found, event);
    if (!read_scalar(value, slot)) {
      return std::string(key) + ": expected a string, number or boolean";
    }
    if (!sanitize_intelmq_value(*found->type, slot)) {
      return std::string(key) + ": not a valid value for the field: " + simdjson::minify(value);
    }
    return std::nullopt;
  }

  // The key remembered at `position` if it is `key`, else nullptr.
  Key* remembered(std::size_t position, std::string_view key) const {
    return position < remembered_.size() && remembered_[position].first == key
               ? remembered_[position].second
               : nullptr;
  }

  // Remembers `key` as the one at `position`, for the lines that follow.
  void remember(std::size_t position, Key* key) {
    if (position >= kRememberedPositions) return;
    if (position >= remembered_.size()) remembered_.resize(position + 1);
    remembered_[position] = {key->name, key};
  }

  // The value of `key` in the current event, added when missing.
  IntelmqValue& assign(Key& key, IntelmqEvent& event) {
    if (key.record == record_) return event.value_at(key.entry);
    key.record = record_;
    key.entry = event.size();
    return event.append(key.name);
  }

  // extra.* keeps scalars as they are, arrays and objects as their JSON text.
  void add_extra(Key& key, simdjson::dom::element value, IntelmqEvent& event) {
    IntelmqValue& slot = assign(key, event);
    if (!read_scalar(value, slot)) slot.set_string(simdjson::minify(value));
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

  // The interned `key` (an extra.* key or a harmonised field). A worker's
  // mapper that does not have it fails with deferred_ set.
  tl::expected<Key*, std::string> intern(std::string_view key) {
    if (auto found = keys_.find(key); found != keys_.end()) return &found->second;
    if (!owner_) {
      deferred_ = true;
      return tl::unexpected(std::string());
    }
    if (keys_.size() >= kMaxJsonlKeys) {
      return tl::unexpected("more than " + std::to_string(kMaxJsonlKeys) +
                            " distinct keys in the file");
    }
    file_keys_.add(key);
    return intern_local(key);
  }

  // Adds `key` to this mapper's keys.
  Key* intern_local(std::string_view key) {
    auto& [name, interned] = *keys_.emplace(key, Key{}).first;
    interned.name = name;
    if (!(key.starts_with("extra.") && key.size() > 6)) interned.type = intelmq_field_type(key);
    return &interned;
  }

  // How many positions remember their key; later members are hashed.
  static constexpr std::size_t kRememberedPositions = 64;

  // Nodes do not move, so events and `remembered_` may point into them.
  std::unordered_map<std::string, Key, KeyHash, std::equal_to<>> keys_;
  std::vector<std::pair<std::string_view, Key*>> remembered_;
  std::uint64_t record_ = 0;
  std::string scratch_key_;
  FileKeys& file_keys_;
  bool owner_;
  bool deferred_ = false;   // the record has a key this worker's mapper lacks
  std::size_t synced_ = 0;  // file_keys_ taken on
};

// What one thread keeps to map lines: its parsers and its mapper.
struct JsonlWorker {
  JsonlWorker(FileKeys& keys, bool owner) : mapper(keys, owner) {}

  // Maps `line`, followed by JsonBatch::kPadding readable bytes, into `event`.
  Mapped map_line(std::string_view line, IntelmqEvent& event) {
    simdjson::dom::element element;
    simdjson::dom::object object;
    if (const auto code = parser.parse(line.data(), line.size(), false).get(element); code) {
      return {detail::JsonBatch::Kind::kRejected,
              std::string("not valid JSON: ") + simdjson::error_message(code)};
    }
    if (element.get_object().get(object) != simdjson::SUCCESS) {
      return {detail::JsonBatch::Kind::kRejected, "not a JSON object"};
    }
    return mapper.map(object, event);
  }

  // Maps every line of `batch` (joined as JSON Lines) into its outcomes.
  // The batch is first parsed as one stream of documents: one pass of
  // simdjson's parser (compiled for the machine's vector unit) over many
  // lines costs far less than one per line. A document is taken for its
  // line only once the next one is seen to start where the next line
  // starts (or the stream ends cleanly): so each is one line's whole JSON,
  // and maps as that line alone would. From the first line where that fails
  // (bad JSON, two values on a line, one value over two), each line is
  // mapped on its own.
  void map_batch(detail::JsonBatch& batch) {
    const std::string_view joined = batch.joined();
    std::size_t unsure = 0;  // the first record whose outcome is not yet sure
    simdjson::dom::document_stream documents;
    if (parser
            .parse_many(joined.data(), joined.size(),
                        std::max(joined.size(), simdjson::dom::MINIMAL_BATCH_SIZE))
            .get(documents) == simdjson::SUCCESS) {
      std::size_t mapped = 0;  // records mapped from the stream
      std::size_t sure_outcomes = 0;
      std::size_t sure_events = 0;
      bool whole = true;
      for (auto at = documents.begin(); at != documents.end(); ++at) {
        simdjson::dom::element document;
        if ((*at).get(document) != simdjson::SUCCESS || mapped == batch.records.size() ||
            at.current_index() != batch.records[mapped].begin) {
          whole = false;
          break;
        }
        // This document starts where its line does: the one before was its
        // line's whole JSON.
        unsure = mapped;
        sure_outcomes = batch.outcomes.size();
        sure_events = batch.used_events;
        map_element(batch, mapped++, document);
      }
      if (whole && mapped == batch.records.size() && documents.truncated_bytes() == 0) return;
      batch.outcomes.resize(sure_outcomes);
      batch.used_events = sure_events;
    }
    for (std::size_t i = unsure; i < batch.records.size(); ++i) {
      add_outcome(batch, i, map_line(batch.text(batch.records[i]), batch.next_event()));
    }
  }

  simdjson::dom::parser parser;
  JsonlMapper mapper;

 private:
  // Maps the parsed line `index` of `batch`, as map_line() maps it after
  // the full parse.
  void map_element(detail::JsonBatch& batch, std::size_t index, simdjson::dom::element element) {
    simdjson::dom::object object;
    if (element.get_object().get(object) != simdjson::SUCCESS) {
      add_outcome(batch, index, {detail::JsonBatch::Kind::kRejected, "not a JSON object"});
      return;
    }
    add_outcome(batch, index, mapper.map(object, batch.next_event()));
  }

  static void add_outcome(detail::JsonBatch& batch, std::size_t index, Mapped mapped) {
    const std::uint64_t line = batch.records[index].line;
    switch (mapped.kind) {
      case detail::JsonBatch::Kind::kAccepted:
        batch.accept(line);
        break;
      case detail::JsonBatch::Kind::kRejected:
        batch.reject(line, std::move(mapped.reason));
        break;
      case detail::JsonBatch::Kind::kDeferred:
        batch.defer(index);
        break;
    }
  }
};

}  // namespace

base::Result<FeedSummary> parse_intelmq_jsonl(const std::string& file_name,
                                              std::unique_ptr<ByteSource> source,
                                              std::optional<std::uint64_t> max_errors,
                                              const EventSink& on_event,
                                              const RejectionSink& on_rejection,
                                              std::size_t threads) {
  LineReader reader(file_name, std::move(source));
  RecordTally tally(file_name, max_errors, on_event, on_rejection, "intelmq-jsonl");
  FileKeys file_keys;
  // The owner maps the records the workers defer, on this thread; without
  // worker threads it maps every record.
  JsonlWorker owner(file_keys, true);
  IntelmqEvent owner_event;
  const std::size_t worker_count = base::worker_count(threads);
  // One per worker thread, and one for this thread, which maps batches too
  // (not the owner's: it would intern keys out of file order).
  std::vector<std::unique_ptr<JsonlWorker>> workers;
  for (std::size_t i = 0; worker_count > 0 && i <= worker_count; ++i) {
    workers.push_back(std::make_unique<JsonlWorker>(file_keys, false));
  }
  base::OrderedWorkers<detail::JsonBatch> pool(
      worker_count, [&](std::size_t index, detail::JsonBatch& batch) {
        JsonlWorker& worker = workers.empty() ? owner : *workers[index];
        if (!workers.empty()) worker.mapper.sync();
        worker.map_batch(batch);
      });
  const auto fill = [&](detail::JsonBatch& batch) -> base::Result<bool> {
    while (!batch.filled()) {
      auto has_line = reader.next();
      if (!has_line) return tl::unexpected(has_line.error());
      if (!*has_line) return false;
      std::string_view line = reader.line();
      if (reader.line_number() == 1 && line.starts_with("\xEF\xBB\xBF")) line.remove_prefix(3);
      // White space around a line's JSON is no part of it.
      const std::size_t begin = line.find_first_not_of(" \t\r");
      if (begin == std::string_view::npos) continue;
      line = line.substr(begin, line.find_last_not_of(" \t\r") + 1 - begin);
      batch.layout = detail::JsonBatch::Layout::kLines;
      batch.add(line, reader.line_number());
    }
    return true;
  };
  const auto map_deferred = [&](const detail::JsonBatch& batch,
                                const detail::JsonBatch::Record& record) -> base::Status {
    auto mapped = owner.map_line(batch.text(record), owner_event);
    return mapped.kind == detail::JsonBatch::Kind::kAccepted
               ? tally.accept(owner_event)
               : tally.reject(record.line, mapped.reason);
  };
  if (auto status = detail::run_json_batches(pool, tally, fill, map_deferred); !status) {
    return tl::unexpected(status.error());
  }
  return tally.summary();
}

}  // namespace kybersaa::feed
