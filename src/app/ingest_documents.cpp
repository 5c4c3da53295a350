// Ingesting a document: draft an incident, or link a situation update to the
// incident it updates.
//
// A document becomes an incident in four steps:
//   1. read: text::read_document (plain text, HTML, PDF, e-mail), then the
//      text pipeline (language, facts, field, RSIT);
//   2. draft: the facts as a draft incident (status "draft"), its time the
//      detected date, else the published date (or an e-mail's Date), else
//      the started date, else the first date the text gives, else the
//      ingest time;
//   3. link: incidents drafted from earlier documents of the same
//      organisation, reported within kLinkWindowDays of the draft, are
//      candidates; the one whose documents are most similar to this one, if
//      at least kLinkThreshold, is the incident this document updates;
//   4. store: the document and the new or updated incident in one
//      transaction.
//
// Similarity is the Jaccard index |A ∩ B| / |A ∪ B| of two term sets, where a
// term is a base form, compound part or stem of a word of four bytes or more
// (Voikko for Finnish, Snowball otherwise), or a CVE id. Base forms make
// "tietomurrosta" and "tietomurto" the same term; the length floor leaves
// out most function words, which every text of a language shares. Numbers
// and dates are not terms: they are what an update changes. Worked example:
// a press release with 100 terms and an update with 80, 60 of them shared,
// have J = 60 / (100 + 80 - 60) = 0.5. On the fixtures in
// tests/data/text/updates a release and its update score 0.74-0.78 (fi, sv,
// en); another story of the same organisation 0.07, another organisation's
// 0.09. The threshold 0.25 sits between with room for updates rewritten more
// than these, and organisation and time must match first, so a generic
// overlap never links on its own.
//
// An update changes the facts it states: affected people and devices (the
// last count in the document is its latest estimate), detected and started
// dates, and personal-data kinds (added to those known). Title, summary,
// field, RSIT class, report time and status stay as the first version set
// them: those are for the analyst who reviews the draft.

#include "app/ingest_documents.hpp"

#include <algorithm>
#include <array>
#include <set>

#include "base/digest.hpp"
#include "base/file.hpp"
#include "ingest/parser.hpp"
#include "ingest/registry.hpp"
#include "model/calendar.hpp"
#include "text/document_reader.hpp"
#include "text/tokenizer.hpp"

