package org.onecity.people.registry;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.onecity.vault.BlindIndex;
import org.onecity.vault.PersonalData;
import org.springframework.jdbc.core.SqlParameterValue;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** people.person: every personal field sealed under its own context, blind indexes for exact lookups. */
@Repository
public class PersonStore {

    private final JdbcClient jdbc;
    private final PersonalData personal;

    PersonStore(JdbcClient jdbc, PersonalData personal) {
        this.jdbc = jdbc;
        this.personal = personal;
    }

    /** Inserts a person: the id comes first, so each value is sealed under its own row's context. */
    PersonRecord insert(PersonDetails d, String holder, String by, Instant at) {
        long id = jdbc.sql("select nextval('people.person_id_seq')").query(Long.class).single();
        UUID key = UUID.randomUUID();
        jdbc.sql("""
                insert into people.person (id, key, curp, given_names, first_surname, second_surname, birth_date,
                    phone, email, address, name_key, curp_index, phone_index, email_index, name_index, sex, alcaldia,
                    holder_agency, created_at, created_by, updated_at, updated_by)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(id, key, seal(id, "curp", d.curp()), seal(id, "given_names", d.givenNames()),
                        seal(id, "first_surname", d.firstSurname()), seal(id, "second_surname", d.secondSurname()),
                        seal(id, "birth_date", d.birthDate() == null ? null : d.birthDate().toString()),
                        seal(id, "phone", d.phone()), seal(id, "email", d.email()), seal(id, "address", d.address()),
                        seal(id, "name_key", nameKey(d)), index(BlindIndex.CURP, d.curp()),
                        index(BlindIndex.PHONE, d.phone()), index(BlindIndex.EMAIL, d.email()),
                        index(BlindIndex.PERSON_NAME, nameKey(d)),
                        d.sex(), d.alcaldia(), holder, ts(at), by, ts(at), by)
                .update();
        return byId(id).orElseThrow();
    }

    /** The record with this key as stored (merged or not). */
    public Optional<PersonRecord> byKey(UUID key) {
        return jdbc.sql("select * from people.person where key = ?").param(key).query(this::map).optional();
    }

    Optional<PersonRecord> byId(long id) {
        return jdbc.sql("select * from people.person where id = ?").param(id).query(this::map).optional();
    }

    /** The living record this key stands for: itself, or the survivor it was merged into. */
    public Optional<PersonRecord> living(UUID key) {
        return jdbc.sql("""
                with recursive chain(id, merged_into, depth) as (
                    select id, merged_into, 0 from people.person where key = ?
                    union all
                    select p.id, p.merged_into, c.depth + 1 from people.person p join chain c on p.id = c.merged_into
                    where c.depth < 100)
                select p.* from people.person p join chain c on c.id = p.id where p.merged_into is null""")
                .param(key).query(this::map).optional();
    }

    /** "person:<key>" of the record and of every record merged into it, directly or not. */
    public List<String> consentSubjects(UUID key) {
        return jdbc.sql("""
                with recursive tree(id, key, depth) as (
                    select id, key, 0 from people.person where key = ?
                    union all
                    select p.id, p.key, t.depth + 1 from people.person p join tree t on p.merged_into = t.id
                    where t.depth < 100)
                select key from tree order by depth, id""")
                .param(key).query((rs, n) -> PersonFields.subject(rs.getObject(1, UUID.class))).list();
    }

    /**
     * Living records whose blind index of this kind matches the value exactly (at most 50), under the
     * current index key or, while one is being rotated, the next.
     */
    public List<PersonRecord> living(BlindIndex kind, String value) {
        String column = switch (kind) {
            case CURP -> "curp_index";
            case PHONE -> "phone_index";
            case EMAIL -> "email_index";
            case PERSON_NAME -> "name_index";
        };
        List<byte[]> indexes = personal.blindIndexes(kind, value);
        if (indexes.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select * from people.person where " + column + " = any(?) and merged_into is null"
                + " order by id limit 50").param(indexes.toArray(new byte[0][])).query(this::map).list();
    }

    /** Living records with this full name and birth date (see {@link #nameKey}). */
    List<PersonRecord> livingByName(String givenNames, String firstSurname, String secondSurname,
                                    LocalDate birthDate) {
        String key = nameKey(givenNames, firstSurname, secondSurname, birthDate);
        return key == null ? List.of() : living(BlindIndex.PERSON_NAME, key);
    }

    /** What the name index hashes: the full name and the birth date; null without a birth date. */
    static String nameKey(String givenNames, String firstSurname, String secondSurname, LocalDate birthDate) {
        if (birthDate == null || givenNames == null || firstSurname == null) {
            return null;
        }
        String full = givenNames + " " + firstSurname + " " + (secondSurname == null ? "" : secondSurname);
        return full.strip() + " " + birthDate;
    }

    private static String nameKey(PersonDetails d) {
        return nameKey(d.givenNames(), d.firstSurname(), d.secondSurname(), d.birthDate());
    }

    /** Re-seals the contact fields and their indexes. */
    void updateContact(long id, String phone, String email, String address, String alcaldia, String by, Instant at) {
        jdbc.sql("""
                update people.person set phone = ?, email = ?, address = ?, alcaldia = ?, phone_index = ?,
                    email_index = ?, updated_at = ?, updated_by = ? where id = ?""")
                .params(seal(id, "phone", phone), seal(id, "email", email), seal(id, "address", address), alcaldia,
                        index(BlindIndex.PHONE, phone), index(BlindIndex.EMAIL, email), ts(at), by, id)
                .update();
    }

    /** Locks both rows (in id order, so two merges never deadlock) and returns them as they are now. */
    List<PersonRecord> lockBoth(long a, long b) {
        return jdbc.sql("select * from people.person where id in (?, ?) order by id for update")
                .params(a, b).query(this::map).list();
    }

    /** Marks {@code merged} as merged into {@code survivor}; false when it was merged meanwhile. */
    boolean markMerged(long merged, long survivor, String by, Instant at) {
        return jdbc.sql("""
                update people.person set merged_into = ?, merged_at = ?, merged_by = ?, updated_at = ?, updated_by = ?
                where id = ? and merged_into is null""")
                .params(survivor, ts(at), by, ts(at), by, merged).update() == 1;
    }

    /** Gives the survivor the values it lacked (re-sealed under its own row's context), with their indexes. */
    void fillIn(PersonRecord s, PersonDetails filled, String by, Instant at) {
        long id = s.id();
        jdbc.sql("""
                update people.person set curp = ?, second_surname = ?, birth_date = ?, phone = ?, email = ?,
                    address = ?, name_key = ?, curp_index = ?, phone_index = ?, email_index = ?, name_index = ?,
                    sex = ?, alcaldia = ?, updated_at = ?, updated_by = ? where id = ?""")
                .params(seal(id, "curp", filled.curp()), seal(id, "second_surname", filled.secondSurname()),
                        seal(id, "birth_date", filled.birthDate() == null ? null : filled.birthDate().toString()),
                        seal(id, "phone", filled.phone()), seal(id, "email", filled.email()),
                        seal(id, "address", filled.address()), seal(id, "name_key", nameKey(filled)),
                        index(BlindIndex.CURP, filled.curp()), index(BlindIndex.PHONE, filled.phone()),
                        index(BlindIndex.EMAIL, filled.email()), index(BlindIndex.PERSON_NAME, nameKey(filled)),
                        filled.sex(), filled.alcaldia(), ts(at), by, id)
                .update();
    }

    private PersonRecord map(ResultSet rs, int n) throws SQLException {
        long id = rs.getLong("id");
        String birth = open(rs, id, "birth_date");
        Long mergedInto = rs.getObject("merged_into", Long.class);
        return new PersonRecord(id, rs.getObject("key", UUID.class), open(rs, id, "curp"),
                open(rs, id, "given_names"), open(rs, id, "first_surname"), open(rs, id, "second_surname"),
                birth == null ? null : LocalDate.parse(birth), rs.getString("sex"), open(rs, id, "phone"),
                open(rs, id, "email"), open(rs, id, "address"), rs.getString("alcaldia"),
                rs.getString("holder_agency"), rs.getTimestamp("created_at").toInstant(), rs.getString("created_by"),
                rs.getTimestamp("updated_at").toInstant(), mergedInto);
    }

    private String open(ResultSet rs, long id, String column) throws SQLException {
        return personal.open(PeopleSealing.TABLE.context(column, id), rs.getBytes(column));
    }

    private SqlParameterValue seal(long id, String column, String value) {
        return bytes(personal.seal(PeopleSealing.TABLE.context(column, id), value));
    }

    private SqlParameterValue index(BlindIndex kind, String value) {
        return bytes(personal.blindIndex(kind, value));
    }

    private static SqlParameterValue bytes(byte[] value) {
        return new SqlParameterValue(Types.BINARY, value);
    }

    private static Timestamp ts(Instant i) {
        return Timestamp.from(i);
    }
}
