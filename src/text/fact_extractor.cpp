// Fact extraction: how a sentence becomes dates, counts and quantities.
//
// The extractor walks the token stream once, left to right, and at each
// token tries the readings a CERT's prose uses, most specific first:
//
//   1. URLs, e-mail addresses and CVE ids are already single tokens.
//   2. A number token may start a date: "30.1.2026" (with an optional time,
//      "5.2.2026 16.55" or "klo 16.55"), "30.8." (day and month; the year is
//      the latest year the document mentions), "5. helmikuuta 2026",
//      "5 februari 2026", "5 February 2026", or a year after a year word
//      ("vuonna 2018", "in 2018").
//   3. A month word starts a date: "marraskuussa 2018", "marraskuun lopun
//      2018", "February 5, 2026", "februari 2026".
//   4. Otherwise a number is a count or a quantity: space-grouped thousands
//      are joined ("20 000"), a qualifier before it is kept in the text
//      ("n. 50 000", "yli 900", "more than 900"), a multiplier word after it
//      is applied ("10 miljoonaa" = 10 000 000), and a unit after it makes it
//      a quantity ("59 Gbit/s", "2,5 %", "54%", "15 minuuttia").
//
// Two dates joined by a dash, "to/till/until", or by "ja/och/and" with a
// range word around them ("välisenä aikana", "between", "mellan") become one
// period: "marraskuun lopun 2018 ja maaliskuun 2019 välisenä aikana" →
// "2018-11/2019-03".
//
// Roles come from cue words in the same sentence ("havaittiin" → detected,
// "paikattiin" → patched, "upptäcktes" → detected, "published" → published).
// Each cue goes to the date nearest to it, so "havaittiin 30.1.2026, ja se
// oli paikattu 29.1.2026" gives both dates their own role; a date no cue
// reaches is "other". What a count counts is the first counted noun among
// the next three words ("50 000 käyttäjää" → users), else the nearest one
// before it in the sentence ("käyttäjien määrä ... noin 50 000" → users).
//
// Worked example: "Valtori havaitsi tietomurron 30.1.2026. Arvio käyttäjien
// määrästä nousi noin 20 000:sta noin 50 000:een." gives the date
// {"30.1.2026", "2026-01-30", detected} and the numbers {"noin 20 000",
// 20000, users} and {"noin 50 000", 50000, users}.
//
// Everything here is a table or a small function over tokens; nothing is
// learnt, so every output can be traced to a rule and a word.

#include "text/fact_extractor.hpp"

#include <algorithm>
#include <array>
#include <bitset>
#include <charconv>
#include <cmath>
#include <optional>
#include <string>
#include <unordered_map>
#include <unordered_set>

