package org.onecity.vault.crypto;

import java.sql.Timestamp;
import java.sql.Types;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.onecity.vault.BlindIndex;
import org.onecity.vault.IndexColumn;
import org.onecity.vault.PersonKeyColumn;
import org.onecity.vault.PersonKeys;
import org.onecity.vault.PersonalData;
import org.onecity.vault.SealedTable;
import org.onecity.vault.SealedTable.Column;
import org.springframework.jdbc.core.SqlParameterValue;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The re-index job of an index-key rotation: walks every declared {@link SealedTable} with a blind
 * index column in id order, opens each sealed value, stores its index under the next key, and moves
 * the person keys of that value in the declared {@link PersonKeyColumn}s (consent subjects) from the
 * old key to the next one. One batch is
 * one transaction: it claims the table's progress row with FOR UPDATE SKIP LOCKED (so two nodes work
 * on different tables, never on the same rows), locks the next rows of the table, updates them and
 * the progress row, and commits; a killed run resumes after the last committed batch. Declared
 * {@link IndexColumn}s holding one of the batch's old hashes are mapped to the new ones on the way.
 */
@Component
public class Reindex {

    private final JdbcClient jdbc;
    private final TransactionTemplate tx;
    private final PersonalData data;
    private final List<SealedTable> tables;
    private final List<IndexColumn> copies;
    private final List<PersonKeyColumn> personKeys;
    private final Clock clock;

    Reindex(JdbcClient jdbc, PlatformTransactionManager transactions, PersonalData data, List<SealedTable> tables,
            List<IndexColumn> copies, List<PersonKeyColumn> personKeys, Clock clock) {
        this.jdbc = jdbc;
        this.tx = new TransactionTemplate(transactions);
        this.data = data;
        this.tables = tables.stream().filter(t -> t.columns().stream().anyMatch(c -> c.indexColumn() != null))
                .toList();
        this.copies = List.copyOf(copies);
        this.personKeys = List.copyOf(personKeys);
        this.clock = clock;
    }

    /** The declared tables that hold blind indexes. */
    public List<String> tableNames() {
        return tables.stream().map(SealedTable::table).distinct().toList();
    }

    /**
     * Runs batches of the rotation from {@code old} to {@code next} until every table is done, no table
     * is free (another node works on it) or {@code maxBatches} ran (no limit when 0 or less).
     * Returns the number of batches run.
     */
    public int run(IndexKeys.Generation old, IndexKeys.Generation next, int batchSize, int maxBatches) {
        Timestamp now = Timestamp.from(clock.instant());
        for (String table : tableNames()) {
            jdbc.sql("""
                    insert into vault.index_rekey (key_id, table_name, started_at) values (?, ?, ?)
                    on conflict do nothing""").params(next.id(), table, now).update();
        }
        int batches = 0;
        boolean progressed = true;
        while (progressed) {
            progressed = false;
            for (SealedTable t : tables) {
                if (maxBatches > 0 && batches >= maxBatches) {
                    return batches;
                }
                if (Boolean.TRUE.equals(tx.execute(s -> batch(t, old, next, batchSize)))) {
                    batches++;
                    progressed = true;
                }
            }
        }
        return batches;
    }

