#pragma once
// abuse.ch feeds to IntelMQ events, streaming, as IntelMQ's own parsers map
// them:
//
// - Feodo Tracker, JSON (`ipblocklist.json`) and CSV (`ipblocklist.csv`):
//   as IntelMQ's `abusech.parser_feodotracker` (classification.type
//   c2-server; source.ip/port, status, source.reverse_dns, source.asn,
//   source.as_name, source.geolocation.cc, malware.name, extra.last_online;
//   time.source from first_seen, else last_online at 00:00). The CSV's
//   columns (first_seen_utc, dst_ip, dst_port, c2_status, ...) are read as
//   the JSON's keys.
// - URLhaus CSV, the database dumps (`id,dateadded,url,url_status,...`) and
//   the country/ASN/TLD feeds (`Dateadded (UTC),URL,URL status,Threat,Host,
//   IPaddress,ASnumber,Country`), column names taken from the commented
//   header: as IntelMQ's generic CSV parser configured in its feeds.yaml
//   (threat `malware_download` → malware-distribution, a host that is no
//   FQDN dropped, `http://` added to a URL without a scheme).
// - ThreatFox JSON export (`{"ID": [{"ioc_value": ...}], ...}`): IntelMQ has
//   no parser for it; Kybersää maps it in the same style (see the table in
//   abusech_parser.cpp): the IOC by its type to source.ip+port, source.fqdn,
//   source.url or malware.hash.*, threat_type to classification.type,
//   malware_printable to malware.name, the rest to extra.
//
// Every event also gets classification.taxonomy (as IntelMQ's taxonomy
// expert would set it), feed.provider "abuse.ch" and feed.name. Input keys
// and columns the mapping does not know are ignored, as IntelMQ does. A
// record whose value does not fit its field (an invalid IP, port, ASN,
// country code, bytes that are not UTF-8) is rejected with
// `FILE:LINE: field: reason`; a broken file structure stops the parse.

#include <cstddef>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>

#include "base/result.hpp"
#include "feed/byte_source.hpp"
#include "feed/feed_sink.hpp"

namespace kybersaa::feed {

enum class AbusechFeed { kFeodoJson, kFeodoCsv, kUrlhausCsv, kThreatfoxJson };

// Parses `source` (named `file_name` in errors) as `feed`. Returns the counts
// (`type` is the format name, e.g. "feodo-json"), or the error that stopped
// the parse: a broken top level or CSV, a missing header, more than
// `max_errors` rejected records, or a sink's error. The JSON exports are
// mapped on `threads` threads (0: one per core); events and rejections
// still reach the sinks in file order, on the calling thread, exactly as
// with one.
[[nodiscard]] base::Result<FeedSummary> parse_abusech_feed(
    AbusechFeed feed, const std::string& file_name, std::unique_ptr<ByteSource> source,
    std::optional<std::uint64_t> max_errors, const EventSink& on_event,
    const RejectionSink& on_rejection, std::size_t threads = 1);

}  // namespace kybersaa::feed
