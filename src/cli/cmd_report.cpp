// kybersaa report --db PATH --month YYYY-MM --lang fi|sv|en --format html|json|md|pdf
//   [--out FILE] [--rules FILE] [--key-figures FILE] [--chromium PATH]
// A published month's report is its stored files (see app/report_lifecycle.hpp).

#include <CLI/CLI.hpp>
#include <optional>

#include "app/report_job.hpp"
#include "app/report_lifecycle.hpp"
#include "base/file.hpp"
#include "cli/cli_options.hpp"
#include "cli/command.hpp"
#include "model/calendar.hpp"
#include "report/render.hpp"
#include "store/open_store.hpp"

namespace kybersaa::cli {
namespace {

struct ReportOptions {
  std::string db;
  std::string month;
  std::string lang = "fi";
  std::string format = "html";
  std::string out;
  std::string rules;
  std::string key_figures;
  std::string chromium;  // PDF output
};

base::Status run_report(const ReportOptions& options, CommandContext& context) {
  const auto month = model::parse_year_month(options.month);
  const auto language = model::parse_language(options.lang);
  const auto format = report::parse_format(options.format);
  if (!month || !language || !format) {
    return base::fail(base::ErrorCode::kInvalidInput, "invalid --month, --lang or --format");
  }
  auto rules = rules_from_option(options.rules);
  if (!rules) return tl::unexpected(rules.error());
  auto figures = key_figures_from_option(options.key_figures);
  if (!figures) return tl::unexpected(figures.error());
  // PDF output needs Chromium, unless the month is published (its PDF is
  // stored): without one, printing fails with kChromiumMissing. A --chromium
  // or KYBERSAA_CHROMIUM that names no executable is an error at once.
  std::optional<app::PdfPrinter> pdf_printer;
  if (*format == report::Format::kPdf) {
    auto chromium = app::find_chromium(chromium_search(options.chromium));
    if (chromium) {
      pdf_printer.emplace(*chromium);
    } else if (chromium.error().code != base::ErrorCode::kUnavailable) {
      return tl::unexpected(chromium.error());
    }
  }
  auto store = store::open_store(options.db, store::OpenMode::kExisting);
  if (!store) return tl::unexpected(store.error());
  const app::PdfPrinter* printer = pdf_printer ? &*pdf_printer : nullptr;
  auto output =
      app::produce_report_file(**store, *month, *language, *format, *rules, *figures, printer);
  if (!output) return tl::unexpected(output.error());
  if (output->published_at) {
    // Report lifecycle: a published report is frozen.
    context.err << "kybersaa: the report for " << month->to_string() << " was published at "
                << model::format_helsinki_iso(*output->published_at)
                << "; writing the published version (data stored since is not in it"
                << (options.rules.empty() && options.key_figures.empty()
                        ? ""
                        : ", and --rules and --key-figures are ignored")
                << ")\n";
  } else {
    auto coverage = (*store)->coverage();
    if (!coverage) return tl::unexpected(coverage.error());
    auto counts = (*store)->count_incidents(*month, *month);
    if (!counts) return tl::unexpected(counts.error());
    if (counts->empty()) {
      context.err << "kybersaa: warning: the store holds no incidents for " << month->to_string()
                  << (coverage->first ? " (it covers " + coverage->first->to_string() + " to " +
                                            coverage->last->to_string() + ")"
                                      : " (it is empty)")
                  << "\n";
    }
  }
  if (options.out.empty() || options.out == "-") {
    context.out << output->bytes;
    return {};
  }
  if (auto status = base::write_file_atomically(options.out, output->bytes); !status) {
    return status;
  }
  context.out << "wrote " << options.out << "\n";
  return {};
}

}  // namespace

void add_report_command(CLI::App& app, CommandContext& context) {
  auto* command = app.add_subcommand("report", "Write the monthly report");
  auto options = std::make_shared<ReportOptions>();
  // Required unless a lifecycle subcommand runs (checked in the callback).
  add_db_option(*command, options->db)->required(false);
  command->add_option("--month", options->month, "The report month (Helsinki time); required")
      ->check(kMonthValidator);
  command->add_option("--lang", options->lang, "Report language")
      ->check(CLI::IsMember({"fi", "sv", "en"}))
      ->capture_default_str();
  command->add_option("--format", options->format, "Output format")
      ->check(CLI::IsMember({"html", "json", "md", "pdf"}))
      ->capture_default_str();
  command->add_option("--out", options->out, "Output file (default: standard output)")
      ->type_name("FILE");
  add_rules_option(*command, options->rules);
  add_key_figures_option(*command, options->key_figures);
  add_chromium_option(*command, options->chromium);
  // Report lifecycle: report status | review | publish (cmd_report_lifecycle.cpp).
  add_report_lifecycle_commands(*command, context);
  command->callback([&context, options, command] {
    if (!command->get_subcommands().empty()) return;  // a lifecycle subcommand ran
    if (options->db.empty()) throw CLI::RequiredError("--db");
    if (options->month.empty()) throw CLI::RequiredError("--month");
    context.outcome = run_report(*options, context);
  });
}

}  // namespace kybersaa::cli
