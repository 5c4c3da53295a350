// Key figures: parsing the TOML declarations with located errors, and
// computing the figures from values.

#include "assess/key_figures.hpp"

#include <fmt/format.h>
#include <toml++/toml.h>

#include <algorithm>
#include <stdexcept>

#include "base/file.hpp"
#include "base/toml_source.hpp"

namespace kybersaa::assess {
namespace {

constexpr std::size_t kMaxFiguresBytes = std::size_t{1} << 20;
constexpr std::int64_t kSupportedFormat = 1;
constexpr double kPercent = 100.0;

constexpr std::array<std::pair<FigureMetric, std::string_view>, 5> kMetrics = {{
    {FigureMetric::kNotifications, "notifications"},
    {FigureMetric::kDdosPeakMax, "ddos-peak-max"},
    {FigureMetric::kDdosShortShare, "ddos-short-share"},
    {FigureMetric::kFeedHosts, "feed-hosts"},
    {FigureMetric::kFeedEvents, "feed-events"},
}};
constexpr std::array<std::pair<FigurePeriod, std::string_view>, 3> kPeriods = {{
    {FigurePeriod::kMonth, "month"},
    {FigurePeriod::kQuarter, "quarter"},
    {FigurePeriod::kYear, "year"},
}};
constexpr std::array<std::pair<FigureComparison, std::string_view>, 3> kComparisons = {{
    {FigureComparison::kNone, "none"},
    {FigureComparison::kSamePeriodLastYear, "same-period-last-year"},
    {FigureComparison::kPreviousPeriod, "previous-period"},
}};

template <class E, std::size_t N>
std::string_view id_of(const std::array<std::pair<E, std::string_view>, N>& table, E value) {
  for (const auto& [key, id] : table) {
    if (key == value) return id;
  }
  return "";
}

template <class E, std::size_t N>
std::optional<E> parse_id(const std::array<std::pair<E, std::string_view>, N>& table,
                          std::string_view id) {
  for (const auto& [key, name] : table) {
    if (name == id) return key;
  }
  return std::nullopt;
}

template <class E, std::size_t N>
std::string quoted_ids(const std::array<std::pair<E, std::string_view>, N>& table) {
  std::string list;
  for (const auto& [key, id] : table) {
    if (!list.empty()) list += ", ";
    list += fmt::format("\"{}\"", id);
  }
  return list;
}

bool is_feed_metric(FigureMetric metric) {
  return metric == FigureMetric::kFeedHosts || metric == FigureMetric::kFeedEvents;
}

// The placeholders a sentence may use.
constexpr std::array<std::string_view, 4> kPlaceholders = {"value", "period", "change", "previous"};

// Builds the located errors of one key figures file.
class Reader {
 public:
  explicit Reader(std::string_view source) : source_(source) {}

  tl::unexpected<base::Error> fail_at(const toml::node& node, std::string_view what) const {
    return base::toml_error_at(source_, node.source(), what);
  }

  base::Result<std::string> text(const toml::node& node, std::string_view key) const {
    const std::optional<std::string_view> value = node.value<std::string_view>();
    if (!value || value->empty())
      return fail_at(node, fmt::format("{}: expected a non-empty string", key));
    return std::string(*value);
  }

  // Checks a sentence template: balanced braces around known placeholders;
  // {change} and {previous} only when the figure is compared.
  base::Status check_sentence(const toml::node& node, std::string_view key, std::string_view text,
                              bool compared) const {
    std::size_t at = 0;
    while ((at = text.find_first_of("{}", at)) != std::string_view::npos) {
      if (text[at] == '}') return fail_at(node, fmt::format("{}: '}}' without '{{'", key));
      const std::size_t close = text.find('}', at);
      if (close == std::string_view::npos) {
        return fail_at(node, fmt::format("{}: '{{' without '}}'", key));
      }
      const std::string_view name = text.substr(at + 1, close - at - 1);
      if (std::find(kPlaceholders.begin(), kPlaceholders.end(), name) == kPlaceholders.end()) {
        return fail_at(node, fmt::format("{}: unknown placeholder {{{}}} (known: {{value}}, "
                                         "{{period}}, {{change}}, {{previous}})",
                                         key, name));
      }
      if (!compared && (name == "change" || name == "previous")) {
        return fail_at(node,
                       fmt::format("{}: {{{}}} needs a comparison other than \"none\"", key, name));
      }
      at = close + 1;
    }
    return {};
  }

