#include "sample/notification_generator.hpp"

// How a month is made
//
// 1. The month's own random stream, seeded from (seed, month), draws the
//    month's plan: how many notifications (Poisson around mean × season ×
//    growth), how many of them are the rare critical incidents, this month's
//    field mix (the base mix, each field nudged ±20 % and now and then one
//    field running a campaign), and the reported instants (weekdays and
//    office hours more likely, Christmas quiet), sorted.
// 2. Each notification i then gets a stream of its own, seeded from (month
//    seed, i), and draws its template, reporter, times, counts, labels and
//    contact from it. Nothing is shared between notifications but the plan.
//
// Example: seed 2026, 2026-07, mean 350 gives a mean of 350 × 0.71 (July) ×
// 1.13 (growth since 2022) ≈ 280 notifications, about a third of them scams.
//
// Timestamps are formatted without ICU in the hot path: for each month seen,
// the UTC offset is found once (with the model's ICU-backed calendar,
// including the instant a DST switch happens inside the month) and then
// applied with plain arithmetic.

#include <algorithm>
#include <array>
#include <charconv>
#include <cstddef>
#include <optional>
#include <vector>

#include "model/calendar.hpp"
#include "model/field.hpp"
#include "model/incident_enums.hpp"
#include "sample/notification_catalog.hpp"
#include "sample/random_source.hpp"

