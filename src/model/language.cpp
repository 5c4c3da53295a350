#include "model/language.hpp"

#include "model/vocabulary.hpp"

namespace kybersaa::model {
namespace {
constexpr Vocabulary<Language, 3> kLanguages{{"fi", "sv", "en"}};
static_assert(static_cast<int>(Language::kEn) == 2);
}  // namespace

std::string_view language_code(Language language) { return kLanguages.name(language); }
std::optional<Language> parse_language(std::string_view code) { return kLanguages.parse(code); }

}  // namespace kybersaa::model
