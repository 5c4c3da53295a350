// Field classification: an explainable lexicon scorer.
//
// An analyst decides the field of a document from a handful of words:
// "tietomurto" and "henkilötiedot" make it a breach, "palvelunestohyökkäys"
// and "Gbit/s" a network matter, "kalasteluviesti" a scam. The classifier
// does the same with a lexicon: each term is a lower-case stem or compound
// part, tagged with its field, a weight (1 = a hint, 2 = typical, 3 =
// decisive, 4 = overrides how it happened: a breach
// through a vulnerability is a breach) and, where the term names the kind of incident, an RSIT
// class.
//
// For every word the classifier takes its lookup keys from the Lemmatizer —
// the word itself, its Voikko base forms and compound parts (Finnish), its
// Snowball stem — and finds the lexicon terms that are prefixes of a key.
// Prefixes carry inflection that Voikko does not know (names, English and
// Swedish endings); compound parts carry Finnish compounds no lexicon could
// list ("asiakastietomurto" → "tieto" + "murto"). Swedish has no compound
// splitter here, so in Swedish a term of five bytes or more also matches
// inside a word ("telefonbedragare" → "bedrag"). A word adds to each field
// at most once, through the longest term that matched it for that field.
//
// A field's raw score sums weight × (1 + ln count) over its terms, so a term
// repeated ten times counts for more than once but does not drown the rest.
// The scores reported are the raw scores divided by their sum, best first.
// The RSIT guess is the RSIT class of the strongest term of the best field
// that has one, else the field's default (breaches-leaks →
// information-content-security/unauthorised-information-access, ...).
//
// Worked example: "Tietomurrossa vuoti asiakkaiden henkilötietoja." —
// "tietomurrossa" has base form "tietomurto" (term "tietomur", 3), "vuoti"
// matches "vuoti" (2), "henkilötietoja" has base form "henkilötieto"
// ("henkilötie", 2): breaches-leaks 7, every other field 0.
//
// The lexicon is written by hand in three languages, tuned on the train
// split of the labelled corpus (tests/data/text/corpus.jsonl); the held-out
// test split measures it (`kybersaa eval`, docs/formats/corpus.md).

#include "text/field_classifier.hpp"

#include <algorithm>
#include <cmath>

