#include "text/tokenizer.hpp"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace kybersaa::text {
namespace {

std::vector<std::string> texts(std::string_view text, TokenKind kind) {
  std::vector<std::string> out;
  for (const auto& token : tokenize(text)) {
    if (token.kind == kind) out.emplace_back(text.substr(token.begin, token.end - token.begin));
  }
  return out;
}

TEST(Tokenizer, KeepsCveUrlEmailAndIsoDateWhole) {
  const std::string text =
      "Ks. cve-2019-16759 ja https://example.fi/a?b=1). Kysy: soc@example.fi. Julkaistu "
      "2026-01-30.";
  EXPECT_EQ(texts(text, TokenKind::kCve), std::vector<std::string>{"cve-2019-16759"});
  EXPECT_EQ(tokenize(text)[2].lower, "CVE-2019-16759");
  EXPECT_EQ(texts(text, TokenKind::kUrl), std::vector<std::string>{"https://example.fi/a?b=1"});
  EXPECT_EQ(texts(text, TokenKind::kEmail), std::vector<std::string>{"soc@example.fi"});
  EXPECT_EQ(texts(text, TokenKind::kIsoDate), std::vector<std::string>{"2026-01-30"});
}

TEST(Tokenizer, KeepsNumbersWithInnerSeparators) {
  EXPECT_EQ(texts("30.1.2026 klo 16.55, 2,5 % ja 20 000.", TokenKind::kNumber),
            (std::vector<std::string>{"30.1.2026", "16.55", "2,5", "20", "000"}));
}

TEST(Tokenizer, KeepsHyphenatedWordsAndLowerCasesThem) {
  const auto tokens = tokenize("IP-osoite ÄÖÅ-testi");
  ASSERT_EQ(tokens.size(), 2u);
  EXPECT_EQ(tokens[0].lower, "ip-osoite");
  EXPECT_EQ(tokens[1].lower, "äöå-testi");
  EXPECT_TRUE(tokens[1].capitalized);
}

TEST(Tokenizer, EndsSentencesAtFullStopBeforeCapitalAndAtBlankLines) {
  const auto tokens = tokenize("Noin n. 50 000 käyttäjää. Toinen lause\n\nKolmas");
  EXPECT_EQ(sentence_ends(tokens), (std::vector<std::size_t>{7, 9, 10}));
}

}  // namespace
}  // namespace kybersaa::text