namespace kybersaa::sample {
namespace {

using detail::Catalog;
using detail::IncidentTemplate;
using detail::RandomSource;

constexpr std::int64_t kSecondsPerMinute = 60;
constexpr std::int64_t kMinutesPerHour = 60;
constexpr std::int64_t kSecondsPerHour = 3600;
constexpr std::int64_t kSecondsPerDay = 86400;

// Relative notification volume per calendar month (January first): quiet in
// July and around Christmas, busiest in the autumn.
constexpr std::array<double, 12> kSeason = {1.00, 1.00, 1.05, 0.98, 1.00, 0.92,
                                            0.70, 0.95, 1.10, 1.15, 1.12, 0.88};
constexpr double season_mean() {
  double sum = 0.0;
  for (double factor : kSeason) sum += factor;
  return sum / static_cast<double>(kSeason.size());
}
constexpr int kGrowthBaseYear = 2022;
constexpr double kGrowthPerYear = 0.03;
constexpr double kMinimumGrowth = 0.3;

// Expected critical incidents per month, whatever the volume: a few a year.
constexpr double kCriticalPerMonth = 0.2;
constexpr std::int64_t kMaxCriticalPerMonth = 3;

// Base field mix in model::kAllFields order (network, espionage,
// malware-vulnerabilities, breaches-leaks, scams-phishing, automation-iot).
constexpr std::array<double, 6> kFieldShare = {15, 5, 22, 15, 35, 8};
constexpr double kFieldJitter = 0.4;      // each month × [0.8, 1.2)
constexpr double kCampaignChance = 0.15;  // a month where one field surges
constexpr double kCampaignFactor = 1.6;

// Severity weights (low, medium, high) per field, kAllFields order.
constexpr std::array<std::array<int, 3>, 6> kSeverityWeights = {{
    {45, 45, 10},
    {15, 50, 35},
    {40, 45, 15},
    {30, 48, 22},
    {58, 35, 7},
    {40, 45, 15},
}};

// Status weights (open, investigating, resolved, closed) by the month's age
// in months at the end of the window: 0, 1, 2–3, 4 and older.
constexpr std::array<std::array<int, 4>, 4> kStatusWeights = {{
    {45, 35, 17, 3},
    {20, 30, 38, 12},
    {6, 12, 50, 32},
    {1, 3, 36, 60},
}};

// TLP weights (clear, green, amber, amber+strict, red).
constexpr std::array<int, 5> kTlpWeights = {28, 42, 24, 4, 2};
constexpr std::array<int, 5> kEspionageTlpWeights = {5, 20, 50, 15, 10};
constexpr std::array<int, 5> kCriticalTlpWeights = {45, 20, 28, 2, 5};

// Relative weight of each hour of the (Helsinki) day; people report in office hours.
constexpr std::array<double, 24> kHourWeights = {0.15, 0.10, 0.08, 0.08, 0.10, 0.15, 0.35, 0.70,
                                                 1.10, 1.30, 1.30, 1.20, 1.10, 1.20, 1.20, 1.10,
                                                 0.90, 0.60, 0.45, 0.40, 0.35, 0.30, 0.25, 0.20};
// Relative weight of each weekday, Monday first.
constexpr std::array<double, 7> kWeekdayWeights = {1.00, 1.00, 1.00, 1.00, 0.95, 0.45, 0.40};
constexpr double kChristmasWeight = 0.30;    // 24–26 December
constexpr double kYearEndWeight = 0.55;      // 27–31 December
constexpr double kNewYearsDayWeight = 0.40;  // 1 January

constexpr double kSummaryChance = 0.9;
constexpr double kStatusSentenceChance = 0.4;
constexpr double kReferenceChance = 0.45;
constexpr double kContactChance = 0.85;
constexpr double kDetectedChance = 0.7;
constexpr double kStartedChance = 0.45;
constexpr double kLongDwellChance = 0.3;  // espionage and breaches found long after they began

// Picks an index with probability proportional to weights[i].
template <class Weights>
std::size_t pick_weighted(RandomSource& rng, const Weights& weights) {
  double total = 0.0;
  for (auto weight : weights) total += static_cast<double>(weight);
  double target = rng.uniform() * total;
  for (std::size_t i = 0; i < weights.size(); ++i) {
    target -= static_cast<double>(weights[i]);
    if (target < 0.0) return i;
  }
  return weights.size() - 1;
}

// --- timestamps ------------------------------------------------------------------------------

void append_digits(std::string& out, std::int64_t value, int width) {
  char buffer[8];
  for (int i = width - 1; i >= 0; --i) {
    buffer[i] = static_cast<char>('0' + value % 10);
    value /= 10;
  }
  out.append(buffer, static_cast<std::size_t>(width));
}

// Formats instants as model::format_helsinki_iso does, but from a cache of
// per-month UTC offsets, so the hot path does no ICU calls and no allocation.
// Not thread-safe; one per generate call.
class HelsinkiFormatter {
 public:
  // Appends `instant` as "YYYY-MM-DDTHH:MM:SS+HH:MM" in Helsinki time.
  void append(std::string& out, std::int64_t instant) {
    const Segment* segment = find(instant);
    if (segment == nullptr) {
      remember(model::helsinki_month(instant));
      segment = find(instant);
    }
    if (segment == nullptr) {
      out += model::format_helsinki_iso(instant);
      return;
    }
    const std::int64_t local = instant + segment->offset;
    const std::int64_t day_index = (local - segment->local_month_start) / kSecondsPerDay;
    const std::int64_t second_of_day =
        local - segment->local_month_start - day_index * kSecondsPerDay;
    append_digits(out, segment->year, 4);
    out += '-';
    append_digits(out, segment->month, 2);
    out += '-';
    append_digits(out, day_index + 1, 2);
    out += 'T';
    append_digits(out, second_of_day / kSecondsPerHour, 2);
    out += ':';
    append_digits(out, (second_of_day % kSecondsPerHour) / kSecondsPerMinute, 2);
    out += ':';
    append_digits(out, second_of_day % kSecondsPerMinute, 2);
    const std::int64_t magnitude = segment->offset < 0 ? -segment->offset : segment->offset;
    out += segment->offset < 0 ? '-' : '+';
    append_digits(out, magnitude / kSecondsPerHour, 2);
    out += ':';
    append_digits(out, (magnitude % kSecondsPerHour) / kSecondsPerMinute, 2);
  }

 private:
  // A stretch of one month during which the offset does not change.
  struct Segment {
    std::int64_t begin = 0;  // instants [begin, end)
    std::int64_t end = 0;
    std::int64_t offset = 0;  // local − UTC, seconds
    std::int64_t local_month_start = 0;
    int year = 0;
    int month = 0;
  };
  static constexpr std::size_t kMaxSegments = 8;

  const Segment* find(std::int64_t instant) const {
    for (const Segment& segment : segments_) {
      if (instant >= segment.begin && instant < segment.end) return &segment;
    }
    return nullptr;
  }

  static std::int64_t offset_at(std::int64_t instant) {
    const model::CivilTime t = model::helsinki_civil_time(instant);
    const std::int64_t local = model::days_from_civil(t.year, t.month, t.day) * kSecondsPerDay +
                               t.hour * kSecondsPerHour + t.minute * kSecondsPerMinute + t.second;
    return local - instant;
  }