namespace kybersaa::text {
namespace {

using model::Language;

// ---------------------------------------------------------------- tables

struct PrefixRole {
  std::string_view prefix;
  std::string_view role;
};

// Cue words (lower-case prefixes) that tell what happened on a date.
constexpr std::array<PrefixRole, 58> kRoleCues = {{
    {"havaitt", "detected"},    {"havaits", "detected"},      {"havaitu", "detected"},
    {"huomatt", "detected"},    {"huomasi", "detected"},      {"todettiin", "detected"},
    {"paljastui", "detected"},  {"detected", "detected"},     {"discovered", "detected"},
    {"noticed", "detected"},    {"identified", "detected"},   {"upptäck", "detected"},
    {"märkte", "detected"},     {"konstaterade", "detected"}, {"alkoi", "started"},
    {"alkanut", "started"},     {"alkane", "started"},        {"alkaen", "started"},
    {"lähtien", "started"},     {"käynnistyi", "started"},    {"started", "started"},
    {"began", "started"},       {"begun", "started"},         {"since", "started"},
    {"började", "started"},     {"inleddes", "started"},      {"startade", "started"},
    {"sedan", "started"},       {"päättyi", "ended"},         {"päättyne", "ended"},
    {"loppui", "ended"},        {"ended", "ended"},           {"stopped", "ended"},
    {"upphörde", "ended"},      {"avslutades", "ended"},      {"paikat", "patched"},
    {"paikkas", "patched"},     {"korjat", "patched"},        {"korjas", "patched"},
    {"patched", "patched"},     {"fixed", "patched"},         {"åtgärdade", "patched"},
    {"julkais", "published"},   {"julkist", "published"},     {"tiedott", "published"},
    {"tiedote", "published"},   {"published", "published"},   {"released", "published"},
    {"announced", "published"}, {"publicera", "published"},   {"offentliggj", "published"},
    {"ilmoit", "notified"},     {"notified", "notified"},     {"informed", "notified"},
    {"reported", "notified"},   {"underrätta", "notified"},   {"anmäl", "notified"},
    {"meddelade", "notified"},
}};

// Counted nouns (lower-case prefixes) and what a number before them counts.
constexpr std::array<PrefixRole, 83> kCountedNouns = {{
    {"käyttäj", "users"},
    {"användar", "users"},
    {"user", "users"},
    {"asiakas", "customers"},
    {"asiakka", "customers"},
    {"kund", "customers"},
    {"customer", "customers"},
    {"client", "customers"},
    {"potila", "patients"},
    {"patient", "patients"},
    {"henkilötunn", ""},
    {"henkilötie", ""},
    {"henkilö", "people"},
    {"ihmis", "people"},
    {"hlö", "people"},
    {"person", "people"},
    {"people", "people"},
    {"individual", "people"},
    {"suomalais", "people"},
    {"finländ", "people"},
    {"laite", "devices"},
    {"laitet", "devices"},
    {"laitte", "devices"},
    {"enhet", "devices"},
    {"device", "devices"},
    {"reititin", "devices"},
    {"reitittim", "devices"},
    {"router", "devices"},
    {"kamera", "devices"},
    {"camera", "devices"},
    {"palvelin", "servers"},
    {"palvelim", "servers"},
    {"server", "servers"},
    {"servr", "servers"},
    {"tilinumer", ""},
    {"tili", "accounts"},
    {"tilej", "accounts"},
    {"konto", "accounts"},
    {"account", "accounts"},
    {"tietue", "records"},
    {"record", "records"},
    {"viesti", "messages"},
    {"meddelande", "messages"},
    {"message", "messages"},
    {"sähköposti", "messages"},
    {"e-post", "messages"},
    {"email", "messages"},
    {"e-mail", "messages"},
    {"ilmoitu", "notifications"},
    {"ilmoituks", "notifications"},
    {"anmälning", "notifications"},
    {"notification", "notifications"},
    {"report", "notifications"},
    {"sivusto", "websites"},
    {"webbplats", "websites"},
    {"website", "websites"},
    {"organisaati", "organizations"},
    {"yritys", "organizations"},
    {"yrityks", "organizations"},
    {"företag", "organizations"},
    {"organi", "organizations"},
    {"compan", "organizations"},
    {"hyökkäy", "attacks"},
    {"attack", "attacks"},
    {"angrepp", "attacks"},
    {"ip-osoit", "ip-addresses"},
    {"ip-adress", "ip-addresses"},
    {"haavoittuvuu", "vulnerabilities"},
    {"sårbarhet", "vulnerabilities"},
    {"vulnerabilit", "vulnerabilities"},
    {"verkkotunnu", "domains"},
    {"domän", "domains"},
    {"domain", "domains"},
    {"tapau", "incidents"},
    {"häiriö", "incidents"},
    {"incident", "incidents"},
    {"case", "incidents"},
    {"fall", "incidents"},
    {"laitos", "organizations"},
    {"laitok", "organizations"},
    {"anläggning", "organizations"},
    {"plant", "organizations"},
    {"kotitalou", "people"},
}};

// Words before a number that qualify it; they are kept in its text.
constexpr std::array<std::string_view, 30> kQualifiers = {
    "noin",     "yli",     "alle",   "lähes",   "jopa",   "peräti", "vähintään",     "ainakin",
    "arviolta", "about",   "around", "over",    "nearly", "almost", "approximately", "roughly",
    "some",     "cirka",   "ca",     "omkring", "över",   "drygt",  "nästan",        "minst",
    "uppemot",  "ungefär", "knappt", "runt",    "n",      "appr"};

// Two-word qualifiers: "more than 900", "up to 50 000", "mer än 900".
constexpr std::array<std::pair<std::string_view, std::string_view>, 7> kQualifierPairs = {{
    {"more", "than"},
    {"less", "than"},
    {"fewer", "than"},
    {"up", "to"},
    {"at", "least"},
    {"mer", "än"},
    {"upp", "till"},
}};

struct Multiplier {
  std::string_view prefix;
  double factor;
};
constexpr std::array<Multiplier, 10> kMultipliers = {{
    {"miljoon", 1e6},
    {"miljard", 1e9},
    {"million", 1e6},
    {"billion", 1e9},
    {"miljon", 1e6},
    {"milj", 1e6},
    {"mrd", 1e9},
    {"tuhat", 1e3},
    {"thousand", 1e3},
    {"tusen", 1e3},
}};

struct UnitWord {
  std::string_view word;  // lower case, whole word
  std::string_view unit;
};
constexpr std::array<UnitWord, 53> kUnitWords = {{
    {"prosenttia", "%"},   {"prosentti", "%"},    {"prosenttiin", "%"}, {"prosentilla", "%"},
    {"procent", "%"},      {"percent", "%"},      {"gbps", "Gbit/s"},   {"mbps", "Mbit/s"},
    {"tbps", "Tbit/s"},    {"kbps", "kbit/s"},    {"mpps", "Mpps"},     {"gb", "GB"},
    {"tb", "TB"},          {"mb", "MB"},          {"pb", "PB"},         {"gigatavua", "GB"},
    {"teratavua", "TB"},   {"megatavua", "MB"},   {"gigabytes", "GB"},  {"terabytes", "TB"},
    {"gigabyte", "GB"},    {"terabyte", "TB"},    {"minuuttia", "min"}, {"minuutin", "min"},
    {"minuutti", "min"},   {"min", "min"},        {"minutes", "min"},   {"minute", "min"},
    {"minuter", "min"},    {"minuters", "min"},   {"tuntia", "h"},      {"tunnin", "h"},
    {"tunti", "h"},        {"hours", "h"},        {"hour", "h"},        {"timmar", "h"},
    {"timme", "h"},        {"timmars", "h"},      {"sekuntia", "s"},    {"seconds", "s"},
    {"sekunder", "s"},     {"päivää", "d"},       {"days", "d"},        {"dagar", "d"},
    {"minuutissa", "min"}, {"minuutiksi", "min"}, {"tunnissa", "h"},    {"tunniksi", "h"},
    {"tuntiin", "h"},      {"sekunnissa", "s"},   {"päivässä", "d"},    {"päiväksi", "d"},
    {"dygn", "d"},
}};

// Data rates written "59 Gbit/s", "10 Gb/s": the word before "/s".
constexpr std::array<UnitWord, 7> kRateWords = {{
    {"gbit", "Gbit/s"},
    {"mbit", "Mbit/s"},
    {"tbit", "Tbit/s"},
    {"kbit", "kbit/s"},
    {"gb", "Gbit/s"},
    {"mb", "Mbit/s"},
    {"tb", "Tbit/s"},
}};

// Currency words make a count of money, reported as a number.
constexpr std::array<UnitWord, 12> kCurrencyWords = {{
    {"euroa", "euros"},
    {"euron", "euros"},
    {"euro", "euros"},
    {"euros", "euros"},
    {"eur", "euros"},
    {"€", "euros"},
    {"dollaria", "dollars"},
    {"dollars", "dollars"},
    {"dollar", "dollars"},
    {"usd", "dollars"},
    {"kronor", "kronor"},
    {"sek", "kronor"},
}};

// Finnish month words start with these stems in every case ("marraskuussa",
// "marraskuun", "marraskuuta").
constexpr std::array<std::string_view, 12> kFinnishMonths = {
    "tammikuu", "helmikuu", "maaliskuu", "huhtikuu", "toukokuu",  "kesäkuu",
    "heinäkuu", "elokuu",   "syyskuu",   "lokakuu",  "marraskuu", "joulukuu"};
constexpr std::array<std::string_view, 12> kSwedishMonths = {
    "januari", "februari", "mars",      "april",   "maj",      "juni",
    "juli",    "augusti",  "september", "oktober", "november", "december"};
constexpr std::array<std::string_view, 12> kEnglishMonths = {
    "january", "february", "march",     "april",   "may",      "june",
    "july",    "august",   "september", "october", "november", "december"};

// Words between a Finnish month and its year: "marraskuun lopun 2018".
constexpr std::array<std::string_view, 8> kMonthPartWords = {
    "lopu", "lopp", "alu", "alku", "alkupuol", "puoliväli", "keskivaiheil", "loppupuol"};

// Words after which a number is a score or version, not a count.
constexpr std::array<std::string_view, 7> kScoreWords = {
    "cvss", "versio", "version", "versiota", "v", "cvss-pisteet", "score"};

// Words after which a four-digit number is a year.
constexpr std::array<std::string_view, 13> kYearWords = {
    "vuonna", "vuoden", "vuodesta", "vuoteen", "vuosina", "år",   "året",
    "in",     "since",  "during",   "until",   "sedan",   "under"};

// Words linking two dates into a period, and words that make "and" a range.
constexpr std::array<std::string_view, 7> kRangeLinks = {"–",    "—",     "-",      "to",
                                                         "till", "until", "through"};
constexpr std::array<std::string_view, 3> kAndLinks = {"ja", "och", "and"};
constexpr std::array<std::string_view, 6> kRangeBefore = {"between", "mellan",  "from",
                                                          "från",    "välillä", "aikavälillä"};
constexpr std::array<std::string_view, 3> kRangeAfter = {"välis", "välill", "aikana"};

struct PersonalDataTerm {
  std::string_view term;  // matched as a prefix of a word, or of "word next-word"
  model::PersonalData kind;
  bool anywhere;  // also inside a compound word ("asiakkaiden" + "henkilötunnukset")
};
using model::PersonalData;
constexpr std::array<PersonalDataTerm, 76> kPersonalDataTerms = {{
    {"henkilötunn", PersonalData::kNationalId, true},
    {"hetu", PersonalData::kNationalId, false},
    {"personnummer", PersonalData::kNationalId, true},
    {"personbeteckning", PersonalData::kNationalId, true},
    {"social security", PersonalData::kNationalId, false},
    {"national id", PersonalData::kNationalId, false},
    {"passinumer", PersonalData::kNationalId, true},
    {"passport", PersonalData::kNationalId, false},
    {"terveystie", PersonalData::kHealth, true},
    {"terveydenti", PersonalData::kHealth, true},
    {"potilastie", PersonalData::kHealth, true},
    {"potilaskerto", PersonalData::kHealth, true},
    {"potilasasiakir", PersonalData::kHealth, true},
    {"hoitotie", PersonalData::kHealth, true},
    {"muistiinpan", PersonalData::kHealth, true},
    {"diagnoos", PersonalData::kHealth, true},
    {"hälsouppgift", PersonalData::kHealth, true},
    {"hälsodata", PersonalData::kHealth, true},
    {"patientjournal", PersonalData::kHealth, true},
    {"patientuppgift", PersonalData::kHealth, true},
    {"journaluppgift", PersonalData::kHealth, true},
    {"health data", PersonalData::kHealth, false},
    {"health information", PersonalData::kHealth, false},
    {"health record", PersonalData::kHealth, false},
    {"medical", PersonalData::kHealth, false},
    {"patient record", PersonalData::kHealth, false},
    {"diagnos", PersonalData::kHealth, false},
    {"salasan", PersonalData::kCredentials, true},
    {"salasano", PersonalData::kCredentials, true},
    {"käyttäjätunnu", PersonalData::kCredentials, true},
    {"kirjautumistie", PersonalData::kCredentials, true},
    {"pankkitunnu", PersonalData::kCredentials, true},
    {"tunnusluvu", PersonalData::kCredentials, true},
    {"lösenord", PersonalData::kCredentials, true},
    {"inloggningsuppgift", PersonalData::kCredentials, true},
    {"password", PersonalData::kCredentials, false},
    {"credential", PersonalData::kCredentials, false},
    {"login details", PersonalData::kCredentials, false},
    {"pankkitie", PersonalData::kFinancial, true},
    {"tilinumer", PersonalData::kFinancial, true},
    {"pankkitili", PersonalData::kFinancial, true},
    {"luottokort", PersonalData::kFinancial, true},
    {"maksukort", PersonalData::kFinancial, true},
    {"korttitie", PersonalData::kFinancial, true},
    {"iban", PersonalData::kFinancial, false},
    {"kontonummer", PersonalData::kFinancial, true},
    {"kortnummer", PersonalData::kFinancial, true},
    {"kreditkort", PersonalData::kFinancial, true},
    {"bankuppgift", PersonalData::kFinancial, true},
    {"credit card", PersonalData::kFinancial, false},
    {"card number", PersonalData::kFinancial, false},
    {"bank account", PersonalData::kFinancial, false},
    {"payment card", PersonalData::kFinancial, false},
    {"sähköpostiosoit", PersonalData::kEmail, true},
    {"e-postadress", PersonalData::kEmail, true},
    {"email address", PersonalData::kEmail, false},
    {"e-mail address", PersonalData::kEmail, false},
    {"puhelinnumer", PersonalData::kPhone, true},
    {"telefonnummer", PersonalData::kPhone, true},
    {"phone number", PersonalData::kPhone, false},
    {"kotiosoit", PersonalData::kAddress, true},
    {"postiosoit", PersonalData::kAddress, false},
    {"osoitetie", PersonalData::kAddress, true},
    {"hemadress", PersonalData::kAddress, true},
    {"postadress", PersonalData::kAddress, false},
    {"home address", PersonalData::kAddress, false},
    {"postal address", PersonalData::kAddress, false},
    {"nimitie", PersonalData::kName, true},
    {"full name", PersonalData::kName, false},
    {"sijaintitie", PersonalData::kLocation, true},
    {"paikkatie", PersonalData::kLocation, true},
    {"platsdata", PersonalData::kLocation, true},
    {"location data", PersonalData::kLocation, false},
    {"laitetie", PersonalData::kDevice, true},
    {"laitetunnist", PersonalData::kDevice, true},
    {"device identifier", PersonalData::kDevice, false},
}};

// Whole words that name a kind of personal data only as themselves.
constexpr std::array<std::pair<std::string_view, PersonalData>, 19> kPersonalDataWords = {{
    {"nimi", PersonalData::kName},
    {"nimet", PersonalData::kName},
    {"nimiä", PersonalData::kName},
    {"nimen", PersonalData::kName},
    {"namn", PersonalData::kName},
    {"namnen", PersonalData::kName},
    {"names", PersonalData::kName},
    {"osoite", PersonalData::kAddress},
    {"osoitteet", PersonalData::kAddress},
    {"osoitteita", PersonalData::kAddress},
    {"adress", PersonalData::kAddress},
    {"adresser", PersonalData::kAddress},
    {"addresses", PersonalData::kAddress},
    {"sijainti", PersonalData::kLocation},
    {"sijaintia", PersonalData::kLocation},
    {"imei", PersonalData::kDevice},
    {"gps", PersonalData::kLocation},
    {"geolocation", PersonalData::kLocation},
    {"adressuppgifter", PersonalData::kAddress},
}};

// Organisations the project knows, matched by stem so that Finnish case
// endings fall off ("Valtorin" → "Valtori"). Voikko does not know them.
struct KnownOrganization {
  std::string_view stem;  // as written, case-sensitive
  std::string_view name;  // base form
};
constexpr std::array<KnownOrganization, 31> kKnownOrganizations = {{
    {"Valtori", "Valtori"},
    {"Vastaamo", "Vastaamo"},
    {"Traficom", "Traficom"},
    {"Kyberturvallisuuskesk", "Kyberturvallisuuskeskus"},
    {"Kela", "Kela"},
    {"Verohallin", "Verohallinto"},
    {"Posti", "Posti"},
    {"Telia", "Telia"},
    {"Elisa", "Elisa"},
    {"Nordea", "Nordea"},
    {"Tietoevry", "Tietoevry"},
    {"Microsoft", "Microsoft"},
    {"Google", "Google"},
    {"Apple", "Apple"},
    {"Cisco", "Cisco"},
    {"Fortinet", "Fortinet"},
    {"Ivanti", "Ivanti"},
    {"Citrix", "Citrix"},
    {"Atlassian", "Atlassian"},
    {"Okta", "Okta"},
    {"Europol", "Europol"},
    {"ENISA", "ENISA"},
    {"CISA", "CISA"},
    {"MSB", "MSB"},
    {"NCSC-FI", "NCSC-FI"},
    {"CERT-FI", "CERT-FI"},
    {"HUS", "HUS"},
    {"Supo", "Supo"},
    {"Suojelupoliisi", "Suojelupoliisi"},
    {"Säkerhetspolisen", "Säkerhetspolisen"},
    {"Cybersäkerhetscentr", "Cybersäkerhetscentret"},
}};

// Legal forms that end an organisation's name.
constexpr std::array<std::string_view, 15> kLegalForms = {
    "Oy",          "Oyj", "Ab",   "AB", "Abp", "Ltd", "Inc", "Corp",
    "Corporation", "plc", "GmbH", "ry", "rf",  "Ky",  "LLC"};

// The most characters a case ending may add to a known name ("Valtorilta").
constexpr std::size_t kMaxCaseEndingBytes = 6;
// Shorter words name no kind of personal data ("gps" is the shortest).
constexpr std::size_t kMinPersonalDataWordBytes = 3;
// Shorter words are no role cue ("alkoi", "since" are the shortest).
constexpr std::size_t kMinRoleCueBytes = 5;
// Four-digit numbers in this range read as years, not counts.
constexpr int kFirstYear = 1970;
constexpr int kLastYear = 2099;
// Counts are looked for this many words after a number, and this many before.
constexpr std::size_t kCountWordsAfter = 3;
constexpr std::size_t kCountWordsBefore = 8;
// ... and never more than this many tokens of any kind before it.
constexpr std::size_t kCountTokensBefore = 16;
// A counted noun this long (bytes) also counts as the last part of a Finnish
// or Swedish compound starting at least this far into the word.
constexpr std::size_t kMinCompoundNounBytes = 5;
constexpr std::size_t kMinCompoundHeadStart = 3;
// A cue word further than this many tokens from a date does not give it a role.
constexpr std::size_t kMaxCueTokens = 24;
// A bare number below this, with nothing to say what it counts, is left out
// (list numbers, versions, "3 tuntia" is caught as a quantity anyway).
constexpr double kMinBareCount = 100;

// ---------------------------------------------------------------- helpers

std::size_t pair_key(char first, char second) {
  return (static_cast<std::size_t>(static_cast<unsigned char>(first)) << 8) |
         static_cast<unsigned char>(second);
}

// The personal-data terms that may sit inside a compound, indexed by their
// first two bytes, so a word is scanned once rather than searched for each.
struct CompoundTermIndex {
  std::bitset<65536> pairs;
  std::unordered_map<std::size_t, std::vector<std::size_t>> rows;
};

const CompoundTermIndex& compound_term_index() {
  static const CompoundTermIndex index = [] {
    CompoundTermIndex built;
    for (std::size_t row = 0; row < kPersonalDataTerms.size(); ++row) {
      const std::string_view term = kPersonalDataTerms[row].term;
      if (!kPersonalDataTerms[row].anywhere || term.size() < 2) continue;
      const std::size_t key = pair_key(term[0], term[1]);
      built.pairs.set(key);
      built.rows[key].push_back(row);
    }
    return built;
  }();
  return index;
}

bool starts_with(std::string_view text, std::string_view prefix) {
  return text.substr(0, prefix.size()) == prefix;
}

template <std::size_t N>
bool contains(const std::array<std::string_view, N>& words, std::string_view word) {
  return std::find(words.begin(), words.end(), word) != words.end();
}

template <std::size_t N>
bool starts_with_any(const std::array<std::string_view, N>& prefixes, std::string_view word) {
  return std::any_of(prefixes.begin(), prefixes.end(),
                     [&](std::string_view prefix) { return starts_with(word, prefix); });
}

bool all_digits(std::string_view text) {
  return !text.empty() &&
         std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; });
}

