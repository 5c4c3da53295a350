#include "text/document_analyzer.hpp"

#include "text/fact_extractor.hpp"
#include "text/tokenizer.hpp"

namespace kybersaa::text {

base::Result<DocumentAnalyzer> DocumentAnalyzer::open(
    const std::filesystem::path& fingerprint_dir) {
  auto identifier = LanguageIdentifier::open(fingerprint_dir);
  if (!identifier) return tl::unexpected(identifier.error());
  auto lemmatizer = Lemmatizer::open();
  if (!lemmatizer) return tl::unexpected(lemmatizer.error());
  return DocumentAnalyzer(std::move(*identifier), std::move(*lemmatizer));
}

base::Result<Analysis> DocumentAnalyzer::analyze(std::string_view bytes, std::string_view name) {
  auto document = read_document(bytes, name);
  if (!document) return tl::unexpected(document.error());
  return analyze_document(*document);
}

Analysis DocumentAnalyzer::analyze_document(const Document& document) {
  Analysis analysis = analyze_text(document.text);
  analysis.kind = document.kind;
  analysis.pages = document.pages.size();
  analysis.encoding = document.encoding;
  return analysis;
}

Analysis DocumentAnalyzer::analyze_text(std::string_view text) {
  Analysis analysis;
  analysis.language = identifier_.identify(text);
  const std::vector<Token> tokens = tokenize(text);
  analysis.facts = extract_facts(text, tokens, analysis.language);
  analysis.classification = classifier_.classify(tokens, analysis.language, lemmatizer_);
  return analysis;
}

}  // namespace kybersaa::text
