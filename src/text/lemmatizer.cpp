#include "text/lemmatizer.hpp"

#include <libstemmer.h>
#include <libvoikko/voikko.h>

#include <algorithm>

namespace kybersaa::text {

namespace detail {
struct VoikkoHandle {
  ::VoikkoHandle* handle = nullptr;
  explicit VoikkoHandle(::VoikkoHandle* opened) : handle(opened) {}
  VoikkoHandle(const VoikkoHandle&) = delete;
  VoikkoHandle& operator=(const VoikkoHandle&) = delete;
  ~VoikkoHandle() { voikkoTerminate(handle); }
};

struct StemmerHandles {
  std::array<sb_stemmer*, 3> stemmers{};  // indexed like model::kAllLanguages
  StemmerHandles() = default;
  StemmerHandles(const StemmerHandles&) = delete;
  StemmerHandles& operator=(const StemmerHandles&) = delete;
  ~StemmerHandles() {
    for (auto* stemmer : stemmers) {
      if (stemmer != nullptr) sb_stemmer_delete(stemmer);
    }
  }
};
}  // namespace detail

namespace {

// A cache that grows past this many words per language is dropped and
// rebuilt: bounded memory on endless vocabularies (hashes, names, junk).
constexpr std::size_t kMaxCachedWords = 200'000;
// Words longer than this are not looked up (no lexicon term is that long).
constexpr std::size_t kMaxWordBytes = 64;

std::size_t language_slot(model::Language language) {
  switch (language) {
    case model::Language::kFi:
      return 0;
    case model::Language::kSv:
      return 1;
    case model::Language::kEn:
      return 2;
  }
  return 2;
}

// Owns one Voikko analysis value string.
struct VoikkoString {
  char* value;
  ~VoikkoString() {
    if (value != nullptr) voikko_free_mor_analysis_value_cstr(value);
  }
};

void add_unique(std::vector<std::string>& keys, std::string key) {
  if (key.empty()) return;
  for (auto& c : key) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  if (std::find(keys.begin(), keys.end(), key) == keys.end()) keys.push_back(std::move(key));
}

// WORDBASES looks like "+tieto(tieto)+mur(murtaa)+to(+to)": each part's base
// form is in parentheses; parts in "(+...)" are derivational suffixes.
void add_word_bases(std::vector<std::string>& keys, std::string_view bases) {
  std::size_t i = 0;
  while ((i = bases.find('(', i)) != std::string_view::npos) {
    const std::size_t close = bases.find(')', i);
    if (close == std::string_view::npos) break;
    const std::string_view part = bases.substr(i + 1, close - i - 1);
    if (!part.empty() && part[0] != '+' && part.size() >= 3) add_unique(keys, std::string(part));
    i = close + 1;
  }
}

}  // namespace

base::Result<Lemmatizer> Lemmatizer::open() {
  auto stemmers = std::make_unique<detail::StemmerHandles>();
  constexpr std::array<const char*, 3> kStemmerNames = {"finnish", "swedish", "english"};
  for (std::size_t i = 0; i < kStemmerNames.size(); ++i) {
    stemmers->stemmers[i] = sb_stemmer_new(kStemmerNames[i], "UTF_8");
    if (stemmers->stemmers[i] == nullptr) {
      return base::fail(base::ErrorCode::kUnavailable,
                        std::string("cannot create the Snowball stemmer for ") + kStemmerNames[i]);
    }
  }
  const char* error = nullptr;
  std::unique_ptr<detail::VoikkoHandle> voikko;
  if (::VoikkoHandle* handle = voikkoInit(&error, "fi", nullptr); handle != nullptr) {
    voikko = std::make_unique<detail::VoikkoHandle>(handle);
  }
  return Lemmatizer(std::move(voikko), std::move(stemmers));
}

Lemmatizer::Lemmatizer(std::unique_ptr<detail::VoikkoHandle> voikko,
                       std::unique_ptr<detail::StemmerHandles> stemmers)
    : voikko_(std::move(voikko)), stemmers_(std::move(stemmers)) {}
Lemmatizer::Lemmatizer(Lemmatizer&&) noexcept = default;
Lemmatizer& Lemmatizer::operator=(Lemmatizer&&) noexcept = default;
Lemmatizer::~Lemmatizer() = default;

bool Lemmatizer::has_voikko() const { return voikko_ != nullptr; }

std::span<const std::string> Lemmatizer::keys(std::string_view lower_word,
                                              model::Language language) {
  auto& cache = cache_[language_slot(language)];
  const std::string word(lower_word.substr(0, kMaxWordBytes));
  if (auto found = cache.find(word); found != cache.end()) return found->second;
  if (cache.size() >= kMaxCachedWords) cache.clear();
  auto [inserted, _] = cache.emplace(word, compute_keys(word, language));
  return inserted->second;
}

std::vector<std::string> Lemmatizer::compute_keys(std::string_view lower_word,
                                                  model::Language language) {
  std::vector<std::string> keys;
  add_unique(keys, std::string(lower_word));
  bool analysed = false;
  if (language == model::Language::kFi && voikko_ != nullptr) {
    const std::string word(lower_word);
    voikko_mor_analysis** analyses = voikkoAnalyzeWordCstr(voikko_->handle, word.c_str());
    for (auto** analysis = analyses; analysis != nullptr && *analysis != nullptr; ++analysis) {
      const VoikkoString base{voikko_mor_analysis_value_cstr(*analysis, "BASEFORM")};
      const VoikkoString parts{voikko_mor_analysis_value_cstr(*analysis, "WORDBASES")};
      if (base.value != nullptr) add_unique(keys, base.value);
      if (parts.value != nullptr) add_word_bases(keys, parts.value);
      analysed = true;
    }
    if (analyses != nullptr) voikko_free_mor_analysis(analyses);
  }
  if (!analysed) {
    sb_stemmer* stemmer = stemmers_->stemmers[language_slot(language)];
    const sb_symbol* stem =
        sb_stemmer_stem(stemmer, reinterpret_cast<const sb_symbol*>(lower_word.data()),
                        static_cast<int>(lower_word.size()));
    if (stem != nullptr) {
      add_unique(keys, std::string(reinterpret_cast<const char*>(stem),
                                   static_cast<std::size_t>(sb_stemmer_length(stemmer))));
    }
  }
  return keys;
}

}  // namespace kybersaa::text
