#include "feed/csv_reader.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <memory>
#include <string>
#include <vector>

namespace kybersaa::feed {
namespace {

struct Record {
  std::uint64_t line;
  std::vector<std::string> fields;
};

// Reads all of `bytes`; the error message, if any, goes to `error`.
std::vector<Record> read_all(std::string_view bytes, std::string* error = nullptr,
                             CsvOptions options = {}) {
  CsvReader reader("t.csv", make_memory_source(bytes), options);
  std::vector<Record> records;
  for (;;) {
    auto more = reader.next();
    if (!more) {
      if (error) *error = more.error().message;
      return records;
    }
    if (!*more) return records;
    Record record{reader.line(), {}};
    for (std::size_t i = 0; i < reader.field_count(); ++i) {
      record.fields.emplace_back(reader.field(i));
    }
    records.push_back(std::move(record));
  }
}

TEST(CsvReader, ReadsQuotedAndUnquotedFields) {
  const auto records = read_all("a,\"b\",c\n1,,\"\"\n");
  ASSERT_EQ(records.size(), 2u);
  EXPECT_EQ(records[0].fields, (std::vector<std::string>{"a", "b", "c"}));
  EXPECT_EQ(records[1].fields, (std::vector<std::string>{"1", "", ""}));
}

TEST(CsvReader, UnescapesDoubledQuotes) {
  const auto records = read_all("\"say \"\"hi\"\"\",\"\"\"\"\n");
  ASSERT_EQ(records.size(), 1u);
  EXPECT_EQ(records[0].fields[0], "say \"hi\"");
  EXPECT_EQ(records[0].fields[1], "\"");
}

TEST(CsvReader, KeepsQuotedNewlinesAndCountsPhysicalLines) {
  const auto records = read_all("h1,h2\n\"two\nlines\",x\nnext,y\n");
  ASSERT_EQ(records.size(), 3u);
  EXPECT_EQ(records[1].fields[0], "two\nlines");
  EXPECT_EQ(records[1].line, 2u);
  EXPECT_EQ(records[2].line, 4u);  // the quoted newline moved it down a line
}

TEST(CsvReader, AcceptsCrlfAndMissingFinalNewline) {
  const auto records = read_all("a,b\r\n\"q\r\nr\",2\r\nlast,3");
  ASSERT_EQ(records.size(), 3u);
  EXPECT_EQ(records[0].fields, (std::vector<std::string>{"a", "b"}));
  EXPECT_EQ(records[1].fields[0], "q\r\nr");
  EXPECT_EQ(records[2].fields, (std::vector<std::string>{"last", "3"}));
  EXPECT_EQ(records[2].line, 4u);
}

TEST(CsvReader, CarriageReturnAsLastByteEndsTheRecord) {
  const auto records = read_all("a,b\r\nlast,3\r");
  ASSERT_EQ(records.size(), 2u);
  EXPECT_EQ(records[1].fields, (std::vector<std::string>{"last", "3"}));
  const auto lone = read_all("x\ry,z\n");  // a CR inside a line stays data
  ASSERT_EQ(lone.size(), 1u);
  EXPECT_EQ(lone[0].fields[0], "x\ry");
}

TEST(CsvReader, SkipsByteOrderMarkAndBlankLines) {
  const auto records = read_all("\xEF\xBB\xBFh\n\n\nv\n");
  ASSERT_EQ(records.size(), 2u);
  EXPECT_EQ(records[0].fields[0], "h");
  EXPECT_EQ(records[1].fields[0], "v");
  EXPECT_EQ(records[1].line, 4u);
}

TEST(CsvReader, RejectsUnterminatedQuoteAtEndOfFile) {
  std::string error;
  const auto records = read_all("h\nok\n\"never\nclosed\n", &error);
  EXPECT_EQ(records.size(), 2u);
  EXPECT_EQ(error, "t.csv:3: unterminated quoted field at the end of the file");
}

TEST(CsvReader, KeepsBytesAfterClosingQuoteAsPythonCsvDoes) {
  // `"a"b` is `ab`; backslash-escaped quotes (seen in real reports) survive.
  const auto records = read_all("h,i\n\"a\"b,c\n\"\\\"\\\"v\",y\n");
  ASSERT_EQ(records.size(), 3u);
  EXPECT_EQ(records[1].fields, (std::vector<std::string>{"ab", "c"}));
  EXPECT_EQ(records[2].fields, (std::vector<std::string>{"\\\\\"v\"", "y"}));
}

TEST(CsvReader, ReadsOtherDelimiterAsOneField) {
  const auto records = read_all("a;b;c\n");
  ASSERT_EQ(records.size(), 1u);
  EXPECT_EQ(records[0].fields, (std::vector<std::string>{"a;b;c"}));
}

TEST(CsvReader, BoundsRecordSizeInsteadOfGrowing) {
  std::string error;
  const std::string huge(5000, 'x');
  const auto records = read_all("h\n" + huge + "\n", &error, CsvOptions{',', 1000});
  EXPECT_EQ(records.size(), 1u);
  EXPECT_EQ(error,
            "t.csv:2: record longer than 1000 bytes (a missing line end, or not a CSV file?)");
}

TEST(CsvReader, BoundsAnUnterminatedQuoteToo) {
  std::string error;
  read_all("\"" + std::string(3000, 'y'), &error, CsvOptions{',', 1000});
  EXPECT_NE(error.find("t.csv:1: record longer than 1000 bytes"), std::string::npos) << error;
}

TEST(CsvReader, ReadsRecordsSpanningChunks) {
  // Records longer than a chunk and quotes, CRs at chunk edges.
  std::string text;
  std::vector<std::string> expected;
  for (int i = 0; i < 200; ++i) {
    std::string value(static_cast<std::size_t>(997 + i * 13), static_cast<char>('a' + i % 26));
    value[value.size() / 2] = '"';
    expected.push_back(value);
    std::string escaped;
    for (char c : value) escaped += c == '"' ? std::string("\"\"") : std::string(1, c);
    text += "\"" + escaped + "\"," + std::to_string(i) + "\r\n";
  }
  const auto records = read_all(text);
  ASSERT_EQ(records.size(), 200u);
  for (std::size_t i = 0; i < records.size(); ++i) {
    ASSERT_EQ(records[i].fields[0], expected[i]) << i;
    ASSERT_EQ(records[i].fields[1], std::to_string(i));
    ASSERT_EQ(records[i].line, i + 1);
  }
}

// Yields its bytes a few at a time, so that no record is ever whole in
// the reader's buffer and every record takes the byte-by-byte path.
class TrickleSource final : public ByteSource {
 public:
  explicit TrickleSource(std::string bytes) : bytes_(std::move(bytes)) {}
  base::Result<std::size_t> read(char* buffer, std::size_t size) override {
    const std::size_t n = std::min({size, bytes_.size() - pos_, std::size_t{3}});
    std::copy_n(bytes_.data() + pos_, n, buffer);
    pos_ += n;
    return n;
  }

