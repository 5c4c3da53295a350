#pragma once
// What the report says about its own lifecycle (model/report_state.hpp): the
// TLP label and, until it is published, a draft or reviewed marker. Shared by
// the HTML and Markdown renderers; plain text, escaped by each renderer.

#include <string>
#include <string_view>

#include "model/incident_enums.hpp"
#include "model/language.hpp"
#include "model/report_state.hpp"

namespace kybersaa::report::detail {

// Returns the TLP 2.0 label as FIRST spells it in every language:
// "TLP:CLEAR", "TLP:AMBER+STRICT".
std::string tlp_label(model::Tlp tlp);

// Returns the marker a report in `state` carries at its top ("LUONNOS – ei
// tarkastettu eikä julkaistu"), or "" for a published report.
std::string_view state_marker(model::ReportState state, model::Language language);

}  // namespace kybersaa::report::detail
