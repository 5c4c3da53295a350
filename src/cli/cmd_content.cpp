// kybersaa content import --db PATH FILE.toml
// kybersaa item list --db PATH --month YYYY-MM [--json]
// kybersaa item edit --db PATH ID --lang fi|sv|en [--title T] [--analysis TEXT | --analysis-file F]
//                    [--bullet TEXT ...] [--headline TEXT] [--approve]
// kybersaa item approve --db PATH ID
//
// Report content: the analyst-written texts of the monthly report
// (docs/formats/content.md).

#include <fmt/format.h>

#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>

#include "app/content_import.hpp"
#include "base/file.hpp"
#include "cli/cli_options.hpp"
#include "cli/command.hpp"
#include "store/open_store.hpp"

namespace kybersaa::cli {
namespace {

using Json = nlohmann::ordered_json;

// Largest --analysis-file read: one paragraph, with room to spare.
constexpr std::size_t kMaxAnalysisFileBytes = 64 * 1024;

struct ImportOptions {
  std::string db;
  std::string file;
};

struct ListOptions {
  std::string db;
  std::string month;
  bool json = false;
};

struct EditOptions {
  std::string db;
  std::string id;
  std::string language;
  std::optional<std::string> title;
  std::optional<std::string> analysis;
  std::string analysis_file;
  std::vector<std::string> bullets;
  std::optional<std::string> headline;
  bool approve = false;
};

struct ApproveOptions {
  std::string db;
  std::string id;
};

base::Result<std::unique_ptr<store::Store>> open_existing(const std::string& db) {
  return store::open_store(db, store::OpenMode::kExisting);
}

base::Status import_content(const ImportOptions& options, std::ostream& out) {
  auto store = open_existing(options.db);
  if (!store) return tl::unexpected(store.error());
  auto receipt = app::import_content_file(**store, options.file);
  if (!receipt) return tl::unexpected(receipt.error());
  out << fmt::format(
      "imported {}: items {} new, {} updated, {} unchanged; sections {} replaced, {} unchanged\n",
      options.file, receipt->items_inserted, receipt->items_updated, receipt->items_unchanged,
      receipt->sections_replaced, receipt->sections_unchanged);
  return {};
}

// The title shown in a list: the first written in fi, sv, en, with its language.
std::string list_title(const model::ContentItem& item) {
  const auto shown = model::shown_text(item.texts, model::Language::kFi);
  if (shown.text == nullptr) return "";
  return fmt::format("[{}] {}", model::language_code(shown.language), shown.text->title);
}

std::string languages_of(const model::ContentItem& item) {
  std::string codes;
  for (const model::Language language : model::kAllLanguages) {
    if (!model::in_language(item.texts, language)) continue;
    if (!codes.empty()) codes += ',';
    codes += model::language_code(language);
  }
  return codes;
}

Json item_json(const model::ContentItem& item) {
  Json out;
  out["id"] = item.id;
  out["month"] = item.month.to_string();
  out["field"] = model::field_id(item.field);
  out["order"] = item.order;
  out["status"] = model::item_status_name(item.status);
  out["incident_id"] = item.incident_id ? Json(*item.incident_id) : Json(nullptr);
  Json texts = Json::object();
  for (const model::Language language : model::kAllLanguages) {
    const auto& text = model::in_language(item.texts, language);
    if (!text) continue;
    texts[std::string(model::language_code(language))] =
        Json{{"title", text->title},
             {"bullets", text->bullets},
             {"analysis", text->analysis},
             {"headline", text->headline.empty() ? Json(nullptr) : Json(text->headline)}};
  }
  out["texts"] = std::move(texts);
  return out;
}

base::Status list_items(const ListOptions& options, std::ostream& out) {
  auto store = open_existing(options.db);
  if (!store) return tl::unexpected(store.error());
  auto items = app::month_items(**store, *model::parse_year_month(options.month));
  if (!items) return tl::unexpected(items.error());
  if (options.json) {
    Json array = Json::array();
    for (const auto& item : *items) array.push_back(item_json(item));
    out << array.dump(2, ' ', false, Json::error_handler_t::replace) << "\n";
    return {};
  }
  out << fmt::format("{:<32}  {:<23}  {:>5}  {:<8}  {:<8}  {}\n", "ID", "FIELD", "ORDER", "STATUS",
                     "LANG", "TITLE");
  for (const auto& item : *items) {
    out << fmt::format("{:<32}  {:<23}  {:>5}  {:<8}  {:<8}  {}\n", item.id,
                       model::field_id(item.field), item.order,
                       model::item_status_name(item.status), languages_of(item), list_title(item));
  }
  out << items->size() << " items\n";
  return {};
}

base::Status edit(const EditOptions& options, std::ostream& out) {
  app::ItemEdit change;
  change.language = *model::parse_language(options.language);
  change.title = options.title;
  change.analysis = options.analysis;
  if (!options.analysis_file.empty()) {
    auto text = base::read_file(options.analysis_file, kMaxAnalysisFileBytes);
    if (!text) return tl::unexpected(text.error());
    while (!text->empty() && (text->back() == '\n' || text->back() == '\r')) text->pop_back();
    change.analysis = std::move(*text);
  }
  if (!options.bullets.empty()) change.bullets = options.bullets;
  change.headline = options.headline;
  change.approve = options.approve;
  auto store = open_existing(options.db);
  if (!store) return tl::unexpected(store.error());
  auto item = app::edit_item(**store, options.id, change);
  if (!item) return tl::unexpected(item.error());
  out << fmt::format("edited {} ({}), status {}\n", item->id, options.language,
                     model::item_status_name(item->status));
  return {};
}

base::Status approve(const ApproveOptions& options, std::ostream& out) {
  auto store = open_existing(options.db);
  if (!store) return tl::unexpected(store.error());
  auto item = app::approve_item(**store, options.id);
  if (!item) return tl::unexpected(item.error());
  out << "approved " << item->id << "\n";
  return {};
}

const CLI::Validator kLanguageValidator(
    [](std::string& text) -> std::string {
      return model::parse_language(text) ? std::string()
                                         : "'" + text + "' is not a report language (fi, sv, en)";
    },
    "fi|sv|en", "language");

}  // namespace

void add_content_commands(CLI::App& app, CommandContext& context) {
  auto* content = app.add_subcommand("content", "Analyst-written report content");
  content->require_subcommand(1);
  auto* import = content->add_subcommand(
      "import", "Import a month's content file (items, top-5, developments, how to report)");
  auto import_options = std::make_shared<ImportOptions>();
  add_db_option(*import, import_options->db);
  import->add_option("file", import_options->file, "Content file (docs/formats/content.md)")
      ->required()
      ->type_name("FILE.toml");
  import->callback(
      [&context, import_options] { context.outcome = import_content(*import_options, context.out);
});

auto* item = app.add_subcommand("item", "List, edit and approve the report's items");
item->require_subcommand(1);
auto* list = item->add_subcommand(
    "list", "List a month's items, with drafts from document-drafted incidents");
auto list_options = std::make_shared<ListOptions>();
add_db_option(*list, list_options->db);
list->add_option("--month", list_options->month, "Report month")
    ->required()
    ->check(kMonthValidator);
list->add_flag("--json", list_options->json, "Print a JSON array with every text");
list->callback([&context, list_options] {
  context.outcome = list_items(*list_options, context.out);
});

auto* edit_command = item->add_subcommand("edit", "Change one language of an item");
auto edit_options = std::make_shared<EditOptions>();
add_db_option(*edit_command, edit_options->db);
edit_command->add_option("id", edit_options->id, "Item id (see item list)")->required();
edit_command->add_option("--lang", edit_options->language, "The language edited")
    ->required()
    ->check(kLanguageValidator);
edit_command->add_option("--title", edit_options->title, "New title");
auto* analysis =
    edit_command->add_option("--analysis", edit_options->analysis, "New analysis paragraph");
auto* analysis_file = edit_command->add_option("--analysis-file", edit_options->analysis_file,
                                               "Read the analysis paragraph from a file");
analysis->excludes(analysis_file);
edit_command->add_option("--bullet", edit_options->bullets,
                         "A fact bullet; give 1 to 5 to replace the list");
edit_command->add_option("--headline", edit_options->headline,
                         "One-line headline for the weather map (\"\" removes it)");
edit_command->add_flag("--approve", edit_options->approve, "Also approve the item");
edit_command->callback([&context, edit_options] {
  context.outcome = edit(*edit_options, context.out);
});

auto* approve_command = item->add_subcommand("approve", "Approve an item for the report");
auto approve_options = std::make_shared<ApproveOptions>();
add_db_option(*approve_command, approve_options->db);
approve_command->add_option("id", approve_options->id, "Item id (see item list)")->required();
approve_command->callback([&context, approve_options] {
  context.outcome = approve(*approve_options, context.out);
});
}  // namespace kybersaa::cli

}  // namespace kybersaa::cli
