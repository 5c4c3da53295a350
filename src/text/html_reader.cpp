#include "text/html_reader.hpp"

#include <gumbo.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <memory>
#include <string>
#include <vector>

#include "text/document_text.hpp"

namespace kybersaa::text {
namespace {

struct GumboOutputDeleter {
  void operator()(GumboOutput* output) const {
    gumbo_destroy_output(&kGumboDefaultOptions, output);
  }
};
using GumboOutputPtr = std::unique_ptr<GumboOutput, GumboOutputDeleter>;

std::string lower_ascii(std::string_view text) {
  std::string out(text);
  std::transform(out.begin(), out.end(), out.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return out;
}

// The charset a <meta charset="..."> or http-equiv Content-Type declares in
// the first KiB, lower case, or "".
std::string declared_charset(std::string_view bytes) {
  const std::string head = lower_ascii(bytes.substr(0, 1024));
  const std::size_t at = head.find("charset=");
  if (at == std::string::npos) return "";
  std::size_t begin = at + 8;
  while (begin < head.size() && (head[begin] == '"' || head[begin] == '\'')) ++begin;
  std::size_t end = begin;
  while (end < head.size() && (std::isalnum(static_cast<unsigned char>(head[end])) ||
                               head[end] == '-' || head[end] == '_')) {
    ++end;
  }
  return head.substr(begin, end - begin);
}

bool is_readable_charset(const std::string& charset) {
  constexpr std::array<std::string_view, 10> kReadable = {
      "",           "utf-8",       "utf8",   "us-ascii", "ascii",
      "iso-8859-1", "iso-8859-15", "latin1", "cp1252",   "windows-1252"};
  return std::find(kReadable.begin(), kReadable.end(), charset) != kReadable.end();
}

// Elements whose end tag may be left out or that never have content: not
// counted when estimating nesting depth.
bool is_unnested(std::string_view tag) {
  constexpr std::array<std::string_view, 32> kTags = {
      "area",  "base",  "br",       "col",    "embed", "hr",     "img",      "input",
      "link",  "meta",  "param",    "source", "track", "wbr",    "p",        "li",
      "dt",    "dd",    "tr",       "td",     "th",    "option", "optgroup", "thead",
      "tbody", "tfoot", "colgroup", "rb",     "rt",    "rp",     "html",     "body"};
  return std::find(kTags.begin(), kTags.end(), tag) != kTags.end();
}

// Returns the offset of the start tag at which nesting (start tags minus end
// tags of elements that nest) first exceeds kMaxHtmlNesting, or npos.
std::size_t find_too_deep_nesting(std::string_view html) {
  int depth = 0;
  for (std::size_t i = html.find('<'); i != std::string_view::npos; i = html.find('<', i + 1)) {
    if (html.substr(i, 4) == "<!--") {
      const std::size_t end = html.find("-->", i + 4);
      if (end == std::string_view::npos) return std::string_view::npos;
      i = end;
      continue;
    }
    const bool closing = i + 1 < html.size() && html[i + 1] == '/';
    std::size_t name_end = i + (closing ? 2 : 1);
    const std::size_t name_begin = name_end;
    while (name_end < html.size() && std::isalnum(static_cast<unsigned char>(html[name_end]))) {
      ++name_end;
    }
    if (name_end == name_begin) continue;
    const std::string tag = lower_ascii(html.substr(name_begin, name_end - name_begin));
    if (is_unnested(tag)) continue;
    if (closing) {
      depth = std::max(0, depth - 1);
      continue;
    }
    const std::size_t tag_end = html.find('>', name_end);
    if (tag_end != std::string_view::npos && tag_end > 0 && html[tag_end - 1] == '/') continue;
    if (++depth > kMaxHtmlNesting) return i;
  }
  return std::string_view::npos;
}

bool is_hidden(GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_SCRIPT:
    case GUMBO_TAG_STYLE:
    case GUMBO_TAG_HEAD:
    case GUMBO_TAG_TEMPLATE:
    case GUMBO_TAG_NOSCRIPT:
    case GUMBO_TAG_SVG:
    case GUMBO_TAG_MATH:
    case GUMBO_TAG_IFRAME:
    case GUMBO_TAG_OBJECT:
    case GUMBO_TAG_SELECT:
      return true;
    default:
      return false;
  }
}

// How many newlines an element puts around its content: 2 for paragraphs
// and the like, 1 for other blocks, 0 for inline elements.
int breaks_around(GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_P:
    case GUMBO_TAG_H1:
    case GUMBO_TAG_H2:
    case GUMBO_TAG_H3:
    case GUMBO_TAG_H4:
    case GUMBO_TAG_H5:
    case GUMBO_TAG_H6:
    case GUMBO_TAG_TABLE:
    case GUMBO_TAG_UL:
    case GUMBO_TAG_OL:
    case GUMBO_TAG_DL:
    case GUMBO_TAG_BLOCKQUOTE:
    case GUMBO_TAG_PRE:
    case GUMBO_TAG_SECTION:
    case GUMBO_TAG_ARTICLE:
    case GUMBO_TAG_HEADER:
    case GUMBO_TAG_FOOTER:
    case GUMBO_TAG_ASIDE:
    case GUMBO_TAG_NAV:
    case GUMBO_TAG_MAIN:
    case GUMBO_TAG_FIGURE:
    case GUMBO_TAG_FORM:
    case GUMBO_TAG_HR:
    case GUMBO_TAG_ADDRESS:
      return 2;
    case GUMBO_TAG_DIV:
    case GUMBO_TAG_BR:
    case GUMBO_TAG_LI:
    case GUMBO_TAG_DT:
    case GUMBO_TAG_DD:
    case GUMBO_TAG_TR:
    case GUMBO_TAG_CAPTION:
    case GUMBO_TAG_FIGCAPTION:
    case GUMBO_TAG_BODY:
    case GUMBO_TAG_CENTER:
    case GUMBO_TAG_DETAILS:
    case GUMBO_TAG_SUMMARY:
    case GUMBO_TAG_FIELDSET:
    case GUMBO_TAG_LEGEND:
      return 1;
    default:
      return 0;
  }
}

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }

