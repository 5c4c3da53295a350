#include "report/escape.hpp"

#include "base/utf8.hpp"

namespace kybersaa::report {
namespace {

constexpr std::string_view kReplacementCharacter = "\uFFFD";

bool is_control(char c) {
  const auto byte = static_cast<unsigned char>(c);
  return byte < 0x20 || byte == 0x7F;
}

}  // namespace

std::string sanitize_utf8(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  while (!text.empty()) {
    const auto bad = base::find_invalid_utf8(text);
    if (!bad) {
      out.append(text);
      break;
    }
    out.append(text.substr(0, *bad));
    out.append(kReplacementCharacter);
    text.remove_prefix(*bad + 1);
  }
  // C1 controls (U+0080..U+009F) are valid UTF-8 but no text: replace them too.
  for (std::size_t pos = out.find('\xC2'); pos != std::string::npos; pos = out.find('\xC2', pos)) {
    const auto next = pos + 1 < out.size() ? static_cast<unsigned char>(out[pos + 1]) : 0;
    if (next >= 0x80 && next <= 0x9F) {
      out.replace(pos, 2, kReplacementCharacter);
      pos += kReplacementCharacter.size();
    } else {
      ++pos;
    }
  }
  return out;
}

std::string html_escape(std::string_view text) {
  const std::string clean = sanitize_utf8(text);
  std::string out;
  out.reserve(clean.size() + clean.size() / 8);
  for (char c : clean) {
    switch (c) {
      case '&':
        out += "&amp;";
        break;
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      case '"':
        out += "&quot;";
        break;
      case '\'':
        out += "&#39;";
        break;
      case '\t':
      case '\n':
      case '\r':
        out.push_back(c);
        break;
      default:
        if (is_control(c)) {
          out += kReplacementCharacter;
        } else {
          out.push_back(c);
        }
    }
  }
  return out;
}

std::string markdown_escape(std::string_view text) {
  static constexpr std::string_view kMarkup = "\\`*_[]<>&|#~";
  const std::string clean = sanitize_utf8(text);
  std::string out;
  out.reserve(clean.size() + clean.size() / 8);
  for (char c : clean) {
    if (kMarkup.find(c) != std::string_view::npos) {
      out.push_back('\\');
      out.push_back(c);
    } else if (is_control(c)) {
      out.push_back(' ');
    } else {
      out.push_back(c);
    }
  }
  // Text placed after "- " must not open a nested list: escape a leading
  // list marker ("-", "+", "1." or "1)") when a space or the end follows it,
  // as only then does CommonMark read it as one.
  const auto opens_list = [&out](std::size_t marker) {
    return marker + 1 == out.size() || out[marker + 1] == ' ';
  };
  if (!out.empty() && (out[0] == '-' || out[0] == '+') && opens_list(0)) {
    out.insert(out.begin(), '\\');
  } else {
    const std::size_t digits = out.find_first_not_of("0123456789");
    if (digits > 0 && digits != std::string::npos && (out[digits] == '.' || out[digits] == ')') &&
        opens_list(digits)) {
      out.insert(out.begin() + static_cast<std::ptrdiff_t>(digits), '\\');
    }
  }
  return out;
}

}  // namespace kybersaa::report
