#include "feed/byte_source.hpp"

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <system_error>

namespace kybersaa::feed {
namespace {

class FileSource final : public ByteSource {
 public:
  FileSource(std::string name, int fd) : name_(std::move(name)), fd_(fd) {}
  FileSource(const FileSource&) = delete;
  FileSource& operator=(const FileSource&) = delete;
  ~FileSource() override { ::close(fd_); }

  base::Result<std::size_t> read(char* buffer, std::size_t size) override {
    for (;;) {
      const ssize_t got = ::read(fd_, buffer, size);
      if (got >= 0) return static_cast<std::size_t>(got);
      if (errno == EINTR) continue;
      return base::fail(base::ErrorCode::kUnavailable,
                        name_ + ": cannot read: " + std::strerror(errno));
    }
  }

 private:
  std::string name_;
  int fd_;
};

class MemorySource final : public ByteSource {
 public:
  explicit MemorySource(std::string_view bytes) : bytes_(bytes) {}

  base::Result<std::size_t> read(char* buffer, std::size_t size) override {
    const std::size_t n = std::min(size, bytes_.size());
    std::memcpy(buffer, bytes_.data(), n);
    bytes_.remove_prefix(n);
    return n;
  }

 private:
  std::string_view bytes_;
};

}  // namespace

base::Result<std::unique_ptr<ByteSource>> open_file_source(const std::filesystem::path& path) {
  std::error_code ec;
  const auto status = std::filesystem::status(path, ec);
  if (ec || !std::filesystem::exists(status)) {
    return base::fail(base::ErrorCode::kNotFound, path.string() + ": no such file");
  }
  if (std::filesystem::is_directory(status)) {
    return base::fail(base::ErrorCode::kInvalidInput, path.string() + ": is a directory");
  }
  const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) {
    return base::fail(base::ErrorCode::kUnavailable,
                      path.string() + ": cannot open: " + std::strerror(errno));
  }
  return std::make_unique<FileSource>(path.string(), fd);
}

std::unique_ptr<ByteSource> make_memory_source(std::string_view bytes) {
  return std::make_unique<MemorySource>(bytes);
}

}  // namespace kybersaa::feed
