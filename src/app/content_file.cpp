#include "app/content_file.hpp"

#include <fmt/format.h>
#include <toml++/toml.h>

#include <algorithm>
#include <cstdint>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "base/toml_source.hpp"

namespace kybersaa::app {

std::string_view default_how_to_report_toml();  // generated from config/how-to-report.toml

namespace {

using model::Language;

// Builds the located errors of one content file.
class Reader {
 public:
  explicit Reader(std::string_view source) : source_(source) {}

  tl::unexpected<base::Error> fail_at(const toml::node& node, std::string_view what) const {
    return base::toml_error_at(source_, node.source(), what);
  }

  base::Result<const toml::table*> table(const toml::node& node, std::string_view key) const {
    const auto* table = node.as_table();
    if (table == nullptr) return fail_at(node, fmt::format("{}: expected a table", key));
    return table;
  }

  // A non-empty string (or, with `may_be_empty`, any string).
  base::Result<std::string> text(const toml::node& node, std::string_view key,
                                 bool may_be_empty = false) const {
    const std::optional<std::string_view> value = node.value<std::string_view>();
    if (!value) return fail_at(node, fmt::format("{}: expected a string", key));
    if (!may_be_empty && value->find_first_not_of(" \t\r\n") == std::string_view::npos) {
      return fail_at(node, fmt::format("{}: must not be empty", key));
    }
    return std::string(*value);
  }

  // An id of a-z, 0-9, '-', '_' and '.'.
  base::Result<std::string> id(const toml::node& node) const {
    const std::optional<std::string_view> value = node.value<std::string_view>();
    if (!value || value->empty() || value->size() > 100 ||
        !std::all_of(value->begin(), value->end(), [](char c) {
          return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_' ||
                 c == '.';
        })) {
      return fail_at(node, "id: expected an id of a-z, 0-9, '-', '_' and '.'");
    }
    return std::string(*value);
  }

  base::Result<std::vector<std::string>> texts(const toml::node& node, std::string_view key,
                                               std::size_t at_least, std::size_t at_most) const {
    const auto* array = node.as_array();
    if (array == nullptr || array->size() < at_least || array->size() > at_most) {
      return fail_at(
          node, fmt::format("{}: expected a list of {} to {} strings", key, at_least, at_most));
    }
    std::vector<std::string> out;
    for (const toml::node& element : *array) {
      auto value = text(element, key);
      if (!value) return tl::unexpected(value.error());
      out.push_back(std::move(*value));
    }
    return out;
  }

  base::Result<std::int64_t> integer(const toml::node& node, std::string_view key, std::int64_t low,
                                     std::int64_t high) const {
    const auto* value = node.as_integer();
    if (value == nullptr || value->get() < low || value->get() > high) {
      return fail_at(node,
                     fmt::format("{}: expected a whole number from {} to {}", key, low, high));
    }
    return value->get();
  }

  // Reads the fi/sv/en tables of `table` with `read_text`; other keys go to
  // `other`. At least one language must be there.
  template <class T, class ReadText, class Other>
  base::Status languages(const toml::table& table, std::string_view what,
                         model::PerLanguage<T>& out, ReadText read_text, Other other) const {
    bool any = false;
    for (const auto& [key, node] : table) {
      const auto language = model::parse_language(key.str());
      if (!language) {
        if (auto status = other(key.str(), node); !status) return status;
        continue;
      }
      auto language_table = this->table(node, key.str());
      if (!language_table) return tl::unexpected(language_table.error());
      T text;
      if (auto status = read_text(**language_table, text); !status) return status;
      model::in_language(out, *language) = std::move(text);
      any = true;
    }
    if (!any) {
      return fail_at(table,
                     fmt::format("{} has no text: add a [...fi], [...sv] or [...en] table", what));
    }
    return {};
  }

  // Fails at the first key of `table` that is not in `known`, and at the
  // table when a key of `required` is missing.
  base::Status keys(const toml::table& table, std::string_view what,
                    std::initializer_list<std::string_view> known,
                    std::initializer_list<std::string_view> required) const {
    for (const auto& [key, node] : table) {
      if (std::find(known.begin(), known.end(), key.str()) == known.end()) {
        return fail_at(node, fmt::format("unknown key \"{}\" in {}", key.str(), what));
      }
    }
    for (const std::string_view key : required) {
      if (!table.contains(key)) return fail_at(table, fmt::format("{} has no \"{}\"", what, key));
    }
    return {};
  }