std::optional<int> to_int(std::string_view digits) {
  if (!all_digits(digits) || digits.size() > 9) return std::nullopt;
  int value = 0;
  std::from_chars(digits.data(), digits.data() + digits.size(), value);
  return value;
}

std::optional<double> to_double(std::string_view text) {
  double value = 0;
  const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (error != std::errc() || end != text.data() + text.size()) return std::nullopt;
  return value;
}

std::vector<std::string_view> split(std::string_view text, char separator) {
  std::vector<std::string_view> parts;
  std::size_t start = 0;
  while (true) {
    const std::size_t at = text.find(separator, start);
    parts.push_back(text.substr(start, at - start));
    if (at == std::string_view::npos) break;
    start = at + 1;
  }
  return parts;
}

std::string two_digits(int value) {
  return std::string{static_cast<char>('0' + value / 10 % 10), static_cast<char>('0' + value % 10)};
}

bool valid_day_month(int day, int month) {
  constexpr std::array<int, 12> kDays = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  return month >= 1 && month <= 12 && day >= 1 && day <= kDays[static_cast<std::size_t>(month - 1)];
}

// "2026-01-30", or "--01-30" when the year is unknown (0).
std::string iso_date(int year, int month, int day) {
  const std::string month_day = two_digits(month) + "-" + two_digits(day);
  return year > 0 ? std::to_string(year) + "-" + month_day : "--" + month_day;
}

