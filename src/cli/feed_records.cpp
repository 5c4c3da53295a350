#include "cli/feed_records.hpp"

#include <ostream>

#include "cli/incident_json.hpp"
#include "feed/cve5.hpp"
#include "feed/kev.hpp"
#include "feed/veris.hpp"

namespace kybersaa::cli {
namespace {

// Records are written to the output in blocks of about this size.
constexpr std::size_t kOutputBlockBytes = std::size_t{256} << 10;

// Collects JSON lines and writes them to `out` a block at a time.
class LineBlocks {
 public:
  explicit LineBlocks(std::ostream& out) : out_(out) { block_.reserve(kOutputBlockBytes + 4096); }
  std::string& block() { return block_; }
  // Writes the block once it is full (or always, with `force`).
  [[nodiscard]] base::Status flush(bool force = false) {
    if (!force && block_.size() < kOutputBlockBytes) return {};
    out_.write(block_.data(), static_cast<std::streamsize>(block_.size()));
    block_.clear();
    if (!out_) return base::fail(base::ErrorCode::kUnavailable, "standard output: write failed");
    return {};
  }

 private:
  std::ostream& out_;
  std::string block_;
};

base::Result<feed::KevCatalog> load_catalog(const std::string& path,
                                            std::optional<std::uint64_t> max_errors,
                                            CommandContext& context) {
  std::uint64_t rejected = 0;
  auto catalog = feed::load_kev_catalog(path, [&](const base::Error& error) {
    ++rejected;
    context.err << error.message << "\n";
  });
  if (!catalog) return catalog;
  if (max_errors && rejected > *max_errors) {
    return base::fail(base::ErrorCode::kInvalidInput,
                      path + ": stopped after " + std::to_string(rejected) +
                          " rejected entries (--max-errors " + std::to_string(*max_errors) + ")");
  }
  return catalog;
}

base::Status write_cve5(const RecordFeedOptions& options, LineBlocks& lines,
                        CommandContext& context) {
  std::optional<feed::KevCatalog> catalog;
  if (!options.kev.empty()) {
    auto loaded = load_catalog(options.kev, options.max_errors, context);
    if (!loaded) return tl::unexpected(loaded.error());
    catalog = std::move(*loaded);
  }
  std::uint64_t exploited = 0;
  feed::Vulnerability joined;
  auto summary = feed::parse_cve5_path(
      options.path, options.max_errors,
      [&](const feed::Vulnerability& record) -> base::Status {
        const feed::Vulnerability* out = &record;
        if (catalog) {
          joined = record;
          feed::join_known_exploited(*catalog, joined);
          out = &joined;
        }
        if (out->known_exploited) ++exploited;
        feed::append_vulnerability_json(*out, lines.block());
        return lines.flush();
      },
      [&](const base::Error& error) { context.err << error.message << "\n"; });
  if (auto flushed = lines.flush(true); !flushed) return flushed;
  if (!summary) return tl::unexpected(summary.error());
  context.err << options.path << ": cve5: " << summary->files << " files, " << summary->records
              << " records, " << summary->rejected << " rejected, " << exploited
              << " known exploited\n";
  return {};
}

base::Status write_kev(const RecordFeedOptions& options, LineBlocks& lines,
                       CommandContext& context) {
  auto catalog = load_catalog(options.path, options.max_errors, context);
  if (!catalog) return tl::unexpected(catalog.error());
  for (const auto& entry : catalog->entries()) {
    feed::append_kev_entry_json(entry, lines.block());
    if (auto flushed = lines.flush(); !flushed) return flushed;
  }
  if (auto flushed = lines.flush(true); !flushed) return flushed;
  context.err << options.path << ": kev " << catalog->catalog_version << ": "
              << catalog->entries().size() << " entries\n";
  return {};
}

base::Status write_veris(const RecordFeedOptions& options, LineBlocks& lines,
                         CommandContext& context) {
  auto summary = feed::parse_veris_path(
      options.path, options.max_errors,
      [&](const model::Incident& incident) -> base::Status {
        lines.block() += incident_to_json(incident, /*with_contact=*/false).dump();
        lines.block() += '\n';
        return lines.flush();
      },
      [&](const base::Error& error) { context.err << error.message << "\n"; });
  if (auto flushed = lines.flush(true); !flushed) return flushed;
  if (!summary) return tl::unexpected(summary.error());
  context.err << options.path << ": veris: " << summary->files << " files, " << summary->records
              << " incidents, " << summary->rejected << " rejected\n";
  return {};
}

}  // namespace

base::Status run_record_feed_parse(feed::RecordFormat format, const RecordFeedOptions& options,
                                   CommandContext& context) {
  if (!options.kev.empty() && format != feed::RecordFormat::kCve5) {
    return base::fail(base::ErrorCode::kInvalidInput,
                      "--kev joins the KEV catalog into CVE records: it needs --format cve5, not " +
                          std::string(feed::record_format_name(format)));
  }
  LineBlocks lines(context.out);
  base::Status status;
  switch (format) {
    case feed::RecordFormat::kCve5:
      status = write_cve5(options, lines, context);
      break;
    case feed::RecordFormat::kKev:
      status = write_kev(options, lines, context);
      break;
    case feed::RecordFormat::kVeris:
      status = write_veris(options, lines, context);
      break;
  }
  context.out.flush();
  return status;
}

}  // namespace kybersaa::cli
