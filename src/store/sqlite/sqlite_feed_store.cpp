// Counting sightings in SQLite, exactly and in bounded memory.
//
// Each batch of sightings is sorted by (month, identity), the key order of
// feed_event_ids, so that its inserts walk the index forward instead of
// jumping around it. An identity that inserts (changes() == 1) is a new
// event: its count's events grow by one, and its (count, host) pair goes to
// a second sorted pass over feed_hosts, where a pair that inserts is a new
// distinct host. Duplicates inside a batch, across batches and across files
// all end at the same primary keys, so the counts are exact whatever the
// order files arrive in. The per-count increments are summed in memory (a
// few hundred counts) and written at commit.
//
// Raw events, when kept, are those of new events only. They go in a pass of
// their own, sorted by time, so that the time index (what retention expiry
// deletes by) is written in a few runs per batch rather than at a random
// place per event, and 64 rows to an insert statement, so that the cost of
// a step is shared. Their text is bound without a copy, and their file is
// named by its integer id. What remains per raw event is mostly its bytes:
// into the page, into the WAL, and at checkpoint into the database file.

#include "store/sqlite/sqlite_feed_store.hpp"

#include <algorithm>
#include <unordered_map>
#include <utility>

namespace kybersaa::store::sqlite {
namespace {

using base::ErrorCode;
using base::fail;

std::int64_t as_stored(std::uint64_t hash) { return static_cast<std::int64_t>(hash); }

// Raw events go in kRawRowsPerInsert rows to a statement: one step, with its
// cursor opening and closing, per that many rows instead of per row.
constexpr int kRawColumns = 5;
constexpr int kRawRowsPerInsert = 64;

// Returns an insert of `rows` raw events, kRawColumns parameters each. OR
// FAIL: a statement that inserts many rows and may abort would otherwise
// keep a statement journal of every page it touches, which with 64 KiB
// pages costs more than the rows. A failure fails the session, whose
// transaction then rolls back whole.
std::string raw_insert_sql(int rows) {
  std::string sql =
      "INSERT OR FAIL INTO feed_raw_events(time_source, count_id, identity, file_id, event) "
      "VALUES ";
  for (int row = 0; row < rows; ++row) sql += row == 0 ? "(?, ?, ?, ?, ?)" : ", (?, ?, ?, ?, ?)";
  return sql;
}

// SQLite's page cache during a feed import, KiB. An import writes far more
// pages than it reads again, so the store's large cache (for reports) would
// only hold a file's written pages in memory until commit; this bounds the
// import's memory whatever the file size, at no cost in speed (measured
// with raw events kept: the same rate at 32 MiB as at 128 MiB).
constexpr std::int64_t kImportCacheKib = 32 * 1024;

// Sets the connection's cache size for the life of the scope and restores
// the one it had.
class CacheSizeScope {
 public:
  static base::Result<CacheSizeScope> set(Database& db, std::int64_t kib) {
    auto current = db.prepare("PRAGMA cache_size");
    if (!current) return tl::unexpected(current.error());
    auto row = current->step();
    if (!row) return tl::unexpected(row.error());
    const std::int64_t saved = *row ? current->column_int(0) : -kib;
    // PRAGMA values cannot be bound; these are integers, never input.
    if (auto status = db.execute("PRAGMA cache_size = " + std::to_string(-kib)); !status) {
      return tl::unexpected(status.error());
    }
    return CacheSizeScope(db, saved);
  }
  CacheSizeScope(CacheSizeScope&& other) noexcept
      : db_(std::exchange(other.db_, nullptr)), saved_(other.saved_) {}
  CacheSizeScope& operator=(CacheSizeScope&&) = delete;
  ~CacheSizeScope() {
    if (db_ != nullptr) (void)db_->execute("PRAGMA cache_size = " + std::to_string(saved_));
  }

 private:
  CacheSizeScope(Database& db, std::int64_t saved) : db_(&db), saved_(saved) {}
  Database* db_;
  std::int64_t saved_;
};

class SqliteFeedImportSession final : public FeedImportSession {
 public:
  static base::Result<std::unique_ptr<FeedImportSession>> begin(Database& db,
                                                                const SourceFile& source,
                                                                const FeedImportOptions& options);

