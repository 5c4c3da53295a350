#pragma once
// Measuring the text pipeline against labelled items: how well the
// classifier picks the field (precision, recall and F1 per field, macro-F1, a
// confusion matrix) and how many of the facts an analyst listed the
// extractor found (recall per kind). The items come from the project's
// labelled corpus (JSON Lines, tests/data/text/corpus.jsonl) or from VERIS
// incident records (VCDB), whose summary is the text and whose actions and
// attributes give the field by the rule of field_of_veris().

#include <array>
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/result.hpp"
#include "model/field.hpp"
#include "model/language.hpp"
#include "text/facts.hpp"

namespace kybersaa::text {

class DocumentAnalyzer;

// The facts an analyst listed for an item; each list may be empty.
struct ExpectedFacts {
  std::vector<std::string> dates;  // ISO values as DateMention::value writes them
  std::vector<double> numbers;     // counts (NumberMention::value)
  std::vector<double> quantities;  // amounts with a unit (Quantity::value)
  std::vector<std::string> cves;
  std::vector<std::string> organizations;  // base forms
};

// One labelled item: a short text, its language, its field and its facts.
struct LabelledItem {
  std::string id;
  model::Language language = model::Language::kFi;
  std::string split;  // "train" or "test"
  model::Field field = model::Field::kNetwork;
  std::string text;
  ExpectedFacts facts;
};

// Returns the items of a labelled corpus in JSON Lines: one object a line
// with "id", "lang" (fi/sv/en), "split" (train/test), "field" (one of the six
// ids), "text" (non-empty) and "facts" (an object whose optional keys
// "dates", "cves", "organizations" are arrays of strings and "numbers",
// "quantities" arrays of numbers). Blank lines are skipped. Fails with
// kInvalidInput "NAME:LINE: reason" at the first bad line or repeated id.
[[nodiscard]] base::Result<std::vector<LabelledItem>> parse_labelled_corpus(std::string_view bytes,
                                                                            std::string_view name);

// Returns the field a VERIS incident belongs to, by the first rule that
// applies (VERIS 1.3/1.4 names):
//   1. an actor's motive is Espionage                        → espionage
//   2. a hacking or malware variety is DoS                   → network
//   3. an asset is ICS, PLC or a networked camera            → automation-iot
//   4. a social variety is Phishing, Pretexting, Scam, Forgery or Baiting
//                                                            → scams-phishing
//   5. the confidentiality attribute is affected              → breaches-leaks
//   6. a malware action, or hacking by Exploit vuln          → malware-vulnerabilities
//   7. the availability attribute is affected                 → network
// nullopt when none applies. `json` is the incident record; fails with
// kInvalidInput naming `name` when it is not a JSON object with "action".
[[nodiscard]] base::Result<std::optional<model::Field>> field_of_veris(std::string_view json,
                                                                       std::string_view name);

// Returns a VERIS incident as a labelled English item: its "summary" as the
// text, field_of_veris() as the field, `id` from "incident_id" (else `name`),
// split "test" (nothing is tuned on them), no facts. nullopt when the record
// has no summary or no rule gives it a field. Fails as field_of_veris().
[[nodiscard]] base::Result<std::optional<LabelledItem>> parse_veris_incident(std::string_view json,
                                                                             std::string_view name);

// Returns the items of `split` ("train", "test"; "all" keeps every item).
std::vector<LabelledItem> select_split(const std::vector<LabelledItem>& items,
                                       std::string_view split);

// What the pipeline said about one item.
struct Prediction {
  std::optional<model::Field> field;  // nullopt: no lexicon evidence at all
  model::Language language = model::Language::kFi;
  Facts facts;
};

// Returns the prediction of `analyzer` for `item` (not thread-safe, as the
// analyzer).
Prediction predict(DocumentAnalyzer& analyzer, const LabelledItem& item);

struct FieldMetrics {
  model::Field field = model::Field::kNetwork;
  int support = 0;    // items labelled with the field
  int predicted = 0;  // items predicted as the field
  int correct = 0;    // both
  double precision = 0;
  double recall = 0;
  double f1 = 0;
};

// The number of columns of a confusion row: the six fields, then "none"
// (no lexicon evidence).
inline constexpr std::size_t kConfusionColumns = 7;

struct ClassificationMetrics {
  int items = 0;
  int correct = 0;
  std::array<FieldMetrics, 6> fields;  // in report order
  double macro_f1 = 0;                 // mean F1 over the fields labelled or predicted
  // confusion[labelled][predicted]: rows in report order, columns the same
  // plus "none".
  std::array<std::array<int, kConfusionColumns>, 6> confusion{};
  double accuracy() const { return items == 0 ? 0.0 : static_cast<double>(correct) / items; }
};

struct FactRecall {
  std::string kind;  // dates, numbers, quantities, cves, organizations
  int expected = 0;
  int found = 0;
  double recall() const { return expected == 0 ? 1.0 : static_cast<double>(found) / expected; }
};

// A labelled item the pipeline got wrong, or a fact it did not find.
struct Miss {
  std::string id;
  std::string what;  // "field breaches-leaks, got malware-vulnerabilities", "dates 2026-01-30"
};

// The metrics of one group of items (all items, or one language).
struct GroupEvaluation {
  std::string name;  // "all", "fi", "sv", "en"
  ClassificationMetrics classification;
  std::vector<FactRecall> facts;  // the five kinds, in the order of ExpectedFacts
  int language_right = 0;         // items whose language was identified as labelled
};

struct Evaluation {
  GroupEvaluation all;
  std::vector<GroupEvaluation> languages;  // fi, sv, en: those with items
  std::vector<Miss> misses;                // in item order
};

// Returns the metrics of `predictions` against `items` (the same length and
// order). Pure.
Evaluation evaluate(const std::vector<LabelledItem>& items,
                    const std::vector<Prediction>& predictions);

// Returns the evaluation as text for people: per language and in all, the
// per-field table, macro-F1, the confusion matrix, fact recall, then the
// misses. `title` heads it (e.g. "corpus.jsonl, split test").
std::string evaluation_report(const Evaluation& evaluation, std::string_view title);

// Returns the evaluation as one JSON object (2-space indented, newline at the
// end): {"title", "all", "languages": [...], "misses": [...]}, each group
// {"name", "items", "correct", "accuracy", "macro_f1", "fields": [{"id",
// "support", "predicted", "correct", "precision", "recall", "f1"}],
// "confusion": {"columns": [...], "rows": [{"id", "counts"}]}, "facts":
// [{"kind", "expected", "found", "recall"}], "language_right"}.
std::string evaluation_to_json(const Evaluation& evaluation, std::string_view title);

}  // namespace kybersaa::text
