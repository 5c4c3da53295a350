#pragma once
// Extraction of the facts in a document: dates and their roles, counts and
// what they count, quantities with units, CVE ids, URLs, e-mail addresses,
// organisations and the kinds of personal data mentioned.

#include <string_view>
#include <vector>

#include "model/language.hpp"
#include "text/facts.hpp"
#include "text/tokenizer.hpp"

namespace kybersaa::text {

// Returns the facts of `text`, written in `language`, whose tokens are
// `tokens` (from tokenize(text)). Pure and thread-safe. Never fails: what it
// cannot read it leaves out.
Facts extract_facts(std::string_view text, const std::vector<Token>& tokens,
                    model::Language language);

// Tokenizes `text` and returns its facts (for tests and one-off use).
Facts extract_facts(std::string_view text, model::Language language);

}  // namespace kybersaa::text