// Appends a text node: runs of white space collapse to one space (outside
// <pre>), and no space starts a line.
void append_text(std::string& out, std::string_view text, bool preformatted) {
  if (preformatted) {
    detail::append_clean_text(out, text);
    return;
  }
  std::string collapsed;
  collapsed.reserve(text.size());
  for (char c : text) {
    if (!is_space(c)) {
      collapsed.push_back(c);
    } else if (collapsed.empty() || collapsed.back() != ' ') {
      collapsed.push_back(' ');
    }
  }
  std::string_view piece = collapsed;
  if (!piece.empty() && piece.front() == ' ' &&
      (out.empty() || out.back() == ' ' || out.back() == '\n')) {
    piece.remove_prefix(1);
  }
  detail::append_clean_text(out, piece);
}

// The visible text under `root`, walked with an explicit stack so that deep
// markup cannot overflow the call stack.
std::string visible_text(const GumboNode* root) {
  struct Step {
    const GumboNode* node;
    bool leaving;  // true: the element's content is done, close it
    bool preformatted;
  };
  std::string out;
  std::vector<Step> stack{{root, false, false}};
  while (!stack.empty()) {
    const Step step = stack.back();
    stack.pop_back();
    const GumboNode* node = step.node;
    if (node->type == GUMBO_NODE_TEXT || node->type == GUMBO_NODE_WHITESPACE ||
        node->type == GUMBO_NODE_CDATA) {
      append_text(out, node->v.text.text, step.preformatted);
      continue;
    }
    if (node->type != GUMBO_NODE_ELEMENT && node->type != GUMBO_NODE_DOCUMENT &&
        node->type != GUMBO_NODE_TEMPLATE) {
      continue;  // comments
    }
    const GumboTag tag =
        node->type == GUMBO_NODE_DOCUMENT ? GUMBO_TAG_UNKNOWN : node->v.element.tag;
    if (step.leaving) {
      if (int breaks = breaks_around(tag); breaks > 0) detail::end_line(out, breaks);
      continue;
    }
    if (node->type != GUMBO_NODE_DOCUMENT && is_hidden(tag)) continue;
    if (int breaks = breaks_around(tag); breaks > 0) detail::end_line(out, breaks);
    if (tag == GUMBO_TAG_TD || tag == GUMBO_TAG_TH) {
      if (!out.empty() && out.back() != '\n') out += '\t';
    }
    const GumboVector& children =
        node->type == GUMBO_NODE_DOCUMENT ? node->v.document.children : node->v.element.children;
    const bool preformatted = step.preformatted || tag == GUMBO_TAG_PRE ||
                              tag == GUMBO_TAG_TEXTAREA || tag == GUMBO_TAG_LISTING;
    stack.push_back({node, true, step.preformatted});
    for (unsigned i = children.length; i-- > 0;) {
      stack.push_back({static_cast<const GumboNode*>(children.data[i]), false, preformatted});
    }
  }
  while (!out.empty() && is_space(out.back())) out.pop_back();
  detail::end_line(out, 1);
  return out;
}

