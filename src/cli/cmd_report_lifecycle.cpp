// kybersaa report status  --db PATH --month YYYY-MM
// kybersaa report review  --db PATH --month YYYY-MM [--tlp TLP]
// kybersaa report publish --db PATH --month YYYY-MM [--tlp TLP] [--rules FILE]
//   [--key-figures FILE] [--chromium PATH]
// The report lifecycle: draft → reviewed → published (app/report_lifecycle.hpp).

#include <CLI/CLI.hpp>
#include <cctype>
#include <memory>
#include <string>

#include "app/report_lifecycle.hpp"
#include "cli/cli_options.hpp"
#include "cli/command.hpp"
#include "model/calendar.hpp"
#include "store/open_store.hpp"

namespace kybersaa::cli {
namespace {

struct LifecycleOptions {
  std::string db;
  std::string month;
  std::string tlp;
  std::string rules;
  std::string key_figures;
  std::string chromium;
};

// Prints where a month's report is: state, TLP, when, and the stored files.
void print_release(const store::ReportRelease& release, std::ostream& out) {
  out << "report " << release.month.to_string() << ": " << model::report_state_name(release.state)
      << ", TLP:";
  for (const char c : model::tlp_name(release.tlp)) {
    out << static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  }
  out << "\n";
  if (release.reviewed_at) {
    out << "reviewed:  " << model::format_helsinki_iso(*release.reviewed_at) << "\n";
  }
  if (release.published_at) {
    out << "published: " << model::format_helsinki_iso(*release.published_at) << "\n";
  }
  for (const store::ReportFileInfo& file : release.files) {
    out << "  " << file.language << "." << file.format << "  " << file.size << " bytes  "
        << file.digest << "\n";
  }
}

std::optional<model::Tlp> parsed_tlp(const std::string& text) {
  if (text.empty()) return std::nullopt;
  return model::parse_tlp(text);  // validated by CLI11
}

base::Status run_status(const LifecycleOptions& options, CommandContext& context) {
  auto store = store::open_store(options.db, store::OpenMode::kExisting);
  if (!store) return tl::unexpected(store.error());
  auto release = (*store)->report_release(*model::parse_year_month(options.month));
  if (!release) return tl::unexpected(release.error());
  print_release(*release, context.out);
  return {};
}

base::Status run_review(const LifecycleOptions& options, CommandContext& context) {
  auto store = store::open_store(options.db, store::OpenMode::kExisting);
  if (!store) return tl::unexpected(store.error());
  auto release = app::review_report(**store, *model::parse_year_month(options.month),
                                    parsed_tlp(options.tlp), context.clock);
  if (!release) return tl::unexpected(release.error());
  print_release(*release, context.out);
  return {};
}

base::Status run_publish(const LifecycleOptions& options, CommandContext& context) {
  // A published report keeps its PDFs too, so publishing needs Chromium.
  auto chromium = app::find_chromium(chromium_search(options.chromium));
  if (!chromium) {
    return base::with_context(chromium.error(), "publishing stores the report's PDFs too");
  }
  auto rules = rules_from_option(options.rules);
  if (!rules) return tl::unexpected(rules.error());
  auto figures = key_figures_from_option(options.key_figures);
  if (!figures) return tl::unexpected(figures.error());
  auto store = store::open_store(options.db, store::OpenMode::kExisting);
  if (!store) return tl::unexpected(store.error());
  const app::PdfPrinter printer(*chromium);
  auto release =
      app::publish_report(**store, *model::parse_year_month(options.month), parsed_tlp(options.tlp),
                          *rules, *figures, printer, context.clock);
  if (!release) return tl::unexpected(release.error());
  print_release(*release, context.out);
  return {};
}

// Adds --db and --month, both required, to a lifecycle subcommand.
void add_month_options(CLI::App& command, LifecycleOptions& options) {
  add_db_option(command, options.db);
  command.add_option("--month", options.month, "The report month (Helsinki time)")
      ->required()
      ->check(kMonthValidator);
}

void add_tlp_option(CLI::App& command, LifecycleOptions& options) {
  command
      .add_option("--tlp", options.tlp,
                  "The report's TLP: clear, green, amber, amber+strict, red (default: its "
                  "current label; clear for a new report)")
      ->check(CLI::IsMember({"clear", "green", "amber", "amber+strict", "red"}));
}

}  // namespace

void add_report_lifecycle_commands(CLI::App& report, CommandContext& context) {
  auto* status = report.add_subcommand("status", "Show a month's report state, TLP and files");
  auto status_options = std::make_shared<LifecycleOptions>();
  add_month_options(*status, *status_options);
  status->callback(
      [&context, status_options] { context.outcome = run_status(*status_options, context); });

  auto* review = report.add_subcommand("review", "Mark a month's draft report reviewed");
  auto review_options = std::make_shared<LifecycleOptions>();
  add_month_options(*review, *review_options);
  add_tlp_option(*review, *review_options);
  review->callback(
      [&context, review_options] { context.outcome = run_review(*review_options, context); });

  auto* publish = report.add_subcommand(
      "publish",
      "Publish a month's reviewed report: render it in every language and format (PDF needs "
      "Chromium) and store the files, which from then on are the report");
  auto publish_options = std::make_shared<LifecycleOptions>();
  add_month_options(*publish, *publish_options);
  add_tlp_option(*publish, *publish_options);
  add_rules_option(*publish, publish_options->rules);
  add_key_figures_option(*publish, publish_options->key_figures);
  add_chromium_option(*publish, publish_options->chromium);
  publish->callback(
      [&context, publish_options] { context.outcome = run_publish(*publish_options, context); });
}

}  // namespace kybersaa::cli
