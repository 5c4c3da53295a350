// kybersaa feed import --db PATH [--constituency FILE.toml] [--format F]
//   [--shadowserver-schema PATH] [--max-errors N] [--threads N] [--keep-raw-days N] FILE...
// and kybersaa feed prune --db PATH --before YYYY-MM.
// Stores what feed files say: events in the constituency, de-duplicated and
// counted per month, field, RSIT class and feed. Each file is one
// transaction; a file imported before is skipped. Rejected records go to
// standard error as `FILE:LINE: field: reason`, then one summary line per
// file. On a terminal, progress (bytes, events/s, ETA) is shown on standard
// error; elsewhere nothing but the summaries.

#include <fmt/format.h>
#include <unistd.h>

#include <CLI/CLI.hpp>
#include <chrono>
#include <cstdlib>
#include <optional>

#include "app/feed_import.hpp"
#include "app/kev_import.hpp"
#include "cli/cli_options.hpp"
#include "cli/command.hpp"
#include "feed/record_format.hpp"
#include "feed/shadowserver_schema.hpp"
#include "store/open_store.hpp"

namespace kybersaa::cli {
namespace {

// Progress is redrawn at most this often.
constexpr std::chrono::milliseconds kProgressInterval{250};

struct FeedImportOptions {
  std::string db;
  std::vector<std::string> files;
  std::string constituency;
  std::string format = "auto";
  std::string schema;
  std::optional<std::uint64_t> max_errors;
  std::size_t threads = 0;
  std::optional<int> keep_raw_days;
};

std::string human_bytes(double bytes) {
  if (bytes >= 1e9) return fmt::format("{:.2f} GB", bytes / 1e9);
  if (bytes >= 1e6) return fmt::format("{:.1f} MB", bytes / 1e6);
  return fmt::format("{:.0f} kB", bytes / 1e3);
}

// Draws one self-overwriting progress line on a terminal.
class ProgressLine {
 public:
  ProgressLine(std::ostream& err, std::string file)
      : err_(err), file_(std::move(file)), start_(std::chrono::steady_clock::now()) {}

  void update(const app::ImportProgressInfo& info) {
    const auto now = std::chrono::steady_clock::now();
    if (now - last_ < kProgressInterval) return;
    last_ = now;
    const double seconds = std::chrono::duration<double>(now - start_).count();
    if (seconds <= 0 || info.bytes_read == 0) return;
    const double rate = static_cast<double>(info.bytes_read) / seconds;
    const double left =
        static_cast<double>(info.total_bytes > info.bytes_read ? info.total_bytes - info.bytes_read
                                                               : 0) /
        rate;
    const double percent = info.total_bytes == 0 ? 100.0
                                                 : 100.0 * static_cast<double>(info.bytes_read) /
                                                       static_cast<double>(info.total_bytes);
    err_ << fmt::format("\r{}: {:.0f} % ({} of {}), {:.0f} k events/s, ETA {}:{:02d}   ", file_,
                        percent, human_bytes(static_cast<double>(info.bytes_read)),
                        human_bytes(static_cast<double>(info.total_bytes)),
                        static_cast<double>(info.events) / seconds / 1e3,
                        static_cast<int>(left) / 60, static_cast<int>(left) % 60)
         << std::flush;
    drawn_ = true;
  }

  // Clears the line, so that the summary starts on a clean line.
  void clear() {
    if (drawn_) err_ << "\r\033[K" << std::flush;
    drawn_ = false;
  }

