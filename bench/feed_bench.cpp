// Shadowserver report throughput: rows per second from a generated
// scan_http-style report file (streamed from disk in chunks) to IntelMQ
// events, with and without writing JSON Lines, and the process's peak RSS,
// which must stay small whatever the file size. The schema is the project's
// test fixture (tests/data/feed/shadowserver_schema.json).

#include <benchmark/benchmark.h>
#include <sys/resource.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <string>

#include "feed/aggregator.hpp"
#include "feed/cve5.hpp"
#include "feed/feed_format.hpp"
#include "feed/kev.hpp"
#include "feed/shadowserver_parser.hpp"
#include "store/open_store.hpp"

namespace kybersaa::bench {
namespace {

namespace fs = std::filesystem;

fs::path schema_path() {
  return fs::path(KYBERSAA_SOURCE_DIR) / "tests" / "data" / "feed" / "shadowserver_schema.json";
}

double peak_rss_mib() {
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  return static_cast<double>(usage.ru_maxrss) / 1024.0;  // Linux: KiB
}

// Writes a report of `rows` rows (streamed: nothing large in memory) and
// returns its path; the file is reused across runs of the same size.
fs::path generated_report(std::int64_t rows) {
  const fs::path path = fs::temp_directory_path() /
                        ("kybersaa-bench-2024-01-15-scan_http-" + std::to_string(rows) + ".csv");
  if (fs::exists(path)) return path;
  std::ofstream out(path, std::ios::binary);
  out << "\"timestamp\",\"ip\",\"protocol\",\"port\",\"hostname\",\"tag\",\"asn\",\"geo\","
         "\"region\",\"city\",\"naics\",\"http_code\",\"server\",\"http_date\","
         "\"sslv2_supported\"\n";
  std::string line;
  for (std::int64_t i = 0; i < rows; ++i) {
    const auto a = static_cast<unsigned>(i >> 16 & 0xFF), b = static_cast<unsigned>(i >> 8 & 0xFF),
               c = static_cast<unsigned>(i & 0xFF);
    char buffer[512];
    const int size = std::snprintf(
        buffer, sizeof buffer,
        "\"2024-01-15 %02u:%02u:%02u\",\"10.%u.%u.%u\",\"tcp\",%u,\"host-%u-%u-%u.example.fi\","
        "\"http%s\",%u,\"FI\",\"UUSIMAA\",\"HELSINKI\",518210,%u,\"%s\",\"Mon, 15 Jan 2024 "
        "%02u:%02u:%02u GMT\",\"%s\"\n",
        c % 24, b % 60, a % 60, a, b, c, i % 3 == 0 ? 80u : 8080u, a, b, c,
        i % 50 == 0 ? ";cve-2021-41773" : "", 64500 + c % 16, i % 7 == 0 ? 404u : 200u,
        i % 2 == 0 ? "nginx" : "Apache/2.4.58 (Debian)", c % 24, b % 60, a % 60,
        i % 5 == 0 ? "Y" : "N");
    out.write(buffer, size);
  }
  return path;
}

void run_parse(benchmark::State& state, bool write_json) {
  const std::int64_t rows = state.range(0);
  const fs::path report = generated_report(rows);
  auto schema = feed::load_shadowserver_schema(schema_path());
  if (!schema) {
    state.SkipWithError(schema.error().message.c_str());
    return;
  }
  std::string block;
  std::uint64_t events = 0;
  for (auto _ : state) {
    auto source = feed::open_file_source(report);
    if (!source) {
      state.SkipWithError(source.error().message.c_str());
      return;
    }
    feed::CsvReader reader(report.filename().string(), std::move(*source));
    auto summary = feed::parse_shadowserver_report(
        *schema, reader, {},
        [&](const feed::IntelmqEvent& event) -> base::Status {
          if (write_json) {
            event.append_json_line(block);
            if (block.size() > (std::size_t{256} << 10)) block.clear();  // as if written
          }
          benchmark::DoNotOptimize(event.size());
          return {};
        },
        [](const base::Error&) {});
    if (!summary || summary->events != static_cast<std::uint64_t>(rows)) {
      state.SkipWithError(summary ? "rows were rejected" : summary.error().message.c_str());
      return;
    }
    events += summary->events;
  }
  state.SetItemsProcessed(static_cast<std::int64_t>(events));
  state.SetBytesProcessed(state.iterations() * static_cast<std::int64_t>(fs::file_size(report)));
  state.counters["rows_per_s"] =
      benchmark::Counter(static_cast<double>(events), benchmark::Counter::kIsRate);
  state.counters["file_MiB"] = static_cast<double>(fs::file_size(report)) / (1024.0 * 1024.0);
  state.counters["peak_rss_MiB"] = peak_rss_mib();
}

// Read, split, map and type every row into an IntelMQ event.
void BM_Feed_ShadowserverParse(benchmark::State& state) { run_parse(state, false); }
BENCHMARK(BM_Feed_ShadowserverParse)->Arg(1'000'000)->Unit(benchmark::kMillisecond);

// The same, plus the JSON Lines text `kybersaa feed parse` writes.
void BM_Feed_ShadowserverToJsonl(benchmark::State& state) { run_parse(state, true); }
BENCHMARK(BM_Feed_ShadowserverToJsonl)->Arg(1'000'000)->Unit(benchmark::kMillisecond);

// Parse, filter to a constituency (10.0.0.0/9, which holds every generated
// address, as a CERT's own Shadowserver reports are about its own networks,
// plus three /24s and two ASNs), classify, and reduce to sightings in
// batches of 64 Ki: all of `feed import` but the store.
// Arguments: rows; 1 to build whole events (as with raw events kept), 0 for
// the counted fields only (as without).
void BM_Feed_ShadowserverAggregate(benchmark::State& state) {
  const std::int64_t rows = state.range(0);
  const bool whole_events = state.range(1) != 0;
  const fs::path report = generated_report(rows);
  auto schema = feed::load_shadowserver_schema(schema_path());
  auto constituency = feed::Constituency::parse(
      R"(networks = ["10.0.0.0/9", "10.200.1.0/24", "10.201.0.0/24", "10.202.0.0/24", "2001:db8::/32"]
asns = [64496, 64497])",
      "bench.toml");
  if (!schema || !constituency) {
    state.SkipWithError("schema or constituency did not load");
    return;
  }
  std::uint64_t events = 0;
  std::uint64_t sightings = 0;
  for (auto _ : state) {
    auto source = feed::open_file_source(report);
    if (!source) {
      state.SkipWithError(source.error().message.c_str());
      return;
    }
    feed::CsvReader reader(report.filename().string(), std::move(*source));
    feed::Aggregator aggregator(&*constituency, "shadowserver");
    feed::ShadowserverOptions options;
    options.counted_fields_only = !whole_events;
    auto summary = feed::parse_shadowserver_report(
        *schema, reader, options,
        [&](const feed::IntelmqEvent& event) -> base::Status {
          aggregator.add(event);
          if (aggregator.pending().size() >= (std::size_t{1} << 16)) aggregator.clear_pending();
          return {};
        },
        [](const base::Error&) {});
    if (!summary) {
      state.SkipWithError(summary.error().message.c_str());
      return;
    }
    events += summary->events;
    sightings += aggregator.summary().sightings;
  }
  state.SetItemsProcessed(static_cast<std::int64_t>(events));
  state.counters["rows_per_s"] =
      benchmark::Counter(static_cast<double>(events), benchmark::Counter::kIsRate);
  state.counters["in_constituency"] =
      static_cast<double>(sightings) / static_cast<double>(std::max<std::uint64_t>(events, 1));
  state.counters["peak_rss_MiB"] = peak_rss_mib();
}
// 6 M rows are a 1.06 GB file, the size the target names.
BENCHMARK(BM_Feed_ShadowserverAggregate)
    ->ArgNames({"rows", "whole_events"})
    ->Args({1'000'000, 0})
    ->Args({6'000'000, 0})
    ->Args({1'000'000, 1})
    ->Unit(benchmark::kMillisecond);

// Counting sightings and keeping their raw events (a 330-byte IntelMQ JSON
// object each) in a fresh SQLite store, one transaction, batches of 64 Ki:
// the store's share of `feed import --keep-raw-days`.
void BM_Feed_StoreRawEvents(benchmark::State& state) {
  const std::int64_t count = state.range(0);
  const std::vector<model::FeedBucket> buckets = {{{2024, 1},
                                                   model::Field::kMalwareVulnerabilities,
                                                   {"vulnerable", "vulnerable-system"},
                                                   "Accessible-HTTP"}};
  std::string json =
      R"({"classification.identifier":"http","classification.taxonomy":"vulnerable",)"
      R"("classification.type":"vulnerable-system","extra.naics":518210,"feed.name":)"
      R"("Accessible-HTTP","protocol.application":"http","protocol.transport":"tcp",)"
      R"("source.asn":64500,"source.geolocation.cc":"FI","source.ip":"10.1.2.3",)"
      R"("source.port":8080,"time.source":"2024-01-15T00:02:26+00:00","extra.tag":"http"})";
  constexpr std::size_t kBatch = std::size_t{1} << 16;
  std::vector<model::FeedSighting> sightings(kBatch);
  const std::vector<store::RawFeedEvent> raw(kBatch, store::RawFeedEvent{json});
  std::int64_t stored = 0;
  for (auto _ : state) {
    state.PauseTiming();
    const fs::path path = fs::temp_directory_path() / "kybersaa-bench-raw.db";
    for (const char* suffix : {"", "-wal", "-shm"}) fs::remove(path.string() + suffix);
    auto db = store::open_store(path.string(), store::OpenMode::kCreateOrMigrate);
    if (!db) {
      state.SkipWithError(db.error().message.c_str());
      return;
    }
    state.ResumeTiming();
    store::FeedImportOptions options;
    options.keep_raw_since = 0;
    auto session = (*db)->begin_feed_import({"bench", "bench-digest", 0}, options);
    if (!session) {
      state.SkipWithError(session.error().message.c_str());
      return;
    }
    std::uint64_t next = 1;
    for (std::int64_t done = 0; done < count; done += static_cast<std::int64_t>(kBatch)) {
      for (auto& sighting : sightings) {
        // Distinct identities, a host per 4 events, times within the month.
        sighting = {0, next * 0x9E3779B97F4A7C15ULL, next / 4 + 1,
                    1'705'276'800 + static_cast<std::int64_t>(next % 86'400)};
        ++next;
      }
      if (auto status = (*session)->put(buckets, sightings, raw); !status) {
        state.SkipWithError(status.error().message.c_str());
        return;
      }
    }
    auto receipt = (*session)->commit();
    if (!receipt) {
      state.SkipWithError(receipt.error().message.c_str());
      return;
    }
    stored += receipt->raw_stored;
  }
  state.SetItemsProcessed(stored);
  state.counters["raw_events_per_s"] =
      benchmark::Counter(static_cast<double>(stored), benchmark::Counter::kIsRate);
}
BENCHMARK(BM_Feed_StoreRawEvents)
    ->Arg(1'048'576)
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime()
    ->Iterations(1);

