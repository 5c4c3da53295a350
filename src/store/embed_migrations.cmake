# Writes OUTPUT, a C++ file defining kybersaa::store::schema_migrations() from
# the migrations/NNNN_name.sql files in SOURCE_DIR. Run at build time.
file(GLOB sql_files "${SOURCE_DIR}/[0-9][0-9][0-9][0-9]_*.sql")
list(SORT sql_files)
set(entries "")
set(bodies "")
set(index 0)
foreach(sql_file IN LISTS sql_files)
  get_filename_component(base "${sql_file}" NAME_WE)
  string(SUBSTRING "${base}" 0 4 version)
  string(SUBSTRING "${base}" 5 -1 name)
  math(EXPR version "${version} + 0")
  file(READ "${sql_file}" sql)
  string(APPEND bodies "constexpr char kSql${index}[] = R\"kybersaa_sql(${sql})kybersaa_sql\";\n")
  string(APPEND entries "    {${version}, \"${name}\", kSql${index}},\n")
  math(EXPR index "${index} + 1")
endforeach()
file(WRITE "${OUTPUT}.new" "// Generated from src/store/migrations by embed_migrations.cmake. Do not edit.
#include \"store/migrations.hpp\"

#include <array>

namespace kybersaa::store {
namespace {
${bodies}
constexpr std::array<Migration, ${index}> kMigrations = {{
${entries}}};
}  // namespace

std::span<const Migration> schema_migrations() { return kMigrations; }

}  // namespace kybersaa::store
")
file(COPY_FILE "${OUTPUT}.new" "${OUTPUT}" ONLY_IF_DIFFERENT)
