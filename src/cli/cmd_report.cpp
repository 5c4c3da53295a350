// kybersaa report --db PATH --month YYYY-MM --lang fi|sv|en --format html|json|md [--out FILE]
//   [--rules FILE] [--key-figures FILE]

#include <CLI/CLI.hpp>

#include "app/report_job.hpp"
#include "cli/cli_options.hpp"
#include "cli/command.hpp"
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
};

base::Status run_report(const ReportOptions& options, CommandContext& context) {
  const auto month = model::parse_year_month(options.month);
  const auto language = model::parse_language(options.lang);
  const auto format = report::parse_format(options.format);
  if (!month || !language || !format) {
    return base::fail(base::ErrorCode::kInvalidInput, "invalid --month, --lang or --format");
  }
  assess::RuleSet rules = assess::default_rule_set();
  if (!options.rules.empty()) {
    auto loaded = assess::load_rule_set(options.rules);
    if (!loaded) return tl::unexpected(loaded.error());
    rules = std::move(*loaded);
  }
  // Key figures.
  assess::KeyFigureSet figures = assess::default_key_figure_set();
  if (!options.key_figures.empty()) {
    auto loaded = assess::load_key_figure_set(options.key_figures);
    if (!loaded) return tl::unexpected(loaded.error());
    figures = std::move(*loaded);
  }
  auto store = store::open_store(options.db, store::OpenMode::kExisting);
  if (!store) return tl::unexpected(store.error());
  auto monthly = app::load_monthly_report(**store, *month, rules, figures);
  if (!monthly) return tl::unexpected(monthly.error());
  if (monthly->totals.count == 0) {
    context.err << "kybersaa: warning: the store holds no incidents for " << month->to_string()
                << (monthly->data_first ? " (it covers " + monthly->data_first->to_string() +
                                              " to " + monthly->data_last->to_string() + ")"
                                        : " (it is empty)")
                << "\n";
  }
  if (options.out.empty() || options.out == "-") {
    context.out << report::render_report(*monthly, *language, *format);
    return {};
  }
  if (auto status = app::write_report(*monthly, *language, *format, options.out); !status) {
    return status;
  }
  context.out << "wrote " << options.out << "\n";
  return {};
}

}  // namespace

void add_report_command(CLI::App& app, CommandContext& context) {
  auto* command = app.add_subcommand("report", "Write the monthly report");
  auto options = std::make_shared<ReportOptions>();
  add_db_option(*command, options->db);
  command->add_option("--month", options->month, "The report month (Helsinki time)")
      ->required()
      ->check(kMonthValidator);
  command->add_option("--lang", options->lang, "Report language")
      ->check(CLI::IsMember({"fi", "sv", "en"}))
      ->capture_default_str();
  command->add_option("--format", options->format, "Output format")
      ->check(CLI::IsMember({"html", "json", "md"}))
      ->capture_default_str();
  command->add_option("--out", options->out, "Output file (default: standard output)")
      ->type_name("FILE");
  command
      ->add_option("--rules", options->rules,
                   "Status rules file (TOML, docs/assessment.md); default: the built-in rules, "
                   "config/status-rules.toml")
      ->type_name("FILE");
  command
      ->add_option("--key-figures", options->key_figures,
                   "Key figures file (TOML, docs/key-figures.md); default: the built-in "
                   "figures, config/key-figures.toml")
      ->type_name("FILE");
  command->callback([&context, options] { context.outcome = run_report(*options, context); });
}

}  // namespace kybersaa::cli