bool is_year(int value) { return value >= kFirstYear && value <= kLastYear; }

// ---------------------------------------------------------------- the walk

struct FoundDate {
  DateMention mention;
  std::size_t first = 0;  // token range [first, last]
  std::size_t last = 0;
  bool year_known = true;
  int month = 0;
  int day = 0;
};

class Extraction {
 public:
  Extraction(std::string_view text, const std::vector<Token>& tokens, Language language)
      : text_(text), tokens_(tokens), language_(language) {
    sentence_of_.resize(tokens.size());
    std::size_t sentence = 0;
    std::size_t start = 0;
    for (const std::size_t end : sentence_ends(tokens)) {
      for (std::size_t i = start; i < end; ++i) sentence_of_[i] = sentence;
      start = end;
      ++sentence;
    }
    context_year_ = latest_year();
  }

  Facts run() {
    std::size_t i = 0;
    while (i < tokens_.size()) {
      const Token& token = tokens_[i];
      std::size_t next = i + 1;
      switch (token.kind) {
        case TokenKind::kUrl:
          add_unique(facts_.urls, std::string(raw(i)));
          break;
        case TokenKind::kEmail:
          add_unique(facts_.emails, token.lower);
          break;
        case TokenKind::kCve:
          add_unique(facts_.cves, token.lower);
          break;
        case TokenKind::kIsoDate:
          next = read_iso_date(i);
          break;
        case TokenKind::kNumber:
          next = read_number(i);
          break;
        case TokenKind::kWord:
          next = read_word(i);
          break;
        case TokenKind::kPunct:
          break;
      }
      i = std::max(next, i + 1);
    }
    merge_ranges();
    assign_roles();
    for (auto& found : dates_) facts_.dates.push_back(std::move(found.mention));
    read_personal_data();
    drop_short_organization_names();
    return std::move(facts_);
  }

