package org.corpusdesk.annotation;

import static org.corpusdesk.jooq.Tables.CLAIM_TYPE;
import static org.corpusdesk.jooq.Tables.LABEL;
import static org.corpusdesk.jooq.Tables.VERDICT;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.corpusdesk.audit.AuditAction;
import org.corpusdesk.audit.AuditLog;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Table;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The label schema (labels, claim types, verdict values): everyone reads it, administrators change it. A new tag
 * type is a new row. Entries are deactivated rather than deleted, because annotations point at them.
 */
@Service
public class LabelSchemaService {

    private static final Pattern COLOUR = Pattern.compile("#[0-9a-fA-F]{6}");
    private static final Pattern HOTKEY = Pattern.compile("[a-z0-9]");
    private static final Pattern CODE = Pattern.compile("[a-z][a-z0-9_]{0,39}");

    private final DSLContext dsl;
    private final AuditLog audit;

    public LabelSchemaService(DSLContext dsl, AuditLog audit) {
        this.dsl = dsl;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    public List<Label> labels() {
        return dsl.selectFrom(LABEL).orderBy(LABEL.SORT_ORDER, LABEL.NAME)
                .fetch(r -> new Label(r.getId(), r.getName(), LabelKind.valueOf(r.getKind()), r.getColour(),
                        r.getHotkey(), r.getDescription(), r.getSortOrder(), r.getActive(), r.getGuidelines()));
    }

    @Transactional(readOnly = true)
    public List<SchemaValue> claimTypes() {
        return values(CLAIM_TYPE, CLAIM_TYPE.ID, CLAIM_TYPE.CODE, CLAIM_TYPE.NAME, CLAIM_TYPE.DESCRIPTION,
                CLAIM_TYPE.SORT_ORDER, CLAIM_TYPE.ACTIVE);
    }

    @Transactional(readOnly = true)
    public List<SchemaValue> verdicts() {
        return values(VERDICT, VERDICT.ID, VERDICT.CODE, VERDICT.NAME, VERDICT.DESCRIPTION, VERDICT.SORT_ORDER,
                VERDICT.ACTIVE);
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public Label saveLabel(Label label) {
        String name = required(label.name(), "name").toUpperCase(Locale.ROOT);
        if (!Pattern.matches("[A-Z][A-Z0-9_]{0,59}", name)) {
            throw new SchemaProblem("name: letters, digits and '_', starting with a letter (e.g. SOURCE, LOCATION)");
        }
        if (label.kind() == null) {
            throw new SchemaProblem("kind: choose SOURCE, CLAIM, CUE or OTHER");
        }
        if (label.colour() == null || !COLOUR.matcher(label.colour()).matches()) {
            throw new SchemaProblem("colour: a hex colour like #1f77b4");
        }
        String hotkey = label.hotkey() == null || label.hotkey().isBlank() ? null : label.hotkey().strip().toLowerCase(Locale.ROOT);
        if (hotkey != null && !HOTKEY.matcher(hotkey).matches()) {
            throw new SchemaProblem("hotkey: one letter or digit");
        }
        for (Label other : labels()) {
            if (!other.id().equals(label.id())) {
                if (other.name().equals(name)) {
                    throw new SchemaProblem("name: a label named " + name + " exists already");
                }
                if (hotkey != null && label.active() && other.active() && hotkey.equals(other.hotkey())) {
                    throw new SchemaProblem("hotkey: '" + hotkey + "' is already the hotkey of " + other.name());
                }
            }
        }
        Label saved = new Label(label.id(), name, label.kind(), label.colour().toLowerCase(Locale.ROOT), hotkey,
                blankToNull(label.description()), label.sortOrder(), label.active(), blankToNull(label.guidelines()));
        if (saved.guidelines() != null && saved.guidelines().length() > 20_000) {
            throw new SchemaProblem("guidelines: at most 20,000 characters");
        }
        if (label.id() == null) {
            long id = dsl.insertInto(LABEL).set(LABEL.NAME, name).set(LABEL.KIND, saved.kind().name())
                    .set(LABEL.COLOUR, saved.colour()).set(LABEL.HOTKEY, hotkey).set(LABEL.DESCRIPTION, saved.description())
                    .set(LABEL.SORT_ORDER, saved.sortOrder()).set(LABEL.ACTIVE, saved.active())
                    .set(LABEL.GUIDELINES, saved.guidelines())
                    .returning(LABEL.ID).fetchSingle().getId();
            saved = new Label(id, name, saved.kind(), saved.colour(), hotkey, saved.description(), saved.sortOrder(), saved.active(),
                    saved.guidelines());
            audit.record(AuditAction.CREATE, "label", id, null, saved);
        } else {
            Label before = labels().stream().filter(l -> l.id().equals(label.id())).findFirst()
                    .orElseThrow(() -> new SchemaProblem("this label no longer exists"));
            dsl.update(LABEL).set(LABEL.NAME, name).set(LABEL.KIND, saved.kind().name()).set(LABEL.COLOUR, saved.colour())
                    .set(LABEL.HOTKEY, hotkey).set(LABEL.DESCRIPTION, saved.description())
                    .set(LABEL.SORT_ORDER, saved.sortOrder()).set(LABEL.ACTIVE, saved.active())
                    .set(LABEL.GUIDELINES, saved.guidelines())
                    .where(LABEL.ID.eq(label.id())).execute();
            audit.record(AuditAction.UPDATE, "label", label.id(), before, saved);
        }
        return saved;
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public SchemaValue saveClaimType(SchemaValue value) {
        return saveValue("claim_type", CLAIM_TYPE, CLAIM_TYPE.ID, CLAIM_TYPE.CODE, CLAIM_TYPE.NAME,
                CLAIM_TYPE.DESCRIPTION, CLAIM_TYPE.SORT_ORDER, CLAIM_TYPE.ACTIVE, value, claimTypes());
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public SchemaValue saveVerdict(SchemaValue value) {
        return saveValue("verdict", VERDICT, VERDICT.ID, VERDICT.CODE, VERDICT.NAME, VERDICT.DESCRIPTION,
                VERDICT.SORT_ORDER, VERDICT.ACTIVE, value, verdicts());
    }

    private <R extends Record> List<SchemaValue> values(Table<R> table, Field<Long> id, Field<String> code,
            Field<String> name, Field<String> description, Field<Integer> sortOrder, Field<Boolean> active) {
        return dsl.select(id, code, name, description, sortOrder, active).from(table).orderBy(sortOrder, code)
                .fetch(r -> new SchemaValue(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(), r.value6()));
    }

    private <R extends Record> SchemaValue saveValue(String entity, Table<R> table, Field<Long> id, Field<String> code,
            Field<String> name, Field<String> description, Field<Integer> sortOrder, Field<Boolean> active,
            SchemaValue value, List<SchemaValue> existing) {
        String c = required(value.code(), "code").toLowerCase(Locale.ROOT).replace(' ', '_');
        if (!CODE.matcher(c).matches()) {
            throw new SchemaProblem("code: letters, digits and '_', starting with a letter (e.g. military_loss)");
        }
        String n = required(value.name(), "name");
        for (SchemaValue other : existing) {
            if (!other.id().equals(value.id()) && other.code().equals(c)) {
                throw new SchemaProblem("code: " + c + " exists already");
            }
        }
        SchemaValue saved;
        if (value.id() == null) {
            long newId = dsl.insertInto(table).set(code, c).set(name, n).set(description, blankToNull(value.description()))
                    .set(sortOrder, value.sortOrder()).set(active, value.active()).returning(id).fetchSingle().get(id);
            saved = new SchemaValue(newId, c, n, blankToNull(value.description()), value.sortOrder(), value.active());
            audit.record(AuditAction.CREATE, entity, newId, null, saved);
        } else {
            SchemaValue before = existing.stream().filter(v -> v.id().equals(value.id())).findFirst()
                    .orElseThrow(() -> new SchemaProblem("this entry no longer exists"));
            dsl.update(table).set(code, c).set(name, n).set(description, blankToNull(value.description()))
                    .set(sortOrder, value.sortOrder()).set(active, value.active()).where(id.eq(value.id())).execute();
            saved = new SchemaValue(value.id(), c, n, blankToNull(value.description()), value.sortOrder(), value.active());
            audit.record(AuditAction.UPDATE, entity, value.id(), before, saved);
        }
        return saved;
    }

    private static String required(String s, String field) {
        if (s == null || s.isBlank()) {
            throw new SchemaProblem(field + ": required");
        }
        return s.strip();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
