#include "app/demo_feeds.hpp"

#include <string>

#include "app/feed_import.hpp"
#include "base/file.hpp"
#include "feed/constituency.hpp"
#include "feed/shadowserver_schema.hpp"
#include "sample/feed_generator.hpp"

namespace kybersaa::app {

base::Result<DemoFeeds> import_demo_feeds(store::Store& store, const std::filesystem::path& dir,
                                          model::YearMonth first, int months, std::uint64_t seed,
                                          std::int64_t now) {
  DemoFeeds result;
  auto write = [&](const std::filesystem::path& path, std::string_view bytes) -> base::Status {
    if (auto status = base::write_file_atomically(path, std::string(bytes)); !status) return status;
    result.files.push_back(path);
    return {};
  };
  const auto constituency_path = dir / "constituency.toml";
  const auto schema_path = dir / "shadowserver-schema.json";
  if (auto status = write(constituency_path, sample::demo_constituency_toml()); !status) {
    return tl::unexpected(status.error());
  }
  if (auto status = write(schema_path, sample::demo_shadowserver_schema_json()); !status) {
    return tl::unexpected(status.error());
  }
  auto constituency =
      feed::Constituency::parse(sample::demo_constituency_toml(), constituency_path.string());
  if (!constituency) return tl::unexpected(constituency.error());
  auto schema = feed::ShadowserverSchema::parse(sample::demo_shadowserver_schema_json(),
                                                schema_path.string());
  if (!schema) return tl::unexpected(schema.error());

  FeedImportSettings settings;
  settings.constituency = &*constituency;
  settings.shadowserver_schema = &*schema;
  settings.max_errors = 0;  // the generated files must parse cleanly
  settings.now = now;
  for (int i = 0; i < months; ++i) {
    const model::YearMonth month = first.plus_months(i);
    for (const auto& [name, bytes] : {
             std::pair{sample::open_ipp_file_name(month),
                       sample::generate_open_ipp_csv(seed, month)},
             std::pair{sample::feodo_file_name(month), sample::generate_feodo_json(seed, month)},
             std::pair{sample::urlhaus_file_name(month), sample::generate_urlhaus_csv(seed, month)},
             std::pair{sample::threatfox_file_name(month),
                       sample::generate_threatfox_json(seed, month)},
             std::pair{sample::partner_intelmq_file_name(month),
                       sample::generate_partner_intelmq_jsonl(seed, month)},
         }) {
      const auto path = dir / name;
      if (auto status = write(path, bytes); !status) return tl::unexpected(status.error());
      auto imported = import_feed_file(store, path, settings,
                                       [&result](const base::Error&) { ++result.rejected; });
      if (!imported) return tl::unexpected(imported.error());
      result.counted += imported->stored.counted;
    }
  }
  return result;
}

}  // namespace kybersaa::app
