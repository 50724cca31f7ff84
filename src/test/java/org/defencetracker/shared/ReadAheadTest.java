package org.defencetracker.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;

class ReadAheadTest {

    private static final int MANY = ReadAhead.CAPACITY * 3 + 7;

    @AfterEach
    void resetLocale() {
        LocaleContextHolder.resetLocaleContext();
    }

    @Test
    void handsOverEverythingReadInOrderOnTheCallersThread() {
        List<Integer> written = new ArrayList<>();
        Thread caller = Thread.currentThread();
        AtomicReference<Thread> readBy = new AtomicReference<>();

        ReadAhead.<Integer>run(
                items -> {
                    readBy.set(Thread.currentThread());
                    for (int i = 0; i < MANY; i++) {
                        items.accept(i);
                    }
                },
                item -> {
                    assertThat(Thread.currentThread()).isSameAs(caller);
                    written.add(item);
                });

        assertThat(written).hasSize(MANY);
        assertThat(written.get(MANY - 1)).isEqualTo(MANY - 1);
        assertThat(written).isSorted();
        assertThat(readBy.get()).isNotSameAs(caller);
    }

    @Test
    void readsInTheCallersLanguage() {
        LocaleContextHolder.setLocale(Locale.forLanguageTag("kk"));
        List<Locale> seen = new ArrayList<>();

        ReadAhead.<Locale>run(items -> items.accept(LocaleContextHolder.getLocale()), seen::add);

        assertThat(seen).containsExactly(Locale.forLanguageTag("kk"));
    }

    @Test
    void aFailedReadingReachesTheCallerAfterWhatWasReadBeforeIt() {
        List<Integer> written = new ArrayList<>();

        assertThatThrownBy(() -> ReadAhead.<Integer>run(
                        items -> {
                            items.accept(1);
                            items.accept(2);
                            throw new IllegalStateException("the database went away");
                        },
                        written::add))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("the database went away");
        assertThat(written).containsExactly(1, 2);
    }

    @Test
    void aReadingStoppedByAnErrorIsNotTakenForTheEndOfWhatItReads() {
        List<Integer> written = new ArrayList<>();

        assertThatThrownBy(() -> ReadAhead.<Integer>run(
                        items -> {
                            items.accept(1);
                            throw new OutOfMemoryError("no room for the next chunk");
                        },
                        written::add))
                .isInstanceOf(OutOfMemoryError.class);
        assertThat(written).containsExactly(1);
    }

    @Test
    void aFailedWritingStopsTheReader() throws InterruptedException {
        AtomicInteger read = new AtomicInteger();
        CountDownLatch readerDone = new CountDownLatch(1);

        assertThatThrownBy(() -> ReadAhead.<Integer>run(
                        items -> {
                            try {
                                for (int i = 0; i < 1_000_000; i++) {
                                    items.accept(i);
                                    read.incrementAndGet();
                                }
                            } finally {
                                readerDone.countDown();
                            }
                        },
                        item -> {
                            if (item == 10) {
                                throw new IllegalStateException("the reader hung up");
                            }
                        }))
                .hasMessage("the reader hung up");
        assertThat(readerDone.await(5, TimeUnit.SECONDS)).isTrue();
        assertThat(read.get()).isLessThan(1_000_000);
    }
}