// JSON feeds: bytes per second from a generated Feodo Tracker JSON export
// (one top-level array), a ThreatFox JSON export (an object of arrays) and
// IntelMQ JSON Lines, streamed from disk through the common parse_feed()
// entry to IntelMQ events; with the peak RSS, which must not grow with the
// file.
enum class JsonFeed { kFeodo, kThreatfox, kIntelmqJsonl };

fs::path generated_json_feed(JsonFeed kind, std::int64_t records) {
  const char* names[] = {"ipblocklist", "threatfox", "intelmq"};
  const fs::path path =
      fs::temp_directory_path() /
      ("kybersaa-bench-" + std::string(names[static_cast<int>(kind)]) + "-" +
       std::to_string(records) + (kind == JsonFeed::kIntelmqJsonl ? ".jsonl" : ".json"));
  if (fs::exists(path)) return path;
  std::ofstream out(path, std::ios::binary);
  out << (kind == JsonFeed::kFeodo ? "[\n" : kind == JsonFeed::kThreatfox ? "{\n" : "");
  for (std::int64_t i = 0; i < records; ++i) {
    const auto a = static_cast<unsigned>(i >> 16 & 0xFF), b = static_cast<unsigned>(i >> 8 & 0xFF),
               c = static_cast<unsigned>(i & 0xFF);
    const char* separator = i + 1 < records ? ",\n" : "\n";
    char buffer[1024];
    int size = 0;
    switch (kind) {
      case JsonFeed::kFeodo:
        size = std::snprintf(
            buffer, sizeof buffer,
            "  {\n    \"ip_address\": \"10.%u.%u.%u\",\n    \"port\": %u,\n    \"status\": "
            "\"%s\",\n    \"hostname\": \"host-%u-%u-%u.example.net\",\n    \"as_number\": %u,\n"
            "    \"as_name\": \"EXAMPLE-AS Example Hosting Oy\",\n    \"country\": \"FI\",\n"
            "    \"first_seen\": \"2024-01-%02u %02u:%02u:%02u\",\n    \"last_online\": "
            "\"2024-01-15\",\n    \"malware\": \"%s\"\n  }%s",
            a, b, c, 443u + c % 7, i % 3 == 0 ? "offline" : "online", a, b, c, 64500 + c % 16,
            1 + c % 28, c % 24, b % 60, a % 60, i % 2 == 0 ? "QakBot" : "Emotet", separator);
        break;
      case JsonFeed::kThreatfox:
        size = std::snprintf(
            buffer, sizeof buffer,
            "  \"%lld\": [\n    {\n      \"ioc_value\": \"10.%u.%u.%u:%u\",\n      \"ioc_type\": "
            "\"ip:port\",\n      \"threat_type\": \"botnet_cc\",\n      \"malware\": "
            "\"win.cobalt_strike\",\n      \"malware_alias\": \"Agentemis,BEACON,CobaltStrike\",\n"
            "      \"malware_printable\": \"Cobalt Strike\",\n      \"first_seen_utc\": "
            "\"2024-01-%02u %02u:%02u:%02u\",\n      \"last_seen_utc\": null,\n      "
            "\"confidence_level\": 100,\n      \"reference\": null,\n      \"tags\": "
            "\"CobaltStrike\",\n      \"anonymous\": \"0\",\n      \"reporter\": \"bench\"\n    }\n"
            "  ]%s",
            static_cast<long long>(1'000'000 + i), a, b, c, 443u + c % 7, 1 + c % 28, c % 24,
            b % 60, a % 60, separator);
        break;
      case JsonFeed::kIntelmqJsonl:
        size = std::snprintf(
            buffer, sizeof buffer,
            "{\"classification.taxonomy\":\"malicious-code\",\"classification.type\":\"c2-server\","
            "\"extra.last_online\":\"2024-01-15\",\"feed.name\":\"Feodo "
            "Tracker\",\"feed.provider\":"
            "\"abuse.ch\",\"malware.name\":\"qakbot\",\"source.as_name\":\"EXAMPLE-AS Example\","
            "\"source.asn\":%u,\"source.geolocation.cc\":\"FI\",\"source.ip\":\"10.%u.%u.%u\","
            "\"source.port\":%u,\"status\":\"online\",\"time.source\":"
            "\"2024-01-%02uT%02u:%02u:%02u+00:00\"}\n",
            64500 + c % 16, a, b, c, 443u + c % 7, 1 + c % 28, c % 24, b % 60, a % 60);
        break;
    }
    out.write(buffer, size);
  }
  out << (kind == JsonFeed::kFeodo ? "]\n" : kind == JsonFeed::kThreatfox ? "}\n" : "");
  return path;
}

