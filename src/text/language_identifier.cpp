#include "text/language_identifier.hpp"

#include <textcat.h>
#include <unistd.h>

#include <array>
#include <cctype>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <span>
#include <string>

namespace kybersaa::text {

namespace detail {
struct TextcatHandle {
  void* textcat = nullptr;
  explicit TextcatHandle(void* handle) : textcat(handle) {}
  TextcatHandle(const TextcatHandle&) = delete;
  TextcatHandle& operator=(const TextcatHandle&) = delete;
  ~TextcatHandle() {
    if (textcat != nullptr) textcat_Done(textcat);
  }
};
}  // namespace detail

namespace {

// textcat reads its list of fingerprints from a file; ours names only the
// three languages of the product, each tagged with its ISO code.
constexpr std::string_view kConfig = "fi.lm fi\nsv.lm sv\nen.lm en\n";

std::filesystem::path default_fingerprint_dir() {
  if (const char* dir = std::getenv("KYBERSAA_TEXTCAT_DIR"); dir != nullptr && *dir != '\0') {
    return dir;
  }
  return KYBERSAA_DEFAULT_TEXTCAT_DIR;
}

// Writes the configuration to a private temporary file and removes it when
// done: textcat only needs it while loading.
class TemporaryConfig {
 public:
  static base::Result<TemporaryConfig> write() {
    std::string pattern =
        (std::filesystem::temp_directory_path() / "kybersaa-textcat-XXXXXX").string();
    const int fd = ::mkstemp(pattern.data());
    if (fd < 0) {
      return base::fail(base::ErrorCode::kUnavailable,
                        "cannot create a temporary textcat configuration in " +
                            std::filesystem::temp_directory_path().string());
    }
    const auto written = ::write(fd, kConfig.data(), kConfig.size());
    ::close(fd);
    TemporaryConfig config(pattern);
    if (written != static_cast<ssize_t>(kConfig.size())) {
      return base::fail(base::ErrorCode::kUnavailable, "cannot write " + pattern);
    }
    return config;
  }
  TemporaryConfig(TemporaryConfig&& other) noexcept : path_(std::move(other.path_)) {
    other.path_.clear();
  }
  TemporaryConfig(const TemporaryConfig&) = delete;
  TemporaryConfig& operator=(const TemporaryConfig&) = delete;
  TemporaryConfig& operator=(TemporaryConfig&&) = delete;
  ~TemporaryConfig() {
    if (!path_.empty()) ::unlink(path_.c_str());
  }
  const std::string& path() const { return path_; }

 private:
  explicit TemporaryConfig(std::string path) : path_(std::move(path)) {}
  std::string path_;
};

// Counts how many of `words` occur as whole lower-case words in `text`.
int count_words(std::string_view text, std::span<const std::string_view> words) {
  int count = 0;
  std::size_t i = 0;
  while (i < text.size()) {
    while (i < text.size() && !std::isalpha(static_cast<unsigned char>(text[i])) &&
           static_cast<unsigned char>(text[i]) < 0x80) {
      ++i;
    }
    const std::size_t begin = i;
    while (i < text.size() && (std::isalpha(static_cast<unsigned char>(text[i])) ||
                               static_cast<unsigned char>(text[i]) >= 0x80)) {
      ++i;
    }
    std::string word(text.substr(begin, i - begin));
    for (auto& c : word) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    for (const auto candidate : words) {
      if (word == candidate) ++count;
    }
  }
  return count;
}

constexpr std::array<std::string_view, 12> kFinnishWords = {
    "ja", "on", "ei", "että", "oli", "tai", "mukaan", "myös", "ovat", "joka", "sekä", "kun"};
constexpr std::array<std::string_view, 12> kSwedishWords = {
    "och", "är", "att", "det", "som", "av", "för", "med", "på", "har", "till", "om"};
constexpr std::array<std::string_view, 12> kEnglishWords = {
    "the", "and", "is", "of", "to", "in", "that", "was", "for", "with", "has", "by"};

model::Language identify_by_words(std::string_view text) {
  int fi = count_words(text, kFinnishWords);
  int sv = count_words(text, kSwedishWords);
  const int en = count_words(text, kEnglishWords);
  // Letters settle what function words leave open.
  if (text.find("\xC3\xA5") != std::string_view::npos ||
      text.find("\xC3\x85") != std::string_view::npos) {
    ++sv;
  } else if (text.find("\xC3\xA4") != std::string_view::npos ||
             text.find("\xC3\xB6") != std::string_view::npos) {
    ++fi;
  }
  if (fi > sv && fi >= en) return model::Language::kFi;
  if (sv > fi && sv >= en) return model::Language::kSv;
  if (en == 0 && fi > 0) return model::Language::kFi;
  return model::Language::kEn;
}

// Cuts `text` to at most `limit` bytes without splitting a UTF-8 sequence.
std::string_view utf8_prefix(std::string_view text, std::size_t limit) {
  if (text.size() <= limit) return text;
  std::size_t end = limit;
  while (end > 0 && (static_cast<unsigned char>(text[end]) & 0xC0) == 0x80) --end;
  return text.substr(0, end);
}

}  // namespace

base::Result<LanguageIdentifier> LanguageIdentifier::open(
    const std::filesystem::path& fingerprint_dir) {
  const std::filesystem::path dir =
      fingerprint_dir.empty() ? default_fingerprint_dir() : fingerprint_dir;
  auto config = TemporaryConfig::write();
  if (!config) return tl::unexpected(config.error());
  // textcat prepends the prefix verbatim to each file name.
  const std::string prefix = dir.string() + "/";
  void* handle = special_textcat_Init(config->path().c_str(), prefix.c_str());
  if (handle == nullptr) {
    return base::fail(base::ErrorCode::kUnavailable,
                      "cannot load the fi/sv/en language fingerprints from " + dir.string() +
                          " (package libexttextcat-data, or set KYBERSAA_TEXTCAT_DIR)");
  }
  return LanguageIdentifier(std::make_unique<detail::TextcatHandle>(handle));
}

LanguageIdentifier::LanguageIdentifier(std::unique_ptr<detail::TextcatHandle> handle)
    : handle_(std::move(handle)) {}
LanguageIdentifier::LanguageIdentifier(LanguageIdentifier&&) noexcept = default;
LanguageIdentifier& LanguageIdentifier::operator=(LanguageIdentifier&&) noexcept = default;
LanguageIdentifier::~LanguageIdentifier() = default;

model::Language LanguageIdentifier::identify(std::string_view text) {
  const std::string_view sample = utf8_prefix(text, kLanguageSampleBytes);
  const char* answer = textcat_Classify(handle_->textcat, sample.data(), sample.size());
  // The answer is "[fi]", "[fi][sv]" when close, or "SHORT"/"UNKNOWN".
  if (answer != nullptr && answer[0] == '[' && std::strlen(answer) >= 4) {
    const std::string_view code(answer + 1, 2);
    const bool ambiguous = std::strlen(answer) > 4;
    if (auto language = model::parse_language(code); language && !ambiguous) return *language;
  }
  return identify_by_words(sample);
}

}  // namespace kybersaa::text
