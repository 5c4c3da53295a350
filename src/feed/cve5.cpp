// CVE JSON 5 records with simdjson's DOM parser.
//
// A record is `{"dataType": "CVE_RECORD", "cveMetadata": {...}, "containers":
// {"cna": {...}, "adp": [{...}, ...]}}`. The CNA (the numbering authority)
// writes the description, affected products, references and often CVSS and
// CWE; ADPs (today mostly CISA's "Vulnrichment") add CVSS, CWE and a "kev"
// marker to records whose CNA left them out. Both are read, and every CVSS
// score keeps the name of the container that gave it, because scores from
// different sources disagree and the report must say whose it quotes.
//
// What is read must have the right form, or the record is rejected with the
// JSON path of the first bad value; what is not read is not checked, so a
// record using parts of the schema this parser ignores still passes.

#include "feed/cve5.hpp"

#include <algorithm>
#include <array>

#include "feed/json_record.hpp"
#include "model/calendar.hpp"

namespace kybersaa::feed {
namespace {

using detail::JsonPath;
using detail::JsonReader;
using simdjson::dom::array;
using simdjson::dom::element;
using simdjson::dom::object;

constexpr double kMaxCvssScore = 10.0;

struct CvssKey {
  std::string_view key;
  std::string_view version;
};
// The CVSS metric objects of CVE JSON 5, newest version first.
constexpr std::array<CvssKey, 4> kCvssKeys = {{
    {"cvssV4_0", "4.0"},
    {"cvssV3_1", "3.1"},
    {"cvssV3_0", "3.0"},
    {"cvssV2_0", "2.0"},
}};

// "CWE-NNN" with at least one digit.
bool is_cwe_id(std::string_view text) {
  return text.size() > 4 && text.substr(0, 4) == "CWE-" &&
         text.find_first_not_of("0123456789", 4) == std::string_view::npos;
}

// Returns the first "CWE-NNN" inside free text ("Path Traversal (CWE-22)").
std::optional<std::string_view> find_cwe_id(std::string_view text) {
  for (std::size_t at = text.find("CWE-"); at != std::string_view::npos;
       at = text.find("CWE-", at + 1)) {
    std::size_t end = at + 4;
    while (end < text.size() && text[end] >= '0' && text[end] <= '9') ++end;
    if (end > at + 4) return text.substr(at, end - at);
  }
  return std::nullopt;
}

// CVE timestamps are UTC; records written from CVE 4 data often omit the
// zone ("2020-06-17T10:21:31"), and the schema reads those as UTC too.
std::optional<std::int64_t> parse_cve_time(std::string_view text) {
  constexpr std::size_t kMaxTimeChars = 40;
  if (text.size() > kMaxTimeChars) return std::nullopt;
  std::array<char, kMaxTimeChars + 16> buffer{};
  std::size_t size = text.copy(buffer.data(), text.size());
  const auto append = [&](std::string_view tail) {
    size += tail.copy(buffer.data() + size, tail.size());
  };
  if (text.size() == 10) {
    append("T00:00:00Z");
  } else if (text.size() > 10 && text.back() != 'Z' &&
             text.find_first_of("+-", 11) == std::string_view::npos) {
    append("Z");
  }
  return model::parse_iso_instant(std::string_view(buffer.data(), size));
}

template <class T>
void add_unique(std::vector<T>& values, T value) {
  if (std::find(values.begin(), values.end(), value) == values.end()) {
    values.push_back(std::move(value));
  }
}

bool is_english(std::string_view lang) {
  return lang == "en" || lang == "eng" ||
         (lang.size() > 3 && lang.substr(0, 2) == "en" && (lang[2] == '-' || lang[2] == '_'));
}

// Builds one Vulnerability from one record's DOM.
class RecordBuilder {
 public:
  RecordBuilder(std::string_view file, Vulnerability& out) : reader_(file), out_(out) {}

