#pragma once
// The facts an analyst's first pass takes from a document: plain values.

#include <string>
#include <vector>

#include "model/incident_enums.hpp"

namespace kybersaa::text {

// A date or period as written, its ISO value and what happened then.
struct DateMention {
  std::string text;   // as written: "30.1.2026", "marraskuun lopun 2018 ja maaliskuun 2019"
  std::string value;  // "2026-01-30", "2026-02-05T16:55", "2018-11", "2018-11/2019-03",
                      // "--08-30" when the year is unknown
  std::string role;   // detected, started, ended, published, notified, patched or other
  friend bool operator==(const DateMention&, const DateMention&) = default;
};

// A count: "n. 50 000" käyttäjää → 50000, about "users".
struct NumberMention {
  std::string text;  // with its qualifier: "n. 50 000", "yli 900", "10 miljoonaa"
  double value = 0;
  std::string about;  // users, customers, people, patients, devices, servers, euros, ... or ""
  friend bool operator==(const NumberMention&, const NumberMention&) = default;
};

// A measured amount with its unit: "59 Gbit/s", "2,5 %".
struct Quantity {
  std::string text;
  double value = 0;
  std::string unit;  // "%", "Gbit/s", "Mbit/s", "Tbit/s", "Mpps", "GB", "TB", "min", "h", ...
  friend bool operator==(const Quantity&, const Quantity&) = default;
};

struct Facts {
  std::vector<std::string> organizations;  // base forms, first mention first
  std::vector<DateMention> dates;
  std::vector<NumberMention> numbers;
  std::vector<Quantity> quantities;
  std::vector<std::string> cves;                   // upper case, first mention first, no duplicates
  std::vector<std::string> urls;                   // as written
  std::vector<std::string> emails;                 // lower case
  std::vector<model::PersonalData> personal_data;  // in vocabulary order
};

}  // namespace kybersaa::text