  // Splits `month` into stretches of constant offset: one, or two when a DST
  // switch falls inside it (found by bisection). Anything else (never seen
  // in Helsinki) is left to model::format_helsinki_iso.
  void remember(model::YearMonth month) {
    const std::int64_t begin = model::helsinki_month_start(month);
    const std::int64_t end = model::helsinki_month_start(month.plus_months(1));
    const std::int64_t local_start =
        model::days_from_civil(month.year, month.month, 1) * kSecondsPerDay;
    const std::int64_t first_offset = offset_at(begin);
    const std::int64_t last_offset = offset_at(end - 1);
    if (segments_.size() + 2 > kMaxSegments) segments_.clear();
    if (first_offset == last_offset) {
      segments_.push_back({begin, end, first_offset, local_start, month.year, month.month});
      return;
    }
    std::int64_t low = begin;     // has first_offset
    std::int64_t high = end - 1;  // has last_offset
    while (high - low > 1) {
      const std::int64_t middle = low + (high - low) / 2;
      (offset_at(middle) == first_offset ? low : high) = middle;
    }
    if (offset_at(high) != last_offset) return;
    segments_.push_back({begin, high, first_offset, local_start, month.year, month.month});
    segments_.push_back({high, end, last_offset, local_start, month.year, month.month});
  }

