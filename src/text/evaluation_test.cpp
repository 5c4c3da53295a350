#include "text/evaluation.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <string>
#include <vector>

#include "base/file.hpp"
#include "text/document_analyzer.hpp"

namespace kybersaa::text {
namespace {

using model::Field;
using model::Language;

constexpr std::string_view kTwoItems =
    R"({"id":"fi-1","lang":"fi","split":"train","field":"network","text":"Palvelunestohyökkäys 5.2.2026.","facts":{"dates":["2026-02-05"],"numbers":[],"quantities":[59]}})"
    "\n\n"
    R"({"id":"en-1","lang":"en","split":"test","field":"breaches-leaks","text":"A breach.","facts":{"cves":["CVE-2026-1"],"organizations":["Valtori"]}})"
    "\n";

TEST(LabelledCorpus, ParsesItemsAndSkipsBlankLines) {
  auto items = parse_labelled_corpus(kTwoItems, "corpus.jsonl");
  ASSERT_TRUE(items) << items.error().message;
  ASSERT_EQ(items->size(), 2u);
  EXPECT_EQ((*items)[0].id, "fi-1");
  EXPECT_EQ((*items)[0].language, Language::kFi);
  EXPECT_EQ((*items)[0].field, Field::kNetwork);
  EXPECT_EQ((*items)[0].facts.dates, std::vector<std::string>{"2026-02-05"});
  EXPECT_EQ((*items)[0].facts.quantities, std::vector<double>{59});
  EXPECT_EQ((*items)[1].split, "test");
  EXPECT_EQ((*items)[1].facts.organizations, std::vector<std::string>{"Valtori"});
  EXPECT_EQ(select_split(*items, "test").size(), 1u);
  EXPECT_EQ(select_split(*items, "all").size(), 2u);
}

TEST(LabelledCorpus, NamesFileAndLineOfABadItem) {
  const std::string good =
      R"({"id":"a","lang":"fi","split":"train","field":"network","text":"x","facts":{}})";
  const std::vector<std::pair<std::string, std::string>> cases = {
      {"{not json", "c.jsonl:2: not valid JSON"},
      {R"({"id":"b","lang":"de","split":"train","field":"network","text":"x"})",
       "c.jsonl:2: unknown lang \"de\""},
      {R"({"id":"b","lang":"fi","split":"dev","field":"network","text":"x"})",
       "c.jsonl:2: split must be \"train\" or \"test\", not \"dev\""},
      {R"({"id":"b","lang":"fi","split":"test","field":"weather","text":"x"})",
       "c.jsonl:2: unknown field \"weather\""},
      {R"({"id":"b","lang":"fi","split":"test","field":"network","text":""})",
       "c.jsonl:2: \"text\" must be a non-empty string"},
      {R"({"id":"b","lang":"fi","split":"test","field":"network","text":"x","facts":{"numbers":["7"]}})",
       "c.jsonl:2: facts.numbers must be an array of numbers"},
      {R"({"id":"b","lang":"fi","split":"test","field":"network","text":"x","facts":{"colours":[]}})",
       "c.jsonl:2: unknown fact kind \"colours\""},
      {good, "c.jsonl:2: id \"a\" repeated"},
  };
  for (const auto& [line, message] : cases) {
    auto items = parse_labelled_corpus(good + "\n" + line + "\n", "c.jsonl");
    ASSERT_FALSE(items) << line;
    EXPECT_EQ(items.error().code, base::ErrorCode::kInvalidInput);
    EXPECT_EQ(items.error().message, message);
  }
}

std::optional<Field> veris_field(const std::string& json) {
  auto field = field_of_veris(json, "incident.json");
  EXPECT_TRUE(field) << json;
  return field ? *field : std::nullopt;
}

TEST(VerisMapping, AppliesTheRulesInOrder) {
  EXPECT_EQ(veris_field(R"({"actor":{"external":{"motive":["Espionage"]}},
      "action":{"hacking":{"variety":["Exploit vuln"]}},"attribute":{"confidentiality":{}}})"),
            Field::kEspionage);
  EXPECT_EQ(veris_field(R"({"action":{"hacking":{"variety":["DoS"]}}})"), Field::kNetwork);
  EXPECT_EQ(veris_field(R"({"action":{"hacking":{"variety":["Use of stolen creds"]}},
      "asset":{"assets":[{"variety":"S - ICS"}]},"attribute":{"integrity":{}}})"),
            Field::kAutomationIot);
  EXPECT_EQ(veris_field(R"({"action":{"social":{"variety":["Phishing"]}},
      "attribute":{"confidentiality":{}}})"),
            Field::kScamsPhishing);
  EXPECT_EQ(veris_field(R"({"action":{"physical":{"variety":["Theft"]}},
      "attribute":{"confidentiality":{},"availability":{}}})"),
            Field::kBreachesLeaks);
  EXPECT_EQ(veris_field(R"({"action":{"malware":{"variety":["Ransomware"]},
      "social":{"variety":["Extortion"]}},"attribute":{"availability":{}}})"),
            Field::kMalwareVulnerabilities);
  EXPECT_EQ(veris_field(R"({"action":{"environmental":{"variety":["Humidity"]}},
      "attribute":{"availability":{}}})"),
            Field::kNetwork);
  EXPECT_EQ(veris_field(R"({"action":{"error":{"variety":["Misdelivery"]}}})"), std::nullopt);
}

