// VERIS incident records with simdjson's DOM parser, and the mapping of
// VERIS categories to the report's six fields and to RSIT.
//
// A VERIS record describes an incident along four axes: actions (hacking,
// malware, social, misuse, physical, error, environmental), actors (external,
// internal, partner, with motives), assets (typed "S - Web application",
// "U - Laptop", ...) and attributes (confidentiality, integrity, availability
// with what happened to each). The record is first flattened into facts
// ("action.malware.variety.Ransomware", "actor.motive.Espionage", ...), then
// two ordered rule tables are tried against them: the first rule matching any
// fact decides the field, the first of the second table the RSIT class.
//
// The field follows what a report reader cares about most: an industrial or
// embedded asset puts the incident under automation and IoT, an espionage
// motive or state actor under espionage, denial of service under network,
// confirmed disclosure of data under breaches, malware under malware; then
// social engineering, other confidentiality losses, intrusions and outages.
// The RSIT class follows the action, as RSIT does. Worked example (VCDB
// 230092F0...): malware Ransomware + social Extortion, availability Loss:
// no asset, actor or DoS rule fires, no data disclosure; "action.malware"
// gives malware-vulnerabilities; "action.malware.variety.Ransomware" gives
// malicious-code/infected-system.

#include "feed/veris.hpp"

#include <algorithm>
#include <array>

#include "feed/json_record.hpp"
#include "model/calendar.hpp"

