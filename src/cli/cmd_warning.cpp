// kybersaa warning add --db PATH --level yellow|red --field ID [--field ID...]
//   [--title TEXT [--lang fi|sv|en]] [--title-fi TEXT] [--title-sv TEXT] [--title-en TEXT]
//   --issued YYYY-MM-DD --active-since YYYY-MM-DD [--cve ID...]
// kybersaa warning list --db PATH [--month YYYY-MM] [--json]
// kybersaa warning retire --db PATH NUMBER --on YYYY-MM-DD
// kybersaa warning update --db PATH NUMBER --level yellow|red
//
// The warning register: numbers are given by the store, per year of the
// issue date ("3/2026"), and never reused. A warning is never deleted: it is
// retired, after which it shows grey and its level no longer changes.

#include <fmt/format.h>

#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>

#include "base/utf8.hpp"
#include "cli/cli_options.hpp"
#include "cli/command.hpp"
#include "model/warning.hpp"
#include "store/open_store.hpp"

namespace kybersaa::cli {
namespace {

using base::ErrorCode;
using base::fail;

// A CLI11 validator for YYYY-MM-DD.
const CLI::Validator kDateValidator(
    [](std::string& text) -> std::string {
      return model::parse_calendar_date(text) ? std::string()
                                              : "'" + text + "' is not a date (YYYY-MM-DD)";
    },
    "YYYY-MM-DD", "date");

// A CLI11 validator for warning numbers.
const CLI::Validator kWarningNumberValidator(
    [](std::string& text) -> std::string {
      return model::parse_warning_number(text)
                 ? std::string()
                 : "'" + text + "' is not a warning number (N/YYYY, e.g. 3/2026)";
    },
    "N/YYYY", "warning number");

// A CLI11 validator for CVE ids.
const CLI::Validator kCveValidator(
    [](std::string& text) -> std::string {
      return model::is_cve_id(text) ? std::string()
                                    : "'" + text + "' is not a CVE id (CVE-YYYY-NNNN)";
    },
    "CVE-ID", "CVE id");

struct AddOptions {
  std::string db;
  std::string level;
  std::vector<std::string> fields;
  std::string title;
  std::string lang = "fi";
  std::array<std::string, 3> titles;  // --title-fi, --title-sv, --title-en
  std::string issued;
  std::string active_since;
  std::vector<std::string> cves;
};

struct ListOptions {
  std::string db;
  std::string month;
  bool json = false;
};

struct RetireOptions {
  std::string db;
  std::string number;
  std::string on;
};

struct UpdateOptions {
  std::string db;
  std::string number;
  std::string level;
};

base::Result<model::Warning> warning_from(const AddOptions& options) {
  model::Warning warning;
  warning.level = *model::parse_warning_level(options.level);
  for (const model::Field field : model::kAllFields) {
    const auto given = std::count(options.fields.begin(), options.fields.end(),
                                  std::string(model::field_id(field)));
    if (given > 1) {
      return fail(ErrorCode::kInvalidInput,
                  fmt::format("--field {} is given twice", model::field_id(field)));
    }
    if (given == 1) warning.fields.push_back(field);
  }
  warning.titles = options.titles;
  if (!options.title.empty()) {
    const auto language = *model::parse_language(options.lang);
    std::string& title = warning.titles[static_cast<std::size_t>(language)];
    if (!title.empty()) {
      return fail(
          ErrorCode::kInvalidInput,
          fmt::format("--title and --title-{} both give the {} title", options.lang, options.lang));
    }
    title = options.title;
  }
  for (std::size_t i = 0; i < warning.titles.size(); ++i) {
    if (base::find_invalid_utf8(warning.titles[i])) {
      return fail(ErrorCode::kInvalidInput,
                  fmt::format("--title-{}: not valid UTF-8",
                              model::language_code(model::kAllLanguages[i])));
    }
  }
  if (std::all_of(warning.titles.begin(), warning.titles.end(),
                  [](const std::string& t) { return t.empty(); })) {
    return fail(ErrorCode::kInvalidInput,
                "a warning needs a title: --title (in --lang) or --title-fi/--title-sv/--title-en");
  }
  warning.issued = *model::parse_calendar_date(options.issued);
  warning.active_since = *model::parse_calendar_date(options.active_since);
  warning.cves = options.cves;
  if (auto status = model::validate_warning(warning); !status) {
    return fail(ErrorCode::kInvalidInput, "warning add: " + status.error().message);
  }
  return warning;
}

base::Status add_warning(const AddOptions& options, CommandContext& context) {
  auto warning = warning_from(options);
  if (!warning) return tl::unexpected(warning.error());
  auto store = store::open_store(options.db, store::OpenMode::kExisting);
  if (!store) return tl::unexpected(store.error());
  auto number = (*store)->add_warning(*warning);
  if (!number) return tl::unexpected(number.error());
  context.out << "added warning " << number->to_string() << "\n";
  return {};
}

nlohmann::ordered_json warning_json(const model::Warning& warning) {
  nlohmann::ordered_json out;
  out["number"] = warning.number.to_string();
  out["level"] = model::warning_level_name(warning.level);
  auto fields = nlohmann::ordered_json::array();
  for (const model::Field field : warning.fields) fields.push_back(model::field_id(field));
  out["fields"] = std::move(fields);
  auto titles = nlohmann::ordered_json::object();
  for (const model::Language language : model::kAllLanguages) {
    if (!warning.title(language).empty()) {
      titles[std::string(model::language_code(language))] = warning.title(language);
    }
  }
  out["titles"] = std::move(titles);
  out["issued"] = warning.issued.to_string();
  out["active_since"] = warning.active_since.to_string();
  out["retired"] = warning.retired ? nlohmann::ordered_json(warning.retired->to_string())
                                   : nlohmann::ordered_json(nullptr);
  out["cves"] = warning.cves;
  return out;
}

// The title to list: Finnish, else the first language that has one.
std::string list_title(const model::Warning& warning) {
  for (const model::Language language : model::kAllLanguages) {
    if (!warning.title(language).empty()) {
      return language == model::Language::kFi
                 ? warning.title(language)
                 : fmt::format("[{}] {}", model::language_code(language), warning.title(language));
    }
  }
  return {};
}

base::Status list_warnings(const ListOptions& options, std::ostream& out) {
  auto store = store::open_store(options.db, store::OpenMode::kExisting);
  if (!store) return tl::unexpected(store.error());
  store::WarningQuery query;
  if (!options.month.empty()) query.in_force_in = model::parse_year_month(options.month);
  auto warnings = (*store)->find_warnings(query);
  if (!warnings) return tl::unexpected(warnings.error());
  if (options.json) {
    auto array = nlohmann::ordered_json::array();
    for (const auto& warning : *warnings) array.push_back(warning_json(warning));
    out << array.dump(2) << "\n";
    return {};
  }
  out << fmt::format("{:<9}  {:<6}  {:<10}  {:<12}  {:<10}  {:<40}  {:<30}  {}\n", "NUMBER",
                     "LEVEL", "ISSUED", "ACTIVE SINCE", "RETIRED", "FIELDS", "CVES", "TITLE");
  for (const auto& warning : *warnings) {
    std::string fields;
    for (const model::Field field : warning.fields) {
      fields += (fields.empty() ? "" : ",") + std::string(model::field_id(field));
    }
    std::string cves;
    for (const std::string& cve : warning.cves) cves += (cves.empty() ? "" : ",") + cve;
    out << fmt::format("{:<9}  {:<6}  {:<10}  {:<12}  {:<10}  {:<40}  {:<30}  {}\n",
                       warning.number.to_string(), model::warning_level_name(warning.level),
                       warning.issued.to_string(), warning.active_since.to_string(),
                       warning.retired ? warning.retired->to_string() : "-", fields,
                       cves.empty() ? "-" : cves, list_title(warning));
  }
  out << warnings->size() << (warnings->size() == 1 ? " warning" : " warnings")
      << (options.month.empty() ? "" : " in force in " + options.month) << "\n";
  return {};
}

base::Status retire_warning(const RetireOptions& options, CommandContext& context) {
  auto store = store::open_store(options.db, store::OpenMode::kExisting);
  if (!store) return tl::unexpected(store.error());
  const auto number = *model::parse_warning_number(options.number);
  const auto on = *model::parse_calendar_date(options.on);
  if (auto status = (*store)->retire_warning(number, on); !status) return status;
  context.out << "retired warning " << number.to_string() << " on " << on.to_string() << "\n";
  return {};
}

base::Status update_warning(const UpdateOptions& options, CommandContext& context) {
  auto store = store::open_store(options.db, store::OpenMode::kExisting);
  if (!store) return tl::unexpected(store.error());
  const auto number = *model::parse_warning_number(options.number);
  const auto level = *model::parse_warning_level(options.level);
  if (auto status = (*store)->set_warning_level(number, level); !status) return status;
  context.out << "warning " << number.to_string() << " is now " << model::warning_level_name(level)
              << "\n";
  return {};
}

void add_warning_add_command(CLI::App& warning, CommandContext& context) {
  auto* command = warning.add_subcommand("add", "Add a warning; prints the number it was given");
  auto options = std::make_shared<AddOptions>();
  add_db_option(*command, options->db);
  command->add_option("--level", options->level, "yellow (a serious threat) or red (critical)")
      ->required()
      ->check(CLI::IsMember({"yellow", "red"}));
  command->add_option("--field", options->fields, "A field the warning concerns (repeatable)")
      ->required()
      ->check(kFieldValidator);
  command->add_option("--title", options->title, "The title, in the language of --lang")
      ->type_name("TEXT");
  command->add_option("--lang", options->lang, "The language of --title")
      ->check(CLI::IsMember({"fi", "sv", "en"}))
      ->capture_default_str();
  for (const model::Language language : model::kAllLanguages) {
    const std::string code(model::language_code(language));
    command
        ->add_option("--title-" + code, options->titles[static_cast<std::size_t>(language)],
                     "The title in " + code)
        ->type_name("TEXT");
  }
  command->add_option("--issued", options->issued, "The date the warning is issued")
      ->required()
      ->check(kDateValidator);
  command
      ->add_option("--active-since", options->active_since,
                   "Since when the campaign is active (on or before --issued)")
      ->required()
      ->check(kDateValidator);
  command->add_option("--cve", options->cves, "A related CVE id (repeatable)")
      ->check(kCveValidator);
  command->callback([&context, options] { context.outcome = add_warning(*options, context); });
}

}  // namespace

void add_warning_command(CLI::App& app, CommandContext& context) {
  auto* warning = app.add_subcommand("warning", "The warning register: add, list, retire, update");
  warning->require_subcommand(1);
  add_warning_add_command(*warning, context);

  auto* list = warning->add_subcommand("list", "List warnings");
  auto list_options = std::make_shared<ListOptions>();
  add_db_option(*list, list_options->db);
  list->add_option("--month", list_options->month, "Only the warnings in force in this month")
      ->check(kMonthValidator);
  list->add_flag("--json", list_options->json, "Print a JSON array instead of a table");
  list->callback(
      [&context, list_options] { context.outcome = list_warnings(*list_options, context.out); });

  auto* retire = warning->add_subcommand(
      "retire", "Retire a warning: from --on it is no longer in force (shown grey)");
  auto retire_options = std::make_shared<RetireOptions>();
  add_db_option(*retire, retire_options->db);
  retire->add_option("number", retire_options->number, "The warning, e.g. 3/2026")
      ->required()
      ->check(kWarningNumberValidator);
  retire->add_option("--on", retire_options->on, "The first day it is no longer in force")
      ->required()
      ->check(kDateValidator);
  retire->callback(
      [&context, retire_options] { context.outcome = retire_warning(*retire_options, context); });

  auto* update = warning->add_subcommand(
      "update", "Change the level of a warning in force (e.g. raise yellow to red)");
  auto update_options = std::make_shared<UpdateOptions>();
  add_db_option(*update, update_options->db);
  update->add_option("number", update_options->number, "The warning, e.g. 3/2026")
      ->required()
      ->check(kWarningNumberValidator);
  update->add_option("--level", update_options->level, "The new level: yellow or red")
      ->required()
      ->check(CLI::IsMember({"yellow", "red"}));
  update->callback(
      [&context, update_options] { context.outcome = update_warning(*update_options, context); });
}

}  // namespace kybersaa::cli