  std::vector<Segment> segments_;
};

// --- JSON ------------------------------------------------------------------------------------

void append_json_string(std::string& out, std::string_view text) {
  static constexpr char kHex[] = "0123456789abcdef";
  out += '"';
  for (char c : text) {
    const auto byte = static_cast<unsigned char>(c);
    if (c == '"' || c == '\\') {
      out += '\\';
      out += c;
    } else if (byte < 0x20) {
      out += "\\u00";
      out += kHex[byte >> 4];
      out += kHex[byte & 0xF];
    } else {
      out += c;
    }
  }
  out += '"';
}

void append_integer(std::string& out, std::int64_t value) {
  char buffer[24];
  const auto result = std::to_chars(buffer, buffer + sizeof buffer, value);
  out.append(buffer, result.ptr);
}

// Appends `value` as Finnish prose writes it: 12 400 (groups of three
// separated by a space from five digits up), 2500.
void append_prose_number(std::string& out, std::int64_t value) {
  constexpr std::int64_t kGroupFrom = 10000;
  char digits[24];
  const auto result = std::to_chars(digits, digits + sizeof digits, value);
  const auto length = static_cast<std::size_t>(result.ptr - digits);
  if (value < kGroupFrom) {
    out.append(digits, length);
    return;
  }
  for (std::size_t i = 0; i < length; ++i) {
    if (i > 0 && (length - i) % 3 == 0) out += ' ';
    out += digits[i];
  }
}

// Returns `value` as a reporter would estimate it after "noin" (about): two
// significant digits from 1000 up (55 808 -> 56 000), tens from 100 up.
std::int64_t round_for_prose(std::int64_t value) {
  constexpr std::int64_t kTensFrom = 100;
  constexpr std::int64_t kTwoDigitsFrom = 1000;
  if (value < kTensFrom) return value;
  std::int64_t unit = 10;
  if (value >= kTwoDigitsFrom) {
    unit = 1;
    while (value / unit >= 100) unit *= 10;
  }
  return (value + unit / 2) / unit * unit;
}

// --- one notification ------------------------------------------------------------------------

// The words and numbers a notification's templates may mention.
struct Slots {
  const detail::Organization* org = nullptr;
  std::string_view bank;
  std::string_view courier;
  std::string_view product;
  std::string_view service;
  std::string_view system;
  std::string_view ransomware;
  std::string_view stealer;
  std::optional<std::int64_t> people;
  std::optional<std::int64_t> devices;
  std::int64_t gbps = 0;
  std::int64_t minutes = 0;
  std::int64_t hours = 0;
  std::int64_t eur = 0;
  int cve_year = 0;
  std::int64_t cve_number = 0;
};

void append_slot(std::string& out, std::string_view name, const Slots& slots) {
  if (name == "org") {
    out += slots.org->genitive;
  } else if (name == "name") {
    out += slots.org->name;
  } else if (name == "Org") {
    const std::string& text = slots.org->genitive;
    if (!text.empty() && text[0] >= 'a' && text[0] <= 'z') {
      out += static_cast<char>(text[0] - 'a' + 'A');
      out.append(text, 1);
    } else {
      out += text;
    }
  } else if (name == "bank") {
    out += slots.bank;
  } else if (name == "courier") {
    out += slots.courier;
  } else if (name == "product") {
    out += slots.product;
  } else if (name == "service") {
    out += slots.service;
  } else if (name == "system") {
    out += slots.system;
  } else if (name == "ransomware") {
    out += slots.ransomware;
  } else if (name == "stealer") {
    out += slots.stealer;
  } else if (name == "people") {
    append_prose_number(out, round_for_prose(slots.people.value_or(0)));
  } else if (name == "devices") {
    append_prose_number(out, round_for_prose(slots.devices.value_or(0)));
  } else if (name == "gbps") {
    append_integer(out, slots.gbps);
  } else if (name == "minutes") {
    append_integer(out, slots.minutes);
  } else if (name == "hours") {
    append_integer(out, slots.hours);
  } else if (name == "eur") {
    append_prose_number(out, slots.eur);
  } else if (name == "cve") {
    out += "CVE-";
    append_integer(out, slots.cve_year);
    out += '-';
    append_integer(out, slots.cve_number);
  }
}

// Appends `text` with its {slots} filled in.
void expand_template(std::string& out, std::string_view text, const Slots& slots) {
  std::size_t pos = 0;
  while (pos < text.size()) {
    const std::size_t open = text.find('{', pos);
    if (open == std::string_view::npos) break;
    const std::size_t close = text.find('}', open);
    if (close == std::string_view::npos) break;
    out.append(text.substr(pos, open - pos));
    append_slot(out, text.substr(open + 1, close - open - 1), slots);
    pos = close + 1;
  }
  out.append(text.substr(pos));
}

// Draws an affected count from `range`, or nothing. Everyday counts lean hard
// towards the low end; a critical incident's spread more evenly.
std::optional<std::int64_t> draw_count(RandomSource& rng, const detail::CountRange& range,
                                       bool critical) {
  constexpr int kEverydaySkew = 3;
  constexpr int kCriticalSkew = 2;
  if (range.probability <= 0.0 || !rng.chance(range.probability)) return std::nullopt;
  return rng.skewed(range.low, range.high, critical ? kCriticalSkew : kEverydaySkew);
}

// The month-level facts a notification needs.
struct MonthPlan {
  std::uint64_t seed = 0;
  model::YearMonth month;
  int age = 0;  // months before the end of the window
  std::array<double, 6> field_weights{};
  std::vector<std::int64_t> reported;  // sorted
  std::vector<bool> critical;          // parallel to `reported`
};

// Ranges of the numbers templates mention, [low, high] with a skew (see
// RandomSource::skewed): everyday incidents and the critical ones.
struct NumberRange {
  std::int64_t low;
  std::int64_t high;
  int skew;
};
constexpr NumberRange kGbps = {1, 180, 3};
constexpr NumberRange kCriticalGbps = {80, 900, 2};
constexpr NumberRange kMinutes = {5, 240, 2};
constexpr NumberRange kHours = {2, 12, 2};
constexpr NumberRange kCriticalHours = {4, 30, 1};
constexpr NumberRange kEuroHundreds = {3, 2500, 4};  // 300 .. 250 000 euros
constexpr NumberRange kCveNumber = {1000, 49999, 1};
constexpr NumberRange kReferenceNumber = {1, 99999, 1};
constexpr NumberRange kBulletinNumber = {1, 999, 1};
constexpr NumberRange kPhoneSuffix = {0, 9999, 1};
constexpr double kLastYearCveChance = 0.3;
constexpr double kOptionalPersonalDataChance = 0.5;
constexpr double kLongDetectionDelayChance = 0.1;
constexpr double kCriticalStartedChance = 0.9;
// Delays before the CERT hears of an incident, and how long it ran undetected.
constexpr NumberRange kDetectionDelay = {5 * kSecondsPerMinute, 3 * kSecondsPerDay, 3};
constexpr NumberRange kLongDetectionDelay = {3 * kSecondsPerDay, 45 * kSecondsPerDay, 2};
constexpr NumberRange kUndetectedTime = {0, 2 * kSecondsPerDay, 3};
constexpr NumberRange kLongDwellTime = {7 * kSecondsPerDay, 400 * kSecondsPerDay, 2};

std::int64_t draw(RandomSource& rng, const NumberRange& range) {
  return rng.skewed(range.low, range.high, range.skew);
}

// Writes notifications of one month, reusing its buffers between them.
// Not thread-safe; one per generate call.
class NotificationWriter {
 public:
  explicit NotificationWriter(const Catalog& catalog) : catalog_(catalog) {}

