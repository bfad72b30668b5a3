package org.onecity.imports.mapping;

import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/** A thread-safe memo that stops remembering (but keeps answering) once it holds {@code limit} entries. */
final class BoundedCache<K, V> extends ConcurrentHashMap<K, V> {

    private final int limit;

    BoundedCache(int limit) {
        this.limit = limit;
    }

    @Override
    public V computeIfAbsent(K key, Function<? super K, ? extends V> compute) {
        V known = get(key);
        if (known != null) {
            return known;
        }
        V value = compute.apply(key);
        if (size() < limit) {
            putIfAbsent(key, value);
        }
        return value;
    }
}