  base::Status read(element root) {
    const JsonPath path;
    auto record = reader_.object(root, path);
    if (!record) return tl::unexpected(record.error());
    auto data_type = reader_.optional_string(*record, "dataType", path);
    if (!data_type) return tl::unexpected(data_type.error());
    if (*data_type != "CVE_RECORD") {
      return tl::unexpected(reader_.error(path.member("dataType"),
                                          "not a CVE JSON 5 record (expected \"CVE_RECORD\")"));
    }
    if (auto read = read_metadata(*record, path); !read) return read;
    const JsonPath containers_path = path.member("containers");
    auto containers = reader_.optional_object(*record, "containers", path);
    if (!containers) return tl::unexpected(containers.error());
    if (!*containers) return tl::unexpected(reader_.error(containers_path, "missing"));
    const JsonPath cna_path = containers_path.member("cna");
    auto cna = reader_.optional_object(**containers, "cna", containers_path);
    if (!cna) return tl::unexpected(cna.error());
    if (!*cna) return tl::unexpected(reader_.error(cna_path, "missing"));
    if (auto read = read_container(**cna, cna_path, "cna"); !read) return read;
    const JsonPath adps_path = containers_path.member("adp");
    auto adps = reader_.optional_array(**containers, "adp", containers_path);
    if (!adps) return tl::unexpected(adps.error());
    if (*adps) {
      std::size_t index = 0;
      for (element value : **adps) {
        const JsonPath adp_path = adps_path.element(index++);
        auto adp = reader_.object(value, adp_path);
        if (!adp) return tl::unexpected(adp.error());
        auto source = adp_source(*adp, adp_path);
        if (!source) return tl::unexpected(source.error());
        if (auto read = read_container(*adp, adp_path, *source); !read) return read;
      }
    }
    return {};
  }

 private:
  base::Status read_metadata(object record, const JsonPath& path) {
    const JsonPath meta_path = path.member("cveMetadata");
    auto meta = reader_.optional_object(record, "cveMetadata", path);
    if (!meta) return tl::unexpected(meta.error());
    if (!*meta) return tl::unexpected(reader_.error(meta_path, "missing"));
    auto id = reader_.optional_string(**meta, "cveId", meta_path);
    if (!id) return tl::unexpected(id.error());
    if (!*id || !is_cve_id(**id)) {
      return tl::unexpected(
          reader_.error(meta_path.member("cveId"), "missing or not a CVE id (CVE-YYYY-NNNN)"));
    }
    out_.cve_id = **id;
    auto state = reader_.optional_string(**meta, "state", meta_path);
    if (!state) return tl::unexpected(state.error());
    if (*state != "PUBLISHED" && *state != "REJECTED") {
      return tl::unexpected(
          reader_.error(meta_path.member("state"), "missing or not PUBLISHED or REJECTED"));
    }
    out_.state = **state;
    struct DateKey {
      std::string_view key;
      std::optional<std::int64_t>* slot;
    };
    const std::array<DateKey, 3> dates = {{{"datePublished", &out_.published},
                                           {"dateUpdated", &out_.updated},
                                           {"dateReserved", &out_.reserved}}};
    for (const auto& date : dates) {
      auto text = reader_.optional_string(**meta, date.key, meta_path);
      if (!text) return tl::unexpected(text.error());
      if (!*text) continue;
      *date.slot = parse_cve_time(**text);
      if (!*date.slot) {
        return tl::unexpected(
            reader_.error(meta_path.member(date.key),
                          "not an ISO 8601 date-time: '" + std::string(**text) + "'"));
      }
    }
    return {};
  }

  base::Result<std::string> adp_source(object adp, const JsonPath& path) const {
    auto provider = reader_.optional_object(adp, "providerMetadata", path);
    if (!provider) return tl::unexpected(provider.error());
    if (!*provider) return std::string("adp");
    auto name = reader_.optional_string(**provider, "shortName", path.member("providerMetadata"));
    if (!name) return tl::unexpected(name.error());
    return *name ? "adp:" + std::string(**name) : std::string("adp");
  }

  base::Status read_container(object container, const JsonPath& path, std::string_view source) {
    const bool is_cna = source == "cna";
    if (is_cna) {
      auto title = reader_.optional_string(container, "title", path);
      if (!title) return tl::unexpected(title.error());
      if (*title) out_.title = **title;
      for (std::string_view key : {"descriptions", "rejectedReasons"}) {
        if (!out_.description.empty()) break;
        if (auto read = read_descriptions(container, key, path); !read) return read;
      }
    }
    if (auto read = read_metrics(container, path, source); !read) return read;
    if (auto read = read_problem_types(container, path); !read) return read;
    if (auto read = read_affected(container, path); !read) return read;
    return read_references(container, path);
  }