void run_json_feed(benchmark::State& state, JsonFeed kind) {
  const std::int64_t records = state.range(0);
  feed::FeedOptions options;
  options.threads = static_cast<std::size_t>(state.range(1));
  const fs::path path = generated_json_feed(kind, records);
  std::uint64_t events = 0;
  for (auto _ : state) {
    auto input = feed::open_feed_file(path);
    auto format = input ? feed::detect_feed_format(input->file_name, input->head)
                        : base::Result<feed::FeedFormat>(tl::unexpected(input.error()));
    if (!format) {
      state.SkipWithError(format.error().message.c_str());
      return;
    }
    auto summary = feed::parse_feed(
        *format, std::move(*input), options,
        [&](const feed::IntelmqEvent& event) -> base::Status {
          benchmark::DoNotOptimize(event.size());
          return {};
        },
        [](const base::Error&) {});
    if (!summary || summary->events != static_cast<std::uint64_t>(records)) {
      state.SkipWithError(summary ? "records were rejected" : summary.error().message.c_str());
      return;
    }
    events += summary->events;
  }
  state.SetItemsProcessed(static_cast<std::int64_t>(events));
  state.SetBytesProcessed(state.iterations() * static_cast<std::int64_t>(fs::file_size(path)));
  state.counters["file_MiB"] = static_cast<double>(fs::file_size(path)) / (1024.0 * 1024.0);
  state.counters["peak_rss_MiB"] = peak_rss_mib();
}