 private:
  struct Statements {
    Statement put_count;
    Statement find_count;
    Statement put_identity;
    Statement put_host;
    Statement put_raw;       // one row
    Statement put_raw_rows;  // kRawRowsPerInsert rows
  };
  struct Delta {
    std::int64_t events = 0;
    std::int64_t hosts = 0;
  };
  // A sighting's place in a sorted pass: by `key`, then `tie`, then its index.
  struct Ordered {
    std::int64_t key = 0;
    std::int64_t tie = 0;
    std::size_t index = 0;
    friend auto operator<=>(const Ordered&, const Ordered&) = default;
  };

  SqliteFeedImportSession(Database& db, std::int64_t file_id, FeedImportOptions options,
                          CacheSizeScope cache, Transaction transaction, Statements statements)
      : db_(db),
        file_id_(file_id),
        options_(options),
        cache_(std::move(cache)),
        transaction_(std::move(transaction)),
        statements_(std::move(statements)) {}

  base::Status do_put(std::span<const model::FeedBucket> buckets,
                      std::span<const model::FeedSighting> sightings,
                      std::span<const RawFeedEvent> raw) override;
  base::Result<FeedImportReceipt> do_commit() override;
  base::Status resolve_buckets(std::span<const model::FeedBucket> buckets);
  base::Status put_raw(std::span<const model::FeedSighting> sightings,
                       std::span<const RawFeedEvent> raw);