  // Reads a [figures.KEY] table of fi, sv and en texts.
  base::Result<LocalizedText> localized(const toml::node& node, std::string_view key,
                                        std::optional<bool> sentence_compared) const {
    const auto* table = node.as_table();
    if (table == nullptr)
      return fail_at(node, fmt::format("{}: expected a table of fi, sv and en", key));
    LocalizedText result;
    bool seen[3] = {false, false, false};
    for (const auto& [language, value] : *table) {
      const std::string_view code = language.str();
      const std::string path = fmt::format("{}.{}", key, code);
      std::string* target = code == "fi"   ? &result.fi
                            : code == "sv" ? &result.sv
                            : code == "en" ? &result.en
                                           : nullptr;
      if (target == nullptr) {
        return fail_at(value, fmt::format("{}: unknown language (expected fi, sv and en)", path));
      }
      auto parsed = text(value, path);
      if (!parsed) return tl::unexpected(parsed.error());
      if (sentence_compared) {
        if (auto status = check_sentence(value, path, *parsed, *sentence_compared); !status) {
          return tl::unexpected(status.error());
        }
      }
      *target = std::move(*parsed);
      seen[target == &result.fi ? 0 : target == &result.sv ? 1 : 2] = true;
    }
    for (int i = 0; i < 3; ++i) {
      if (!seen[i]) {
        return fail_at(node, fmt::format("{}: missing the {} text (every figure speaks fi, sv "
                                         "and en)",
                                         key, std::array{"fi", "sv", "en"}[i]));
      }
    }
    return result;
  }

  base::Result<FigureFilters> filters(const toml::node& node, FigureMetric metric) const {
    const auto* table = node.as_table();
    if (table == nullptr) return fail_at(node, "filters: expected a table");
    FigureFilters result;
    for (const auto& [key, value] : *table) {
      const std::string_view name = key.str();
      if (name == "severity_at_least") {
        if (metric != FigureMetric::kNotifications) {
          return fail_at(value, "filters.severity_at_least: only for metric \"notifications\"");
        }
        const std::optional<std::string_view> text = value.value<std::string_view>();
        const auto severity = text ? model::parse_severity(*text) : std::nullopt;
        if (!severity) {
          return fail_at(value,
                         "filters.severity_at_least: expected \"low\", \"medium\", "
                         "\"high\" or \"critical\"");
        }
        result.severity_at_least = severity;
        continue;
      }
      const auto* array = value.as_array();
      if (name != "fields" && name != "rsit" && name != "feeds") {
        return fail_at(value, fmt::format("unknown key \"{}\" in filters (known: fields, "
                                          "severity_at_least, rsit, feeds)",
                                          name));
      }
      if (name != "fields" && !is_feed_metric(metric)) {
        return fail_at(value, fmt::format("filters.{}: only for the feed metrics", name));
      }
      if (array == nullptr || array->empty()) {
        return fail_at(value,
                       fmt::format("filters.{}: expected a non-empty list of strings", name));
      }
      for (const toml::node& item : *array) {
        const std::optional<std::string_view> text = item.value<std::string_view>();
        if (!text || text->empty()) {
          return fail_at(item, fmt::format("filters.{}: expected a non-empty string", name));
        }
        if (name == "fields") {
          const auto field = model::parse_field(*text);
          if (!field) {
            return fail_at(
                item, "filters.fields: unknown field id (the six ids are in docs/assessment.md)");
          }
          result.fields.push_back(*field);
        } else if (name == "rsit") {
          const std::size_t slash = text->find('/');
          const model::RsitClass rsit =
              slash == std::string_view::npos
                  ? model::RsitClass{}
                  : model::RsitClass{std::string(text->substr(0, slash)),
                                     std::string(text->substr(slash + 1))};
          if (!model::is_valid_rsit(rsit.taxonomy, rsit.type)) {
            return fail_at(item, fmt::format("filters.rsit: '{}' is not an RSIT \"taxonomy/type\" "
                                             "pair, e.g. \"vulnerable/vulnerable-system\"",
                                             *text));
          }
          result.rsit.push_back(rsit);
        } else {
          result.feeds.emplace_back(*text);
        }
      }
    }
    return result;
  }

