# kybersaa_test(NAME SOURCES... LIBS ...): one GoogleTest binary per module,
# discovered by CTest. Tests run from the source tree so fixtures resolve.
function(kybersaa_test name)
  if(NOT KYBERSAA_BUILD_TESTS)
    return()
  endif()
  cmake_parse_arguments(ARG "" "" "SOURCES;LIBS" ${ARGN})
  add_executable(${name} ${ARG_SOURCES})
  target_link_libraries(${name} PRIVATE ${ARG_LIBS} GTest::gtest GTest::gtest_main)
  target_include_directories(${name} PRIVATE ${PROJECT_SOURCE_DIR}/tests)
  target_compile_definitions(${name} PRIVATE
    KYBERSAA_SOURCE_DIR="${PROJECT_SOURCE_DIR}"
    KYBERSAA_SHARED_DATA_DIR="${PROJECT_SOURCE_DIR}/../shared/data")
  gtest_discover_tests(${name} WORKING_DIRECTORY ${PROJECT_SOURCE_DIR} DISCOVERY_TIMEOUT 60)
endfunction()