 private:
  std::ostream& err_;
  std::string file_;
  std::chrono::steady_clock::time_point start_;
  std::chrono::steady_clock::time_point last_{};
  bool drawn_ = false;
};

void print_summary(std::ostream& err, const app::FeedFileImport& done) {
  if (done.already_imported) {
    err << done.file << ": imported before (same content): nothing changed\n";
    return;
  }
  const auto& a = done.aggregated;
  const auto& s = done.stored;
  err << done.file << ": " << done.type << ": " << done.parsed.records << " records, "
      << done.parsed.events << " events, " << done.parsed.rejected << " rejected; " << a.sightings
      << " in the constituency (" << a.outside << " outside, " << a.unclassified
      << " unclassified, " << a.undated << " undated"
      << (a.closed != 0 ? ", " + std::to_string(a.closed) + " in pruned months" : "") << "); "
      << s.counted << " counted, " << s.duplicates << " duplicates, " << s.new_hosts
      << " new hosts";
  if (s.raw_stored != 0 || s.raw_expired != 0) {
    err << "; raw events " << s.raw_stored << " kept, " << s.raw_expired << " expired";
  }
  err << "\n";
}

// --- The KEV catalog: stored for the warnings' CVEs, not counted as events ---

// Whether `file` is to be read as a KEV catalog: --format kev, or with
// --format auto a file recognised as one.
base::Result<bool> is_kev_catalog(const FeedImportOptions& options, const std::string& file) {
  if (options.format != "auto") return options.format == "kev";
  auto detected = feed::detect_record_format_at(file);
  if (!detected) return tl::unexpected(detected.error());
  return *detected == feed::RecordFormat::kKev;
}

base::Status import_kev(store::Store& store, const std::string& file, CommandContext& context) {
  auto done = app::import_kev_catalog(
      store, file, [&](const base::Error& error) { context.err << error.message << "\n"; });
  if (!done) return tl::unexpected(done.error());
  const auto& s = done->stored;
  context.err << done->file << ": kev: catalog " << done->catalog_version << ": " << s.entries
              << " entries, " << done->rejected << " rejected; " << s.added << " added, "
              << s.updated << " updated, " << s.unchanged << " unchanged\n";
  return {};
}

base::Status run_feed_import(const FeedImportOptions& options, CommandContext& context) {
  std::optional<feed::Constituency> constituency;
  if (!options.constituency.empty()) {
    auto loaded = feed::Constituency::load(options.constituency);
    if (!loaded) return tl::unexpected(loaded.error());
    constituency = std::move(*loaded);
  }
  std::optional<feed::ShadowserverSchema> schema;
  std::string schema_file = options.schema;
  if (const char* from_environment = std::getenv("KYBERSAA_SHADOWSERVER_SCHEMA");
      schema_file.empty() && from_environment != nullptr) {
    schema_file = from_environment;
  }
  if (!schema_file.empty()) {
    auto loaded = feed::load_shadowserver_schema(schema_file);
    if (!loaded) return tl::unexpected(loaded.error());
    schema = std::move(*loaded);
  }
  auto store = store::open_store(options.db, store::OpenMode::kExisting);
  if (!store) return tl::unexpected(store.error());

  app::FeedImportSettings settings;
  settings.constituency = constituency ? &*constituency : nullptr;
  settings.format = options.format == "auto" ? std::string() : options.format;
  settings.shadowserver_schema = schema ? &*schema : nullptr;
  settings.max_errors = options.max_errors;
  settings.threads = options.threads;
  settings.raw_retention_days = options.keep_raw_days;
  settings.now = context.clock.now_unix_seconds();
  if (constituency) {
    context.err << "constituency " << options.constituency << ": " << constituency->describe()
                << "\n";
  } else {
    context.err << "no --constituency: every event counts\n";
  }
  const bool on_terminal = &context.err == &std::cerr && ::isatty(STDERR_FILENO) == 1;
  for (const std::string& file : options.files) {
    auto kev = is_kev_catalog(options, file);
    if (!kev) return tl::unexpected(kev.error());
    if (*kev) {
      if (auto status = import_kev(**store, file, context); !status) return status;
      continue;
    }
    ProgressLine line(context.err, file);
    app::ImportProgress progress;
    if (on_terminal) progress = [&](const app::ImportProgressInfo& info) { line.update(info); };
    auto done = app::import_feed_file(
        **store, file, settings,
        [&](const base::Error& error) {
          line.clear();
          context.err << error.message << "\n";
        },
        progress);
    line.clear();
    if (!done) return tl::unexpected(done.error());
    print_summary(context.err, *done);
  }
  return {};
}

}  // namespace

// --- Pruning: old months' identities and hosts dropped, the counts kept ---

namespace {

base::Status run_feed_prune(const std::string& db, const std::string& before,
                            CommandContext& context) {
  auto store = store::open_store(db, store::OpenMode::kExisting);
  if (!store) return tl::unexpected(store.error());
  auto pruned = (*store)->prune_feed_months(*model::parse_year_month(before));
  if (!pruned) return tl::unexpected(pruned.error());
  context.out << "feed months before " << pruned->closed_before.to_string()
              << " are closed: " << pruned->identities << " event identities and " << pruned->hosts
              << " hosts dropped, their counts kept; later imports count no events of them\n";
  return {};
}

}  // namespace

void add_feed_prune_command(CLI::App& feed, CommandContext& context) {
  auto* command = feed.add_subcommand(
      "prune",
      "Drop the event identities and hosts behind the feed counts of the months before "
      "--before, to bound the store's size; the counts stay. Those months are closed: later "
      "imports count none of their events, which could no longer be told from events counted "
      "before (docs/formats/constituency.md)");
  struct Options {
    std::string db;
    std::string before;
  };
  auto options = std::make_shared<Options>();
  add_db_option(*command, options->db);
  command
      ->add_option("--before", options->before,
                   "The first month to keep: the months before it are pruned and closed")
      ->required()
      ->check(kMonthValidator);
  command->callback([&context, options] {
    context.outcome = run_feed_prune(options->db, options->before, context);
  });
}

void add_feed_import_command(CLI::App& feed, CommandContext& context) {
  auto* command = feed.add_subcommand(
      "import",
      "Count what feed files say into the store: events in the constituency, de-duplicated, "
      "per month, field, RSIT class and feed. Each file is one transaction; a file imported "
      "before is skipped");
  auto options = std::make_shared<FeedImportOptions>();
  add_db_option(*command, options->db);
  command->add_option("files", options->files, "The feed files")->required()->type_name("FILE");
  command
      ->add_option("--constituency", options->constituency,
                   "The constituency (TOML: networks, asns, countries, domains; "
                   "docs/formats/constituency.md); without it every event counts")
      ->type_name("FILE");
  command
      ->add_option("--format", options->format,
                   "The feed format: auto (recognised from each file's content), kev (the CISA "
                   "KEV catalog, stored for the warnings' CVEs) or one of the event formats of "
                   "`feed parse`")
      ->capture_default_str();
  command
      ->add_option("--shadowserver-schema", options->schema,
                   "Shadowserver's report schema, for Shadowserver reports; default: "
                   "$KYBERSAA_SHADOWSERVER_SCHEMA")
      ->type_name("PATH");
  command
      ->add_option("--max-errors", options->max_errors,
                   "Fail a file (storing none of it) once more than N of its records are "
                   "rejected (0: at the first); default: never")
      ->type_name("N");
  add_threads_option(*command, options->threads);
  command
      ->add_option("--keep-raw-days", options->keep_raw_days,
                   "Also keep the raw events (IntelMQ JSON) whose time.source is at most N days "
                   "old, deleting older ones; default: keep no raw events")
      ->check(CLI::Range(1, 36500))
      ->type_name("N");
  command->callback([&context, options] { context.outcome = run_feed_import(*options, context); });
}

}  // namespace kybersaa::cli