  // Appends notification `index` of `plan` to `out` as one JSON object (no newline).
  void write(std::string& out, const MonthPlan& plan, std::size_t index) {
    RandomSource rng(detail::mix64(plan.seed ^ detail::mix64(index + 1)));
    const bool critical = plan.critical[index];
    const IncidentTemplate& tmpl = choose_template(rng, plan, critical, slots_);
    draw_slots(rng, tmpl, plan.month, critical, slots_);
    const IncidentStatus status = draw_status(rng, plan.age);
    const Tlp tlp = draw_tlp(rng, critical, tmpl.field);

    append_text(out, rng, tmpl, status, plan.month);
    out += ",\"field\":\"";
    out += model::field_id(tmpl.field);
    out += "\",\"rsit\":{\"taxonomy\":\"";
    out += tmpl.taxonomy;
    out += "\",\"type\":\"";
    out += tmpl.type;
    out += "\"},\"organization\":{\"name\":";
    append_json_string(out, slots_.org->name);
    out += ",\"sector\":\"";
    out += model::sector_name(slots_.org->sector);
    out += "\"}";
    append_times(out, rng, tmpl, plan.reported[index], critical);
    out += ",\"severity\":\"";
    out += model::severity_name(draw_severity(rng, critical, tmpl.field));
    out += "\",\"status\":\"";
    out += model::status_name(status);
    out += "\",\"tlp\":\"";
    out += model::tlp_name(tlp);
    out += '"';
    append_affected(out, rng, tmpl);
    append_ddos(out, tmpl);
    append_sources(out, rng, critical && model::tlp_allows_publication(tlp), plan.month);
    append_contact(out, rng);
    out += '}';
  }

 private:
  using IncidentStatus = model::IncidentStatus;
  using Severity = model::Severity;
  using Tlp = model::Tlp;

  // Picks the kind of incident (by the month's field mix, then template
  // weight) and its reporter, stored in slots.org.
  const IncidentTemplate& choose_template(RandomSource& rng, const MonthPlan& plan, bool critical,
                                          Slots& slots) {
    std::span<const IncidentTemplate> templates = catalog_.templates;
    const std::vector<std::vector<std::size_t>>* reporters = &catalog_.reporters;
    weights_.clear();
    candidates_.clear();
    if (critical) {
      templates = catalog_.major_templates;
      reporters = &catalog_.major_reporters;
      for (std::size_t t = 0; t < templates.size(); ++t) candidates_.push_back(t);
    } else {
      const std::size_t field = pick_weighted(rng, plan.field_weights);
      candidates_ = catalog_.templates_by_field[field];
    }
    for (std::size_t t : candidates_) weights_.push_back(templates[t].weight);
    const std::size_t chosen = candidates_[pick_weighted(rng, weights_)];
    const std::vector<std::size_t>& who = (*reporters)[chosen];
    slots.org = &catalog_.organizations[who[rng.index(who.size())]];
    return templates[chosen];
  }

  // Draws every slot but the reporter. All are drawn whether the templates
  // use them or not, which keeps the code simple; they are cheap.
  void draw_slots(RandomSource& rng, const IncidentTemplate& tmpl, model::YearMonth month,
                  bool critical, Slots& slots) {
    auto pick = [&rng](std::span<const std::string_view> words) {
      return words[rng.index(words.size())];
    };
    slots.bank = pick(catalog_.banks);
    slots.courier = pick(catalog_.couriers);
    slots.product = pick(catalog_.products);
    slots.service = pick(catalog_.services);
    slots.system = pick(catalog_.systems);
    slots.ransomware = pick(catalog_.ransomware);
    slots.stealer = pick(catalog_.stealers);
    slots.people = draw_count(rng, tmpl.people, critical);
    slots.devices = draw_count(rng, tmpl.devices, critical);
    slots.gbps = draw(rng, critical ? kCriticalGbps : kGbps);
    slots.minutes = draw(rng, kMinutes);
    slots.hours = draw(rng, critical ? kCriticalHours : kHours);
    constexpr std::int64_t kEurosPerUnit = 100;
    slots.eur = draw(rng, kEuroHundreds) * kEurosPerUnit;
    slots.cve_year = month.year - (rng.chance(kLastYearCveChance) ? 1 : 0);
    slots.cve_number = draw(rng, kCveNumber);
  }

