package org.onecity.platform;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Rows that change rarely and are read on every request (the catalog, the routing rules), held in
 * memory. The first read loads them; once older than {@code maxAge} the stale value is still served
 * while one background load brings the next, so no request waits and every node sees another
 * node's change within {@code maxAge}. {@link #forget()} drops the value at once after a change on
 * this node: a load that started before the change never installs its older rows.
 */
public final class RefreshingSnapshot<T> {

    private record Taken<T>(Instant at, T value) {
    }

    private final Supplier<T> loader;
    private final Clock clock;
    private final Duration maxAge;
    private final Executor reloads;
    private volatile Taken<T> current;
    private final AtomicBoolean refreshing = new AtomicBoolean();
    /** Bumped by every change; a load that started before a change must not install its older rows. */
    private final AtomicLong generation = new AtomicLong();

    public RefreshingSnapshot(Supplier<T> loader, Clock clock, Duration maxAge, Executor reloads) {
        this.loader = loader;
        this.clock = clock;
        this.maxAge = maxAge;
        this.reloads = reloads;
    }

    public T get() {
        Taken<T> t = current;
        if (t == null) {
            long before = generation.get();
            t = load();
            install(before, t);
            return t.value();
        }
        Instant now = clock.instant();
        if ((t.at().plus(maxAge).isBefore(now) || t.at().isAfter(now)) && refreshing.compareAndSet(false, true)) {
            CompletableFuture.runAsync(() -> {
                try {
                    long before = generation.get();
                    install(before, load());
                } finally {
                    refreshing.set(false);
                }
            }, reloads);
        }
        return t.value();
    }

    private Taken<T> load() {
        Instant at = clock.instant();
        return new Taken<>(at, loader.get());
    }

    private synchronized void install(long loadedAtGeneration, Taken<T> loaded) {
        if (generation.get() == loadedAtGeneration) {
            current = loaded;
        }
    }

    private synchronized void drop() {
        generation.incrementAndGet();
        current = null;
    }

    /** Drops the value; inside a transaction, again once it has ended (so no reader keeps old or rolled-back rows). */
    public void forget() {
        drop();
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    drop();
                }
            });
        }
    }
}
