#include "report/lifecycle_text.hpp"

#include <cctype>

#include "report/catalog.hpp"

namespace kybersaa::report::detail {

std::string tlp_label(model::Tlp tlp) {
  std::string label = "TLP:";
  for (const char c : model::tlp_name(tlp)) {
    label += static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  }
  return label;
}

std::string_view state_marker(model::ReportState state, model::Language language) {
  switch (state) {
    case model::ReportState::kDraft:
      return catalog_text(Text::kStateDraft, language);
    case model::ReportState::kReviewed:
      return catalog_text(Text::kStateReviewed, language);
    case model::ReportState::kPublished:
      return {};
  }
  return {};
}

}  // namespace kybersaa::report::detail