namespace kybersaa::app {
namespace {

constexpr std::int64_t kSecondsPerDay = 24 * 60 * 60;
// A title or summary longer than this is cut (at a character boundary).
constexpr std::size_t kMaxTitleBytes = 200;
constexpr std::size_t kMaxSummaryBytes = 600;
// Shorter words are mostly function words ("ja", "och", "the", "that").
constexpr std::size_t kMinTermBytes = 4;

// What the counted things are, as the extractor names them.
constexpr std::array<std::string_view, 6> kPeopleCounts = {"users",    "customers", "people",
                                                           "patients", "accounts",  "records"};
constexpr std::array<std::string_view, 2> kDeviceCounts = {"devices", "servers"};

bool contains(std::span<const std::string_view> words, std::string_view word) {
  return std::find(words.begin(), words.end(), word) != words.end();
}

// Cuts `text` to at most `max_bytes` without splitting a UTF-8 character.
std::string cut_utf8(std::string_view text, std::size_t max_bytes) {
  if (text.size() <= max_bytes) return std::string(text);
  std::size_t end = max_bytes;
  while (end > 0 && (static_cast<unsigned char>(text[end]) & 0xC0) == 0x80) --end;
  return std::string(text.substr(0, end)) + "…";
}

std::string_view trim(std::string_view text) {
  const auto first = text.find_first_not_of(" \t\r\n");
  if (first == std::string_view::npos) return {};
  const auto last = text.find_last_not_of(" \t\r\n");
  return text.substr(first, last - first + 1);
}

// The paragraphs of `text`: runs of lines between blank lines, trimmed.
std::vector<std::string_view> paragraphs(std::string_view text) {
  std::vector<std::string_view> found;
  std::size_t start = 0;
  while (start < text.size()) {
    std::size_t end = text.find("\n\n", start);
    if (end == std::string_view::npos) end = text.size();
    if (auto paragraph = trim(text.substr(start, end - start)); !paragraph.empty()) {
      found.push_back(paragraph);
    }
    start = end + 2;
  }
  return found;
}

// The instant an extracted date value stands for: a day at Helsinki
// midnight, a month at its first day, a range at its start. Dates without a
// year ("--08-30") give nullopt.
std::optional<std::int64_t> date_instant(std::string_view value) {
  value = value.substr(0, value.find('/'));
  if (value.size() == std::string_view("2026-01").size()) {
    return model::parse_iso_instant(std::string(value) + "-01");
  }
  return model::parse_iso_instant(value);
}

// The first date with `role`, or with any role when `role` is empty.
std::optional<std::int64_t> first_date(const text::Facts& facts, std::string_view role) {
  for (const auto& date : facts.dates) {
    if (!role.empty() && date.role != role) continue;
    if (auto instant = date_instant(date.value)) return instant;
  }
  return std::nullopt;
}

std::optional<std::int64_t> last_count(const text::Facts& facts,
                                       std::span<const std::string_view> about) {
  std::optional<std::int64_t> count;
  for (const auto& number : facts.numbers) {
    if (contains(about, number.about)) count = static_cast<std::int64_t>(number.value);
  }
  return count;
}

// The draft incident the document's facts make.
model::Incident draft_incident(const text::Document& document, const text::Analysis& analysis,
                               const std::string& name, std::int64_t ingested_at) {
  const text::Facts& facts = analysis.facts;
  model::Incident draft;
  const auto parts = paragraphs(document.text);
  std::string_view title = trim(document.title);
  std::size_t summary_at = 0;
  if (title.empty() && !parts.empty()) {
    title = parts.front().substr(0, parts.front().find('\n'));
    summary_at = title.size() == parts.front().size() ? 1 : 0;
  }
  draft.title = cut_utf8(title.empty() ? std::string_view(name) : title, kMaxTitleBytes);
  if (summary_at < parts.size()) {
    std::string_view summary = parts[summary_at];
    if (summary.substr(0, title.size()) == title) summary = trim(summary.substr(title.size()));
    draft.summary = cut_utf8(summary, kMaxSummaryBytes);
  }
  draft.field = analysis.classification.scores.empty()
                    ? model::Field::kNetwork
                    : analysis.classification.scores.front().field;
  draft.rsit = analysis.classification.rsit;
  if (!facts.organizations.empty()) draft.organization.name = facts.organizations.front();
  draft.detected_at = first_date(facts, "detected");
  draft.started_at = first_date(facts, "started");
  std::optional<std::int64_t> published = first_date(facts, "published");
  if (!published && !document.date.empty()) published = model::parse_iso_instant(document.date);
  draft.reported_at = draft.detected_at.value_or(
      published.value_or(draft.started_at.value_or(first_date(facts, "").value_or(ingested_at))));
  draft.affected_people = last_count(facts, kPeopleCounts);
  draft.affected_devices = last_count(facts, kDeviceCounts);
  draft.personal_data = facts.personal_data;
  draft.status = model::IncidentStatus::kDraft;
  draft.sources = {name};
  draft.id = model::incident_content_id(draft);
  return draft;
}

std::string optional_text(const std::optional<std::int64_t>& value) {
  return value ? std::to_string(*value) : std::string();
}

std::string optional_date(const std::optional<std::int64_t>& instant) {
  return instant ? model::format_helsinki_iso(*instant) : std::string();
}

std::string personal_data_text(const std::vector<model::PersonalData>& kinds) {
  std::string joined;
  for (auto kind : kinds) {
    if (!joined.empty()) joined += ',';
    joined += model::personal_data_name(kind);
  }
  return joined;
}

// Updates `incident` with the facts `update` states; returns what changed.
std::vector<store::FactChange> apply_update(model::Incident& incident,
                                            const model::Incident& update) {
  std::vector<store::FactChange> changes;
  auto take = [&](std::string_view fact, std::optional<std::int64_t>& known,
                  const std::optional<std::int64_t>& stated, auto format) {
    if (!stated || stated == known) return;
    changes.push_back({std::string(fact), format(known), format(stated)});
    known = stated;
  };
  take("affected_people", incident.affected_people, update.affected_people, optional_text);
  take("affected_devices", incident.affected_devices, update.affected_devices, optional_text);
  take("detected", incident.detected_at, update.detected_at, optional_date);
  take("started", incident.started_at, update.started_at, optional_date);
  std::vector<model::PersonalData> kinds = incident.personal_data;
  kinds.insert(kinds.end(), update.personal_data.begin(), update.personal_data.end());
  std::sort(kinds.begin(), kinds.end());
  kinds.erase(std::unique(kinds.begin(), kinds.end()), kinds.end());
  if (kinds != incident.personal_data) {
    changes.push_back(
        {"personal_data", personal_data_text(incident.personal_data), personal_data_text(kinds)});
    incident.personal_data = std::move(kinds);
  }
  for (const auto& source : update.sources) {
    if (std::find(incident.sources.begin(), incident.sources.end(), source) ==
        incident.sources.end()) {
      incident.sources.push_back(source);
    }
  }
  return changes;
}

std::string language_code_of(model::Language language) {
  return std::string(model::language_code(language));
}

}  // namespace

bool is_record_file(std::string_view bytes) {
  const std::string_view head = bytes.substr(0, ingest::kSniffBytes);
  const auto parsers = ingest::registered_parsers();
  return std::any_of(parsers.begin(), parsers.end(),
                     [&](const ingest::Parser* parser) { return parser->sniff(head); });
}

base::Result<DocumentIngester> DocumentIngester::open(
    const base::Clock& clock, const std::filesystem::path& fingerprint_dir) {
  auto analyzer = text::DocumentAnalyzer::open(fingerprint_dir);
  if (!analyzer) return tl::unexpected(analyzer.error());
  return DocumentIngester(std::move(*analyzer), clock);
}

std::vector<std::string> DocumentIngester::terms_of(std::string_view text,
                                                    model::Language language) {
  std::set<std::string> terms;
  for (const text::Token& token : text::tokenize(text)) {
    if (token.kind == text::TokenKind::kCve) terms.insert(token.lower);
    if (token.kind != text::TokenKind::kWord || token.lower.size() < kMinTermBytes) continue;
    const auto keys = analyzer_.lemmatizer().keys(token.lower, language);
    if (keys.size() <= 1) {
      terms.insert(token.lower);
    } else {
      terms.insert(keys.begin() + 1, keys.end());  // not the inflected word itself
    }
  }
  return {terms.begin(), terms.end()};
}

double DocumentIngester::document_similarity(std::string_view a, std::string_view b,
                                             model::Language language) {
  return term_similarity(terms_of(a, language), terms_of(b, language));
}

double DocumentIngester::term_similarity(const std::vector<std::string>& terms_a,
                                         const std::vector<std::string>& terms_b) {
  std::vector<std::string> shared;
  std::set_intersection(terms_a.begin(), terms_a.end(), terms_b.begin(), terms_b.end(),
                        std::back_inserter(shared));
  const std::size_t all = terms_a.size() + terms_b.size() - shared.size();
  return all == 0 ? 0.0 : static_cast<double>(shared.size()) / static_cast<double>(all);
}

base::Result<DocumentIngest> DocumentIngester::ingest_bytes(store::Store& store,
                                                            const std::string& name,
                                                            std::string_view bytes) {
  DocumentIngest result;
  result.file = name;
  const std::string digest = base::content_digest(bytes);
  auto stored = store.find_document(digest);
  if (!stored) return base::with_context(stored.error(), name);
  if (*stored) {
    result.outcome = DocumentIngest::Outcome::kUnchanged;
    result.incident_id = (*stored)->incident_id;
    result.version = (*stored)->version;
    return result;
  }

  auto document = text::read_document(bytes, name);
  if (!document) return tl::unexpected(document.error());
  const text::Analysis analysis = analyzer_.analyze_text(document->text);
  const std::int64_t ingested_at = clock_->now_unix_seconds();
  model::Incident incident = draft_incident(*document, analysis, name, ingested_at);

  // Link: the most similar document-drafted incident of the same
  // organisation near the same time, if similar enough.
  std::optional<model::Incident> linked;
  if (!incident.organization.name.empty()) {
    const std::int64_t window = kLinkWindowDays * kSecondsPerDay;
    auto candidates = store.find_link_candidates(
        {incident.organization.name, incident.reported_at - window, incident.reported_at + window});
    if (!candidates) return base::with_context(candidates.error(), name);
    const auto terms = candidates->empty() ? std::vector<std::string>{}
                                           : terms_of(document->text, analysis.language);
    for (auto& candidate : *candidates) {
      auto versions = store.incident_timeline(candidate.id);
      if (!versions) return base::with_context(versions.error(), name);
      for (const auto& version : *versions) {
        auto text = store.document_text(version.document_digest);
        if (!text) return base::with_context(text.error(), name);
        const double similarity = term_similarity(terms, terms_of(*text, analysis.language));
        if (similarity >= kLinkThreshold && similarity > result.similarity) {
          result.similarity = similarity;
          linked = candidate;
        }
      }
    }
  }
  if (linked) {
    result.changes = apply_update(*linked, incident);
    incident = std::move(*linked);
  }

  const store::DocumentSource source{
      {name, digest, static_cast<std::int64_t>(bytes.size())},
      document->text,
      language_code_of(analysis.language),
      ingested_at,
  };
  auto placed = store.put_document(source, incident, result.changes);
  if (!placed) return base::with_context(placed.error(), name);
  result.outcome = placed->already_stored ? DocumentIngest::Outcome::kUnchanged
                   : placed->version == 1 ? DocumentIngest::Outcome::kDrafted
                                          : DocumentIngest::Outcome::kLinked;
  result.incident_id = placed->incident_id;
  result.version = placed->version;
  return result;
}

base::Result<DocumentIngest> DocumentIngester::ingest_file(store::Store& store,
                                                           const std::filesystem::path& path) {
  auto bytes = base::read_file(path, text::kMaxInputBytes);
  if (!bytes) return tl::unexpected(bytes.error());
  return ingest_bytes(store, path.string(), *bytes);
}

}  // namespace kybersaa::app
