package org.onecity.mydata;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.onecity.messaging.NotificationLinks;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Limits asks for a registry "who accessed my data" link, across the cluster, in
 * {@code mydata.my_data_ask}: at most {@code onecity.my-data.asks-per-curp} (default 5) per CURP
 * in any 24 hours, and {@code onecity.my-data.asks-per-address} (default 20) per client address in
 * any hour. The CURP is kept only as a keyed hash. Runs in the caller's transaction; an advisory lock
 * per key makes "count, then record" atomic across nodes.
 */
@Component
class MyDataAskLimiter {

    static final Duration CURP_WINDOW = Duration.ofHours(24);
    static final Duration ADDRESS_WINDOW = Duration.ofHours(1);

    private final JdbcClient jdbc;
    private final NotificationLinks links;
    private final int perCurp;
    private final int perAddress;
    private final Clock clock;

    MyDataAskLimiter(JdbcClient jdbc, NotificationLinks links, @Value("${onecity.my-data.asks-per-curp:5}") int perCurp,
                     @Value("${onecity.my-data.asks-per-address:20}") int perAddress, Clock clock) {
        this.jdbc = jdbc;
        this.links = links;
        this.perCurp = perCurp;
        this.perAddress = perAddress;
        this.clock = clock;
    }

    /** True (and counted under both keys) when neither the CURP nor the address has used up its asks. */
    boolean tryAcquire(String curp, String address) {
        String curpKey = links.fingerprint("my-data-ask", curp);
        String addressKey = address == null ? "" : address.length() > 100 ? address.substring(0, 100) : address;
        Instant now = clock.instant();
        lock("curp", curpKey);
        lock("address", addressKey);
        jdbc.sql("delete from mydata.my_data_ask where at <= ?").param(Timestamp.from(now.minus(CURP_WINDOW))).update();
        if (recent("curp", curpKey, now.minus(CURP_WINDOW)) >= perCurp
                || recent("address", addressKey, now.minus(ADDRESS_WINDOW)) >= perAddress) {
            return false;
        }
        for (String[] k : new String[][]{{"curp", curpKey}, {"address", addressKey}}) {
            jdbc.sql("insert into mydata.my_data_ask (scope, key, at) values (?, ?, ?)")
                    .params(k[0], k[1], Timestamp.from(now)).update();
        }
        return true;
    }

    private void lock(String scope, String key) {
        jdbc.sql("select pg_advisory_xact_lock(hashtext('mydata.my_data_ask'), hashtext(?))").param(scope + ":" + key)
                .query((rs, n) -> 1).list();
    }

    private int recent(String scope, String key, Instant since) {
        return jdbc.sql("select count(*) from mydata.my_data_ask where scope = ? and key = ? and at > ?")
                .params(scope, key, Timestamp.from(since)).query(Integer.class).single();
    }
}
