// Text analysis throughput: MB/s of Finnish prose through the whole text
// pipeline (language id, tokenise, Voikko base forms, fact extraction,
// classification), one document at a time as `kybersaa analyze` does it.
//
// The prose is generated, not one paragraph repeated: sentences from
// templates with random organisations, dates, counts and units, filled with
// inflected words and compounds drawn from a vocabulary, so Voikko sees tens
// of thousands of distinct word forms as it would in a month of documents.
// BM_Text_AnalyzeFinnishCorpus runs the same pipeline over prose recombined
// from the Finnish sentences of the labelled corpus (tests/data/text/
// corpus.jsonl): real report and press-release sentences in random order,
// every number in them redrawn (years stay years, day and month numbers stay
// valid), so the facts vary from document to document.

#include <benchmark/benchmark.h>

#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "base/file.hpp"
#include "text/document_analyzer.hpp"
#include "text/evaluation.hpp"
#include "text/pdf_reader.hpp"
#include "text/test_pdf.hpp"

namespace kybersaa::bench {
namespace {

// The corpus size and document size the benchmark analyses.
constexpr std::size_t kCorpusBytes = std::size_t{20} << 20;
constexpr std::size_t kDocumentBytes = 2048;

// A small deterministic PRNG (splitmix64): the same corpus on every run.
class Random {
 public:
  explicit Random(std::uint64_t seed) : state_(seed) {}
  std::uint64_t next() {
    std::uint64_t z = (state_ += 0x9E3779B97F4A7C15ULL);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
  }
  std::size_t below(std::size_t n) { return static_cast<std::size_t>(next() % n); }
  template <class T, std::size_t N>
  const T& pick(const std::array<T, N>& items) {
    return items[below(N)];
  }