 private:
  std::string_view raw(std::size_t i) const {
    return text_.substr(tokens_[i].begin, tokens_[i].end - tokens_[i].begin);
  }
  std::string_view span(std::size_t first, std::size_t last) const {
    return text_.substr(tokens_[first].begin, tokens_[last].end - tokens_[first].begin);
  }
  bool is_word(std::size_t i) const {
    return i < tokens_.size() && tokens_[i].kind == TokenKind::kWord;
  }
  bool is_number(std::size_t i) const {
    return i < tokens_.size() && tokens_[i].kind == TokenKind::kNumber;
  }
  bool is_punct(std::size_t i, std::string_view what) const {
    return i < tokens_.size() && tokens_[i].kind == TokenKind::kPunct && tokens_[i].lower == what;
  }
  bool same_sentence(std::size_t a, std::size_t b) const {
    return a < tokens_.size() && b < tokens_.size() && sentence_of_[a] == sentence_of_[b];
  }
  // True when token `i` directly follows token `i - 1` with no space.
  bool glued(std::size_t i) const { return i < tokens_.size() && !tokens_[i].space_before; }

  static void add_unique(std::vector<std::string>& list, std::string value) {
    if (std::find(list.begin(), list.end(), value) == list.end()) list.push_back(std::move(value));
  }

  // The latest plausible year written anywhere: the year of "30.8." and of a
  // month without a year. Documents are about the recent past.
  int latest_year() const {
    int latest = 0;
    for (std::size_t i = 0; i < tokens_.size(); ++i) {
      const Token& token = tokens_[i];
      if (token.kind == TokenKind::kNumber) {
        const auto parts = split(token.lower, '.');
        if (auto year = to_int(parts.back()); year && is_year(*year) && parts.back().size() == 4) {
          latest = std::max(latest, *year);
        }
      } else if (token.kind == TokenKind::kIsoDate) {
        if (auto year = to_int(token.lower.substr(0, 4)); year && is_year(*year)) {
          latest = std::max(latest, *year);
        }
      }
    }
    return latest;
  }

  int month_of_word(std::size_t i) const {
    if (!is_word(i)) return 0;
    const std::string& word = tokens_[i].lower;
    for (std::size_t m = 0; m < 12; ++m) {
      if (starts_with(word, kFinnishMonths[m])) return static_cast<int>(m) + 1;
      if (word == kSwedishMonths[m]) return static_cast<int>(m) + 1;
      // English months are capitalised; "may" and "march" are also verbs.
      if (word == kEnglishMonths[m] && tokens_[i].capitalized) return static_cast<int>(m) + 1;
    }
    return 0;
  }

  std::optional<int> year_at(std::size_t i) const {
    if (!is_number(i) || tokens_[i].lower.size() != 4) return std::nullopt;
    auto year = to_int(tokens_[i].lower);
    if (!year || !is_year(*year)) return std::nullopt;
    return year;
  }

  void add_date(std::size_t first, std::size_t last, std::string value, bool year_known = true) {
    FoundDate found;
    found.mention.text = std::string(span(first, last));
    found.mention.value = std::move(value);
    found.first = first;
    found.last = last;
    found.year_known = year_known;
    dates_.push_back(std::move(found));
  }

  std::size_t read_iso_date(std::size_t i) {
    const std::string& value = tokens_[i].lower;
    const auto month = to_int(value.substr(5, 2));
    const auto day = to_int(value.substr(8, 2));
    if (month && day && valid_day_month(*day, *month)) add_date(i, i, value);
    return i + 1;
  }

  // "16.55" or "16:55" as a time of day, or nullopt.
  std::optional<std::string> time_at(std::size_t i) const {
    if (!is_number(i)) return std::nullopt;
    const std::string& raw_time = tokens_[i].lower;
    const char separator = raw_time.find(':') != std::string::npos ? ':' : '.';
    const auto parts = split(raw_time, separator);
    if (parts.size() != 2 || parts[1].size() != 2) return std::nullopt;
    const auto hour = to_int(parts[0]);
    const auto minute = to_int(parts[1]);
    if (!hour || !minute || *hour > 23 || *minute > 59) return std::nullopt;
    return two_digits(*hour) + ":" + two_digits(*minute);
  }

  bool is_clock_word(std::size_t i) const {
    return is_word(i) && (tokens_[i].lower == "klo" || tokens_[i].lower == "kl" ||
                          tokens_[i].lower == "kello" || tokens_[i].lower == "at");
  }

  // After a full date at `last`: an optional "klo" and a time. Returns the
  // last token of the date-time and appends "THH:MM" to `value`.
  std::size_t read_time_after(std::size_t last, std::string& value) const {
    std::size_t at = last + 1;
    if (is_clock_word(at)) {
      ++at;
      if (is_punct(at, ".")) ++at;
    }
    if (auto time = time_at(at); time && same_sentence(last, at)) {
      value += "T" + *time;
      return at;
    }
    return last;
  }

  std::size_t read_number(std::size_t i) {
    const std::string& raw_number = tokens_[i].lower;
    const auto dotted = split(raw_number, '.');
    // "30.1.2026", "30.1.26", with an optional time after it.
    if (dotted.size() == 3 && dotted[0].size() <= 2 && dotted[1].size() <= 2 &&
        (dotted[2].size() == 4 || dotted[2].size() == 2)) {
      const auto day = to_int(dotted[0]);
      const auto month = to_int(dotted[1]);
      auto year = to_int(dotted[2]);
      if (day && month && year && valid_day_month(*day, *month)) {
        if (dotted[2].size() == 2) *year += 2000;
        std::string value = iso_date(*year, *month, *day);
        const std::size_t last = read_time_after(i, value);
        add_date(i, last, std::move(value));
        return last + 1;
      }
    }
    // "30.8." in Finnish and Swedish: a day and month without a year.
    if (dotted.size() == 2 && language_ != Language::kEn && dotted[0].size() <= 2 &&
        dotted[1].size() <= 2 && is_punct(i + 1, ".") && glued(i + 1)) {
      const auto day = to_int(dotted[0]);
      const auto month = to_int(dotted[1]);
      if (day && month && valid_day_month(*day, *month)) {
        add_date(i, i + 1, iso_date(context_year_, *month, *day), context_year_ > 0);
        return i + 2;
      }
    }
    // "klo 16.55" alone is a time, not a number.
    if (i > 0 && is_clock_word(i - 1) && time_at(i)) return i + 1;
    // "1.–7.2.2026": a period of days within one month.
    if (all_digits(raw_number) && raw_number.size() <= 2 && is_punct(i + 1, ".") && glued(i + 1) &&
        (is_punct(i + 2, "–") || is_punct(i + 2, "-")) && is_number(i + 3)) {
      const auto end = split(tokens_[i + 3].lower, '.');
      const auto first_day = to_int(raw_number);
      if (end.size() == 3 && end[2].size() == 4 && first_day) {
        const auto last_day = to_int(end[0]);
        const auto month = to_int(end[1]);
        const auto year = to_int(end[2]);
        if (last_day && month && year && valid_day_month(*first_day, *month) &&
            valid_day_month(*last_day, *month) && *first_day <= *last_day) {
          add_date(i, i + 3,
                   iso_date(*year, *month, *first_day) + "/" + iso_date(*year, *month, *last_day));
          return i + 4;
        }
      }
    }
    // "5. helmikuuta 2026", "5 februari 2026", "5 February 2026".
    if (all_digits(raw_number) && raw_number.size() <= 2) {
      std::size_t at = i + 1;
      if (is_punct(at, ".") && glued(at)) ++at;
      if (const int month = month_of_word(at); month > 0) {
        const auto day = to_int(raw_number);
        if (day && valid_day_month(*day, month)) {
          std::size_t last = at;
          std::string value;
          bool year_known = true;
          if (auto year = year_at(at + 1)) {
            last = at + 1;
            value = iso_date(*year, month, *day);
            last = read_time_after(last, value);
          } else {
            value = iso_date(context_year_, month, *day);
            year_known = context_year_ > 0;
          }
          add_date(i, last, std::move(value), year_known);
          return last + 1;
        }
      }
    }
    // "vuonna 2018", "in 2018".
    if (auto year = year_at(i);
        year && i > 0 && is_word(i - 1) && contains(kYearWords, tokens_[i - 1].lower)) {
      add_date(i, i, std::to_string(*year));
      return i + 1;
    }
    return read_count(i);
  }