  base::Result<KeyFigure> figure(const toml::table& table) const {
    KeyFigure figure;
    // The keys other keys depend on come first, whatever order they were written in.
    const toml::node* metric = table.get("metric");
    const toml::node* comparison = table.get("comparison");
    if (metric == nullptr) return fail_at(table, "a figure without a metric");
    const std::optional<std::string_view> metric_text = metric->value<std::string_view>();
    const auto parsed_metric = metric_text ? parse_id(kMetrics, *metric_text) : std::nullopt;
    if (!parsed_metric) {
      return fail_at(*metric, fmt::format("metric: expected one of {}", quoted_ids(kMetrics)));
    }
    figure.metric = *parsed_metric;
    if (comparison != nullptr) {
      const std::optional<std::string_view> text = comparison->value<std::string_view>();
      const auto parsed = text ? parse_id(kComparisons, *text) : std::nullopt;
      if (!parsed) {
        return fail_at(*comparison,
                       fmt::format("comparison: expected one of {}", quoted_ids(kComparisons)));
      }
      figure.comparison = *parsed;
    }
    const bool compared = figure.comparison != FigureComparison::kNone;
    bool has_period = false;
    bool has_label = false;
    bool has_source = false;
    bool has_sentence = false;
    bool has_threshold = false;
    for (const auto& [key, node] : table) {
      const std::string_view name = key.str();
      if (name == "metric" || name == "comparison") continue;
      if (name == "id") {
        const std::optional<std::string_view> id = node.value<std::string_view>();
        if (!id || id->empty() || !std::all_of(id->begin(), id->end(), [](char c) {
              return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-';
            })) {
          return fail_at(node, "id: expected a non-empty id of a-z, 0-9 and '-'");
        }
        figure.id = std::string(*id);
      } else if (name == "period") {
        const std::optional<std::string_view> text = node.value<std::string_view>();
        const auto parsed = text ? parse_id(kPeriods, *text) : std::nullopt;
        if (!parsed) {
          return fail_at(node, fmt::format("period: expected one of {}", quoted_ids(kPeriods)));
        }
        figure.period = *parsed;
        has_period = true;
      } else if (name == "shorter_than_minutes") {
        if (figure.metric != FigureMetric::kDdosShortShare) {
          return fail_at(node, "shorter_than_minutes: only for metric \"ddos-short-share\"");
        }
        const auto* integer = node.as_integer();
        if (integer == nullptr || integer->get() < 1) {
          return fail_at(node,
                         "shorter_than_minutes: expected a whole number of minutes, 1 or more");
        }
        figure.shorter_than_minutes = integer->get();
        has_threshold = true;
      } else if (name == "filters") {
        auto parsed = filters(node, figure.metric);
        if (!parsed) return tl::unexpected(parsed.error());
        figure.filters = std::move(*parsed);
      } else if (name == "label" || name == "source" || name == "sentence") {
        auto parsed = localized(node, name,
                                name == "sentence" ? std::optional<bool>(compared) : std::nullopt);
        if (!parsed) return tl::unexpected(parsed.error());
        (name == "label"    ? figure.label
         : name == "source" ? figure.source
                            : figure.sentence) = std::move(*parsed);
        (name == "label" ? has_label : name == "source" ? has_source : has_sentence) = true;
      } else {
        return fail_at(node, fmt::format("unknown key \"{}\" in a figure", name));
      }
    }
    if (figure.id.empty()) return fail_at(table, "a figure without an id");
    const auto missing = [&](std::string_view what) {
      return fail_at(table, fmt::format("figure \"{}\" has no {}", figure.id, what));
    };
    if (!has_period) return missing("period");
    if (!has_label) return missing("[label]");
    if (!has_source) return missing("[source]");
    if (!has_sentence) return missing("[sentence]");
    if (figure.metric == FigureMetric::kDdosShortShare && !has_threshold) {
      return missing("shorter_than_minutes (metric \"ddos-short-share\" needs it)");
    }
    return figure;
  }