namespace kybersaa::feed {
namespace {

using detail::JsonPath;
using detail::JsonReader;
using model::Field;
using simdjson::dom::array;
using simdjson::dom::element;
using simdjson::dom::object;

// The field rules, tried in order (docs/formats/feeds.md shows this table).
constexpr std::array<VerisFieldRule, 25> kFieldRules = {{
    {"asset.variety.S - ICS", Field::kAutomationIot},
    {"asset.variety.S - DCS", Field::kAutomationIot},
    {"asset.variety.N - PLC", Field::kAutomationIot},
    {"asset.variety.N - RTU", Field::kAutomationIot},
    {"asset.variety.E - *", Field::kAutomationIot},  // embedded: telemetry, telematics
    {"actor.motive.Espionage", Field::kEspionage},
    {"actor.variety.Nation-state", Field::kEspionage},
    {"actor.variety.State-affiliated", Field::kEspionage},
    {"action.hacking.variety.DoS", Field::kNetwork},
    {"action.malware.variety.DoS", Field::kNetwork},
    {"attribute.confidentiality.data_disclosure.Yes", Field::kBreachesLeaks},
    {"action.malware", Field::kMalwareVulnerabilities},
    {"action.social.variety.Phishing", Field::kScamsPhishing},
    {"action.social.variety.Pretexting", Field::kScamsPhishing},
    {"action.social.variety.Scam", Field::kScamsPhishing},
    {"action.social.variety.Forgery", Field::kScamsPhishing},
    {"action.social.variety.Spam", Field::kScamsPhishing},
    {"action.social.variety.Baiting", Field::kScamsPhishing},
    {"attribute.confidentiality", Field::kBreachesLeaks},
    {"action.hacking", Field::kBreachesLeaks},
    {"action.misuse", Field::kBreachesLeaks},
    {"action.social", Field::kScamsPhishing},
    {"attribute.availability", Field::kNetwork},
    {"action.environmental", Field::kNetwork},
    {"action.physical", Field::kBreachesLeaks},
}};

// The RSIT rules, tried in order (docs/formats/feeds.md shows this table).
constexpr std::array<VerisRsitRule, 25> kRsitRules = {{
    {"action.hacking.variety.DoS", "availability", "dos"},
    {"action.malware.variety.DoS", "availability", "dos"},
    {"action.malware.variety.Ransomware", "malicious-code", "infected-system"},
    {"action.social.variety.Phishing", "fraud", "phishing"},
    {"action.social.variety.Pretexting", "information-gathering", "social-engineering"},
    {"action.social.variety.Baiting", "information-gathering", "social-engineering"},
    {"action.social.variety.Elicitation", "information-gathering", "social-engineering"},
    {"action.social.variety.Forgery", "fraud", "masquerade"},
    {"action.social.variety.Scam", "fraud", "masquerade"},
    {"action.social.variety.Spam", "abusive-content", "spam"},
    {"action.malware", "malicious-code", "infected-system"},
    {"action.hacking.variety.Use of stolen creds", "intrusions", "unprivileged-account-compromise"},
    {"action.hacking.variety.Brute force", "intrusions", "unprivileged-account-compromise"},
    {"action.hacking.variety.Exploit vuln", "intrusions", "application-compromise"},
    {"action.hacking.variety.SQLi", "intrusions", "application-compromise"},
    {"action.hacking.variety.XSS", "intrusions", "application-compromise"},
    {"action.hacking", "intrusions", "system-compromise"},
    {"action.misuse.variety.Data mishandling", "information-content-security", "data-leak"},
    {"action.misuse", "information-content-security", "unauthorised-information-access"},
    {"action.physical.variety.Theft", "information-content-security", "data-loss"},
    {"action.physical", "intrusions", "burglary"},
    {"action.error.variety.Loss", "information-content-security", "data-loss"},
    {"action.error", "information-content-security", "data-leak"},
    {"action.environmental", "availability", "outage"},
    {"action.social", "information-gathering", "social-engineering"},
}};

// VERIS impact.overall_rating to severity; "Unknown" and absent: medium.
struct RatingSeverity {
  std::string_view rating;
  model::Severity severity;
};
constexpr std::array<RatingSeverity, 5> kRatingSeverities = {{
    {"Insignificant", model::Severity::kLow},
    {"Distracting", model::Severity::kLow},
    {"Painful", model::Severity::kMedium},
    {"Damaging", model::Severity::kHigh},
    {"Catastrophic", model::Severity::kCritical},
}};

// VERIS attribute.confidentiality.data[].variety to personal-data kinds.
struct DataKind {
  std::string_view variety;
  model::PersonalData kind;
};
constexpr std::array<DataKind, 7> kDataKinds = {{
    {"Personal", model::PersonalData::kName},
    {"Sensitive Personal", model::PersonalData::kNationalId},
    {"Medical", model::PersonalData::kHealth},
    {"Bank", model::PersonalData::kFinancial},
    {"Payment", model::PersonalData::kFinancial},
    {"Credentials", model::PersonalData::kCredentials},
    {"Multi-factor credential", model::PersonalData::kCredentials},
}};

// NAICS industry code prefixes (victim.industry) to sectors; the first
// matching prefix wins, so longer prefixes come first.
struct IndustrySector {
  std::string_view prefix;
  model::Sector sector;
};
constexpr std::array<IndustrySector, 34> kIndustrySectors = {{
    {"2213", model::Sector::kDrinkingWater},
    {"3254", model::Sector::kHealth},  // pharmaceuticals
    {"5221", model::Sector::kBanking},
    {"5415", model::Sector::kIctServices},
    {"5417", model::Sector::kResearch},
    {"211", model::Sector::kEnergy},
    {"221", model::Sector::kEnergy},
    {"486", model::Sector::kEnergy},  // pipelines
    {"491", model::Sector::kCourier},
    {"492", model::Sector::kCourier},
    {"511", model::Sector::kMedia},
    {"512", model::Sector::kMedia},
    {"515", model::Sector::kMedia},
    {"516", model::Sector::kMedia},
    {"517", model::Sector::kDigitalInfrastructure},
    {"518", model::Sector::kDigitalInfrastructure},
    {"519", model::Sector::kDigitalProviders},
    {"562", model::Sector::kWasteManagement},
    {"325", model::Sector::kChemical},
    {"311", model::Sector::kFood},
    {"312", model::Sector::kFood},
    {"48", model::Sector::kTransport},
    {"49", model::Sector::kTransport},
    {"52", model::Sector::kFinancial},
    {"61", model::Sector::kEducation},
    {"62", model::Sector::kHealth},
    {"92", model::Sector::kPublicAdministration},
    {"31", model::Sector::kManufacturing},
    {"32", model::Sector::kManufacturing},
    {"33", model::Sector::kManufacturing},
    {"44", model::Sector::kRetail},
    {"45", model::Sector::kRetail},
    {"54", model::Sector::kOther},
    {"81", model::Sector::kOther},
}};

constexpr std::size_t kMaxTitleChars = 300;
constexpr std::size_t kMaxSummaryChars = 20000;
constexpr std::int64_t kMinYear = 1970;
constexpr std::int64_t kMaxYear = 9999;

bool matches(std::string_view pattern, std::string_view fact) {
  if (!pattern.empty() && pattern.back() == '*') {
    pattern.remove_suffix(1);
    return fact.substr(0, pattern.size()) == pattern;
  }
  return fact == pattern;
}

bool any_fact_matches(std::string_view pattern, std::span<const std::string> facts) {
  return std::any_of(facts.begin(), facts.end(),
                     [pattern](const std::string& fact) { return matches(pattern, fact); });
}

// Cuts `text` to at most `max_chars` code points (it is valid UTF-8).
std::string truncate_chars(std::string_view text, std::size_t max_chars) {
  std::size_t chars = 0;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if ((static_cast<unsigned char>(text[i]) & 0xC0) == 0x80) continue;
    if (chars++ == max_chars) return std::string(text.substr(0, i));
  }
  return std::string(text);
}

std::string_view trim(std::string_view text) {
  const auto first = text.find_first_not_of(" \t\r\n");
  if (first == std::string_view::npos) return {};
  const auto last = text.find_last_not_of(" \t\r\n");
  return text.substr(first, last - first + 1);
}

// A VERIS enumeration: an array of strings (a single string is accepted too).
template <class OnValue>
base::Status for_each_enum(const JsonReader& reader, object parent, std::string_view key,
                           const JsonPath& path, OnValue&& on_value) {
  const auto value = JsonReader::member(parent, key);
  if (!value) return {};
  const JsonPath value_path = path.member(key);
  std::string_view single;
  if (!value->get_string().get(single)) {
    on_value(single);
    return {};
  }
  auto values = reader.array(*value, value_path);
  if (!values) return tl::unexpected(values.error());
  std::size_t index = 0;
  for (element item : *values) {
    auto text = reader.string(item, value_path.element(index++));
    if (!text) return tl::unexpected(text.error());
    on_value(*text);
  }
  return {};
}

// A non-negative integer member, or nullopt when absent.
base::Result<std::optional<std::int64_t>> optional_count(const JsonReader& reader, object parent,
                                                         std::string_view key,
                                                         const JsonPath& path) {
  const auto value = JsonReader::member(parent, key);
  if (!value) return std::optional<std::int64_t>();
  std::int64_t number = 0;
  if (value->get_int64().get(number) || number < 0) {
    return tl::unexpected(reader.error(path.member(key), "expected a non-negative integer"));
  }
  return std::optional<std::int64_t>(number);
}

// Reads one VERIS record into an incident.
class IncidentBuilder {
 public:
  explicit IncidentBuilder(std::string_view file) : reader_(file) {}

