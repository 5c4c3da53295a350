#include "app/pdf_printer.hpp"

#include <fcntl.h>
#include <fmt/format.h>
#include <signal.h>
#include <spawn.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cctype>
#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <system_error>
#include <thread>
#include <vector>

#include "base/file.hpp"

extern char** environ;

namespace kybersaa::app {
namespace {

using base::ErrorCode;
using base::fail;

// The longest Chromium log line quoted in an error.
constexpr std::size_t kMaxQuotedLog = 300;
// How often a running Chromium is checked for having finished.
constexpr std::chrono::milliseconds kPollInterval{20};
// The largest PDF read back: far above a month's report.
constexpr std::size_t kMaxPdfBytes = std::size_t{256} << 20;

bool is_executable_file(const std::filesystem::path& path) {
  std::error_code ec;
  return std::filesystem::is_regular_file(path, ec) && ::access(path.c_str(), X_OK) == 0;
}

bool is_pdf_date(std::string_view value) {
  // D:YYYYMMDDHHmmSS followed by Z, or by +HH'mm' / -HH'mm'.
  if (value.size() != 17 && value.size() != 23) return false;
  if (value.substr(0, 2) != "D:") return false;
  for (std::size_t i = 2; i < 16; ++i) {
    if (std::isdigit(static_cast<unsigned char>(value[i])) == 0) return false;
  }
  if (value.size() == 17) return value[16] == 'Z';
  return (value[16] == '+' || value[16] == '-') && value[19] == '\'' && value[22] == '\'';
}

// A directory of its own under the system's temporary directory, removed
// with everything in it when the guard goes.
class TempDir {
 public:
  static base::Result<TempDir> create() {
    std::error_code ec;
    std::string pattern =
        (std::filesystem::temp_directory_path(ec) / "kybersaa-pdf-XXXXXX").string();
    if (ec || ::mkdtemp(pattern.data()) == nullptr) {
      return fail(ErrorCode::kUnavailable, "cannot create a temporary directory for printing: " +
                                               std::string(std::strerror(errno)));
    }
    return TempDir(pattern);
  }
  TempDir(TempDir&& other) noexcept : path_(std::move(other.path_)) { other.path_.clear(); }
  TempDir& operator=(TempDir&&) = delete;
  ~TempDir() {
    if (path_.empty()) return;
    std::error_code ec;
    std::filesystem::remove_all(path_, ec);
  }
  const std::filesystem::path& path() const { return path_; }