// Records, and threads: 1 (the rate per core) and 0 (one per core, the
// default). Wall time, as the work is spread over threads.
void json_feed_args(benchmark::internal::Benchmark* bench) {
  bench->ArgNames({"records", "threads"})
      ->Args({500'000, 1})
      ->Args({500'000, 0})
      ->Unit(benchmark::kMillisecond)
      ->UseRealTime();
}

void BM_Feed_FeodoJson(benchmark::State& state) { run_json_feed(state, JsonFeed::kFeodo); }
BENCHMARK(BM_Feed_FeodoJson)->Apply(json_feed_args);

void BM_Feed_ThreatfoxJson(benchmark::State& state) { run_json_feed(state, JsonFeed::kThreatfox); }
BENCHMARK(BM_Feed_ThreatfoxJson)->Apply(json_feed_args);

void BM_Feed_IntelmqJsonl(benchmark::State& state) {
  run_json_feed(state, JsonFeed::kIntelmqJsonl);
}
BENCHMARK(BM_Feed_IntelmqJsonl)->Apply(json_feed_args);

// Vulnerability catalogs (simdjson). A generated KEV catalog of N entries
// shaped like CISA's (about 1 KB each), parsed into entries as a whole.
std::string generate_kev_catalog(std::int64_t entries) {
  std::string json = R"({"title": "Generated catalog", "catalogVersion": "2026.03.21",
 "dateReleased": "2026-03-21T17:04:19.9796Z", "count": )" +
                     std::to_string(entries) + ",\n \"vulnerabilities\": [\n";
  for (std::int64_t i = 0; i < entries; ++i) {
    if (i > 0) json += ",\n";
    const std::string id = "CVE-20" + std::to_string(10 + i % 16) + "-" + std::to_string(10000 + i);
    json += R"(  {"cveID": ")" + id + R"(", "vendorProject": "Vendor )" + std::to_string(i % 97) +
            R"(", "product": "Product )" + std::to_string(i % 389) +
            R"(", "vulnerabilityName": "Product Remote Code Execution Vulnerability",
   "dateAdded": "2025-08-25", "shortDescription": "The product contains a vulnerability that allows a remote, unauthenticated attacker to execute arbitrary code through a crafted request to the management interface.",
   "requiredAction": "Apply mitigations per vendor instructions, follow applicable BOD 22-01 guidance for cloud services, or discontinue use of the product if mitigations are unavailable.",
   "dueDate": "2025-09-15", "knownRansomwareCampaignUse": ")" +
            std::string(i % 5 == 0 ? "Known" : "Unknown") +
            R"(", "notes": "https://example.org/advisories/)" + id +
            R"( ; https://nvd.example/vuln/detail/)" + id + R"(", "cwes": ["CWE-)" +
            std::to_string(20 + i % 700) + R"("]})";
  }
  json += "\n]}\n";
  return json;
}

