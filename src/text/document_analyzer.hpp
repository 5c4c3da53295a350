#pragma once
// The text pipeline as one call: bytes of a document in, what an analyst's
// first pass would note out (language, field, RSIT guess, facts, why).

#include <string_view>

#include "base/result.hpp"
#include "model/language.hpp"
#include "text/document_decoder.hpp"
#include "text/document_reader.hpp"
#include "text/facts.hpp"
#include "text/field_classifier.hpp"
#include "text/language_identifier.hpp"
#include "text/lemmatizer.hpp"

namespace kybersaa::text {

struct Analysis {
  model::Language language = model::Language::kEn;
  DocumentKind kind = DocumentKind::kText;  // what the bytes were (see read_document)
  std::size_t pages = 0;                    // PDF pages, 0 for other kinds
  SourceEncoding encoding = SourceEncoding::kUtf8;
  Classification classification;
  Facts facts;
};

// Runs decode → language id → tokenise → extract → classify. Owns a
// LanguageIdentifier, a Lemmatizer (Voikko) and a FieldClassifier with their
// caches, so it is not thread-safe: use one DocumentAnalyzer per thread.
class DocumentAnalyzer {
 public:
  // Opens the language fingerprints (see LanguageIdentifier::open) and the
  // lemmatizer. Fails with kUnavailable when either cannot be loaded.
  [[nodiscard]] static base::Result<DocumentAnalyzer> open(
      const std::filesystem::path& fingerprint_dir = {});

  // Analyses the bytes of the document called `name` (used in messages):
  // plain text, HTML, PDF or e-mail, recognised by content. Fails with
  // kInvalidInput naming `name` when the bytes cannot be read as a document
  // (see read_document).
  [[nodiscard]] base::Result<Analysis> analyze(std::string_view bytes, std::string_view name);

  // Analyses the text of a document read by read_document, noting its kind,
  // pages and encoding. Never fails.
  Analysis analyze_document(const Document& document);

  // Analyses UTF-8 text that is already decoded. Never fails.
  Analysis analyze_text(std::string_view text);

  // True when Finnish base forms come from Voikko (else Snowball stems).
  bool has_voikko() const { return lemmatizer_.has_voikko(); }
  // The analyzer's base-form lookup (Voikko and its cache), for callers that
  // compare documents by their terms without opening Voikko again.
  Lemmatizer& lemmatizer() { return lemmatizer_; }

 private:
  DocumentAnalyzer(LanguageIdentifier identifier, Lemmatizer lemmatizer)
      : identifier_(std::move(identifier)), lemmatizer_(std::move(lemmatizer)) {}

  LanguageIdentifier identifier_;
  Lemmatizer lemmatizer_;
  FieldClassifier classifier_;
};

}  // namespace kybersaa::text
