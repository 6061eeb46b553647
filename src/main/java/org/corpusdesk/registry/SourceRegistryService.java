package org.corpusdesk.registry;

import static org.corpusdesk.jooq.Tables.REGISTRY_SOURCE;
import static org.corpusdesk.jooq.Tables.REGISTRY_SOURCE_ALIAS;

import java.time.OffsetDateTime;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.corpusdesk.annotation.AnnotationRepository;
import org.corpusdesk.audit.AuditAction;
import org.corpusdesk.audit.AuditLog;
import org.corpusdesk.user.CurrentUser;
import org.jooq.DSLContext;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The canonical source registry. Editors search it while tagging and create entries in place; every name is
 * also an alias, and an alias key can belong to one entry only, so two spellings cannot split a source.
 */
@Service
public class SourceRegistryService {

    private final DSLContext dsl;
    private final RegistryRepository registry;
    private final AnnotationRepository annotations;
    private final AuditLog audit;
    private final CurrentUser currentUser;

    public SourceRegistryService(DSLContext dsl, RegistryRepository registry, AnnotationRepository annotations,
            AuditLog audit, CurrentUser currentUser) {
        this.dsl = dsl;
        this.registry = registry;
        this.annotations = annotations;
        this.audit = audit;
        this.currentUser = currentUser;
    }

    /** Entries whose name or an alias contains the text (ignoring case, "the" and "'s"), best first. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<RegistrySource> search(String text, int limit) {
        String key = text == null ? "" : AliasKey.of(text);
        var ids = dsl.selectDistinct(REGISTRY_SOURCE_ALIAS.SOURCE_ID, REGISTRY_SOURCE.NAME)
                .from(REGISTRY_SOURCE_ALIAS).join(REGISTRY_SOURCE).on(REGISTRY_SOURCE.ID.eq(REGISTRY_SOURCE_ALIAS.SOURCE_ID))
                .where(REGISTRY_SOURCE_ALIAS.ALIAS_KEY.contains(key).and(REGISTRY_SOURCE.MERGED_INTO.isNull()))
                .orderBy(REGISTRY_SOURCE.NAME).limit(limit).fetch(REGISTRY_SOURCE_ALIAS.SOURCE_ID);
        return ids.stream().map(this::get).flatMap(Optional::stream).toList();
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Optional<RegistrySource> get(long id) {
        return dsl.selectFrom(REGISTRY_SOURCE).where(REGISTRY_SOURCE.ID.eq(id)).fetchOptional(r -> new RegistrySource(
                r.getId(), r.getName(), SourceKind.valueOf(r.getKind()), r.getCountry(),
                dsl.select(REGISTRY_SOURCE_ALIAS.ALIAS).from(REGISTRY_SOURCE_ALIAS)
                        .where(REGISTRY_SOURCE_ALIAS.SOURCE_ID.eq(r.getId())).orderBy(REGISTRY_SOURCE_ALIAS.ALIAS)
                        .fetch(REGISTRY_SOURCE_ALIAS.ALIAS)));
    }

    /** The entry an alias key already belongs to, if any: "the Russian Foreign Ministry" finds its entry. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Optional<RegistrySource> byAlias(String alias) {
        return dsl.select(REGISTRY_SOURCE_ALIAS.SOURCE_ID).from(REGISTRY_SOURCE_ALIAS)
                .where(REGISTRY_SOURCE_ALIAS.ALIAS_KEY.eq(AliasKey.of(alias))).fetchOptional(REGISTRY_SOURCE_ALIAS.SOURCE_ID)
                .flatMap(this::get);
    }

    @PreAuthorize("hasRole('EDITOR')")
    @Transactional
    public RegistrySource create(String name, SourceKind kind, String country, List<String> aliases) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("name: required");
        }
        Set<String> all = new LinkedHashSet<>();
        all.add(name.strip());
        if (aliases != null) {
            aliases.stream().filter(a -> a != null && !a.isBlank()).map(String::strip).forEach(all::add);
        }
        for (String alias : all) {
            byAlias(alias).ifPresent(existing -> {
                throw new IllegalArgumentException("'" + alias + "' already names the registry entry '"
                        + existing.name() + "' (#" + existing.id() + ")");
            });
        }
        long id = registry.insertSource(null, name.strip(), (kind == null ? SourceKind.OTHER : kind).name(),
                country == null || country.isBlank() ? null : country.strip(), null, currentUser.actor().id());
        Set<String> keys = new LinkedHashSet<>();
        for (String alias : all) {
            if (keys.add(AliasKey.of(alias))) {
                registry.insertAlias(id, alias);
            }
        }
        RegistrySource created = get(id).orElseThrow();
        audit.record(AuditAction.CREATE, "registry_source", id, null, created);
        return created;
    }

    /** Adds another spelling to an entry; refused when the spelling already names another entry. */
    @PreAuthorize("hasRole('EDITOR')")
    @Transactional
    public RegistrySource addAlias(long sourceId, String alias) {
        RegistrySource before = get(sourceId).orElseThrow(() -> new IllegalArgumentException("no registry entry " + sourceId));
        Optional<RegistrySource> owner = byAlias(alias);
        if (owner.isPresent()) {
            if (owner.get().id() == sourceId) {
                return before;
            }
            throw new IllegalArgumentException("'" + alias + "' already names '" + owner.get().name() + "'");
        }
        registry.insertAlias(sourceId, alias.strip());
        RegistrySource after = get(sourceId).orElseThrow();
        audit.record(AuditAction.UPDATE, "registry_source", sourceId, before, after);
        return after;
    }