void BM_Feed_KevCatalogParse(benchmark::State& state) {
  const std::string catalog = generate_kev_catalog(state.range(0));
  for (auto _ : state) {
    auto parsed = feed::parse_kev_catalog(catalog, "kev.json", [](const base::Error&) {});
    if (!parsed || parsed->entries().size() != static_cast<std::size_t>(state.range(0))) {
      state.SkipWithError("parse failed");
      break;
    }
    benchmark::DoNotOptimize(parsed->entries().data());
  }
  state.SetBytesProcessed(state.iterations() * static_cast<std::int64_t>(catalog.size()));
  state.SetItemsProcessed(state.iterations() * state.range(0));
}
BENCHMARK(BM_Feed_KevCatalogParse)->Arg(20'000)->Unit(benchmark::kMillisecond);

// A generated CVE JSON 5 record shaped like a cvelistV5 record with CNA and
// CISA ADP containers (about 7 KB), parsed N times by one reused parser, as a
// directory walk does (file reading excluded); with `write_json`, each
// vulnerability is also written as a JSON line.
std::string generate_cve5_record() {
  std::string references;
  for (int i = 0; i < 24; ++i) {
    if (i > 0) references += ", ";
    references += R"({"url": "https://example.org/advisories/2026/)" + std::to_string(i) +
                  R"(", "tags": ["vendor-advisory", "x_refsource_MISC"]})";
  }
  return R"({"dataType": "CVE_RECORD", "dataVersion": "5.1",
 "cveMetadata": {"cveId": "CVE-2026-10001", "assignerOrgId": "00000000-0000-4000-8000-000000000001",
  "assignerShortName": "example", "state": "PUBLISHED", "datePublished": "2026-03-02T10:00:00.000Z",
  "dateUpdated": "2026-03-09T08:30:00.000Z", "dateReserved": "2026-01-15T00:00:00.000Z"},
 "containers": {"cna": {"providerMetadata": {"orgId": "00000000-0000-4000-8000-000000000001", "shortName": "example"},
  "title": "Authentication bypass in the management interface",
  "descriptions": [{"lang": "en", "value": "An authentication bypass in the management interface of Example Gateway 4.x before 4.2.1 lets a remote attacker run commands as root.", "supportingMedia": [{"type": "text/html", "base64": false, "value": "<p>An authentication bypass in the management interface of Example Gateway 4.x before 4.2.1 lets a remote attacker run commands as root.</p>"}]}],
  "affected": [{"vendor": "Example Oy", "product": "Example Gateway", "defaultStatus": "unaffected", "versions": [{"status": "affected", "version": "4.0", "lessThan": "4.2.1", "versionType": "semver"}, {"status": "affected", "version": "3.0", "lessThan": "3.9.7", "versionType": "semver"}]},
               {"vendor": "Example Oy", "product": "Example Gateway Cloud", "versions": [{"status": "affected", "version": "2026.1"}]}],
  "problemTypes": [{"descriptions": [{"type": "CWE", "cweId": "CWE-287", "lang": "en", "description": "CWE-287 Improper Authentication"}]}],
  "metrics": [{"format": "CVSS", "scenarios": [{"lang": "en", "value": "GENERAL"}], "cvssV3_1": {"version": "3.1", "baseScore": 9.8, "baseSeverity": "CRITICAL", "vectorString": "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H", "attackVector": "NETWORK", "attackComplexity": "LOW", "privilegesRequired": "NONE", "userInteraction": "NONE", "scope": "UNCHANGED", "confidentialityImpact": "HIGH", "integrityImpact": "HIGH", "availabilityImpact": "HIGH"}}],
  "references": [)" +
         references + R"(]},
  "adp": [{"providerMetadata": {"orgId": "00000000-0000-4000-8000-000000000002", "shortName": "CISA-ADP"}, "title": "CISA ADP Vulnrichment",
   "metrics": [{"other": {"type": "ssvc", "content": {"timestamp": "2026-03-03T16:16:21.996263Z", "id": "CVE-2026-10001", "options": [{"Exploitation": "active"}, {"Automatable": "yes"}, {"Technical Impact": "total"}], "role": "CISA Coordinator", "version": "2.0.3"}}},
               {"other": {"type": "kev", "content": {"dateAdded": "2026-03-10", "reference": "https://example.gov/kev?cve=CVE-2026-10001"}}}],
   "problemTypes": [{"descriptions": [{"type": "CWE", "cweId": "CWE-287", "lang": "en", "description": "CWE-287 Improper Authentication"}]}]}]}}
)";
}

