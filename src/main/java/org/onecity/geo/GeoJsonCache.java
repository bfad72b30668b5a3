package org.onecity.geo;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The simplified layers already written, per layer and tolerance; the least recently used go
 * first once there are more than {@code capacity}, since any tolerance may be asked for.
 */
final class GeoJsonCache {

    private record Key(String layer, double tolerance) {
    }

    private final Map<Key, String> entries;

    GeoJsonCache(int capacity) {
        this.entries = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Key, String> eldest) {
                return size() > capacity;
            }
        };
    }

    String get(String layer, double tolerance, Supplier<String> write) {
        Key key = new Key(layer, tolerance);
        synchronized (entries) {
            String cached = entries.get(key);
            if (cached != null) {
                return cached;
            }
        }
        String written = write.get(); // outside the lock: a slow layer does not hold up the others
        synchronized (entries) {
            String first = entries.putIfAbsent(key, written);
            return first != null ? first : written;
        }
    }
}
