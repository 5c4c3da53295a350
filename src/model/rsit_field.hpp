#pragma once
// Which of the six report fields a machine-feed event counts in, from its
// RSIT classification (IntelMQ's classification.taxonomy and .type) and, for
// automation and IoT, the protocol or report it was seen in: RSIT has no
// class for industrial devices, so a vulnerable Modbus controller is
// "vulnerable/vulnerable-system" like any other host, and only the report
// type or identifier ("scan_modbus", "ics") says it belongs to automation.

#include <initializer_list>
#include <optional>
#include <string_view>

#include "model/field.hpp"

namespace kybersaa::model {

// Returns the field of RSIT class `taxonomy`/`type`, or nullopt when the
// class says nothing the report counts (other/*, test/*, or not RSIT).
//
//   availability/*                                  network
//   information-gathering/sniffing                  espionage
//   malicious-code/*, vulnerable/*,
//   intrusion-attempts/*, information-gathering/scanner,
//   fraud/unauthorised-use-of-resources             malware-vulnerabilities
//   intrusions/*, information-content-security/*    breaches-leaks
//   fraud/{phishing,masquerade,copyright},
//   abusive-content/*, information-gathering/social-engineering
//                                                   scams-phishing
std::optional<Field> field_for_rsit(std::string_view taxonomy, std::string_view type);

// True when `marker` (a report type, feed name or classification identifier,
// any case) names an industrial or IoT protocol or device report, e.g.
// "scan_modbus", "ics", "bacnet", "mqtt": a word of it separated by '_',
// '-', ' ' or '.' is one of the known protocol names.
bool names_automation_or_iot(std::string_view marker);

// The field of a feed event: automation-iot when any of `markers` names an
// industrial or IoT protocol and the class is vulnerable/* or
// information-gathering/*, else field_for_rsit(). An other/* event whose
// marker starts with "accessible-" (Shadowserver's reports of services open
// to the Internet, which it classifies other/other) counts as
// vulnerable/potentially-unwanted-accessible.
std::optional<Field> field_for_feed_event(std::string_view taxonomy, std::string_view type,
                                          std::initializer_list<std::string_view> markers);

}  // namespace kybersaa::model