  base::Result<KeyFigureSet> set(const toml::table& root) const {
    KeyFigureSet result;
    result.source = std::string(source_);
    bool has_format = false;
    for (const auto& [key, node] : root) {
      const std::string_view name = key.str();
      if (name == "format") {
        if (node.value<std::int64_t>() != kSupportedFormat) {
          return fail_at(node,
                         fmt::format("format: this version reads format {}", kSupportedFormat));
        }
        has_format = true;
      } else if (name == "figures") {
        const auto* figures = node.as_array();
        if (figures == nullptr) return fail_at(node, "figures: expected [[figures]] tables");
        for (const toml::node& item : *figures) {
          const auto* table = item.as_table();
          if (table == nullptr) return fail_at(item, "figures: expected [[figures]] tables");
          auto parsed = figure(*table);
          if (!parsed) return tl::unexpected(parsed.error());
          const bool duplicate =
              std::any_of(result.figures.begin(), result.figures.end(),
                          [&](const KeyFigure& other) { return other.id == parsed->id; });
          if (duplicate) {
            return fail_at(item, fmt::format("figure id \"{}\" is used twice", parsed->id));
          }
          result.figures.push_back(std::move(*parsed));
        }
      } else {
        return fail_at(node, fmt::format("unknown key \"{}\"", name));
      }
    }
    if (!has_format) {
      return base::fail(base::ErrorCode::kInvalidInput,
                        fmt::format("{}: no \"format = {}\" line", source_, kSupportedFormat));
    }
    return result;
  }

