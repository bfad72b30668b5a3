package org.onecity.sharing;

import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.springframework.stereotype.Service;

/**
 * The key consent is recorded under for a person who has no registry record yet (a requester, a
 * caller): the blind index (keyed HMAC) of their email, else of their phone, as
 * {@code email:<hex>} / {@code phone:<hex>}. The same person giving the same address on another
 * request, or to an agent on the phone, is the same key; the key reveals nothing without the index
 * key, which never leaves the key ring. When the people registry arrives, its person id replaces it.
 */
@Service
public class PersonKeys {

    private final PersonalData personalData;

    PersonKeys(PersonalData personalData) {
        this.personalData = personalData;
    }

    /** Every key of the person: email first, then phone; empty when neither is known. */
    public List<String> of(String email, String phone) {
        List<String> keys = new ArrayList<>(2);
        add(keys, "email", BlindIndex.EMAIL, email);
        add(keys, "phone", BlindIndex.PHONE, phone);
        return keys;
    }

    private void add(List<String> keys, String prefix, BlindIndex kind, String value) {
        if (value == null || value.isBlank() || kind.normalize(value).isEmpty()) {
            return;
        }
        keys.add(prefix + ":" + HexFormat.of().formatHex(personalData.blindIndex(kind, value)));
    }
}
