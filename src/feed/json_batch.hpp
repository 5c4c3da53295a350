#pragma once
// JSON feed records mapped on every core, passed on in file order. Internal
// to the feed module.
//
// A JSON feed's records are independent of each other, so the parsers split
// the input on the calling thread (the element splitter for an array or
// object export, the line reader for JSON Lines), copy a run of records into
// a batch, and let the threads (base/ordered_workers.hpp: worker threads,
// and the calling thread while it waits) map each batch to events and
// rejections. The calling thread then passes every outcome on
// through the file's RecordTally in input order, so the sinks see exactly
// what a single thread would have given them, and stop where it would have
// stopped (too many rejections, a sink's error, broken input).

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "base/ordered_workers.hpp"
#include "base/result.hpp"
#include "feed/feed_sink.hpp"
#include "feed/intelmq_event.hpp"

namespace kybersaa::feed::detail {

// A run of records copied out of the input, and what each became.
struct JsonBatch {
  // A record's bytes, and for an object export the member's key before it.
  struct Record {
    std::size_t begin = 0;
    std::size_t size = 0;
    std::size_t key_begin = 0;
    std::size_t key_size = 0;
    std::uint64_t line = 0;
  };
  // What a record, or one of the records an element holds, became.
  enum class Kind { kAccepted, kRejected, kDeferred };
  struct Outcome {
    Kind kind = Kind::kAccepted;
    std::uint64_t line = 0;
    std::size_t index = 0;  // kAccepted: into events; kDeferred: into records
    std::string reason;     // kRejected
  };

  // Records in a batch: up to this many, or until the bytes reach
  // kBatchBytes (one long record may pass it).
  static constexpr std::size_t kMaxRecords = 2048;
  static constexpr std::size_t kBatchBytes = std::size_t{256} << 10;
  // Outcomes a worker keeps for a batch: a record that holds many (a
  // ThreatFox id with many records) and would take the batch past this is
  // deferred to the calling thread, which passes them on as it maps them,
  // so that memory stays bounded however many a record holds.
  static constexpr std::size_t kMaxOutcomes = kMaxRecords;
  // Readable bytes after the last record, so simdjson may parse in place.
  static constexpr std::size_t kPadding = 64;

  // How the records are joined, so that a worker may parse the whole batch
  // at once: as one JSON array, "[record,record,...]", or as JSON Lines.
  enum class Layout { kArray, kLines };
  Layout layout = Layout::kArray;
  // The joined records, then kPadding bytes.
  std::string bytes;
  std::string keys;  // the records' keys, back to back
  std::vector<Record> records;
  std::vector<Outcome> outcomes;
  // Events of accepted records; storage beyond `used_events` is kept for reuse.
  std::vector<IntelmqEvent> events;
  std::size_t used_events = 0;

  // Empties the batch, keeping its storage.
  void clear() {
    bytes.clear();
    keys.clear();
    records.clear();
    outcomes.clear();
    used_events = 0;
  }
  // True when the batch should take no more records.
  bool filled() const { return records.size() >= kMaxRecords || bytes.size() >= kBatchBytes; }

  // Copies a record (and its key, if any) into the batch.
  void add(std::string_view record, std::uint64_t line, std::string_view key = {}) {
    if (layout == Layout::kArray) {
      bytes += records.empty() ? '[' : ',';
    } else if (!records.empty()) {
      bytes += '\n';
    }
    records.push_back(Record{bytes.size(), record.size(), keys.size(), key.size(), line});
    bytes.append(record);
    keys.append(key);
  }
  // Closes the array and pads it; call once the batch is filled.
  void pad() {
    if (layout == Layout::kArray) bytes += ']';
    bytes.append(kPadding, ' ');
  }

  // The joined records (after pad()); kPadding readable bytes follow.
  std::string_view joined() const {
    return std::string_view(bytes).substr(0, bytes.size() - kPadding);
  }
  // A record's bytes; kPadding readable bytes follow.
  std::string_view text(const Record& record) const {
    return std::string_view(bytes).substr(record.begin, record.size);
  }
  std::string_view key(const Record& record) const {
    return std::string_view(keys).substr(record.key_begin, record.key_size);
  }

  // The event to fill for the next record; it is kept only by accept().
  IntelmqEvent& next_event() {
    if (used_events == events.size()) events.emplace_back();
    return events[used_events];
  }
  // The record at `line` made the event next_event() returned.
  void accept(std::uint64_t line) {
    outcomes.push_back({Kind::kAccepted, line, used_events++, {}});
  }
  void reject(std::uint64_t line, std::string reason) {
    outcomes.push_back({Kind::kRejected, line, 0, std::move(reason)});
  }
  // Record `index` must be mapped on the calling thread (see run_json_batches()).
  void defer(std::size_t index) {
    outcomes.push_back({Kind::kDeferred, records[index].line, index, {}});
  }
};

// Splits the input, maps it on `workers` and passes the outcomes on:
// - `fill(batch)` copies the next records into `batch` and returns whether
//   more may follow (false at the end), or the error that ends the input;
// - accepted and rejected records go to `tally`; a deferred record is given
//   to `map_deferred(batch, record)`, on the calling thread, which passes its
//   outcome to the tally itself.
// Returns the first error of the tally, of map_deferred or of the input, the
// last only after every record before it was passed on.
template <class Fill, class MapDeferred>
[[nodiscard]] base::Status run_json_batches(base::OrderedWorkers<JsonBatch>& workers,
                                            RecordTally& tally, Fill&& fill,
                                            MapDeferred&& map_deferred) {
  base::Status input_end;
  bool more = true;
  for (;;) {
    while (more && !workers.full()) {
      JsonBatch& batch = workers.to_fill();
      batch.clear();
      auto filled = fill(batch);
      more = filled && *filled;
      if (!filled) input_end = tl::unexpected(filled.error());
      if (batch.records.empty()) continue;
      batch.pad();
      workers.hand_over();
    }
    if (workers.empty()) return input_end;
    const JsonBatch& batch = workers.oldest();
    base::Status status;
    for (const auto& outcome : batch.outcomes) {
      switch (outcome.kind) {
        case JsonBatch::Kind::kAccepted:
          status = tally.accept(batch.events[outcome.index]);
          break;
        case JsonBatch::Kind::kRejected:
          status = tally.reject(outcome.line, outcome.reason);
          break;
        case JsonBatch::Kind::kDeferred:
          status = map_deferred(batch, batch.records[outcome.index]);
          break;
      }
      if (!status) break;
    }
    workers.release();
    if (!status) return status;
  }
}

}  // namespace kybersaa::feed::detail
