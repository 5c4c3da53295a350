#include "report/content.hpp"

#include <algorithm>
#include <cctype>
#include <tuple>

#include "report/catalog.hpp"
#include "report/locale_format.hpp"
#include "report/report_text.hpp"

namespace kybersaa::report {
namespace {

using model::Language;

constexpr int kBaselineDecimals = 1;

// Returns the CVE ids ("CVE-2026-12345") in `text`, in order, without repeats.
std::vector<std::string> cve_ids(std::string_view text) {
  std::vector<std::string> ids;
  const auto digits = [&](std::size_t from, std::size_t count_at_least) {
    std::size_t end = from;
    while (end < text.size() && std::isdigit(static_cast<unsigned char>(text[end])) != 0) ++end;
    return end - from >= count_at_least ? end : std::string_view::npos;
  };
  for (std::size_t at = text.find("CVE-"); at != std::string_view::npos;
       at = text.find("CVE-", at + 4)) {
    const std::size_t year_end = digits(at + 4, 4);
    if (year_end != at + 8 || year_end >= text.size() || text[year_end] != '-') continue;
    const std::size_t end = digits(year_end + 1, 4);
    if (end == std::string_view::npos) continue;
    std::string id(text.substr(at, end - at));
    if (std::find(ids.begin(), ids.end(), id) == ids.end()) ids.push_back(std::move(id));
  }
  return ids;
}

std::string join(const std::vector<std::string>& parts) {
  std::string joined;
  for (const std::string& part : parts) {
    if (!joined.empty()) joined += ", ";
    joined += part;
  }
  return joined;
}

// The fact bullets of a draft in one language, at most model::kMaxBullets.
std::vector<std::string> fact_bullets(const model::Incident& incident, Language language) {
  std::vector<std::string> bullets;
  bullets.push_back(format_content_text(ContentText::kFactReported, language,
                                        format_helsinki_date(incident.reported_at, language)));
  if (incident.started_at) {
    bullets.push_back(format_content_text(ContentText::kFactStarted, language,
                                          format_helsinki_date(*incident.started_at, language)));
  }
  if (incident.detected_at) {
    bullets.push_back(format_content_text(ContentText::kFactDetected, language,
                                          format_helsinki_date(*incident.detected_at, language)));
  }
  if (incident.affected_people) {
    bullets.push_back(format_content_text(ContentText::kFactPeople, language,
                                          format_integer(*incident.affected_people, language)));
  }
  if (incident.affected_devices) {
    bullets.push_back(format_content_text(ContentText::kFactDevices, language,
                                          format_integer(*incident.affected_devices, language)));
  }
  if (!incident.personal_data.empty()) {
    std::vector<std::string> kinds;
    for (const model::PersonalData kind : incident.personal_data) {
      kinds.emplace_back(personal_data_label(kind, language));
    }
    bullets.push_back(format_content_text(ContentText::kFactPersonalData, language, join(kinds)));
  }
  if (auto cves = cve_ids(incident.title + "\n" + incident.summary); !cves.empty()) {
    bullets.push_back(format_content_text(ContentText::kFactCves, language, join(cves)));
  }
  // The CVE line names what to patch: it stays when the list is too long.
  if (bullets.size() > model::kMaxBullets) {
    bullets.erase(bullets.begin() + static_cast<std::ptrdiff_t>(model::kMaxBullets) - 1,
                  bullets.end() - 1);
  }
  return bullets;
}

Headline generated(std::string_view kind, const auto& make) {
  Headline headline;
  headline.source = "generated:" + std::string(kind);
  for (const Language language : model::kAllLanguages) {
    model::in_language(headline.text, language) = make(language);
  }
  return headline;
}

}  // namespace

std::vector<ThreatEntry> compare_threats(
    std::span<const model::Threat> current,
    const std::optional<std::vector<model::Threat>>& previous) {
  std::vector<ThreatEntry> entries;
  for (const model::Threat& threat : current) {
    ThreatEntry entry;
    entry.threat = threat;
    if (previous) {
      const auto before = std::find_if(previous->begin(), previous->end(),
                                       [&](const model::Threat& t) { return t.id == threat.id; });
      if (before != previous->end()) {
        entry.previous_rank = before->rank;
        entry.trend = threat.rank < before->rank   ? assess::Trend::kRaised
                      : threat.rank > before->rank ? assess::Trend::kLowered
                                                   : assess::Trend::kUnchanged;
        entry.updated = threat.texts != before->texts || threat.metrics != before->metrics;
      }
    }
    entries.push_back(std::move(entry));
  }
  return entries;
}

std::string draft_item_id(std::string_view incident_id) {
  return "incident-" + std::string(incident_id);
}

model::ContentItem draft_item(const model::Incident& incident, int order) {
  model::ContentItem item;
  item.id = draft_item_id(incident.id);
  item.month = model::incident_month(incident);
  item.field = incident.field;
  item.order = order;
  item.status = model::ItemStatus::kDraft;
  item.incident_id = incident.id;
  for (const Language language : model::kAllLanguages) {
    model::ItemText text;
    // The title and summary are the document's words, in its language; the
    // bullets are the report's.
    text.title = incident.title;
    text.bullets = fact_bullets(incident, language);
    text.analysis = incident.summary.empty()
                        ? std::string(content_text(ContentText::kDraftAnalysis, language))
                        : incident.summary;
    model::in_language(item.texts, language) = std::move(text);
  }
  return item;
}

std::vector<model::ContentItem> draft_items(std::span<const model::Incident> drafts,
                                            std::span<const model::ContentItem> items) {
  std::vector<const model::Incident*> chosen;
  for (const model::Incident& incident : drafts) {
    if (incident.status != model::IncidentStatus::kDraft) continue;
    // TLP:AMBER is what a document-drafted incident carries until an analyst
    // has looked at it (docs/formats/documents.md): its draft is shown,
    // marked as a draft, so that the review of the report finds it. An
    // analyst who has set AMBER+STRICT or RED has decided it stays out.
    if (incident.tlp == model::Tlp::kAmberStrict || incident.tlp == model::Tlp::kRed) continue;
    const bool written_up = std::any_of(items.begin(), items.end(), [&](const auto& item) {
      return item.incident_id == incident.id || item.id == draft_item_id(incident.id);
    });
    if (!written_up) chosen.push_back(&incident);
  }
  std::sort(chosen.begin(), chosen.end(), [](const auto* a, const auto* b) {
    return std::tie(a->reported_at, a->id) < std::tie(b->reported_at, b->id);
  });
  std::vector<model::ContentItem> out;
  int order = kDraftItemOrder;
  for (const model::Incident* incident : chosen) out.push_back(draft_item(*incident, order++));
  return out;
}

std::vector<Headline> select_headlines(const FieldSection& section,
                                       std::span<const model::Incident> month_incidents) {
  std::vector<Headline> headlines;
  for (const model::ContentItem& item : section.items) {
    if (headlines.size() == kMaxHeadlines) return headlines;
    if (item.status != model::ItemStatus::kApproved) continue;
    Headline headline;
    headline.source = "item:" + item.id;
    for (const Language language : model::kAllLanguages) {
      const auto& text = model::in_language(item.texts, language);
      if (text && !text->headline.empty()) {
        model::in_language(headline.text, language) = text->headline;
      }
    }
    if (std::any_of(headline.text.begin(), headline.text.end(),
                    [](const auto& text) { return text.has_value(); })) {
      headlines.push_back(std::move(headline));
    }
  }

  const assess::FieldAssessment& assessment = section.assessment;
  std::vector<Headline> facts;
  facts.push_back(generated("count", [&](Language language) {
    return format_content_text(ContentText::kHeadlineCount, language,
                               format_integer(assessment.count, language),
                               format_fixed(assessment.baseline, kBaselineDecimals, language),
                               detail::trend_text(assessment.trend.trend, language));
  }));
  std::int64_t critical = 0;
  std::int64_t high = 0;
  for (const model::Incident& incident : month_incidents) {
    if (incident.status == model::IncidentStatus::kDraft) continue;
    critical += incident.severity == model::Severity::kCritical ? 1 : 0;
    high += incident.severity == model::Severity::kHigh ? 1 : 0;
  }
  if (critical + high > 0) {
    facts.push_back(generated("severe", [&](Language language) {
      return format_content_text(ContentText::kHeadlineSevere, language,
                                 format_integer(critical, language),
                                 format_integer(high, language));
    }));
  }
  // section.incidents is ordered most severe first.
  if (!section.incidents.empty() && section.incidents.front().severity >= model::Severity::kHigh) {
    const ListedIncident& worst = section.incidents.front();
    facts.push_back(generated("most-severe", [&](Language language) {
      return format_content_text(ContentText::kHeadlineMostSevere, language, worst.title,
                                 severity_label(worst.severity, language));
    }));
  }
  facts.push_back(generated("compared", [&](Language language) {
    return format_content_text(ContentText::kHeadlineCompared, language,
                               format_integer(assessment.previous, language),
                               format_integer(assessment.year_ago, language));
  }));
  for (Headline& fact : facts) {
    if (headlines.size() == kMaxHeadlines) break;
    headlines.push_back(std::move(fact));
  }
  return headlines;
}

void add_report_content(MonthlyReport& report, const ReportInputs& inputs) {
  const model::MonthContent& content = inputs.content;
  std::vector<model::ContentItem> items;
  for (const model::ContentItem& item : content.items) {
    if (item.month == inputs.month) items.push_back(item);
  }
  std::vector<model::Incident> drafts;
  for (const model::Incident& incident : inputs.draft_incidents) {
    if (model::incident_month(incident) == inputs.month) drafts.push_back(incident);
  }
  std::vector<model::ContentItem> from_documents = draft_items(drafts, items);
  items.insert(items.end(), from_documents.begin(), from_documents.end());
  std::stable_sort(items.begin(), items.end(), [](const auto& a, const auto& b) {
    return std::tie(a.order, a.id) < std::tie(b.order, b.id);
  });
  for (model::ContentItem& item : items) {
    report.fields[model::field_index(item.field)].items.push_back(std::move(item));
  }
  for (FieldSection& section : report.fields) {
    std::vector<model::Incident> month_incidents;
    for (const model::Incident& incident : inputs.incidents) {
      if (incident.field == section.field && model::incident_month(incident) == inputs.month) {
        month_incidents.push_back(incident);
      }
    }
    section.headlines = select_headlines(section, month_incidents);
  }

  if (content.threats) {
    report.threats = compare_threats(*content.threats, inputs.previous_threats);
    if (inputs.previous_threats) report.threats_compared_with = inputs.month.plus_months(-1);
  }
  if (content.developments) report.developments = *content.developments;
  if (content.how_to_report) {
    report.how_to_report = *content.how_to_report;
    report.how_to_report_is_default = false;
  } else {
    report.how_to_report = inputs.default_how_to_report;
  }
}

}  // namespace kybersaa::report
