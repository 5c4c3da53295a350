#include "app/content_import.hpp"

#include <algorithm>
#include <tuple>

#include "app/content_file.hpp"
#include "base/file.hpp"
#include "report/content.hpp"

namespace kybersaa::app {
namespace {

using base::ErrorCode;
using base::fail;

// The month's document-drafted incidents (status draft).
base::Result<std::vector<model::Incident>> month_drafts(store::Store& store,
                                                        model::YearMonth month) {
  store::IncidentQuery query;
  query.month = month;
  query.drafts_only = true;
  return store.find_incidents(query);
}

}  // namespace

base::Result<store::ContentReceipt> import_content_file(store::Store& store,
                                                        const std::filesystem::path& path) {
  auto text = base::read_file(path, kMaxContentFileBytes);
  if (!text) return tl::unexpected(text.error());
  auto content = parse_content_file(*text, path.string());
  if (!content) return tl::unexpected(content.error());
  auto receipt = store.put_month_content(*content);
  if (!receipt) {
    return fail(receipt.error().code, path.string() + ": " + receipt.error().message);
  }
  return receipt;
}

base::Result<std::vector<model::ContentItem>> month_items(store::Store& store,
                                                          model::YearMonth month) {
  auto content = store.month_content(month);
  if (!content) return tl::unexpected(content.error());
  auto drafts = month_drafts(store, month);
  if (!drafts) return tl::unexpected(drafts.error());
  std::vector<model::ContentItem> items = std::move(content->items);
  auto derived = report::draft_items(*drafts, items);
  items.insert(items.end(), derived.begin(), derived.end());
  std::stable_sort(items.begin(), items.end(), [](const auto& a, const auto& b) {
    return std::tuple(model::field_index(a.field), a.order, a.id) <
           std::tuple(model::field_index(b.field), b.order, b.id);
  });
  return items;
}

base::Result<model::ContentItem> find_item(store::Store& store, const std::string& id) {
  auto stored = store.get_content_item(id);
  if (stored || stored.error().code != ErrorCode::kNotFound) return stored;
  constexpr std::string_view kPrefix = "incident-";
  if (id.starts_with(kPrefix)) {
    auto incident = store.get_incident(id.substr(kPrefix.size()));
    if (!incident && incident.error().code != ErrorCode::kNotFound) {
      return tl::unexpected(incident.error());
    }
    if (incident && incident->status == model::IncidentStatus::kDraft) {
      return report::draft_item(*incident, report::kDraftItemOrder);
    }
  }
  return fail(ErrorCode::kNotFound,
              "no item with id " + id + " (see `kybersaa item list --month YYYY-MM`)");
}

base::Result<model::ContentItem> edit_item(store::Store& store, const std::string& id,
                                           const ItemEdit& edit) {
  auto item = find_item(store, id);
  if (!item) return item;
  const std::string code(model::language_code(edit.language));
  auto& text = model::in_language(item->texts, edit.language);
  if (!text) {
    if (!edit.title || !edit.bullets || !edit.analysis) {
      return fail(ErrorCode::kInvalidInput, "item " + id + " has no " + code +
                                                " text yet: give --title, --bullet and "
                                                "--analysis (or --analysis-file)");
    }
    text.emplace();
  }
  if (edit.title) text->title = *edit.title;
  if (edit.bullets) text->bullets = *edit.bullets;
  if (edit.analysis) text->analysis = *edit.analysis;
  if (edit.headline) text->headline = *edit.headline;
  if (text->headline.find('\n') != std::string::npos) {
    return fail(ErrorCode::kInvalidInput, "--headline: must be one line");
  }
  if (text->analysis.empty()) {
    return fail(ErrorCode::kInvalidInput, "--analysis: must not be empty");
  }
  if (edit.approve) item->status = model::ItemStatus::kApproved;
  if (auto status = store.put_content_item(*item); !status) return tl::unexpected(status.error());
  return item;
}

base::Result<model::ContentItem> approve_item(store::Store& store, const std::string& id) {
  auto item = find_item(store, id);
  if (!item) return item;
  item->status = model::ItemStatus::kApproved;
  if (auto status = store.put_content_item(*item); !status) return tl::unexpected(status.error());
  return item;
}

base::Status load_report_content(store::Store& store, model::YearMonth month,
                                 report::ReportInputs& inputs) {
  auto content = store.month_content(month);
  if (!content) return tl::unexpected(content.error());
  inputs.content = std::move(*content);
  auto previous = store.month_content(month.plus_months(-1));
  if (!previous) return tl::unexpected(previous.error());
  inputs.previous_threats = std::move(previous->threats);
  inputs.default_how_to_report = default_how_to_report();
  auto drafts = month_drafts(store, month);
  if (!drafts) return tl::unexpected(drafts.error());
  inputs.draft_incidents = std::move(*drafts);
  return {};
}

}  // namespace kybersaa::app