  base::Result<model::Incident> build(element root) {
    const JsonPath path;
    auto record = reader_.object(root, path);
    if (!record) return tl::unexpected(record.error());
    for (std::string_view key : {"schema_version", "incident_id"}) {
      auto text = reader_.optional_string(*record, key, path);
      if (!text) return tl::unexpected(text.error());
      if (!*text || trim(**text).empty()) {
        return tl::unexpected(reader_.error(path.member(key), "missing: not a VERIS record"));
      }
    }
    incident_.reference = *reader_.optional_string(*record, "incident_id", path).value();
    incident_.status = model::IncidentStatus::kDraft;
    if (auto read = read_actions(*record, path); !read) return tl::unexpected(read.error());
    if (auto read = read_actors(*record, path); !read) return tl::unexpected(read.error());
    if (auto read = read_assets(*record, path); !read) return tl::unexpected(read.error());
    if (auto read = read_attributes(*record, path); !read) return tl::unexpected(read.error());
    if (auto read = read_victim(*record, path); !read) return tl::unexpected(read.error());
    if (auto read = read_dates(*record, path); !read) return tl::unexpected(read.error());
    if (auto read = read_texts(*record, path); !read) return tl::unexpected(read.error());
    if (auto read = read_impact(*record, path); !read) return tl::unexpected(read.error());

    const VerisClassification classification = classify_veris(facts_);
    incident_.field = classification.field;
    incident_.rsit = classification.rsit;
    std::sort(personal_data_.begin(), personal_data_.end());
    personal_data_.erase(std::unique(personal_data_.begin(), personal_data_.end()),
                         personal_data_.end());
    incident_.personal_data = personal_data_;
    incident_.title = truncate_chars(title(), kMaxTitleChars);
    incident_.id = model::incident_content_id(incident_);
    return std::move(incident_);
  }

