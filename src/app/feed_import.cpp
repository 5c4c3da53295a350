// Importing a feed file: digest, skip if known, parse with the aggregator
// as the event sink, hand sightings to the store in batches inside one
// transaction, commit.

#include "app/feed_import.hpp"

#include <vector>

#include "base/digest.hpp"
#include "feed/feed_format.hpp"

namespace kybersaa::app {
namespace {

// Sightings per store batch: sorting a batch makes the store's inserts
// local; 64 Ki sightings are 2 MiB. With raw events a batch also ends at
// 16 MiB of their JSON (about 44 000 events), which bounds memory.
constexpr std::size_t kBatchSightings = std::size_t{1} << 16;
constexpr std::size_t kBatchRawBytes = std::size_t{16} << 20;
constexpr std::int64_t kSecondsPerDay = 86'400;

// Counts the bytes a parser reads and reports them.
class ProgressSource final : public feed::ByteSource {
 public:
  ProgressSource(std::unique_ptr<feed::ByteSource> inner, std::uint64_t total,
                 const feed::Aggregator& aggregator, const ImportProgress& progress)
      : inner_(std::move(inner)), aggregator_(aggregator), progress_(progress) {
    info_.total_bytes = total;
  }

  base::Result<std::size_t> read(char* buffer, std::size_t size) override {
    auto got = inner_->read(buffer, size);
    if (got) {
      info_.bytes_read += *got;
      info_.events = aggregator_.summary().events;
      progress_(info_);
    }
    return got;
  }

 private:
  std::unique_ptr<feed::ByteSource> inner_;
  const feed::Aggregator& aggregator_;
  const ImportProgress& progress_;
  ImportProgressInfo info_;
};

// The batch being gathered for the store: the aggregator's pending
// sightings and, when raw events are kept, each one's JSON.
class SightingBatch {
 public:
  SightingBatch(feed::Aggregator& aggregator, store::FeedImportSession& session, bool keep_raw)
      : aggregator_(aggregator), session_(session), keep_raw_(keep_raw) {}

  base::Status add(const feed::IntelmqEvent& event) {
    if (!aggregator_.add(event)) return {};
    if (keep_raw_) {
      const std::size_t start = json_.size();
      event.append_json_line(json_);
      json_.pop_back();  // the newline
      ends_.push_back(json_.size());
      starts_.push_back(start);
    }
    const bool full =
        aggregator_.pending().size() >= kBatchSightings || json_.size() >= kBatchRawBytes;
    return full ? flush() : base::Status{};
  }

  base::Status flush() {
    raw_.clear();
    for (std::size_t i = 0; i < starts_.size(); ++i) {
      raw_.push_back({std::string_view(json_).substr(starts_[i], ends_[i] - starts_[i])});
    }
    auto status = session_.put(aggregator_.buckets(), aggregator_.pending(), raw_);
    aggregator_.clear_pending();
    json_.clear();
    starts_.clear();
    ends_.clear();
    return status;
  }

 private:
  feed::Aggregator& aggregator_;
  store::FeedImportSession& session_;
  bool keep_raw_;
  std::string json_;
  std::vector<std::size_t> starts_, ends_;
  std::vector<store::RawFeedEvent> raw_;
};

}  // namespace

base::Result<FeedFileImport> import_feed_file(store::Store& store,
                                              const std::filesystem::path& path,
                                              const FeedImportSettings& settings,
                                              const feed::RejectionSink& on_rejection,
                                              const ImportProgress& progress) {
  FeedFileImport result;
  result.file = path.string();
  auto digest = base::file_content_digest(path);
  if (!digest) return tl::unexpected(digest.error());
  std::error_code ec;
  result.bytes = std::filesystem::file_size(path, ec);
  auto known = store.find_feed_file(*digest);
  if (!known) return base::with_context(known.error(), result.file);
  if (*known) {
    result.already_imported = true;
    return result;
  }

  auto input = feed::open_feed_file(path);
  if (!input) return tl::unexpected(input.error());
  feed::FeedFormat format{};
  if (!settings.format.empty()) {
    const auto named = feed::find_feed_format(settings.format);
    if (!named) {
      return base::fail(base::ErrorCode::kInvalidInput,
                        "unknown feed format '" + settings.format +
                            "' (known: " + feed::feed_format_names() + ")");
    }
    format = *named;
  } else {
    auto detected = feed::detect_feed_format(input->file_name, input->head);
    if (!detected) return tl::unexpected(detected.error());
    format = *detected;
  }
  result.format = std::string(feed::feed_format_name(format));
  feed::Aggregator aggregator(settings.constituency, result.format);
  auto closed = store.feed_closed_before();
  if (!closed) return base::with_context(closed.error(), result.file);
  if (*closed) aggregator.close_months_before(**closed);
  if (progress) {
    input->source = std::make_unique<ProgressSource>(std::move(input->source), result.bytes,
                                                     aggregator, progress);
  }

  store::FeedImportOptions options;
  options.imported_at = settings.now;
  if (settings.raw_retention_days) {
    options.keep_raw_since = settings.now - *settings.raw_retention_days * kSecondsPerDay;
  }
  auto session = store.begin_feed_import(
      {result.file, *digest, static_cast<std::int64_t>(result.bytes)}, options);
  if (!session) return base::with_context(session.error(), result.file);

  SightingBatch batch(aggregator, **session, settings.raw_retention_days.has_value());
  feed::FeedOptions parse_options;
  parse_options.max_errors = settings.max_errors;
  parse_options.threads = settings.threads;
  parse_options.shadowserver_schema = settings.shadowserver_schema;
  // Without raw events, the counts are all that is kept.
  parse_options.counted_fields_only = !settings.raw_retention_days.has_value();
  auto parsed = feed::parse_feed(
      format, std::move(*input), parse_options,
      [&](const feed::IntelmqEvent& event) { return batch.add(event); }, on_rejection);
  if (!parsed) return tl::unexpected(parsed.error());  // the session rolls back
  if (auto status = batch.flush(); !status) return base::with_context(status.error(), result.file);
  auto stored = (*session)->commit();
  if (!stored) return base::with_context(stored.error(), result.file);
  result.type = parsed->type;
  result.parsed = *parsed;
  result.aggregated = aggregator.summary();
  result.stored = *stored;
  return result;
}

}  // namespace kybersaa::app
