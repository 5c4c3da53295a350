#include "store/sqlite/sqlite_content_store.hpp"

#include <algorithm>
#include <nlohmann/json.hpp>
#include <string_view>
#include <tuple>
#include <utility>
#include <vector>

namespace kybersaa::store::sqlite {
namespace {

using base::ErrorCode;
using base::fail;
using Json = nlohmann::json;

// --- Per-language texts as JSON ------------------------------------------

Json to_json(const model::ItemText& text) {
  return Json{{"title", text.title},
              {"bullets", text.bullets},
              {"analysis", text.analysis},
              {"headline", text.headline}};
}
Json to_json(const model::ThreatText& text) {
  return Json{{"title", text.title}, {"description", text.description}, {"case", text.case_text}};
}
Json to_json(const model::DevelopmentText& text) {
  return Json{{"title", text.title}, {"text", text.text}};
}
Json to_json(const model::HowToReportText& text) {
  return Json{{"intro", text.intro}, {"channels", text.channels}};
}

// Reads a string member; false when absent or not a string.
bool read_string(const Json& object, const char* key, std::string& out) {
  const auto found = object.find(key);
  if (found == object.end() || !found->is_string()) return false;
  out = found->get<std::string>();
  return true;
}

bool read_strings(const Json& object, const char* key, std::vector<std::string>& out) {
  const auto found = object.find(key);
  if (found == object.end() || !found->is_array()) return false;
  for (const Json& value : *found) {
    if (!value.is_string()) return false;
    out.push_back(value.get<std::string>());
  }
  return true;
}

bool from_json(const Json& object, model::ItemText& text) {
  return read_string(object, "title", text.title) &&
         read_strings(object, "bullets", text.bullets) &&
         read_string(object, "analysis", text.analysis) &&
         read_string(object, "headline", text.headline);
}
bool from_json(const Json& object, model::ThreatText& text) {
  return read_string(object, "title", text.title) &&
         read_string(object, "description", text.description) &&
         read_string(object, "case", text.case_text);
}
bool from_json(const Json& object, model::DevelopmentText& text) {
  return read_string(object, "title", text.title) && read_string(object, "text", text.text);
}
bool from_json(const Json& object, model::HowToReportText& text) {
  return read_string(object, "intro", text.intro) &&
         read_strings(object, "channels", text.channels);
}

template <class T>
std::string texts_json(const model::PerLanguage<T>& texts) {
  Json out = Json::object();
  for (const model::Language language : model::kAllLanguages) {
    if (const auto& text = model::in_language(texts, language)) {
      out[std::string(model::language_code(language))] = to_json(*text);
    }
  }
  return out.dump();
}

template <class T>
bool parse_texts(const std::string& stored, model::PerLanguage<T>& texts) {
  const Json object = Json::parse(stored, nullptr, false);
  if (!object.is_object()) return false;
  for (const auto& [code, value] : object.items()) {
    const auto language = model::parse_language(code);
    if (!language || !value.is_object()) return false;
    T text;
    if (!from_json(value, text)) return false;
    model::in_language(texts, *language) = std::move(text);
  }
  return true;
}

tl::unexpected<base::Error> corrupt(const Database& db, std::string_view what) {
  return fail(ErrorCode::kInternal,
              db.path() + ": stored report content is not valid: " + std::string(what));
}

// --- Items ------------------------------------------------------------------

constexpr std::string_view kItemColumns =
    "id, month, field, position, status, incident_id, texts FROM content_items";

base::Result<model::ContentItem> read_item(const Statement& row, const Database& db) {
  model::ContentItem item;
  item.id = row.column_text(0);
  item.month = model::YearMonth::from_int(static_cast<int>(row.column_int(1)));
  const auto field = model::parse_field(row.column_text(2));
  const auto status = model::parse_item_status(row.column_text(4));
  if (!field || !status) return corrupt(db, "item " + item.id);
  item.field = *field;
  item.order = static_cast<int>(row.column_int(3));
  item.status = *status;
  if (!row.column_is_null(5)) item.incident_id = row.column_text(5);
  if (!parse_texts(row.column_text(6), item.texts)) return corrupt(db, "item " + item.id);
  return item;
}

base::Result<std::optional<model::ContentItem>> find_item(Database& db, const std::string& id) {
  auto select = db.prepare("SELECT " + std::string(kItemColumns) + " WHERE id = ?1");
  if (!select) return tl::unexpected(select.error());
  select->bind(1, id);
  auto row = select->step();
  if (!row) return tl::unexpected(row.error());
  if (!*row) return std::optional<model::ContentItem>();
  auto item = read_item(*select, db);
  if (!item) return tl::unexpected(item.error());
  return std::optional<model::ContentItem>(std::move(*item));
}

base::Status write_item(Database& db, const model::ContentItem& item) {
  auto upsert = db.prepare(
      "INSERT INTO content_items(id, month, field, position, status, incident_id, texts) "
      "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7) ON CONFLICT(id) DO UPDATE SET month = excluded.month, "
      "field = excluded.field, position = excluded.position, status = excluded.status, "
      "incident_id = excluded.incident_id, texts = excluded.texts");
  if (!upsert) return tl::unexpected(upsert.error());
  upsert->bind(1, item.id);
  upsert->bind(2, std::int64_t{item.month.as_int()});
  upsert->bind(3, model::field_id(item.field));
  upsert->bind(4, std::int64_t{item.order});
  upsert->bind(5, model::item_status_name(item.status));
  if (item.incident_id) {
    upsert->bind(6, *item.incident_id);
  } else {
    upsert->bind_null(6);
  }
  upsert->bind(7, texts_json(item.texts));
  return upsert->run();
}

// --- Sections -----------------------------------------------------------------

base::Result<std::optional<std::vector<model::Threat>>> read_threats(Database& db,
                                                                     model::YearMonth month) {
  auto select = db.prepare(
      "SELECT rank, id, metrics, texts FROM content_threats WHERE month = ?1 ORDER BY rank");
  if (!select) return tl::unexpected(select.error());
  select->bind(1, std::int64_t{month.as_int()});
  std::vector<model::Threat> threats;
  while (true) {
    auto row = select->step();
    if (!row) return tl::unexpected(row.error());
    if (!*row) break;
    model::Threat threat;
    threat.rank = static_cast<int>(select->column_int(0));
    threat.id = select->column_text(1);
    const Json metrics = Json::parse(select->column_text(2), nullptr, false);
    if (!metrics.is_array() || !parse_texts(select->column_text(3), threat.texts)) {
      return corrupt(db, "threat " + threat.id);
    }
    for (const Json& metric : metrics) {
      if (!metric.is_string()) return corrupt(db, "threat " + threat.id);
      threat.metrics.push_back(metric.get<std::string>());
    }
    threats.push_back(std::move(threat));
  }
  if (threats.empty()) return std::optional<std::vector<model::Threat>>();
  return std::optional<std::vector<model::Threat>>(std::move(threats));
}

base::Result<std::optional<std::vector<model::Development>>> read_developments(
    Database& db, model::YearMonth month) {
  auto select = db.prepare(
      "SELECT id, kind, texts FROM content_developments WHERE month = ?1 ORDER BY position");
  if (!select) return tl::unexpected(select.error());
  select->bind(1, std::int64_t{month.as_int()});
  std::vector<model::Development> developments;
  while (true) {
    auto row = select->step();
    if (!row) return tl::unexpected(row.error());
    if (!*row) break;
    model::Development development;
    development.id = select->column_text(0);
    const auto kind = model::parse_development_kind(select->column_text(1));
    if (!kind || !parse_texts(select->column_text(2), development.texts)) {
      return corrupt(db, "development " + development.id);
    }
    development.kind = *kind;
    developments.push_back(std::move(development));
  }
  if (developments.empty()) return std::optional<std::vector<model::Development>>();
  return std::optional<std::vector<model::Development>>(std::move(developments));
}

base::Result<std::optional<model::HowToReport>> read_how_to_report(Database& db,
                                                                   model::YearMonth month) {
  auto select = db.prepare("SELECT texts FROM content_how_to_report WHERE month = ?1");
  if (!select) return tl::unexpected(select.error());
  select->bind(1, std::int64_t{month.as_int()});
  auto row = select->step();
  if (!row) return tl::unexpected(row.error());
  if (!*row) return std::optional<model::HowToReport>();
  model::HowToReport how;
  if (!parse_texts(select->column_text(0), how.texts)) return corrupt(db, "how to report");
  return std::optional<model::HowToReport>(std::move(how));
}

// Deletes the month's rows of `table` (a constant of this file).
base::Status clear_month(Database& db, std::string_view table, model::YearMonth month) {
  auto remove = db.prepare("DELETE FROM " + std::string(table) + " WHERE month = ?1");
  if (!remove) return tl::unexpected(remove.error());
  remove->bind(1, std::int64_t{month.as_int()});
  return remove->run();
}

base::Status write_threats(Database& db, model::YearMonth month,
                           const std::vector<model::Threat>& threats) {
  if (auto status = clear_month(db, "content_threats", month); !status) return status;
  auto insert = db.prepare(
      "INSERT INTO content_threats(month, rank, id, metrics, texts) VALUES (?1, ?2, ?3, ?4, ?5)");
  if (!insert) return tl::unexpected(insert.error());
  for (const model::Threat& threat : threats) {
    insert->reset();
    insert->bind(1, std::int64_t{month.as_int()});
    insert->bind(2, std::int64_t{threat.rank});
    insert->bind(3, threat.id);
    insert->bind(4, Json(threat.metrics).dump());
    insert->bind(5, texts_json(threat.texts));
    if (auto status = insert->run(); !status) return status;
  }
  return {};
}

base::Status write_developments(Database& db, model::YearMonth month,
                                const std::vector<model::Development>& developments) {
  if (auto status = clear_month(db, "content_developments", month); !status) return status;
  auto insert = db.prepare(
      "INSERT INTO content_developments(month, position, id, kind, texts) "
      "VALUES (?1, ?2, ?3, ?4, ?5)");
  if (!insert) return tl::unexpected(insert.error());
  std::int64_t position = 0;
  for (const model::Development& development : developments) {
    insert->reset();
    insert->bind(1, std::int64_t{month.as_int()});
    insert->bind(2, ++position);
    insert->bind(3, development.id);
    insert->bind(4, model::development_kind_name(development.kind));
    insert->bind(5, texts_json(development.texts));
    if (auto status = insert->run(); !status) return status;
  }
  return {};
}

base::Status write_how_to_report(Database& db, model::YearMonth month,
                                 const model::HowToReport& how) {
  auto upsert = db.prepare(
      "INSERT INTO content_how_to_report(month, texts) VALUES (?1, ?2) "
      "ON CONFLICT(month) DO UPDATE SET texts = excluded.texts");
  if (!upsert) return tl::unexpected(upsert.error());
  upsert->bind(1, std::int64_t{month.as_int()});
  upsert->bind(2, texts_json(how.texts));
  return upsert->run();
}

// Writes `wanted` with `write` unless it equals `stored`; counts either way.
template <class T, class Write>
base::Status replace_section(const std::optional<T>& wanted, const std::optional<T>& stored,
                             ContentReceipt& receipt, Write write) {
  if (!wanted) return {};
  if (stored && *stored == *wanted) {
    ++receipt.sections_unchanged;
    return {};
  }
  ++receipt.sections_replaced;
  return write(*wanted);
}

}  // namespace

base::Result<ContentReceipt> put_sqlite_month_content(Database& db,
                                                      const model::MonthContent& content) {
  auto transaction = Transaction::begin(db);
  if (!transaction) return tl::unexpected(transaction.error());
  ContentReceipt receipt;
  for (const model::ContentItem& item : content.items) {
    auto stored = find_item(db, item.id);
    if (!stored) return tl::unexpected(stored.error());
    if (*stored && **stored == item) {
      ++receipt.items_unchanged;
      continue;
    }
    ++(*stored ? receipt.items_updated : receipt.items_inserted);
    if (auto status = write_item(db, item); !status) return tl::unexpected(status.error());
  }
  const model::YearMonth month = content.month;
  auto threats = read_threats(db, month);
  if (!threats) return tl::unexpected(threats.error());
  if (auto status =
          replace_section(content.threats, *threats, receipt,
                          [&](const auto& wanted) { return write_threats(db, month, wanted); });
      !status) {
    return tl::unexpected(status.error());
  }
  auto developments = read_developments(db, month);
  if (!developments) return tl::unexpected(developments.error());
  if (auto status = replace_section(
          content.developments, *developments, receipt,
          [&](const auto& wanted) { return write_developments(db, month, wanted); });
      !status) {
    return tl::unexpected(status.error());
  }
  auto how = read_how_to_report(db, month);
  if (!how) return tl::unexpected(how.error());
  if (auto status = replace_section(
          content.how_to_report, *how, receipt,
          [&](const auto& wanted) { return write_how_to_report(db, month, wanted); });
      !status) {
    return tl::unexpected(status.error());
  }
  if (auto status = transaction->commit(); !status) return tl::unexpected(status.error());
  return receipt;
}

base::Status put_sqlite_content_item(Database& db, const model::ContentItem& item) {
  return write_item(db, item);
}

base::Result<std::optional<model::ContentItem>> get_sqlite_content_item(Database& db,
                                                                        const std::string& id) {
  return find_item(db, id);
}

base::Result<model::MonthContent> sqlite_month_content(Database& db, model::YearMonth month) {
  model::MonthContent content;
  content.month = month;
  auto select = db.prepare("SELECT " + std::string(kItemColumns) + " WHERE month = ?1");
  if (!select) return tl::unexpected(select.error());
  select->bind(1, std::int64_t{month.as_int()});
  while (true) {
    auto row = select->step();
    if (!row) return tl::unexpected(row.error());
    if (!*row) break;
    auto item = read_item(*select, db);
    if (!item) return tl::unexpected(item.error());
    content.items.push_back(std::move(*item));
  }
  std::sort(content.items.begin(), content.items.end(),
            [](const model::ContentItem& a, const model::ContentItem& b) {
              return std::tuple(model::field_index(a.field), a.order, a.id) <
                     std::tuple(model::field_index(b.field), b.order, b.id);
            });
  auto threats = read_threats(db, month);
  if (!threats) return tl::unexpected(threats.error());
  content.threats = std::move(*threats);
  auto developments = read_developments(db, month);
  if (!developments) return tl::unexpected(developments.error());
  content.developments = std::move(*developments);
  auto how = read_how_to_report(db, month);
  if (!how) return tl::unexpected(how.error());
  content.how_to_report = std::move(*how);
  return content;
}

}  // namespace kybersaa::store::sqlite
