#include "report/catalog.hpp"

#include <array>
#include <cstddef>

namespace kybersaa::report {
namespace {

// One phrase in the three report languages.
struct Phrase {
  std::string_view fi;
  std::string_view sv;
  std::string_view en;

  constexpr std::string_view in(model::Language language) const {
    switch (language) {
      case model::Language::kFi:
        return fi;
      case model::Language::kSv:
        return sv;
      case model::Language::kEn:
        return en;
    }
    return en;
  }
};

// Indexed by Text; the static_assert below keeps the two in step.
constexpr std::array kTexts = {
    // kTitle
    Phrase{"Kybersää", "Cybervädret", "Cyber weather"},
    // kWeatherMap
    Phrase{"Sääkartta", "Väderkarta", "Weather map"},
    // kField
    Phrase{"Osa-alue", "Område", "Field"},
    // kStatus
    Phrase{"Tila", "Läge", "Status"},
    // kThisMonth
    Phrase{"Tämä kuukausi", "Denna månad", "This month"},
    // kPreviousMonth
    Phrase{"Edellinen kuukausi", "Föregående månad", "Previous month"},
    // kYearAgo
    Phrase{"Vuotta aiemmin", "Ett år tidigare", "A year earlier"},
    // kBaseline
    Phrase{"Perustaso (12 kk:n keskiarvo)", "Basnivå (medelvärde för 12 mån.)",
           "Baseline (12-month mean)"},
    // kTrend
    Phrase{"Suunta", "Trend", "Trend"},
    // kRule
    Phrase{"Sääntö", "Regel", "Rule"},
    // kTotal
    Phrase{"Yhteensä", "Totalt", "Total"},
    // kChartTitle
    Phrase{"{0}: tapaukset kuukausittain {1}–{2}", "{0}: incidenter per månad {1}–{2}",
           "{0}: incidents per month, {1} to {2}"},
    // kChartData
    Phrase{"Kaavion luvut taulukkona", "Diagrammets siffror som tabell", "Chart data as a table"},
    // kMonth
    Phrase{"Kuukausi", "Månad", "Month"},
    // kCount
    Phrase{"Tapauksia", "Incidenter", "Incidents"},
    // kIncidents
    Phrase{"Kuukauden tapaukset", "Månadens incidenter", "Incidents of the month"},
    // kNoIncidents
    Phrase{"Ei julkaistavia tapauksia.", "Inga publicerbara incidenter.",
           "No publishable incidents."},
    // kDate
    Phrase{"Päivämäärä", "Datum", "Date"},
    // kIncidentTitle
    Phrase{"Otsikko", "Rubrik", "Title"},
    // kSector
    Phrase{"Toimiala", "Sektor", "Sector"},
    // kRsit
    Phrase{"RSIT-luokka", "RSIT-typ", "RSIT type"},
    // kSeverity
    Phrase{"Vakavuus", "Allvarlighetsgrad", "Severity"},
    // kAffectedPeople
    Phrase{"Henkilöitä", "Berörda personer", "Affected people"},
    // kWithheldOne
    Phrase{"{0} tapaus jätetty listaamatta (TLP:AMBER/RED)",
           "{0} incident listas inte (TLP:AMBER/RED)", "{0} incident not listed (TLP:AMBER/RED)"},
    // kWithheldMany
    Phrase{"{0} tapausta jätetty listaamatta (TLP:AMBER/RED)",
           "{0} incidenter listas inte (TLP:AMBER/RED)",
           "{0} incidents not listed (TLP:AMBER/RED)"},
    // kMethod
    Phrase{"Menetelmä", "Metod", "Method"},
    // kMethodTrend
    Phrase{"Suunta: kuukauden tapausmäärää verrataan edellisen kuukauden määrään eksaktilla "
           "ehdollisella binomitestillä (kaksisuuntainen). Nuoli ↑ tai ↓ näytetään, kun p < {0}; "
           "muuten →.",
           "Trend: månadens antal incidenter jämförs med föregående månads med ett exakt "
           "villkorligt binomialtest (tvåsidigt). Pilen ↑ eller ↓ visas när p < {0}, annars →.",
           "Trend: the month's count is compared with the previous month's by an exact "
           "conditional binomial test (two-sided). The marker is ↑ or ↓ when p < {0}, "
           "otherwise →."},
    // kMethodBaseline
    Phrase{"Perustaso on 12 edellisen kuukauden keskiarvo. Kuukauden määrää verrataan siihen "
           "Poisson-jakauman ylähännällä P = P(X ≥ määrä).",
           "Basnivån är medelvärdet av de 12 föregående månaderna. Månadens antal jämförs med "
           "den genom Poissonfördelningens övre svans P = P(X ≥ antal).",
           "The baseline is the mean of the 12 previous months. The month's count is tested "
           "against it with the Poisson upper tail P = P(X ≥ count)."},
    // kMethodRules
    Phrase{"Tilan ratkaisee ensimmäinen täyttyvä sääntö:",
           "Läget avgörs av den första regel som uppfylls:",
           "The status is decided by the first rule that matches:"},
    // kMethodRulesSource
    Phrase{"Säännöt: {0}.", "Regler: {0}.", "Rules: {0}."},
    // kRulesBuiltIn
    Phrase{"Kybersään oletussäännöt", "Kybersääs standardregler", "Kybersää's default rules"},
    // kRuleWhen
    Phrase{"{0}, kun {1}", "{0} när {1}", "{0} when {1}"},
    // kRuleFields
    Phrase{"{0} (koskee kenttiä: {1})", "{0} (gäller fälten: {1})", "{0} (applies to: {1})"},
    // kConditionAnd
    Phrase{"ja", "och", "and"},
    // kConditionCriticalAtLeast
    Phrase{"kriittisten tapausten määrä on vähintään {0}",
           "antalet kritiska incidenter är minst {0}",
           "the number of critical incidents is at least {0}"},
    // kConditionHighAtLeast
    Phrase{"vakavuudeltaan korkeiden tapausten määrä on vähintään {0}",
           "antalet incidenter med hög allvarlighetsgrad är minst {0}",
           "the number of high-severity incidents is at least {0}"},
    // kConditionHighAboveUsual
    Phrase{"niitä on selvästi enemmän kuin kentällä tavallisesti (P < {0})",
           "de är klart fler än fältets vanliga nivå (P < {0})",
           "they are clearly above the field's usual level (P < {0})"},
    // kConditionCountAtLeast
    Phrase{"tapauksia on vähintään {0}", "antalet är minst {0}", "the count is at least {0}"},
    // kConditionAboveBaseline
    Phrase{"määrä on yli perustason (P < {0})", "antalet är över basnivån (P < {0})",
           "it is above the baseline (P < {0})"},
    // kConditionYellowWarning
    Phrase{"kentällä on voimassa keltainen tai punainen varoitus",
           "en gul eller röd varning gäller för fältet",
           "a yellow or red warning is in force for the field"},
    // kConditionRedWarning
    Phrase{"kentällä on voimassa punainen varoitus", "en röd varning gäller för fältet",
           "a red warning is in force for the field"},
    // kRuleCalm
    Phrase{"rauhallinen muulloin", "lugnt annars", "calm otherwise"},
    // kMethodListing
    Phrase{"Vain TLP:CLEAR- ja TLP:GREEN-merkityt tapaukset listataan; muut sisältyvät lukuihin.",
           "Endast incidenter märkta TLP:CLEAR eller TLP:GREEN listas; övriga ingår i siffrorna.",
           "Only incidents labelled TLP:CLEAR or TLP:GREEN are listed; the others are included in "
           "the counts."},
    // kMethodCoverage
    Phrase{"Aineisto kattaa kuukaudet {0}–{1}.", "Underlaget omfattar månaderna {0}–{1}.",
           "The data covers {0} to {1}."},
    // kMethodNoCoverage
    Phrase{"Aineistossa ei ole tapauksia.", "Underlaget innehåller inga incidenter.",
           "The data holds no incidents."},
    // --- Key figures and feed figures ---
    // kKeyFigures
    Phrase{"Kuukauden tunnuslukuja", "Månadens nyckeltal", "Key figures of the month"},
    // kKeyFigureNoData
    Phrase{"{0}: ei tietoja ajalta {1}.", "{0}: inga uppgifter för {1}.", "{0}: no data for {1}."},
    // kKeyFigureNoComparison
    Phrase{"ei vertailulukua", "ingen jämförelsesiffra", "no comparison figure"},
    // kKeyFigurePeriod
    Phrase{"Ajanjakso", "Period", "Period"},
    // kKeyFigureSource
    Phrase{"Lähde", "Källa", "Source"},
    // kNoKeyFigures
    Phrase{"Tunnuslukuja ei ole määritelty.", "Inga nyckeltal har definierats.",
           "No key figures are defined."},
    // kMethodKeyFigures
    Phrase{"Tunnusluvut: {0}. Tunnusluku, jonka jaksolta ei ole aineistoa, näytetään "
           "puuttuvana eikä nollana.",
           "Nyckeltal: {0}. Ett nyckeltal utan underlag för sin period visas som saknat, inte "
           "som noll.",
           "Key figures: {0}. A figure whose period has no data is shown as missing, not as "
           "zero."},
    // kKeyFiguresBuiltIn
    Phrase{"Kybersään oletustunnusluvut", "Kybersääs standardnyckeltal",
           "Kybersää's default key figures"},
    // kFeedFigures
    Phrase{"Syötteiden havainnot", "Flödenas observationer", "Feed figures"},
    // kFeed
    Phrase{"Syöte", "Flöde", "Feed"},
    // kFeedEvents
    Phrase{"Tapahtumia", "Händelser", "Events"},
    // kFeedHosts
    Phrase{"Eri osoitteita", "Olika adresser", "Distinct hosts"},
    // kNoFeedFigures
    Phrase{"Syötteissä ei ole havaintoja tältä osa-alueelta.",
           "Flödena har inga observationer för detta område.",
           "The feeds hold nothing for this field."},
    // kMethodFeeds
    Phrase{"Syötteiden luvut ovat toimialueen tapahtumia ja eri osoitteita kuukaudessa. "
           "Syöteaineisto:",
           "Flödenas siffror är händelser och olika adresser i målgruppen per månad. "
           "Flödesunderlag:",
           "Feed figures count the constituency's events and distinct hosts per month. Feed "
           "data:"},
    // kMethodFeedCoverage
    Phrase{"{0}: {1}–{2}, kuukausia {3}", "{0}: {1}–{2}, antal månader {3}",
           "{0}: {1} to {2}, months with counts: {3}"},
    // kMethodNoFeeds
    Phrase{"Syötteistä ei ole tuotu aineistoa.", "Inga flöden har importerats.",
           "No feed data has been imported."},
    // kConditionFeedAboveBaseline
    Phrase{"syötteiden tapahtumia on yli 12 kuukauden perustason (P < {0})",
           "flödenas händelser är över 12-månaders basnivån (P < {0})",
           "the feeds' events are above their 12-month baseline (P < {0})"},
    // kConditionFeedHostsAtLeast
    Phrase{"syötteissä on vähintään {0} eri osoitetta", "flödena har minst {0} olika adresser",
           "the feeds count at least {0} distinct hosts"},
};
static_assert(kTexts.size() == static_cast<std::size_t>(Text::kConditionFeedHostsAtLeast) + 1);

constexpr std::array kMonthNames = {
    Phrase{"tammikuu", "januari", "January"},
    Phrase{"helmikuu", "februari", "February"},
    Phrase{"maaliskuu", "mars", "March"},
    Phrase{"huhtikuu", "april", "April"},
    Phrase{"toukokuu", "maj", "May"},
    Phrase{"kesäkuu", "juni", "June"},
    Phrase{"heinäkuu", "juli", "July"},
    Phrase{"elokuu", "augusti", "August"},
    Phrase{"syyskuu", "september", "September"},
    Phrase{"lokakuu", "oktober", "October"},
    Phrase{"marraskuu", "november", "November"},
    Phrase{"joulukuu", "december", "December"},
};

constexpr std::array kMonthAbbreviations = {
    Phrase{"tammi", "jan", "Jan"}, Phrase{"helmi", "feb", "Feb"},  Phrase{"maalis", "mar", "Mar"},
    Phrase{"huhti", "apr", "Apr"}, Phrase{"touko", "maj", "May"},  Phrase{"kesä", "jun", "Jun"},
    Phrase{"heinä", "jul", "Jul"}, Phrase{"elo", "aug", "Aug"},    Phrase{"syys", "sep", "Sep"},
    Phrase{"loka", "okt", "Oct"},  Phrase{"marras", "nov", "Nov"}, Phrase{"joulu", "dec", "Dec"},
};

// Indexed by WeatherStatus.
constexpr std::array kStatuses = {
    Phrase{"rauhallinen", "lugnt", "calm"},
    Phrase{"huolestuttava", "oroande", "worrying"},
    Phrase{"vakava", "allvarligt", "serious"},
};
static_assert(kStatuses.size() == static_cast<std::size_t>(assess::WeatherStatus::kSerious) + 1);

// U+FE0E asks for the monochrome text glyph rather than a colour emoji, so
// the symbol reads the same on paper.
constexpr std::array<std::string_view, 3> kStatusSymbols = {"☀\uFE0E", "☁\uFE0E", "⚡\uFE0E"};

// Indexed by Trend.
constexpr std::array kTrends = {
    Phrase{"noussut", "ökat", "raised"},
    Phrase{"laskenut", "minskat", "lowered"},
    Phrase{"ennallaan", "oförändrat", "unchanged"},
};
static_assert(kTrends.size() == static_cast<std::size_t>(assess::Trend::kUnchanged) + 1);
constexpr std::array<std::string_view, 3> kTrendSymbols = {"↑", "↓", "→"};

// Indexed by Severity.
constexpr std::array kSeverities = {
    Phrase{"matala", "låg", "low"},
    Phrase{"kohtalainen", "medel", "medium"},
    Phrase{"korkea", "hög", "high"},
    Phrase{"kriittinen", "kritisk", "critical"},
};
static_assert(kSeverities.size() == static_cast<std::size_t>(model::Severity::kCritical) + 1);

// Indexed by Sector: the NIS2 sector names as the directive's language
// versions put them, shortened where a table column needs it.
constexpr std::array kSectors = {
    Phrase{"Energia", "Energi", "Energy"},
    Phrase{"Liikenne", "Transport", "Transport"},
    Phrase{"Pankkitoiminta", "Bankverksamhet", "Banking"},
    Phrase{"Finanssimarkkinoiden infrastruktuuri", "Finansmarknadsinfrastruktur",
           "Financial market infrastructure"},
    Phrase{"Terveydenhuolto", "Hälso- och sjukvård", "Health"},
    Phrase{"Talousvesi", "Dricksvatten", "Drinking water"},
    Phrase{"Jätevesi", "Avloppsvatten", "Waste water"},
    Phrase{"Digitaalinen infrastruktuuri", "Digital infrastruktur", "Digital infrastructure"},
    Phrase{"ICT-palvelut", "IKT-tjänster", "ICT services"},
    Phrase{"Julkishallinto", "Offentlig förvaltning", "Public administration"},
    Phrase{"Avaruus", "Rymden", "Space"},
    Phrase{"Posti- ja kuriiripalvelut", "Post- och budtjänster", "Postal and courier services"},
    Phrase{"Jätehuolto", "Avfallshantering", "Waste management"},
    Phrase{"Kemikaalit", "Kemikalier", "Chemicals"},
    Phrase{"Elintarvikkeet", "Livsmedel", "Food"},
    Phrase{"Valmistus", "Tillverkning", "Manufacturing"},
    Phrase{"Digitaalisten palvelujen tarjoajat", "Digitala leverantörer", "Digital providers"},
    Phrase{"Tutkimus", "Forskning", "Research"},
    Phrase{"Koulutus", "Utbildning", "Education"},
    Phrase{"Vähittäiskauppa", "Detaljhandel", "Retail"},
    Phrase{"Media", "Medier", "Media"},
    Phrase{"Yksityishenkilö", "Privatperson", "Individual"},
    Phrase{"Muu", "Annat", "Other"},
};
static_assert(kSectors.size() == static_cast<std::size_t>(model::Sector::kOther) + 1);

// Returns the entry of `table` at `value`, or an empty view when out of range.
template <class Table, class E>
std::string_view lookup(const Table& table, E value, model::Language language) {
  const auto index = static_cast<std::size_t>(value);
  return index < table.size() ? table[index].in(language) : std::string_view{};
}

}  // namespace

std::string_view catalog_text(Text id, model::Language language) {
  return lookup(kTexts, id, language);
}

std::string_view month_name(int month, model::Language language) {
  if (month < 1 || month > 12) return {};
  return lookup(kMonthNames, month - 1, language);
}

std::string_view month_abbreviation(int month, model::Language language) {
  if (month < 1 || month > 12) return {};
  return lookup(kMonthAbbreviations, month - 1, language);
}

std::string_view status_label(assess::WeatherStatus status, model::Language language) {
  return lookup(kStatuses, status, language);
}

std::string_view status_symbol(assess::WeatherStatus status) {
  const auto index = static_cast<std::size_t>(status);
  return index < kStatusSymbols.size() ? kStatusSymbols[index] : std::string_view{};
}

std::string_view trend_label(assess::Trend trend, model::Language language) {
  return lookup(kTrends, trend, language);
}

std::string_view trend_symbol(assess::Trend trend) {
  const auto index = static_cast<std::size_t>(trend);
  return index < kTrendSymbols.size() ? kTrendSymbols[index] : std::string_view{};
}

std::string_view severity_label(model::Severity severity, model::Language language) {
  return lookup(kSeverities, severity, language);
}

std::string_view sector_label(model::Sector sector, model::Language language) {
  return lookup(kSectors, sector, language);
}

}  // namespace kybersaa::report
