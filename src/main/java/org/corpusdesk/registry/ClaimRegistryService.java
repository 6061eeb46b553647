package org.corpusdesk.registry;

import static org.corpusdesk.jooq.Tables.ANNOTATION;
import static org.corpusdesk.jooq.Tables.ARTICLE;
import static org.corpusdesk.jooq.Tables.REGISTRY_CLAIM;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.corpusdesk.annotation.AnnotationRepository;
import org.corpusdesk.audit.AuditAction;
import org.corpusdesk.audit.AuditLog;
import org.corpusdesk.user.CurrentUser;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Canonical claims that claim spans in many articles point to, with where they appear. */
@Service
public class ClaimRegistryService {

    private final DSLContext dsl;
    private final RegistryRepository registry;
    private final AnnotationRepository annotations;
    private final AuditLog audit;
    private final CurrentUser currentUser;

    public ClaimRegistryService(DSLContext dsl, RegistryRepository registry, AnnotationRepository annotations,
            AuditLog audit, CurrentUser currentUser) {
        this.dsl = dsl;
        this.registry = registry;
        this.annotations = annotations;
        this.audit = audit;
        this.currentUser = currentUser;
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<RegistryClaim> search(String text, int limit) {
        var condition = REGISTRY_CLAIM.MERGED_INTO.isNull();
        if (text != null && !text.isBlank()) {
            condition = condition.and(REGISTRY_CLAIM.STATEMENT.containsIgnoreCase(text.strip())
                    .or(REGISTRY_CLAIM.SUBJECT.containsIgnoreCase(text.strip())));
        }
        return query().where(condition).groupBy(REGISTRY_CLAIM.ID).orderBy(REGISTRY_CLAIM.STATEMENT).limit(limit)
                .fetch(r -> new RegistryClaim(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(), r.value6(), r.value7()));
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Optional<RegistryClaim> get(long id) {
        return query().where(REGISTRY_CLAIM.ID.eq(id)).groupBy(REGISTRY_CLAIM.ID)
                .fetchOptional(r -> new RegistryClaim(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(), r.value6(), r.value7()));
    }

    @PreAuthorize("hasRole('EDITOR')")
    @Transactional
    public RegistryClaim create(String statement, String subject, Long claimTypeId, Long verdictId) {
        if (statement == null || statement.isBlank()) {
            throw new IllegalArgumentException("statement: required");
        }
        long id = registry.insertClaim(null, statement.strip(), subject == null || subject.isBlank() ? null : subject.strip(),
                claimTypeId, verdictId, currentUser.actor().id());
        RegistryClaim created = get(id).orElseThrow();
        audit.record(AuditAction.CREATE, "registry_claim", id, null, created);
        return created;
    }

    private org.jooq.SelectOnConditionStep<org.jooq.Record7<Long, String, String, Long, Long, Integer, Integer>> query() {
        return dsl.select(REGISTRY_CLAIM.ID, REGISTRY_CLAIM.STATEMENT, REGISTRY_CLAIM.SUBJECT, REGISTRY_CLAIM.CLAIM_TYPE_ID,
                        REGISTRY_CLAIM.VERDICT_ID, DSL.countDistinct(ANNOTATION.ARTICLE_ID), DSL.countDistinct(ARTICLE.OUTLET))
                .from(REGISTRY_CLAIM)
                .leftJoin(ANNOTATION).on(ANNOTATION.CLAIM_ID.eq(REGISTRY_CLAIM.ID))
                .leftJoin(ARTICLE).on(ARTICLE.ID.eq(ANNOTATION.ARTICLE_ID));
    }

    /** Merges one canonical claim into another: claim spans move over; the old entry points at the new one. */
    @PreAuthorize("hasRole('CURATOR')")
    @Transactional
    public RegistryClaim merge(long fromId, long intoId) {
        if (fromId == intoId) {
            throw new IllegalArgumentException("a claim cannot be merged into itself");
        }
        RegistryClaim from = get(fromId).orElseThrow(() -> new IllegalArgumentException("no claim " + fromId));
        RegistryClaim into = get(intoId).orElseThrow(() -> new IllegalArgumentException("no claim " + intoId));
        int moved = annotations.moveRegistryClaim(fromId, intoId);
        registry.mergeClaim(fromId, intoId);
        RegistryClaim after = get(intoId).orElseThrow();
        audit.record(AuditAction.UPDATE, "registry_claim", fromId, from, java.util.Map.of("mergedInto", intoId, "spansMoved", moved));
        audit.record(AuditAction.UPDATE, "registry_claim", intoId, into, after);
        return after;
    }
}
