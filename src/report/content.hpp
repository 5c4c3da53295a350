#pragma once
// Report content in the report model: the rules that turn stored,
// analyst-written content into what the report shows. Pure functions of
// values (docs/assessment.md states the rules):
// - the top-5's movement against the previous month's list;
// - draft items made from document-drafted incidents;
// - the 2-4 headline bullets of each field on the weather map.

#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "model/content.hpp"
#include "model/incident.hpp"
#include "report/build_report.hpp"
#include "report/monthly_report.hpp"

namespace kybersaa::report {

// Headline bullets per field on the weather map.
inline constexpr std::size_t kMinHeadlines = 2;
inline constexpr std::size_t kMaxHeadlines = 4;

// Order of draft items: after every item an analyst placed.
inline constexpr int kDraftItemOrder = 1000;

// Returns the month's top-5 with each threat's movement: raised when its
// rank number fell (it climbed), lowered when it rose, unchanged when equal;
// new when the previous list lacks its id (or there is no previous list);
// updated when its texts or metrics differ from the previous list's.
std::vector<ThreatEntry> compare_threats(std::span<const model::Threat> current,
                                         const std::optional<std::vector<model::Threat>>& previous);

// Returns the id of the draft item made from incident `incident_id`.
std::string draft_item_id(std::string_view incident_id);

// Returns the draft item made from a document-drafted incident: its title,
// up to five fact bullets (reported, started and detected dates, affected
// people and devices, personal-data kinds, CVE ids in its text) in fi, sv
// and en, and its summary as the analysis. Status draft, order `order`.
model::ContentItem draft_item(const model::Incident& incident, int order);

// Returns the draft items of `drafts` (document-drafted incidents) that no
// item of `items` writes up (by incident id), ordered by report time and id,
// numbered from kDraftItemOrder. Drafts at TLP:AMBER+STRICT or RED are left
// out; AMBER, the TLP every drafted incident starts with, is shown (marked
// as a draft) so that the analyst reviewing the report sees it.
std::vector<model::ContentItem> draft_items(std::span<const model::Incident> drafts,
                                            std::span<const model::ContentItem> items);

// Returns the 2-4 headline bullets of a field: the headlines of its approved
// items in item order, then generated bullets in this order until there are
// four — the count against the baseline with the trend; the month's critical
// and high-severity incidents (when any); the most severe publishable
// incident's title (when high or critical); the previous month's and the
// year-ago count. `month_incidents` are the field's incidents of the month.
std::vector<Headline> select_headlines(const FieldSection& section,
                                       std::span<const model::Incident> month_incidents);

// Fills the report-content members of `report` (built from `inputs` up to
// its incident lists) from `inputs`: items, headlines, top-5, developments
// and how to report.
void add_report_content(MonthlyReport& report, const ReportInputs& inputs);

}  // namespace kybersaa::report