  Database& db_;
  std::int64_t file_id_;  // feed_files.id
  FeedImportOptions options_;
  CacheSizeScope cache_;  // restored after the transaction ends
  Transaction transaction_;
  Statements statements_;
  std::vector<std::int64_t> count_ids_;             // per bucket index: its feed_counts id
  std::unordered_map<std::int64_t, Delta> deltas_;  // per count id
  std::vector<Ordered> order_;                      // scratch: by (month, identity)
  std::vector<Ordered> raw_order_;                  // scratch: by (time, identity)
  std::vector<std::pair<std::int64_t, std::int64_t>> new_hosts_;  // scratch
  FeedImportReceipt receipt_;
};

base::Result<std::unique_ptr<FeedImportSession>> SqliteFeedImportSession::begin(
    Database& db, const SourceFile& source, const FeedImportOptions& options) {
  auto cache = CacheSizeScope::set(db, kImportCacheKib);
  if (!cache) return tl::unexpected(cache.error());
  auto transaction = Transaction::begin(db);
  if (!transaction) return tl::unexpected(transaction.error());
  auto put_file = db.prepare(
      "INSERT INTO feed_files(digest, name, bytes, sightings, counted, imported_at) "
      "VALUES (?1, ?2, ?3, 0, 0, ?4) ON CONFLICT(digest) DO NOTHING RETURNING id");
  if (!put_file) return tl::unexpected(put_file.error());
  put_file->bind(1, source.digest);
  put_file->bind(2, source.name);
  put_file->bind(3, source.bytes);
  put_file->bind(4, options.imported_at);
  auto inserted = put_file->step();  // a row: the new file's id; none: a conflict
  if (!inserted) return tl::unexpected(inserted.error());
  if (!*inserted) {
    return fail(ErrorCode::kConflict,
                source.name + ": this file (digest " + source.digest + ") was imported before");
  }
  const std::int64_t file_id = put_file->column_int(0);
  put_file->reset();
  const std::string sql[] = {
      "INSERT INTO feed_counts(month, field, rsit_taxonomy, rsit_type, feed, events, hosts) "
      "VALUES (?1, ?2, ?3, ?4, ?5, 0, 0) ON CONFLICT DO NOTHING",
      "SELECT id FROM feed_counts WHERE month = ?1 AND field = ?2 AND rsit_taxonomy = ?3 AND "
      "rsit_type = ?4 AND feed = ?5",
      "INSERT INTO feed_event_ids(month, identity) VALUES (?1, ?2) ON CONFLICT DO NOTHING",
      "INSERT INTO feed_hosts(count_id, host) VALUES (?1, ?2) ON CONFLICT DO NOTHING",
      raw_insert_sql(1),
      raw_insert_sql(kRawRowsPerInsert),
  };
  std::vector<Statement> prepared;
  for (const std::string& text : sql) {
    auto statement = db.prepare(text);
    if (!statement) return tl::unexpected(statement.error());
    prepared.push_back(std::move(*statement));
  }
  return std::unique_ptr<FeedImportSession>(new SqliteFeedImportSession(
      db, file_id, options, std::move(*cache), std::move(*transaction),
      Statements{std::move(prepared[0]), std::move(prepared[1]), std::move(prepared[2]),
                 std::move(prepared[3]), std::move(prepared[4]), std::move(prepared[5])}));
}

base::Status SqliteFeedImportSession::resolve_buckets(std::span<const model::FeedBucket> buckets) {
  for (std::size_t i = count_ids_.size(); i < buckets.size(); ++i) {
    const model::FeedBucket& bucket = buckets[i];
    for (Statement* s : {&statements_.put_count, &statements_.find_count}) {
      s->bind(1, std::int64_t{bucket.month.as_int()});
      s->bind(2, model::field_id(bucket.field));
      s->bind(3, bucket.rsit.taxonomy);
      s->bind(4, bucket.rsit.type);
      s->bind(5, bucket.feed);
    }
    if (auto status = statements_.put_count.run(); !status) return status;
    auto row = statements_.find_count.step();
    if (!row) return tl::unexpected(row.error());
    if (!*row) return fail(ErrorCode::kInternal, db_.path() + ": feed count vanished");
    count_ids_.push_back(statements_.find_count.column_int(0));
    statements_.find_count.reset();
  }
  return {};
}

base::Status SqliteFeedImportSession::do_put(std::span<const model::FeedBucket> buckets,
                                             std::span<const model::FeedSighting> sightings,
                                             std::span<const RawFeedEvent> raw) {
  if (auto status = resolve_buckets(buckets); !status) return status;
  // The sort keys are gathered first: comparing them in place would chase
  // each sighting's bucket for its month at every comparison.
  order_.clear();
  for (std::size_t i = 0; i < sightings.size(); ++i) {
    order_.push_back({std::int64_t{buckets[sightings[i].bucket].month.as_int()},
                      as_stored(sightings[i].identity), i});
  }
  std::sort(order_.begin(), order_.end());
  new_hosts_.clear();
  raw_order_.clear();
  const bool keep_raw = !raw.empty() && options_.keep_raw_since.has_value();
  for (const Ordered& ordered : order_) {
    const model::FeedSighting& sighting = sightings[ordered.index];
    ++receipt_.sightings;
    auto& put_identity = statements_.put_identity;
    put_identity.bind(1, ordered.key);
    put_identity.bind(2, ordered.tie);
    if (auto status = put_identity.run(); !status) return status;
    if (db_.changes() == 0) {
      ++receipt_.duplicates;
      continue;
    }
    ++receipt_.counted;
    const std::int64_t count_id = count_ids_[sighting.bucket];
    ++deltas_[count_id].events;
    if (sighting.host != 0) new_hosts_.emplace_back(count_id, as_stored(sighting.host));
    if (keep_raw && sighting.time >= *options_.keep_raw_since) {
      raw_order_.push_back({sighting.time, ordered.tie, ordered.index});
    }
  }
  if (auto status = put_raw(sightings, raw); !status) return status;
  std::sort(new_hosts_.begin(), new_hosts_.end());
  new_hosts_.erase(std::unique(new_hosts_.begin(), new_hosts_.end()), new_hosts_.end());
  for (const auto& [count_id, host] : new_hosts_) {
    auto& put_host = statements_.put_host;
    put_host.bind(1, count_id);
    put_host.bind(2, host);
    if (auto status = put_host.run(); !status) return status;
    if (db_.changes() == 0) continue;
    ++receipt_.new_hosts;
    ++deltas_[count_id].hosts;
  }
  return {};
}

// Writes the raw events raw_order_ lists (new events within retention), in
// time order, kRawRowsPerInsert to a statement and the rest one by one. Each
// event's text outlives its insert: bound without a copy.
base::Status SqliteFeedImportSession::put_raw(std::span<const model::FeedSighting> sightings,
                                              std::span<const RawFeedEvent> raw) {
  std::sort(raw_order_.begin(), raw_order_.end());
  const auto bind_event = [&](Statement& insert, int row, const Ordered& ordered) {
    const int first = row * kRawColumns;
    insert.bind(first + 1, ordered.key);
    insert.bind(first + 2, count_ids_[sightings[ordered.index].bucket]);
    insert.bind(first + 3, ordered.tie);
    insert.bind(first + 4, file_id_);
    insert.bind_borrowed(first + 5, raw[ordered.index].json);
  };
  constexpr auto kRows = static_cast<std::size_t>(kRawRowsPerInsert);
  std::size_t next = 0;
  for (; raw_order_.size() - next >= kRows; next += kRows) {
    for (std::size_t row = 0; row < kRows; ++row) {
      bind_event(statements_.put_raw_rows, static_cast<int>(row), raw_order_[next + row]);
    }
    if (auto status = statements_.put_raw_rows.run(); !status) return status;
  }
  for (; next < raw_order_.size(); ++next) {
    bind_event(statements_.put_raw, 0, raw_order_[next]);
    if (auto status = statements_.put_raw.run(); !status) return status;
  }
  receipt_.raw_stored += static_cast<std::int64_t>(raw_order_.size());
  return {};
}

base::Result<FeedImportReceipt> SqliteFeedImportSession::do_commit() {
  auto add =
      db_.prepare("UPDATE feed_counts SET events = events + ?2, hosts = hosts + ?3 WHERE id = ?1");
  if (!add) return tl::unexpected(add.error());
  for (const auto& [count_id, delta] : deltas_) {
    add->bind(1, count_id);
    add->bind(2, delta.events);
    add->bind(3, delta.hosts);
    if (auto status = add->run(); !status) return tl::unexpected(status.error());
  }
  // Buckets that only saw duplicates were created empty; they say nothing.
  if (auto status = db_.execute("DELETE FROM feed_counts WHERE events = 0"); !status) {
    return tl::unexpected(status.error());
  }
  auto file = db_.prepare("UPDATE feed_files SET sightings = ?2, counted = ?3 WHERE id = ?1");
  if (!file) return tl::unexpected(file.error());
  file->bind(1, file_id_);
  file->bind(2, receipt_.sightings);
  file->bind(3, receipt_.counted);
  if (auto status = file->run(); !status) return tl::unexpected(status.error());
  if (options_.keep_raw_since) {
    auto expire = db_.prepare("DELETE FROM feed_raw_events WHERE time_source < ?1");
    if (!expire) return tl::unexpected(expire.error());
    expire->bind(1, *options_.keep_raw_since);
    if (auto status = expire->run(); !status) return tl::unexpected(status.error());
    receipt_.raw_expired = db_.changes();
  }
  if (auto status = transaction_.commit(); !status) return tl::unexpected(status.error());
  return receipt_;
}

}  // namespace

base::Result<std::unique_ptr<FeedImportSession>> begin_sqlite_feed_import(
    Database& db, const SourceFile& source, const FeedImportOptions& options) {
  return SqliteFeedImportSession::begin(db, source, options);
}

base::Result<std::optional<FeedFileRecord>> find_sqlite_feed_file(Database& db,
                                                                  const std::string& digest) {
  auto select = db.prepare(
      "SELECT name, digest, bytes, sightings, counted, imported_at FROM feed_files "
      "WHERE digest = ?1");
  if (!select) return tl::unexpected(select.error());
  select->bind(1, digest);
  auto row = select->step();
  if (!row) return tl::unexpected(row.error());
  if (!*row) return std::optional<FeedFileRecord>();
  return std::optional<FeedFileRecord>(
      FeedFileRecord{select->column_text(0), select->column_text(1), select->column_int(2),
                     select->column_int(3), select->column_int(4), select->column_int(5)});
}

base::Result<std::vector<model::FeedCount>> count_sqlite_feed_events(Database& db,
                                                                     model::YearMonth first,
                                                                     model::YearMonth last) {
  auto select = db.prepare(
      "SELECT month, field, rsit_taxonomy, rsit_type, feed, events, hosts FROM feed_counts "
      "WHERE month BETWEEN ?1 AND ?2 ORDER BY month, field, rsit_taxonomy, rsit_type, feed");
  if (!select) return tl::unexpected(select.error());
  select->bind(1, std::int64_t{first.as_int()});
  select->bind(2, std::int64_t{last.as_int()});
  std::vector<model::FeedCount> counts;
  while (true) {
    auto row = select->step();
    if (!row) return tl::unexpected(row.error());
    if (!*row) break;
    const auto field = model::parse_field(select->column_text(1));
    if (!field) return fail(ErrorCode::kInternal, db.path() + ": stored feed counts are not valid");
    model::FeedCount count;
    count.bucket.month = model::YearMonth::from_int(static_cast<int>(select->column_int(0)));
    count.bucket.field = *field;
    count.bucket.rsit = {select->column_text(2), select->column_text(3)};
    count.bucket.feed = select->column_text(4);
    count.events = select->column_int(5);
    count.hosts = select->column_int(6);
    counts.push_back(std::move(count));
  }
  return counts;
}

base::Result<std::int64_t> count_sqlite_raw_feed_events(Database& db) {
  auto select = db.prepare("SELECT count(*) FROM feed_raw_events");
  if (!select) return tl::unexpected(select.error());
  if (auto row = select->step(); !row) return tl::unexpected(row.error());
  return select->column_int(0);
}

base::Result<std::optional<model::YearMonth>> sqlite_feed_closed_before(Database& db) {
  auto select = db.prepare("SELECT before FROM feed_pruned WHERE id = 1");
  if (!select) return tl::unexpected(select.error());
  auto row = select->step();
  if (!row) return tl::unexpected(row.error());
  if (!*row) return std::optional<model::YearMonth>();
  return std::optional<model::YearMonth>(
      model::YearMonth::from_int(static_cast<int>(select->column_int(0))));
}

base::Result<FeedPruneReceipt> prune_sqlite_feed_months(Database& db, model::YearMonth before) {
  auto transaction = Transaction::begin(db);
  if (!transaction) return tl::unexpected(transaction.error());
  auto closed = sqlite_feed_closed_before(db);
  if (!closed) return tl::unexpected(closed.error());
  FeedPruneReceipt receipt;
  receipt.closed_before = *closed ? std::max(**closed, before) : before;
  const std::int64_t month = receipt.closed_before.as_int();
  // Identities lead with their month, so this is one range of the index.
  auto identities = db.prepare("DELETE FROM feed_event_ids WHERE month < ?1");
  if (!identities) return tl::unexpected(identities.error());
  identities->bind(1, month);
  if (auto status = identities->run(); !status) return tl::unexpected(status.error());
  receipt.identities = db.changes();
  auto hosts = db.prepare(
      "DELETE FROM feed_hosts WHERE count_id IN (SELECT id FROM feed_counts WHERE month < ?1)");
  if (!hosts) return tl::unexpected(hosts.error());
  hosts->bind(1, month);
  if (auto status = hosts->run(); !status) return tl::unexpected(status.error());
  receipt.hosts = db.changes();
  auto close = db.prepare(
      "INSERT INTO feed_pruned(id, before) VALUES (1, ?1) "
      "ON CONFLICT(id) DO UPDATE SET before = max(before, excluded.before)");
  if (!close) return tl::unexpected(close.error());
  close->bind(1, month);
  if (auto status = close->run(); !status) return tl::unexpected(status.error());
  if (auto status = transaction->commit(); !status) return tl::unexpected(status.error());
  return receipt;
}

}  // namespace kybersaa::store::sqlite
