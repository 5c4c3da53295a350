#pragma once
// Report content in the store: importing a month's content file, listing a
// month's items as the report shows them, editing and approving one item,
// and reading what the report needs. Drafts made from document-drafted
// incidents are derived when read (report/content.hpp), not stored: they
// follow the incident as later documents update it. Editing or approving
// one stores it as an item of its own (id "incident-<incident id>"), which
// from then on replaces the derived draft.

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "base/result.hpp"
#include "model/content.hpp"
#include "model/language.hpp"
#include "report/build_report.hpp"
#include "store/store.hpp"

namespace kybersaa::app {

// Largest content file read: far above any month's content.
inline constexpr std::size_t kMaxContentFileBytes = std::size_t{16} << 20;

// Parses the content file at `path` and stores it in one transaction
// (Store::put_month_content). Errors name FILE:LINE:COLUMN.
[[nodiscard]] base::Result<store::ContentReceipt> import_content_file(
    store::Store& store, const std::filesystem::path& path);

// Returns the month's items as the report lists them, in report order
// (field, order, id): stored items, then drafts from the month's
// document-drafted incidents that no item writes up.
[[nodiscard]] base::Result<std::vector<model::ContentItem>> month_items(store::Store& store,
                                                                        model::YearMonth month);

// Returns the item `id`: stored, or the draft derived from the
// document-drafted incident it names. kNotFound otherwise.
[[nodiscard]] base::Result<model::ContentItem> find_item(store::Store& store,
                                                         const std::string& id);

// A change to one language of an item. Unset members stay as they are;
// `bullets` replaces the whole list.
struct ItemEdit {
  model::Language language = model::Language::kFi;
  std::optional<std::string> title;
  std::optional<std::vector<std::string>> bullets;
  std::optional<std::string> analysis;
  std::optional<std::string> headline;  // "" removes it
  bool approve = false;                 // also approve the item
};

// Applies `edit` to item `id` and stores it. A language the item has no
// text in yet needs a title, bullets and an analysis. Editing does not
// approve a draft unless `edit.approve` says so.
[[nodiscard]] base::Result<model::ContentItem> edit_item(store::Store& store, const std::string& id,
                                                         const ItemEdit& edit);

// Marks item `id` approved and stores it.
[[nodiscard]] base::Result<model::ContentItem> approve_item(store::Store& store,
                                                            const std::string& id);

// Reads what the report's content needs for `month` into `inputs`: the
// month's content, the previous month's top-5, the shipped how-to-report
// and the month's document-drafted incidents.
[[nodiscard]] base::Status load_report_content(store::Store& store, model::YearMonth month,
                                               report::ReportInputs& inputs);

}  // namespace kybersaa::app
