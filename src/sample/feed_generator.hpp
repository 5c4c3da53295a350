#pragma once
// Generated machine-feed files for the demo, one file of each per month, for
// an invented constituency: a Shadowserver Open-IPP scan report (printers
// reachable from the internet), an abuse.ch Feodo Tracker C2 blocklist
// (JSON), a URLhaus malware URL dump (CSV), a ThreatFox IOC export (JSON) and
// a partner CERT's IntelMQ events (JSON Lines: phishing, open Modbus
// devices, brute force, DDoS and sniffing reports). Project-written, seeded and deterministic: the
// same seed and month give the same bytes. The addresses are documentation prefixes (RFC 5737), so
// no real network is named.

#include <cstdint>
#include <string>
#include <string_view>

#include "model/year_month.hpp"

namespace kybersaa::sample {

// The demo constituency (docs/formats/constituency.md): two documentation
// networks. Feed rows from 192.0.2.0/24 lie outside it and are not counted.
std::string_view demo_constituency_toml();

// The scan_ipp entry of Shadowserver's published report schema (the
// columns, conversions and classification IntelMQ uses), as a schema file, so
// the demo needs no downloaded schema.
std::string_view demo_shadowserver_schema_json();

// The file names the demo gives a month's feed files:
// "2026-10-01-scan_ipp-demo.csv" (Shadowserver's file naming, which names the
// report type) and "feodo-ipblocklist-2026-10.json".
std::string open_ipp_file_name(model::YearMonth month);
std::string feodo_file_name(model::YearMonth month);
// "urlhaus-2026-10.csv", "threatfox-2026-10.json", "partner-intelmq-2026-10.jsonl".
std::string urlhaus_file_name(model::YearMonth month);
std::string threatfox_file_name(model::YearMonth month);
std::string partner_intelmq_file_name(model::YearMonth month);

// A month of daily Open-IPP scan rows: a printer population that grows slowly
// over the months, each printer seen on one to three days, and a few rows
// from outside the constituency.
std::string generate_open_ipp_csv(std::uint64_t seed, model::YearMonth month);

// The C2 servers Feodo Tracker listed as first seen in `month`: a handful,
// some inside the constituency.
std::string generate_feodo_json(std::uint64_t seed, model::YearMonth month);

// URLs URLhaus added in `month` that serve malware, a few of them hosted in
// the constituency, in URLhaus's CSV dump format (commented header).
std::string generate_urlhaus_csv(std::uint64_t seed, model::YearMonth month);

// IOCs ThreatFox first saw in `month` (C2 addresses with ports, domains and
// hashes), in its JSON export format.
std::string generate_threatfox_json(std::uint64_t seed, model::YearMonth month);

// Events a partner CERT's IntelMQ sent about the constituency in `month`:
// phishing URLs, open Modbus devices, brute-force sources, DDoS amplifiers
// and a sniffing host,
// as IntelMQ writes them (one JSON object per line).
std::string generate_partner_intelmq_jsonl(std::uint64_t seed, model::YearMonth month);

}  // namespace kybersaa::sample
