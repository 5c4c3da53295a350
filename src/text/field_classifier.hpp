#pragma once
// Classification of a document into the six fields of the report, with the
// words that decided it and a best-guess RSIT class.

#include <array>
#include <cstddef>
#include <string>
#include <unordered_map>
#include <vector>

#include "model/field.hpp"
#include "model/language.hpp"
#include "model/rsit.hpp"
#include "text/lemmatizer.hpp"
#include "text/tokenizer.hpp"

namespace kybersaa::text {

struct FieldScore {
  model::Field field = model::Field::kNetwork;
  double score = 0;  // share of the document's lexicon evidence, 0..1; all six sum to 1 or 0
};

// One lexicon term that matched, and how much it added to its field.
struct TermEvidence {
  std::string term;  // the lexicon term, e.g. "tietomur"
  std::string word;  // the first word it matched as written in lower case, e.g. "tietomurron"
  model::Field field = model::Field::kNetwork;
  int count = 0;      // how many words it matched
  double weight = 0;  // what it added to the field's raw score
};

struct Classification {
  std::vector<FieldScore> scores;         // all six, best first (ties in report order)
  model::RsitClass rsit;                  // best guess for the best field
  std::vector<TermEvidence> explanation;  // strongest evidence first, at most kMaxExplanation
  bool has_evidence = false;              // false when no term matched: the order is then arbitrary
};

// How many terms an explanation lists.
inline constexpr std::size_t kMaxExplanation = 12;

// Scores documents against a lexicon of word stems and compound parts per
// field (Finnish, Swedish and English). Keeps a per-word cache, so it is not
// thread-safe: one per thread, like the Lemmatizer it uses.
class FieldClassifier {
 public:
  FieldClassifier();

  // Returns the classification of the words among `tokens`, written in
  // `language`, looking up their base forms and compound parts in
  // `lemmatizer`. Never fails; a text with no lexicon words gets
  // has_evidence false, all scores 0 and RSIT other/undetermined.
  Classification classify(const std::vector<Token>& tokens, model::Language language,
                          Lemmatizer& lemmatizer);

 private:
  struct WordMatch {
    std::size_t term = 0;  // index into the lexicon
  };
  const std::vector<WordMatch>& matches_of(const std::string& lower_word, model::Language language,
                                           Lemmatizer& lemmatizer);

  std::unordered_map<std::string, std::vector<std::size_t>> term_index_;  // term → lexicon rows
  std::array<std::unordered_map<std::string, std::vector<WordMatch>>, 3> cache_;
};

}  // namespace kybersaa::text
