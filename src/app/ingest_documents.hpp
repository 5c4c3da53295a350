#pragma once
// Ingesting documents (press releases, situation updates, advisories): read,
// analyse, draft an incident, or link the document to the incident it
// updates, and store both in one transaction. See docs/formats/documents.md.

#include <cstdint>
#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include "base/clock.hpp"
#include "base/result.hpp"
#include "store/store.hpp"
#include "text/document_analyzer.hpp"
#include "text/lemmatizer.hpp"

namespace kybersaa::app {

// How many days before or after an incident's report time a document may be
// and still update it. Situation updates follow within days or weeks.
inline constexpr std::int64_t kLinkWindowDays = 60;

// The least content similarity (Jaccard index of the two documents' term
// sets, see document_similarity) at which a document of the same
// organisation and time is taken as an update of an incident.
inline constexpr double kLinkThreshold = 0.25;

// True when `bytes` are in a record format a registered parser reads
// (notification JSON Lines): such files go to ingest_bytes (ingest_files.hpp),
// everything else is a document.
bool is_record_file(std::string_view bytes);

// What ingesting one document did.
struct DocumentIngest {
  enum class Outcome {
    kDrafted,    // a new draft incident
    kLinked,     // a new version of an incident already stored
    kUnchanged,  // the same document was stored before: nothing changed
  };
  std::string file;  // the name as given
  Outcome outcome = Outcome::kDrafted;
  std::string incident_id;
  int version = 0;
  std::vector<store::FactChange> changes;  // what a linked update changed
  double similarity = 0;                   // to the incident it was linked to
};

// Ingests documents into a store. Holds the text pipeline (Voikko and
// textcat handles), so it is not thread-safe: one per thread.
class DocumentIngester {
 public:
  // Opens the text pipeline (see text::DocumentAnalyzer::open). `clock`
  // stamps each document's ingest time and must outlive the ingester.
  [[nodiscard]] static base::Result<DocumentIngester> open(
      const base::Clock& clock, const std::filesystem::path& fingerprint_dir = {});

  // Ingests the document in `bytes`, called `name` in messages and in the
  // store: all of it or, on any error, nothing. Errors name the file.
  [[nodiscard]] base::Result<DocumentIngest> ingest_bytes(store::Store& store,
                                                          const std::string& name,
                                                          std::string_view bytes);

  // Reads the file at `path` and ingests it as ingest_bytes does.
  [[nodiscard]] base::Result<DocumentIngest> ingest_file(store::Store& store,
                                                         const std::filesystem::path& path);

  // Returns the Jaccard index (0..1) of the term sets of two texts written in
  // `language`: each word of at least four bytes contributes its base forms,
  // compound parts and stem (the word itself when it has none), and each CVE
  // id itself. Symmetric; 0 when both are empty.
  double document_similarity(std::string_view a, std::string_view b, model::Language language);

 private:
  DocumentIngester(text::DocumentAnalyzer analyzer, const base::Clock& clock)
      : analyzer_(std::move(analyzer)), clock_(&clock) {}

  // The sorted term set of `text` (see document_similarity).
  std::vector<std::string> terms_of(std::string_view text, model::Language language);
  // The Jaccard index of two sorted term sets.
  static double term_similarity(const std::vector<std::string>& terms_a,
                                const std::vector<std::string>& terms_b);

  text::DocumentAnalyzer analyzer_;
  const base::Clock* clock_;
};

}  // namespace kybersaa::app
