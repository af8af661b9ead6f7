#include "newsgraph/extract/Decompress.h"

#include <algorithm>
#include <cctype>
#include <fstream>
#include <streambuf>

#define ZLIB_CONST  // next_in is const: we never let zlib write into our input buffer
#include <zlib.h>
#include <zstd.h>

namespace newsgraph::extract {

namespace {

bool ends_with_nocase(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() &&
         std::equal(suffix.begin(), suffix.end(), s.end() - static_cast<std::ptrdiff_t>(suffix.size()),
                    [](char a, char b) {
                      return std::tolower(static_cast<unsigned char>(a)) == std::tolower(static_cast<unsigned char>(b));
                    });
}

// One format's decoding step. `decode` advances `in`, writes at most `out_size` bytes and
// says whether a whole member/frame just ended; `restart` prepares for the next one.
class Decoder {
 public:
  virtual ~Decoder() = default;
  virtual std::size_t decode(std::string_view& in, char* out, std::size_t out_size, bool& finished,
                             std::string& error) = 0;
  virtual void restart() = 0;
};

class GzipDecoder final : public Decoder {
 public:
  GzipDecoder() {
    // 15 window bits + 32: accept gzip and zlib headers alike.
    ok_ = inflateInit2(&z_, 15 + 32) == Z_OK;
  }
  ~GzipDecoder() override {
    if (ok_) inflateEnd(&z_);
  }
  GzipDecoder(const GzipDecoder&) = delete;
  GzipDecoder& operator=(const GzipDecoder&) = delete;

  std::size_t decode(std::string_view& in, char* out, std::size_t out_size, bool& finished,
                     std::string& error) override {
    if (!ok_) {
      error = "zlib could not start";
      return 0;
    }
    // zlib counts in uInt: never hand it more than fits.
    const std::size_t in_size = std::min<std::size_t>(in.size(), 1u << 30);
    z_.next_in = reinterpret_cast<const Bytef*>(in.data());
    z_.avail_in = static_cast<uInt>(in_size);
    z_.next_out = reinterpret_cast<Bytef*>(out);
    z_.avail_out = static_cast<uInt>(std::min<std::size_t>(out_size, 1u << 30));
    const uInt out_before = z_.avail_out;
    const int rc = inflate(&z_, Z_NO_FLUSH);
    in.remove_prefix(in_size - z_.avail_in);
    const std::size_t produced = out_before - z_.avail_out;
    if (rc == Z_STREAM_END) {
      finished = true;
    } else if (rc != Z_OK && rc != Z_BUF_ERROR) {  // Z_BUF_ERROR: needs more input, not an error
      error = std::string("corrupt gzip data (") + (z_.msg != nullptr ? z_.msg : "unknown error") + ")";
    }
    return produced;
  }

  void restart() override {
    if (ok_) inflateReset(&z_);
  }

 private:
  z_stream z_{};
  bool ok_ = false;
};

class ZstdDecoder final : public Decoder {
 public:
  ZstdDecoder() : ds_(ZSTD_createDStream()) {}
  ~ZstdDecoder() override { ZSTD_freeDStream(ds_); }
  ZstdDecoder(const ZstdDecoder&) = delete;
  ZstdDecoder& operator=(const ZstdDecoder&) = delete;

  std::size_t decode(std::string_view& in, char* out, std::size_t out_size, bool& finished,
                     std::string& error) override {
    if (ds_ == nullptr) {
      error = "libzstd could not start";
      return 0;
    }
    ZSTD_inBuffer input{in.data(), in.size(), 0};
    ZSTD_outBuffer output{out, out_size, 0};
    const std::size_t rc = ZSTD_decompressStream(ds_, &output, &input);
    in.remove_prefix(input.pos);
    if (ZSTD_isError(rc)) {
      error = std::string("corrupt zstd data (") + ZSTD_getErrorName(rc) + ")";
    } else if (rc == 0) {
      finished = true;  // a frame is decoded and flushed; the next call starts a new frame
    }
    return output.pos;
  }

  void restart() override {}

