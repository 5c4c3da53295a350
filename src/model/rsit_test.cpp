#include "model/rsit.hpp"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>

namespace kybersaa::model {
namespace {

TEST(Rsit, ValidatesTaxonomyAndType) {
  EXPECT_TRUE(is_valid_rsit("fraud", "phishing"));
  EXPECT_TRUE(is_valid_rsit("information-content-security", "data-leak"));
  EXPECT_FALSE(is_valid_rsit("fraud", "data-leak"));
  EXPECT_FALSE(is_valid_rsit("phishing", "phishing"));
}

TEST(Rsit, MachineTag) {
  EXPECT_EQ(rsit_machine_tag({"availability", "ddos"}), "rsit:availability=\"ddos\"");
}

// The table is written by hand; this checks it against MISP's published
// taxonomy when the shared data is present.
TEST(Rsit, MatchesMispTaxonomy) {
  const std::filesystem::path path =
      std::filesystem::path(KYBERSAA_SHARED_DATA_DIR) / "misp_taxonomies/rsit/machinetag.json";
  if (!std::filesystem::exists(path)) {
    GTEST_SKIP() << "shared data absent: " << path << " (the hand-written table is still tested)";
  }
  std::ifstream in(path);
  const auto json = nlohmann::json::parse(in);
  std::size_t checked = 0;
  for (const auto& predicate : json.at("values")) {
    const auto taxonomy = predicate.at("predicate").get<std::string>();
    for (const auto& entry : predicate.at("entry")) {
      EXPECT_TRUE(is_valid_rsit(taxonomy, entry.at("value").get<std::string>()))
          << taxonomy << ":" << entry.at("value");
      ++checked;
    }
  }
  std::size_t ours = 0;
  for (const auto& taxonomy : rsit_taxonomies()) ours += taxonomy.types.size();
  EXPECT_EQ(checked, ours);
}

}  // namespace
}  // namespace kybersaa::model