    private boolean batch(SealedTable t, IndexKeys.Generation old, IndexKeys.Generation next, int size) {
        Optional<Long> cursor = jdbc.sql("""
                select last_id from vault.index_rekey where key_id = ? and table_name = ? and done_at is null
                for update skip locked""").params(next.id(), t.table()).query(Long.class).optional();
        if (cursor.isEmpty()) {
            return false;
        }
        List<String> columns = new ArrayList<>(List.of(t.idColumn()));
        for (Column c : t.columns()) {
            if (c.indexColumn() != null) {
                columns.addAll(List.of(c.name(), c.indexColumn()));
            }
        }
        List<Map<String, Object>> rows = jdbc.sql("select " + String.join(", ", columns) + " from " + t.table()
                        + " where " + t.idColumn() + " > ? order by " + t.idColumn() + " limit ? for update")
                .params(cursor.get(), size).query().listOfRows();
        long changed = 0;
        List<String[]> moves = new ArrayList<>();
        Map<BlindIndex, List<byte[][]>> hashes = new java.util.EnumMap<>(BlindIndex.class);
        long last = cursor.get();
        for (Map<String, Object> row : rows) {
            long id = ((Number) row.get(t.idColumn())).longValue();
            last = id;
            Map<String, Object> values = new LinkedHashMap<>();
            for (Column c : t.columns()) {
                if (c.indexColumn() == null) {
                    continue;
                }
                String plain = data.open(t.context(c.name(), id), (byte[]) row.get(c.name()));
                boolean blank = plain == null || plain.isBlank();
                byte[] index = blank ? null : IndexKeys.hash(next.key(), c.index(), plain);
                if (!Arrays.equals(index, (byte[]) row.get(c.indexColumn()))) {
                    values.put(c.indexColumn(), new SqlParameterValue(Types.BINARY, index));
                }
                if (!blank && !c.index().normalize(plain).isEmpty()) {
                    byte[] before = IndexKeys.hash(old.key(), c.index(), plain);
                    moves.add(new String[] {PersonKeys.key(c.index(), before), PersonKeys.key(c.index(), index)});
                    hashes.computeIfAbsent(c.index(), k -> new ArrayList<>()).add(new byte[][] {before, index});
                }
            }
            if (!values.isEmpty()) {
                String set = String.join(", ", values.keySet().stream().map(k -> k + " = :" + k).toList());
                jdbc.sql("update " + t.table() + " set " + set + " where " + t.idColumn() + " = :id")
                        .params(values).param("id", id).update();
                changed++;
            }
        }
        long moved = moveSubjects(moves, next.id());
        mapCopies(hashes);
        jdbc.sql("""
                update vault.index_rekey set last_id = ?, rows_seen = rows_seen + ?, rows_changed = rows_changed + ?,
                    subjects_moved = subjects_moved + ?, done_at = ? where key_id = ? and table_name = ?""")
                .params(last, rows.size(), changed, moved,
                        rows.size() < size ? Timestamp.from(clock.instant()) : null, next.id(), t.table())
                .update();
        return true;
    }

    private void mapCopies(Map<BlindIndex, List<byte[][]>> hashes) {
        for (IndexColumn c : copies) {
            List<byte[][]> pairs = hashes.getOrDefault(c.index(), List.of());
            if (!pairs.isEmpty()) {
                jdbc.sql("update " + c.table() + " t set " + c.column() + " = m.next from unnest(?::bytea[], ?::bytea[])"
                                + " as m(old, next) where t." + c.column() + " = m.old")
                        .params(pairs.stream().map(p -> p[0]).toArray(byte[][]::new),
                                pairs.stream().map(p -> p[1]).toArray(byte[][]::new)).update();
            }
        }
    }

    /** Moves person keys (consent subjects) from their form under the old index key to the one under the next. */
    private long moveSubjects(List<String[]> moves, int nextId) {
        if (moves.isEmpty()) {
            return 0;
        }
        String[] from = moves.stream().map(m -> m[0]).toArray(String[]::new);
        String[] to = moves.stream().map(m -> m[1]).toArray(String[]::new);
        long moved = 0;
        for (PersonKeyColumn c : personKeys) {
            moved += jdbc.sql("update " + c.table() + " t set " + c.column() + " = m.next, " + c.keyColumn() + " = ?"
                            + " from unnest(?::text[], ?::text[]) as m(old, next) where t." + c.column() + " = m.old")
                    .params(nextId, from, to).update();
        }
        return moved;
    }

    /** Person keys still under another index key than {@code keyId} (their person has no sealed row left). */
    public long personKeysNotUnder(int keyId) {
        long n = 0;
        for (PersonKeyColumn c : personKeys) {
            n += jdbc.sql("select count(*) from " + c.table() + " where " + c.keyColumn() + " is not null and "
                    + c.keyColumn() + " <> ?").param(keyId).query(Long.class).single();
        }
        return n;
    }
}