TEST(VerisMapping, RefusesWhatIsNotAnIncident) {
  auto field = field_of_veris("[1, 2]", "x.json");
  ASSERT_FALSE(field);
  EXPECT_EQ(field.error().message, "x.json: not a VERIS incident (a JSON object with \"action\")");
}

TEST(VerisMapping, TakesTheSummaryAsAnEnglishTestItem) {
  auto item = parse_veris_incident(
      R"({"incident_id":"ABC","summary":"Ransomware hit the station.",
          "action":{"malware":{"variety":["Ransomware"]}}})",
      "abc.json");
  ASSERT_TRUE(item && *item);
  EXPECT_EQ((*item)->id, "ABC");
  EXPECT_EQ((*item)->language, Language::kEn);
  EXPECT_EQ((*item)->split, "test");
  EXPECT_EQ((*item)->field, Field::kMalwareVulnerabilities);
  EXPECT_EQ((*item)->text, "Ransomware hit the station.");
  auto without_summary =
      parse_veris_incident(R"({"action":{"malware":{"variety":["Ransomware"]}}})", "x.json");
  ASSERT_TRUE(without_summary);
  EXPECT_FALSE(*without_summary);
}

LabelledItem item_of(std::string id, Language language, Field field) {
  LabelledItem item;
  item.id = std::move(id);
  item.language = language;
  item.split = "test";
  item.field = field;
  item.text = "x";
  return item;
}

Prediction predicted(std::optional<Field> field, Language language) {
  Prediction prediction;
  prediction.field = field;
  prediction.language = language;
  return prediction;
}

TEST(Evaluate, ComputesPrecisionRecallF1AndTheConfusionMatrix) {
  // Three network items, one predicted as breaches; two breach items, one
  // with no evidence at all.
  std::vector<LabelledItem> items = {
      item_of("n1", Language::kFi, Field::kNetwork),
      item_of("n2", Language::kFi, Field::kNetwork),
      item_of("n3", Language::kSv, Field::kNetwork),
      item_of("b1", Language::kFi, Field::kBreachesLeaks),
      item_of("b2", Language::kSv, Field::kBreachesLeaks),
  };
  std::vector<Prediction> predictions = {
      predicted(Field::kNetwork, Language::kFi),
      predicted(Field::kNetwork, Language::kFi),
      predicted(Field::kBreachesLeaks, Language::kSv),
      predicted(Field::kBreachesLeaks, Language::kFi),
      predicted(std::nullopt, Language::kEn),
  };
  const Evaluation evaluation = evaluate(items, predictions);
  const auto& metrics = evaluation.all.classification;
  EXPECT_EQ(metrics.items, 5);
  EXPECT_EQ(metrics.correct, 3);
  const FieldMetrics& network = metrics.fields[model::field_index(Field::kNetwork)];
  EXPECT_EQ(network.support, 3);
  EXPECT_DOUBLE_EQ(network.precision, 1.0);
  EXPECT_DOUBLE_EQ(network.recall, 2.0 / 3);
  EXPECT_DOUBLE_EQ(network.f1, 0.8);
  const FieldMetrics& breaches = metrics.fields[model::field_index(Field::kBreachesLeaks)];
  EXPECT_DOUBLE_EQ(breaches.precision, 0.5);
  EXPECT_DOUBLE_EQ(breaches.recall, 0.5);
  EXPECT_DOUBLE_EQ(metrics.macro_f1, (0.8 + 0.5) / 2);  // fields without items do not count
  EXPECT_EQ(metrics.confusion[model::field_index(Field::kNetwork)]
                             [model::field_index(Field::kBreachesLeaks)],
            1);
  EXPECT_EQ(metrics.confusion[model::field_index(Field::kBreachesLeaks)][kConfusionColumns - 1], 1);
  EXPECT_EQ(evaluation.all.language_right, 4);
  ASSERT_EQ(evaluation.languages.size(), 2u);  // no English items
  EXPECT_EQ(evaluation.languages[0].name, "fi");
  EXPECT_EQ(evaluation.languages[0].classification.correct, 3);
  EXPECT_EQ(evaluation.languages[1].name, "sv");
  EXPECT_EQ(evaluation.languages[1].classification.correct, 0);
  ASSERT_EQ(evaluation.misses.size(), 2u);
  EXPECT_EQ(evaluation.misses[0].id, "n3");
  EXPECT_EQ(evaluation.misses[0].what, "field network, got breaches-leaks");
  EXPECT_EQ(evaluation.misses[1].what, "field breaches-leaks, got none");
}

