// Evaluation: labelled items in, precision/recall/F1 and fact recall out.
//
// Classification is scored per field the usual way: precision is the share
// of items predicted as the field that are labelled with it, recall the share
// of items labelled with it that were predicted as it, F1 their harmonic
// mean (0 when both are 0). Macro-F1 is the plain mean of F1 over the fields
// that have labelled or predicted items (as scikit-learn does), so a rare
// field counts as much as a common one.
// An item with no lexicon evidence is predicted as no field ("none" in the
// confusion matrix): it costs recall but no field's precision.
//
// Facts are scored by recall only: an expected date must appear with the
// same ISO value, a number or quantity with the same value (to 1e-9), a CVE
// id or organisation with the same text. What the extractor finds beyond the
// analyst's list is not counted against it, because the lists name what an
// analyst must get, not everything a sentence holds.

#include "text/evaluation.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <nlohmann/json.hpp>
#include <sstream>

#include "text/document_analyzer.hpp"

namespace kybersaa::text {
namespace {

using model::Field;
using model::Language;
using nlohmann::json;

constexpr double kValueTolerance = 1e-9;
constexpr std::string_view kNoField = "none";

base::Result<std::vector<std::string>> string_list(const json& facts, const char* key) {
  std::vector<std::string> out;
  if (!facts.contains(key)) return out;
  const json& list = facts.at(key);
  if (!list.is_array() ||
      !std::all_of(list.begin(), list.end(), [](const json& value) { return value.is_string(); })) {
    return base::fail(base::ErrorCode::kInvalidInput,
                      std::string("facts.") + key + " must be an array of strings");
  }
  for (const json& value : list) {
    out.push_back(value.get<std::string>());
  }
  return out;
}

base::Result<std::vector<double>> number_list(const json& facts, const char* key) {
  std::vector<double> out;
  if (!facts.contains(key)) return out;
  const json& list = facts.at(key);
  if (!list.is_array() ||
      !std::all_of(list.begin(), list.end(), [](const json& value) { return value.is_number(); })) {
    return base::fail(base::ErrorCode::kInvalidInput,
                      std::string("facts.") + key + " must be an array of numbers");
  }
  for (const json& value : list) {
    out.push_back(value.get<double>());
  }
  return out;
}

base::Result<std::string> required_string(const json& item, const char* key) {
  if (!item.contains(key) || !item.at(key).is_string() ||
      item.at(key).get_ref<const std::string&>().empty()) {
    return base::fail(base::ErrorCode::kInvalidInput,
                      std::string("\"") + key + "\" must be a non-empty string");
  }
  return item.at(key).get<std::string>();
}

base::Result<ExpectedFacts> parse_expected_facts(const json& item) {
  ExpectedFacts facts;
  if (!item.contains("facts")) return facts;
  const json& object = item.at("facts");
  if (!object.is_object())
    return base::fail(base::ErrorCode::kInvalidInput, "\"facts\" must be an object");
  for (const auto& [key, value] : object.items()) {
    (void)value;
    if (key != "dates" && key != "numbers" && key != "quantities" && key != "cves" &&
        key != "organizations") {
      return base::fail(base::ErrorCode::kInvalidInput, "unknown fact kind \"" + key + "\"");
    }
  }
  auto dates = string_list(object, "dates");
  auto numbers = number_list(object, "numbers");
  auto quantities = number_list(object, "quantities");
  auto cves = string_list(object, "cves");
  auto organizations = string_list(object, "organizations");
  for (const base::Error* error :
       {dates ? nullptr : &dates.error(), numbers ? nullptr : &numbers.error(),
        quantities ? nullptr : &quantities.error(), cves ? nullptr : &cves.error(),
        organizations ? nullptr : &organizations.error()}) {
    if (error != nullptr) return tl::unexpected(*error);
  }
  facts.dates = std::move(*dates);
  facts.numbers = std::move(*numbers);
  facts.quantities = std::move(*quantities);
  facts.cves = std::move(*cves);
  facts.organizations = std::move(*organizations);
  return facts;
}

base::Result<LabelledItem> parse_item(const json& item) {
  if (!item.is_object()) return base::fail(base::ErrorCode::kInvalidInput, "not a JSON object");
  LabelledItem out;
  auto id = required_string(item, "id");
  if (!id) return tl::unexpected(id.error());
  out.id = std::move(*id);
  auto lang = required_string(item, "lang");
  if (!lang) return tl::unexpected(lang.error());
  auto language = model::parse_language(*lang);
  if (!language)
    return base::fail(base::ErrorCode::kInvalidInput, "unknown lang \"" + *lang + "\"");
  out.language = *language;
  auto split = required_string(item, "split");
  if (!split) return tl::unexpected(split.error());
  if (*split != "train" && *split != "test") {
    return base::fail(base::ErrorCode::kInvalidInput,
                      "split must be \"train\" or \"test\", not \"" + *split + "\"");
  }
  out.split = std::move(*split);
  auto field_text = required_string(item, "field");
  if (!field_text) return tl::unexpected(field_text.error());
  auto field = model::parse_field(*field_text);
  if (!field)
    return base::fail(base::ErrorCode::kInvalidInput, "unknown field \"" + *field_text + "\"");
  out.field = *field;
  auto text = required_string(item, "text");
  if (!text) return tl::unexpected(text.error());
  out.text = std::move(*text);
  auto facts = parse_expected_facts(item);
  if (!facts) return tl::unexpected(facts.error());
  out.facts = std::move(*facts);
  return out;
}

// Whether any string in `list` (a JSON array, possibly absent) is in `wanted`.
bool has_any(const json& object, const char* key, std::initializer_list<std::string_view> wanted) {
  if (!object.is_object() || !object.contains(key) || !object.at(key).is_array()) return false;
  for (const json& value : object.at(key)) {
    if (!value.is_string()) continue;
    const std::string& text = value.get_ref<const std::string&>();
    for (const std::string_view want : wanted) {
      if (text == want) return true;
    }
  }
  return false;
}

const json& member(const json& object, const char* key) {
  static const json kNull;
  return object.is_object() && object.contains(key) ? object.at(key) : kNull;
}

std::optional<Field> veris_rule(const json& incident) {
  const json& actors = member(incident, "actor");
  if (actors.is_object()) {
    for (const auto& [kind, actor] : actors.items()) {
      (void)kind;
      if (has_any(actor, "motive", {"Espionage"})) return Field::kEspionage;
    }
  }
  const json& action = member(incident, "action");
  const json& hacking = member(action, "hacking");
  const json& malware = member(action, "malware");
  if (has_any(hacking, "variety", {"DoS"}) || has_any(malware, "variety", {"DoS"})) {
    return Field::kNetwork;
  }
  const json& assets = member(member(incident, "asset"), "assets");
  if (assets.is_array()) {
    for (const json& asset : assets) {
      const json& variety = member(asset, "variety");
      if (variety.is_string() && (variety == "S - ICS" || variety == "N - PLC" ||
                                  variety == "N - Camera" || variety == "S - SCADA")) {
        return Field::kAutomationIot;
      }
    }
  }
  if (has_any(member(action, "social"), "variety",
              {"Phishing", "Pretexting", "Scam", "Forgery", "Baiting"})) {
    return Field::kScamsPhishing;
  }
  const json& attribute = member(incident, "attribute");
  if (member(attribute, "confidentiality").is_object()) return Field::kBreachesLeaks;
  if (malware.is_object() || has_any(hacking, "variety", {"Exploit vuln"})) {
    return Field::kMalwareVulnerabilities;
  }
  if (member(attribute, "availability").is_object()) return Field::kNetwork;
  return std::nullopt;
}

base::Result<json> parse_veris_json(std::string_view text, std::string_view name) {
  json incident = json::parse(text, nullptr, false);
  if (incident.is_discarded() || !incident.is_object() || !incident.contains("action")) {
    return base::fail(base::ErrorCode::kInvalidInput,
                      std::string(name) + ": not a VERIS incident (a JSON object with \"action\")");
  }
  return incident;
}

bool contains_value(const std::vector<double>& values, double wanted) {
  return std::any_of(values.begin(), values.end(),
                     [wanted](double value) { return std::abs(value - wanted) < kValueTolerance; });
}

bool contains_text(const std::vector<std::string>& values, const std::string& wanted) {
  return std::find(values.begin(), values.end(), wanted) != values.end();
}

std::string format_value(double value) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%.15g", value);
  return buffer;
}

// Adds one item to a group's tallies; appends its misses when `misses`.
void tally(GroupEvaluation& group, const LabelledItem& item, const Prediction& prediction,
           std::vector<Miss>* misses) {
  auto& metrics = group.classification;
  const std::size_t row = model::field_index(item.field);
  const std::size_t column =
      prediction.field ? model::field_index(*prediction.field) : kConfusionColumns - 1;
  metrics.items++;
  metrics.confusion[row][column]++;
  if (prediction.field == item.field) {
    metrics.correct++;
  } else if (misses != nullptr) {
    misses->push_back(
        Miss{item.id,
             "field " + std::string(model::field_id(item.field)) + ", got " +
                 std::string(prediction.field ? model::field_id(*prediction.field) : kNoField)});
  }
  group.language_right += prediction.language == item.language ? 1 : 0;

  auto count = [&](std::size_t kind, bool found, const std::string& what) {
    group.facts[kind].expected++;
    group.facts[kind].found += found ? 1 : 0;
    if (!found && misses != nullptr) {
      misses->push_back(Miss{item.id, group.facts[kind].kind + " " + what});
    }
  };
  const Facts& facts = prediction.facts;
  std::vector<std::string> dates;
  for (const auto& date : facts.dates) dates.push_back(date.value);
  std::vector<double> numbers;
  for (const auto& number : facts.numbers) numbers.push_back(number.value);
  std::vector<double> quantities;
  for (const auto& quantity : facts.quantities) quantities.push_back(quantity.value);
  for (const auto& date : item.facts.dates) count(0, contains_text(dates, date), date);
  for (const double number : item.facts.numbers) {
    count(1, contains_value(numbers, number), format_value(number));
  }
  for (const double quantity : item.facts.quantities) {
    count(2, contains_value(quantities, quantity), format_value(quantity));
  }
  for (const auto& cve : item.facts.cves) count(3, contains_text(facts.cves, cve), cve);
  for (const auto& name : item.facts.organizations) {
    count(4, contains_text(facts.organizations, name), name);
  }
}

GroupEvaluation empty_group(std::string name) {
  GroupEvaluation group;
  group.name = std::move(name);
  for (const char* kind : {"dates", "numbers", "quantities", "cves", "organizations"}) {
    group.facts.push_back(FactRecall{kind, 0, 0});
  }
  for (std::size_t i = 0; i < model::kAllFields.size(); ++i) {
    group.classification.fields[i].field = model::kAllFields[i];
  }
  return group;
}

void finish(GroupEvaluation& group) {
  auto& metrics = group.classification;
  double f1_sum = 0;
  int with_support = 0;
  for (std::size_t i = 0; i < metrics.fields.size(); ++i) {
    FieldMetrics& field = metrics.fields[i];
    field.correct = metrics.confusion[i][i];
    for (std::size_t c = 0; c < kConfusionColumns; ++c) field.support += metrics.confusion[i][c];
    for (std::size_t r = 0; r < metrics.fields.size(); ++r)
      field.predicted += metrics.confusion[r][i];
    field.precision =
        field.predicted == 0 ? 0.0 : static_cast<double>(field.correct) / field.predicted;
    field.recall = field.support == 0 ? 0.0 : static_cast<double>(field.correct) / field.support;
    const double sum = field.precision + field.recall;
    field.f1 = sum == 0 ? 0.0 : 2 * field.precision * field.recall / sum;
    if (field.support > 0 || field.predicted > 0) {
      f1_sum += field.f1;
      ++with_support;
    }
  }
  metrics.macro_f1 = with_support == 0 ? 0.0 : f1_sum / with_support;
}

std::string fixed(double value, int decimals = 3) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%.*f", decimals, value);
  return buffer;
}