 private:
  std::string_view source_;
};

bool in_range(model::YearMonth month, const MonthRange& range) {
  return range.first <= month && month <= range.last;
}

bool field_matches(const FigureFilters& filters, model::Field field) {
  return filters.fields.empty() ||
         std::find(filters.fields.begin(), filters.fields.end(), field) != filters.fields.end();
}

struct Measured {
  std::optional<double> value;
  std::int64_t basis = 0;
};

Measured measure(const KeyFigure& figure, const KeyFigureData& data, const MonthRange& range) {
  const FigureFilters& filters = figure.filters;
  Measured result;
  switch (figure.metric) {
    case FigureMetric::kNotifications: {
      // Data only when the store's incidents cover the whole period.
      if (!data.incidents_first || !data.incidents_last || range.first < *data.incidents_first ||
          *data.incidents_last < range.last) {
        return result;
      }
      std::int64_t count = 0;
      for (const IncidentMonthCount& row : data.incidents) {
        if (!in_range(row.month, range) || !field_matches(filters, row.field)) continue;
        if (filters.severity_at_least && row.severity < *filters.severity_at_least) continue;
        count += row.count;
      }
      result.value = static_cast<double>(count);
      result.basis = count;
      return result;
    }
    case FigureMetric::kDdosPeakMax:
    case FigureMetric::kDdosShortShare: {
      std::int64_t shorter = 0;
      for (const DdosPoint& point : data.ddos) {
        if (!in_range(point.month, range) || !field_matches(filters, point.field)) continue;
        if (figure.metric == FigureMetric::kDdosPeakMax) {
          if (!point.ddos.peak_gbps) continue;
          result.value = std::max(result.value.value_or(0.0), *point.ddos.peak_gbps);
          ++result.basis;
        } else {
          if (!point.ddos.duration_minutes) continue;
          ++result.basis;
          if (*point.ddos.duration_minutes < figure.shorter_than_minutes) ++shorter;
        }
      }
      if (figure.metric == FigureMetric::kDdosShortShare && result.basis > 0) {
        result.value = kPercent * static_cast<double>(shorter) / static_cast<double>(result.basis);
      }
      return result;
    }
    case FigureMetric::kFeedHosts:
    case FigureMetric::kFeedEvents: {
      bool any_feed_data = false;
      std::int64_t total = 0;
      for (const model::FeedCount& row : data.feeds) {
        if (!in_range(row.bucket.month, range)) continue;
        any_feed_data = true;
        if (!field_matches(filters, row.bucket.field)) continue;
        if (!filters.rsit.empty() && std::find(filters.rsit.begin(), filters.rsit.end(),
                                               row.bucket.rsit) == filters.rsit.end()) {
          continue;
        }
        if (!filters.feeds.empty() && std::find(filters.feeds.begin(), filters.feeds.end(),
                                                row.bucket.feed) == filters.feeds.end()) {
          continue;
        }
        total += figure.metric == FigureMetric::kFeedHosts ? row.hosts : row.events;
        ++result.basis;
      }
      // No feed data at all in the period: unknown, not zero.
      if (any_feed_data) result.value = static_cast<double>(total);
      return result;
    }
  }
  return result;
}

}  // namespace

std::string_view metric_id(FigureMetric metric) { return id_of(kMetrics, metric); }
std::string_view period_id(FigurePeriod period) { return id_of(kPeriods, period); }
std::string_view comparison_id(FigureComparison comparison) {
  return id_of(kComparisons, comparison);
}

FigureUnit metric_unit(FigureMetric metric) {
  switch (metric) {
    case FigureMetric::kDdosPeakMax:
      return FigureUnit::kGbps;
    case FigureMetric::kDdosShortShare:
      return FigureUnit::kPercent;
    default:
      return FigureUnit::kCount;
  }
}

const std::string& LocalizedText::in(model::Language language) const {
  switch (language) {
    case model::Language::kFi:
      return fi;
    case model::Language::kSv:
      return sv;
    case model::Language::kEn:
      return en;
  }
  return en;
}

const KeyFigureSet& default_key_figure_set() {
  static const KeyFigureSet figures = [] {
    auto parsed = parse_key_figure_set(default_key_figures_toml(), "built-in defaults");
    // The defaults are tested; failing here means the build embedded a bad file.
    if (!parsed) throw std::logic_error(parsed.error().message);
    return *std::move(parsed);
  }();
  return figures;
}

base::Result<KeyFigureSet> parse_key_figure_set(std::string_view toml, std::string_view source) {
  auto root = base::parse_toml(toml, source);
  if (!root) return tl::unexpected(root.error());
  return Reader(source).set(*root);
}

base::Result<KeyFigureSet> load_key_figure_set(const std::string& path) {
  auto text = base::read_file(path, kMaxFiguresBytes);
  if (!text) return tl::unexpected(text.error());
  return parse_key_figure_set(*text, path);
}

model::YearMonth key_figure_first_month(model::YearMonth month) {
  return month.plus_months(1 - kKeyFigureMonths);
}

model::YearMonth figures_first_month(const KeyFigureSet& set, model::YearMonth month) {
  model::YearMonth first = month;
  for (const KeyFigure& figure : set.figures) {
    const MonthRange range = period_range(figure.period, month);
    first = std::min(first, range.first);
    if (const auto compared = comparison_range(figure.comparison, range)) {
      first = std::min(first, compared->first);
    }
  }
  return std::max(first, key_figure_first_month(month));
}

MonthRange period_range(FigurePeriod period, model::YearMonth month) {
  const int months = period == FigurePeriod::kMonth ? 1 : period == FigurePeriod::kQuarter ? 3 : 12;
  return {month.plus_months(1 - months), month};
}

std::optional<MonthRange> comparison_range(FigureComparison comparison, MonthRange range) {
  const int length = range.last.months_since(range.first) + 1;
  switch (comparison) {
    case FigureComparison::kNone:
      return std::nullopt;
    case FigureComparison::kSamePeriodLastYear:
      return MonthRange{range.first.plus_months(-12), range.last.plus_months(-12)};
    case FigureComparison::kPreviousPeriod:
      return MonthRange{range.first.plus_months(-length), range.last.plus_months(-length)};
  }
  return std::nullopt;
}

std::vector<KeyFigureValue> compute_key_figures(const KeyFigureSet& set,
                                                const KeyFigureData& data) {
  std::vector<KeyFigureValue> values;
  values.reserve(set.figures.size());
  for (const KeyFigure& figure : set.figures) {
    KeyFigureValue result;
    result.figure = figure;
    result.period = period_range(figure.period, data.month);
    const Measured measured = measure(figure, data, result.period);
    result.value = measured.value;
    result.basis = measured.basis;
    result.compared_period = comparison_range(figure.comparison, result.period);
    if (result.compared_period) {
      result.compared = measure(figure, data, *result.compared_period).value;
      if (result.value && result.compared && *result.compared != 0.0) {
        result.change_percent = (*result.value - *result.compared) / *result.compared * kPercent;
      }
    }
    values.push_back(std::move(result));
  }
  return values;
}

}  // namespace kybersaa::assess
