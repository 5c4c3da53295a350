// kybersaa incidents --db PATH [--month YYYY-MM] [--section ID] [--json]
// kybersaa incidents show --db PATH ID [--json]

#include <fmt/format.h>

#include <CLI/CLI.hpp>

#include "cli/cli_options.hpp"
#include "cli/command.hpp"
#include "cli/incident_json.hpp"
#include "model/calendar.hpp"
#include "store/open_store.hpp"

namespace kybersaa::cli {
namespace {

struct ListOptions {
  std::string db;
  std::string month;
  std::string section;
  std::int64_t limit = 0;
  bool json = false;
};

struct ShowOptions {
  std::string db;
  std::string id;
  bool json = false;
};

std::string helsinki_date(std::int64_t instant) {
  const auto t = model::helsinki_civil_time(instant);
  return fmt::format("{:04d}-{:02d}-{:02d}", t.year, t.month, t.day);
}

base::Status list_incidents(const ListOptions& options, std::ostream& out) {
  auto store = store::open_store(options.db, store::OpenMode::kExisting);
  if (!store) return tl::unexpected(store.error());
  store::IncidentQuery query;
  if (!options.month.empty()) query.month = model::parse_year_month(options.month);
  if (!options.section.empty()) query.field = model::parse_field(options.section);
  if (options.limit > 0) query.limit = options.limit;
  query.with_drafts = true;  // listed for review; STATUS says "draft"
  auto incidents = (*store)->find_incidents(query);
  if (!incidents) return tl::unexpected(incidents.error());
  if (options.json) {
    auto array = nlohmann::ordered_json::array();
    for (const auto& incident : *incidents) array.push_back(incident_to_json(incident, false));
    out << array.dump(2) << "\n";
    return {};
  }
  out << fmt::format("{:<32}  {:<10}  {:<23}  {:<8}  {:<13}  {:<12}  {}\n", "ID", "REPORTED",
                     "FIELD", "SEVERITY", "STATUS", "TLP", "TITLE");
  for (const auto& incident : *incidents) {
    out << fmt::format("{:<32}  {:<10}  {:<23}  {:<8}  {:<13}  {:<12}  {}\n", incident.id,
                       helsinki_date(incident.reported_at), model::field_id(incident.field),
                       model::severity_name(incident.severity), model::status_name(incident.status),
                       model::tlp_name(incident.tlp), incident.title);
  }
  out << incidents->size() << " incidents\n";
  return {};
}

// Prints the versions of a document-drafted incident, one line each, and
// under each what it changed.
void print_timeline(const std::vector<store::IncidentVersion>& timeline, std::ostream& out) {
  if (timeline.empty()) return;
  out << "timeline:\n";
  for (const auto& version : timeline) {
    out << fmt::format("  {}  {}  {}{}\n", version.number,
                       model::format_helsinki_iso(version.ingested_at), version.document_name,
                       version.number == 1 ? "  (drafted the incident)" : "");
    if (version.number > 1 && version.changes.empty()) out << "       no fact changed\n";
    for (const auto& change : version.changes) {
      out << fmt::format("       {}: {} → {}\n", change.fact,
                         change.before.empty() ? "-" : change.before, change.after);
    }
  }
}

base::Status show_incident(const ShowOptions& options, std::ostream& out) {
  auto store = store::open_store(options.db, store::OpenMode::kExisting);
  if (!store) return tl::unexpected(store.error());
  auto incident = (*store)->get_incident(options.id);
  if (!incident) return tl::unexpected(incident.error());
  auto timeline = (*store)->incident_timeline(options.id);
  if (!timeline) return tl::unexpected(timeline.error());
  auto json = incident_to_json(*incident, true);
  if (options.json) {
    if (!timeline->empty()) json["timeline"] = timeline_to_json(*timeline);
    out << json.dump(2) << "\n";
    return {};
  }
  for (const auto& [key, value] : json.items()) {
    out << fmt::format("{:<14} {}\n", key + ":",
                       value.is_string() ? value.get<std::string>() : value.dump());
  }
  print_timeline(*timeline, out);
  return {};
}

}  // namespace

void add_incidents_command(CLI::App& app, CommandContext& context) {
  auto* command = app.add_subcommand("incidents", "List incidents in the store");
  auto list = std::make_shared<ListOptions>();
  add_db_option(*command, list->db);
  command->add_option("--month", list->month, "Only incidents reported in this Helsinki month")
      ->check(kMonthValidator);
  command->add_option("--section", list->section, "Only incidents of this field")
      ->check(kFieldValidator);
  command->add_option("--limit", list->limit, "List at most N incidents")
      ->check(CLI::PositiveNumber);
  command->add_flag("--json", list->json, "Print a JSON array instead of a table");

  auto* show = command->add_subcommand("show", "Show one incident with every detail");
  auto show_options = std::make_shared<ShowOptions>();
  show->add_option("--db", show_options->db, "Store location")->type_name("PATH");
  show->add_option("id", show_options->id, "Incident id")->required();
  show->add_flag("--json", show_options->json, "Print JSON");
  show->callback([&context, show_options, list] {
    if (show_options->db.empty()) show_options->db = list->db;
    context.outcome = show_incident(*show_options, context.out);
  });
  // --db may be given before or after "show": the list's value is the fallback.
  command->get_option("--db")->required(false);
  command->callback([&context, command, list] {
    if (!command->get_subcommands().empty()) return;
    if (list->db.empty()) {
      context.outcome = base::fail(base::ErrorCode::kInvalidInput, "--db is required");
      return;
    }
    context.outcome = list_incidents(*list, context.out);
  });
}

}  // namespace kybersaa::cli