  // A Finnish, Swedish or English month word: "marraskuussa 2018",
  // "marraskuun lopun 2018", "February 5, 2026", "februari 2026".
  std::size_t read_word(std::size_t i) {
    read_organization(i);
    const int month = month_of_word(i);
    if (month == 0) return i + 1;
    std::size_t at = i + 1;
    // "February 5, 2026"
    if (language_ == Language::kEn && is_number(at) && all_digits(tokens_[at].lower) &&
        tokens_[at].lower.size() <= 2) {
      const auto day = to_int(tokens_[at].lower);
      if (day && valid_day_month(*day, month)) {
        std::size_t year_at_index = at + 1;
        if (is_punct(year_at_index, ",")) ++year_at_index;
        if (auto year = year_at(year_at_index)) {
          add_date(i, year_at_index, iso_date(*year, month, *day));
          return year_at_index + 1;
        }
        add_date(i, at, iso_date(context_year_, month, *day), context_year_ > 0);
        return at + 1;
      }
    }
    if (language_ == Language::kFi && is_word(at) &&
        starts_with_any(kMonthPartWords, tokens_[at].lower)) {
      ++at;
    }
    if (auto year = year_at(at)) {
      add_date(i, at, std::to_string(*year) + "-" + two_digits(month));
      return at + 1;
    }
    // A month alone: only Finnish month words are unambiguous enough.
    if (language_ == Language::kFi && starts_with(tokens_[i].lower, kFinnishMonths[month - 1]) &&
        context_year_ > 0) {
      add_date(i, i, std::to_string(context_year_) + "-" + two_digits(month), false);
    }
    return i + 1;
  }

  // Reads the number at `i` with its thousands groups; returns its value and
  // the index of its last token.
  std::optional<std::pair<double, std::size_t>> read_number_value(std::size_t i) const {
    std::string digits = tokens_[i].lower;
    std::size_t last = i;
    if (all_digits(digits) && digits.size() <= 3) {
      // "20 000", "1 000 000": groups of three after a single space.
      while (is_number(last + 1) && all_digits(tokens_[last + 1].lower) &&
             tokens_[last + 1].lower.size() == 3 && single_space_between(last, last + 1)) {
        digits += tokens_[++last].lower;
      }
    }
    if (digits.find(':') != std::string::npos) return std::nullopt;  // times, ratios
    std::string normalised;
    if (language_ == Language::kEn) {
      // "50,000" and "1,000,000.5": commas group thousands in English.
      const auto groups = split(split(digits, '.')[0], ',');
      bool grouped = groups.size() > 1 && groups[0].size() <= 3;
      for (std::size_t g = 1; g < groups.size(); ++g) grouped = grouped && groups[g].size() == 3;
      if (groups.size() > 1 && !grouped) return std::nullopt;
      for (const char c : digits) {
        if (c != ',') normalised.push_back(c);
      }
    } else {
      for (const char c : digits) normalised.push_back(c == ',' ? '.' : c);
    }
    if (std::count(normalised.begin(), normalised.end(), '.') > 1) return std::nullopt;  // 2.4.1
    auto value = to_double(normalised);
    if (!value) return std::nullopt;
    return std::make_pair(*value, last);
  }

  bool single_space_between(std::size_t a, std::size_t b) const {
    const std::string_view gap = text_.substr(tokens_[a].end, tokens_[b].begin - tokens_[a].end);
    return gap == " " || gap == "\xC2\xA0" || gap == "\xE2\x80\xAF" || gap == "\xE2\x80\x89";
  }

  // The first token of a qualifier before the number at `i`, or `i`.
  std::size_t qualifier_start(std::size_t i) const {
    if (i == 0) return i;
    std::size_t before = i - 1;
    if (is_punct(before, ".") && before > 0 && is_word(before - 1) &&
        (tokens_[before - 1].lower == "n" || tokens_[before - 1].lower == "ca" ||
         tokens_[before - 1].lower == "appr")) {
      return before - 1;  // "n. 50 000", "ca. 900"
    }
    if (!is_word(before)) return i;
    if (tokens_[before].lower != "n" && contains(kQualifiers, tokens_[before].lower)) return before;
    if (before > 0 && is_word(before - 1)) {
      for (const auto& [first, second] : kQualifierPairs) {
        if (tokens_[before - 1].lower == first && tokens_[before].lower == second)
          return before - 1;
      }
    }
    return i;
  }

  std::string_view counted_noun(std::size_t i) const {
    if (!is_word(i)) return {};
    const std::string& word = tokens_[i].lower;
    for (const auto& noun : kCountedNouns) {
      if (starts_with(word, noun.prefix)) return noun.role.empty() ? std::string_view{} : noun.role;
    }
    // Finnish and Swedish compounds end in what they count:
    // "palvelunestohyökkäystä" → attacks, "kybervakoilutapauksesta" → incidents.
    if (language_ != Language::kEn) {
      for (const auto& noun : kCountedNouns) {
        if (noun.prefix.size() >= kMinCompoundNounBytes &&
            word.find(noun.prefix, kMinCompoundHeadStart) != std::string::npos) {
          return noun.role.empty() ? std::string_view{} : noun.role;
        }
      }
    }
    // "IP addresses"
    if (word == "ip" && is_word(i + 1) && starts_with(tokens_[i + 1].lower, "address")) {
      return "ip-addresses";
    }
    return {};
  }