 private:
  void add_fact(std::string_view a, std::string_view b = {}, std::string_view c = {}) {
    std::string fact(a);
    for (std::string_view part : {b, c}) {
      if (part.empty()) continue;
      fact += '.';
      fact.append(part);
    }
    facts_.push_back(std::move(fact));
  }

  // action.CATEGORY.{variety,vector}; each category also remembered for the title.
  base::Status read_actions(object record, const JsonPath& path) {
    auto actions = reader_.optional_object(record, "action", path);
    if (!actions) return tl::unexpected(actions.error());
    if (!*actions) return tl::unexpected(reader_.error(path.member("action"), "missing"));
    const JsonPath actions_path = path.member("action");
    for (auto [category, value] : **actions) {
      const JsonPath category_path = actions_path.member(category);
      auto details = reader_.object(value, category_path);
      if (!details) return tl::unexpected(details.error());
      const std::string prefix = "action." + std::string(category);
      add_fact(prefix);
      std::string varieties;
      for (std::string_view key : {"variety", "vector"}) {
        auto read = for_each_enum(reader_, *details, key, category_path, [&](std::string_view v) {
          add_fact(prefix, key, v);
          if (key == "variety" && v != "Unknown") {
            if (!varieties.empty()) varieties += ", ";
            varieties.append(v);
          }
        });
        if (!read) return read;
      }
      actions_.push_back(varieties.empty() ? std::string(category)
                                           : std::string(category) + " (" + varieties + ")");
    }
    return {};
  }

  // actor.CATEGORY, actor.motive.M, actor.variety.V (motives and varieties
  // are pooled over categories: an espionage motive counts wherever it is).
  base::Status read_actors(object record, const JsonPath& path) {
    auto actors = reader_.optional_object(record, "actor", path);
    if (!actors) return tl::unexpected(actors.error());
    if (!*actors) return {};
    const JsonPath actors_path = path.member("actor");
    for (auto [category, value] : **actors) {
      const JsonPath category_path = actors_path.member(category);
      auto details = reader_.object(value, category_path);
      if (!details) return tl::unexpected(details.error());
      add_fact("actor", category);
      for (std::string_view key : {"motive", "variety"}) {
        auto read = for_each_enum(reader_, *details, key, category_path,
                                  [&](std::string_view v) { add_fact("actor", key, v); });
        if (!read) return read;
      }
    }
    return {};
  }