 private:
  explicit TempDir(std::filesystem::path path) : path_(std::move(path)) {}
  std::filesystem::path path_;
};

// Returns `path` as a file:// URL, percent-encoding everything but
// unreserved characters and slashes.
std::string file_url(const std::filesystem::path& path) {
  std::string url = "file://";
  for (const unsigned char c : path.string()) {
    if (std::isalnum(c) != 0 || c == '/' || c == '-' || c == '_' || c == '.' || c == '~') {
      url += static_cast<char>(c);
    } else {
      url += fmt::format("%{:02X}", c);
    }
  }
  return url;
}

// Returns the last non-empty line of Chromium's log, shortened, or "".
std::string last_log_line(const std::filesystem::path& log) {
  auto text = base::read_file(log, std::size_t{16} << 20);
  if (!text) return "";
  std::string_view rest = *text;
  while (!rest.empty() && (rest.back() == '\n' || rest.back() == '\r')) rest.remove_suffix(1);
  const std::size_t start = rest.rfind('\n');
  std::string_view line = start == std::string_view::npos ? rest : rest.substr(start + 1);
  if (line.size() > kMaxQuotedLog) line = line.substr(0, kMaxQuotedLog);
  return std::string(line);
}

// Runs `argv` with standard output and error appended to `log`, in a process
// group of its own; kills the group when it outlives `timeout`. Returns the
// exit status as waitpid() reports it.
base::Result<int> run_with_timeout(const std::vector<std::string>& argv,
                                   const std::filesystem::path& log,
                                   std::chrono::milliseconds timeout) {
  posix_spawn_file_actions_t actions;
  posix_spawnattr_t attributes;
  posix_spawn_file_actions_init(&actions);
  posix_spawnattr_init(&attributes);
  posix_spawn_file_actions_addopen(&actions, STDIN_FILENO, "/dev/null", O_RDONLY, 0);
  posix_spawn_file_actions_addopen(&actions, STDOUT_FILENO, log.c_str(),
                                   O_WRONLY | O_CREAT | O_APPEND, 0600);
  posix_spawn_file_actions_adddup2(&actions, STDOUT_FILENO, STDERR_FILENO);
  // Its own process group, so that a timeout kills Chromium's helpers too.
  posix_spawnattr_setpgroup(&attributes, 0);
  posix_spawnattr_setflags(&attributes, POSIX_SPAWN_SETPGROUP);

  std::vector<char*> args;
  args.reserve(argv.size() + 1);
  for (const std::string& arg : argv) args.push_back(const_cast<char*>(arg.c_str()));
  args.push_back(nullptr);
  pid_t pid = 0;
  const int spawned =
      ::posix_spawn(&pid, argv.front().c_str(), &actions, &attributes, args.data(), environ);
  posix_spawn_file_actions_destroy(&actions);
  posix_spawnattr_destroy(&attributes);
  if (spawned != 0) {
    return fail(ErrorCode::kUnavailable,
                argv.front() + ": cannot start Chromium: " + std::strerror(spawned));
  }

  const auto deadline = std::chrono::steady_clock::now() + timeout;
  int status = 0;
  while (true) {
    const pid_t done = ::waitpid(pid, &status, WNOHANG);
    if (done == pid) return status;
    if (done < 0 && errno != EINTR) {
      return fail(ErrorCode::kInternal,
                  std::string("waiting for Chromium failed: ") + std::strerror(errno));
    }
    if (std::chrono::steady_clock::now() >= deadline) {
      ::kill(-pid, SIGKILL);
      while (::waitpid(pid, &status, 0) < 0 && errno == EINTR) {
      }
      return fail(ErrorCode::kUnavailable,
                  fmt::format("{}: Chromium did not finish printing within {} s; it was stopped",
                              argv.front(), timeout.count() / 1000.0));
    }
    std::this_thread::sleep_for(kPollInterval);
  }
}

}  // namespace

base::Result<std::filesystem::path> find_chromium(const ChromiumSearch& search) {
  if (!search.explicit_path.empty()) {
    if (!is_executable_file(search.explicit_path)) {
      return fail(ErrorCode::kInvalidInput,
                  "--chromium " + search.explicit_path + ": not an executable file");
    }
    return std::filesystem::path(search.explicit_path);
  }
  if (!search.env_path.empty()) {
    if (!is_executable_file(search.env_path)) {
      return fail(ErrorCode::kInvalidInput,
                  "KYBERSAA_CHROMIUM=" + search.env_path + ": not an executable file");
    }
    return std::filesystem::path(search.env_path);
  }
  std::string_view rest = search.search_path;
  while (!rest.empty()) {
    const std::size_t colon = rest.find(':');
    const std::string_view directory = rest.substr(0, colon);
    rest = colon == std::string_view::npos ? std::string_view() : rest.substr(colon + 1);
    if (directory.empty()) continue;
    for (const char* name : {"chromium", "chromium-browser"}) {
      const std::filesystem::path candidate = std::filesystem::path(directory) / name;
      if (is_executable_file(candidate)) return candidate;
    }
  }
  return fail(ErrorCode::kUnavailable, std::string(kChromiumMissing));
}

std::string pdf_date_for_month(model::YearMonth month) {
  const model::YearMonth next = month.plus_months(1);
  return fmt::format("D:{:04}{:02}01000000+00'00'", next.year, next.month);
}

base::Result<std::string> normalize_pdf_dates(std::string pdf, std::string_view pdf_date) {
  if (pdf.rfind("%PDF-", 0) != 0) {
    return fail(ErrorCode::kInvalidInput, "not a PDF: it does not start with %PDF-");
  }
  if (!is_pdf_date(pdf_date) || pdf_date.size() != 23) {
    return fail(ErrorCode::kInternal, "not a long-form PDF date: " + std::string(pdf_date));
  }
  // The same instant in the short form, for a PDF that writes dates that way.
  const std::string short_date = std::string(pdf_date.substr(0, 16)) + "Z";
  for (const std::string_view key : {"/CreationDate", "/ModDate"}) {
    std::size_t at = 0;
    while ((at = pdf.find(key, at)) != std::string::npos) {
      std::size_t open = at + key.size();
      while (open < pdf.size() && (pdf[open] == ' ' || pdf[open] == '\n' || pdf[open] == '\r')) {
        ++open;
      }
      const std::size_t close =
          open < pdf.size() && pdf[open] == '(' ? pdf.find(')', open) : std::string::npos;
      if (close == std::string::npos) {
        return fail(ErrorCode::kInvalidInput,
                    fmt::format("PDF byte {}: {} is not followed by a literal date string", at,
                                key.substr(1)));
      }
      const std::string_view value = std::string_view(pdf).substr(open + 1, close - open - 1);
      if (!is_pdf_date(value)) {
        return fail(ErrorCode::kInvalidInput,
                    fmt::format("PDF byte {}: {} ({}) is not a date of the form "
                                "D:YYYYMMDDHHmmSS+HH'mm' or D:YYYYMMDDHHmmSSZ",
                                at, key.substr(1), value));
      }
      const std::string_view fixed = value.size() == pdf_date.size() ? pdf_date : short_date;
      pdf.replace(open + 1, fixed.size(), fixed);
      at = close;
    }
  }
  return pdf;
}

base::Result<std::string> PdfPrinter::print(std::string_view html, model::YearMonth month) const {
  auto dir = TempDir::create();
  if (!dir) return tl::unexpected(dir.error());
  const std::filesystem::path page = dir->path() / "report.html";
  const std::filesystem::path pdf = dir->path() / "report.pdf";
  const std::filesystem::path log = dir->path() / "chromium.log";
  if (auto written = base::write_file_atomically(page, html); !written) {
    return tl::unexpected(written.error());
  }
  // --no-sandbox: Chromium refuses to run as root with its sandbox, and the
  // sandbox needs user namespaces that containers often lack. The page is our
  // own escaped, self-contained HTML, loaded from a file with no network.
  const std::vector<std::string> argv = {
      chromium_.string(),
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--no-first-run",
      "--no-default-browser-check",
      "--disable-extensions",
      "--disable-background-networking",
      "--disable-sync",
      "--disable-crash-reporter",
      "--no-pdf-header-footer",
      "--user-data-dir=" + (dir->path() / "profile").string(),
      "--print-to-pdf=" + pdf.string(),
      file_url(page),
  };
  auto status = run_with_timeout(argv, log, timeout_);
  if (!status) return tl::unexpected(status.error());
  if (!WIFEXITED(*status) || WEXITSTATUS(*status) != 0) {
    const std::string how = WIFEXITED(*status)
                                ? fmt::format("exited with status {}", WEXITSTATUS(*status))
                                : fmt::format("was killed by signal {}", WTERMSIG(*status));
    const std::string last = last_log_line(log);
    return fail(ErrorCode::kUnavailable, chromium_.string() + ": Chromium " + how +
                                             " while printing the report" +
                                             (last.empty() ? "" : ": " + last));
  }
  auto bytes = base::read_file(pdf, kMaxPdfBytes);
  if (!bytes || bytes->empty()) {
    const std::string last = last_log_line(log);
    return fail(ErrorCode::kUnavailable,
                chromium_.string() + ": Chromium wrote no PDF" + (last.empty() ? "" : ": " + last));
  }
  auto normalized = normalize_pdf_dates(std::move(*bytes), pdf_date_for_month(month));
  if (!normalized) {
    return base::with_context(normalized.error(), chromium_.string() + ": printed report");
  }
  return normalized;
}

}  // namespace kybersaa::app
