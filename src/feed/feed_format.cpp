#include "feed/feed_format.hpp"

#include <algorithm>
#include <array>
#include <cstring>
#include <utility>

#include "feed/abusech_parser.hpp"
#include "feed/csv_reader.hpp"
#include "feed/intelmq_jsonl.hpp"
#include "feed/shadowserver_parser.hpp"
#include "feed/shadowserver_schema.hpp"

namespace kybersaa::feed {
namespace {

// A source that yields `head` first, then the rest of `rest`.
class PrefixedSource final : public ByteSource {
 public:
  PrefixedSource(std::string head, std::unique_ptr<ByteSource> rest)
      : head_(std::move(head)), rest_(std::move(rest)) {}

  base::Result<std::size_t> read(char* buffer, std::size_t size) override {
    if (offset_ < head_.size()) {
      const std::size_t n = std::min(size, head_.size() - offset_);
      std::memcpy(buffer, head_.data() + offset_, n);
      offset_ += n;
      return n;
    }
    return rest_->read(buffer, size);
  }

 private:
  std::string head_;
  std::size_t offset_ = 0;
  std::unique_ptr<ByteSource> rest_;
};

// The first bytes of an input, as detection looks at them.
struct Head {
  std::string_view body;        // without a byte-order mark and leading white space
  std::string_view comments;    // the leading lines starting with '#', if any
  std::string_view first_line;  // the first line after those comments
};

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; }

std::string_view trim_left(std::string_view text) {
  while (!text.empty() && is_space(text.front())) text.remove_prefix(1);
  return text;
}

Head split_head(std::string_view bytes) {
  constexpr std::string_view kBom = "\xEF\xBB\xBF";
  if (bytes.substr(0, kBom.size()) == kBom) bytes.remove_prefix(kBom.size());
  Head head;
  head.body = trim_left(bytes);
  std::string_view rest = head.body;
  while (!rest.empty() && rest.front() == '#') {
    const std::size_t end = rest.find('\n');
    rest = end == std::string_view::npos ? std::string_view() : trim_left(rest.substr(end + 1));
  }
  head.comments = head.body.substr(0, head.body.size() - rest.size());
  head.first_line = rest.substr(0, rest.find('\n'));
  if (!head.first_line.empty() && head.first_line.back() == '\r') head.first_line.remove_suffix(1);
  return head;
}

// The first field of a CSV line, unquoted (no doubled quotes inside).
std::string_view first_csv_field(std::string_view line) {
  if (!line.empty() && line.front() == '"') {
    const std::size_t end = line.find('"', 1);
    return line.substr(1, end == std::string_view::npos ? std::string_view::npos : end - 1);
  }
  return line.substr(0, line.find(','));
}

bool ends_with(std::string_view text, std::string_view suffix) {
  return text.size() >= suffix.size() && text.substr(text.size() - suffix.size()) == suffix;
}

std::string_view base_name(std::string_view file_name) {
  const std::size_t slash = file_name.find_last_of('/');
  return slash == std::string_view::npos ? file_name : file_name.substr(slash + 1);
}

// Every Shadowserver report starts with the column "timestamp".
bool is_shadowserver_content(const Head& head) {
  return head.comments.empty() && first_csv_field(head.first_line) == "timestamp" &&
         head.first_line.find(',') != std::string_view::npos;
}

// Shadowserver names its reports "YYYY-MM-DD-TYPE-....csv".
bool is_shadowserver_name(std::string_view file_name) {
  const std::string_view name = base_name(file_name);
  constexpr std::string_view kDatePattern = "0000-00-00-";
  if (name.size() <= kDatePattern.size() || !ends_with(name, ".csv")) return false;
  for (std::size_t i = 0; i < kDatePattern.size(); ++i) {
    const bool digit = name[i] >= '0' && name[i] <= '9';
    if (kDatePattern[i] == '-' ? name[i] != '-' : !digit) return false;
  }
  return report_type_from_file_name(file_name).has_value();
}

bool contains(std::string_view text, std::string_view part) {
  return text.find(part) != std::string_view::npos;
}

// The body after the comments, from its first byte: '[' or '{' for JSON.
std::string_view data_of(const Head& head) {
  return trim_left(head.body.substr(head.comments.size()));
}

// abuse.ch's CSVs open with a '#' comment block naming the feed.
bool is_feodo_csv_content(const Head& head) {
  if (contains(head.comments, "Feodo Tracker")) return true;
  const std::string_view first = first_csv_field(head.first_line);
  return head.first_line.find(',') != std::string_view::npos &&
         (first == "first_seen_utc" || first == "first_seen" || first == "Firstseen");
}

bool is_urlhaus_content(const Head& head) {
  return contains(head.comments, "URLhaus") || contains(head.comments, "# id,dateadded,url") ||
         contains(head.comments, "# Dateadded");
}

// Feodo Tracker's JSON: an array of objects with "ip_address".
bool is_feodo_json_content(const Head& head) {
  const std::string_view data = data_of(head);
  return data.starts_with("[") && contains(data.substr(0, 4096), "\"ip_address\"");
}

// ThreatFox's export: an object of arrays of objects with "ioc_value".
bool is_threatfox_content(const Head& head) {
  const std::string_view data = data_of(head);
  return data.starts_with("{") && contains(data.substr(0, 4096), "\"ioc_value\"") &&
         contains(data.substr(0, 64), "[");
}

// IntelMQ events: a first line that is one whole object with dotted
// harmonised keys.
bool is_intelmq_jsonl_content(const Head& head) {
  std::string_view line = head.first_line;
  while (!line.empty() && is_space(line.back())) line.remove_suffix(1);
  if (!head.comments.empty() || !line.starts_with("{") || !line.ends_with("}")) return false;
  for (const std::string_view key :
       {"\"classification.", "\"source.", "\"feed.", "\"time.", "\"destination."}) {
    if (contains(line, key)) return true;
  }
  return false;
}

bool named_like(std::string_view file_name, std::string_view part, std::string_view extension) {
  const std::string_view name = base_name(file_name);
  return contains(name, part) && ends_with(name, extension);
}

struct FormatRow {
  FeedFormatInfo info;
  bool (*matches_content)(const Head& head);
  bool (*matches_name)(std::string_view file_name);
};

const std::array kFormatRows = std::to_array<FormatRow>({
    {{FeedFormat::kShadowserver, "shadowserver",
      "Shadowserver report CSV (with --shadowserver-schema)"},
     is_shadowserver_content,
     is_shadowserver_name},
    {{FeedFormat::kFeodoJson, "feodo-json", "abuse.ch Feodo Tracker C2 blocklist, JSON"},
     is_feodo_json_content,
     [](std::string_view name) { return named_like(name, "ipblocklist", ".json"); }},
    {{FeedFormat::kFeodoCsv, "feodo-csv", "abuse.ch Feodo Tracker C2 blocklist, CSV"},
     is_feodo_csv_content,
     [](std::string_view name) { return named_like(name, "ipblocklist", ".csv"); }},
    {{FeedFormat::kUrlhausCsv, "urlhaus-csv", "abuse.ch URLhaus CSV (database dump or feed)"},
     is_urlhaus_content,
     [](std::string_view name) { return named_like(name, "urlhaus", ".csv"); }},
    {{FeedFormat::kThreatfoxJson, "threatfox-json", "abuse.ch ThreatFox JSON export"},
     is_threatfox_content,
     [](std::string_view name) { return named_like(name, "threatfox", ".json"); }},
    {{FeedFormat::kIntelmqJsonl, "intelmq-jsonl", "IntelMQ events, one JSON object per line"},
     is_intelmq_jsonl_content,
     [](std::string_view name) { return ends_with(name, ".jsonl"); }},
});

const std::array kFormatInfos = [] {
  std::array<FeedFormatInfo, kFormatRows.size()> infos{};
  for (std::size_t i = 0; i < kFormatRows.size(); ++i) infos[i] = kFormatRows[i].info;
  return infos;
}();

// True when the head says too little to tell formats apart: nothing, or
// only comments, or an empty JSON array or object.
bool is_uninformative(const Head& head) {
  std::string_view rest = head.body.substr(head.comments.size());
  rest = trim_left(rest);
  if (rest.empty()) return true;
  if (rest.front() != '[' && rest.front() != '{') return false;
  rest = trim_left(rest.substr(1));
  return !rest.empty() && (rest.front() == ']' || rest.front() == '}');
}

base::Result<FeedSummary> parse_shadowserver(FeedInput input, const FeedOptions& options,
                                             const EventSink& on_event,
                                             const RejectionSink& on_rejection) {
  if (options.shadowserver_schema == nullptr) {
    return base::fail(base::ErrorCode::kInvalidInput,
                      input.file_name +
                          ": a Shadowserver report needs Shadowserver's schema "
                          "(--shadowserver-schema)");
  }
  CsvReader reader(input.file_name, std::move(input.source));
  ShadowserverOptions shadowserver_options;
  shadowserver_options.report_type = options.report_type;
  shadowserver_options.max_errors = options.max_errors;
  shadowserver_options.counted_fields_only = options.counted_fields_only;
  return parse_shadowserver_report(*options.shadowserver_schema, reader, shadowserver_options,
                                   on_event, on_rejection);
}

AbusechFeed abusech_feed_of(FeedFormat format) {
  switch (format) {
    case FeedFormat::kFeodoCsv:
      return AbusechFeed::kFeodoCsv;
    case FeedFormat::kUrlhausCsv:
      return AbusechFeed::kUrlhausCsv;
    case FeedFormat::kThreatfoxJson:
      return AbusechFeed::kThreatfoxJson;
    default:
      return AbusechFeed::kFeodoJson;
  }
}

}  // namespace

