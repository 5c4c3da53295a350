#include "model/incident.hpp"

#include <gtest/gtest.h>

#include "model/calendar.hpp"

namespace kybersaa::model {
namespace {

Incident sample_incident() {
  Incident incident;
  incident.title = "Kalasteluviestejä pankin nimissä";
  incident.field = Field::kScamsPhishing;
  incident.rsit = {"fraud", "phishing"};
  incident.organization = {"Esimerkkipankki Oyj", Sector::kBanking};
  incident.reported_at = *parse_iso_instant("2026-10-31T23:30:00Z");
  incident.severity = Severity::kHigh;
  return incident;
}

TEST(Incident, MonthIsHelsinkiMonthOfReport) {
  EXPECT_EQ(incident_month(sample_incident()), (YearMonth{2026, 11}));
}

TEST(Incident, ContentIdIsStableAndSensitiveToEveryField) {
  const Incident base = sample_incident();
  const std::string id = incident_content_id(base);
  EXPECT_EQ(id, incident_content_id(base));
  EXPECT_EQ(id.size(), 32U);

  Incident changed = base;
  changed.affected_people = 20000;
  EXPECT_NE(incident_content_id(changed), id);
  changed = base;
  changed.personal_data = {PersonalData::kEmail};
  EXPECT_NE(incident_content_id(changed), id);
  changed = base;
  changed.title += " ";
  EXPECT_NE(incident_content_id(changed), id);
  // Field boundaries matter: moving text between fields changes the id.
  changed = base;
  changed.title = "Kalasteluviestejä pankin";
  changed.summary = " nimissä";
  EXPECT_NE(incident_content_id(changed), id);
}

TEST(Incident, ContentIdIgnoresIdAndContact) {
  Incident with_contact = sample_incident();
  with_contact.id = "anything";
  with_contact.contact = Contact{"Maija Meikäläinen", "maija@example.fi", "+358 40 000 0000"};
  EXPECT_EQ(incident_content_id(with_contact), incident_content_id(sample_incident()));
}

}  // namespace
}  // namespace kybersaa::model
