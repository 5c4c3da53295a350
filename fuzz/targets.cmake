# The fuzz targets and the library each exercises; read by fuzz/CMakeLists.txt
# (the libFuzzer programs) and fuzz/replay/CMakeLists.txt (their CTest
# replays), so a new target is listed once.
set(KYBERSAA_FUZZ_TARGETS notification shadowserver abusech intelmq_jsonl cve5 kev veris text
                          html pdf mail)
set(notification_fuzz_library kybersaa_ingest)
foreach(target shadowserver abusech intelmq_jsonl cve5 kev veris)
  set(${target}_fuzz_library kybersaa_feed)
endforeach()
foreach(target text html pdf mail)
  set(${target}_fuzz_library kybersaa_text)
endforeach()