    /** A registry row for the registry page: the entry with its mention and article counts. */
    public record SourceUsage(RegistrySource source, int mentions, int articles) {
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<SourceUsage> usage(String text, int offset, int limit) {
        var a = org.corpusdesk.jooq.Tables.ANNOTATION;
        var condition = REGISTRY_SOURCE.MERGED_INTO.isNull();
        if (text != null && !text.isBlank()) {
            condition = condition.and(REGISTRY_SOURCE.ID.in(dsl.select(REGISTRY_SOURCE_ALIAS.SOURCE_ID)
                    .from(REGISTRY_SOURCE_ALIAS).where(REGISTRY_SOURCE_ALIAS.ALIAS_KEY.contains(AliasKey.of(text)))));
        }
        return dsl.select(REGISTRY_SOURCE.ID, org.jooq.impl.DSL.count(a.ID), org.jooq.impl.DSL.countDistinct(a.ARTICLE_ID))
                .from(REGISTRY_SOURCE).leftJoin(a).on(a.SOURCE_ID.eq(REGISTRY_SOURCE.ID))
                .where(condition).groupBy(REGISTRY_SOURCE.ID, REGISTRY_SOURCE.NAME)
                .orderBy(org.jooq.impl.DSL.count(a.ID).desc(), REGISTRY_SOURCE.NAME).offset(offset).limit(limit)
                .fetch(r -> new SourceUsage(get(r.value1()).orElseThrow(), r.value2(), r.value3()));
    }

    /**
     * Merges {@code fromId} into {@code intoId}: its mentions and aliases move over, and it stays as a pointer
     * ({@code merged_into}) so old exports still resolve. Audited on both entries.
     */
    @PreAuthorize("hasRole('CURATOR')")
    @Transactional
    public RegistrySource merge(long fromId, long intoId) {
        if (fromId == intoId) {
            throw new IllegalArgumentException("an entry cannot be merged into itself");
        }
        RegistrySource from = get(fromId).orElseThrow(() -> new IllegalArgumentException("no registry entry " + fromId));
        RegistrySource into = get(intoId).orElseThrow(() -> new IllegalArgumentException("no registry entry " + intoId));
        if (dsl.fetchExists(REGISTRY_SOURCE, REGISTRY_SOURCE.ID.in(fromId, intoId).and(REGISTRY_SOURCE.MERGED_INTO.isNotNull()))) {
            throw new IllegalArgumentException("one of the entries was already merged into another");
        }
        int moved = annotations.moveRegistrySource(fromId, intoId);
        registry.mergeSource(fromId, intoId);
        RegistrySource after = get(intoId).orElseThrow();
        audit.record(AuditAction.UPDATE, "registry_source", fromId, from,
                java.util.Map.of("mergedInto", intoId, "mentionsMoved", moved));
        audit.record(AuditAction.UPDATE, "registry_source", intoId, into, after);
        return after;
    }
}