void run_cve5_parse(benchmark::State& state, bool write_json) {
  const std::string record = generate_cve5_record();
  feed::Cve5Parser parser;
  std::string out;
  for (auto _ : state) {
    for (std::int64_t i = 0; i < state.range(0); ++i) {
      auto parsed = parser.parse(record, "CVE-2026-10001.json");
      if (!parsed) {
        state.SkipWithError(parsed.error().message.c_str());
        return;
      }
      if (write_json) {
        out.clear();
        feed::append_vulnerability_json(*parsed, out);
      }
      benchmark::DoNotOptimize(parsed->cvss.data());
    }
  }
  state.SetBytesProcessed(state.iterations() * state.range(0) *
                          static_cast<std::int64_t>(record.size()));
  state.SetItemsProcessed(state.iterations() * state.range(0));
}

void BM_Feed_Cve5RecordParse(benchmark::State& state) { run_cve5_parse(state, false); }
BENCHMARK(BM_Feed_Cve5RecordParse)->Arg(20'000)->Unit(benchmark::kMillisecond);

void BM_Feed_Cve5RecordToJsonl(benchmark::State& state) { run_cve5_parse(state, true); }
BENCHMARK(BM_Feed_Cve5RecordToJsonl)->Arg(20'000)->Unit(benchmark::kMillisecond);

}  // namespace
}  // namespace kybersaa::bench
