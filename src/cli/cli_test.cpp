// End-to-end tests of the kybersaa binary as a user runs it.

#include <gtest/gtest.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <array>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>

#include "base/digest.hpp"
#include "base/file.hpp"
#include "support/temp_dir.hpp"

namespace {

const std::filesystem::path kSourceDir = KYBERSAA_SOURCE_DIR;

struct CliRun {
  int exit_code = -1;
  std::string out;
  std::string err;
};

class CliTest : public ::testing::Test {
 protected:
  void SetUp() override { db_ = (dir_ / "store.db").string(); }

  // Runs kybersaa with `args` (already shell-quoted where needed).
  // `env` ("NAME=value ...") is set for the run only.
  CliRun run(const std::string& args, const std::string& env = "") {
    const auto err_path = dir_ / "stderr.txt";
    const std::string command =
        env + std::string(KYBERSAA_BINARY) + " " + args + " 2>" + err_path.string();
    CliRun result;
    FILE* pipe = popen(command.c_str(), "r");
    EXPECT_NE(pipe, nullptr);
    if (pipe == nullptr) return result;
    std::array<char, 4096> buffer{};
    std::size_t n = 0;
    while ((n = fread(buffer.data(), 1, buffer.size(), pipe)) > 0)
      result.out.append(buffer.data(), n);
    const int status = pclose(pipe);
    result.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    auto err = kybersaa::base::read_file(err_path);
    if (err) result.err = *err;
    return result;
  }