  // Appends title, summary (sometimes with a sentence on where handling
  // stands) and the reporter's reference.
  void append_text(std::string& out, RandomSource& rng, const IncidentTemplate& tmpl,
                   IncidentStatus status, model::YearMonth month) {
    out += "{\"title\":";
    scratch_.clear();
    expand_template(scratch_, tmpl.title, slots_);
    append_json_string(out, scratch_);
    if (rng.chance(kSummaryChance)) {
      scratch_.clear();
      expand_template(scratch_, tmpl.summary, slots_);
      if (rng.chance(kStatusSentenceChance)) {
        const bool ongoing =
            status == IncidentStatus::kOpen || status == IncidentStatus::kInvestigating;
        const auto sentences = ongoing ? catalog_.ongoing_sentences : catalog_.finished_sentences;
        scratch_ += ' ';
        scratch_ += sentences[rng.index(sentences.size())];
      }
      out += ",\"summary\":";
      append_json_string(out, scratch_);
    }
    if (rng.chance(kReferenceChance)) {
      out += ",\"reference\":\"";
      out += catalog_.reference_prefixes[rng.index(catalog_.reference_prefixes.size())];
      out += '-';
      append_integer(out, month.year);
      out += '-';
      append_digits(out, draw(rng, kReferenceNumber), 5);
      out += '"';
    }
  }

  // Appends reported and, when drawn, detected and started, keeping
  // started <= detected <= reported. The reporter's own estimates are whole
  // minutes; none falls before 1970, which the format rejects.
  void append_times(std::string& out, RandomSource& rng, const IncidentTemplate& tmpl,
                    std::int64_t reported, bool critical) {
    out += ",\"reported\":\"";
    clock_.append(out, reported);
    out += '"';
    const bool long_dwell =
        (tmpl.field == model::Field::kEspionage || tmpl.field == model::Field::kBreachesLeaks) &&
        rng.chance(kLongDwellChance);
    std::int64_t latest = reported;
    if (rng.chance(critical ? 1.0 : kDetectedChance)) {
      const std::int64_t delay =
          draw(rng, rng.chance(kLongDetectionDelayChance) ? kLongDetectionDelay : kDetectionDelay);
      const std::int64_t detected = floor_to_minute(reported - delay);
      if (detected >= 0) {
        out += ",\"detected\":\"";
        clock_.append(out, detected);
        out += '"';
        latest = detected;
      }
    }
    if (rng.chance(critical ? kCriticalStartedChance : kStartedChance)) {
      const std::int64_t started =
          floor_to_minute(latest - draw(rng, long_dwell ? kLongDwellTime : kUndetectedTime));
      if (started >= 0) {
        out += ",\"started\":\"";
        clock_.append(out, started);
        out += '"';
      }
    }
  }

  // Appends the DDoS measurements of a network-field DDoS notification: the
  // peak and duration its text mentions (the slots already drawn, so the
  // random streams and every other notification stay as they were).
  void append_ddos(std::string& out, const IncidentTemplate& tmpl) const {
    if (tmpl.field != model::Field::kNetwork || tmpl.type != "ddos") return;
    auto mentions = [&tmpl](std::string_view slot) {
      return tmpl.title.find(slot) != std::string_view::npos ||
             tmpl.summary.find(slot) != std::string_view::npos;
    };
    const bool peak = mentions("{gbps}");
    std::optional<std::int64_t> minutes;
    if (mentions("{minutes}")) minutes = slots_.minutes;
    if (mentions("{hours}")) minutes = slots_.hours * kMinutesPerHour;
    if (!peak && !minutes) return;
    out += ",\"ddos\":{";
    if (peak) {
      out += "\"peak_gbps\":";
      append_integer(out, slots_.gbps);
    }
    if (minutes) {
      out += peak ? ",\"duration_minutes\":" : "\"duration_minutes\":";
      append_integer(out, *minutes);
    }
    out += '}';
  }

  // Appends affected counts and personal data, when there are any.
  void append_affected(std::string& out, RandomSource& rng, const IncidentTemplate& tmpl) {
    if (slots_.people || slots_.devices) {
      out += ",\"affected\":{";
      if (slots_.people) {
        out += "\"people\":";
        append_integer(out, *slots_.people);
      }
      if (slots_.devices) {
        out += slots_.people ? ",\"devices\":" : "\"devices\":";
        append_integer(out, *slots_.devices);
      }
      out += '}';
    }
    const detail::PersonalDataMask personal_data = draw_personal_data(rng, tmpl);
    if (personal_data == 0) return;
    out += ",\"personal_data\":[";
    bool first = true;
    const std::span<const std::string_view> names = model::personal_data_names();
    for (std::size_t kind = 0; kind < names.size(); ++kind) {
      if ((personal_data & (1U << kind)) == 0) continue;
      out += first ? "\"" : ",\"";
      first = false;
      out += names[kind];
      out += '"';
    }
    out += ']';
  }