 private:
  std::string bytes_;
  std::size_t pos_ = 0;
};

TEST(CsvReader, ReadsTheSameWhicheverPathARecordTakes) {
  // Simple records (read where they lie in the buffer) between every kind
  // the general path takes over: doubled quotes, quoted delimiters and
  // newlines, bytes after a closing quote, lone CRs, blank lines, CRLF.
  const std::string text =
      "\"h1\",\"h2\",h3\n"
      "\"a\",b,\"\"\n"
      "\"say \"\"hi\"\"\",x,y\n"
      "\"a,b\",\"two\nlines\",z\r\n"
      "\n"
      "plain,un\"quoted,\"q\"tail\n"
      "lone\rcr,1,2\n"
      "\r\n"
      "crlf,\"q\",\r\n"
      ",,\n"
      "last,\"\",end";
  std::string error;
  const auto whole = read_all(text, &error);
  ASSERT_EQ(error, "");
  CsvReader reader("t.csv", std::make_unique<TrickleSource>(text));
  std::vector<Record> trickled;
  for (;;) {
    auto more = reader.next();
    ASSERT_TRUE(more) << more.error().message;
    if (!*more) break;
    Record record{reader.line(), {}};
    for (std::size_t i = 0; i < reader.field_count(); ++i)
      record.fields.emplace_back(reader.field(i));
    trickled.push_back(std::move(record));
  }
  ASSERT_EQ(whole.size(), 9u);
  ASSERT_EQ(trickled.size(), whole.size());
  for (std::size_t i = 0; i < whole.size(); ++i) {
    EXPECT_EQ(whole[i].fields, trickled[i].fields) << i;
    EXPECT_EQ(whole[i].line, trickled[i].line) << i;
  }
  EXPECT_EQ(whole[1].fields, (std::vector<std::string>{"a", "b", ""}));
  EXPECT_EQ(whole[2].fields[0], "say \"hi\"");
  EXPECT_EQ(whole[3].fields, (std::vector<std::string>{"a,b", "two\nlines", "z"}));
  EXPECT_EQ(whole[4].fields, (std::vector<std::string>{"plain", "un\"quoted", "qtail"}));
  EXPECT_EQ(whole[4].line, 7u);
  EXPECT_EQ(whole[5].fields[0], "lone\rcr");
  EXPECT_EQ(whole[6].fields, (std::vector<std::string>{"crlf", "q", ""}));
  EXPECT_EQ(whole[7].fields, (std::vector<std::string>{"", "", ""}));
  EXPECT_EQ(whole[8].fields, (std::vector<std::string>{"last", "", "end"}));
  EXPECT_EQ(whole[8].line, 12u);
}

TEST(CsvReader, LocatesFieldsInTheRecordBytes) {
  // Read in place ("a" quoted) or unquoted into a copy (the doubled quote):
  // either way field_offset() is where the field's bytes start.
  for (const std::string_view text : {"\"abc\",de,\"f\"\n", "\"a\"\"c\",de,\"f\"\n"}) {
    CsvReader reader("t.csv", make_memory_source(text));
    auto more = reader.next();
    ASSERT_TRUE(more && *more);
    ASSERT_EQ(reader.field_count(), 3u);
    for (std::size_t i = 0; i < 3; ++i) {
      EXPECT_EQ(reader.record_bytes().substr(reader.field_offset(i), reader.field(i).size()),
                reader.field(i))
          << text << " field " << i;
    }
  }
}

TEST(CsvReader, PassesNonUtf8BytesThroughForTheCallerToCheck) {
  const auto records = read_all("a,\xFF\xFE\n");
  ASSERT_EQ(records.size(), 1u);
  EXPECT_EQ(records[0].fields[1], "\xFF\xFE");
}

TEST(CsvReader, ReadsAFileInChunks) {
  auto source = open_file_source("tests/data/feed/scan_ftp.csv");
  ASSERT_TRUE(source) << source.error().message;
  CsvReader reader("scan_ftp.csv", std::move(*source));
  int records = 0;
  while (true) {
    auto more = reader.next();
    ASSERT_TRUE(more) << more.error().message;
    if (!*more) break;
    ++records;
  }
  EXPECT_EQ(records, 5);
}

TEST(CsvReader, ReportsMissingFile) {
  auto source = open_file_source("tests/data/feed/no-such-file.csv");
  ASSERT_FALSE(source);
  EXPECT_EQ(source.error().code, base::ErrorCode::kNotFound);
}

}  // namespace
}  // namespace kybersaa::feed
