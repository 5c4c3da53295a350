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
    // Warnings of the month and analysts' status overrides.
    // kWarnings
    Phrase{"Kuukauden varoitukset", "Månadens varningar", "Warnings of the month"},
    // kNoWarnings
    Phrase{"Kuukauden aikana ei ollut voimassa varoituksia.",
           "Inga varningar var i kraft under månaden.",
           "No warnings were in force during the month."},
    // kWarningNumber
    Phrase{"Varoitus {0}", "Varning {0}", "Warning {0}"},
    // kWarningNumberHeading
    Phrase{"Varoitus", "Varning", "Warning"},
    // kWarningLevel
    Phrase{"Taso", "Nivå", "Level"},
    // kWarningTitle
    Phrase{"Otsikko", "Rubrik", "Title"},
    // kWarningActiveSince
    Phrase{"Kampanja aktiivinen alkaen", "Kampanjen aktiv sedan", "Campaign active since"},
    // kWarningIssued
    Phrase{"Annettu", "Utfärdad", "Issued"},
    // kWarningRetired
    Phrase{"Poistunut voimasta", "Upphörde att gälla", "No longer in force from"},
    // kWarningFields
    Phrase{"Osa-alueet", "Områden", "Fields"},
    // kWarningCves
    Phrase{"Haavoittuvuudet (CVE)", "Sårbarheter (CVE)", "Vulnerabilities (CVE)"},
    // kTitleOnlyIn
    Phrase{"(vain kielellä {0})", "(endast på {0})", "(only in {0})"},
    // kKevExploited
    Phrase{"tiedetään hyödynnetyn (CISA KEV {0})", "känd som utnyttjad (CISA KEV {0})",
           "known exploited (CISA KEV {0})"},
    // kKevRansomware
    Phrase{"käytetty kiristyshaittaohjelmakampanjoissa", "använd i ransomwarekampanjer",
           "used in ransomware campaigns"},
    // kMethodWarnings
    Phrase{"Varoitus on voimassa kuukaudessa, kun se on annettu viimeistään kuukauden "
           "viimeisenä päivänä eikä se ole poistunut voimasta kuukauden ensimmäiseen päivään "
           "mennessä. Kuukauden aikana voimasta poistunut varoitus näytetään harmaana.",
           "En varning är i kraft under en månad när den har utfärdats senast månadens sista dag "
           "och inte har upphört att gälla senast månadens första dag. En varning som upphörde "
           "under månaden visas grå.",
           "A warning is in force in a month when it was issued on or before the month's last "
           "day and did not cease to be in force on or before its first day. A warning that "
           "ceased during the month is shown grey."},
    // kMethodKev
    Phrase{"CVE-tunnisteet yhdistetään CISA:n Known Exploited Vulnerabilities -luetteloon; "
           "merkintä kertoo päivän, jona CVE lisättiin luetteloon.",
           "CVE-id:n matchas mot CISA:s katalog Known Exploited Vulnerabilities; markeringen "
           "anger dagen då CVE:n lades till i katalogen.",
           "CVE ids are joined with CISA's Known Exploited Vulnerabilities catalog; the mark "
           "gives the date the CVE was added to it."},
    // kStatusOverridden
    Phrase{"analyytikon arvio", "analytikerns bedömning", "analyst's assessment"},
    // kMethodOverrides
    Phrase{"Analyytikko on muuttanut sääntöjen antaman tilan:",
           "En analytiker har ändrat läget som reglerna gav:",
           "An analyst changed the status the rules gave:"},
    // kOverrideNote
    Phrase{"{0}: säännöt antoivat tilan {1} (sääntö {2}); analyytikko asetti tilan {3}. "
           "Perustelu: {4}",
           "{0}: reglerna gav läget {1} (regel {2}); analytikern satte läget {3}. Motivering: {4}",
           "{0}: the rules gave {1} (rule {2}); an analyst set {3}. Reason: {4}"},
    // kMethodNoOverrides
    Phrase{"Analyytikko ei ole muuttanut yhdenkään osa-alueen tilaa.",
           "Ingen analytiker har ändrat läget för något område.",
           "No analyst changed the status of any field."},
    // Report lifecycle.
    // kStateDraft
    Phrase{"LUONNOS – ei tarkastettu eikä julkaistu", "UTKAST – inte granskad eller publicerad",
           "DRAFT – not reviewed or published"},
    // kStateReviewed
    Phrase{"TARKASTETTU – ei vielä julkaistu", "GRANSKAD – ännu inte publicerad",
           "REVIEWED – not yet published"},
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

