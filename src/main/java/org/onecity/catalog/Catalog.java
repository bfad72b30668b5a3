package org.onecity.catalog;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.ForkJoinPool;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.onecity.platform.RefreshingSnapshot;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The catalog's facade: reads are served from a snapshot refreshed every few seconds (so every
 * node sees an admin's change quickly), writes are checked and transactional.
 */
@Service
public class Catalog {

    private static final Duration SNAPSHOT_AGE = Duration.ofSeconds(5);

    private final CatalogRepository repository;
    private final RefreshingSnapshot<Snapshot> snapshot;

    @Autowired
    Catalog(CatalogRepository repository, Clock clock) {
        this(repository, clock, ForkJoinPool.commonPool());
    }

    Catalog(CatalogRepository repository, Clock clock, Executor reloads) {
        this.repository = repository;
        this.snapshot = new RefreshingSnapshot<>(this::load, clock, SNAPSHOT_AGE, reloads);
    }

    private record Snapshot(Map<String, Agency> agencies, Map<String, ServiceType> services) {
    }

    /** The current snapshot: a stale one is served while one background thread loads the next. */
    private Snapshot snapshot() {
        return snapshot.get();
    }

    private Snapshot load() {
        return new Snapshot(ordered(repository.agencies(), Agency::code),
                ordered(repository.services(), ServiceType::code));
    }

    private static <T> Map<String, T> ordered(List<T> items, Function<T, String> key) {
        return items.stream().collect(Collectors.toMap(key, x -> x, (a, b) -> a, java.util.LinkedHashMap::new));
    }

    /** Forgets the snapshot; inside a transaction, again once it has ended (so no reader keeps old or rolled-back rows). */
    public void refresh() {
        snapshot.forget();
    }

    public List<Agency> agencies() {
        return List.copyOf(snapshot().agencies().values());
    }

    public Optional<Agency> agency(String code) {
        return Optional.ofNullable(code).map(c -> snapshot().agencies().get(c));
    }

    /** The service types residents can ask for, in code order: active, of an active agency. */
    public List<ServiceType> services() {
        Snapshot s = snapshot();
        return s.services().values().stream().filter(t -> offered(s, t)).toList();
    }

    /** Whether residents can ask for this service: it is active and so is the agency that owns it. */
    public boolean offered(ServiceType service) {
        return offered(snapshot(), service);
    }

    private static boolean offered(Snapshot s, ServiceType service) {
        Agency owner = s.agencies().get(service.agencyCode());
        return service.active() && owner != null && owner.active();
    }

    public List<ServiceType> allServices() {
        return List.copyOf(snapshot().services().values());
    }

    /** A service type by code, active or not. */
    public Optional<ServiceType> service(String code) {
        return Optional.ofNullable(code).map(c -> snapshot().services().get(c));
    }

    @Transactional
    public Agency saveAgency(Agency agency) {
        var known = repository.agencies().stream().map(Agency::code).collect(Collectors.toSet());
        List<String> problems = CatalogRules.check(agency, known);
        if (!problems.isEmpty()) {
            throw new InvalidCatalogEntry(problems);
        }
        repository.upsertAgency(agency);
        refresh();
        return agency;
    }

    @Transactional
    public ServiceType saveService(ServiceType service) {
        var known = repository.agencies().stream().map(Agency::code).collect(Collectors.toSet());
        List<String> problems = CatalogRules.check(service, known);
        if (!problems.isEmpty()) {
            throw new InvalidCatalogEntry(problems);
        }
        repository.upsertService(service);
        refresh();
        return service;
    }

    @Transactional
    public boolean setActive(String serviceCode, boolean active) {
        boolean changed = repository.setServiceActive(serviceCode, active) == 1;
        refresh();
        return changed;
    }

    /** Loads a whole catalog (agencies first, parents before children) when none is there yet. */
    @Transactional
    public boolean loadIfEmpty(List<Agency> agencies, List<ServiceType> services) {
        repository.lockForLoading();
        if (repository.serviceCount() > 0) {
            return false;
        }
        agencies.stream().filter(a -> a.parentCode() == null).forEach(this::saveAgency);
        agencies.stream().filter(a -> a.parentCode() != null).forEach(this::saveAgency);
        services.forEach(this::saveService);
        return true;
    }
}
