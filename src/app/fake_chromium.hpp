#pragma once
// Test support: stand-ins for Chromium, as executable shell scripts, so that
// printing, the demo's PDFs and publishing are tested without Chromium.

#include <gtest/gtest.h>
#include <sys/stat.h>

#include <filesystem>
#include <string>

#include "base/file.hpp"

namespace kybersaa::app::testing {

// Writes an executable shell script `name` with `body` in `dir`; returns its path.
inline std::filesystem::path write_script(const std::filesystem::path& dir, const std::string& name,
                                          const std::string& body) {
  const auto path = dir / name;
  EXPECT_TRUE(base::write_file_atomically(path, "#!/bin/sh\n" + body));
  ::chmod(path.c_str(), 0755);
  return path;
}

// A Chromium that writes, where --print-to-pdf says, a PDF stamped with the
// current time and holding the page it was given (from its file:// URL).
inline constexpr const char* kFakeChromium = R"sh(out=""; url=""
for arg in "$@"; do
  case "$arg" in
    --print-to-pdf=*) out="${arg#--print-to-pdf=}" ;;
    file://*) url="${arg#file://}" ;;
  esac
done
{ printf '%%PDF-1.4\n<</CreationDate (D:%s+00'"'"'00'"'"')>>\n' "$(date +%Y%m%d%H%M%S)"; cat "$url"; } > "$out"
)sh";

// Writes kFakeChromium as `dir`/chromium and returns its path.
inline std::filesystem::path write_fake_chromium(const std::filesystem::path& dir) {
  return write_script(dir, "chromium", kFakeChromium);
}

}  // namespace kybersaa::app::testing
