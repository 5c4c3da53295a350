#include "text/analysis_json.hpp"

#include <cmath>
#include <cstdint>
#include <nlohmann/json.hpp>

#include "model/field.hpp"
#include "model/incident_enums.hpp"

namespace kybersaa::text {
namespace {

using Json = nlohmann::ordered_json;

// Largest magnitude printed as an integer: doubles are exact below 2^53.
constexpr double kMaxExactInteger = 9007199254740992.0;

// Whole numbers print as integers ("50000", not "50000.0").
Json number_value(double value) {
  if (std::isfinite(value) && std::fabs(value) < kMaxExactInteger && value == std::floor(value)) {
    return static_cast<std::int64_t>(value);
  }
  return value;
}

double rounded(double value, double scale) { return std::round(value * scale) / scale; }

std::string format_number(double value) {
  Json json = number_value(value);
  return json.dump();
}

}  // namespace

std::string analysis_to_json(const Analysis& analysis) {
  const auto& classification = analysis.classification;
  const auto& facts = analysis.facts;
  Json out;
  out["language"] = std::string(model::language_code(analysis.language));
  out["kind"] = std::string(document_kind_name(analysis.kind));
  if (analysis.kind == DocumentKind::kPdf) out["pages"] = analysis.pages;
  out["encoding"] = analysis.encoding == SourceEncoding::kUtf8 ? "utf-8" : "windows-1252";
  out["section"] = std::string(model::field_id(classification.scores.front().field));
  Json sections = Json::array();
  for (const auto& score : classification.scores) {
    sections.push_back(Json{{"id", std::string(model::field_id(score.field))},
                            {"score", rounded(score.score, 1000)}});
  }
  out["sections"] = std::move(sections);
  out["rsit"] =
      Json{{"taxonomy", classification.rsit.taxonomy}, {"type", classification.rsit.type}};
  out["organizations"] = facts.organizations;
  Json dates = Json::array();
  for (const auto& date : facts.dates) {
    dates.push_back(Json{{"text", date.text}, {"value", date.value}, {"role", date.role}});
  }
  out["dates"] = std::move(dates);
  Json numbers = Json::array();
  for (const auto& number : facts.numbers) {
    numbers.push_back(Json{
        {"text", number.text}, {"value", number_value(number.value)}, {"about", number.about}});
  }
  out["numbers"] = std::move(numbers);
  Json quantities = Json::array();
  for (const auto& quantity : facts.quantities) {
    quantities.push_back(Json{
        {"text", quantity.text}, {"value", number_value(quantity.value)}, {"unit", quantity.unit}});
  }
  out["quantities"] = std::move(quantities);
  out["cves"] = facts.cves;
  out["urls"] = facts.urls;
  out["emails"] = facts.emails;
  Json personal = Json::array();
  for (const auto kind : facts.personal_data) {
    personal.push_back(std::string(model::personal_data_name(kind)));
  }
  out["personal_data"] = std::move(personal);
  Json explanation = Json::array();
  for (const auto& item : classification.explanation) {
    explanation.push_back(Json{{"term", item.term},
                               {"word", item.word},
                               {"field", std::string(model::field_id(item.field))},
                               {"count", item.count},
                               {"weight", rounded(item.weight, 100)}});
  }
  out["explanation"] = std::move(explanation);
  return out.dump(2) + "\n";
}

std::string analysis_summary(const Analysis& analysis) {
  const auto& classification = analysis.classification;
  const auto& facts = analysis.facts;
  const auto& best = classification.scores.front();
  std::string out;
  out += "language:      " + std::string(model::language_code(analysis.language)) + "\n";
  out += "kind:          " + std::string(document_kind_name(analysis.kind));
  if (analysis.kind == DocumentKind::kPdf) out += ", " + std::to_string(analysis.pages) + " pages";
  out += "\n";
  out += "section:       " + std::string(model::field_id(best.field)) + " (" +
         std::string(model::field_name(best.field, model::Language::kEn)) + ", score " +
         format_number(rounded(best.score, 100)) + ")\n";
  out += "rsit:          " + model::rsit_machine_tag(classification.rsit) + "\n";
  if (!classification.explanation.empty()) {
    out += "because:      ";
    for (std::size_t i = 0; i < classification.explanation.size() && i < 5; ++i) {
      const auto& item = classification.explanation[i];
      out += " " + item.word + " (" + std::string(model::field_id(item.field)) + ")";
    }
    out += "\n";
  }
  auto list = [&out](std::string_view label, const std::vector<std::string>& values) {
    if (values.empty()) return;
    out += std::string(label);
    for (std::size_t i = 0; i < values.size(); ++i) out += (i == 0 ? " " : ", ") + values[i];
    out += "\n";
  };
  list("organizations:", facts.organizations);
  std::vector<std::string> lines;
  for (const auto& date : facts.dates) {
    lines.push_back(date.value + " " + date.role + " (\"" + date.text + "\")");
  }
  list("dates:        ", lines);
  lines.clear();
  for (const auto& number : facts.numbers) {
    lines.push_back(format_number(number.value) + (number.about.empty() ? "" : " " + number.about) +
                    " (\"" + number.text + "\")");
  }
  list("numbers:      ", lines);
  lines.clear();
  for (const auto& quantity : facts.quantities) {
    lines.push_back(format_number(quantity.value) + " " + quantity.unit);
  }
  list("quantities:   ", lines);
  list("cves:         ", facts.cves);
  list("urls:         ", facts.urls);
  list("emails:       ", facts.emails);
  lines.clear();
  for (const auto kind : facts.personal_data) {
    lines.emplace_back(model::personal_data_name(kind));
  }
  list("personal data:", lines);
  return out;
}

}  // namespace kybersaa::text
