#pragma once
// The report languages.

#include <array>
#include <optional>
#include <string_view>

namespace kybersaa::model {

enum class Language { kFi, kSv, kEn };

inline constexpr std::array<Language, 3> kAllLanguages = {Language::kFi, Language::kSv,
                                                          Language::kEn};

// Returns the ISO 639-1 code: "fi", "sv", "en".
std::string_view language_code(Language language);
// Parses "fi", "sv" or "en".
std::optional<Language> parse_language(std::string_view code);

}  // namespace kybersaa::model