// The text of the document's <title>, white space collapsed, or "".
std::string title_of(const GumboNode* root) {
  std::vector<const GumboNode*> stack{root};
  while (!stack.empty()) {
    const GumboNode* node = stack.back();
    stack.pop_back();
    if (node->type != GUMBO_NODE_ELEMENT && node->type != GUMBO_NODE_DOCUMENT) continue;
    if (node->type == GUMBO_NODE_ELEMENT && node->v.element.tag == GUMBO_TAG_TITLE) {
      std::string title;
      const GumboVector& children = node->v.element.children;
      for (unsigned i = 0; i < children.length; ++i) {
        const auto* child = static_cast<const GumboNode*>(children.data[i]);
        if (child->type == GUMBO_NODE_TEXT) append_text(title, child->v.text.text, false);
      }
      while (!title.empty() && title.back() == ' ') title.pop_back();
      return title;
    }
    if (node->type == GUMBO_NODE_ELEMENT && node->v.element.tag == GUMBO_TAG_BODY) continue;
    const GumboVector& children =
        node->type == GUMBO_NODE_DOCUMENT ? node->v.document.children : node->v.element.children;
    for (unsigned i = children.length; i-- > 0;) {
      stack.push_back(static_cast<const GumboNode*>(children.data[i]));
    }
  }
  return "";
}

}  // namespace

base::Result<Document> read_html_document(std::string_view bytes, std::string_view name) {
  const std::string where(name);
  const std::string charset = declared_charset(bytes);
  if (!is_readable_charset(charset)) {
    return base::fail(base::ErrorCode::kInvalidInput,
                      where + ": HTML declares charset \"" + charset +
                          "\"; only UTF-8 and Windows-1252 (Latin-1) documents are read");
  }
  auto decoded = decode_document(bytes, name);
  if (!decoded) return tl::unexpected(decoded.error());
  if (const std::size_t deep = find_too_deep_nesting(bytes); deep != std::string_view::npos) {
    return base::fail(base::ErrorCode::kInvalidInput,
                      where + ": byte " + std::to_string(deep) + ": HTML elements nest more than " +
                          std::to_string(kMaxHtmlNesting) + " deep");
  }
  GumboOutputPtr output(
      gumbo_parse_with_options(&kGumboDefaultOptions, decoded->text.data(), decoded->text.size()));
  if (!output) {
    return base::fail(base::ErrorCode::kInvalidInput, where + ": HTML could not be parsed");
  }
  Document document;
  document.kind = DocumentKind::kHtml;
  document.encoding = decoded->encoding;
  document.text = visible_text(output->document);
  document.title = title_of(output->document);
  if (auto checked = detail::check_document_text(document.text, name, "HTML document"); !checked) {
    return tl::unexpected(checked.error());
  }
  return document;
}

}  // namespace kybersaa::text
