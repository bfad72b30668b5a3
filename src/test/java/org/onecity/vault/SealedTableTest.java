package org.onecity.vault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class SealedTableTest {

    private final SealedTable table = new SealedTable("messaging.person_link_ask", "id",
            List.of(SealedTable.Column.sealed("curp")));

    @Test
    void valuesAreBoundToTheTablesOwnNameByDefault() {
        assertThat(table.contextName()).isEqualTo("messaging.person_link_ask");
        assertThat(table.context("curp", 7)).isEqualTo(PersonalData.context("messaging.person_link_ask", "curp", 7));
    }

    @Test
    void aMovedTableKeepsTheContextItsRowsWereSealedUnder() {
        SealedTable moved = new SealedTable("mydata.person_link_ask", "id", table.columns())
                .sealedAs("messaging.person_link_ask");
        assertThat(moved.table()).isEqualTo("mydata.person_link_ask");
        assertThat(moved.context("curp", 7)).isEqualTo(table.context("curp", 7));
    }

    @Test
    void refusesNamesThatAreNotPlainSql() {
        assertThatThrownBy(() -> table.sealedAs("x; drop table y")).isInstanceOf(IllegalArgumentException.class);
    }
}