// Short column labels for the confusion matrix, in report order, then none.
constexpr std::array<std::string_view, kConfusionColumns> kShortLabels = {
    "net", "esp", "mal", "brc", "scm", "iot", "none"};

void append_group(std::ostringstream& out, const GroupEvaluation& group) {
  const auto& metrics = group.classification;
  char line[160];
  out << "[" << group.name << "] " << metrics.items << " items, accuracy "
      << fixed(metrics.accuracy()) << " (" << metrics.correct << "/" << metrics.items
      << "), macro-F1 " << fixed(metrics.macro_f1) << ", language id " << group.language_right
      << "/" << metrics.items << "\n";
  std::snprintf(line, sizeof line, "  %-24s %9s %7s %7s %7s\n", "field", "precision", "recall",
                "F1", "items");
  out << line;
  for (const FieldMetrics& field : metrics.fields) {
    if (field.support == 0 && field.predicted == 0) continue;
    std::snprintf(line, sizeof line, "  %-24s %9s %7s %7s %7d\n",
                  std::string(model::field_id(field.field)).c_str(), fixed(field.precision).c_str(),
                  fixed(field.recall).c_str(), fixed(field.f1).c_str(), field.support);
    out << line;
  }
  out << "  confusion (rows labelled, columns predicted):\n       ";
  for (const std::string_view label : kShortLabels) {
    std::snprintf(line, sizeof line, "%5s", std::string(label).c_str());
    out << line;
  }
  out << "\n";
  for (std::size_t r = 0; r < metrics.confusion.size(); ++r) {
    if (metrics.fields[r].support == 0) continue;
    std::snprintf(line, sizeof line, "  %-5s", std::string(kShortLabels[r]).c_str());
    out << line;
    for (const int count : metrics.confusion[r]) {
      std::snprintf(line, sizeof line, "%5d", count);
      out << line;
    }
    out << "\n";
  }
  out << "  fact recall:";
  if (std::all_of(group.facts.begin(), group.facts.end(),
                  [](const FactRecall& fact) { return fact.expected == 0; })) {
    out << " no facts listed";
  }
  for (const FactRecall& fact : group.facts) {
    if (fact.expected == 0) continue;
    out << " " << fact.kind << " " << fixed(fact.recall()) << " (" << fact.found << "/"
        << fact.expected << ")";
  }
  out << "\n";
}

