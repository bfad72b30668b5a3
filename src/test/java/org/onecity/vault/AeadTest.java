package org.onecity.vault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;
import org.onecity.vault.crypto.Aead;

class AeadTest {

    private final SecretKeySpec key = new SecretKeySpec(new byte[32], "AES");

    @Test
    void aValueOpensOnlyInTheContextItWasSealedFor() {
        byte[] sealed = Aead.seal(key, 7, "ana@mail.example".getBytes(StandardCharsets.UTF_8), "t.email#1");
        assertThat(Aead.keyId(sealed)).isEqualTo(7);
        assertThat(new String(Aead.open(key, sealed, "t.email#1"), StandardCharsets.UTF_8)).isEqualTo("ana@mail.example");
        assertThatThrownBy(() -> Aead.open(key, sealed, "t.email#2")).hasMessageContaining("integrity");
        sealed[sealed.length - 1] ^= 1;
        assertThatThrownBy(() -> Aead.open(key, sealed, "t.email#1")).hasMessageContaining("integrity");
    }

    @Test
    void twoSealsOfOneValueDiffer() {
        byte[] a = Aead.seal(key, 1, "x".getBytes(StandardCharsets.UTF_8), "c");
        byte[] b = Aead.seal(key, 1, "x".getBytes(StandardCharsets.UTF_8), "c");
        assertThat(a).isNotEqualTo(b);
    }

    @Test
    void blindIndexesCompareNormalizedValues() {
        assertThat(BlindIndex.EMAIL.normalize(" Ana@Mail.Example ")).isEqualTo("ana@mail.example");
        assertThat(BlindIndex.PHONE.normalize("+1 (212) 555-0100")).isEqualTo("12125550100");
        assertThat(BlindIndex.CURP.normalize("gode 561231hdfrrn09")).isEqualTo("GODE561231HDFRRN09");
    }
}
