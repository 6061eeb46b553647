package org.corpusdesk.registry;

import static org.corpusdesk.jooq.Tables.REGISTRY_CLAIM;
import static org.corpusdesk.jooq.Tables.REGISTRY_SOURCE;
import static org.corpusdesk.jooq.Tables.REGISTRY_SOURCE_ALIAS;

import java.time.OffsetDateTime;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

/**
 * The one writer of the registry tables (sources, their aliases, canonical claims), for the registry page and
 * imports alike. Callers own the transaction and decide who may write.
 */
@Repository
public class RegistryRepository {

    private final DSLContext dsl;

    public RegistryRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** A new source entry, keeping {@code id} when it is given and free; returns its id. Aliases are added apart. */
    public long insertSource(Long id, String name, String kind, String country, String description, Long createdBy) {
        var insert = dsl.insertInto(REGISTRY_SOURCE).set(REGISTRY_SOURCE.NAME, name).set(REGISTRY_SOURCE.KIND, kind)
                .set(REGISTRY_SOURCE.COUNTRY, country).set(REGISTRY_SOURCE.DESCRIPTION, description)
                .set(REGISTRY_SOURCE.CREATED_BY, createdBy).set(REGISTRY_SOURCE.CREATED_AT, OffsetDateTime.now());
        if (id != null && !dsl.fetchExists(REGISTRY_SOURCE, REGISTRY_SOURCE.ID.eq(id))) {
            insert = insert.set(REGISTRY_SOURCE.ID, id);
        }
        return insert.returning(REGISTRY_SOURCE.ID).fetchSingle().getId();
    }

    /** Adds a spelling to a source entry; the caller checked that its key names no other entry. */
    public void insertAlias(long sourceId, String alias) {
        dsl.insertInto(REGISTRY_SOURCE_ALIAS).set(REGISTRY_SOURCE_ALIAS.SOURCE_ID, sourceId)
                .set(REGISTRY_SOURCE_ALIAS.ALIAS, alias).set(REGISTRY_SOURCE_ALIAS.ALIAS_KEY, AliasKey.of(alias)).execute();
    }

    /** The source entry one of whose aliases has this key, if any. */
    public Long sourceWithAliasKey(String key) {
        return dsl.select(REGISTRY_SOURCE_ALIAS.SOURCE_ID).from(REGISTRY_SOURCE_ALIAS)
                .where(REGISTRY_SOURCE_ALIAS.ALIAS_KEY.eq(key)).limit(1).fetchOne(REGISTRY_SOURCE_ALIAS.SOURCE_ID);
    }

    /** Entry {@code fromId} points at {@code intoId} from now on, and its aliases move over. */
    public void mergeSource(long fromId, long intoId) {
        dsl.update(REGISTRY_SOURCE_ALIAS).set(REGISTRY_SOURCE_ALIAS.SOURCE_ID, intoId)
                .where(REGISTRY_SOURCE_ALIAS.SOURCE_ID.eq(fromId)).execute();
        dsl.update(REGISTRY_SOURCE).set(REGISTRY_SOURCE.MERGED_INTO, intoId)
                .set(REGISTRY_SOURCE.VERSION, REGISTRY_SOURCE.VERSION.plus(1)).where(REGISTRY_SOURCE.ID.eq(fromId)).execute();
    }

    /** A new canonical claim, keeping {@code id} when it is given and free; returns its id. */
    public long insertClaim(Long id, String statement, String subject, Long claimTypeId, Long verdictId, Long createdBy) {
        var insert = dsl.insertInto(REGISTRY_CLAIM).set(REGISTRY_CLAIM.STATEMENT, statement)
                .set(REGISTRY_CLAIM.SUBJECT, subject).set(REGISTRY_CLAIM.CLAIM_TYPE_ID, claimTypeId)
                .set(REGISTRY_CLAIM.VERDICT_ID, verdictId).set(REGISTRY_CLAIM.CREATED_BY, createdBy)
                .set(REGISTRY_CLAIM.CREATED_AT, OffsetDateTime.now());
        if (id != null && !dsl.fetchExists(REGISTRY_CLAIM, REGISTRY_CLAIM.ID.eq(id))) {
            insert = insert.set(REGISTRY_CLAIM.ID, id);
        }
        return insert.returning(REGISTRY_CLAIM.ID).fetchSingle().getId();
    }

    public void mergeClaim(long fromId, long intoId) {
        dsl.update(REGISTRY_CLAIM).set(REGISTRY_CLAIM.MERGED_INTO, intoId)
                .set(REGISTRY_CLAIM.VERSION, REGISTRY_CLAIM.VERSION.plus(1)).where(REGISTRY_CLAIM.ID.eq(fromId)).execute();
    }
}