json group_json(const GroupEvaluation& group) {
  const auto& metrics = group.classification;
  auto rounded = [](double value) { return std::round(value * 1000) / 1000; };
  json fields = json::array();
  for (const FieldMetrics& field : metrics.fields) {
    fields.push_back(json{{"id", model::field_id(field.field)},
                          {"support", field.support},
                          {"predicted", field.predicted},
                          {"correct", field.correct},
                          {"precision", rounded(field.precision)},
                          {"recall", rounded(field.recall)},
                          {"f1", rounded(field.f1)}});
  }
  json columns = json::array();
  for (const Field field : model::kAllFields) columns.push_back(model::field_id(field));
  columns.push_back(kNoField);
  json rows = json::array();
  for (std::size_t r = 0; r < metrics.confusion.size(); ++r) {
    rows.push_back(
        json{{"id", model::field_id(model::kAllFields[r])}, {"counts", metrics.confusion[r]}});
  }
  json facts = json::array();
  for (const FactRecall& fact : group.facts) {
    facts.push_back(json{{"kind", fact.kind},
                         {"expected", fact.expected},
                         {"found", fact.found},
                         {"recall", rounded(fact.recall())}});
  }
  json out = json::object();
  out["name"] = group.name;
  out["items"] = metrics.items;
  out["correct"] = metrics.correct;
  out["accuracy"] = rounded(metrics.accuracy());
  out["macro_f1"] = rounded(metrics.macro_f1);
  out["fields"] = std::move(fields);
  out["confusion"] = json{{"columns", std::move(columns)}, {"rows", std::move(rows)}};
  out["facts"] = std::move(facts);
  out["language_right"] = group.language_right;
  return out;
}

}  // namespace