  // asset.variety.V for each asset.assets[].variety; asset.total_amount.
  base::Status read_assets(object record, const JsonPath& path) {
    auto asset = reader_.optional_object(record, "asset", path);
    if (!asset) return tl::unexpected(asset.error());
    if (!*asset) return {};
    const JsonPath asset_path = path.member("asset");
    auto assets = reader_.optional_array(**asset, "assets", asset_path);
    if (!assets) return tl::unexpected(assets.error());
    if (*assets) {
      const JsonPath assets_path = asset_path.member("assets");
      std::size_t index = 0;
      for (element value : **assets) {
        const JsonPath item_path = assets_path.element(index++);
        auto item = reader_.object(value, item_path);
        if (!item) return tl::unexpected(item.error());
        auto variety = reader_.optional_string(*item, "variety", item_path);
        if (!variety) return tl::unexpected(variety.error());
        if (*variety) add_fact("asset.variety", **variety);
      }
    }
    auto total = optional_count(reader_, **asset, "total_amount", asset_path);
    if (!total) return tl::unexpected(total.error());
    incident_.affected_devices = *total;
    return {};
  }

  // attribute.CATEGORY, attribute.CATEGORY.variety.V,
  // attribute.confidentiality.data_disclosure.D, attribute.confidentiality.data.V.
  base::Status read_attributes(object record, const JsonPath& path) {
    auto attributes = reader_.optional_object(record, "attribute", path);
    if (!attributes) return tl::unexpected(attributes.error());
    if (!*attributes) return {};
    const JsonPath attributes_path = path.member("attribute");
    for (auto [category, value] : **attributes) {
      const JsonPath category_path = attributes_path.member(category);
      auto details = reader_.object(value, category_path);
      if (!details) return tl::unexpected(details.error());
      const std::string prefix = "attribute." + std::string(category);
      add_fact(prefix);
      auto read = for_each_enum(reader_, *details, "variety", category_path,
                                [&](std::string_view v) { add_fact(prefix, "variety", v); });
      if (!read) return read;
      if (category != "confidentiality") continue;
      auto disclosure = reader_.optional_string(*details, "data_disclosure", category_path);
      if (!disclosure) return tl::unexpected(disclosure.error());
      if (*disclosure) add_fact(prefix, "data_disclosure", **disclosure);
      auto total = optional_count(reader_, *details, "data_total", category_path);
      if (!total) return tl::unexpected(total.error());
      incident_.affected_people = *total;
      if (auto data = read_data_varieties(*details, category_path, prefix); !data) return data;
    }
    return {};
  }

  base::Status read_data_varieties(object confidentiality, const JsonPath& path,
                                   const std::string& prefix) {
    auto data = reader_.optional_array(confidentiality, "data", path);
    if (!data) return tl::unexpected(data.error());
    if (!*data) return {};
    const JsonPath data_path = path.member("data");
    std::size_t index = 0;
    for (element value : **data) {
      const JsonPath item_path = data_path.element(index++);
      auto item = reader_.object(value, item_path);
      if (!item) return tl::unexpected(item.error());
      auto variety = reader_.optional_string(*item, "variety", item_path);
      if (!variety) return tl::unexpected(variety.error());
      if (!*variety) continue;
      add_fact(prefix, "data", **variety);
      for (const auto& kind : kDataKinds) {
        if (kind.variety == **variety) personal_data_.push_back(kind.kind);
      }
    }
    return {};
  }

  base::Status read_victim(object record, const JsonPath& path) {
    auto victim = reader_.optional_object(record, "victim", path);
    if (!victim) return tl::unexpected(victim.error());
    if (!*victim) return {};
    const JsonPath victim_path = path.member("victim");
    auto name = reader_.optional_string(**victim, "victim_id", victim_path);
    if (!name) return tl::unexpected(name.error());
    if (*name) incident_.organization.name = truncate_chars(trim(**name), kMaxTitleChars);
    auto industry = reader_.optional_string(**victim, "industry", victim_path);
    if (!industry) return tl::unexpected(industry.error());
    if (*industry) {
      for (const auto& entry : kIndustrySectors) {
        if (industry->value().substr(0, entry.prefix.size()) == entry.prefix) {
          incident_.organization.sector = entry.sector;
          break;
        }
      }
    }
    return {};
  }