std::span<const FeedFormatInfo> feed_formats() { return kFormatInfos; }

std::string_view feed_format_name(FeedFormat format) {
  for (const auto& info : kFormatInfos) {
    if (info.format == format) return info.name;
  }
  return "unknown";
}

std::optional<FeedFormat> find_feed_format(std::string_view name) {
  for (const auto& info : kFormatInfos) {
    if (info.name == name) return info.format;
  }
  return std::nullopt;
}

std::string feed_format_names() {
  std::string names;
  for (const auto& info : kFormatInfos) {
    if (!names.empty()) names += ", ";
    names += info.name;
  }
  return names;
}

base::Result<FeedInput> open_feed_input(std::string file_name, std::unique_ptr<ByteSource> source) {
  FeedInput input;
  input.file_name = std::move(file_name);
  input.head.resize(kDetectionBytes);
  std::size_t size = 0;
  while (size < kDetectionBytes) {
    auto got = source->read(input.head.data() + size, kDetectionBytes - size);
    if (!got) return tl::unexpected(got.error());
    if (*got == 0) break;
    size += *got;
  }
  input.head.resize(size);
  input.source = std::make_unique<PrefixedSource>(input.head, std::move(source));
  return input;
}

base::Result<FeedInput> open_feed_file(const std::filesystem::path& path) {
  auto source = open_file_source(path);
  if (!source) return tl::unexpected(source.error());
  return open_feed_input(path.string(), std::move(*source));
}

