package org.onecity.requests;

import java.util.List;
import java.util.function.BiConsumer;
import java.util.stream.Collectors;

/**
 * The staging table of a bulk load (a temporary table of the loading session) and its COPY encoding:
 * PostgreSQL's binary COPY format, which the server stores without parsing text (timestamps, numbers) and
 * the loader writes without formatting or escaping it. {@link #COLUMNS} is the one list of the staged row's
 * columns: the table, the encoding and {@link RequestBulkLoad}'s statements are made from it.
 */
final class StageCopy {

    static final String TABLE = "pg_temp.import_stage";

    /** One column: its name, its type, and how a row's value is written. */
    private record Column(String name, String type, BiConsumer<CopyBuffer, StagedRow> write) {
    }

    private static final List<Column> COLUMNS = List.of(
            new Column("line", "bigint", (b, r) -> b.int8(r.line())),
            new Column("source_key", "text", (b, r) -> b.text(r.sourceKey())),
            new Column("number", "text", (b, r) -> b.text(r.number())),
            new Column("service_code", "text", (b, r) -> b.text(r.serviceCode())),
            new Column("agency_code", "text", (b, r) -> b.text(r.agencyCode())),
            new Column("status", "text", (b, r) -> b.text(r.status().wire())),
            new Column("outcome", "text", (b, r) -> b.text(r.outcome() == null ? null : r.outcome().wire())),
            new Column("channel", "text", (b, r) -> b.text(r.channel().wire())),
            new Column("description", "text", (b, r) -> b.text(r.description())),
            new Column("lat", "float8", (b, r) -> b.float8(r.lat())),
            new Column("lon", "float8", (b, r) -> b.float8(r.lon())),
            new Column("address", "text", (b, r) -> b.text(r.address())),
            new Column("address_id", "text", (b, r) -> b.text(r.addressId())),
            new Column("zipcode", "text", (b, r) -> b.text(r.zipcode())),
            new Column("districts", "jsonb", (b, r) -> b.jsonb(r.districts().json())),
            new Column("attributes", "jsonb", (b, r) -> b.jsonb(r.attributesJson())),
            new Column("requested_at", "timestamptz", (b, r) -> b.timestamp(r.requestedAt())),
            new Column("updated_at", "timestamptz", (b, r) -> b.timestamp(r.updatedAt())),
            new Column("expected_at", "timestamptz", (b, r) -> b.timestamp(r.expectedAt())),
            new Column("closed_at", "timestamptz", (b, r) -> b.timestamp(r.closedAt())),
            new Column("resolution", "text", (b, r) -> b.text(r.resolution())));

    /** The columns a bulk load writes into requests.service_request as they are (all but line, key and number). */
    static final List<String> FIELDS = COLUMNS.subList(3, COLUMNS.size()).stream().map(Column::name).toList();

    static final String CREATE = "create temp table if not exists import_stage ("
            + COLUMNS.stream().map(c -> c.name() + " " + c.type()).collect(Collectors.joining(", "))
            + ") on commit delete rows";

    static final String COPY = "copy " + TABLE + " from stdin (format binary)";

    private static final byte[] HEADER = {'P', 'G', 'C', 'O', 'P', 'Y', '\n', (byte) 0xff, '\r', '\n', 0, 0, 0, 0, 0, 0,
        0, 0, 0};

    private StageCopy() {
    }

    /** The rows in binary COPY format; {@link Encoded#length()} bytes of {@link Encoded#bytes()} are used. */
    static Encoded encode(List<StagedRow> rows) {
        CopyBuffer b = new CopyBuffer(rows.size() * 448 + 64);
        b.bytes(HEADER);
        short columns = (short) COLUMNS.size();
        for (StagedRow r : rows) {
            b.int16(columns);
            for (Column c : COLUMNS) {
                c.write().accept(b, r);
            }
        }
        b.int16((short) -1);
        return new Encoded(b.data, b.size);
    }

    record Encoded(byte[] bytes, int length) {
    }
}