  kybersaa::testing::TempDir temp_;
  const std::filesystem::path& dir_ = temp_.path();
  std::string db_;
};

TEST_F(CliTest, HelpOnEverySubcommand) {
  for (const char* sub : {"",
                          "init ",
                          "ingest ",
                          "incidents ",
                          "incidents show ",
                          "report ",
                          "demo ",
                          "analyze ",
                          "feed ",
                          "feed parse ",
                          "feed import ",
                          "warning ",
                          "warning add ",
                          "warning list ",
                          "warning retire ",
                          "warning update ",
                          "assess ",
                          "assess override ",
                          "assess overrides ",
                          "report status ",
                          "report review ",
                          "report publish "}) {
    const CliRun r = run(std::string(sub) + "--help");
    EXPECT_EQ(r.exit_code, 0) << sub;
    EXPECT_NE(r.out.find("Usage"), std::string::npos) << sub << r.out;
  }
}

TEST_F(CliTest, InitIngestListReport) {
  CliRun init = run("init --db " + db_);
  ASSERT_EQ(init.exit_code, 0) << init.err;
  EXPECT_NE(init.out.find("ready at schema version "), std::string::npos) << init.out;

  const std::string good = (kSourceDir / "tests/data/ingest/good.jsonl").string();
  CliRun ingest = run("ingest --db " + db_ + " " + good);
  ASSERT_EQ(ingest.exit_code, 0) << ingest.err;
  EXPECT_NE(ingest.out.find("3 notifications, 2 new, 1 already stored"), std::string::npos)
      << ingest.out;
  CliRun again = run("ingest --db " + db_ + " " + good);
  EXPECT_NE(again.out.find("0 new, 3 already stored"), std::string::npos) << again.out;

  CliRun list = run("incidents --db " + db_ + " --month 2026-10 --section scams-phishing");
  ASSERT_EQ(list.exit_code, 0) << list.err;
  EXPECT_NE(list.out.find("Kalasteluviestejä Esimerkkipankin nimissä"), std::string::npos);
  EXPECT_NE(list.out.find("1 incidents"), std::string::npos);

  CliRun json = run("incidents --db " + db_ + " --json");
  ASSERT_EQ(json.exit_code, 0);
  EXPECT_EQ(json.out.front(), '[');
  EXPECT_EQ(json.out.find("maija@example.fi"), std::string::npos) << "listing leaks contacts";

  const auto out = dir_ / "r.html";
  CliRun report =
      run("report --db " + db_ + " --month 2026-10 --lang en --format html --out " + out.string());
  ASSERT_EQ(report.exit_code, 0) << report.err;
  auto html = kybersaa::base::read_file(out);
  ASSERT_TRUE(html);
  EXPECT_NE(html->find("<html"), std::string::npos);
}

TEST_F(CliTest, ReportUsesARulesFileAndLocatesItsMistakes) {
  ASSERT_EQ(run("init --db " + db_).exit_code, 0);
  ASSERT_EQ(run("ingest --db " + db_ + " " + (kSourceDir / "tests/data/ingest/good.jsonl").string())
                .exit_code,
            0);
  // One phishing notification is enough for this rule: the field turns serious.
  const auto rules = dir_ / "strict.toml";
  ASSERT_TRUE(kybersaa::base::write_file_atomically(
      rules,
      "format = 1\n[[rules]]\nid = \"any-phishing\"\nstatus = \"serious\"\n"
      "fields = [\"scams-phishing\"]\ncount_at_least = 1\n"));
  CliRun report =
      run("report --db " + db_ + " --month 2026-10 --format json --rules " + rules.string());
  ASSERT_EQ(report.exit_code, 0) << report.err;
  EXPECT_NE(report.out.find("\"status_rule\": \"any-phishing\""), std::string::npos) << report.out;
  EXPECT_NE(report.out.find("\"rules_source\": \"strict.toml\""), std::string::npos);
  EXPECT_EQ(report.out.find(dir_.string()), std::string::npos) << "the report shows a local path";

  ASSERT_TRUE(kybersaa::base::write_file_atomically(
      rules, "format = 1\n[[rules]]\nid = \"x\"\nstatus = \"stormy\"\ncount_at_least = 1\n"));
  CliRun bad = run("report --db " + db_ + " --month 2026-10 --rules " + rules.string());
  EXPECT_EQ(bad.exit_code, 3);
  EXPECT_NE(bad.err.find("strict.toml:4:10: status:"), std::string::npos) << bad.err;
  EXPECT_TRUE(bad.out.empty());
}

// Key figures.
TEST_F(CliTest, ReportUsesAKeyFiguresFileAndLocatesItsMistakes) {
  ASSERT_EQ(run("init --db " + db_).exit_code, 0);
  ASSERT_EQ(run("ingest --db " + db_ + " " + (kSourceDir / "tests/data/ingest/good.jsonl").string())
                .exit_code,
            0);
  const auto figures = dir_ / "figures.toml";
  ASSERT_TRUE(kybersaa::base::write_file_atomically(
      figures,
      "format = 1\n[[figures]]\nid = \"all\"\nmetric = \"notifications\"\nperiod = \"month\"\n"
      "[figures.label]\nfi = \"I\"\nsv = \"A\"\nen = \"N\"\n"
      "[figures.source]\nfi = \"s\"\nsv = \"s\"\nen = \"s\"\n"
      "[figures.sentence]\nfi = \"{value}\"\nsv = \"{value}\"\nen = \"There were {value}.\"\n"));
  CliRun report = run("report --db " + db_ +
                      " --month 2026-10 --lang en --format md --key-figures " + figures.string());
  ASSERT_EQ(report.exit_code, 0) << report.err;
  EXPECT_NE(report.out.find("## Key figures of the month\n\n- There were 1."), std::string::npos)
      << report.out;

  ASSERT_TRUE(kybersaa::base::write_file_atomically(
      figures, "format = 1\n[[figures]]\nid = \"x\"\nmetric = \"visits\"\n"));
  CliRun bad = run("report --db " + db_ + " --month 2026-10 --key-figures " + figures.string());
  EXPECT_EQ(bad.exit_code, 3);
  EXPECT_NE(bad.err.find("figures.toml:4:10: metric:"), std::string::npos) << bad.err;
  EXPECT_TRUE(bad.out.empty());
}

TEST_F(CliTest, ShowPrintsOneIncidentWithContact) {
  ASSERT_EQ(run("init --db " + db_).exit_code, 0);
  ASSERT_EQ(run("ingest --db " + db_ + " " + (kSourceDir / "tests/data/ingest/good.jsonl").string())
                .exit_code,
            0);
  CliRun json = run("incidents --db " + db_ + " --json --section scams-phishing");
  const auto id_at = json.out.find("\"id\": \"");
  ASSERT_NE(id_at, std::string::npos);
  const std::string id = json.out.substr(id_at + 7, 32);
  CliRun show = run("incidents show --db " + db_ + " " + id);
  ASSERT_EQ(show.exit_code, 0) << show.err;
  EXPECT_NE(show.out.find("maija@example.fi"), std::string::npos);
  CliRun missing = run("incidents show --db " + db_ + " 00000000000000000000000000000000");
  EXPECT_EQ(missing.exit_code, 4);
}

TEST_F(CliTest, IngestDraftsFromDocumentsAndLinksUpdates) {
  ASSERT_EQ(run("init --db " + db_).exit_code, 0);
  const auto updates = kSourceDir / "tests/data/text/updates";
  const std::string release = (updates / "fi-tiedote.txt").string();
  const std::string update = (updates / "fi-paivitys.txt").string();
  CliRun drafted = run("ingest --db " + db_ + " " + release);
  ASSERT_EQ(drafted.exit_code, 0) << drafted.err;
  const auto id_at = drafted.out.find("draft incident ");
  ASSERT_NE(id_at, std::string::npos) << drafted.out;
  const std::string id = drafted.out.substr(id_at + 15, 32);
  EXPECT_NE(drafted.out.find(id + " created"), std::string::npos) << drafted.out;

  CliRun linked = run("ingest --db " + db_ + " " + update + " " + release);
  ASSERT_EQ(linked.exit_code, 0) << linked.err;
  EXPECT_NE(linked.out.find("linked to incident " + id + " as update 1 (version 2)"),
            std::string::npos)
      << linked.out;
  EXPECT_NE(linked.out.find("affected_people 20000 → 50000"), std::string::npos) << linked.out;
  EXPECT_NE(linked.out.find("fi-tiedote.txt: unchanged"), std::string::npos) << linked.out;

  CliRun list = run("incidents --db " + db_);
  EXPECT_NE(list.out.find("draft"), std::string::npos) << list.out;
  EXPECT_NE(list.out.find("1 incidents"), std::string::npos) << list.out;
  CliRun show = run("incidents show --db " + db_ + " " + id);
  ASSERT_EQ(show.exit_code, 0) << show.err;
  EXPECT_NE(show.out.find("timeline:"), std::string::npos) << show.out;
  EXPECT_NE(show.out.find("affected_people: 20000 → 50000"), std::string::npos) << show.out;
  CliRun json = run("incidents show --json --db " + db_ + " " + id);
  ASSERT_EQ(json.exit_code, 0) << json.err;
  EXPECT_NE(json.out.find("\"timeline\": ["), std::string::npos) << json.out;
  EXPECT_NE(json.out.find("\"after\": \"50000\""), std::string::npos) << json.out;

  // Drafts are not reviewed: the month's report neither counts nor lists
  // them as incidents; it shows a draft item for the analyst to review.
  CliRun report = run("report --db " + db_ + " --month 2026-01 --format json");
  ASSERT_EQ(report.exit_code, 0) << report.err;
  EXPECT_EQ(report.out.find("\"id\": \"" + id + "\""), std::string::npos)
      << "a draft was listed as an incident";
  EXPECT_NE(report.out.find("\"id\": \"incident-" + id + "\",\n          \"status\": \"draft\""),
            std::string::npos)
      << report.out;

  const auto junk = dir_ / "junk.bin";
  std::ofstream(junk, std::ios::binary) << std::string(
      "\x7f"
      "ELF\x00\x01binary",
      11);
  CliRun bad = run("ingest --db " + db_ + " " + junk.string());
  EXPECT_EQ(bad.exit_code, 3);
  EXPECT_NE(bad.err.find("junk.bin"), std::string::npos) << bad.err;
  EXPECT_NE(run("incidents --db " + db_).out.find("1 incidents"), std::string::npos);
}

TEST_F(CliTest, ErrorsAreOneLineWithExitCodes) {
  CliRun no_store = run("incidents --db " + db_);
  EXPECT_EQ(no_store.exit_code, 4);
  EXPECT_NE(no_store.err.find("kybersaa init"), std::string::npos);
  EXPECT_EQ(std::count(no_store.err.begin(), no_store.err.end(), '\n'), 1) << no_store.err;

  ASSERT_EQ(run("init --db " + db_).exit_code, 0);
  const std::string bad =
      (kSourceDir / "tests/golden/ingest/wrong-type-count/input.jsonl").string();
  CliRun ingest = run("ingest --db " + db_ + " " + bad);
  EXPECT_EQ(ingest.exit_code, 3);
  EXPECT_NE(ingest.err.find("input.jsonl:3: key 'affected.people'"), std::string::npos)
      << ingest.err;
  CliRun list = run("incidents --db " + db_ + " --json");
  EXPECT_EQ(list.out, "[]\n") << "a rejected file left incidents behind";

  CliRun bad_month = run("report --db " + db_ + " --month 2026-13");
  EXPECT_EQ(bad_month.exit_code, 2);
  EXPECT_NE(bad_month.err.find("not a month"), std::string::npos) << bad_month.err;
  CliRun bad_section = run("incidents --db " + db_ + " --section weather");
  EXPECT_EQ(bad_section.exit_code, 2);
  CliRun no_command = run("");
  EXPECT_EQ(no_command.exit_code, 2);
}

TEST_F(CliTest, AnalyzePrintsOneJsonObject) {
  const std::string doc = (kSourceDir / "tests/golden/text/mdm-breach-fi/input.txt").string();
  CliRun json = run("analyze --json " + doc);
  ASSERT_EQ(json.exit_code, 0) << json.err;
  EXPECT_EQ(json.out.front(), '{');
  EXPECT_NE(json.out.find("\"language\": \"fi\""), std::string::npos) << json.out;
  EXPECT_NE(json.out.find("\"section\""), std::string::npos);
  CliRun missing = run("analyze " + (dir_ / "missing.txt").string());
  EXPECT_EQ(missing.exit_code, 4);
  EXPECT_NE(missing.err.find("missing.txt"), std::string::npos) << missing.err;
}

TEST_F(CliTest, FeedParseStreamsIntelmqEvents) {
  const std::string csv =
      (kSourceDir / "tests/data/feed/2024-01-15-scan_http-kybersaa-test.csv").string();
  const std::string schema = (kSourceDir / "tests/data/feed/shadowserver_schema.json").string();
  CliRun parsed = run("feed parse " + csv + " --shadowserver-schema " + schema);
  ASSERT_EQ(parsed.exit_code, 0) << parsed.err;
  EXPECT_NE(parsed.out.find("\"classification.identifier\": \"accessible-http\""),
            std::string::npos)
      << parsed.out;
  EXPECT_NE(parsed.err.find("3 events"), std::string::npos) << parsed.err;
  CliRun no_schema = run("feed parse " + csv);
  EXPECT_NE(no_schema.exit_code, 0);
  EXPECT_NE(no_schema.err.find("--shadowserver-schema"), std::string::npos) << no_schema.err;
}

TEST_F(CliTest, FeedParseWritesVulnerabilitiesAndVerisIncidents) {
  const auto data = kSourceDir / "tests" / "data" / "feed";
  const std::string kev = (data / "kev" / "known_exploited_vulnerabilities.json").string();
  // A cvelistV5-like tree, recognised by content, joined with the KEV catalog.
  CliRun cves = run("feed parse " + (data / "cve5" / "cves").string() + " --kev " + kev);
  ASSERT_EQ(cves.exit_code, 0) << cves.err;
  EXPECT_EQ(std::count(cves.out.begin(), cves.out.end(), '\n'), 4) << cves.out;
  EXPECT_NE(cves.out.find("\"cve_id\": \"CVE-2026-10001\""), std::string::npos) << cves.out;
  EXPECT_NE(cves.out.find("\"source\": \"kev-catalog\""), std::string::npos) << cves.out;
  EXPECT_NE(cves.err.find("4 records, 0 rejected, 2 known exploited"), std::string::npos)
      << cves.err;
  // Bad records are reported with their location and counted; the walk goes on.
  CliRun bad = run("feed parse " + (data / "cve5").string() + " --format cve5");
  ASSERT_EQ(bad.exit_code, 0) << bad.err;
  EXPECT_NE(bad.err.find("CVE-2026-90002.json: containers.cna.metrics[0].cvssV3_1.baseScore"),
            std::string::npos)
      << bad.err;
  EXPECT_NE(bad.err.find("4 records, 3 rejected"), std::string::npos) << bad.err;
  CliRun entries = run("feed parse " + kev + " --to jsonl");
  ASSERT_EQ(entries.exit_code, 0) << entries.err;
  EXPECT_EQ(std::count(entries.out.begin(), entries.out.end(), '\n'), 3) << entries.out;
  CliRun incidents = run("feed parse " + (data / "veris").string());
  ASSERT_EQ(incidents.exit_code, 0) << incidents.err;
  EXPECT_NE(incidents.out.find("\"field\":\"automation-iot\""), std::string::npos) << incidents.out;
  EXPECT_NE(incidents.err.find("6 incidents, 0 rejected"), std::string::npos) << incidents.err;
  CliRun misplaced = run("feed parse " + (data / "veris").string() + " --kev " + kev);
  EXPECT_NE(misplaced.exit_code, 0);
  EXPECT_NE(misplaced.err.find("--format cve5"), std::string::npos) << misplaced.err;
}

TEST_F(CliTest, FeedImportCountsTheConstituencyOnce) {
  ASSERT_EQ(run("init --db " + db_).exit_code, 0);
  const auto data = kSourceDir / "tests" / "data" / "feed";
  const std::string args = "feed import --db " + db_ + " --constituency " +
                           (kSourceDir / "docs" / "examples" / "constituency.toml").string() +
                           " --shadowserver-schema " +
                           (data / "shadowserver_schema.json").string() + " " +
                           (data / "2024-01-15-scan_http-kybersaa-test.csv").string();
  const CliRun first = run(args);
  EXPECT_EQ(first.exit_code, 0) << first.err;
  EXPECT_NE(first.err.find("constituency "), std::string::npos) << first.err;
  EXPECT_NE(first.err.find("3 in the constituency (0 outside"), std::string::npos) << first.err;
  EXPECT_NE(first.err.find("3 counted, 0 duplicates, 3 new hosts"), std::string::npos) << first.err;
  EXPECT_EQ(first.err.find('\r'), std::string::npos) << "no progress when not on a terminal";
  const CliRun again = run(args);
  EXPECT_EQ(again.exit_code, 0) << again.err;
  EXPECT_NE(again.err.find("imported before (same content): nothing changed"), std::string::npos)
      << again.err;

  const CliRun bad_constituency = run("feed import --db " + db_ + " --constituency " +
                                      (data / "shadowserver_schema.json").string() + " " +
                                      (data / "2024-01-15-scan_http-kybersaa-test.csv").string());
  EXPECT_EQ(bad_constituency.exit_code, 3);
  EXPECT_NE(bad_constituency.err.find("shadowserver_schema.json:1:"), std::string::npos)
      << bad_constituency.err;
  const CliRun no_store = run("feed import --db " + (dir_ / "missing.db").string() + " " +
                              (data / "2024-01-15-scan_http-kybersaa-test.csv").string());
  EXPECT_EQ(no_store.exit_code, 4) << no_store.err;
}

TEST_F(CliTest, FeedPruneClosesOldMonths) {
  ASSERT_EQ(run("init --db " + db_).exit_code, 0);
  const auto data = kSourceDir / "tests" / "data" / "feed";
  const std::string import = "feed import --db " + db_ + " --shadowserver-schema " +
                             (data / "shadowserver_schema.json").string() + " ";
  ASSERT_EQ(run(import + (data / "2024-01-15-scan_http-kybersaa-test.csv").string()).exit_code, 0);
  const CliRun pruned = run("feed prune --db " + db_ + " --before 2024-02");
  EXPECT_EQ(pruned.exit_code, 0) << pruned.err;
  EXPECT_EQ(pruned.out,
            "feed months before 2024-02 are closed: 3 event identities and 3 hosts dropped, "
            "their counts kept; later imports count no events of them\n");
  const std::string late = (dir_ / "2024-01-15-scan_http-late.csv").string();
  ASSERT_TRUE(kybersaa::base::write_file_atomically(
      late, *kybersaa::base::read_file(data / "2024-01-15-scan_http-kybersaa-test.csv") + "\n"));
  const CliRun again = run(import + late);
  EXPECT_EQ(again.exit_code, 0) << again.err;
  EXPECT_NE(again.err.find("0 undated, 3 in pruned months); 0 counted"), std::string::npos)
      << again.err;
  const CliRun bad = run("feed prune --db " + db_ + " --before 2024-13");
  EXPECT_EQ(bad.exit_code, 2) << bad.err;
  EXPECT_NE(bad.err.find("'2024-13' is not a month (YYYY-MM)"), std::string::npos) << bad.err;
}

// True when Chromium is on the PATH or named by KYBERSAA_CHROMIUM, as the
// binary looks for it.
bool chromium_available() {
  if (const char* env = std::getenv("KYBERSAA_CHROMIUM"); env != nullptr && *env != '\0') {
    return true;
  }
  const char* path = std::getenv("PATH");
  std::string_view rest = path != nullptr ? path : "";
  while (!rest.empty()) {
    const std::size_t colon = rest.find(':');
    const std::filesystem::path dir(std::string(rest.substr(0, colon)));
    rest = colon == std::string_view::npos ? std::string_view() : rest.substr(colon + 1);
    for (const char* name : {"chromium", "chromium-browser"}) {
      if (!dir.empty() && ::access((dir / name).c_str(), X_OK) == 0) return true;
    }
  }
  return false;
}

TEST_F(CliTest, DemoWritesReportsAndPrintsPaths) {
  const auto out = dir_ / "demo";
  CliRun demo = run("demo --months 13 --last-month 2026-10 --out " + out.string());
  ASSERT_EQ(demo.exit_code, 0) << demo.err;
  std::vector<std::string> names = {"kybersaa-2026-10.fi.html", "kybersaa-2026-10.sv.html",
                                    "kybersaa-2026-10.en.html", "kybersaa-2026-10.en.json",
                                    "kybersaa-2026-10.fi.md"};
  // Where Chromium is installed (scripts/setup.sh installs it) the demo prints PDFs.
  if (chromium_available()) {
    for (const char* lang : {"fi", "sv", "en"}) {
      names.push_back(std::string("kybersaa-2026-10.") + lang + ".pdf");
    }
  } else {
    EXPECT_NE(demo.err.find("PDF reports skipped: PDF output needs Chromium"), std::string::npos)
        << demo.err;
  }
  for (const std::string& name : names) {
    EXPECT_TRUE(std::filesystem::exists(out / name)) << name;
    EXPECT_NE(demo.out.find(name), std::string::npos) << demo.out;
    if (name.ends_with(".pdf")) {
      auto pdf = kybersaa::base::read_file(out / name);
      ASSERT_TRUE(pdf);
      EXPECT_EQ(pdf->rfind("%PDF-", 0), 0U) << name;
    }
  }
}

// --- Warnings, the KEV catalog and status overrides ---

TEST_F(CliTest, WarningAddListRetireRoundTrip) {
  ASSERT_EQ(run("init --db " + db_).exit_code, 0);
  CliRun add = run("warning add --db " + db_ +
                   " --level red --field malware-vulnerabilities --field automation-iot"
                   " --title 'Kriittinen haavoittuvuus VPN-laitteissa'"
                   " --title-en 'Critical flaw in VPN appliances'"
                   " --issued 2026-10-05 --active-since 2026-10-01 --cve CVE-2026-10001");
  ASSERT_EQ(add.exit_code, 0) << add.err;
  EXPECT_EQ(add.out, "added warning 1/2026\n");
  CliRun second = run("warning add --db " + db_ +
                      " --level yellow --field scams-phishing --lang sv --title 'Nätfiske'"
                      " --issued 2026-10-20 --active-since 2026-10-20");
  ASSERT_EQ(second.exit_code, 0) << second.err;
  EXPECT_EQ(second.out, "added warning 2/2026\n");

  CliRun list = run("warning list --db " + db_ + " --month 2026-10");
  ASSERT_EQ(list.exit_code, 0) << list.err;
  EXPECT_NE(list.out.find("1/2026"), std::string::npos) << list.out;
  EXPECT_NE(list.out.find("[sv] Nätfiske"), std::string::npos) << list.out;
  EXPECT_NE(list.out.find("2 warnings in force in 2026-10"), std::string::npos) << list.out;
  CliRun json = run("warning list --db " + db_ + " --json");
  ASSERT_EQ(json.exit_code, 0) << json.err;
  EXPECT_NE(json.out.find("\"en\": \"Critical flaw in VPN appliances\""), std::string::npos)
      << json.out;

  CliRun retire = run("warning retire --db " + db_ + " 2/2026 --on 2026-11-01");
  ASSERT_EQ(retire.exit_code, 0) << retire.err;
  EXPECT_EQ(retire.out, "retired warning 2/2026 on 2026-11-01\n");
  CliRun november = run("warning list --db " + db_ + " --month 2026-11");
  EXPECT_NE(november.out.find("1 warning in force in 2026-11"), std::string::npos) << november.out;
  CliRun twice = run("warning retire --db " + db_ + " 2/2026 --on 2026-11-02");
  EXPECT_EQ(twice.exit_code, 5) << twice.err;
  EXPECT_NE(twice.err.find("retired on 2026-11-01 already"), std::string::npos) << twice.err;
  CliRun unknown = run("warning retire --db " + db_ + " 9/2026 --on 2026-11-02");
  EXPECT_EQ(unknown.exit_code, 4) << unknown.err;
  EXPECT_NE(unknown.err.find("no warning 9/2026"), std::string::npos) << unknown.err;
  CliRun early = run("warning retire --db " + db_ + " 1/2026 --on 2026-10-04");
  EXPECT_EQ(early.exit_code, 3) << early.err;
  EXPECT_NE(early.err.find("before its issue date 2026-10-05"), std::string::npos) << early.err;

  CliRun raise = run("warning update --db " + db_ + " 1/2026 --level yellow");
  ASSERT_EQ(raise.exit_code, 0) << raise.err;
  EXPECT_EQ(raise.out, "warning 1/2026 is now yellow\n");

  // The report shows them.
  CliRun report = run("report --db " + db_ + " --month 2026-10 --lang en --format md");
  ASSERT_EQ(report.exit_code, 0) << report.err;
  EXPECT_NE(report.out.find("### Warning 1/2026: Critical flaw in VPN appliances"),
            std::string::npos)
      << report.out;
  EXPECT_NE(report.out.find("Warning 2/2026: Nätfiske (only in sv)"), std::string::npos)
      << report.out;
}

TEST_F(CliTest, WarningAddRejectsBadInputWithClearErrors) {
  ASSERT_EQ(run("init --db " + db_).exit_code, 0);
  const std::string base = "warning add --db " + db_ + " --level red --title T ";
  struct Case {
    std::string args;
    int exit_code;
    const char* message;
  };
  const Case cases[] = {
      {"--field nowhere --issued 2026-10-05 --active-since 2026-10-01", 2, "not a field id"},
      {"--field network --issued 2026-02-30 --active-since 2026-02-01", 2, "not a date"},
      {"--field network --issued 2026-10-05 --active-since 2026-10-06", 3,
       "active since 2026-10-06 is after the issue date 2026-10-05"},
      {"--field network --issued 2026-10-05 --active-since 2026-10-01 --cve CVE-26-1", 2,
       "not a CVE id"},
      {"--field network --field network --issued 2026-10-05 --active-since 2026-10-01", 3,
       "given twice"},
      {"--field network --title-fi X --issued 2026-10-05 --active-since 2026-10-01", 3,
       "--title and --title-fi"},
  };
  for (const Case& c : cases) {
    CliRun r = run(base + c.args);
    EXPECT_EQ(r.exit_code, c.exit_code) << c.args << "\n" << r.err;
    EXPECT_NE(r.err.find(c.message), std::string::npos) << c.args << "\n" << r.err;
  }
  CliRun untitled = run("warning add --db " + db_ +
                        " --level red --field network --issued 2026-10-05 --active-since "
                        "2026-10-01");
  EXPECT_EQ(untitled.exit_code, 3);
  EXPECT_NE(untitled.err.find("needs a title"), std::string::npos) << untitled.err;
  CliRun level = run("warning add --db " + db_ +
                     " --level orange --field network --title T --issued 2026-10-05 "
                     "--active-since 2026-10-01");
  EXPECT_EQ(level.exit_code, 2);
  CliRun bad_number = run("warning retire --db " + db_ + " 03/2026 --on 2026-11-01");
  EXPECT_EQ(bad_number.exit_code, 2);
  EXPECT_NE(bad_number.err.find("not a warning number"), std::string::npos) << bad_number.err;
  // Nothing was stored, and no number was used up.
  CliRun list = run("warning list --db " + db_);
  EXPECT_NE(list.out.find("0 warnings"), std::string::npos) << list.out;
}

TEST_F(CliTest, AssessOverrideSetListClear) {
  ASSERT_EQ(run("init --db " + db_).exit_code, 0);
  CliRun set = run("assess override --db " + db_ +
                   " --month 2026-10 --field espionage --status serious"
                   " --reason 'Valtiollinen kampanja kuntia vastaan'");
  ASSERT_EQ(set.exit_code, 0) << set.err;
  EXPECT_EQ(set.out, "set espionage in 2026-10 to serious\n");
  CliRun list = run("assess overrides --db " + db_ + " --month 2026-10");
  ASSERT_EQ(list.exit_code, 0) << list.err;
  EXPECT_NE(list.out.find("Valtiollinen kampanja kuntia vastaan"), std::string::npos) << list.out;
  EXPECT_NE(list.out.find("1 override in 2026-10"), std::string::npos) << list.out;

  CliRun report = run("report --db " + db_ + " --month 2026-10 --lang en --format json");
  ASSERT_EQ(report.exit_code, 0) << report.err;
  EXPECT_NE(report.out.find("\"rules_status\": \"calm\""), std::string::npos) << report.out;
  EXPECT_NE(report.out.find("\"reason\": \"Valtiollinen kampanja kuntia vastaan\""),
            std::string::npos);

  CliRun no_reason = run("assess override --db " + db_ +
                         " --month 2026-10 --field network --status serious --reason ' '");
  EXPECT_EQ(no_reason.exit_code, 3);
  EXPECT_NE(no_reason.err.find("--reason is required"), std::string::npos) << no_reason.err;
  CliRun bad_status = run("assess override --db " + db_ +
                          " --month 2026-10 --field network --status stormy --reason x");
  EXPECT_EQ(bad_status.exit_code, 2);

  CliRun clear = run("assess override --clear --db " + db_ + " --month 2026-10 --field espionage");
  ASSERT_EQ(clear.exit_code, 0) << clear.err;
  EXPECT_EQ(clear.out, "cleared the override of espionage in 2026-10\n");
  CliRun again = run("assess override --clear --db " + db_ + " --month 2026-10 --field espionage");
  EXPECT_EQ(again.exit_code, 4) << again.err;
  EXPECT_NE(run("assess overrides --db " + db_ + " --month 2026-10").out.find("0 overrides"),
            std::string::npos);
}

TEST_F(CliTest, FeedImportStoresTheKevCatalogIdempotently) {
  ASSERT_EQ(run("init --db " + db_).exit_code, 0);
  const std::string kev =
      (kSourceDir / "tests/data/feed/kev/known_exploited_vulnerabilities.json").string();
  CliRun first = run("feed import --db " + db_ + " " + kev);
  ASSERT_EQ(first.exit_code, 0) << first.err;
  EXPECT_NE(first.err.find("kev: catalog 2026.03.21: 3 entries, 2 rejected; 3 added, 0 updated, "
                           "0 unchanged"),
            std::string::npos)
      << first.err;
  CliRun again = run("feed import --db " + db_ + " " + kev);
  ASSERT_EQ(again.exit_code, 0) << again.err;
  EXPECT_NE(again.err.find("0 added, 0 updated, 3 unchanged"), std::string::npos) << again.err;
  // Named explicitly, the same; a file that is not a catalog is a clear error.
  CliRun named = run("feed import --db " + db_ + " --format kev " + kev);
  EXPECT_EQ(named.exit_code, 0) << named.err;
  EXPECT_NE(named.err.find("3 unchanged"), std::string::npos) << named.err;
  const std::string csv = (kSourceDir / "tests/data/feed/scan_ftp.csv").string();
  CliRun wrong = run("feed import --db " + db_ + " --format kev " + csv);
  EXPECT_EQ(wrong.exit_code, 3) << wrong.err;
  EXPECT_NE(wrong.err.find("scan_ftp.csv"), std::string::npos) << wrong.err;
}

TEST_F(CliTest, DemoWithoutChromiumSkipsThePdfsAndSaysWhy) {
  const auto out = dir_ / "demo";
  CliRun demo = run("demo --months 13 --last-month 2026-10 --out " + out.string(),
                    "PATH=/nonexistent KYBERSAA_CHROMIUM= ");
  ASSERT_EQ(demo.exit_code, 0) << demo.err;
  EXPECT_TRUE(std::filesystem::exists(out / "kybersaa-2026-10.sv.html"));
  EXPECT_FALSE(std::filesystem::exists(out / "kybersaa-2026-10.sv.pdf"));
  EXPECT_NE(demo.err.find("kybersaa: warning: PDF reports skipped: PDF output needs Chromium "
                          "(apt-get install chromium)"),
            std::string::npos)
      << demo.err;
  CliRun named = run("demo --months 13 --out " + out.string() + " --chromium /nonexistent");
  EXPECT_EQ(named.exit_code, 3) << named.err;
  EXPECT_NE(named.err.find("--chromium /nonexistent: not an executable file"), std::string::npos)
      << named.err;
}

// A stand-in for Chromium that writes the page it is given as the "PDF".
std::string write_fake_chromium(const std::filesystem::path& dir) {
  const auto path = dir / "chromium";
  std::ofstream(path) << "#!/bin/sh\nout=''; url=''\nfor arg in \"$@\"; do case \"$arg\" in "
                         "--print-to-pdf=*) out=\"${arg#--print-to-pdf=}\" ;; file://*) "
                         "url=\"${arg#file://}\" ;; esac; done\n"
                         "{ printf '%%PDF-1.4\\n'; cat \"$url\"; } > \"$out\"\n";
  std::filesystem::permissions(path, std::filesystem::perms::owner_all);
  return path.string();
}

TEST_F(CliTest, ReportPdfNeedsChromiumAndSaysSo) {
  ASSERT_EQ(run("init --db " + db_).exit_code, 0);
  CliRun missing = run("report --db " + db_ + " --month 2026-10 --format pdf --out x.pdf",
                       "PATH=/nonexistent KYBERSAA_CHROMIUM= ");
  EXPECT_EQ(missing.exit_code, 7) << missing.err;
  EXPECT_NE(missing.err.find("PDF output needs Chromium (apt-get install chromium)"),
            std::string::npos)
      << missing.err;
  const auto out = dir_ / "r.pdf";
  CliRun printed = run("report --db " + db_ + " --month 2026-10 --format pdf --lang sv --out " +
                       out.string() + " --chromium " + write_fake_chromium(dir_));
  ASSERT_EQ(printed.exit_code, 0) << printed.err;
  auto pdf = kybersaa::base::read_file(out);
  ASSERT_TRUE(pdf);
  EXPECT_EQ(pdf->rfind("%PDF-1.4\n<!DOCTYPE html>", 0), 0U);
  EXPECT_NE(pdf->find("UTKAST"), std::string::npos);
}

TEST_F(CliTest, ReportLifecycleGoesForwardAndFreezesThePublishedReport) {
  ASSERT_EQ(run("init --db " + db_).exit_code, 0);
  ASSERT_EQ(run("ingest --db " + db_ + " " + (kSourceDir / "tests/data/ingest/good.jsonl").string())
                .exit_code,
            0);
  const std::string month = " --db " + db_ + " --month 2026-10";
  CliRun status = run("report status" + month);
  ASSERT_EQ(status.exit_code, 0) << status.err;
  EXPECT_EQ(status.out, "report 2026-10: draft, TLP:CLEAR\n");

  CliRun early = run("report publish" + month + " --chromium " + write_fake_chromium(dir_));
  EXPECT_EQ(early.exit_code, 5) << early.err;
  EXPECT_NE(early.err.find("review it first"), std::string::npos) << early.err;
  CliRun bad_tlp = run("report review" + month + " --tlp white");
  EXPECT_EQ(bad_tlp.exit_code, 2) << bad_tlp.err;

  CliRun review = run("report review" + month + " --tlp green");
  ASSERT_EQ(review.exit_code, 0) << review.err;
  EXPECT_EQ(review.out.rfind("report 2026-10: reviewed, TLP:GREEN\nreviewed:  2026-", 0), 0U)
      << review.out;
  CliRun reviewed = run("report" + month + " --lang en --format md");
  EXPECT_NE(reviewed.out.find("**TLP:GREEN** · **REVIEWED – not yet published**"),
            std::string::npos)
      << reviewed.out.substr(0, 200);

  CliRun publish = run("report publish" + month + " --chromium " + write_fake_chromium(dir_));
  ASSERT_EQ(publish.exit_code, 0) << publish.err;
  EXPECT_NE(publish.out.find("report 2026-10: published, TLP:GREEN"), std::string::npos);
  EXPECT_NE(publish.out.find("  sv.pdf  "), std::string::npos) << publish.out;

  const auto first = dir_ / "first.html";
  CliRun frozen = run("report" + month + " --lang fi --out " + first.string());
  ASSERT_EQ(frozen.exit_code, 0) << frozen.err;
  EXPECT_NE(frozen.err.find("the report for 2026-10 was published at 2026-"), std::string::npos)
      << frozen.err;
  // New incidents of the month arrive; the published report stays as it was.
  const auto more = dir_ / "more.jsonl";
  auto good = kybersaa::base::read_file(kSourceDir / "tests/data/ingest/good.jsonl");
  ASSERT_TRUE(good);
  std::string changed = *good;
  for (std::size_t at = 0; (at = changed.find("\"title\":\"", at)) != std::string::npos;) {
    at += 9;
    changed.insert(at, "Uusi: ");
  }
  ASSERT_TRUE(kybersaa::base::write_file_atomically(more, changed));
  CliRun ingest = run("ingest --db " + db_ + " " + more.string());
  ASSERT_EQ(ingest.exit_code, 0) << ingest.err;
  EXPECT_EQ(ingest.out.find(" 0 new"), std::string::npos) << ingest.out;
  const auto second = dir_ / "second.html";
  ASSERT_EQ(run("report" + month + " --lang fi --out " + second.string()).exit_code, 0);
  EXPECT_EQ(kybersaa::base::read_file(first).value(), kybersaa::base::read_file(second).value());

  // The published PDF is stored: writing it needs no Chromium.
  const auto pdf = dir_ / "published.sv.pdf";
  CliRun stored_pdf = run("report" + month + " --lang sv --format pdf --out " + pdf.string(),
                          "PATH=/nonexistent KYBERSAA_CHROMIUM= ");
  ASSERT_EQ(stored_pdf.exit_code, 0) << stored_pdf.err;
  EXPECT_EQ(kybersaa::base::read_file(pdf).value().rfind("%PDF-1.4\n<!DOCTYPE html>", 0), 0U);

  CliRun back = run("report review" + month);
  EXPECT_EQ(back.exit_code, 5) << back.err;
  EXPECT_NE(back.err.find("is published; only a draft report can be reviewed"), std::string::npos)
      << back.err;
  CliRun no_month = run("report --db " + db_);
  EXPECT_EQ(no_month.exit_code, 2) << no_month.err;
  EXPECT_NE(no_month.err.find("--month"), std::string::npos) << no_month.err;
}

// --- Report content -----------------------------------------------------------

TEST_F(CliTest, ContentCommandsHaveHelp) {
  for (const char* sub :
       {"content ", "content import ", "item ", "item list ", "item edit ", "item approve "}) {
    const CliRun r = run(std::string(sub) + "--help");
    EXPECT_EQ(r.exit_code, 0) << sub;
    EXPECT_NE(r.out.find("Usage"), std::string::npos) << sub << r.out;
  }
}

TEST_F(CliTest, ContentImportListEditApproveAndReport) {
  ASSERT_EQ(run("init --db " + db_).exit_code, 0);
  const std::string example = (kSourceDir / "docs/examples/content.toml").string();
  const CliRun first = run("content import --db " + db_ + " " + example);
  ASSERT_EQ(first.exit_code, 0) << first.err;
  EXPECT_NE(first.out.find("items 2 new, 0 updated, 0 unchanged; sections 3 replaced"),
            std::string::npos)
      << first.out;
  const CliRun again = run("content import --db " + db_ + " " + example);
  EXPECT_NE(again.out.find("items 0 new, 0 updated, 2 unchanged; sections 0 replaced, 3 "
                           "unchanged"),
            std::string::npos)
      << again.out;

  const CliRun list = run("item list --db " + db_ + " --month 2026-10");
  ASSERT_EQ(list.exit_code, 0) << list.err;
  EXPECT_NE(list.out.find("2026-10-router-botnet"), std::string::npos) << list.out;
  EXPECT_NE(list.out.find("2 items"), std::string::npos) << list.out;

  std::ofstream(dir_ / "analysis.txt") << "Update the firmware and change the password.\n";
  const CliRun edit = run("item edit --db " + db_ +
                          " 2026-10-router-botnet --lang en --title 'Home routers in a botnet' "
                          "--bullet 'About 150 routers' --bullet 'Seen in feeds' "
                          "--analysis-file " +
                          (dir_ / "analysis.txt").string() + " --headline 'Routers hijacked'");
  ASSERT_EQ(edit.exit_code, 0) << edit.err;
  EXPECT_NE(edit.out.find("status draft"), std::string::npos) << edit.out;
  const CliRun approve = run("item approve --db " + db_ + " 2026-10-router-botnet");
  ASSERT_EQ(approve.exit_code, 0) << approve.err;

  const CliRun json = run("item list --db " + db_ + " --month 2026-10 --json");
  ASSERT_EQ(json.exit_code, 0) << json.err;
  EXPECT_NE(json.out.find("\"analysis\": \"Update the firmware and change the password.\""),
            std::string::npos)
      << json.out;
  EXPECT_EQ(json.out.find("\"status\": \"draft\""), std::string::npos) << json.out;

  const CliRun report = run("report --db " + db_ + " --month 2026-10 --lang en --format md");
  ASSERT_EQ(report.exit_code, 0) << report.err;
  EXPECT_NE(report.out.find("#### Home routers in a botnet"), std::string::npos) << report.out;
  EXPECT_NE(report.out.find("  - Routers hijacked\n"), std::string::npos) << report.out;
  EXPECT_NE(report.out.find("## Top 5 long-term threats"), std::string::npos);
  const CliRun fi = run("report --db " + db_ + " --month 2026-10 --lang fi --format md");
  ASSERT_EQ(fi.exit_code, 0) << fi.err;
  // The second threat is written in English only.
  EXPECT_NE(fi.out.find("### 2. Phishing for credentials *\\[englanniksi\\]*"), std::string::npos)
      << fi.out;
}

TEST_F(CliTest, ContentErrorsNameThePlaceAndTheExitCodeSaysWhy) {
  ASSERT_EQ(run("init --db " + db_).exit_code, 0);
  std::ofstream(dir_ / "bad.toml") << "format = 1\nmonth = \"2026-10\"\n[[item]]\nid = \"x\"\n"
                                      "field = \"weather\"\n";
  const CliRun bad = run("content import --db " + db_ + " " + (dir_ / "bad.toml").string());
  EXPECT_EQ(bad.exit_code, 3);
  EXPECT_NE(bad.err.find("bad.toml:5:9: field: unknown field id"), std::string::npos) << bad.err;
  const CliRun missing = run("item approve --db " + db_ + " nothing");
  EXPECT_EQ(missing.exit_code, 4);
  EXPECT_NE(missing.err.find("no item with id nothing"), std::string::npos) << missing.err;
  const CliRun both = run("item edit --db " + db_ + " x --lang fi --analysis a --analysis-file f");
  EXPECT_EQ(both.exit_code, 2) << both.err;
  const CliRun language = run("item edit --db " + db_ + " x --lang de");
  EXPECT_EQ(language.exit_code, 2) << language.err;
}

}  // namespace