base::Result<std::vector<LabelledItem>> parse_labelled_corpus(std::string_view bytes,
                                                              std::string_view name) {
  std::vector<LabelledItem> items;
  std::vector<std::string> ids;
  std::size_t line_number = 0;
  std::size_t start = 0;
  while (start < bytes.size()) {
    std::size_t end = bytes.find('\n', start);
    if (end == std::string_view::npos) end = bytes.size();
    std::string_view line = bytes.substr(start, end - start);
    start = end + 1;
    ++line_number;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.find_first_not_of(" \t") == std::string_view::npos) continue;
    const auto where = std::string(name) + ":" + std::to_string(line_number) + ": ";
    const json object = json::parse(line, nullptr, false);
    if (object.is_discarded())
      return base::fail(base::ErrorCode::kInvalidInput, where + "not valid JSON");
    auto item = parse_item(object);
    if (!item) return base::fail(base::ErrorCode::kInvalidInput, where + item.error().message);
    if (contains_text(ids, item->id)) {
      return base::fail(base::ErrorCode::kInvalidInput, where + "id \"" + item->id + "\" repeated");
    }
    ids.push_back(item->id);
    items.push_back(std::move(*item));
  }
  return items;
}

base::Result<std::optional<model::Field>> field_of_veris(std::string_view json_text,
                                                         std::string_view name) {
  auto incident = parse_veris_json(json_text, name);
  if (!incident) return tl::unexpected(incident.error());
  return veris_rule(*incident);
}

