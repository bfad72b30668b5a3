package org.onecity.vault;

import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import org.onecity.vault.crypto.IndexKeys;
import org.springframework.stereotype.Service;

/**
 * The key consent is recorded under for a person who has no registry record yet (a requester, a
 * caller): the blind index (keyed HMAC) of their email, else of their phone, as
 * {@code email:<hex>} / {@code phone:<hex>}. The same person giving the same address on another
 * request, or to an agent on the phone, is the same key; the key reveals nothing without the index
 * key, which never leaves the key ring. When the people registry arrives, its person id replaces it.
 * While the index key is being rotated a person has these keys under both index keys (see
 * {@link IndexKeyRotation}); the ones under the key new values are written with come first.
 */
@Service
public class PersonKeys {

    private final PersonalData personalData;

    PersonKeys(PersonalData personalData) {
        this.personalData = personalData;
    }

    /**
     * Every key of the person: email first, then phone (under the index key new values are written
     * with, then, during a rotation, under the current one); empty when neither is known.
     */
    public List<String> of(String email, String phone) {
        List<String> keys = new ArrayList<>(4);
        List<byte[]> emails = indexes(BlindIndex.EMAIL, email);
        List<byte[]> phones = indexes(BlindIndex.PHONE, phone);
        for (int g = 0; g < Math.max(emails.size(), phones.size()); g++) {
            if (g < emails.size()) {
                keys.add(key(BlindIndex.EMAIL, emails.get(g)));
            }
            if (g < phones.size()) {
                keys.add(key(BlindIndex.PHONE, phones.get(g)));
            }
        }
        return keys;
    }

    /**
     * Every key the person has had, under retired index keys too: only for finding the audit entries
     * written about them (the audit keeps the person keys it was written with), never for consent.
     */
    public List<String> everyKey(String email, String phone) {
        List<String> keys = new ArrayList<>(of(email, phone));
        for (var g : personalData.retiredIndexKeys()) {
            if (email != null && !email.isBlank() && !BlindIndex.EMAIL.normalize(email).isEmpty()) {
                keys.add(key(BlindIndex.EMAIL, IndexKeys.hash(g.key(), BlindIndex.EMAIL, email)));
            }
            if (phone != null && !phone.isBlank() && !BlindIndex.PHONE.normalize(phone).isEmpty()) {
                keys.add(key(BlindIndex.PHONE, IndexKeys.hash(g.key(), BlindIndex.PHONE, phone)));
            }
        }
        return keys;
    }

    /** The person key of a blind index value: {@code email:<hex>}, {@code phone:<hex>}, {@code curp:<hex>}. */
    public static String key(BlindIndex kind, byte[] index) {
        return kind.name().toLowerCase(Locale.ROOT) + ":" + HexFormat.of().formatHex(index);
    }

    /**
     * The id of the index key a person key stored now is under (what a {@link PersonKeyColumn}'s key
     * column holds); null when the subject is not a person key (a request number).
     */
    public Integer indexKeyOf(String subject) {
        return isPersonKey(subject) ? personalData.writeIndexKeyId() : null;
    }

    /** True when a consent subject is a person key rather than a request number. */
    public static boolean isPersonKey(String subject) {
        return subject != null && subject.matches("[a-z]+:[0-9a-f]{64}");
    }

    private List<byte[]> indexes(BlindIndex kind, String value) {
        if (value == null || value.isBlank() || kind.normalize(value).isEmpty()) {
            return List.of();
        }
        return personalData.blindIndexes(kind, value);
    }
}
