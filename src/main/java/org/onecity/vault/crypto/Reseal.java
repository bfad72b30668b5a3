package org.onecity.vault.crypto;

import java.sql.Types;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.onecity.vault.PersonalData;
import org.onecity.vault.SealedTable;
import org.onecity.vault.SealedTable.Column;
import org.springframework.jdbc.core.SqlParameterValue;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Re-encrypts the rows of the declared sealed tables that are not under the newest key (or are
 * still legacy plaintext), in batches claimed with FOR UPDATE SKIP LOCKED, so nodes keep serving
 * and two runs share the work. Blind indexes are recomputed on the way.
 */
@Component
public class Reseal {

    private final JdbcClient jdbc;
    private final TransactionTemplate tx;
    private final PersonalData data;
    private final KeyRing keys;
    private final List<SealedTable> tables;

    Reseal(JdbcClient jdbc, PlatformTransactionManager transactions, PersonalData data, KeyRing keys,
           List<SealedTable> tables) {
        this.jdbc = jdbc;
        this.tx = new TransactionTemplate(transactions);
        this.data = data;
        this.keys = keys;
        this.tables = tables;
    }

    /** Rows re-encrypted; {@code legacyOnly} limits the pass to values still in plaintext. */
    public long run(int batchSize, boolean legacyOnly) {
        long total = 0;
        for (SealedTable t : tables) {
            int n;
            do {
                n = tx.execute(s -> batch(t, batchSize, legacyOnly));
                total += n;
            } while (n > 0);
        }
        return total;
    }

    private int batch(SealedTable t, int size, boolean legacyOnly) {
        int current = keys.current().id();
        List<String> stale = new ArrayList<>();
        for (Column c : t.columns()) {
            stale.add(legacyOnly ? "get_byte(" + c.name() + ", 0) = 0"
                    : "substring(" + c.name() + " from 1 for 5) <> :prefix");
            if (c.indexColumn() != null) {
                stale.add("(" + c.name() + " is not null and " + c.indexColumn() + " is null)");
            }
        }
        String sql = "select * from " + t.table() + " where " + String.join(" or ", stale)
                + " order by " + t.idColumn() + " limit :limit for update skip locked";
        var query = jdbc.sql(sql).param("limit", size);
        if (!legacyOnly) {
            query = query.param("prefix", java.nio.ByteBuffer.allocate(5).put((byte) 1).putInt(current).array());
        }
        List<Map<String, Object>> rows = query.query().listOfRows();
        for (Map<String, Object> row : rows) {
            long id = ((Number) row.get(t.idColumn())).longValue();
            Map<String, Object> values = new LinkedHashMap<>();
            for (Column c : t.columns()) {
                String plain = data.open(t.context(c.name(), id), (byte[]) row.get(c.name()));
                values.put(c.name(), bytes(data.seal(t.context(c.name(), id), plain)));
                if (c.indexColumn() != null) {
                    values.put(c.indexColumn(), bytes(data.blindIndex(c.index(), plain)));
                }
            }
            String set = String.join(", ", values.keySet().stream().map(k -> k + " = :" + k).toList());
            jdbc.sql("update " + t.table() + " set " + set + " where " + t.idColumn() + " = :id")
                    .params(values).param("id", id).update();
        }
        return rows.size();
    }

    private static SqlParameterValue bytes(byte[] value) {
        return new SqlParameterValue(Types.BINARY, value);
    }
}
