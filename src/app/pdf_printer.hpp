#pragma once
// PDF output: the report's HTML page printed by Chromium in headless mode.
// Printing runs an external program, so it lives here in app, not in the
// pure report/ module.
//
// Reproducible PDFs: Chromium (Skia) stamps /CreationDate and /ModDate with
// the time of printing; everything else it writes depends only on the page,
// the fonts and the Chromium version. print() replaces both dates with a
// fixed instant derived from the report month — midnight UTC on the first
// day of the following month, when the month's report is due — keeping every
// byte length, so the cross-reference offsets stay valid. The same HTML,
// fonts and Chromium then give the same PDF, byte for byte.

#include <chrono>
#include <filesystem>
#include <string>
#include <string_view>

#include "base/result.hpp"
#include "model/year_month.hpp"

namespace kybersaa::app {

// Where to look for Chromium, in order: an explicit path (the --chromium
// option), the KYBERSAA_CHROMIUM environment variable, then the directories
// of `search_path` (a PATH-style list) for "chromium" or "chromium-browser".
// Empty members are skipped. The caller reads the environment, so tests can
// say exactly what is set.
struct ChromiumSearch {
  std::string explicit_path;  // --chromium PATH
  std::string env_path;       // $KYBERSAA_CHROMIUM
  std::string search_path;    // $PATH
};

// The message of the error find_chromium() returns when Chromium is absent.
inline constexpr std::string_view kChromiumMissing =
    "PDF output needs Chromium (apt-get install chromium), or its path in --chromium PATH or "
    "KYBERSAA_CHROMIUM";

// Returns the Chromium executable `search` names or finds. Fails with
// kInvalidInput when an explicit or environment path is not an executable
// file (naming the option or variable), kUnavailable (kChromiumMissing) when
// none is found on the search path.
[[nodiscard]] base::Result<std::filesystem::path> find_chromium(const ChromiumSearch& search);

// Returns the PDF date ("D:20261101000000+00'00'") print() writes for a
// report of `month`: midnight UTC on the first day of the next month.
std::string pdf_date_for_month(model::YearMonth month);

// Replaces the values of every /CreationDate and /ModDate in `pdf` with
// `pdf_date` (a PDF date of the form D:YYYYMMDDHHmmSS+HH'mm', 23 bytes), in
// place and length for length, so object offsets and the xref table stay
// valid. A date of the short form D:YYYYMMDDHHmmSSZ gets the same instant in
// that form. Fails with kInvalidInput when a date is not a literal string of
// one of those two forms, or when `pdf` does not start with "%PDF-".
[[nodiscard]] base::Result<std::string> normalize_pdf_dates(std::string pdf,
                                                            std::string_view pdf_date);

// Prints HTML pages to PDF with one Chromium executable. Each print() runs
// Chromium once, in a temporary directory of its own (page, profile and
// output) that is removed afterwards, without a shell, in its own process
// group, killed with the group when it overruns the timeout. Thread-safe:
// print() keeps no state between calls.
class PdfPrinter {
 public:
  // Generous: a month listing 6 000 incidents prints 268 pages in 25 to 75 s
  // on a busy 2-core machine (docs/benchmarks.md).
  static constexpr std::chrono::milliseconds kDefaultTimeout{300'000};

  explicit PdfPrinter(std::filesystem::path chromium,
                      std::chrono::milliseconds timeout = kDefaultTimeout)
      : chromium_(std::move(chromium)), timeout_(timeout) {}

  // Returns `html` (a self-contained page) printed on A4 as the style sheet's
  // print rules lay it out, its dates fixed for `month` (see
  // normalize_pdf_dates). Fails with kUnavailable when Chromium cannot be
  // started, fails (its last message quoted), overruns the timeout or writes
  // no PDF.
  [[nodiscard]] base::Result<std::string> print(std::string_view html,
                                                model::YearMonth month) const;

  const std::filesystem::path& chromium() const { return chromium_; }

 private:
  std::filesystem::path chromium_;
  std::chrono::milliseconds timeout_;
};

}  // namespace kybersaa::app