  // Each array member must be an object; calls `on_item(object, path)`.
  template <class OnItem>
  base::Status for_each_object(object container, std::string_view key, const JsonPath& path,
                               OnItem&& on_item) {
    auto items = reader_.optional_array(container, key, path);
    if (!items) return tl::unexpected(items.error());
    if (!*items) return {};
    const JsonPath items_path = path.member(key);
    std::size_t index = 0;
    for (element value : **items) {
      const JsonPath item_path = items_path.element(index++);
      auto item = reader_.object(value, item_path);
      if (!item) return tl::unexpected(item.error());
      if (auto done = on_item(*item, item_path); !done) return done;
    }
    return {};
  }

  base::Status read_descriptions(object container, std::string_view key, const JsonPath& path) {
    std::optional<std::string_view> first;
    std::optional<std::string_view> english;
    auto read = for_each_object(container, key, path, [&](object item, const JsonPath& item_path) {
      auto lang = reader_.optional_string(item, "lang", item_path);
      if (!lang) return base::Status(tl::unexpected(lang.error()));
      auto value = reader_.optional_string(item, "value", item_path);
      if (!value) return base::Status(tl::unexpected(value.error()));
      if (!*value) return base::Status();
      if (!first) first = **value;
      if (!english && *lang && is_english(**lang)) english = **value;
      return base::Status();
    });
    if (!read) return read;
    if (english) {
      out_.description = *english;
    } else if (first) {
      out_.description = *first;
    }
    return {};
  }

  base::Status read_metrics(object container, const JsonPath& path, std::string_view source) {
    return for_each_object(
        container, "metrics", path, [&](object metric, const JsonPath& metric_path) {
          for (const auto& cvss_key : kCvssKeys) {
            auto cvss = reader_.optional_object(metric, cvss_key.key, metric_path);
            if (!cvss) return base::Status(tl::unexpected(cvss.error()));
            if (!*cvss) continue;
            auto read =
                read_cvss(**cvss, metric_path.member(cvss_key.key), cvss_key.version, source);
            if (!read) return read;
          }
          return read_kev_marker(metric, metric_path, source);
        });
  }

  base::Status read_cvss(object cvss, const JsonPath& path, std::string_view version,
                         std::string_view source) {
    CvssMetric metric;
    metric.source = source;
    metric.version = version;
    const auto score_value = JsonReader::member(cvss, "baseScore");
    if (!score_value) return tl::unexpected(reader_.error(path.member("baseScore"), "missing"));
    auto score = reader_.number(*score_value, path.member("baseScore"));
    if (!score) return tl::unexpected(score.error());
    if (!(*score >= 0 && *score <= kMaxCvssScore)) {
      return tl::unexpected(reader_.error(path.member("baseScore"), "not between 0 and 10"));
    }
    metric.base_score = *score;
    auto severity = reader_.optional_string(cvss, "baseSeverity", path);
    if (!severity) return tl::unexpected(severity.error());
    if (*severity) metric.base_severity = **severity;
    auto vector = reader_.optional_string(cvss, "vectorString", path);
    if (!vector) return tl::unexpected(vector.error());
    if (*vector) metric.vector = **vector;
    out_.cvss.push_back(std::move(metric));
    return {};
  }

  // CISA's ADP marks catalogued records with {"other": {"type": "kev",
  // "content": {"dateAdded": "YYYY-MM-DD", ...}}}.
  base::Status read_kev_marker(object metric, const JsonPath& path, std::string_view source) {
    auto other = reader_.optional_object(metric, "other", path);
    if (!other) return tl::unexpected(other.error());
    if (!*other) return {};
    const JsonPath other_path = path.member("other");
    auto type = reader_.optional_string(**other, "type", other_path);
    if (!type) return tl::unexpected(type.error());
    if (*type != "kev" || source == "cna") return {};
    auto content = reader_.optional_object(**other, "content", other_path);
    if (!content) return tl::unexpected(content.error());
    if (!*content) return {};
    const JsonPath content_path = other_path.member("content");
    auto added = reader_.optional_string(**content, "dateAdded", content_path);
    if (!added) return tl::unexpected(added.error());
    if (!*added || !detail::is_iso_date(**added)) {
      return tl::unexpected(
          reader_.error(content_path.member("dateAdded"), "missing or not a date (YYYY-MM-DD)"));
    }
    if (!out_.known_exploited) {
      out_.known_exploited =
          KnownExploited{ExploitedSource::kCisaAdp, std::string(**added), {}, {}};
    }
    return {};
  }

