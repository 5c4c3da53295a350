#pragma once
// Shadowserver report CSVs to IntelMQ events, streaming: one CSV record in,
// one event out, in constant memory. The report type comes from the file name
// (Shadowserver's "YYYY-MM-DD-TYPE-....csv"), else from the header; each row
// is mapped and typed as the schema says, with IntelMQ's semantics: required
// columns must convert, optional ones that do not fit their field go to
// extra, unmapped non-empty columns go to extra.<column>, constants
// (classification) are set last.
//
// A row whose values cannot be converted (a bad IP, ASN, port or timestamp, a
// wrong field count, bytes that are not UTF-8) is rejected with
// `FILE:LINE: column: reason` and the stream goes on; a file whose structure is
// wrong (unknown header, broken quoting) fails as a whole.

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "base/result.hpp"
#include "feed/csv_reader.hpp"
#include "feed/feed_sink.hpp"
#include "feed/intelmq_event.hpp"
#include "feed/shadowserver_schema.hpp"

namespace kybersaa::feed {

namespace detail {
struct MappingStep;
}

// Maps the rows of one report file, once its header is known. Holds the keys
// the events it fills point into: it must outlive those events. Not
// thread-safe (it keeps scratch space); one per file.
class ShadowserverRowMapper {
 public:
  // Plans the mapping of `type` onto `header`. `file_name` names the file in
  // errors. With `counted_fields_only`, events hold only the fields the
  // aggregator reads (is_counted_field()); the other values are still checked
  // where they could reject the row, so the same rows are rejected. Fails
  // with kInvalidInput when a required column is missing.
  [[nodiscard]] static base::Result<ShadowserverRowMapper> create(
      const ReportType& type, std::span<const std::string> header, std::string file_name,
      bool counted_fields_only = false);

  ShadowserverRowMapper(ShadowserverRowMapper&&) noexcept;
  ShadowserverRowMapper& operator=(ShadowserverRowMapper&&) noexcept;
  ~ShadowserverRowMapper();

  // Fills `event` from the current record of `reader`. Fails with
  // kInvalidInput, `FILE:LINE: column: reason`, when the row is rejected.
  [[nodiscard]] base::Status map_row(const CsvReader& reader, IntelmqEvent& event);

 private:
  ShadowserverRowMapper() = default;
  [[nodiscard]] base::Status convert(const detail::MappingStep& step, const CsvReader& reader,
                                     bool& has_value);
  tl::unexpected<base::Error> reject(const CsvReader& reader, std::string_view column,
                                     const std::string& reason) const;
  tl::unexpected<base::Error> reject_invalid(const CsvReader& reader,
                                             const detail::MappingStep& step) const;

  // Returns the event's value slot for key `key_id`, added on first use in
  // the row: keys are interned in keys_, so no search is needed.
  IntelmqValue& slot(std::size_t key_id, IntelmqEvent& event);
  std::size_t intern(const std::string& key);

  std::string file_name_;
  std::string feed_name_;
  bool counted_fields_only_ = false;
  std::vector<std::string> keys_;      // every key this file's events can have
  std::vector<std::ptrdiff_t> slots_;  // per key: its entry in the current event, or -1
  std::vector<std::uint32_t> ranks_;   // per key: its place in sorted order, for output
  std::size_t feed_name_key_ = 0;
  std::size_t column_count_ = 0;
  std::vector<detail::MappingStep> steps_;
  struct Constant {
    std::size_t key_id = 0;
    IntelmqValue value;
  };
  std::vector<Constant> constants_;
  std::vector<std::string> header_;
  std::vector<std::size_t> leftover_keys_;  // the key id of extra.<column>, per column
  std::vector<char> consumed_;
  IntelmqValue scratch_;
  // Columns the URL conversion reads, when present.
  std::optional<std::size_t> cc_dns_, http_host_, url_, http_url_, application_, detail_;
};

struct ShadowserverOptions {
  // The report type (schema name or file-name type); empty: recognise it.
  std::string report_type;
  // Stop with an error once more rows than this are rejected; unset: never.
  std::optional<std::uint64_t> max_errors;
  // Events hold only the fields the aggregator reads (see
  // ShadowserverRowMapper::create); the same rows are rejected.
  bool counted_fields_only = false;
};

// Parses the report `reader` reads (its file name picks the type unless
// `options` names one), passing events and rejections on as they come.
// Returns the counts (`type` is the report type, `records` the rows), or the
// error that stopped it: a header matching no
// report type, malformed CSV, too many rejections, or a sink's error.
[[nodiscard]] base::Result<FeedSummary> parse_shadowserver_report(
    const ShadowserverSchema& schema, CsvReader& reader, const ShadowserverOptions& options,
    const EventSink& on_event, const RejectionSink& on_rejection);

}  // namespace kybersaa::feed