  // A VERIS date: {"year": Y, "month": M, "day": D}, month and day optional.
  struct PartialDate {
    std::int64_t year = 0;
    std::optional<std::int64_t> month;
    std::optional<std::int64_t> day;
  };

  base::Result<std::optional<PartialDate>> read_date(object parent, std::string_view key,
                                                     const JsonPath& path) {
    auto date = reader_.optional_object(parent, key, path);
    if (!date) return tl::unexpected(date.error());
    if (!*date) return std::optional<PartialDate>();
    const JsonPath date_path = path.member(key);
    auto year = optional_count(reader_, **date, "year", date_path);
    if (!year) return tl::unexpected(year.error());
    if (!*year) return std::optional<PartialDate>();
    auto month = optional_count(reader_, **date, "month", date_path);
    if (!month) return tl::unexpected(month.error());
    auto day = optional_count(reader_, **date, "day", date_path);
    if (!day) return tl::unexpected(day.error());
    if (**year < kMinYear || **year > kMaxYear) {
      return tl::unexpected(reader_.error(date_path.member("year"), "not a year from 1970 on"));
    }
    if (*month && (**month < 1 || **month > 12)) {
      return tl::unexpected(reader_.error(date_path.member("month"), "not a month (1-12)"));
    }
    if (*day &&
        (!*month || **day < 1 ||
         **day > model::days_in_month(static_cast<int>(**year), static_cast<int>(**month)))) {
      return tl::unexpected(reader_.error(date_path.member("day"), "not a day of the month"));
    }
    return std::optional<PartialDate>(PartialDate{**year, *month, *day});
  }

  // Midnight, Helsinki time, of the date (the first of the month or year
  // when the day or month is unknown). read_date() checked the parts.
  static std::int64_t date_instant(const PartialDate& date) {
    std::array<char, 16> text{};
    const auto two = [](std::int64_t n, char* at) {
      at[0] = static_cast<char>('0' + n / 10);
      at[1] = static_cast<char>('0' + n % 10);
    };
    two(date.year / 100, text.data());
    two(date.year % 100, text.data() + 2);
    text[4] = '-';
    two(date.month.value_or(1), text.data() + 5);
    text[7] = '-';
    two(date.day.value_or(1), text.data() + 8);
    return model::parse_iso_instant(std::string_view(text.data(), 10)).value_or(0);
  }

  base::Status read_dates(object record, const JsonPath& path) {
    const JsonPath timeline_path = path.member("timeline");
    auto timeline = reader_.optional_object(record, "timeline", path);
    if (!timeline) return tl::unexpected(timeline.error());
    if (!*timeline) return tl::unexpected(reader_.error(timeline_path, "missing"));
    auto incident_date = read_date(**timeline, "incident", timeline_path);
    if (!incident_date) return tl::unexpected(incident_date.error());
    if (!*incident_date) {
      return tl::unexpected(
          reader_.error(timeline_path.member("incident").member("year"), "missing"));
    }
    std::optional<PartialDate> notified;
    auto plus = reader_.optional_object(record, "plus", path);
    if (!plus) return tl::unexpected(plus.error());
    if (*plus) {
      const JsonPath plus_path = path.member("plus");
      auto plus_timeline = reader_.optional_object(**plus, "timeline", plus_path);
      if (!plus_timeline) return tl::unexpected(plus_timeline.error());
      if (*plus_timeline) {
        auto date = read_date(**plus_timeline, "notification", plus_path.member("timeline"));
        if (!date) return tl::unexpected(date.error());
        notified = *date;
      }
    }
    incident_.reported_at = date_instant(notified.value_or(**incident_date));
    if ((*incident_date)->month) incident_.started_at = date_instant(**incident_date);
    return {};
  }

