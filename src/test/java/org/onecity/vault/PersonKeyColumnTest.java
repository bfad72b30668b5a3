package org.onecity.vault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PersonKeyColumnTest {

    @Test
    void takesPlainSqlNames() {
        var c = new PersonKeyColumn("sharing.consent", "subject", "subject_key");
        assertThat(c.table()).isEqualTo("sharing.consent");
        assertThat(c.keyColumn()).isEqualTo("subject_key");
    }

    @Test
    void refusesNamesThatAreNotPlainSql() {
        assertThatThrownBy(() -> new PersonKeyColumn("sharing.consent", "subject; drop table x", "subject_key"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PersonKeyColumn("sharing.consent", "subject", null))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
