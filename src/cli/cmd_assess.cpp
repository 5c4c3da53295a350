// kybersaa assess override --db PATH --month YYYY-MM --field ID --status calm|worrying|serious
//   --reason TEXT
// kybersaa assess override --clear --db PATH --month YYYY-MM --field ID
// kybersaa assess overrides --db PATH --month YYYY-MM
//
// An analyst's status for a field in a month. The report applies it after
// the status rules and shows, in its method notes and JSON, the status the
// rules gave, the rule that decided it, the override and its reason.

#include <fmt/format.h>

#include <CLI/CLI.hpp>

#include "base/utf8.hpp"
#include "cli/cli_options.hpp"
#include "cli/command.hpp"
#include "model/calendar.hpp"
#include "store/open_store.hpp"

namespace kybersaa::cli {
namespace {

using base::ErrorCode;
using base::fail;

struct OverrideOptions {
  std::string db;
  std::string month;
  std::string field;
  std::string status;
  std::string reason;
  bool clear = false;
};

struct OverridesOptions {
  std::string db;
  std::string month;
};

base::Status run_override(const OverrideOptions& options, CommandContext& context) {
  const model::YearMonth month = *model::parse_year_month(options.month);
  const model::Field field = *model::parse_field(options.field);
  if (options.clear) {
    if (!options.status.empty() || !options.reason.empty()) {
      return fail(ErrorCode::kInvalidInput, "--clear takes no --status or --reason");
    }
  } else {
    if (options.status.empty()) return fail(ErrorCode::kInvalidInput, "--status is required");
    if (options.reason.find_first_not_of(" \t\r\n") == std::string::npos) {
      return fail(ErrorCode::kInvalidInput,
                  "--reason is required: say why the status differs from the rules'");
    }
    if (base::find_invalid_utf8(options.reason)) {
      return fail(ErrorCode::kInvalidInput, "--reason: not valid UTF-8");
    }
  }
  auto store = store::open_store(options.db, store::OpenMode::kExisting);
  if (!store) return tl::unexpected(store.error());
  if (options.clear) {
    if (auto status = (*store)->clear_status_override(month, field); !status) return status;
    context.out << "cleared the override of " << model::field_id(field) << " in "
                << month.to_string() << "\n";
    return {};
  }
  const store::StatusOverride entry{month, field, options.status, options.reason,
                                    context.clock.now_unix_seconds()};
  if (auto status = (*store)->put_status_override(entry); !status) return status;
  context.out << "set " << model::field_id(field) << " in " << month.to_string() << " to "
              << options.status << "\n";
  return {};
}

base::Status list_overrides(const OverridesOptions& options, std::ostream& out) {
  auto store = store::open_store(options.db, store::OpenMode::kExisting);
  if (!store) return tl::unexpected(store.error());
  const model::YearMonth month = *model::parse_year_month(options.month);
  auto overrides = (*store)->find_status_overrides(month);
  if (!overrides) return tl::unexpected(overrides.error());
  out << fmt::format("{:<23}  {:<8}  {:<25}  {}\n", "FIELD", "STATUS", "SET AT", "REASON");
  for (const auto& entry : *overrides) {
    out << fmt::format("{:<23}  {:<8}  {:<25}  {}\n", model::field_id(entry.field), entry.status,
                       model::format_helsinki_iso(entry.set_at), entry.reason);
  }
  out << overrides->size() << (overrides->size() == 1 ? " override" : " overrides") << " in "
      << month.to_string() << "\n";
  return {};
}

}  // namespace

void add_assess_command(CLI::App& app, CommandContext& context) {
  auto* assess = app.add_subcommand("assess", "Analysts' status overrides");
  assess->require_subcommand(1);

  auto* set = assess->add_subcommand(
      "override", "Set (or with --clear remove) an analyst's status for a field in a month");
  auto options = std::make_shared<OverrideOptions>();
  add_db_option(*set, options->db);
  set->add_option("--month", options->month, "The report month")
      ->required()
      ->check(kMonthValidator);
  set->add_option("--field", options->field, "The field")->required()->check(kFieldValidator);
  set->add_option("--status", options->status, "The analyst's status")
      ->check(CLI::IsMember({"calm", "worrying", "serious"}));
  set->add_option("--reason", options->reason, "Why (required; shown in the report)")
      ->type_name("TEXT");
  set->add_flag("--clear", options->clear, "Remove the override instead");
  set->callback([&context, options] { context.outcome = run_override(*options, context); });

  auto* list = assess->add_subcommand("overrides", "List the overrides of a month");
  auto list_options = std::make_shared<OverridesOptions>();
  add_db_option(*list, list_options->db);
  list->add_option("--month", list_options->month, "The report month")
      ->required()
      ->check(kMonthValidator);
  list->callback(
      [&context, list_options] { context.outcome = list_overrides(*list_options, context.out); });
}

}  // namespace kybersaa::cli