  base::Status read_problem_types(object container, const JsonPath& path) {
    return for_each_object(
        container, "problemTypes", path, [&](object type, const JsonPath& type_path) {
          return for_each_object(
              type, "descriptions", type_path,
              [&](object description, const JsonPath& description_path) {
                auto cwe = reader_.optional_string(description, "cweId", description_path);
                if (!cwe) return base::Status(tl::unexpected(cwe.error()));
                if (*cwe && is_cwe_id(**cwe)) {
                  add_unique(out_.cwes, std::string(**cwe));
                  return base::Status();
                }
                auto text = reader_.optional_string(description, "description", description_path);
                if (!text) return base::Status(tl::unexpected(text.error()));
                if (*text) {
                  if (auto found = find_cwe_id(**text)) add_unique(out_.cwes, std::string(*found));
                }
                return base::Status();
              });
        });
  }

  base::Status read_affected(object container, const JsonPath& path) {
    return for_each_object(
        container, "affected", path, [&](object item, const JsonPath& item_path) {
          auto vendor = reader_.optional_string(item, "vendor", item_path);
          if (!vendor) return base::Status(tl::unexpected(vendor.error()));
          auto product = reader_.optional_string(item, "product", item_path);
          if (!product) return base::Status(tl::unexpected(product.error()));
          if (*vendor || *product) {
            add_unique(out_.affected, AffectedProduct{std::string(vendor->value_or("")),
                                                      std::string(product->value_or(""))});
          }
          return base::Status();
        });
  }

  base::Status read_references(object container, const JsonPath& path) {
    return for_each_object(container, "references", path,
                           [&](object item, const JsonPath& item_path) {
                             auto url = reader_.optional_string(item, "url", item_path);
                             if (!url) return base::Status(tl::unexpected(url.error()));
                             if (*url && !(*url)->empty())
                               add_unique(out_.references, std::string(**url));
                             return base::Status();
                           });
  }

  JsonReader reader_;
  Vulnerability& out_;
};

bool is_record_file_name(std::string_view name) {
  return name.size() > 9 && name.substr(0, 4) == "CVE-" && name.substr(name.size() - 5) == ".json";
}

}  // namespace

struct Cve5Parser::State {
  detail::JsonDocumentParser json;
};

Cve5Parser::Cve5Parser() : state_(std::make_unique<State>()) {}
Cve5Parser::~Cve5Parser() = default;

namespace {

base::Result<Vulnerability> build_vulnerability(base::Result<element> root, std::string_view file) {
  if (!root) return tl::unexpected(root.error());
  Vulnerability vulnerability;
  RecordBuilder builder(file, vulnerability);
  if (auto read = builder.read(*root); !read) return tl::unexpected(read.error());
  return vulnerability;
}

}  // namespace

base::Result<Vulnerability> Cve5Parser::parse(std::string_view bytes, std::string_view file) {
  return build_vulnerability(state_->json.parse(bytes, file), file);
}

base::Result<Vulnerability> Cve5Parser::parse_file(const std::filesystem::path& path) {
  const std::string file = path.string();
  return build_vulnerability(state_->json.parse_file(path), file);
}

base::Result<RecordFilesSummary> parse_cve5_path(
    const std::filesystem::path& path, std::optional<std::uint64_t> max_rejected,
    const std::function<base::Status(const Vulnerability&)>& on_record,
    const RecordRejectionSink& on_rejected) {
  Cve5Parser parser;
  return parse_record_files<Vulnerability>(
      path, is_record_file_name,
      [&parser](const std::filesystem::path& file) { return parser.parse_file(file); },
      max_rejected, on_record, on_rejected);
}

}  // namespace kybersaa::feed
