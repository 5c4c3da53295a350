#pragma once
// Batches processed in parallel, collected in order. The calling thread
// fills a batch and hands it over; worker threads process batches as they
// come; the calling thread collects them in the order it handed them over.
// So a parser can split its input on one thread, map the pieces on every
// core, and still pass its results on in input order, as a single thread
// would.
//
// The batches form a fixed ring, so memory stays bounded whatever the
// input, as long as each batch is: a batch is filled again only after it
// was collected. With no
// worker threads a batch is processed on the calling thread as it is handed
// over, so one code path serves both.
//
// Typical use:
//
//   OrderedWorkers<Batch> workers(threads, [&](std::size_t worker, Batch& batch) {...});
//   for (;;) {
//     while (more_input && !workers.full()) { fill(workers.to_fill()); workers.hand_over(); }
//     if (workers.empty()) break;
//     pass_on(workers.oldest());
//     workers.release();
//   }

#include <algorithm>
#include <condition_variable>
#include <cstddef>
#include <exception>
#include <functional>
#include <mutex>
#include <thread>
#include <utility>
#include <vector>

namespace kybersaa::base {

// The most threads asked for by default: each brings batches and parser
// state, so a default on a many-core host must not multiply memory.
inline constexpr std::size_t kMaxDefaultThreads = 4;

// The number of worker threads for `threads` processing threads in all (0:
// one per core, at most kMaxDefaultThreads), the calling thread being one
// of them: it processes batches while it waits for one (see oldest()). A
// single thread means no workers.
inline std::size_t worker_count(std::size_t threads) {
  if (threads == 0) {
    threads = std::clamp<std::size_t>(std::thread::hardware_concurrency(), 1, kMaxDefaultThreads);
  }
  return std::min<std::size_t>(threads, 64) - 1;
}

// Not thread-safe itself: one calling thread fills, hands over and collects.
template <class Batch>
class OrderedWorkers {
 public:
  // Processes a batch on worker `worker`: below workers() for the worker
  // threads, workers() for the calling thread; so that each may keep state
  // of its own. An exception it throws is rethrown by oldest() for that
  // batch.
  using Process = std::function<void(std::size_t worker, Batch& batch)>;

  // Starts `workers` threads (none: batches are processed in hand_over()),
  // with a ring of two batches per processing thread (one without workers).
  OrderedWorkers(std::size_t workers, Process process)
      : process_(std::move(process)), slots_(workers == 0 ? 1 : 2 * (workers + 1)) {
    threads_.reserve(workers);
    try {
      for (std::size_t i = 0; i < workers; ++i) threads_.emplace_back([this, i] { work(i); });
    } catch (...) {
      stop();  // the threads that did start, before they are destroyed
      throw;
    }
  }

  // Lets the batches being processed finish, drops the others and stops the
  // workers.
  ~OrderedWorkers() { stop(); }

  OrderedWorkers(const OrderedWorkers&) = delete;
  OrderedWorkers& operator=(const OrderedWorkers&) = delete;

  // Worker threads (0: the calling thread does the work).
  std::size_t workers() const { return threads_.size(); }
  // True when every batch is handed over and not yet collected.
  bool full() const { return handed_ - collected_ == slots_.size(); }
  // True when no batch handed over waits to be collected.
  bool empty() const { return handed_ == collected_; }

  // The next batch to fill, as its last user left it. Only when !full().
  Batch& to_fill() { return slots_[handed_ % slots_.size()].batch; }

  // Hands the batch to_fill() returned over for processing.
  void hand_over() {
    Slot& slot = slots_[handed_ % slots_.size()];
    if (threads_.empty()) {
      run(0, slot);  // workers() == 0: the calling thread's index
      slot.done = true;
      ++handed_;
      return;
    }
    {
      std::lock_guard lock(mutex_);
      ++handed_;
    }
    work_ready_.notify_one();
  }

  // Waits for the oldest batch handed over to be processed and returns it;
  // while it waits, processes batches no worker has taken yet. Only when
  // !empty(). Rethrows what processing it threw.
  Batch& oldest() {
    Slot& slot = slots_[collected_ % slots_.size()];
    if (!threads_.empty()) {
      std::unique_lock lock(mutex_);
      while (!slot.done) {
        if (started_ == handed_) {
          batch_done_.wait(lock);
          continue;
        }
        // Rather than wait, process a batch no worker has taken yet.
        Slot& waiting = slots_[started_++ % slots_.size()];
        lock.unlock();
        run(threads_.size(), waiting);
        lock.lock();
        waiting.done = true;
      }
    }
    if (slot.failure) std::rethrow_exception(std::exchange(slot.failure, nullptr));
    return slot.batch;
  }

  // Returns the oldest batch, collected, to be filled again.
  void release() {
    Slot& slot = slots_[collected_ % slots_.size()];
    std::lock_guard lock(mutex_);
    slot.done = false;
    ++collected_;
  }

 private:
  struct Slot {
    Batch batch;
    bool done = false;  // processed, not yet released
    std::exception_ptr failure;
  };

  void stop() {
    {
      std::lock_guard lock(mutex_);
      stopping_ = true;
    }
    work_ready_.notify_all();
    for (auto& thread : threads_) thread.join();
  }

  // Processes the slot's batch, keeping what it throws.
  void run(std::size_t worker, Slot& slot) {
    try {
      process_(worker, slot.batch);
    } catch (...) {
      slot.failure = std::current_exception();
    }
  }

  void work(std::size_t worker) {
    std::unique_lock lock(mutex_);
    for (;;) {
      work_ready_.wait(lock, [&] { return stopping_ || started_ < handed_; });
      if (stopping_) return;
      Slot& slot = slots_[started_++ % slots_.size()];
      lock.unlock();
      run(worker, slot);
      lock.lock();
      slot.done = true;
      batch_done_.notify_all();
    }
  }

  Process process_;
  std::vector<Slot> slots_;
  std::vector<std::thread> threads_;
  std::mutex mutex_;
  std::condition_variable work_ready_;
  std::condition_variable batch_done_;
  // Counts of batches ever handed over, started by a worker and collected;
  // batch n lives in slots_[n % slots_.size()]. Guarded by mutex_ where
  // workers read them.
  std::size_t handed_ = 0;
  std::size_t started_ = 0;
  std::size_t collected_ = 0;
  bool stopping_ = false;
};

}  // namespace kybersaa::base