TEST(Evaluate, CountsFactRecallPerKind) {
  LabelledItem item = item_of("f1", Language::kFi, Field::kNetwork);
  item.facts.dates = {"2026-01-30", "2018-11/2019-03"};
  item.facts.numbers = {20000, 50000};
  item.facts.quantities = {59};
  item.facts.cves = {"CVE-2024-3400"};
  Prediction prediction = predicted(Field::kNetwork, Language::kFi);
  prediction.facts.dates = {DateMention{"30.1.2026", "2026-01-30", "detected"}};
  prediction.facts.numbers = {NumberMention{"20 000", 20000, "users"}, NumberMention{"7", 7, ""}};
  prediction.facts.quantities = {Quantity{"59 Gbit/s", 59, "Gbit/s"}};
  const Evaluation evaluation = evaluate({item}, {prediction});
  const auto& facts = evaluation.all.facts;
  ASSERT_EQ(facts.size(), 5u);
  EXPECT_EQ(facts[0].kind, "dates");
  EXPECT_EQ(facts[0].found, 1);
  EXPECT_EQ(facts[0].expected, 2);
  EXPECT_EQ(facts[1].found, 1);
  EXPECT_DOUBLE_EQ(facts[2].recall(), 1.0);
  EXPECT_EQ(facts[3].found, 0);
  EXPECT_DOUBLE_EQ(facts[4].recall(), 1.0);  // nothing expected
  ASSERT_EQ(evaluation.misses.size(), 3u);
  EXPECT_EQ(evaluation.misses[0].what, "dates 2018-11/2019-03");
  EXPECT_EQ(evaluation.misses[1].what, "numbers 50000");
  EXPECT_EQ(evaluation.misses[2].what, "cves CVE-2024-3400");
}

TEST(Evaluate, ReportsAsTextAndJson) {
  const Evaluation evaluation = evaluate({item_of("n1", Language::kEn, Field::kNetwork)},
                                         {predicted(Field::kNetwork, Language::kEn)});
  const std::string text = evaluation_report(evaluation, "title");
  EXPECT_NE(text.find("[en] 1 items, accuracy 1.000 (1/1), macro-F1 1.000"), std::string::npos)
      << text;
  EXPECT_NE(text.find("  network                      1.000   1.000   1.000       1"),
            std::string::npos)
      << text;
  const std::string json = evaluation_to_json(evaluation, "title");
  EXPECT_NE(json.find("\"macro_f1\": 1.0"), std::string::npos) << json;
  EXPECT_EQ(json.back(), '\n');
}

// Real English text: the VCDB incidents in the shared evaluation data
// (../shared/data/vcdb_sample), mapped to fields by field_of_veris(). The
// figures are printed; five incidents are too few for a floor worth the name,
// so the test asserts only that every record is read and mapped.
TEST(VcdbSample, ClassifiesTheSummariesOfRealIncidents) {
  namespace fs = std::filesystem;
  const fs::path data = fs::path(KYBERSAA_SHARED_DATA_DIR) / "vcdb_sample";
  if (!fs::is_directory(data)) {
    GTEST_SKIP() << "shared evaluation data not found at " << data << " (vcdb_sample/*.json)";
  }
  std::vector<fs::path> files;
  for (const auto& entry : fs::directory_iterator(data)) {
    if (entry.path().extension() == ".json") files.push_back(entry.path());
  }
  std::sort(files.begin(), files.end());
  auto analyzer = DocumentAnalyzer::open();
  ASSERT_TRUE(analyzer) << analyzer.error().message;
  std::vector<LabelledItem> items;
  std::vector<Prediction> predictions;
  for (const auto& file : files) {
    auto bytes = base::read_file(file);
    ASSERT_TRUE(bytes) << bytes.error().message;
    auto item = parse_veris_incident(*bytes, file.filename().string());
    ASSERT_TRUE(item) << item.error().message;
    ASSERT_TRUE(*item) << file << ": no summary or no field by the VERIS rule";
    predictions.push_back(predict(*analyzer, **item));
    items.push_back(std::move(**item));
  }
  ASSERT_FALSE(items.empty());
  std::printf("%s", evaluation_report(evaluate(items, predictions), "vcdb_sample").c_str());
}

}  // namespace
}  // namespace kybersaa::text
