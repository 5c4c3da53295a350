#include "app/demo.hpp"

#include <fmt/format.h>

#include <system_error>

#include "app/content_import.hpp"
#include "app/demo_feeds.hpp"
#include "app/ingest_files.hpp"
#include "app/kev_import.hpp"
#include "app/report_job.hpp"
#include "base/file.hpp"
#include "model/calendar.hpp"
#include "report/render.hpp"
#include "sample/notification_generator.hpp"
#include "store/open_store.hpp"

namespace kybersaa::app {

// Generated from src/sample/content/demo-*.toml (report content).
std::string_view demo_content_month_toml();
std::string_view demo_content_previous_toml();

using base::ErrorCode;
using base::fail;

namespace {

// --- Warnings in the demo ---

// Registers two sample warnings, so that the demo report shows its warnings
// section: a yellow phishing warning issued the month before and retired in
// the middle of `month` (grey), and a red one about a vulnerability issued
// in `month`, in force, which makes its fields serious.
base::Status add_demo_warnings(store::Store& store, model::YearMonth month) {
  const model::YearMonth before = month.plus_months(-1);
  model::Warning phishing;
  phishing.level = model::WarningLevel::kYellow;
  phishing.fields = {model::Field::kScamsPhishing};
  phishing.titles = {"Tekstiviestihuijaus pakettitoimituksen nimissä",
                     "Sms-bedrägeri i paketleveransens namn",
                     "SMS scam in the name of a parcel delivery"};
  phishing.active_since = {before.year, before.month, 8};
  phishing.issued = {before.year, before.month, 10};
  model::Warning flaw;
  flaw.level = model::WarningLevel::kRed;
  flaw.fields = {model::Field::kMalwareVulnerabilities, model::Field::kAutomationIot};
  flaw.titles = {"Kriittinen haavoittuvuus etähallittavissa reitittimissä", "",
                 "Critical flaw in remotely managed routers"};
  flaw.active_since = {month.year, month.month, 1};
  flaw.issued = {month.year, month.month, 3};
  flaw.cves = {"CVE-2026-10001"};
  auto first = store.add_warning(phishing);
  if (!first) return tl::unexpected(first.error());
  if (auto status = store.retire_warning(*first, {month.year, month.month, 15}); !status) {
    return status;
  }
  auto second = store.add_warning(flaw);
  if (!second) return tl::unexpected(second.error());
  return {};
}

// A small CISA KEV catalog in the catalog's own format, written into the
// sample folder and imported as `kybersaa feed import` would: it lists the
// red warning's CVE (added to the catalog the day before the warning), so
// the report marks it known exploited, and one CVE no warning names.
base::Result<std::filesystem::path> import_demo_kev(store::Store& store,
                                                    const std::filesystem::path& dir,
                                                    model::YearMonth month) {
  const std::string added = model::CalendarDate{month.year, month.month, 2}.to_string();
  const std::string text = fmt::format(
      R"json({{
  "title": "CISA Catalog of Known Exploited Vulnerabilities (Kybersää demo sample)",
  "catalogVersion": "{0}.{1:02}.02",
  "dateReleased": "{2}T12:00:00.000Z",
  "count": 2,
  "vulnerabilities": [
    {{
      "cveID": "CVE-2026-10001",
      "vendorProject": "Example Oy",
      "product": "Example Router Manager",
      "vulnerabilityName": "Example Router Manager Authentication Bypass Vulnerability",
      "dateAdded": "{2}",
      "shortDescription": "Example Router Manager lets an unauthenticated attacker take over a managed router.",
      "requiredAction": "Apply mitigations per vendor instructions.",
      "dueDate": "{2}",
      "knownRansomwareCampaignUse": "Known",
      "notes": "",
      "cwes": ["CWE-287"]
    }},
    {{
      "cveID": "CVE-2025-20002",
      "vendorProject": "Sample",
      "product": "Mail Relay",
      "vulnerabilityName": "Sample Mail Relay Command Injection Vulnerability",
      "dateAdded": "{2}",
      "shortDescription": "Sample Mail Relay contains a command injection vulnerability.",
      "requiredAction": "Apply updates per vendor instructions.",
      "dueDate": "{2}",
      "knownRansomwareCampaignUse": "Unknown",
      "notes": "",
      "cwes": ["CWE-78"]
    }}
  ]
}}
)json",
      month.year, month.month, added);
  const auto path = dir / "known_exploited_vulnerabilities.json";
  if (auto status = base::write_file_atomically(path, text); !status) {
    return tl::unexpected(status.error());
  }
  std::string rejection;
  auto imported = import_kev_catalog(store, path, [&rejection](const base::Error& error) {
    if (rejection.empty()) rejection = error.message;
  });
  if (!imported) return tl::unexpected(imported.error());
  if (!rejection.empty()) return fail(ErrorCode::kInternal, "demo KEV catalog: " + rejection);
  return path;
}

}  // namespace

