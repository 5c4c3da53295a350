// The JSON renderer: the report as data, per docs/formats/report.schema.json
// (schema_version "5"). Ids (fields, statuses, trends, severities, sectors,
// TLP) are the model's language-independent names; the language chooses only
// the "title", "month_title", "name" and "*_label" strings. Keys keep the
// order written here (ordered_json), and nlohmann prints doubles in their
// shortest round-trip form, so equal reports give equal bytes. Invalid UTF-8
// in data becomes U+FFFD, as in the HTML and Markdown.


#include <filesystem>
#include <nlohmann/json.hpp>
#include <string>

#include "base/json_string.hpp"
#include "model/calendar.hpp"
#include "model/field.hpp"
#include "report/catalog.hpp"
#include "report/escape.hpp"
#include "report/key_figure_text.hpp"
#include "report/locale_format.hpp"
#include "report/render.hpp"

namespace kybersaa::report {
namespace {

using Json = nlohmann::ordered_json;
using model::Language;

constexpr int kJsonIndent = 2;

// Returns the month as "YYYY-MM", or null.
Json month_or_null(const std::optional<model::YearMonth>& month) {
  return month ? Json(month->to_string()) : Json(nullptr);
}

// --- The fields' incident lists, written as text ---
//
// A month lists thousands of incidents; building them as a DOM and dumping
// it took most of the JSON's time. They are written here directly, byte for
// byte as dump(kJsonIndent) writes the same values, and put where the
// field's "incidents" marker stands in the dumped document.

// Writes one "key": value line of an object at `indent` spaces; `value` is
// JSON text. Every line but the object's last ends with a comma.
void append_member(std::string& out, int indent, std::string_view key, std::string_view value,
                   bool last = false) {
  out.append(static_cast<std::size_t>(indent), ' ');
  base::append_json_string(key, out);
  out += ": ";
  out += value;
  out += last ? "\n" : ",\n";
}

std::string json_string(std::string_view text) {
  std::string out;
  base::append_json_string(text, out);
  return out;
}

std::string json_count(const std::optional<std::int64_t>& count) {
  return count ? std::to_string(*count) : std::string("null");
}

// Appends the incidents as the value of a key written at `indent` spaces.
void append_incidents(std::string& out, const std::vector<ListedIncident>& incidents, int indent) {
  if (incidents.empty()) {
    out += "[]";
    return;
  }
  const int object = indent + kJsonIndent;
  const int member = object + kJsonIndent;
  out += "[\n";
  for (std::size_t i = 0; i < incidents.size(); ++i) {
    const ListedIncident& incident = incidents[i];
    const std::string reported_at = model::format_helsinki_iso(incident.reported_at);
    out.append(static_cast<std::size_t>(object), ' ');
    out += "{\n";
    append_member(out, member, "id", json_string(sanitize_utf8(incident.id)));
    append_member(out, member, "title", json_string(sanitize_utf8(incident.title)));
    append_member(out, member, "reported_at", json_string(reported_at));
    append_member(out, member, "date", json_string(reported_at.substr(0, 10)));  // YYYY-MM-DD
    append_member(out, member, "severity", json_string(model::severity_name(incident.severity)));
    append_member(out, member, "status", json_string(model::status_name(incident.status)));
    append_member(out, member, "sector", json_string(model::sector_name(incident.sector)));
    std::string rsit = "{\n";
    append_member(rsit, member + kJsonIndent, "taxonomy",
                  json_string(sanitize_utf8(incident.rsit.taxonomy)));
    append_member(rsit, member + kJsonIndent, "type",
                  json_string(sanitize_utf8(incident.rsit.type)), true);
    rsit.append(static_cast<std::size_t>(member), ' ');
    rsit += '}';
    append_member(out, member, "rsit", rsit);
    append_member(out, member, "affected_people", json_count(incident.affected_people));
    append_member(out, member, "affected_devices", json_count(incident.affected_devices));
    append_member(out, member, "tlp", json_string(model::tlp_name(incident.tlp)), true);
    out.append(static_cast<std::size_t>(object), ' ');
    out += i + 1 < incidents.size() ? "},\n" : "}\n";
  }
  out.append(static_cast<std::size_t>(indent), ' ');
  out += ']';
}

// The marker a field's "incidents" holds in the DOM: a string no data can
// produce (its control characters would be escaped as \u0001).
std::string incidents_marker(std::size_t field) {
  return "\x01incidents " + std::to_string(field) + "\x01";
}

// Replaces each field's marker in `dumped` with its incident list.
std::string splice_incidents(const std::string& dumped, const MonthlyReport& report) {
  std::string out;
  std::size_t from = 0;
  for (const FieldSection& section : report.fields) {
    const std::string marker = json_string(incidents_marker(model::field_index(section.field)));
    const std::size_t at = dumped.find(marker, from);
    if (at == std::string::npos) continue;
    const std::size_t line = dumped.rfind('\n', at) + 1;
    const int indent = static_cast<int>(dumped.find_first_not_of(' ', line) - line);
    out.append(dumped, from, at - from);
    append_incidents(out, section.incidents, indent);
    from = at + marker.size();
  }
  out.append(dumped, from);
  return out;
}

// --- Warnings of the month and status overrides ---

// The analyst's override of a field's status, or null. "status" of the field
// is then the analyst's; "rules_status" and "status_rule" what the rules gave.
Json override_json(const FieldSection& section) {
  if (!section.status_override) return Json(nullptr);
  const AppliedOverride& applied = *section.status_override;
  Json out;
  out["status"] = assess::status_id(section.assessment.status);
  out["rules_status"] = assess::status_id(applied.rules_status);
  out["rule"] = sanitize_utf8(section.assessment.rule);
  out["reason"] = sanitize_utf8(applied.reason);
  out["set_at"] = model::format_helsinki_iso(applied.set_at);
  return out;
}

Json warning_json(const ReportWarning& warning, Language language) {
  Json out;
  out["number"] = warning.number.to_string();
  out["year"] = warning.number.year;
  out["sequence"] = warning.number.number;
  out["level"] = model::warning_level_name(warning.level);
  out["grey"] = warning.grey;  // retired by the end of the month
  out["level_label"] = warning_level_label(warning.level, warning.grey, language);
  Json titles = Json::object();
  for (const Language title_language : model::kAllLanguages) {
    const std::string& title = warning.titles[static_cast<std::size_t>(title_language)];
    if (!title.empty())
      titles[std::string(model::language_code(title_language))] = sanitize_utf8(title);
  }
  out["titles"] = std::move(titles);
  out["issued"] = warning.issued.to_string();
  out["active_since"] = warning.active_since.to_string();
  out["retired"] = warning.retired ? Json(warning.retired->to_string()) : Json(nullptr);
  Json fields = Json::array();
  for (const model::Field field : warning.fields) fields.push_back(model::field_id(field));
  out["fields"] = std::move(fields);
  Json cves = Json::array();
  for (const WarningCve& cve : warning.cves) {
    Json entry;
    entry["id"] = sanitize_utf8(cve.id);
    entry["known_exploited"] = cve.kev_date_added.has_value();
    entry["kev_date_added"] =
        cve.kev_date_added ? Json(cve.kev_date_added->to_string()) : Json(nullptr);
    entry["known_ransomware"] = cve.known_ransomware;
    cves.push_back(std::move(entry));
  }
  out["cves"] = std::move(cves);
  return out;
}

// Report content writers, defined at the end of this file.
Json headlines_json(const FieldSection& section, Language language);
Json items_json(const FieldSection& section, Language language);
Json threats_json(const MonthlyReport& report, Language language);
Json developments_json(const MonthlyReport& report, Language language);
Json how_to_report_json(const MonthlyReport& report, Language language);

// --- Key figures and feed figures -----------------------------------------------------------

Json optional_number(const std::optional<double>& value) {
  return value ? Json(*value) : Json(nullptr);
}

Json range_json(const assess::MonthRange& range) {
  return Json{{"first", range.first.to_string()}, {"last", range.last.to_string()}};
}

std::string_view unit_id(assess::FigureUnit unit) {
  switch (unit) {
    case assess::FigureUnit::kCount:
      return "count";
    case assess::FigureUnit::kGbps:
      return "gbit/s";
    case assess::FigureUnit::kPercent:
      return "percent";
  }
  return "";
}

Json key_figure_json(const assess::KeyFigureValue& figure, Language language) {
  const detail::KeyFigureText text = detail::key_figure_text(figure, language);
  Json out;
  out["id"] = sanitize_utf8(figure.figure.id);
  out["metric"] = assess::metric_id(figure.figure.metric);
  out["unit"] = unit_id(assess::metric_unit(figure.figure.metric));
  out["period"] = assess::period_id(figure.figure.period);
  out["months"] = range_json(figure.period);
  out["value"] = optional_number(figure.value);
  out["basis"] = figure.basis;
  out["comparison"] = assess::comparison_id(figure.figure.comparison);
  out["compared_months"] =
      figure.compared_period ? range_json(*figure.compared_period) : Json(nullptr);
  out["compared_value"] = optional_number(figure.compared);
  out["change_percent"] = optional_number(figure.change_percent);
  out["label"] = sanitize_utf8(figure.figure.label.in(language));
  out["sentence"] = sanitize_utf8(text.sentence);
  out["period_label"] = sanitize_utf8(text.period);
  out["source"] = sanitize_utf8(text.source);
  return out;
}

Json feed_lines_json(const FieldSection& section) {
  Json lines = Json::array();
  for (const FeedLine& line : section.feeds) {
    lines.push_back(Json{{"feed", sanitize_utf8(line.feed)},
                         {"rsit", Json{{"taxonomy", sanitize_utf8(line.rsit.taxonomy)},
                                       {"type", sanitize_utf8(line.rsit.type)}}},
                         {"events", line.events},
                         {"hosts", line.hosts},
                         {"previous_events", line.previous_events},
                         {"previous_hosts", line.previous_hosts}});
  }
  return lines;
}

Json feed_coverage_json(const MonthlyReport& report) {
  Json list = Json::array();
  for (const FeedCoverage& feed : report.feed_coverage) {
    list.push_back(Json{{"feed", sanitize_utf8(feed.feed)},
                        {"first", feed.first.to_string()},
                        {"last", feed.last.to_string()},
                        {"months", feed.months}});
  }
  return list;
}

Json field_json(const FieldSection& section, Language language) {
  const assess::FieldAssessment& assessment = section.assessment;
  Json out;
  out["id"] = model::field_id(section.field);
  out["name"] = model::field_name(section.field, language);
  out["status"] = assess::status_id(assessment.status);
  out["status_label"] = status_label(assessment.status, language);
  out["status_rule"] = sanitize_utf8(assessment.rule);
  out["count"] = assessment.count;
  out["previous"] = assessment.previous;
  out["year_ago"] = assessment.year_ago;
  out["baseline"] = assessment.baseline;
  out["baseline_p_value"] = assessment.baseline_p_value;
  out["trend"] = Json{{"marker", assess::trend_id(assessment.trend.trend)},
                      {"label", trend_label(assessment.trend.trend, language)},
                      {"p_value", assessment.trend.p_value}};
  Json series = Json::array();
  for (const MonthCount& point : section.series) {
    series.push_back(Json{{"month", point.month.to_string()}, {"count", point.count}});
  }
  out["series"] = std::move(series);
  out["incidents"] = incidents_marker(model::field_index(section.field));  // splice_incidents
  out["withheld"] = section.withheld;
  out["status_override"] = override_json(section);
  out["headlines"] = headlines_json(section, language);  // report content
  out["items"] = items_json(section, language);
  out["feeds"] = feed_lines_json(section);  // feed figures
  return out;
}

Json rule_json(const assess::StatusRule& rule) {
  Json out;
  out["id"] = rule.id;
  out["status"] = assess::status_id(rule.status);
  Json fields = Json::array();
  for (const model::Field field : rule.fields) fields.push_back(model::field_id(field));
  out["fields"] = std::move(fields);
  Json conditions = Json::object();
  for (const assess::Condition& condition : rule.conditions) {
    const std::string key(assess::condition_key(condition.kind));
    switch (condition.kind) {
      case assess::ConditionKind::kWarningAtLeast:
        conditions[key] =
            assess::warning_level_id(static_cast<assess::WarningLevel>(condition.value));
        break;
      case assess::ConditionKind::kHighAboveUsual:
      case assess::ConditionKind::kAboveBaseline:
      case assess::ConditionKind::kFeedAboveBaseline:
        conditions[key] = condition.value;
        break;
      default:
        conditions[key] = static_cast<std::int64_t>(condition.value);
    }
  }
  out["conditions"] = std::move(conditions);
  return out;
}

Json method_json(const MonthlyReport& report) {
  const assess::RuleSet& rules = report.rules;
  Json out;
  out["trend_test"] = "exact-conditional-binomial";
  out["trend_alpha"] = rules.trend_alpha;
  out["baseline_test"] = "poisson-upper-tail";
  out["rules_source"] = rules.source == assess::default_rule_set().source
                            ? std::string("built-in")
                            : std::filesystem::path(rules.source).filename().string();
  Json list = Json::array();
  for (const assess::StatusRule& rule : rules.rules) list.push_back(rule_json(rule));
  out["rules"] = std::move(list);
  out["data_first"] = month_or_null(report.data_first);
  out["data_last"] = month_or_null(report.data_last);
  // Key figures and feed figures.
  out["key_figures_source"] =
      report.key_figures_source == assess::default_key_figure_set().source
          ? std::string("built-in")
          : std::filesystem::path(report.key_figures_source).filename().string();
  out["feeds"] = feed_coverage_json(report);
  return out;
}

// --- Report content -----------------------------------------------------------

// The language facts of a shown text: the language it is in and whether
// that is another than the report's (a fallback, marked in the documents).
void add_language(Json& out, Language text_language, Language report_language) {
  out["language"] = model::language_code(text_language);
  out["fallback"] = text_language != report_language;
}

Json strings_json(const std::vector<std::string>& strings) {
  Json out = Json::array();
  for (const std::string& text : strings) out.push_back(sanitize_utf8(text));
  return out;
}

Json headlines_json(const FieldSection& section, Language language) {
  Json out = Json::array();
  for (const Headline& headline : section.headlines) {
    const auto shown = model::shown_text(headline.text, language);
    if (shown.text == nullptr) continue;
    Json entry;
    entry["text"] = sanitize_utf8(*shown.text);
    entry["source"] = sanitize_utf8(headline.source);
    add_language(entry, shown.language, language);
    out.push_back(std::move(entry));
  }
  return out;
}

Json items_json(const FieldSection& section, Language language) {
  Json out = Json::array();
  for (const model::ContentItem& item : section.items) {
    const auto shown = model::shown_text(item.texts, language);
    if (shown.text == nullptr) continue;
    Json entry;
    entry["id"] = sanitize_utf8(item.id);
    entry["status"] = model::item_status_name(item.status);
    entry["incident_id"] =
        item.incident_id ? Json(sanitize_utf8(*item.incident_id)) : Json(nullptr);
    add_language(entry, shown.language, language);
    entry["title"] = sanitize_utf8(shown.text->title);
    entry["bullets"] = strings_json(shown.text->bullets);
    entry["analysis"] = sanitize_utf8(shown.text->analysis);
    entry["headline"] =
        shown.text->headline.empty() ? Json(nullptr) : Json(sanitize_utf8(shown.text->headline));
    out.push_back(std::move(entry));
  }
  return out;
}

Json threats_json(const MonthlyReport& report, Language language) {
  Json out;
  out["compared_with"] = month_or_null(report.threats_compared_with);
  Json list = Json::array();
  for (const ThreatEntry& entry : report.threats) {
    const auto shown = model::shown_text(entry.threat.texts, language);
    if (shown.text == nullptr) continue;
    Json threat;
    threat["id"] = sanitize_utf8(entry.threat.id);
    threat["rank"] = entry.threat.rank;
    threat["previous_rank"] = entry.previous_rank ? Json(*entry.previous_rank) : Json(nullptr);
    threat["trend"] = entry.is_new() ? Json(nullptr)
                                     : Json{{"marker", assess::trend_id(entry.trend)},
                                            {"label", trend_label(entry.trend, language)}};
    threat["new"] = entry.is_new();
    threat["updated"] = entry.updated;
    add_language(threat, shown.language, language);
    threat["title"] = sanitize_utf8(shown.text->title);
    threat["description"] = sanitize_utf8(shown.text->description);
    threat["case"] = sanitize_utf8(shown.text->case_text);
    threat["metrics"] = strings_json(entry.threat.metrics);
    list.push_back(std::move(threat));
  }
  out["threats"] = std::move(list);
  return out;
}

Json developments_json(const MonthlyReport& report, Language language) {
  Json out = Json::array();
  for (const model::Development& development : report.developments) {
    const auto shown = model::shown_text(development.texts, language);
    if (shown.text == nullptr) continue;
    Json entry;
    entry["id"] = sanitize_utf8(development.id);
    entry["kind"] = model::development_kind_name(development.kind);
    entry["kind_label"] = development_kind_label(development.kind, language);
    add_language(entry, shown.language, language);
    entry["title"] = sanitize_utf8(shown.text->title);
    entry["text"] = sanitize_utf8(shown.text->text);
    out.push_back(std::move(entry));
  }
  return out;
}

Json how_to_report_json(const MonthlyReport& report, Language language) {
  Json out;
  out["source"] = report.how_to_report_is_default ? "default" : "month";
  const auto shown = model::shown_text(report.how_to_report.texts, language);
  if (shown.text == nullptr) {
    out["language"] = nullptr;
    out["fallback"] = false;
    out["intro"] = nullptr;
    out["channels"] = Json::array();
    return out;
  }
  add_language(out, shown.language, language);
  out["intro"] = sanitize_utf8(shown.text->intro);
  out["channels"] = strings_json(shown.text->channels);
  return out;
}

}  // namespace

std::string render_json(const MonthlyReport& report, model::Language language) {
  Json out;
  out["schema_version"] = kReportSchemaVersion;
  out["language"] = model::language_code(language);
  out["month"] = report.month.to_string();
  out["title"] = catalog_text(Text::kTitle, language);
  out["month_title"] = format_month_title(report.month, language);
  Json fields = Json::array();
  for (const FieldSection& section : report.fields) fields.push_back(field_json(section, language));
  out["fields"] = std::move(fields);
  out["totals"] = Json{{"count", report.totals.count},
                       {"previous", report.totals.previous},
                       {"year_ago", report.totals.year_ago}};
  Json figures = Json::array();  // key figures
  for (const assess::KeyFigureValue& figure : report.key_figures) {
    figures.push_back(key_figure_json(figure, language));
  }
  out["key_figures"] = std::move(figures);
  out["top_threats"] = threats_json(report, language);  // report content
  out["developments"] = developments_json(report, language);
  out["how_to_report"] = how_to_report_json(report, language);
  out["method"] = method_json(report);
  Json warnings = Json::array();
  for (const ReportWarning& warning : report.warnings) {
    warnings.push_back(warning_json(warning, language));
  }
  out["warnings"] = std::move(warnings);
  // Report lifecycle.
  out["state"] = model::report_state_name(report.state);
  out["tlp"] = model::tlp_name(report.tlp);
  // Strings from data are sanitized above, the same way the other renderers
  // do; the replace handler is the backstop that keeps dump() from throwing.
  return splice_incidents(out.dump(kJsonIndent, ' ', false, Json::error_handler_t::replace),
                          report) +
         "\n";
}

}  // namespace kybersaa::report