base::Result<FeedFormat> detect_feed_format(std::string_view file_name, std::string_view head) {
  const Head split = split_head(head);
  for (const auto& row : kFormatRows) {
    if (row.matches_content(split)) return row.info.format;
  }
  if (is_uninformative(split)) {
    for (const auto& row : kFormatRows) {
      if (row.matches_name(file_name)) return row.info.format;
    }
  }
  return base::fail(base::ErrorCode::kInvalidInput,
                    std::string(file_name) + ": unknown feed format: the content matches none of " +
                        feed_format_names() + " (give --format)");
}

base::Result<FeedSummary> parse_feed(FeedFormat format, FeedInput input, const FeedOptions& options,
                                     const EventSink& on_event, const RejectionSink& on_rejection) {
  switch (format) {
    case FeedFormat::kShadowserver:
      return parse_shadowserver(std::move(input), options, on_event, on_rejection);
    case FeedFormat::kFeodoJson:
    case FeedFormat::kFeodoCsv:
    case FeedFormat::kUrlhausCsv:
    case FeedFormat::kThreatfoxJson:
      return parse_abusech_feed(abusech_feed_of(format), input.file_name, std::move(input.source),
                                options.max_errors, on_event, on_rejection, options.threads);
    case FeedFormat::kIntelmqJsonl:
      return parse_intelmq_jsonl(input.file_name, std::move(input.source), options.max_errors,
                                 on_event, on_rejection, options.threads);
  }
  return base::fail(base::ErrorCode::kInternal, "parse_feed: unknown format");
}

}  // namespace kybersaa::feed
