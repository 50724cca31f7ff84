package org.defencetracker.shared;

import java.util.Locale;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CancellationException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.springframework.context.i18n.LocaleContextHolder;

/**
 * Runs a reading on a thread of its own and hands what it reads to the calling thread through a bounded queue, so
 * that reading rows from the database and writing them out overlap. PostgreSQL streams a result a chunk at a time
 * and waits for the client to ask for the next: read and written on one thread, the database idled while each
 * chunk was written out and the writing waited while it read (a whole-timeline export spent about as long in each).
 *
 * <p>The reading runs with the caller's locale. A failure on either side stops the other: the reader's (an error
 * too, never taken for the end of what it reads) is thrown to the caller once what it read before has been handed
 * over; the caller's stops the reader at its next item.
 */
public final class ReadAhead {

    /** How many items may wait between the reader and the caller. */
    static final int CAPACITY = 2_000;

    private static final Object END = new Object();
    private static final long WAIT_MILLIS = 100;

    private ReadAhead() {}

    /** Runs {@code reading}, which passes each item it reads to the consumer it is given; calls {@code action} on each. */
    @SuppressWarnings("unchecked")
    public static <T> void run(Consumer<Consumer<T>> reading, Consumer<T> action) {
        BlockingQueue<Object> queue = new ArrayBlockingQueue<>(CAPACITY);
        AtomicBoolean stopped = new AtomicBoolean();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Locale locale = LocaleContextHolder.getLocale();
        Thread reader = new Thread(
                () -> {
                    LocaleContextHolder.setLocale(locale);
                    try {
                        reading.accept(item -> hand(queue, item, stopped));
                    } catch (RuntimeException | Error ex) {
                        if (!stopped.get()) {
                            failure.set(ex);
                        }
                    } finally {
                        LocaleContextHolder.resetLocaleContext();
                        try {
                            hand(queue, END, stopped);
                        } catch (CancellationException ignored) {
                            // The caller has stopped reading.
                        }
                    }
                },
                "read-ahead");
        reader.setDaemon(true);
        reader.start();
        try {
            for (Object next = take(queue); next != END; next = take(queue)) {
                action.accept((T) next);
            }
        } finally {
            stopped.set(true);
        }
        Throwable failed = failure.get();
        if (failed instanceof Error error) {
            throw error;
        }
        if (failed != null) {
            throw (RuntimeException) failed;
        }
    }

    /** Waits for room in the queue, giving up once the other side has stopped. */
    private static void hand(BlockingQueue<Object> queue, Object item, AtomicBoolean stopped) {
        try {
            while (!queue.offer(item, WAIT_MILLIS, TimeUnit.MILLISECONDS)) {
                if (stopped.get()) {
                    throw new CancellationException("the reader's items are no longer taken");
                }
            }
        } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new CancellationException("interrupted");
        }
    }

    private static Object take(BlockingQueue<Object> queue) {
        try {
            return queue.take();
        } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the rows read ahead", ex);
        }
    }
}
