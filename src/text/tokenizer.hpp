#pragma once
// Splits UTF-8 text into the tokens the extractor and classifier work on.
// Unlike a general word breaker it keeps whole what a CERT's text depends on:
// URLs, e-mail addresses, CVE ids and ISO dates become single tokens, and
// numbers keep their inner separators ("30.1.2026", "2,5", "16.55"). Space
// separated thousands ("20 000") stay two number tokens that the extractor
// joins, because only the sentence can tell "20 000" from "2018 100".

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace kybersaa::text {

enum class TokenKind {
  kWord,     // letters, digits after a letter, inner hyphens: "IP-osoite", "Log4j"
  kNumber,   // digits with inner '.', ',' or ':' between digits: "30.1.2026"
  kPunct,    // any other single visible character: ".", "%", "/", "–", "€"
  kUrl,      // http(s)://…, hxxp(s)://…, www.…
  kEmail,    // local@domain.tld
  kCve,      // CVE-2019-16759 (any case in the text)
  kIsoDate,  // 2026-01-30
};

struct Token {
  TokenKind kind = TokenKind::kWord;
  std::size_t begin = 0;  // byte offsets into the text
  std::size_t end = 0;
  std::string lower;              // lower-case text of words; the text itself otherwise
  bool capitalized = false;       // a word starting with an upper-case letter
  bool space_before = false;      // whitespace between this and the previous token
  bool paragraph_before = false;  // a blank line between this and the previous token
};

// Returns the tokens of `text` (valid UTF-8) in order. Whitespace and
// control characters separate tokens and are not tokens themselves.
std::vector<Token> tokenize(std::string_view text);

// Returns the indices one past the last token of each sentence. A sentence
// ends at '.', '!' or '?' followed by a capitalised word, or at a blank line.
std::vector<std::size_t> sentence_ends(const std::vector<Token>& tokens);

}  // namespace kybersaa::text
