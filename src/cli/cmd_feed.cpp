// kybersaa feed parse FILE [--format auto|FORMAT] [--to intelmq-jsonl]
//   [--shadowserver-schema PATH] [--report-type TYPE] [--max-errors N] [--threads N]
// Streams the events a machine feed file holds to standard output, one JSON
// object per line, in constant memory. Rejected rows go to standard error as
// `FILE:LINE: column: reason`, then a one-line summary.

#include <CLI/CLI.hpp>
#include <cstdlib>
#include <optional>

#include "cli/cli_options.hpp"
#include "cli/command.hpp"
#include "cli/feed_records.hpp"
#include "feed/feed_format.hpp"
#include "feed/shadowserver_schema.hpp"

namespace kybersaa::cli {
namespace {

// Events are written to the output in blocks of about this size.
constexpr std::size_t kOutputBlockBytes = std::size_t{256} << 10;
constexpr const char* kSchemaEnvironment = "KYBERSAA_SHADOWSERVER_SCHEMA";

struct FeedParseOptions {
  std::string file;
  std::string format = "auto";
  std::string to = "intelmq-jsonl";
  std::string schema;
  std::string report_type;
  std::optional<std::uint64_t> max_errors;
  std::size_t threads = 0;
  std::string kev;  // a KEV catalog to join into CVE records (cve5 only)
};

base::Result<std::string> schema_path(const FeedParseOptions& options) {
  if (!options.schema.empty()) return options.schema;
  if (const char* from_environment = std::getenv(kSchemaEnvironment);
      from_environment != nullptr && *from_environment != '\0') {
    return std::string(from_environment);
  }
  return base::fail(base::ErrorCode::kInvalidInput,
                    "no Shadowserver schema: give --shadowserver-schema PATH or set "
                    "KYBERSAA_SHADOWSERVER_SCHEMA (the JSON schema Shadowserver publishes for "
                    "IntelMQ; see docs/formats/feeds.md)");
}

base::Result<feed::FeedFormat> feed_format(const FeedParseOptions& options,
                                           const feed::FeedInput& input) {
  if (options.format == "auto") return feed::detect_feed_format(input.file_name, input.head);
  if (auto named = feed::find_feed_format(options.format)) return *named;
  return base::fail(
      base::ErrorCode::kInvalidInput,
      "unknown --format '" + options.format + "' (known: auto, " + feed::feed_format_names() + ")");
}

base::Status run_feed_parse(const FeedParseOptions& options, CommandContext& context) {
  // Vulnerability catalogs and VERIS incidents are records, not IntelMQ
  // events: they take their own path (cli/feed_records.cpp).
  auto record_format = options.format == "auto" ? feed::detect_record_format_at(options.file)
                                                : base::Result<std::optional<feed::RecordFormat>>(
                                                      feed::find_record_format(options.format));
  if (!record_format) return tl::unexpected(record_format.error());
  if (*record_format) {
    return run_record_feed_parse(
        **record_format, RecordFeedOptions{options.file, options.kev, options.max_errors}, context);
  }
  if (!options.kev.empty()) {
    return base::fail(base::ErrorCode::kInvalidInput, "--kev needs CVE records (--format cve5)");
  }
  auto input = feed::open_feed_file(options.file);
  if (!input) return tl::unexpected(input.error());
  auto format = feed_format(options, *input);
  if (!format) return tl::unexpected(format.error());
  std::optional<feed::ShadowserverSchema> schema;
  feed::FeedOptions parse_options;
  parse_options.max_errors = options.max_errors;
  parse_options.threads = options.threads;
  parse_options.report_type = options.report_type;
  if (*format == feed::FeedFormat::kShadowserver) {
    auto path = schema_path(options);
    if (!path) return tl::unexpected(path.error());
    auto loaded = feed::load_shadowserver_schema(*path);
    if (!loaded) return tl::unexpected(loaded.error());
    schema = std::move(*loaded);
    parse_options.shadowserver_schema = &*schema;
  }

  std::string block;
  block.reserve(kOutputBlockBytes + 4096);
  const auto flush = [&]() -> base::Status {
    context.out.write(block.data(), static_cast<std::streamsize>(block.size()));
    block.clear();
    if (!context.out) {
      return base::fail(base::ErrorCode::kUnavailable, "standard output: write failed");
    }
    return {};
  };
  auto summary = feed::parse_feed(
      *format, std::move(*input), parse_options,
      [&](const feed::IntelmqEvent& event) -> base::Status {
        event.append_json_line(block);
        return block.size() >= kOutputBlockBytes ? flush() : base::Status{};
      },
      [&](const base::Error& error) { context.err << error.message << "\n"; });
  if (auto flushed = flush(); !flushed) return flushed;
  context.out.flush();
  if (!summary) return tl::unexpected(summary.error());
  context.err << options.file << ": " << summary->type << ": " << summary->records << " records, "
              << summary->events << " events, " << summary->rejected << " rejected\n";
  return {};
}

}  // namespace

void add_feed_command(CLI::App& app, CommandContext& context) {
  auto* feed = app.add_subcommand("feed", "Work with machine feeds (docs/formats/feeds.md)");
  feed->require_subcommand(1);
  auto* parse = feed->add_subcommand(
      "parse",
      "Stream the events of a feed file to standard output as IntelMQ events (JSON Lines). "
      "Rejected rows are reported on standard error as FILE:LINE: column: reason");
  auto options = std::make_shared<FeedParseOptions>();
  parse->add_option("file", options->file, "The feed file, e.g. a Shadowserver report CSV")
      ->required()
      ->type_name("FILE");
  parse
      ->add_option("--format", options->format,
                   "The feed format: auto (recognised from the content) or one of " +
                       feed::feed_format_names() + ", " + feed::record_format_names())
      ->capture_default_str();
  parse
      ->add_option("--to", options->to,
                   "The output format (today: intelmq-jsonl, IntelMQ events one per line)")
      ->check(CLI::IsMember({"intelmq-jsonl", "jsonl"}))
      ->capture_default_str();
  parse
      ->add_option("--shadowserver-schema", options->schema,
                   "Shadowserver's report schema (the JSON published for IntelMQ); default: "
                   "$KYBERSAA_SHADOWSERVER_SCHEMA")
      ->type_name("PATH");
  parse
      ->add_option("--kev", options->kev,
                   "With --format cve5: the CISA KEV catalog (JSON) to join by CVE id, marking "
                   "vulnerabilities known exploited")
      ->type_name("FILE");
  parse
      ->add_option("--report-type", options->report_type,
                   "The Shadowserver report type, e.g. scan_http; default: from the file name "
                   "(YYYY-MM-DD-TYPE-....csv), else from the header")
      ->type_name("TYPE");
  parse
      ->add_option("--max-errors", options->max_errors,
                   "Stop with an error once more than N rows are rejected (0: at the first); "
                   "default: never")
      ->type_name("N");
  add_threads_option(*parse, options->threads);
  parse->callback([&context, options] { context.outcome = run_feed_parse(*options, context); });
  add_feed_import_command(*feed, context);
  add_feed_prune_command(*feed, context);
}

}  // namespace kybersaa::cli
