#include "model/report_state.hpp"

#include "model/vocabulary.hpp"

namespace kybersaa::model {
namespace {

constexpr Vocabulary<ReportState, 3> kReportStates{{"draft", "reviewed", "published"}};

}  // namespace

std::string_view report_state_name(ReportState state) { return kReportStates.name(state); }
std::optional<ReportState> parse_report_state(std::string_view name) {
  return kReportStates.parse(name);
}
std::span<const std::string_view> report_state_names() { return kReportStates.names; }

}  // namespace kybersaa::model