  base::Status item_text(const toml::table& table, model::ItemText& text) const {
    if (auto status = keys(table, "an item text", {"title", "bullets", "analysis", "headline"},
                           {"title", "bullets", "analysis"});
        !status) {
      return status;
    }
    auto title = this->text(*table.get("title"), "title");
    if (!title) return tl::unexpected(title.error());
    auto bullets = texts(*table.get("bullets"), "bullets", model::kMinBullets, model::kMaxBullets);
    if (!bullets) return tl::unexpected(bullets.error());
    auto analysis = this->text(*table.get("analysis"), "analysis");
    if (!analysis) return tl::unexpected(analysis.error());
    text.title = std::move(*title);
    text.bullets = std::move(*bullets);
    text.analysis = std::move(*analysis);
    if (const toml::node* headline = table.get("headline")) {
      auto line = this->text(*headline, "headline");
      if (!line) return tl::unexpected(line.error());
      if (line->find('\n') != std::string::npos) {
        return fail_at(*headline, "headline: must be one line");
      }
      text.headline = std::move(*line);
    }
    return {};
  }

  base::Result<model::ContentItem> item(const toml::table& table, model::YearMonth month) const {
    model::ContentItem item;
    item.month = month;
    item.order = -1;
    bool has_id = false;
    bool has_field = false;
    auto status = languages(
        table, "an item", item.texts,
        [this](const toml::table& t, model::ItemText& text) { return item_text(t, text); },
        [&](std::string_view key, const toml::node& node) -> base::Status {
          if (key == "id") {
            auto id = this->id(node);
            if (!id) return tl::unexpected(id.error());
            item.id = std::move(*id);
            has_id = true;
          } else if (key == "field") {
            const std::optional<std::string_view> id = node.value<std::string_view>();
            const auto field = id ? model::parse_field(*id) : std::nullopt;
            if (!field) return fail_at(node, "field: unknown field id (see docs/assessment.md)");
            item.field = *field;
            has_field = true;
          } else if (key == "order") {
            auto order = integer(node, "order", 1, 1000);
            if (!order) return tl::unexpected(order.error());
            item.order = static_cast<int>(*order);
          } else if (key == "status") {
            const std::optional<std::string_view> name = node.value<std::string_view>();
            const auto parsed = name ? model::parse_item_status(*name) : std::nullopt;
            if (!parsed) return fail_at(node, "status: expected \"draft\" or \"approved\"");
            item.status = *parsed;
          } else if (key == "incident") {
            auto incident = text(node, "incident");
            if (!incident) return tl::unexpected(incident.error());
            item.incident_id = std::move(*incident);
          } else {
            return fail_at(node, fmt::format("unknown key \"{}\" in an item", key));
          }
          return {};
        });
    if (!status) return tl::unexpected(status.error());
    if (!has_id) return fail_at(table, "an item has no \"id\"");
    if (!has_field) return fail_at(table, fmt::format("item \"{}\" has no \"field\"", item.id));
    return item;
  }

  base::Result<model::Threat> threat(const toml::table& table) const {
    model::Threat threat;
    threat.rank = 0;
    auto status = languages(
        table, "a threat", threat.texts,
        [this](const toml::table& t, model::ThreatText& text) -> base::Status {
          if (auto checked = keys(t, "a threat text", {"title", "description", "case"},
                                  {"title", "description", "case"});
              !checked) {
            return checked;
          }
          auto title = this->text(*t.get("title"), "title");
          if (!title) return tl::unexpected(title.error());
          auto description = this->text(*t.get("description"), "description");
          if (!description) return tl::unexpected(description.error());
          auto case_text = this->text(*t.get("case"), "case");
          if (!case_text) return tl::unexpected(case_text.error());
          text = {std::move(*title), std::move(*description), std::move(*case_text)};
          return {};
        },
        [&](std::string_view key, const toml::node& node) -> base::Status {
          if (key == "id") {
            auto id = this->id(node);
            if (!id) return tl::unexpected(id.error());
            threat.id = std::move(*id);
          } else if (key == "rank") {
            auto rank = integer(node, "rank", 1, model::kTopThreats);
            if (!rank) return tl::unexpected(rank.error());
            threat.rank = static_cast<int>(*rank);
          } else if (key == "metrics") {
            auto metrics = texts(node, "metrics", 0, 20);
            if (!metrics) return tl::unexpected(metrics.error());
            threat.metrics = std::move(*metrics);
          } else {
            return fail_at(node, fmt::format("unknown key \"{}\" in a threat", key));
          }
          return {};
        });
    if (!status) return tl::unexpected(status.error());
    if (threat.id.empty()) return fail_at(table, "a threat has no \"id\"");
    if (threat.rank == 0)
      return fail_at(table, fmt::format("threat \"{}\" has no rank", threat.id));
    return threat;
  }

