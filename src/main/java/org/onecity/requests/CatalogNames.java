package org.onecity.requests;

import java.util.Optional;
import org.onecity.catalog.Agency;
import org.onecity.catalog.Catalog;
import org.onecity.catalog.EscalationLevel;
import org.onecity.shared.Texts;

/** The catalog's names of agencies, services and escalation levels, for sentences. */
final class CatalogNames implements SentenceRenderer.Names {

    private final Catalog catalog;

    CatalogNames(Catalog catalog) {
        this.catalog = catalog;
    }

    @Override
    public Optional<Texts> agency(String code) {
        return catalog.agency(code).map(Agency::name);
    }

    @Override
    public Optional<Texts> agencyNamed(String english) {
        return catalog.agencies().stream().filter(a -> a.name().english().equals(english)).findFirst().map(Agency::name);
    }

    @Override
    public Optional<Texts> service(String code) {
        return catalog.service(code).map(s -> s.name());
    }

    @Override
    public Optional<Texts> escalationTitle(String agencyCode, int level) {
        return agencyCode == null ? Optional.empty()
                : catalog.agency(agencyCode).flatMap(a -> a.escalationLevel(level)).map(EscalationLevel::title);
    }
}