namespace kybersaa::text {
namespace {

using model::Field;

struct LexiconTerm {
  std::string_view term;
  Field field;
  double weight;
  std::string_view rsit_taxonomy;  // empty: the field's default
  std::string_view rsit_type;
};

constexpr std::string_view kAvail = "availability";
constexpr std::string_view kMalicious = "malicious-code";
constexpr std::string_view kVulnerable = "vulnerable";
constexpr std::string_view kInfoSec = "information-content-security";
constexpr std::string_view kFraud = "fraud";
constexpr std::string_view kIntrusions = "intrusions";
constexpr std::string_view kAttempts = "intrusion-attempts";

// The lexicon. Terms are matched as prefixes of a word's keys; keep them
// long enough not to hit unrelated words ("vuoti", not "vuo", which is
// also "vuosi").
constexpr LexiconTerm kLexicon[] = {
    // network: availability, denial of service, outages, routing
    {"palvelunesto", Field::kNetwork, 3, kAvail, "ddos"},
    {"ddos", Field::kNetwork, 3, kAvail, "ddos"},
    {"dos-hyökkäy", Field::kNetwork, 3, kAvail, "dos"},
    {"hyökkäysliikent", Field::kNetwork, 3, kAvail, "ddos"},
    {"ylikuormit", Field::kNetwork, 2, kAvail, "ddos"},
    {"häiriö", Field::kNetwork, 2, kAvail, "outage"},
    {"katko", Field::kNetwork, 2, kAvail, "outage"},
    {"palvelukatko", Field::kNetwork, 3, kAvail, "outage"},
    {"vikatilante", Field::kNetwork, 2, kAvail, "outage"},
    {"merikaapel", Field::kNetwork, 3, kAvail, "outage"},
    {"kaapeli", Field::kNetwork, 2, kAvail, "outage"},
    {"tietoliikente", Field::kNetwork, 2, "", ""},
    {"verkkoliikente", Field::kNetwork, 2, "", ""},
    {"liikenne", Field::kNetwork, 1, "", ""},
    {"saatavuu", Field::kNetwork, 2, kAvail, "outage"},
    {"toimivuu", Field::kNetwork, 1, "", ""},
    {"nimipalvel", Field::kNetwork, 2, "", ""},
    {"reititys", Field::kNetwork, 2, "", ""},
    {"teleyritys", Field::kNetwork, 1, "", ""},
    {"teleoperaattor", Field::kNetwork, 2, "", ""},
    {"operaattori", Field::kNetwork, 1, "", ""},
    {"matkaviestinverk", Field::kNetwork, 2, "", ""},
    {"yhteyk", Field::kNetwork, 1, "", ""},
    {"laajakaist", Field::kNetwork, 2, "", ""},
    {"katke", Field::kNetwork, 2, kAvail, "outage"},
    {"gbit", Field::kNetwork, 2, kAvail, "ddos"},
    {"tbit", Field::kNetwork, 2, kAvail, "ddos"},
    {"överbelastningsattack", Field::kNetwork, 3, kAvail, "ddos"},
    {"störning", Field::kNetwork, 2, kAvail, "outage"},
    {"driftstörning", Field::kNetwork, 3, kAvail, "outage"},
    {"avbrott", Field::kNetwork, 2, kAvail, "outage"},
    {"sjökabel", Field::kNetwork, 3, kAvail, "outage"},
    {"kabel", Field::kNetwork, 1, "", ""},
    {"tillgänglighet", Field::kNetwork, 1, "", ""},
    {"trafik", Field::kNetwork, 1, "", ""},
    {"operatör", Field::kNetwork, 1, "", ""},
    {"denial-of-service", Field::kNetwork, 3, kAvail, "dos"},
    {"denial", Field::kNetwork, 2, kAvail, "dos"},
    {"outage", Field::kNetwork, 3, kAvail, "outage"},
    {"disruption", Field::kNetwork, 2, kAvail, "outage"},
    {"downtime", Field::kNetwork, 2, kAvail, "outage"},
    {"availability", Field::kNetwork, 1, "", ""},
    {"bandwidth", Field::kNetwork, 1, "", ""},
    {"traffic", Field::kNetwork, 1, "", ""},
    {"cable", Field::kNetwork, 2, kAvail, "outage"},
    {"submarine", Field::kNetwork, 2, "", ""},
    {"connectivity", Field::kNetwork, 2, "", ""},
    {"routing", Field::kNetwork, 2, "", ""},
    {"dns", Field::kNetwork, 2, "", ""},
    {"bgp", Field::kNetwork, 3, "", ""},
    {"isp", Field::kNetwork, 1, "", ""},
    // espionage: state actors, intelligence, targeted intrusions
    {"vakoil", Field::kEspionage, 3, kIntrusions, "system-compromise"},
    {"kybervakoil", Field::kEspionage, 3, kIntrusions, "system-compromise"},
    {"tiedustel", Field::kEspionage, 3, "", ""},
    {"valtiolli", Field::kEspionage, 2, "", ""},
    {"valtiotoimij", Field::kEspionage, 3, "", ""},
    {"kohdistet", Field::kEspionage, 2, "", ""},
    {"urkin", Field::kEspionage, 2, "", ""},
    {"suojelupolii", Field::kEspionage, 2, "", ""},
    {"supo", Field::kEspionage, 2, "", ""},
    {"hakkeriryhm", Field::kEspionage, 2, "", ""},
    {"eduskun", Field::kEspionage, 2, "", ""},
    {"ministeriö", Field::kEspionage, 1, "", ""},
    {"diplomaat", Field::kEspionage, 1, "", ""},
    {"ulkovallan", Field::kEspionage, 3, "", ""},
    {"apt", Field::kEspionage, 3, "", ""},
    {"spionage", Field::kEspionage, 3, kIntrusions, "system-compromise"},
    {"spion", Field::kEspionage, 3, kIntrusions, "system-compromise"},
    {"statlig", Field::kEspionage, 2, "", ""},
    {"statsaktör", Field::kEspionage, 3, "", ""},
    {"statsunderstöd", Field::kEspionage, 3, "", ""},
    {"främmande makt", Field::kEspionage, 3, "", ""},
    {"underrättelse", Field::kEspionage, 3, "", ""},
    {"säkerhetspolis", Field::kEspionage, 2, "", ""},
    {"riksdag", Field::kEspionage, 2, "", ""},
    {"espionage", Field::kEspionage, 3, kIntrusions, "system-compromise"},
    {"spying", Field::kEspionage, 3, "", ""},
    {"spy", Field::kEspionage, 3, "", ""},
    {"state-sponsored", Field::kEspionage, 3, "", ""},
    {"state-backed", Field::kEspionage, 3, "", ""},
    {"nation-state", Field::kEspionage, 3, "", ""},
    {"intelligence", Field::kEspionage, 2, "", ""},
    {"targeted", Field::kEspionage, 1, "", ""},
    {"parliament", Field::kEspionage, 2, "", ""},
    {"ministry", Field::kEspionage, 1, "", ""},
    {"diplomat", Field::kEspionage, 1, "", ""},
    // malware and vulnerabilities
    {"haittaohjelm", Field::kMalwareVulnerabilities, 3, kMalicious, "infected-system"},
    {"haittakoodi", Field::kMalwareVulnerabilities, 3, kMalicious, "infected-system"},
    {"kiristyshaitta", Field::kMalwareVulnerabilities, 3, kMalicious, "infected-system"},
    {"kiristysohjelm", Field::kMalwareVulnerabilities, 3, kMalicious, "infected-system"},
    {"haavoittuvuu", Field::kMalwareVulnerabilities, 3, kVulnerable, "vulnerable-system"},
    {"haavoittuv", Field::kMalwareVulnerabilities, 2, kVulnerable, "vulnerable-system"},
    {"nollapäivä", Field::kMalwareVulnerabilities, 2, kAttempts, "exploit"},
    {"hyödyn", Field::kMalwareVulnerabilities, 1, kAttempts, "exploit"},
    {"tietoturvapäivity", Field::kMalwareVulnerabilities, 2, kVulnerable, "vulnerable-system"},
    {"päivity", Field::kMalwareVulnerabilities, 1, "", ""},
    {"päivittä", Field::kMalwareVulnerabilities, 1, "", ""},
    {"troijalai", Field::kMalwareVulnerabilities, 3, kMalicious, "infected-system"},
    {"virus", Field::kMalwareVulnerabilities, 2, kMalicious, "infected-system"},
    {"bottiverk", Field::kMalwareVulnerabilities, 2, kMalicious, "c2-server"},
    {"takaov", Field::kMalwareVulnerabilities, 2, kMalicious, "infected-system"},
    {"lunnai", Field::kMalwareVulnerabilities, 2, kMalicious, "infected-system"},
    {"cve", Field::kMalwareVulnerabilities, 3, kVulnerable, "vulnerable-system"},
    {"skadeprogram", Field::kMalwareVulnerabilities, 3, kMalicious, "infected-system"},
    {"skadlig", Field::kMalwareVulnerabilities, 2, kMalicious, "infected-system"},
    {"sårbar", Field::kMalwareVulnerabilities, 3, kVulnerable, "vulnerable-system"},
    {"utpressningsprogram", Field::kMalwareVulnerabilities, 3, kMalicious, "infected-system"},
    {"säkerhetsuppdater", Field::kMalwareVulnerabilities, 2, "", ""},
    {"uppdater", Field::kMalwareVulnerabilities, 1, "", ""},
    {"nolldags", Field::kMalwareVulnerabilities, 2, kAttempts, "exploit"},
    {"utnyttja", Field::kMalwareVulnerabilities, 1, kAttempts, "exploit"},
    {"bakdörr", Field::kMalwareVulnerabilities, 2, kMalicious, "infected-system"},
    {"malware", Field::kMalwareVulnerabilities, 3, kMalicious, "infected-system"},
    {"ransomware", Field::kMalwareVulnerabilities, 3, kMalicious, "infected-system"},
    {"vulnerabilit", Field::kMalwareVulnerabilities, 3, kVulnerable, "vulnerable-system"},
    {"vulnerable", Field::kMalwareVulnerabilities, 2, kVulnerable, "vulnerable-system"},
    {"exploit", Field::kMalwareVulnerabilities, 2, kAttempts, "exploit"},
    {"zero-day", Field::kMalwareVulnerabilities, 2, kAttempts, "exploit"},
    {"patch", Field::kMalwareVulnerabilities, 1, "", ""},
    {"trojan", Field::kMalwareVulnerabilities, 3, kMalicious, "infected-system"},
    {"botnet", Field::kMalwareVulnerabilities, 2, kMalicious, "c2-server"},
    {"backdoor", Field::kMalwareVulnerabilities, 2, kMalicious, "infected-system"},
    {"infostealer", Field::kMalwareVulnerabilities, 3, kMalicious, "infected-system"},
    {"stealer", Field::kMalwareVulnerabilities, 2, kMalicious, "infected-system"},
    {"rce", Field::kMalwareVulnerabilities, 2, kAttempts, "exploit"},
    {"update", Field::kMalwareVulnerabilities, 1, "", ""},
    {"emotet", Field::kMalwareVulnerabilities, 3, kMalicious, "infected-system"},
    {"qakbot", Field::kMalwareVulnerabilities, 3, kMalicious, "infected-system"},
    {"lockbit", Field::kMalwareVulnerabilities, 3, kMalicious, "infected-system"},
    {"akira", Field::kMalwareVulnerabilities, 3, kMalicious, "infected-system"},
    // breaches and leaks
    {"tietomur", Field::kBreachesLeaks, 4, kIntrusions, "system-compromise"},
    {"tietovuo", Field::kBreachesLeaks, 4, kInfoSec, "data-leak"},
    {"murtau", Field::kBreachesLeaks, 3, kIntrusions, "system-compromise"},
    {"vuoti", Field::kBreachesLeaks, 3, kInfoSec, "data-leak"},
    {"vuotanu", Field::kBreachesLeaks, 3, kInfoSec, "data-leak"},
    {"vuotane", Field::kBreachesLeaks, 3, kInfoSec, "data-leak"},
    {"vuodet", Field::kBreachesLeaks, 2, kInfoSec, "data-leak"},
    {"luvattom", Field::kBreachesLeaks, 2, kInfoSec, "unauthorised-information-access"},
    {"luvaton", Field::kBreachesLeaks, 2, kInfoSec, "unauthorised-information-access"},
    {"henkilötie", Field::kBreachesLeaks, 2, "", ""},
    {"asiakastie", Field::kBreachesLeaks, 2, "", ""},
    {"asiakasrekister", Field::kBreachesLeaks, 2, "", ""},
    {"potilastie", Field::kBreachesLeaks, 2, "", ""},
    {"henkilötunnu", Field::kBreachesLeaks, 2, "", ""},
    {"tilinumer", Field::kBreachesLeaks, 2, "", ""},
    {"osoitetie", Field::kBreachesLeaks, 2, "", ""},
    {"yhteystie", Field::kBreachesLeaks, 2, "", ""},
    {"rekister", Field::kBreachesLeaks, 1, "", ""},
    {"tietosuoj", Field::kBreachesLeaks, 2, "", ""},
    {"tietosuojavaltuut", Field::kBreachesLeaks, 3, "", ""},
    {"varastet", Field::kBreachesLeaks, 2, kInfoSec, "data-loss"},
    {"käsiksi", Field::kBreachesLeaks, 1, kInfoSec, "unauthorised-information-access"},
    {"dataintrång", Field::kBreachesLeaks, 4, kIntrusions, "system-compromise"},
    {"intrång", Field::kBreachesLeaks, 3, kIntrusions, "system-compromise"},
    {"dataläck", Field::kBreachesLeaks, 4, kInfoSec, "data-leak"},
    {"läck", Field::kBreachesLeaks, 3, kInfoSec, "data-leak"},
    {"personuppgift", Field::kBreachesLeaks, 2, "", ""},
    {"obehörig", Field::kBreachesLeaks, 2, kInfoSec, "unauthorised-information-access"},
    {"dataskydd", Field::kBreachesLeaks, 2, "", ""},
    {"integritetsskydd", Field::kBreachesLeaks, 3, "", ""},
    {"stulna", Field::kBreachesLeaks, 2, kInfoSec, "data-loss"},
    {"breach", Field::kBreachesLeaks, 4, kIntrusions, "system-compromise"},
    {"leak", Field::kBreachesLeaks, 3, kInfoSec, "data-leak"},
    {"unauthorised", Field::kBreachesLeaks, 2, kInfoSec, "unauthorised-information-access"},
    {"unauthorized", Field::kBreachesLeaks, 2, kInfoSec, "unauthorised-information-access"},
    {"stolen", Field::kBreachesLeaks, 2, kInfoSec, "data-loss"},
    {"exposed", Field::kBreachesLeaks, 2, kInfoSec, "data-leak"},
    {"exfiltrat", Field::kBreachesLeaks, 2, kInfoSec, "data-leak"},
    {"gdpr", Field::kBreachesLeaks, 2, "", ""},
    {"personal", Field::kBreachesLeaks, 1, "", ""},
    {"hacked", Field::kBreachesLeaks, 2, kIntrusions, "system-compromise"},
    {"intrusion", Field::kBreachesLeaks, 2, kIntrusions, "system-compromise"},
    // scams and phishing
    {"kalastel", Field::kScamsPhishing, 3, kFraud, "phishing"},
    {"huijau", Field::kScamsPhishing, 3, kFraud, "masquerade"},
    {"huijar", Field::kScamsPhishing, 3, kFraud, "masquerade"},
    {"huijaa", Field::kScamsPhishing, 3, kFraud, "masquerade"},
    {"petos", Field::kScamsPhishing, 3, kFraud, "masquerade"},
    {"petok", Field::kScamsPhishing, 3, kFraud, "masquerade"},
    {"tekstiviest", Field::kScamsPhishing, 2, "", ""},
    {"valesivu", Field::kScamsPhishing, 3, kFraud, "phishing"},
    {"väärennet", Field::kScamsPhishing, 2, kFraud, "masquerade"},
    {"verkkopankkitun", Field::kScamsPhishing, 2, kFraud, "phishing"},
    {"pankkitunn", Field::kScamsPhishing, 2, kFraud, "phishing"},
    {"kirjautumissivu", Field::kScamsPhishing, 2, kFraud, "phishing"},
    {"tekaist", Field::kScamsPhishing, 1, "", ""},
    {"nätfiske", Field::kScamsPhishing, 3, kFraud, "phishing"},
    {"bedrä", Field::kScamsPhishing, 3, kFraud, "masquerade"},
    {"bedrag", Field::kScamsPhishing, 3, kFraud, "masquerade"},
    {"bluff", Field::kScamsPhishing, 3, kFraud, "masquerade"},
    {"falsk", Field::kScamsPhishing, 2, kFraud, "masquerade"},
    {"lura", Field::kScamsPhishing, 2, kFraud, "masquerade"},
    {"sms", Field::kScamsPhishing, 1, "", ""},
    {"phishing", Field::kScamsPhishing, 3, kFraud, "phishing"},
    {"scam", Field::kScamsPhishing, 3, kFraud, "masquerade"},
    {"fraud", Field::kScamsPhishing, 3, kFraud, "masquerade"},
    {"smishing", Field::kScamsPhishing, 3, kFraud, "phishing"},
    {"vishing", Field::kScamsPhishing, 3, kFraud, "phishing"},
    {"spoof", Field::kScamsPhishing, 2, kFraud, "masquerade"},
    {"fake", Field::kScamsPhishing, 2, kFraud, "masquerade"},
    {"impersonat", Field::kScamsPhishing, 2, kFraud, "masquerade"},
    {"invoice", Field::kScamsPhishing, 2, kFraud, "masquerade"},
    {"lure", Field::kScamsPhishing, 1, "", ""},
    // automation and IoT
    {"automaatio", Field::kAutomationIot, 3, kVulnerable, "vulnerable-system"},
    {"iot", Field::kAutomationIot, 3, kVulnerable, "vulnerable-system"},
    {"esineiden", Field::kAutomationIot, 2, "", ""},
    {"ohjausjärjestelm", Field::kAutomationIot, 3, "", ""},
    {"scada", Field::kAutomationIot, 3, "", ""},
    {"vesilaito", Field::kAutomationIot, 2, "", ""},
    {"vesihuol", Field::kAutomationIot, 2, "", ""},
    {"valvontakamer", Field::kAutomationIot, 3, kVulnerable, "vulnerable-system"},
    {"kamera", Field::kAutomationIot, 1, "", ""},
    {"reititin", Field::kAutomationIot, 3, "", ""},
    {"reitittim", Field::kAutomationIot, 3, "", ""},
    {"laiteohjelmist", Field::kAutomationIot, 2, "", ""},
    {"älylait", Field::kAutomationIot, 3, "", ""},
    {"älykot", Field::kAutomationIot, 4, kVulnerable, "vulnerable-system"},
    {"älykod", Field::kAutomationIot, 4, kVulnerable, "vulnerable-system"},
    {"ohjausyksik", Field::kAutomationIot, 2, "", ""},
    {"invertter", Field::kAutomationIot, 3, "", ""},
    {"voimala", Field::kAutomationIot, 2, "", ""},
    {"teollisuu", Field::kAutomationIot, 2, "", ""},
    {"logiik", Field::kAutomationIot, 2, "", ""},
    {"lämpöpump", Field::kAutomationIot, 2, "", ""},
    {"kiinteistö", Field::kAutomationIot, 1, "", ""},
    {"shodan", Field::kAutomationIot, 2, "", ""},
    {"automation", Field::kAutomationIot, 3, kVulnerable, "vulnerable-system"},
    {"styrsystem", Field::kAutomationIot, 3, "", ""},
    {"programmerbar", Field::kAutomationIot, 2, "", ""},
    {"smarta hem", Field::kAutomationIot, 4, kVulnerable, "vulnerable-system"},
    {"enhet", Field::kAutomationIot, 1, "", ""},
    {"industri", Field::kAutomationIot, 2, "", ""},
    {"sakernas", Field::kAutomationIot, 3, "", ""},
    {"övervakningskamer", Field::kAutomationIot, 3, kVulnerable, "vulnerable-system"},
    {"vattenverk", Field::kAutomationIot, 2, "", ""},
    {"fastighet", Field::kAutomationIot, 1, "", ""},
    {"industrial", Field::kAutomationIot, 2, "", ""},
    {"ics", Field::kAutomationIot, 3, "", ""},
    {"plc", Field::kAutomationIot, 2, "", ""},
    {"hmi", Field::kAutomationIot, 2, "", ""},
    {"camera", Field::kAutomationIot, 2, kVulnerable, "vulnerable-system"},
    {"router", Field::kAutomationIot, 2, "", ""},
    {"controller", Field::kAutomationIot, 2, "", ""},
    {"modbus", Field::kAutomationIot, 3, "", ""},
    {"sensor", Field::kAutomationIot, 1, "", ""},
    {"smart", Field::kAutomationIot, 1, "", ""},
    {"water utilit", Field::kAutomationIot, 2, "", ""},
    {"control system", Field::kAutomationIot, 3, "", ""},
    {"district heating", Field::kAutomationIot, 2, "", ""},
    {"smart home", Field::kAutomationIot, 4, kVulnerable, "vulnerable-system"},
};

constexpr std::size_t kLexiconSize = sizeof(kLexicon) / sizeof(kLexicon[0]);
// Term lengths (bytes) the lookup tries as prefixes of a key.
constexpr std::size_t kMinTermBytes = 3;
constexpr std::size_t kMaxTermBytes = 24;
// Terms at least this long (bytes) also match inside a Swedish compound.
constexpr std::size_t kMinInfixTermBytes = 5;
// A per-language word cache larger than this is dropped and rebuilt.
constexpr std::size_t kMaxCachedWords = 200'000;

model::RsitClass default_rsit(Field field) {
  switch (field) {
    case Field::kNetwork:
      return {"availability", "outage"};
    case Field::kEspionage:
      return {"intrusions", "system-compromise"};
    case Field::kMalwareVulnerabilities:
      return {"vulnerable", "vulnerable-system"};
    case Field::kBreachesLeaks:
      return {"information-content-security", "unauthorised-information-access"};
    case Field::kScamsPhishing:
      return {"fraud", "phishing"};
    case Field::kAutomationIot:
      return {"vulnerable", "vulnerable-system"};
  }
  return {"other", "undetermined"};
}

std::size_t language_slot(model::Language language) {
  return language == model::Language::kFi ? 0 : language == model::Language::kSv ? 1 : 2;
}

// The lexicon rows whose term is two words.
const std::vector<std::size_t>& two_word_rows() {
  static const std::vector<std::size_t> rows = [] {
    std::vector<std::size_t> found;
    for (std::size_t row = 0; row < kLexiconSize; ++row) {
      if (kLexicon[row].term.find(' ') != std::string_view::npos) found.push_back(row);
    }
    return found;
  }();
  return rows;
}

}  // namespace

FieldClassifier::FieldClassifier() {
  for (std::size_t row = 0; row < kLexiconSize; ++row) {
    term_index_[std::string(kLexicon[row].term)].push_back(row);
  }
}

const std::vector<FieldClassifier::WordMatch>& FieldClassifier::matches_of(
    const std::string& lower_word, model::Language language, Lemmatizer& lemmatizer) {
  auto& cache = cache_[language_slot(language)];
  if (auto found = cache.find(lower_word); found != cache.end()) return found->second;
  if (cache.size() >= kMaxCachedWords) cache.clear();
  // The longest matching term per field: "tietomurto" matches "tietomur",
  // not also a shorter breach term.
  std::array<std::size_t, 6> best{};
  std::array<bool, 6> has{};
  std::string probe;
  auto probe_at = [&](const std::string& key, std::size_t start, std::size_t min_length) {
    const std::size_t longest = std::min(key.size() - start, kMaxTermBytes);
    for (std::size_t length = min_length; length <= longest; ++length) {
      probe.assign(key, start, length);
      auto rows = term_index_.find(probe);
      if (rows == term_index_.end()) continue;
      for (const std::size_t row : rows->second) {
        const std::size_t slot = model::field_index(kLexicon[row].field);
        if (!has[slot] || kLexicon[best[slot]].term.size() < length) {
          best[slot] = row;
          has[slot] = true;
        }
      }
    }
  };
  for (const std::string& key : lemmatizer.keys(lower_word, language))
    probe_at(key, 0, kMinTermBytes);
  // Swedish compounds have no splitter: look for the longer terms inside
  // the word too ("telefonbedragare" → "bedrag").
  if (language == model::Language::kSv) {
    for (std::size_t start = 1; start + kMinInfixTermBytes <= lower_word.size(); ++start) {
      probe_at(lower_word, start, kMinInfixTermBytes);
    }
  }
  std::vector<WordMatch> matches;
  for (std::size_t slot = 0; slot < best.size(); ++slot) {
    if (has[slot]) matches.push_back(WordMatch{best[slot]});
  }
  return cache.emplace(lower_word, std::move(matches)).first->second;
}

Classification FieldClassifier::classify(const std::vector<Token>& tokens, model::Language language,
                                         Lemmatizer& lemmatizer) {
  std::vector<int> counts(kLexiconSize, 0);
  std::vector<std::string> first_word(kLexiconSize);
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    const Token& token = tokens[i];
    if (token.kind != TokenKind::kWord && token.kind != TokenKind::kCve) continue;
    for (const WordMatch& match : matches_of(token.lower, language, lemmatizer)) {
      if (counts[match.term]++ == 0) first_word[match.term] = token.lower;
    }
    // Two-word terms ("främmande makt", "water utilities").
    if (i + 1 < tokens.size() && tokens[i + 1].kind == TokenKind::kWord) {
      for (const std::size_t row : two_word_rows()) {
        const std::string_view term = kLexicon[row].term;
        const std::size_t space = term.find(' ');
        if (token.lower != term.substr(0, space)) continue;
        if (tokens[i + 1].lower.compare(0, term.size() - space - 1, term.substr(space + 1)) == 0) {
          if (counts[row]++ == 0) first_word[row] = token.lower + " " + tokens[i + 1].lower;
        }
      }
    }
  }