  base::Status read_texts(object record, const JsonPath& path) {
    auto summary = reader_.optional_string(record, "summary", path);
    if (!summary) return tl::unexpected(summary.error());
    if (*summary) incident_.summary = truncate_chars(trim(**summary), kMaxSummaryChars);
    auto reference = reader_.optional_string(record, "reference", path);
    if (!reference) return tl::unexpected(reference.error());
    if (*reference) {
      // Several references are written as one string separated by ';'.
      std::string_view rest = **reference;
      while (!rest.empty()) {
        const auto end = rest.find(';');
        const std::string_view part = trim(rest.substr(0, end));
        if (!part.empty()) incident_.sources.emplace_back(part);
        if (end == std::string_view::npos) break;
        rest.remove_prefix(end + 1);
      }
    }
    return {};
  }

  base::Status read_impact(object record, const JsonPath& path) {
    auto impact = reader_.optional_object(record, "impact", path);
    if (!impact) return tl::unexpected(impact.error());
    incident_.severity = model::Severity::kMedium;
    if (!*impact) return {};
    auto rating = reader_.optional_string(**impact, "overall_rating", path.member("impact"));
    if (!rating) return tl::unexpected(rating.error());
    for (const auto& entry : kRatingSeverities) {
      if (*rating && entry.rating == **rating) incident_.severity = entry.severity;
    }
    return {};
  }

  // "VICTIM: ACTION (VARIETIES); ACTION ...", e.g.
  // "Alabamas ABC 33/40: malware (Ransomware, Destroy data); social (Extortion)".
  std::string title() const {
    std::string text = incident_.organization.name.empty() ? std::string("VERIS incident")
                                                           : incident_.organization.name;
    text += ": ";
    for (std::size_t i = 0; i < actions_.size(); ++i) {
      if (i > 0) text += "; ";
      text += actions_[i];
    }
    if (actions_.empty()) text += "unknown action";
    return text;
  }

  JsonReader reader_;
  model::Incident incident_;
  std::vector<std::string> facts_;
  std::vector<std::string> actions_;
  std::vector<model::PersonalData> personal_data_;
};

base::Result<model::Incident> build_incident(base::Result<element> root, std::string_view file) {
  if (!root) return tl::unexpected(root.error());
  return IncidentBuilder(file).build(*root);
}

bool is_json_file_name(std::string_view name) {
  return name.size() > 5 && name.substr(name.size() - 5) == ".json";
}

}  // namespace

std::span<const VerisFieldRule> veris_field_rules() { return kFieldRules; }
std::span<const VerisRsitRule> veris_rsit_rules() { return kRsitRules; }

VerisClassification classify_veris(std::span<const std::string> facts) {
  VerisClassification result;
  result.rsit = {std::string(kVerisDefaultRsitTaxonomy), std::string(kVerisDefaultRsitType)};
  for (const auto& rule : kFieldRules) {
    if (any_fact_matches(rule.pattern, facts)) {
      result.field = rule.field;
      result.field_rule = rule.pattern;
      break;
    }
  }
  for (const auto& rule : kRsitRules) {
    if (any_fact_matches(rule.pattern, facts)) {
      result.rsit = {std::string(rule.taxonomy), std::string(rule.type)};
      result.rsit_rule = rule.pattern;
      break;
    }
  }
  return result;
}

base::Result<model::Incident> parse_veris_incident(std::string_view bytes, std::string_view file) {
  detail::JsonDocumentParser parser;
  return build_incident(parser.parse(bytes, file), file);
}

base::Result<model::Incident> parse_veris_file(const std::filesystem::path& path) {
  detail::JsonDocumentParser parser;
  const std::string file = path.string();
  return build_incident(parser.parse_file(path), file);
}

base::Result<RecordFilesSummary> parse_veris_path(
    const std::filesystem::path& path, std::optional<std::uint64_t> max_rejected,
    const std::function<base::Status(const model::Incident&)>& on_incident,
    const RecordRejectionSink& on_rejected) {
  return parse_record_files<model::Incident>(path, is_json_file_name, parse_veris_file,
                                             max_rejected, on_incident, on_rejected);
}

}  // namespace kybersaa::feed
