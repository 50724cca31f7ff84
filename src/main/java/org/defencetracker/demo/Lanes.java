package org.defencetracker.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;

/**
 * Writes batches in lanes that run side by side, each lane one batch after the other in the order given. Batches of
 * one lane may touch the same rows (the monthly counts of the same months), so they never run at once; batches of
 * different lanes must not. A lane holds at most two batches waiting, so that generating does not run ahead of
 * writing and fill the memory.
 */
final class Lanes implements AutoCloseable {

    private final List<ExecutorService> lanes = new ArrayList<>();
    private final List<Semaphore> room = new ArrayList<>();
    private final List<Future<Integer>> results = new ArrayList<>();

    Lanes(int count) {
        for (int i = 0; i < count; i++) {
            lanes.add(Executors.newSingleThreadExecutor());
            room.add(new Semaphore(2));
        }
    }

    /** Queues a batch in a lane, waiting while the lane has two batches waiting already. */
    void submit(int lane, Callable<Integer> batch) {
        Semaphore free = room.get(lane);
        try {
            free.acquire();
        } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while generating", ex);
        }
        results.add(lanes.get(lane).submit(() -> {
            try {
                return batch.call();
            } finally {
                free.release();
            }
        }));
    }

    /** Waits for every batch queued so far; answers the sum of what they answered, or throws the first failure. */
    int await() {
        int sum = 0;
        for (Future<Integer> result : results) {
            try {
                sum += result.get();
            } catch (InterruptedException ex) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while generating", ex);
            } catch (ExecutionException ex) {
                throw ex.getCause() instanceof RuntimeException failure
                        ? failure
                        : new IllegalStateException(ex.getCause());
            }
        }
        results.clear();
        return sum;
    }

    @Override
    public void close() {
        lanes.forEach(ExecutorService::shutdownNow);
    }
}