  // What the number ending at `last` (starting at `first`) counts.
  // Only whole numbers look back: "CVSS 9.8" after "vulnerability" is a score.
  std::string what_is_counted(std::size_t first, std::size_t last, bool look_back) const {
    std::size_t at = last + 1;
    // Finnish case endings on numbers: "20 000:sta", "50 000:een".
    if (is_punct(at, ":") && glued(at) && is_word(at + 1) && glued(at + 1)) at += 2;
    for (std::size_t seen = 0;
         seen < kCountWordsAfter && at < tokens_.size() && same_sentence(last, at); ++at) {
      if (!is_word(at)) break;
      if (auto about = counted_noun(at); !about.empty()) return std::string(about);
      ++seen;
    }
    if (!look_back) return {};
    std::size_t seen = 0;
    for (std::size_t at_before = first;
         at_before > 0 && seen < kCountWordsBefore && first - at_before < kCountTokensBefore;) {
      --at_before;
      if (!same_sentence(first, at_before)) break;
      if (!is_word(at_before)) continue;
      if (auto about = counted_noun(at_before); !about.empty()) return std::string(about);
      ++seen;
    }
    return {};
  }

  std::size_t read_count(std::size_t i) {
    // "Varoitus 1/2020", "24/7": numbers around a slash are not counts.
    if ((is_punct(i + 1, "/") && glued(i + 1)) || (i > 0 && is_punct(i - 1, "/") && glued(i))) {
      return i + 1;
    }
    // Scores and versions: "CVSS 9.8", "versio 2.4".
    if (i > 0 && is_word(i - 1) && contains(kScoreWords, tokens_[i - 1].lower)) return i + 1;
    auto number = read_number_value(i);
    if (!number) return i + 1;
    auto [value, last] = *number;
    const bool grouped = last > i || tokens_[i].lower.find(',') != std::string::npos;
    const std::size_t first = qualifier_start(i);
    bool multiplied = false;
    std::size_t end = last;
    // "10 miljoonaa", "2,5 milj. euroa", "$5 million"
    if (is_word(end + 1)) {
      for (const auto& multiplier : kMultipliers) {
        if (starts_with(tokens_[end + 1].lower, multiplier.prefix)) {
          value *= multiplier.factor;
          ++end;
          if (tokens_[end].lower == "milj" && is_punct(end + 1, ".") && glued(end + 1)) ++end;
          multiplied = true;
          break;
        }
      }
    }
    // Units: "%", "59 Gbit/s", "2,5 prosenttia", "15 minuuttia".
    if (auto unit = unit_after(end); unit) {
      const auto& [name, unit_last] = *unit;
      facts_.quantities.push_back(
          Quantity{std::string(span(first, unit_last)), value, std::string(name)});
      return unit_last + 1;
    }
    std::string about;
    std::size_t text_last = end;
    if (auto currency = currency_after(end)) {
      about = std::string(currency->first);
      text_last = currency->second;
    } else if (first > 0 && (is_punct(first - 1, "$") || is_punct(first - 1, "€")) &&
               glued(first)) {
      about = tokens_[first - 1].lower == "$" ? "dollars" : "euros";
    } else {
      about = what_is_counted(first, end, value == std::floor(value));
    }
    const bool qualified = first < i;
    const auto whole = to_int(tokens_[i].lower);
    const bool year_like = !grouped && whole && is_year(*whole) && tokens_[i].lower.size() == 4;
    const bool after_name = i > 0 && is_word(i - 1) && tokens_[i - 1].capitalized && first == i;
    const bool keep = !about.empty() || qualified || multiplied || (grouped && !after_name) ||
                      (value >= kMinBareCount && !year_like && !after_name);
    if (keep) {
      facts_.numbers.push_back(NumberMention{std::string(span(first, text_last)), value, about});
    }
    return text_last + 1;
  }

  // A unit after token `end`: its normalised name and last token.
  std::optional<std::pair<std::string_view, std::size_t>> unit_after(std::size_t end) const {
    const std::size_t at = end + 1;
    if (at >= tokens_.size() || !same_sentence(end, at)) return std::nullopt;
    if (is_punct(at, "%")) return std::make_pair(std::string_view("%"), at);
    if (!is_word(at)) return std::nullopt;
    const std::string& word = tokens_[at].lower;
    if (is_punct(at + 1, "/") && glued(at + 1) && is_word(at + 2) && glued(at + 2) &&
        tokens_[at + 2].lower == "s") {
      for (const auto& rate : kRateWords) {
        if (word == rate.word) return std::make_pair(rate.unit, at + 2);
      }
    }
    if (word == "per" && is_word(at + 1) && tokens_[at + 1].lower == "cent") {
      return std::make_pair(std::string_view("%"), at + 1);
    }
    for (const auto& unit : kUnitWords) {
      if (word == unit.word) {
        // "MB"/"GB" must be written in capitals: "gb" alone is too rare to trust.
        if (unit.unit.size() == 2 && unit.unit[1] == 'B' && raw(at) != unit.unit) continue;
        return std::make_pair(unit.unit, at);
      }
    }
    return std::nullopt;
  }

  std::optional<std::pair<std::string_view, std::size_t>> currency_after(std::size_t end) const {
    const std::size_t at = end + 1;
    if (at >= tokens_.size() || !same_sentence(end, at)) return std::nullopt;
    if (tokens_[at].kind != TokenKind::kWord && tokens_[at].kind != TokenKind::kPunct) {
      return std::nullopt;
    }
    for (const auto& currency : kCurrencyWords) {
      if (tokens_[at].lower == currency.word) return std::make_pair(currency.unit, at);
    }
    return std::nullopt;
  }

  void read_organization(std::size_t i) {
    const std::string_view word = raw(i);
    // "Esimerkki Oy", "Acme Software Ltd": up to three capitalised words
    // before a legal form.
    if (contains(kLegalForms, word) && i > 0) {
      std::size_t first = i;
      while (first > 0 && i - first < 3 && is_word(first - 1) && tokens_[first - 1].capitalized &&
             !contains(kLegalForms, raw(first - 1)) && same_sentence(first - 1, i)) {
        --first;
      }
      // A sentence-initial word is capitalised anyway; keep it only when it
      // is the whole name.
      if (first < i - 1 &&
          sentence_of_[first] != (first > 0 ? sentence_of_[first - 1] : SIZE_MAX)) {
        ++first;
      }
      if (first < i) add_unique(facts_.organizations, std::string(span(first, i)));
      return;
    }
    if (!tokens_[i].capitalized) return;
    for (const auto& known : kKnownOrganizations) {
      if (starts_with(word, known.stem) && word.size() - known.stem.size() <= kMaxCaseEndingBytes) {
        const std::string_view ending = word.substr(known.stem.size());
        const bool lower_ending = std::all_of(ending.begin(), ending.end(), [](char c) {
          return (c >= 'a' && c <= 'z') || static_cast<unsigned char>(c) >= 0x80 || c == '-';
        });
        // "Vastaamo Oy" is read whole when the legal form comes to it.
        const bool legal_form_next = is_word(i + 1) && contains(kLegalForms, raw(i + 1));
        if (lower_ending && !legal_form_next) {
          add_unique(facts_.organizations, std::string(known.name));
        }
        return;
      }
    }
  }