  base::Result<model::Development> development(const toml::table& table) const {
    model::Development development;
    bool has_kind = false;
    auto status = languages(
        table, "a development", development.texts,
        [this](const toml::table& t, model::DevelopmentText& text) -> base::Status {
          if (auto checked = keys(t, "a development text", {"title", "text"}, {"title", "text"});
              !checked) {
            return checked;
          }
          auto title = this->text(*t.get("title"), "title");
          if (!title) return tl::unexpected(title.error());
          auto body = this->text(*t.get("text"), "text");
          if (!body) return tl::unexpected(body.error());
          text = {std::move(*title), std::move(*body)};
          return {};
        },
        [&](std::string_view key, const toml::node& node) -> base::Status {
          if (key == "id") {
            auto id = this->id(node);
            if (!id) return tl::unexpected(id.error());
            development.id = std::move(*id);
          } else if (key == "kind") {
            const std::optional<std::string_view> name = node.value<std::string_view>();
            const auto kind = name ? model::parse_development_kind(*name) : std::nullopt;
            if (!kind) {
              return fail_at(node,
                             "kind: expected \"legislation\", \"standard\", \"consultation\" or "
                             "\"advice\"");
            }
            development.kind = *kind;
            has_kind = true;
          } else {
            return fail_at(node, fmt::format("unknown key \"{}\" in a development", key));
          }
          return {};
        });
    if (!status) return tl::unexpected(status.error());
    if (development.id.empty()) return fail_at(table, "a development has no \"id\"");
    if (!has_kind) {
      return fail_at(table, fmt::format("development \"{}\" has no kind", development.id));
    }
    return development;
  }

  base::Result<model::HowToReport> how_to_report(const toml::node& node) const {
    auto table = this->table(node, "how_to_report");
    if (!table) return tl::unexpected(table.error());
    model::HowToReport how;
    auto status = languages(
        **table, "how_to_report", how.texts,
        [this](const toml::table& t, model::HowToReportText& text) -> base::Status {
          if (auto checked =
                  keys(t, "a how-to-report text", {"intro", "channels"}, {"intro", "channels"});
              !checked) {
            return checked;
          }
          auto intro = this->text(*t.get("intro"), "intro");
          if (!intro) return tl::unexpected(intro.error());
          auto channels = texts(*t.get("channels"), "channels", 1, 20);
          if (!channels) return tl::unexpected(channels.error());
          text = {std::move(*intro), std::move(*channels)};
          return {};
        },
        [&](std::string_view key, const toml::node& at) -> base::Status {
          return fail_at(at, fmt::format("unknown key \"{}\" in how_to_report (expected fi, sv "
                                         "or en)",
                                         key));
        });
    if (!status) return tl::unexpected(status.error());
    return how;
  }

  // Calls `read` on each table of the array of tables `node`.
  template <class Read>
  base::Status each_table(const toml::node& node, std::string_view key, Read read) const {
    const auto* array = node.as_array();
    if (array == nullptr) {
      return fail_at(node, fmt::format("{}: expected [[{}]] tables", key, key));
    }
    for (const toml::node& element : *array) {
      auto table = this->table(element, key);
      if (!table) return tl::unexpected(table.error());
      if (auto status = read(**table); !status) return status;
    }
    return {};
  }

  base::Status format(const toml::table& root) const {
    const toml::node* format = root.get("format");
    if (format == nullptr) {
      return base::fail(base::ErrorCode::kInvalidInput,
                        fmt::format("{}: no \"format = {}\" line", source_, kContentFormat));
    }
    if (format->value<std::int64_t>() != kContentFormat) {
      return fail_at(*format, fmt::format("format: this version reads format {}", kContentFormat));
    }
    return {};
  }