base::Result<std::optional<LabelledItem>> parse_veris_incident(std::string_view json_text,
                                                               std::string_view name) {
  auto incident = parse_veris_json(json_text, name);
  if (!incident) return tl::unexpected(incident.error());
  const json& summary = member(*incident, "summary");
  const auto field = veris_rule(*incident);
  if (!summary.is_string() || summary.get_ref<const std::string&>().empty() || !field) {
    return std::optional<LabelledItem>();
  }
  LabelledItem item;
  const json& id = member(*incident, "incident_id");
  item.id = id.is_string() ? id.get<std::string>() : std::string(name);
  item.language = Language::kEn;
  item.split = "test";
  item.field = *field;
  item.text = summary.get<std::string>();
  return std::optional<LabelledItem>(std::move(item));
}

std::vector<LabelledItem> select_split(const std::vector<LabelledItem>& items,
                                       std::string_view split) {
  std::vector<LabelledItem> out;
  for (const auto& item : items) {
    if (split == "all" || item.split == split) out.push_back(item);
  }
  return out;
}

Prediction predict(DocumentAnalyzer& analyzer, const LabelledItem& item) {
  Analysis analysis = analyzer.analyze_text(item.text);
  Prediction prediction;
  if (analysis.classification.has_evidence) {
    prediction.field = analysis.classification.scores.front().field;
  }
  prediction.language = analysis.language;
  prediction.facts = std::move(analysis.facts);
  return prediction;
}

Evaluation evaluate(const std::vector<LabelledItem>& items,
                    const std::vector<Prediction>& predictions) {
  Evaluation evaluation;
  evaluation.all = empty_group("all");
  std::array<GroupEvaluation, 3> languages;
  for (const Language language : model::kAllLanguages) {
    languages[static_cast<std::size_t>(language)] =
        empty_group(std::string(model::language_code(language)));
  }
  const std::size_t count = std::min(items.size(), predictions.size());
  for (std::size_t i = 0; i < count; ++i) {
    tally(evaluation.all, items[i], predictions[i], &evaluation.misses);
    tally(languages[static_cast<std::size_t>(items[i].language)], items[i], predictions[i],
          nullptr);
  }
  finish(evaluation.all);
  for (auto& group : languages) {
    if (group.classification.items == 0) continue;
    finish(group);
    evaluation.languages.push_back(std::move(group));
  }
  return evaluation;
}

std::string evaluation_report(const Evaluation& evaluation, std::string_view title) {
  std::ostringstream out;
  out << title << "\n";
  for (const auto& group : evaluation.languages) append_group(out, group);
  append_group(out, evaluation.all);
  if (!evaluation.misses.empty()) {
    out << "misses (" << evaluation.misses.size() << "):\n";
    for (const Miss& miss : evaluation.misses) out << "  " << miss.id << ": " << miss.what << "\n";
  }
  return out.str();
}

std::string evaluation_to_json(const Evaluation& evaluation, std::string_view title) {
  json languages = json::array();
  for (const auto& group : evaluation.languages) languages.push_back(group_json(group));
  json misses = json::array();
  for (const Miss& miss : evaluation.misses)
    misses.push_back(json{{"id", miss.id}, {"what", miss.what}});
  json out = json::object();
  out["title"] = title;
  out["all"] = group_json(evaluation.all);
  out["languages"] = std::move(languages);
  out["misses"] = std::move(misses);
  return out.dump(2) + "\n";
}

}  // namespace kybersaa::text