  // Appends the channel; a published critical incident also links the
  // organisation's (fictitious) press release.
  static void append_sources(std::string& out, RandomSource& rng, bool with_bulletin,
                             model::YearMonth month) {
    constexpr std::array<int, 3> kChannelWeights = {50, 22, 28};
    constexpr std::array<std::string_view, 3> kChannels = {"web-form", "api", "email"};
    out += ",\"sources\":[\"";
    out += kChannels[pick_weighted(rng, kChannelWeights)];
    out += '"';
    if (with_bulletin) {
      out += ",\"https://example.fi/tiedotteet/";
      append_integer(out, month.year);
      out += '/';
      append_digits(out, draw(rng, kBulletinNumber), 3);
      out += '"';
    }
    out += ']';
  }

  // Appends a fictitious contact person, most of the time.
  void append_contact(std::string& out, RandomSource& rng) {
    if (!rng.chance(kContactChance)) return;
    const detail::PersonName& first = catalog_.first_names[rng.index(catalog_.first_names.size())];
    const detail::PersonName& last = catalog_.last_names[rng.index(catalog_.last_names.size())];
    out += ",\"contact\":{\"name\":\"";
    out += first.name;
    out += ' ';
    out += last.name;
    out += "\",\"email\":\"";
    out += first.ascii;
    out += '.';
    out += last.ascii;
    out += "@example.fi\",\"phone\":\"+358 40 000 ";
    append_digits(out, draw(rng, kPhoneSuffix), 4);
    out += "\"}";
  }

  static std::int64_t floor_to_minute(std::int64_t instant) {
    return instant - ((instant % kSecondsPerMinute) + kSecondsPerMinute) % kSecondsPerMinute;
  }

  static IncidentStatus draw_status(RandomSource& rng, int age) {
    const std::size_t row = age <= 0 ? 0 : age == 1 ? 1 : age <= 3 ? 2 : 3;
    constexpr std::array<IncidentStatus, 4> kStatuses = {
        IncidentStatus::kOpen, IncidentStatus::kInvestigating, IncidentStatus::kResolved,
        IncidentStatus::kClosed};
    return kStatuses[pick_weighted(rng, kStatusWeights[row])];
  }

  Severity draw_severity(RandomSource& rng, bool critical, model::Field field) const {
    if (critical) return Severity::kCritical;
    constexpr std::int64_t kManyPeople = 1000;
    auto severity =
        static_cast<Severity>(pick_weighted(rng, kSeverityWeights[model::field_index(field)]));
    // Many people affected makes a low-severity judgement implausible.
    if (severity == Severity::kLow && slots_.people.value_or(0) >= kManyPeople) {
      severity = Severity::kMedium;
    }
    return severity;
  }

  static Tlp draw_tlp(RandomSource& rng, bool critical, model::Field field) {
    const std::array<int, 5>& weights = critical                            ? kCriticalTlpWeights
                                        : field == model::Field::kEspionage ? kEspionageTlpWeights
                                                                            : kTlpWeights;
    return static_cast<Tlp>(pick_weighted(rng, weights));
  }

  static detail::PersonalDataMask draw_personal_data(RandomSource& rng,
                                                     const IncidentTemplate& tmpl) {
    detail::PersonalDataMask mask = tmpl.personal_data;
    for (std::size_t kind = 0; kind < model::personal_data_names().size(); ++kind) {
      const auto bit = static_cast<detail::PersonalDataMask>(1U << kind);
      if ((tmpl.optional_personal_data & bit) != 0 && rng.chance(kOptionalPersonalDataChance)) {
        mask |= bit;
      }
    }
    return mask;
  }