// Warning levels: yellow, red, and grey for a warning no longer in force.
constexpr std::array kWarningLevels = {
    Phrase{"keltainen – vakava uhka", "gul – allvarligt hot", "yellow – serious threat"},
    Phrase{"punainen – kriittinen uhka", "röd – kritiskt hot", "red – critical threat"},
    Phrase{"harmaa – ei enää voimassa", "grå – inte längre i kraft", "grey – no longer in force"},
};
constexpr std::array<std::string_view, 3> kWarningSymbols = {"▲", "◆", "○"};

// Index into kWarningLevels and kWarningSymbols.
std::size_t warning_index(model::WarningLevel level, bool grey) {
  if (grey) return 2;
  return level == model::WarningLevel::kRed ? 1 : 0;
}

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

std::string_view warning_level_label(model::WarningLevel level, bool grey,
                                     model::Language language) {
  return kWarningLevels[warning_index(level, grey)].in(language);
}

std::string_view warning_level_symbol(model::WarningLevel level, bool grey) {
  return kWarningSymbols[warning_index(level, grey)];
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

// --- Report content -----------------------------------------------------------

namespace {

// Indexed by ContentText.
constexpr std::array kContentTexts = {
    // kItems
    Phrase{"Tapaukset ja ilmiöt", "Incidenter och fenomen", "Incidents and phenomena"},
    // kAnalysis
    Phrase{"ANALYYSI", "ANALYS", "ANALYSIS"},
    // kDraft
    Phrase{"luonnos – ei vielä tarkastettu", "utkast – ännu inte granskat",
           "draft – not yet reviewed"},
    // kDraftAnalysis
    Phrase{"Luonnos on laadittu automaattisesti asiakirjasta; analyytikko ei ole vielä "
           "arvioinut sitä.",
           "Utkastet har gjorts automatiskt ur ett dokument; en analytiker har ännu inte "
           "bedömt det.",
           "Drafted automatically from a document; an analyst has not assessed it yet."},
    // kHeadlines
    Phrase{"Kuukauden nostot", "Månadens höjdpunkter", "Highlights of the month"},
    // kTopThreats
    Phrase{"Pitkän aikavälin uhat: top 5", "Långsiktiga hot: topp 5", "Top 5 long-term threats"},
    // kNoThreats
    Phrase{"Tälle kuukaudelle ei ole laadittu top 5 -listaa.",
           "Ingen topp 5-lista har gjorts för den här månaden.",
           "No top 5 list has been written for this month."},
    // kRank
    Phrase{"Sija", "Plats", "Rank"},
    // kCase
    Phrase{"TAPAUS", "FALL", "CASE"},
    // kLinkedMetrics
    Phrase{"Liittyvät mittarit", "Kopplade mått", "Linked metrics"},
    // kThreatNew
    Phrase{"uusi", "ny", "new"},
    // kThreatUpdated
    Phrase{"päivitetty", "uppdaterad", "updated"},
    // kPreviousRank
    Phrase{"edellisessä raportissa sijalla {0}", "i föregående rapport på plats {0}",
           "ranked {0} in the previous report"},
    // kComparedWith
    Phrase{"Suunta verrattuna edellisen raportin listaan ({0}).",
           "Trenden jämförd med föregående rapports lista ({0}).",
           "Trend against the previous report's list ({0})."},
    // kNoPreviousList
    Phrase{"Edellisen kuukauden listaa ei ole: kaikki uhat ovat uusia.",
           "Föregående månad saknar lista: alla hot är nya.",
           "The previous month has no list: every threat is new."},
    // kDevelopments
    Phrase{"Kehitys osa-alueilla", "Utvecklingen inom områdena", "Field developments"},
    // kNoDevelopments
    Phrase{"Ei kirjattua kehitystä tässä kuussa.", "Ingen registrerad utveckling den här månaden.",
           "No developments recorded this month."},
    // kHowToReport
    Phrase{"Näin ilmoitat", "Så här anmäler du", "How to report"},
    // kHeadlineCount
    Phrase{"{0} tapausta (perustaso {1}), suunta {2}", "{0} incidenter (basnivå {1}), trend {2}",
           "{0} incidents (baseline {1}), trend {2}"},
    // kHeadlineSevere
    Phrase{"Kriittisiä tapauksia {0}, korkean vakavuuden tapauksia {1}",
           "Kritiska incidenter: {0}, med hög allvarlighetsgrad: {1}",
           "Critical incidents: {0}; high-severity incidents: {1}"},
    // kHeadlineMostSevere
    Phrase{"Vakavin julkaistava tapaus ({1}): {0}",
           "Allvarligaste publicerbara incidenten ({1}): {0}",
           "Most severe publishable incident ({1}): {0}"},
    // kHeadlineCompared
    Phrase{"Edellinen kuukausi {0}, vuotta aiemmin {1}",
           "Föregående månad {0}, ett år tidigare {1}", "Previous month {0}, a year earlier {1}"},
    // kFactReported
    Phrase{"Ilmoitettu {0}", "Anmäld {0}", "Reported {0}"},
    // kFactStarted
    Phrase{"Alkoi {0}", "Började {0}", "Started {0}"},
    // kFactDetected
    Phrase{"Havaittu {0}", "Upptäckt {0}", "Detected {0}"},
    // kFactPeople
    Phrase{"Koskee {0} henkilöä", "Berör {0} personer", "Affects {0} people"},
    // kFactDevices
    Phrase{"Laitteita {0}", "Enheter: {0}", "Devices: {0}"},
    // kFactPersonalData
    Phrase{"Henkilötietoja: {0}", "Personuppgifter: {0}", "Personal data: {0}"},
    // kFactCves
    Phrase{"Haavoittuvuudet: {0}", "Sårbarheter: {0}", "Vulnerabilities: {0}"},
};
static_assert(kContentTexts.size() == static_cast<std::size_t>(ContentText::kFactCves) + 1);

// Indexed by the text's language, then by the report's: the marker after a
// text shown in another language than the report's.
constexpr std::array kLanguageMarkers = {
    Phrase{"[suomeksi]", "[på finska]", "[in Finnish]"},
    Phrase{"[ruotsiksi]", "[på svenska]", "[in Swedish]"},
    Phrase{"[englanniksi]", "[på engelska]", "[in English]"},
};

// Indexed by DevelopmentKind.
constexpr std::array kDevelopmentKinds = {
    Phrase{"Lainsäädäntö", "Lagstiftning", "Legislation"},
    Phrase{"Standardit", "Standarder", "Standards"},
    Phrase{"Lausuntokierrokset", "Remisser", "Consultations"},
    Phrase{"Arjen neuvoja", "Vardagsråd", "Everyday advice"},
};
static_assert(kDevelopmentKinds.size() ==
              static_cast<std::size_t>(model::DevelopmentKind::kAdvice) + 1);

// Indexed by PersonalData.
constexpr std::array kPersonalData = {
    Phrase{"nimet", "namn", "names"},
    Phrase{"sähköpostiosoitteet", "e-postadresser", "e-mail addresses"},
    Phrase{"puhelinnumerot", "telefonnummer", "phone numbers"},
    Phrase{"osoitteet", "adresser", "addresses"},
    Phrase{"henkilötunnukset", "personbeteckningar", "national identity numbers"},
    Phrase{"terveystiedot", "hälsouppgifter", "health data"},
    Phrase{"taloustiedot", "ekonomiska uppgifter", "financial data"},
    Phrase{"tunnukset ja salasanat", "inloggningsuppgifter", "credentials"},
    Phrase{"sijaintitiedot", "platsuppgifter", "location data"},
    Phrase{"laitetiedot", "enhetsuppgifter", "device data"},
};
static_assert(kPersonalData.size() == static_cast<std::size_t>(model::PersonalData::kDevice) + 1);

}  // namespace

std::string_view content_text(ContentText id, model::Language language) {
  return lookup(kContentTexts, id, language);
}

std::string_view language_marker(model::Language text_language, model::Language report_language) {
  return lookup(kLanguageMarkers, text_language, report_language);
}

std::string_view development_kind_label(model::DevelopmentKind kind, model::Language language) {
  return lookup(kDevelopmentKinds, kind, language);
}

std::string_view personal_data_label(model::PersonalData kind, model::Language language) {
  return lookup(kPersonalData, kind, language);
}

}  // namespace kybersaa::report