base::Result<DemoResult> run_demo(const DemoOptions& options, const base::Clock& clock,
                                  const std::function<void(std::string_view)>& progress) {
  if (options.months < 1 || options.months > 1200) {
    return fail(ErrorCode::kInvalidInput, "--months must be between 1 and 1200");
  }
  DemoResult result;
  result.month =
      options.last_month.value_or(model::helsinki_month(clock.now_unix_seconds()).plus_months(-1));
  const model::YearMonth first = result.month.plus_months(1 - options.months);

  std::error_code ec;
  const auto sample_dir = options.out_dir / "sample";
  std::filesystem::create_directories(sample_dir, ec);
  if (ec) {
    return fail(ErrorCode::kUnavailable,
                sample_dir.string() + ": cannot create directory: " + ec.message());
  }
  // A fresh store each run: the demo must not depend on what an earlier run left.
  result.store = options.out_dir / "kybersaa-demo.db";
  for (const char* suffix : {"", "-wal", "-shm"}) {
    std::filesystem::remove(result.store.string() + suffix, ec);
  }
  auto store = store::open_store(result.store.string(), store::OpenMode::kCreateOrMigrate);
  if (!store) return tl::unexpected(store.error());

  sample::GeneratorOptions generator;
  generator.seed = options.seed;
  generator.first = first;
  generator.months = options.months;
  // A phishing campaign in the latest month, so the demo report shows how a
  // field that surges above its baseline is assessed.
  generator.campaigns = {{result.month, model::Field::kScamsPhishing}};
  progress("generating " + std::to_string(options.months) + " months of sample notifications (" +
           first.to_string() + " to " + result.month.to_string() + ")");
  for (int i = 0; i < options.months; ++i) {
    const model::YearMonth month = first.plus_months(i);
    const std::string lines = sample::generate_month(generator, month);
    const auto path = sample_dir / ("notifications-" + month.to_string() + ".jsonl");
    if (auto status = base::write_file_atomically(path, lines); !status) {
      return tl::unexpected(status.error());
    }
    auto ingested = ingest_file(**store, path);
    if (!ingested) return tl::unexpected(ingested.error());
    result.incidents += ingested->receipt.inserted;
    result.sample_files.push_back(path);
  }
  progress("ingested " + std::to_string(result.incidents) + " notifications into " +
           result.store.string());
  if (auto status = add_demo_warnings(**store, result.month); !status) {
    return tl::unexpected(status.error());
  }
  auto kev = import_demo_kev(**store, sample_dir, result.month);
  if (!kev) return tl::unexpected(kev.error());
  result.sample_files.push_back(*kev);

  // Report content: the project's sample items, top-5 (with the month
  // before, so trends show) and developments, imported like an analyst's file.
  for (const auto& [month, text] :
       {std::pair{result.month.plus_months(-1), demo_content_previous_toml()},
        std::pair{result.month, demo_content_month_toml()}}) {
    std::string toml(text);
    const std::string placeholder = "@MONTH@";
    for (auto at = toml.find(placeholder); at != std::string::npos; at = toml.find(placeholder)) {
      toml.replace(at, placeholder.size(), month.to_string());
    }
    const auto path = sample_dir / ("content-" + month.to_string() + ".toml");
    if (auto status = base::write_file_atomically(path, toml); !status) {
      return tl::unexpected(status.error());
    }
    if (auto imported = import_content_file(**store, path); !imported) {
      return tl::unexpected(imported.error());
    }
    result.sample_files.push_back(path);
  }
  progress("imported the sample report content");

  // Machine feeds: generated Shadowserver and Feodo Tracker files for the
  // same months, imported for the demo constituency.
  auto feeds = import_demo_feeds(**store, sample_dir, first, options.months, options.seed,
                                 clock.now_unix_seconds());
  if (!feeds) return tl::unexpected(feeds.error());
  result.sample_files.insert(result.sample_files.end(), feeds->files.begin(), feeds->files.end());
  progress("imported " + std::to_string(feeds->files.size() - 2) + " feed files (" +
           std::to_string(feeds->counted) + " constituency events)");

  auto report = load_monthly_report(**store, result.month);
  if (!report) return tl::unexpected(report.error());
  // Every language in HTML, JSON and Markdown, then PDF when Chromium is there.
  std::vector<report::Format> formats = {report::Format::kHtml, report::Format::kJson,
                                         report::Format::kMarkdown};
  if (options.pdf_printer) {
    formats.push_back(report::Format::kPdf);
  } else {
    result.pdf_skipped =
        options.pdf_unavailable.empty() ? std::string(kChromiumMissing) : options.pdf_unavailable;
  }
  const PdfPrinter* printer = options.pdf_printer ? &*options.pdf_printer : nullptr;
  for (model::Language language : model::kAllLanguages) {
    for (report::Format format : formats) {
      const auto path = options.out_dir / report_file_name(result.month, language, format);
      if (format == report::Format::kPdf) progress("printing " + path.string() + " with Chromium");
      if (auto status = write_report(*report, language, format, path, printer); !status) {
        return tl::unexpected(status.error());
      }
      result.reports.push_back(path);
    }
  }
  return result;
}

}  // namespace kybersaa::app
