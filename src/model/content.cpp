#include "model/content.hpp"

#include "model/vocabulary.hpp"

namespace kybersaa::model {
namespace {
constexpr Vocabulary<ItemStatus, 2> kItemStatuses{{"draft", "approved"}};
constexpr Vocabulary<DevelopmentKind, 4> kDevelopmentKinds{
    {"legislation", "standard", "consultation", "advice"}};
static_assert(static_cast<int>(DevelopmentKind::kAdvice) == 3);
}  // namespace

std::string_view item_status_name(ItemStatus status) { return kItemStatuses.name(status); }
std::optional<ItemStatus> parse_item_status(std::string_view name) {
  return kItemStatuses.parse(name);
}

std::string_view development_kind_name(DevelopmentKind kind) {
  return kDevelopmentKinds.name(kind);
}
std::optional<DevelopmentKind> parse_development_kind(std::string_view name) {
  return kDevelopmentKinds.parse(name);
}

}  // namespace kybersaa::model