 private:
  std::uint64_t state_;
};

constexpr std::array<std::string_view, 40> kStems = {
    "tieto",     "palvelu",  "verkko",     "järjestelmä", "käyttäjä",  "asiakas",  "laite",
    "ohjelma",   "hyökkäys", "yritys",     "kunta",       "sairaala",  "pankki",   "viesti",
    "salasana",  "päivitys", "tuote",      "toimittaja",  "rekisteri", "tili",     "osoite",
    "sivusto",   "palvelin", "haitta",     "turva",       "suoja",     "murto",    "vuoto",
    "kalastelu", "huijaus",  "automaatio", "kamera",      "reititin",  "liikenne", "häiriö",
    "vakoilu",   "valvonta", "energia",    "vesi",        "teollisuus"};
constexpr std::array<std::string_view, 12> kEndings = {"",    "n",   "a", "ssa", "sta",  "lla",
                                                       "lle", "ksi", "t", "ja",  "ihin", "en"};
constexpr std::array<std::string_view, 20> kFillers = {"ja",
                                                       "sekä",
                                                       "että",
                                                       "mutta",
                                                       "koska",
                                                       "myös",
                                                       "on",
                                                       "oli",
                                                       "ovat",
                                                       "eivät",
                                                       "tällä hetkellä",
                                                       "edelleen",
                                                       "lisäksi",
                                                       "erityisesti",
                                                       "viime viikolla",
                                                       "kuluneen kuukauden aikana",
                                                       "arvion mukaan",
                                                       "vaikuttaa",
                                                       "kohdistui",
                                                       "todettiin"};
constexpr std::array<std::string_view, 8> kOrganizations = {
    "Valtori", "Esimerkki Oy", "Traficom", "Kela", "Posti", "Elisa", "Testiyhtiö Oyj", "HUS"};
constexpr std::array<std::string_view, 6> kTemplates = {
    "{org} havaitsi {date} {word} {word}, ja {count} {noun} {word} {filler}.",
    "Arvio {noun} määrästä nousi noin {count}:sta noin {count}:een {filler}.",
    "Suurin hyökkäys oli {rate} Gbit/s, ja {pct} % {word} kesti alle 15 minuuttia.",
    "{org} tiedotti {date} klo 16.55, että {word} {word} {filler} {word}.",
    "Haavoittuvuus CVE-2026-{cve} paikattiin {date}; lisätietoja https://example.fi/{word}.",
    "Tietomurto tapahtui marraskuun lopun 2018 ja maaliskuun 2019 välisenä aikana {filler}."};
constexpr std::array<std::string_view, 5> kNouns = {"käyttäjää", "asiakasta", "laitetta",
                                                    "palvelinta", "henkilöä"};

std::string random_word(Random& random) {
  std::string word(random.pick(kStems));
  if (random.below(3) == 0) word += random.pick(kStems);  // a compound
  word += random.pick(kEndings);
  return word;
}

std::string fill(std::string_view pattern, Random& random) {
  std::string out;
  std::size_t i = 0;
  while (i < pattern.size()) {
    if (pattern[i] != '{') {
      out.push_back(pattern[i++]);
      continue;
    }
    const std::size_t close = pattern.find('}', i);
    const std::string_view slot = pattern.substr(i + 1, close - i - 1);
    if (slot == "org") out += random.pick(kOrganizations);
    if (slot == "word") out += random_word(random);
    if (slot == "filler") out += random.pick(kFillers);
    if (slot == "noun") out += random.pick(kNouns);
    if (slot == "date") {
      out += std::to_string(1 + random.below(28)) + "." + std::to_string(1 + random.below(12)) +
             ".2026";
    }
    if (slot == "count") out += std::to_string(1 + random.below(99)) + " 000";
    if (slot == "rate") out += std::to_string(10 + random.below(300));
    if (slot == "pct") out += std::to_string(random.below(100));
    if (slot == "cve") out += std::to_string(1000 + random.below(9000));
    i = close + 1;
  }
  return out;
}

// Documents of about kDocumentBytes, kCorpusBytes in all.
const std::vector<std::string>& finnish_documents() {
  static const std::vector<std::string> documents = [] {
    Random random(20260130);
    std::vector<std::string> out;
    std::size_t total = 0;
    while (total < kCorpusBytes) {
      std::string document;
      while (document.size() < kDocumentBytes) {
        document += fill(random.pick(kTemplates), random);
        document += random.below(4) == 0 ? "\n\n" : " ";
      }
      total += document.size();
      out.push_back(std::move(document));
    }
    return out;
  }();
  return documents;
}

// The Finnish sentences of the labelled corpus, split at ". " before a
// capital letter.
std::vector<std::string> corpus_sentences() {
  std::vector<std::string> sentences;
  auto bytes = base::read_file(std::string(KYBERSAA_SOURCE_DIR) + "/tests/data/text/corpus.jsonl");
  if (!bytes) return sentences;
  auto items = text::parse_labelled_corpus(*bytes, "corpus.jsonl");
  if (!items) return sentences;
  for (const auto& item : *items) {
    if (item.language != model::Language::kFi) continue;
    std::size_t start = 0;
    for (std::size_t at = 0; at + 2 < item.text.size(); ++at) {
      if (item.text[at] == '.' && item.text[at + 1] == ' ' && item.text[at + 2] >= 'A' &&
          item.text[at + 2] <= 'Z') {
        sentences.push_back(item.text.substr(start, at + 1 - start));
        start = at + 2;
      }
    }
    sentences.push_back(item.text.substr(start));
  }
  return sentences;
}

// `sentence` with each run of digits redrawn: four digits starting "20" a
// year 2015–2026, one or two digits 1–12 (valid as a day and as a month),
// longer runs any digits of the same length.
std::string redraw_numbers(const std::string& sentence, Random& random) {
  std::string out;
  std::size_t i = 0;
  while (i < sentence.size()) {
    if (sentence[i] < '0' || sentence[i] > '9') {
      out.push_back(sentence[i++]);
      continue;
    }
    std::size_t end = i;
    while (end < sentence.size() && sentence[end] >= '0' && sentence[end] <= '9') ++end;
    const std::size_t length = end - i;
    if (length == 4 && sentence.compare(i, 2, "20") == 0) {
      out += std::to_string(2015 + random.below(12));
    } else if (length <= 2) {
      out += std::to_string(1 + random.below(12));
    } else {
      out.push_back(static_cast<char>('1' + random.below(9)));
      for (std::size_t d = 1; d < length; ++d) {
        out.push_back(static_cast<char>('0' + random.below(10)));
      }
    }
    i = end;
  }
  return out;
}

// Documents of about kDocumentBytes, kCorpusBytes in all, from the labelled
// corpus's Finnish sentences.
const std::vector<std::string>& finnish_corpus_documents() {
  static const std::vector<std::string> documents = [] {
    const std::vector<std::string> sentences = corpus_sentences();
    std::vector<std::string> out;
    if (sentences.empty()) return out;
    Random random(20260205);
    std::size_t total = 0;
    while (total < kCorpusBytes) {
      std::string document;
      while (document.size() < kDocumentBytes) {
        document += redraw_numbers(sentences[random.below(sentences.size())], random);
        document += random.below(4) == 0 ? "\n\n" : " ";
      }
      total += document.size();
      out.push_back(std::move(document));
    }
    return out;
  }();
  return documents;
}

void analyze_documents(benchmark::State& state, const std::vector<std::string>& documents) {
  if (documents.empty()) {
    state.SkipWithError("no documents (tests/data/text/corpus.jsonl not readable)");
    return;
  }
  auto analyzer = text::DocumentAnalyzer::open();
  if (!analyzer) {
    state.SkipWithError(analyzer.error().message.c_str());
    return;
  }
  std::int64_t bytes = 0;
  for (auto _ : state) {
    for (const auto& document : documents) {
      auto analysis = analyzer->analyze(document, "bench.txt");
      benchmark::DoNotOptimize(analysis);
      bytes += static_cast<std::int64_t>(document.size());
    }
  }
  state.SetBytesProcessed(bytes);
  state.counters["documents"] = static_cast<double>(documents.size());
}

void BM_Text_AnalyzeFinnish(benchmark::State& state) {
  analyze_documents(state, finnish_documents());
}
BENCHMARK(BM_Text_AnalyzeFinnish)->Unit(benchmark::kMillisecond)->MinTime(2.0);

void BM_Text_AnalyzeFinnishCorpus(benchmark::State& state) {
  analyze_documents(state, finnish_corpus_documents());
}
BENCHMARK(BM_Text_AnalyzeFinnishCorpus)->Unit(benchmark::kMillisecond)->MinTime(2.0);

// A report-like PDF: `pages` A4 pages of 40 lines each, the lines varied by
// page so that no two pages are the same.
std::string many_page_pdf(int pages) {
  constexpr std::array<std::string_view, 5> kLines = {
      "Palvelunestohyokkays kohdistui {} organisaatioon ja kesti noin {} minuuttia.",
      "Tietomurrossa vuoti arviolta {} kayttajan tiedot; haavoittuvuus paikattiin {}.2.2026.",
      "Kalasteluviesteja raportoitiin {} kappaletta, yli {} prosenttia niista suomeksi.",
      "The attack peaked at {} Gbit/s and lasted {} minutes before mitigation.",
      "Dataintrang upptacktes i {} system; {} kunder har informerats."};
  std::vector<std::vector<std::string>> text(static_cast<std::size_t>(pages));
  for (int page = 0; page < pages; ++page) {
    for (int line = 0; line < 40; ++line) {
      std::string out(kLines[static_cast<std::size_t>(line + page) % kLines.size()]);
      out.replace(out.find("{}"), 2, std::to_string(page * 40 + line));
      out.replace(out.find("{}"), 2, std::to_string(1 + (page + line) % 28));
      text[static_cast<std::size_t>(page)].push_back(std::move(out));
    }
  }
  return text::testing::write_test_pdf(text, {.title = "Kuukausikatsaus", .encrypted = false});
}

// PDF text extraction (poppler, reading order) in pages/s; target >= 200.
void BM_Text_ReadPdfPages(benchmark::State& state) {
  const int pages = static_cast<int>(state.range(0));
  const std::string pdf = many_page_pdf(pages);
  std::int64_t read = 0;
  for (auto _ : state) {
    auto document = text::read_pdf_document(pdf, "bench.pdf");
    if (!document || document->pages.size() != static_cast<std::size_t>(pages)) {
      state.SkipWithError("the generated PDF was not read");
      return;
    }
    benchmark::DoNotOptimize(document);
    read += pages;
  }
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations()) *
                          static_cast<std::int64_t>(pdf.size()));
  state.counters["pages"] =
      benchmark::Counter(static_cast<double>(read), benchmark::Counter::kIsRate);
}
BENCHMARK(BM_Text_ReadPdfPages)->Arg(500)->Unit(benchmark::kMillisecond)->MinTime(2.0);

}  // namespace
}  // namespace kybersaa::bench
