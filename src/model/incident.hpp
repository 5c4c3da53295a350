#pragma once
// An incident: what an organisation notified the CERT of, or what an analyst
// drafted from a document. A plain value; the store keeps it, assess counts it
// and the report shows it.

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "model/field.hpp"
#include "model/incident_enums.hpp"
#include "model/rsit.hpp"
#include "model/year_month.hpp"

namespace kybersaa::model {

// The organisation that reported the incident.
struct Organization {
  std::string name;
  Sector sector = Sector::kOther;
  friend bool operator==(const Organization&, const Organization&) = default;
};

// The reporter's contact person: personal data, kept apart from the incident
// so that it can be deleted on request without touching the statistics.
struct Contact {
  std::string name;
  std::string email;
  std::string phone;
  friend bool operator==(const Contact&, const Contact&) = default;
};

// Measurements of a denial-of-service attack, as the notification gives them.
// Either may be unknown.
struct DdosMeasurement {
  std::optional<double> peak_gbps;               // peak traffic, Gbit/s
  std::optional<std::int64_t> duration_minutes;  // how long the attack lasted
  friend bool operator==(const DdosMeasurement&, const DdosMeasurement&) = default;
};

struct Incident {
  std::string id;         // content-addressed: see incident_content_id()
  std::string reference;  // the reporter's own reference, may be empty
  std::string title;
  std::string summary;
  Field field = Field::kNetwork;
  RsitClass rsit;
  Organization organization;
  std::int64_t reported_at = 0;             // Unix seconds, UTC
  std::optional<std::int64_t> detected_at;  // Unix seconds, UTC
  std::optional<std::int64_t> started_at;   // Unix seconds, UTC
  std::optional<std::int64_t> affected_people;
  std::optional<std::int64_t> affected_devices;
  std::vector<PersonalData> personal_data;  // sorted, unique
  IncidentStatus status = IncidentStatus::kOpen;
  Tlp tlp = Tlp::kAmber;
  Severity severity = Severity::kMedium;
  std::vector<std::string> sources;  // channels, URLs or file names
  std::optional<Contact> contact;
  // DDoS measurements: set only when the notification gives any.
  std::optional<DdosMeasurement> ddos;

  friend bool operator==(const Incident&, const Incident&) = default;
};

// Returns the Helsinki month the incident belongs to: the month it was reported.
YearMonth incident_month(const Incident& incident);

// Returns the content-addressed id of `incident`: a digest of every field but
// the id and the contact person, so the same notification always gets the same id and two
// different ones never share it.
std::string incident_content_id(const Incident& incident);

}  // namespace kybersaa::model