  // "Vastaamon" read as "Vastaamo" is the same organisation as "Vastaamo
  // Oy": keep the full name, where it was first mentioned.
  void drop_short_organization_names() {
    auto& names = facts_.organizations;
    std::vector<std::string> kept;
    for (const auto& name : names) {
      const bool longer_exists =
          std::any_of(names.begin(), names.end(), [&](const std::string& other) {
            return other.size() > name.size() && starts_with(other, name) &&
                   other[name.size()] == ' ';
          });
      if (!longer_exists) kept.push_back(name);
    }
    names = std::move(kept);
  }

  void merge_ranges() {
    std::vector<FoundDate> merged;
    for (auto& date : dates_) {
      if (!merged.empty() && is_range(merged.back(), date)) {
        FoundDate& start = merged.back();
        start.mention.text = std::string(span(start.first, date.last));
        start.mention.value += "/" + date.mention.value;
        start.last = date.last;
        continue;
      }
      merged.push_back(std::move(date));
    }
    dates_ = std::move(merged);
  }

  bool is_range(const FoundDate& a, const FoundDate& b) const {
    if (b.first != a.last + 2 || !same_sentence(a.last, b.first)) return false;
    const std::string& link = tokens_[a.last + 1].lower;
    if (contains(kRangeLinks, link)) return true;
    if (!contains(kAndLinks, link)) return false;
    const bool cue_before =
        a.first > 0 && is_word(a.first - 1) && contains(kRangeBefore, tokens_[a.first - 1].lower);
    const bool cue_after =
        is_word(b.last + 1) && starts_with_any(kRangeAfter, tokens_[b.last + 1].lower);
    return cue_before || cue_after;
  }

  // Cue words and dates of a sentence are paired nearest first: the closest
  // (cue, date) pair is fixed, then the closest pair of what is left, and so
  // on, so "havaitsi murron 28.9. ja ilmoitti 29.9." gives each date its
  // own cue. Distances are doubled and a cue after its date adds one, so a
  // cue before the date wins a tie. Dates left without a cue are "other".
  void assign_roles() {
    struct Pair {
      std::size_t distance;
      std::size_t cue_token;
      std::size_t date;
      std::string_view role;
    };
    std::vector<Pair> pairs;
    for (auto& date : dates_) date.mention.role = "other";
    std::size_t date_index = 0;
    for (std::size_t i = 0; i < tokens_.size(); ++i) {
      if (!is_word(i)) continue;
      const std::string& word = tokens_[i].lower;
      if (word.size() < kMinRoleCueBytes) continue;
      const auto cue = std::find_if(kRoleCues.begin(), kRoleCues.end(), [&](const PrefixRole& c) {
        return starts_with(word, c.prefix);
      });
      if (cue == kRoleCues.end()) continue;
      // Only dates within kMaxCueTokens of the cue: bounded work even in a
      // "sentence" of a million tokens.
      while (date_index < dates_.size() &&
             (sentence_of_[dates_[date_index].last] < sentence_of_[i] ||
              dates_[date_index].last + kMaxCueTokens < i)) {
        ++date_index;
      }
      for (std::size_t d = date_index;
           d < dates_.size() && sentence_of_[dates_[d].first] == sentence_of_[i] &&
           dates_[d].first <= i + kMaxCueTokens;
           ++d) {
        const std::size_t distance = dates_[d].first > i  ? 2 * (dates_[d].first - i)
                                     : i > dates_[d].last ? 2 * (i - dates_[d].last) + 1
                                                          : 0;
        pairs.push_back(Pair{distance, i, d, cue->role});
      }
    }
    std::stable_sort(pairs.begin(), pairs.end(),
                     [](const Pair& a, const Pair& b) { return a.distance < b.distance; });
    std::vector<bool> date_done(dates_.size(), false);
    std::vector<std::size_t> cues_used;
    for (const Pair& pair : pairs) {
      if (date_done[pair.date] ||
          std::find(cues_used.begin(), cues_used.end(), pair.cue_token) != cues_used.end()) {
        continue;
      }
      date_done[pair.date] = true;
      cues_used.push_back(pair.cue_token);
      dates_[pair.date].mention.role = std::string(pair.role);
    }
  }

  void read_personal_data() {
    std::array<bool, 10> found{};
    std::unordered_set<std::string_view> seen;
    for (std::size_t i = 0; i < tokens_.size(); ++i) {
      if (!is_word(i)) continue;
      const std::string& word = tokens_[i].lower;
      for (const auto& term : kPersonalDataTerms) {
        const std::size_t space = term.term.find(' ');
        if (space == std::string_view::npos) continue;
        // Two-word terms: "email address" matches "email addresses".
        if (word == term.term.substr(0, space) && is_word(i + 1) &&
            starts_with(tokens_[i + 1].lower, term.term.substr(space + 1))) {
          found[static_cast<std::size_t>(term.kind)] = true;
        }
      }
      // One-word terms depend only on the word: look at each word once.
      if (word.size() < kMinPersonalDataWordBytes || !seen.insert(word).second) continue;
      for (const auto& term : kPersonalDataTerms) {
        if (starts_with(word, term.term)) found[static_cast<std::size_t>(term.kind)] = true;
      }
      const auto& index = compound_term_index();
      for (std::size_t at = 1; at + 1 < word.size(); ++at) {
        const std::size_t pair = pair_key(word[at], word[at + 1]);
        if (!index.pairs.test(pair)) continue;
        for (const std::size_t row : index.rows.at(pair)) {
          const std::string_view term = kPersonalDataTerms[row].term;
          if (word.compare(at, term.size(), term) == 0) {
            found[static_cast<std::size_t>(kPersonalDataTerms[row].kind)] = true;
          }
        }
      }
      for (const auto& [exact, kind] : kPersonalDataWords) {
        if (word == exact) found[static_cast<std::size_t>(kind)] = true;
      }
    }
    for (std::size_t k = 0; k < found.size(); ++k) {
      if (found[k]) facts_.personal_data.push_back(static_cast<PersonalData>(k));
    }
  }

  std::string_view text_;
  const std::vector<Token>& tokens_;
  Language language_;
  std::vector<std::size_t> sentence_of_;
  int context_year_ = 0;
  std::vector<FoundDate> dates_;
  Facts facts_;
};

}  // namespace

Facts extract_facts(std::string_view text, const std::vector<Token>& tokens, Language language) {
  return Extraction(text, tokens, language).run();
}

Facts extract_facts(std::string_view text, Language language) {
  const std::vector<Token> tokens = tokenize(text);
  return extract_facts(text, tokens, language);
}

}  // namespace kybersaa::text
