#pragma once
// Base forms and compound parts of words, the keys the lexicons are matched
// against. Finnish goes through Voikko ("tietomurron" → "tietomurto", parts
// "tieto", "murtaa"); words Voikko does not know, and Swedish and English,
// through the Snowball stemmers.

#include <array>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "base/result.hpp"
#include "model/language.hpp"

namespace kybersaa::text {

namespace detail {
struct VoikkoHandle;
struct StemmerHandles;
}  // namespace detail

// Looks up base forms, caching per word. Not thread-safe (a Voikko handle
// shared between threads gives wrong answers, and the cache is unguarded):
// use one Lemmatizer per thread. Movable.
class Lemmatizer {
 public:
  // Opens Voikko's Finnish dictionary (voikko-fi) and the Snowball stemmers
  // for fi, sv and en. Without a Finnish dictionary the lemmatizer still
  // works, on stems only (has_voikko() is then false). Fails with kUnavailable
  // only when a Snowball stemmer cannot be created.
  [[nodiscard]] static base::Result<Lemmatizer> open();

  Lemmatizer(Lemmatizer&&) noexcept;
  Lemmatizer& operator=(Lemmatizer&&) noexcept;
  ~Lemmatizer();

  // True when Finnish words are analysed by Voikko rather than stemmed.
  bool has_voikko() const;

  // Returns the lookup keys of `lower_word` (a lower-case word) in `language`:
  // the word itself first, then its base forms, compound parts (Finnish) and
  // stem, without duplicates. The span stays valid until the next call.
  std::span<const std::string> keys(std::string_view lower_word, model::Language language);

 private:
  Lemmatizer(std::unique_ptr<detail::VoikkoHandle> voikko,
             std::unique_ptr<detail::StemmerHandles> stemmers);
  std::vector<std::string> compute_keys(std::string_view lower_word, model::Language language);

  std::unique_ptr<detail::VoikkoHandle> voikko_;
  std::unique_ptr<detail::StemmerHandles> stemmers_;
  std::array<std::unordered_map<std::string, std::vector<std::string>>, 3> cache_;
};

}  // namespace kybersaa::text
