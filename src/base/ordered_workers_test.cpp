#include "base/ordered_workers.hpp"

#include <gtest/gtest.h>

#include <atomic>
#include <chrono>
#include <stdexcept>
#include <thread>
#include <vector>

namespace kybersaa::base {
namespace {

struct Batch {
  int input = 0;
  int output = 0;
  std::size_t worker = 0;
};

// Hands `count` batches over, keeping the ring full, and returns the
// outputs in the order they were collected.
std::vector<int> run_batches(OrderedWorkers<Batch>& workers, int count) {
  std::vector<int> outputs;
  int next = 0;
  for (;;) {
    while (next < count && !workers.full()) {
      workers.to_fill().input = next++;
      workers.hand_over();
    }
    if (workers.empty()) break;
    outputs.push_back(workers.oldest().output);
    workers.release();
  }
  return outputs;
}

TEST(OrderedWorkers, CollectsBatchesInTheOrderTheyWereHandedOver) {
  std::atomic<int> processed{0};
  OrderedWorkers<Batch> workers(3, [&](std::size_t worker, Batch& batch) {
    // Later batches finish first now and then.
    std::this_thread::sleep_for(std::chrono::microseconds((batch.input * 37) % 200));
    batch.output = batch.input * 2;
    batch.worker = worker;
    ++processed;
  });
  EXPECT_EQ(workers.workers(), 3U);
  const auto outputs = run_batches(workers, 300);
  ASSERT_EQ(outputs.size(), 300U);
  for (int i = 0; i < 300; ++i) EXPECT_EQ(outputs[static_cast<std::size_t>(i)], i * 2) << i;
  EXPECT_EQ(processed.load(), 300);
}

// Worker threads see indexes below workers(); the calling thread, which
// processes batches while it waits, sees workers().
TEST(OrderedWorkers, EachThreadSeesItsOwnIndex) {
  const auto caller = std::this_thread::get_id();
  std::vector<std::atomic<int>> per_index(3);
  std::atomic<bool> wrong_thread{false};
  OrderedWorkers<Batch> workers(2, [&](std::size_t index, Batch& batch) {
    ASSERT_LE(index, 2U);
    if ((index == 2) != (std::this_thread::get_id() == caller)) wrong_thread = true;
    ++per_index[index];
    // Slow batches, so that the calling thread finds some waiting.
    std::this_thread::sleep_for(std::chrono::microseconds(200));
    batch.output = batch.input;
  });
  run_batches(workers, 200);
  EXPECT_FALSE(wrong_thread.load());
  EXPECT_EQ(per_index[0].load() + per_index[1].load() + per_index[2].load(), 200);
  EXPECT_GT(per_index[2].load(), 0);
}

TEST(OrderedWorkers, WithoutWorkersProcessesOnHandOver) {
  const auto caller = std::this_thread::get_id();
  OrderedWorkers<Batch> workers(0, [&](std::size_t worker, Batch& batch) {
    EXPECT_EQ(worker, 0U);
    EXPECT_EQ(std::this_thread::get_id(), caller);
    batch.output = batch.input + 1;
  });
  EXPECT_EQ(workers.workers(), 0U);
  workers.to_fill().input = 41;
  workers.hand_over();
  // The ring holds one batch: it is full until that one is collected.
  EXPECT_TRUE(workers.full());
  EXPECT_EQ(workers.oldest().output, 42);
  workers.release();
  EXPECT_TRUE(workers.empty());
  EXPECT_EQ(run_batches(workers, 5), (std::vector<int>{1, 2, 3, 4, 5}));
}

TEST(OrderedWorkers, RethrowsWhatProcessingThrewWhenTheBatchIsCollected) {
  for (const std::size_t threads : {0U, 2U}) {
    OrderedWorkers<Batch> workers(threads, [](std::size_t, Batch& batch) {
      if (batch.input == 3) throw std::runtime_error("batch 3 failed");
      batch.output = batch.input;
    });
    int next = 0;
    std::vector<int> outputs;
    bool threw = false;
    while (!threw) {
      while (next < 6 && !workers.full()) {
        workers.to_fill().input = next++;
        workers.hand_over();
      }
      if (workers.empty()) break;
      try {
        outputs.push_back(workers.oldest().output);
      } catch (const std::runtime_error& error) {
        EXPECT_STREQ(error.what(), "batch 3 failed");
        threw = true;
      }
      workers.release();
    }
    EXPECT_TRUE(threw) << threads;
    EXPECT_EQ(outputs, (std::vector<int>{0, 1, 2})) << threads;
  }
}

TEST(OrderedWorkers, StopsWithBatchesNotCollected) {
  std::atomic<int> processed{0};
  {
    OrderedWorkers<Batch> workers(2, [&](std::size_t, Batch&) {
      std::this_thread::sleep_for(std::chrono::milliseconds(2));
      ++processed;
    });
    while (!workers.full()) workers.hand_over();
  }  // must return, whatever the workers were doing
  EXPECT_LE(processed.load(), 6);
}

TEST(OrderedWorkers, WorkerCountFollowsTheThreadsAsked) {
  // The calling thread is one of the threads asked for.
  EXPECT_EQ(worker_count(1), 0U);
  EXPECT_EQ(worker_count(2), 1U);
  EXPECT_EQ(worker_count(8), 7U);
  EXPECT_EQ(worker_count(1000), 63U);
  // By default one per core, but not so many that memory multiplies.
  const std::size_t cores = std::max(1U, std::thread::hardware_concurrency());
  EXPECT_EQ(worker_count(0), std::min(cores, kMaxDefaultThreads) - 1);
}

}  // namespace
}  // namespace kybersaa::base
