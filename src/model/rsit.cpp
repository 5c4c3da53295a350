#include "model/rsit.hpp"

#include <array>

namespace kybersaa::model {
namespace {

// RSIT as published in MISP's "rsit" machine-tag taxonomy.
constexpr std::array<std::string_view, 3> kAbusiveContent = {"spam", "harmful-speech", "violence"};
constexpr std::array<std::string_view, 4> kMaliciousCode = {
    "infected-system", "c2-server", "malware-distribution", "malware-configuration"};
constexpr std::array<std::string_view, 3> kInformationGathering = {"scanner", "sniffing",
                                                                   "social-engineering"};
constexpr std::array<std::string_view, 3> kIntrusionAttempts = {"ids-alert", "brute-force",
                                                                "exploit"};
constexpr std::array<std::string_view, 5> kIntrusions = {
    "privileged-account-compromise", "unprivileged-account-compromise", "application-compromise",
    "system-compromise", "burglary"};
constexpr std::array<std::string_view, 5> kAvailability = {"dos", "ddos", "misconfiguration",
                                                           "sabotage", "outage"};
constexpr std::array<std::string_view, 4> kInformationContentSecurity = {
    "unauthorised-information-access", "unauthorised-information-modification", "data-loss",
    "data-leak"};
constexpr std::array<std::string_view, 4> kFraud = {"unauthorised-use-of-resources", "copyright",
                                                    "masquerade", "phishing"};
constexpr std::array<std::string_view, 5> kVulnerable = {
    "weak-crypto", "ddos-amplifier", "potentially-unwanted-accessible", "information-disclosure",
    "vulnerable-system"};
constexpr std::array<std::string_view, 2> kOther = {"other", "undetermined"};
constexpr std::array<std::string_view, 1> kTest = {"test"};

const std::array<RsitTaxonomy, 11> kTaxonomies = {{
    {"abusive-content", kAbusiveContent},
    {"malicious-code", kMaliciousCode},
    {"information-gathering", kInformationGathering},
    {"intrusion-attempts", kIntrusionAttempts},
    {"intrusions", kIntrusions},
    {"availability", kAvailability},
    {"information-content-security", kInformationContentSecurity},
    {"fraud", kFraud},
    {"vulnerable", kVulnerable},
    {"other", kOther},
    {"test", kTest},
}};

}  // namespace

std::span<const RsitTaxonomy> rsit_taxonomies() { return kTaxonomies; }

bool is_valid_rsit(std::string_view taxonomy, std::string_view type) {
  for (const auto& entry : kTaxonomies) {
    if (entry.taxonomy != taxonomy) continue;
    for (auto candidate : entry.types) {
      if (candidate == type) return true;
    }
    return false;
  }
  return false;
}

std::string rsit_machine_tag(const RsitClass& rsit) {
  return "rsit:" + rsit.taxonomy + "=\"" + rsit.type + "\"";
}

}  // namespace kybersaa::model
