#pragma once
// Analyst-written report content: the items of each field section, the top-5
// long-term threats, the field developments and the how-to-report texts.
// Plain values. Texts are kept per report language and each language is
// optional, so a text written in one language only stays as written and the
// report shows it with a marker naming its language.

#include <array>
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "model/field.hpp"
#include "model/language.hpp"
#include "model/year_month.hpp"

namespace kybersaa::model {

// A value per report language, indexed by Language; unset where nobody has
// written it.
template <class T>
using PerLanguage = std::array<std::optional<T>, kAllLanguages.size()>;

template <class T>
const std::optional<T>& in_language(const PerLanguage<T>& values, Language language) {
  return values[static_cast<std::size_t>(language)];
}
template <class T>
std::optional<T>& in_language(PerLanguage<T>& values, Language language) {
  return values[static_cast<std::size_t>(language)];
}

// A text of `values` to show in `language`: that language's when written,
// otherwise the first written of fi, sv, en (Finnish is the CERT's working
// language). `language` says which language the text is in.
template <class T>
struct ShownText {
  const T* text = nullptr;            // null when no language has one
  Language language = Language::kFi;  // the language `text` is in
  Language wanted = Language::kFi;    // the language asked for
  bool fallback() const { return text != nullptr && language != wanted; }
};

template <class T>
ShownText<T> shown_text(const PerLanguage<T>& values, Language wanted) {
  if (const auto& own = in_language(values, wanted)) return {&*own, wanted, wanted};
  for (const Language language : kAllLanguages) {
    if (const auto& other = in_language(values, language)) return {&*other, language, wanted};
  }
  return {nullptr, wanted, wanted};
}

// Whether an item has been reviewed. Drafts are shown marked as drafts.
enum class ItemStatus { kDraft, kApproved };

// "draft", "approved".
std::string_view item_status_name(ItemStatus status);
std::optional<ItemStatus> parse_item_status(std::string_view name);

// Limits an item's text must keep.
inline constexpr std::size_t kMinBullets = 1;
inline constexpr std::size_t kMaxBullets = 5;

// An item's text in one language.
struct ItemText {
  std::string title;
  std::vector<std::string> bullets;  // kMinBullets..kMaxBullets facts
  std::string analysis;              // what it means and what to do
  std::string headline;              // one line for the weather map; empty when none
  friend bool operator==(const ItemText&, const ItemText&) = default;
};

// One item of a field section: an incident, a phenomenon or a feed
// observation written up by an analyst.
struct ContentItem {
  std::string id;  // chosen by the analyst; unique in the store
  YearMonth month;
  Field field = Field::kNetwork;
  int order = 0;  // position in the field's section, ascending
  ItemStatus status = ItemStatus::kDraft;
  std::optional<std::string> incident_id;  // the incident the item writes up
  PerLanguage<ItemText> texts;
  friend bool operator==(const ContentItem&, const ContentItem&) = default;
};

// The ranks of the top-5 list of long-term threats.
inline constexpr int kTopThreats = 5;

struct ThreatText {
  std::string title;
  std::string description;
  std::string case_text;  // an anonymised example
  friend bool operator==(const ThreatText&, const ThreatText&) = default;
};

// One long-term threat of a month's ranked list.
struct Threat {
  std::string id;  // stable from month to month
  int rank = 1;    // 1..kTopThreats
  PerLanguage<ThreatText> texts;
  std::vector<std::string> metrics;  // names of linked metrics (key figures)
  friend bool operator==(const Threat&, const Threat&) = default;
};

// What a field development is about.
enum class DevelopmentKind { kLegislation, kStandard, kConsultation, kAdvice };

// Every kind, in the order the report groups developments.
inline constexpr std::array kAllDevelopmentKinds = {
    DevelopmentKind::kLegislation, DevelopmentKind::kStandard, DevelopmentKind::kConsultation,
    DevelopmentKind::kAdvice};

// "legislation", "standard", "consultation", "advice".
std::string_view development_kind_name(DevelopmentKind kind);
std::optional<DevelopmentKind> parse_development_kind(std::string_view name);

struct DevelopmentText {
  std::string title;
  std::string text;
  friend bool operator==(const DevelopmentText&, const DevelopmentText&) = default;
};

// One development of the month: legislation, a standard, a consultation or
// everyday advice for citizens.
struct Development {
  std::string id;
  DevelopmentKind kind = DevelopmentKind::kAdvice;
  PerLanguage<DevelopmentText> texts;
  friend bool operator==(const Development&, const Development&) = default;
};

struct HowToReportText {
  std::string intro;
  std::vector<std::string> channels;  // one line per channel: where and how
  friend bool operator==(const HowToReportText&, const HowToReportText&) = default;
};

// The "how to report" section.
struct HowToReport {
  PerLanguage<HowToReportText> texts;
  friend bool operator==(const HowToReport&, const HowToReport&) = default;
};

// A month's content as one content file holds it. A section that is unset
// (threats, developments, how to report) is not part of the file and leaves
// what is stored for the month as it is.
struct MonthContent {
  YearMonth month;
  std::vector<ContentItem> items;
  std::optional<std::vector<Threat>> threats;  // ranks 1..n, n <= kTopThreats
  std::optional<std::vector<Development>> developments;
  std::optional<HowToReport> how_to_report;  // unset: the shipped default applies
  friend bool operator==(const MonthContent&, const MonthContent&) = default;
};

}  // namespace kybersaa::model
