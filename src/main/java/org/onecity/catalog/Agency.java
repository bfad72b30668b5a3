package org.onecity.catalog;

import java.util.List;
import java.util.Optional;
import org.onecity.shared.Texts;

/** A city agency that owns services and works requests. */
public record Agency(String code, Texts name, String email, String phone, String url, String parentCode,
                     boolean active, List<EscalationLevel> escalationChain) {

    public Agency {
        escalationChain = escalationChain == null ? List.of() : List.copyOf(escalationChain);
    }

    public Optional<EscalationLevel> escalationLevel(int level) {
        return escalationChain.stream().filter(l -> l.level() == level).findFirst();
    }
}