  base::Result<model::MonthContent> content(const toml::table& root) const {
    if (auto status = format(root); !status) return tl::unexpected(status.error());
    if (auto status =
            keys(root, "a content file",
                 {"format", "month", "item", "threat", "development", "how_to_report"}, {});
        !status) {
      return tl::unexpected(status.error());
    }
    const toml::node* month_node = root.get("month");
    if (month_node == nullptr) {
      return base::fail(base::ErrorCode::kInvalidInput,
                        fmt::format("{}: no \"month = \\\"YYYY-MM\\\"\" line", source_));
    }
    const std::optional<std::string_view> month_text = month_node->value<std::string_view>();
    const auto month = month_text ? model::parse_year_month(*month_text) : std::nullopt;
    if (!month) return fail_at(*month_node, "month: expected \"YYYY-MM\"");
    model::MonthContent content;
    content.month = *month;

    std::set<std::string> ids;
    std::map<model::Field, int> next_order;
    if (const toml::node* items = root.get("item")) {
      auto status = each_table(*items, "item", [&](const toml::table& table) -> base::Status {
        auto item = this->item(table, *month);
        if (!item) return tl::unexpected(item.error());
        if (!ids.insert(item->id).second) {
          return fail_at(table, fmt::format("item id \"{}\" is used twice", item->id));
        }
        int& next = next_order[item->field];
        if (item->order < 0) item->order = next + 1;
        next = std::max(next, item->order);
        content.items.push_back(std::move(*item));
        return {};
      });
      if (!status) return tl::unexpected(status.error());
    }
    if (const toml::node* threats = root.get("threat")) {
      std::vector<model::Threat> list;
      std::set<std::string> threat_ids;
      auto status = each_table(*threats, "threat", [&](const toml::table& table) -> base::Status {
        auto threat = this->threat(table);
        if (!threat) return tl::unexpected(threat.error());
        if (!threat_ids.insert(threat->id).second) {
          return fail_at(table, fmt::format("threat id \"{}\" is used twice", threat->id));
        }
        for (const model::Threat& other : list) {
          if (other.rank == threat->rank) {
            return fail_at(table, fmt::format("rank {} is given to both \"{}\" and \"{}\"",
                                              threat->rank, other.id, threat->id));
          }
        }
        list.push_back(std::move(*threat));
        return {};
      });
      if (!status) return tl::unexpected(status.error());
      std::sort(list.begin(), list.end(),
                [](const model::Threat& a, const model::Threat& b) { return a.rank < b.rank; });
      for (std::size_t i = 0; i < list.size(); ++i) {
        if (list[i].rank != static_cast<int>(i) + 1) {
          return fail_at(*threats, fmt::format("threat ranks must run 1, 2, ... without a gap; "
                                               "rank {} is missing",
                                               i + 1));
        }
      }
      content.threats = std::move(list);
    }
    if (const toml::node* developments = root.get("development")) {
      std::vector<model::Development> list;
      std::set<std::string> development_ids;
      auto status =
          each_table(*developments, "development", [&](const toml::table& table) -> base::Status {
            auto development = this->development(table);
            if (!development) return tl::unexpected(development.error());
            if (!development_ids.insert(development->id).second) {
              return fail_at(table,
                             fmt::format("development id \"{}\" is used twice", development->id));
            }
            list.push_back(std::move(*development));
            return {};
          });
      if (!status) return tl::unexpected(status.error());
      content.developments = std::move(list);
    }
    if (const toml::node* how = root.get("how_to_report")) {
      auto parsed = how_to_report(*how);
      if (!parsed) return tl::unexpected(parsed.error());
      content.how_to_report = std::move(*parsed);
    }
    return content;
  }

 private:
  std::string_view source_;
};

}  // namespace

base::Result<model::MonthContent> parse_content_file(std::string_view toml,
                                                     std::string_view source) {
  auto root = base::parse_toml(toml, source);
  if (!root) return tl::unexpected(root.error());
  return Reader(source).content(*root);
}

base::Result<model::HowToReport> parse_how_to_report_file(std::string_view toml,
                                                          std::string_view source) {
  auto root = base::parse_toml(toml, source);
  if (!root) return tl::unexpected(root.error());
  const Reader reader(source);
  if (auto status = reader.format(*root); !status) return tl::unexpected(status.error());
  if (auto status = reader.keys(*root, "a how-to-report file", {"format", "how_to_report"},
                                {"how_to_report"});
      !status) {
    return tl::unexpected(status.error());
  }
  return reader.how_to_report(*root->get("how_to_report"));
}

const model::HowToReport& default_how_to_report() {
  // The shipped file is a constant checked by the tests: parsing it fails
  // only if the build embedded a broken file.
  static const model::HowToReport how = [] {
    auto parsed = parse_how_to_report_file(default_how_to_report_toml(), "built-in how-to-report");
    return parsed ? *parsed : model::HowToReport{};
  }();
  return how;
}

}  // namespace kybersaa::app
