#pragma once
// A month's report goes through draft → reviewed → published, only forward.
// A draft is what the engine computes; an analyst marks it reviewed; a
// published report is frozen: its files are stored and never rendered again.
// The report carries a TLP (model::Tlp) for how widely it may be shared.

#include <optional>
#include <span>
#include <string_view>

#include "model/incident_enums.hpp"

namespace kybersaa::model {

enum class ReportState { kDraft, kReviewed, kPublished };

// The TLP of a report nobody has labelled: TLP:CLEAR, because the report
// lists only TLP:CLEAR and TLP:GREEN incidents and is made to be published.
inline constexpr Tlp kDefaultReportTlp = Tlp::kClear;

// "draft", "reviewed", "published".
std::string_view report_state_name(ReportState state);
std::optional<ReportState> parse_report_state(std::string_view name);
std::span<const std::string_view> report_state_names();

}  // namespace kybersaa::model