 private:
  ZSTD_DStream* ds_;
};

constexpr std::size_t kBufferSize = 256 * 1024;

}  // namespace

// The streambuf behind InputStream for compressed files: decodes into out_buf_ on demand.
class DecompressingBuf final : public std::streambuf {
 public:
  DecompressingBuf(std::unique_ptr<std::streambuf> source, std::unique_ptr<Decoder> decoder,
                   std::string format)
      : source_(std::move(source)), decoder_(std::move(decoder)), format_(std::move(format)),
        in_buf_(kBufferSize, '\0'), out_buf_(kBufferSize, '\0') {}

  const std::string& error() const { return error_; }

 protected:
  int_type underflow() override {
    if (gptr() < egptr()) return traits_type::to_int_type(*gptr());
    if (!error_.empty()) return traits_type::eof();
    for (;;) {
      // Decode while a stream is open (zlib may hold output even with no input left) or
      // input is waiting (the start of the next gzip member or zstd frame).
      if (!member_done_ || !pending_.empty()) {
        if (member_done_) {
          decoder_->restart();
          member_done_ = false;
        }
        const std::size_t before = pending_.size();
        bool finished = false;
        std::string why;
        const std::size_t n = decoder_->decode(pending_, out_buf_.data(), out_buf_.size(), finished, why);
        if (!why.empty()) {
          error_ = std::move(why);
          return traits_type::eof();
        }
        member_done_ = finished;
        if (n > 0) {
          setg(out_buf_.data(), out_buf_.data(), out_buf_.data() + n);
          return traits_type::to_int_type(*gptr());
        }
        if (!finished && !pending_.empty() && pending_.size() == before) {
          error_ = "corrupt " + format_ + " data (decoder made no progress)";
          return traits_type::eof();
        }
        if (!pending_.empty() || finished) continue;
      }
      if (source_done_) {
        if (!member_done_) error_ = "truncated " + format_ + " data (unexpected end of file)";
        return traits_type::eof();
      }
      const std::streamsize got = source_->sgetn(in_buf_.data(), static_cast<std::streamsize>(in_buf_.size()));
      if (got <= 0) {
        source_done_ = true;
      } else {
        pending_ = std::string_view(in_buf_.data(), static_cast<std::size_t>(got));
      }
    }
  }

 private:
  std::unique_ptr<std::streambuf> source_;
  std::unique_ptr<Decoder> decoder_;
  std::string format_;
  std::string in_buf_, out_buf_;
  std::string_view pending_;  // input read from source_, not yet decoded
  bool source_done_ = false;
  bool member_done_ = true;   // between members/frames: a clean end of file is allowed here
  std::string error_;
};

Compression compression_of(std::string_view path) {
  if (ends_with_nocase(path, ".gz")) return Compression::kGzip;
  if (ends_with_nocase(path, ".zst")) return Compression::kZstd;
  return Compression::kNone;
}

std::string without_compression_suffix(std::string_view path) {
  switch (compression_of(path)) {
    case Compression::kGzip: path.remove_suffix(3); break;
    case Compression::kZstd: path.remove_suffix(4); break;
    case Compression::kNone: break;
  }
  return std::string(path);
}

InputStream::InputStream(const std::string& path) : std::istream(nullptr), compression_(compression_of(path)) {
  auto file = std::make_unique<std::filebuf>();
  if (file->open(path, std::ios::in | std::ios::binary) == nullptr) {
    setstate(std::ios::failbit);
    return;
  }
  if (compression_ == Compression::kNone) {
    file_ = std::move(file);
    rdbuf(file_.get());
    return;
  }
  std::unique_ptr<Decoder> decoder;
  if (compression_ == Compression::kGzip) decoder = std::make_unique<GzipDecoder>();
  else decoder = std::make_unique<ZstdDecoder>();
  decompressing_ = std::make_unique<DecompressingBuf>(std::move(file), std::move(decoder),
                                                      compression_ == Compression::kGzip ? "gzip" : "zstd");
  rdbuf(decompressing_.get());
}

InputStream::~InputStream() = default;

const std::string& InputStream::error() const {
  static const std::string kNoError;
  return decompressing_ ? decompressing_->error() : kNoError;
}

}  // namespace newsgraph::extract