  std::array<double, 6> raw{};
  std::vector<TermEvidence> evidence;
  for (std::size_t row = 0; row < kLexiconSize; ++row) {
    if (counts[row] == 0) continue;
    const double added = kLexicon[row].weight * (1.0 + std::log(static_cast<double>(counts[row])));
    raw[model::field_index(kLexicon[row].field)] += added;
    evidence.push_back(TermEvidence{std::string(kLexicon[row].term), first_word[row],
                                    kLexicon[row].field, counts[row], added});
  }
  double total = 0;
  for (const double score : raw) total += score;

  Classification result;
  result.has_evidence = total > 0;
  for (const Field field : model::kAllFields) {
    const double share = total > 0 ? raw[model::field_index(field)] / total : 0.0;
    result.scores.push_back(FieldScore{field, share});
  }
  std::stable_sort(result.scores.begin(), result.scores.end(),
                   [](const FieldScore& a, const FieldScore& b) { return a.score > b.score; });
  const Field best = result.scores.front().field;

  // The strongest evidence first; the best field's terms before others at
  // equal weight, so the explanation starts with what decided.
  std::stable_sort(evidence.begin(), evidence.end(),
                   [best](const TermEvidence& a, const TermEvidence& b) {
                     if ((a.field == best) != (b.field == best)) return a.field == best;
                     return a.weight > b.weight;
                   });

  result.rsit =
      result.has_evidence ? default_rsit(best) : model::RsitClass{"other", "undetermined"};
  double strongest = 0;
  for (const auto& item : evidence) {
    if (item.field != best) continue;
    for (const auto& row : kLexicon) {
      if (row.term == item.term && row.field == best && !row.rsit_taxonomy.empty() &&
          item.weight > strongest) {
        strongest = item.weight;
        result.rsit = {std::string(row.rsit_taxonomy), std::string(row.rsit_type)};
      }
    }
  }
  if (evidence.size() > kMaxExplanation) evidence.resize(kMaxExplanation);
  result.explanation = std::move(evidence);
  return result;
}

}  // namespace kybersaa::text
