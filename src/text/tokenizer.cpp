#include "text/tokenizer.hpp"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <cctype>

namespace kybersaa::text {
namespace {

// RFC 5321 limits; they also bound the work of a failed match, which is
// tried at every token start ("a.a.a.a…" would otherwise be quadratic).
constexpr std::size_t kMaxEmailLocalBytes = 64;
constexpr std::size_t kMaxEmailDomainBytes = 255;

bool is_ascii_digit(char c) { return c >= '0' && c <= '9'; }
bool is_ascii_alnum(char c) { return std::isalnum(static_cast<unsigned char>(c)) != 0; }

// Decodes the code point at `i` (valid UTF-8) and advances `i` past it.
UChar32 next_code_point(std::string_view text, std::size_t& i) {
  UChar32 c = 0;
  int32_t offset = static_cast<int32_t>(i);
  U8_NEXT(text.data(), offset, static_cast<int32_t>(text.size()), c);
  i = static_cast<std::size_t>(offset);
  return c;
}

UChar32 peek_code_point(std::string_view text, std::size_t i) {
  return i < text.size() ? next_code_point(text, i) : U_SENTINEL;
}

bool is_letter(UChar32 c) { return c >= 0 && u_isalpha(c); }

bool starts_with_caseless(std::string_view text, std::size_t at, std::string_view prefix) {
  if (text.size() - at < prefix.size()) return false;
  for (std::size_t k = 0; k < prefix.size(); ++k) {
    if (std::tolower(static_cast<unsigned char>(text[at + k])) != prefix[k]) return false;
  }
  return true;
}

std::size_t count_digits(std::string_view text, std::size_t at) {
  std::size_t n = 0;
  while (at + n < text.size() && is_ascii_digit(text[at + n])) ++n;
  return n;
}

// Returns the end of a URL starting at `at`, or `at` when there is none.
std::size_t match_url(std::string_view text, std::size_t at) {
  std::size_t prefix = 0;
  for (std::string_view scheme : {"https://", "http://", "hxxps://", "hxxp://", "www."}) {
    if (starts_with_caseless(text, at, scheme)) {
      prefix = scheme.size();
      break;
    }
  }
  if (prefix == 0) return at;
  std::size_t end = at + prefix;
  while (end < text.size()) {
    const auto c = static_cast<unsigned char>(text[end]);
    if (c <= ' ' || c == '<' || c == '>' || c == '"' || c == '\'' || c == 0x7F) break;
    if (c == 0xC2 && end + 1 < text.size() && static_cast<unsigned char>(text[end + 1]) == 0xA0) {
      break;  // no-break space
    }
    ++end;
  }
  // Sentence punctuation after a URL is not part of it.
  while (end > at + prefix &&
         std::string_view(".,;:!?)]").find(text[end - 1]) != std::string_view::npos) {
    --end;
  }
  return end > at + prefix ? end : at;
}

// Returns the end of an e-mail address starting at `at`, or `at`.
std::size_t match_email(std::string_view text, std::size_t at) {
  auto is_local = [](char c) {
    return is_ascii_alnum(c) || c == '.' || c == '_' || c == '%' || c == '+' || c == '-';
  };
  std::size_t i = at;
  while (i < text.size() && i - at <= kMaxEmailLocalBytes && is_local(text[i])) ++i;
  if (i == at || i >= text.size() || text[i] != '@') return at;
  const std::size_t domain_begin = ++i;
  std::size_t last_dot = std::string_view::npos;
  while (i < text.size() && i - domain_begin <= kMaxEmailDomainBytes &&
         (is_ascii_alnum(text[i]) || text[i] == '-' || text[i] == '.')) {
    if (text[i] == '.') last_dot = i;
    ++i;
  }
  while (i > domain_begin && text[i - 1] == '.') --i;  // a full stop after the address
  last_dot = text.substr(0, i).rfind('.');
  if (last_dot == std::string_view::npos || last_dot < domain_begin || last_dot + 1 >= i ||
      last_dot == domain_begin) {
    return at;
  }
  for (std::size_t k = last_dot + 1; k < i; ++k) {
    if (!std::isalpha(static_cast<unsigned char>(text[k]))) return at;
  }
  return i - last_dot - 1 >= 2 ? i : at;
}

std::size_t match_cve(std::string_view text, std::size_t at) {
  if (!starts_with_caseless(text, at, "cve-")) return at;
  std::size_t i = at + 4;
  if (count_digits(text, i) != 4) return at;
  i += 4;
  if (i >= text.size() || text[i] != '-') return at;
  const std::size_t digits = count_digits(text, i + 1);
  if (digits < 4 || digits > 7) return at;
  return i + 1 + digits;
}

std::size_t match_iso_date(std::string_view text, std::size_t at) {
  if (count_digits(text, at) != 4 || at + 10 > text.size()) return at;
  if (text[at + 4] != '-' || count_digits(text, at + 5) != 2 || text[at + 7] != '-' ||
      count_digits(text, at + 8) != 2) {
    return at;
  }
  return at + 10;
}

std::string lower_case(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  std::size_t i = 0;
  while (i < text.size()) {
    const auto byte = static_cast<unsigned char>(text[i]);
    if (byte < 0x80) {
      out.push_back(static_cast<char>(std::tolower(byte)));
      ++i;
      continue;
    }
    const UChar32 c = next_code_point(text, i);
    const UChar32 lower = c < 0 ? 0xFFFD : u_tolower(c);
    char buffer[4];
    int32_t length = 0;
    U8_APPEND_UNSAFE(buffer, length, lower);
    out.append(buffer, static_cast<std::size_t>(length));
  }
  return out;
}

}  // namespace

std::vector<Token> tokenize(std::string_view text) {
  std::vector<Token> tokens;
  tokens.reserve(text.size() / 6);
  std::size_t i = 0;
  bool space = false;
  int newlines = 0;
  while (i < text.size()) {
    const std::size_t begin = i;
    const UChar32 c = next_code_point(text, i);
    if (c < 0 || u_isspace(c) || u_iscntrl(c) || c == 0xFEFF) {
      space = true;
      if (c == '\n') ++newlines;
      continue;
    }
    Token token;
    token.begin = begin;
    token.space_before = space;
    token.paragraph_before = newlines >= 2;
    space = false;
    newlines = 0;
    const bool at_boundary =
        tokens.empty() || tokens.back().end < begin || tokens.back().kind == TokenKind::kPunct;
    std::size_t end = begin;
    if (at_boundary && (end = match_url(text, begin)) > begin) {
      token.kind = TokenKind::kUrl;
    } else if (at_boundary && (end = match_cve(text, begin)) > begin) {
      token.kind = TokenKind::kCve;
    } else if (at_boundary && (end = match_email(text, begin)) > begin) {
      token.kind = TokenKind::kEmail;
    } else if (at_boundary && (end = match_iso_date(text, begin)) > begin &&
               (end >= text.size() || !is_ascii_digit(text[end]))) {
      token.kind = TokenKind::kIsoDate;
    } else if (is_ascii_digit(static_cast<char>(c))) {
      token.kind = TokenKind::kNumber;
      end = i;
      while (end < text.size()) {
        if (is_ascii_digit(text[end])) {
          ++end;
        } else if ((text[end] == '.' || text[end] == ',' || text[end] == ':') &&
                   end + 1 < text.size() && is_ascii_digit(text[end + 1])) {
          end += 2;
        } else {
          break;
        }
      }
    } else if (is_letter(c)) {
      token.kind = TokenKind::kWord;
      token.capitalized = u_isupper(c) || u_istitle(c);
      end = i;
      while (end < text.size()) {
        std::size_t next = end;
        const UChar32 d = next_code_point(text, next);
        if (is_letter(d) || (d >= '0' && d <= '9') || u_charType(d) == U_NON_SPACING_MARK) {
          end = next;
        } else if ((d == '-' || d == '\'' || d == 0x2019) &&
                   is_letter(peek_code_point(text, next))) {
          end = next;  // "IP-osoite", "e-post", "CERT-FI"
        } else {
          break;
        }
      }
    } else {
      token.kind = TokenKind::kPunct;
      end = i;
    }
    token.end = end;
    const std::string_view raw = text.substr(begin, end - begin);
    if (token.kind == TokenKind::kWord || token.kind == TokenKind::kEmail ||
        token.kind == TokenKind::kCve) {
      token.lower = lower_case(raw);
    } else {
      token.lower = std::string(raw);
    }
    if (token.kind == TokenKind::kCve) {
      for (auto& ch : token.lower)
        ch = static_cast<char>(std::toupper(static_cast<unsigned char>(ch)));
    }
    i = end;
    tokens.push_back(std::move(token));
  }
  return tokens;
}

std::vector<std::size_t> sentence_ends(const std::vector<Token>& tokens) {
  std::vector<std::size_t> ends;
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    const bool last = i + 1 == tokens.size();
    if (last) {
      ends.push_back(i + 1);
      break;
    }
    const Token& next = tokens[i + 1];
    if (next.paragraph_before) {
      ends.push_back(i + 1);
      continue;
    }
    const Token& token = tokens[i];
    if (token.kind == TokenKind::kPunct &&
        (token.lower == "." || token.lower == "!" || token.lower == "?") && next.space_before &&
        next.kind == TokenKind::kWord && next.capitalized) {
      ends.push_back(i + 1);
    }
  }
  return ends;
}

}  // namespace kybersaa::text