  const Catalog& catalog_;
  HelsinkiFormatter clock_;
  Slots slots_;
  std::string scratch_;
  std::vector<int> weights_;
  std::vector<std::size_t> candidates_;
};

// --- the month ---------------------------------------------------------------------------------

double expected_count(double mean_per_month, model::YearMonth month) {
  const double years = static_cast<double>(month.year - kGrowthBaseYear) +
                       static_cast<double>(month.month - 1) / 12.0;
  const double growth = std::max(kMinimumGrowth, 1.0 + kGrowthPerYear * years);
  return mean_per_month * kSeason[static_cast<std::size_t>(month.month - 1)] / season_mean() *
         growth;
}

double day_weight(model::YearMonth month, int day) {
  // 1970-01-01 was a Thursday: index 3 with Monday as 0.
  constexpr std::int64_t kEpochWeekday = 3;
  const std::int64_t days = model::days_from_civil(month.year, month.month, day);
  const auto weekday = static_cast<std::size_t>(((days + kEpochWeekday) % 7 + 7) % 7);
  double weight = kWeekdayWeights[weekday];
  if (month.month == 12 && day >= 24 && day <= 26) weight *= kChristmasWeight;
  if (month.month == 12 && day >= 27) weight *= kYearEndWeight;
  if (month.month == 1 && day == 1) weight *= kNewYearsDayWeight;
  return weight;
}

MonthPlan plan_month(const GeneratorOptions& options, model::YearMonth month) {
  MonthPlan plan;
  plan.month = month;
  const auto month_number = static_cast<std::uint64_t>(month.year * 12 + month.month - 1);
  plan.seed = detail::mix64(detail::mix64(options.seed) ^ month_number);
  const model::YearMonth window_end = options.first.plus_months(std::max(options.months, 1) - 1);
  plan.age = window_end.months_since(month);
  RandomSource rng(plan.seed);

  const auto count =
      static_cast<std::size_t>(rng.poisson(expected_count(options.mean_per_month, month)));
  const auto critical_count = static_cast<std::size_t>(std::min<std::int64_t>(
      {rng.poisson(kCriticalPerMonth), kMaxCriticalPerMonth, static_cast<std::int64_t>(count)}));

  for (std::size_t f = 0; f < kFieldShare.size(); ++f) {
    plan.field_weights[f] =
        kFieldShare[f] * (1.0 - kFieldJitter / 2 + kFieldJitter * rng.uniform());
  }
  if (rng.chance(kCampaignChance)) {
    plan.field_weights[rng.index(plan.field_weights.size())] *= kCampaignFactor;
  }
  for (const auto& [campaign_month, field] : options.campaigns) {
    if (campaign_month == month) plan.field_weights[model::field_index(field)] *= kCampaignFactor;
  }

  const int days = model::days_in_month(month.year, month.month);
  std::vector<double> day_weights(static_cast<std::size_t>(days));
  for (int d = 1; d <= days; ++d) {
    day_weights[static_cast<std::size_t>(d - 1)] = day_weight(month, d);
  }
  const std::int64_t begin = model::helsinki_month_start(month);
  const std::int64_t end = model::helsinki_month_start(month.plus_months(1));
  plan.reported.reserve(count);
  for (std::size_t i = 0; i < count; ++i) {
    // Time elapsed since the month began; off by the DST hour after a switch,
    // which only shifts the daily rhythm, never out of the month.
    std::int64_t instant =
        begin + static_cast<std::int64_t>(pick_weighted(rng, day_weights)) * kSecondsPerDay +
        static_cast<std::int64_t>(pick_weighted(rng, kHourWeights)) * kSecondsPerHour +
        rng.between(0, kSecondsPerHour - 1);
    if (instant >= end) instant -= kSecondsPerHour;
    plan.reported.push_back(std::min(instant, end - 1));
  }
  std::sort(plan.reported.begin(), plan.reported.end());

  plan.critical.assign(count, false);
  for (std::size_t placed = 0; placed < critical_count;) {
    const std::size_t index = rng.index(count);
    if (plan.critical[index]) continue;
    plan.critical[index] = true;
    ++placed;
  }
  return plan;
}

}  // namespace

void generate_month_lines(const GeneratorOptions& options, model::YearMonth month,
                          const std::function<void(std::string_view)>& on_line) {
  const MonthPlan plan = plan_month(options, month);
  NotificationWriter writer(detail::catalog());
  std::string line;
  for (std::size_t i = 0; i < plan.reported.size(); ++i) {
    line.clear();
    writer.write(line, plan, i);
    on_line(line);
  }
}

std::string generate_month(const GeneratorOptions& options, model::YearMonth month) {
  const MonthPlan plan = plan_month(options, month);
  NotificationWriter writer(detail::catalog());
  constexpr std::size_t kTypicalLineBytes = 700;
  std::string text;
  text.reserve(plan.reported.size() * kTypicalLineBytes);
  for (std::size_t i = 0; i < plan.reported.size(); ++i) {
    writer.write(text, plan, i);
    text += '\n';
  }
  return text;
}

}  // namespace kybersaa::sample
