#pragma once
// Language identification for fi/sv/en with libexttextcat's n-gram
// fingerprints, restricted to those three languages (with all 164 it confuses
// Finnish with Estonian and Swedish with Norwegian; see STACK.md).

#include <filesystem>
#include <memory>
#include <string_view>

#include "base/result.hpp"
#include "model/language.hpp"

namespace kybersaa::text {

namespace detail {
struct TextcatHandle;  // libexttextcat's classifier, kept out of this header
}

// How many bytes of a document are looked at: a few kilobytes decide the
// language as well as the whole text does, at a fraction of the cost.
inline constexpr std::size_t kLanguageSampleBytes = 1024;

// Identifies the language of UTF-8 text. Not thread-safe: textcat keeps its
// answer in the handle, so use one LanguageIdentifier per thread. Movable.
class LanguageIdentifier {
 public:
  // Loads fi.lm, sv.lm and en.lm from `fingerprint_dir`; an empty path means
  // $KYBERSAA_TEXTCAT_DIR, else the directory libexttextcat-data installs.
  // Fails with kUnavailable naming the directory when they cannot be loaded.
  [[nodiscard]] static base::Result<LanguageIdentifier> open(
      const std::filesystem::path& fingerprint_dir = {});

  LanguageIdentifier(LanguageIdentifier&&) noexcept;
  LanguageIdentifier& operator=(LanguageIdentifier&&) noexcept;
  ~LanguageIdentifier();

  // Returns the language of `text` (its first kLanguageSampleBytes). Text too
  // short for n-grams (a title, a few words) is decided by common function
  // words and letters (å → Swedish, ä/ö → Finnish), English when nothing helps.
  model::Language identify(std::string_view text);

 private:
  explicit LanguageIdentifier(std::unique_ptr<detail::TextcatHandle> handle);
  std::unique_ptr<detail::TextcatHandle> handle_;
};

}  // namespace kybersaa::text
