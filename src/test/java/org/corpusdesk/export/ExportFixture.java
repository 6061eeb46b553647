package org.corpusdesk.export;

import java.math.BigDecimal;
import java.util.List;
import org.corpusdesk.annotation.Annotation;
import org.corpusdesk.annotation.AnnotationDraft;
import org.corpusdesk.annotation.AnnotationService;
import org.corpusdesk.annotation.LabelKind;
import org.corpusdesk.annotation.LabelSchemaService;
import org.corpusdesk.registry.ClaimRegistryService;
import org.corpusdesk.registry.SourceKind;
import org.corpusdesk.registry.SourceRegistryService;
import org.corpusdesk.support.As;
import org.corpusdesk.support.TestData;
import org.corpusdesk.user.AppUser;
import org.corpusdesk.user.Role;
import org.corpusdesk.user.UserRepository;
import org.corpusdesk.user.UserService;
import org.jooq.DSLContext;

/**
 * A small corpus with known answers, written for the export tests: four articles (two copies of one story, one
 * other approved story, one article still new), astral characters before every span, an editor's and a
 * curator's layer, an attribution with a cue, a registry source with an alias and a canonical claim with a verdict.
 */
public final class ExportFixture {

    public static final String STORY = "🇦🇲 Yerevan, 2 Oct 𝔸: The Russian Foreign Ministry said more than 1,250 people were "
            + "evacuated.\nArmenia's defence ministry told AFP that 12 tanks were destroyed.";
    static final String COPY = "😀 From our wire: the Russian Foreign Ministry said more than 1,250 people were evacuated.";
    public static final String OTHER = "Baku, 3 Oct: Azerbaijan's president said talks would resume. <script>alert(1)</script>";
    static final String NEW = "An article nobody has reviewed yet.";

    static final long STORY_ID = 1001;
    static final long COPY_ID = 1002;
    public static final long OTHER_ID = 1003;
    static final long NEW_ID = 1004;

    public AppUser ed;
    public AppUser cora;
    public long sourceEntry;
    public long claimEntry;
    Annotation edSource;
    public Annotation edClaim;
    Annotation edCue;
    Annotation coraSource;

    public static ExportFixture load(DSLContext dsl, UserService users, UserRepository userRepository,
            AnnotationService annotations, LabelSchemaService schema, SourceRegistryService sources,
            ClaimRegistryService claims) {
        ExportFixture f = new ExportFixture();
        f.ed = TestData.user(users, userRepository, "ed", Role.EDITOR);
        f.cora = TestData.user(users, userRepository, "cora", Role.CURATOR);
        TestData.article(dsl, STORY_ID, "Evacuation from Karabakh", "Daily Example", STORY);
        TestData.article(dsl, COPY_ID, "Evacuation (wire copy)", "Other Wire", COPY);
        TestData.article(dsl, OTHER_ID, "Talks to resume", "Daily Example", OTHER);
        TestData.article(dsl, NEW_ID, "Unreviewed", "Daily Example", NEW);
        for (long id : new long[] {STORY_ID, COPY_ID, OTHER_ID, NEW_ID}) { // real content hashes, as import writes them
            dsl.execute("UPDATE article SET content_hash = ? WHERE id = ?", org.corpusdesk.ingest.ArticlePreparer.contentHash(
                    dsl.fetchSingle("SELECT clean_text FROM article WHERE id = ?", id).get(0, String.class)), id);
        }
        dsl.execute("UPDATE article SET story_cluster = 1001, url = 'https://example.org/evacuation', "
                + "published_on = DATE '2020-10-02', published_precision = 'DAY', flags = 'machine_translated' "
                + "WHERE id IN (1001, 1002)");
        dsl.execute("UPDATE article SET url = 'https://wire.example/copy' WHERE id = 1002");
        long source = label(schema, LabelKind.SOURCE);
        long claim = label(schema, LabelKind.CLAIM);
        long cue = label(schema, LabelKind.CUE);
        long casualty = dsl.fetchSingle("SELECT id FROM claim_type WHERE code = 'casualty_figure'").get(0, Long.class);
        long supported = dsl.fetchSingle("SELECT id FROM verdict WHERE code = 'supported'").get(0, Long.class);
        As.user(f.cora.id(), "cora", Role.CURATOR, () -> {
            f.sourceEntry = sources.create("Russian Foreign Ministry", SourceKind.GOVERNMENT, "Russia",
                    List.of("Russia's Foreign Ministry")).id();
            f.claimEntry = claims.create("More than 1,250 people were evacuated", "evacuation", casualty, supported).id();
        });
        f.edSource = tag(f.ed, annotations, STORY_ID, STORY, AnnotationDraft.span(source, 0, 0).withSource(f.sourceEntry),
                "Russian Foreign Ministry");
        f.edCue = tag(f.ed, annotations, STORY_ID, STORY, AnnotationDraft.span(cue, 0, 0), "said");
        f.edClaim = tag(f.ed, annotations, STORY_ID, STORY, new AnnotationDraft(claim, 0, 0, casualty,
                new BigDecimal("1250"), "people", "more than", supported, "figure; from the ministry", null, f.claimEntry),
                "more than 1,250 people were evacuated");
        As.user(f.ed.id(), "ed", Role.EDITOR, () -> annotations.attribute(f.edClaim.id(), f.edSource.id(), f.edCue.id()));
        f.coraSource = tag(f.cora, annotations, STORY_ID, STORY, AnnotationDraft.span(source, 0, 0), "Armenia's defence ministry");
        Annotation copyClaim = tag(f.ed, annotations, COPY_ID, COPY, new AnnotationDraft(claim, 0, 0, casualty,
                null, null, null, null, null, null, f.claimEntry), "more than 1,250 people were evacuated");
        Annotation copySource = tag(f.ed, annotations, COPY_ID, COPY,
                AnnotationDraft.span(source, 0, 0).withSource(f.sourceEntry), "Russian Foreign Ministry");
        As.user(f.ed.id(), "ed", Role.EDITOR, () -> annotations.attribute(copyClaim.id(), copySource.id(), null));
        tag(f.ed, annotations, OTHER_ID, OTHER, AnnotationDraft.span(source, 0, 0), "Azerbaijan's president");
        tag(f.ed, annotations, NEW_ID, NEW, AnnotationDraft.span(claim, 0, 0), "nobody has reviewed");
        // a discussion: a resolved question on a span, an open one on an article
        dsl.execute("INSERT INTO article_comment (article_id, annotation_id, quote, author_id, body, created_at, resolved_at, "
                + "resolved_by) VALUES (1001, ?, ?, ?, 'Is 1,250 the ministry''s figure or AFP''s?', "
                + "TIMESTAMP WITH TIME ZONE '2020-10-03 10:00:00+00', TIMESTAMP WITH TIME ZONE '2020-10-03 11:30:00+00', ?)",
                f.edClaim.id(), f.edClaim.text(), f.ed.id(), f.cora.id());
        dsl.execute("INSERT INTO article_comment (article_id, author_id, body, created_at) VALUES (1003, ?, "
                + "'Source of the talks claim?', TIMESTAMP WITH TIME ZONE '2020-10-04 09:00:00+00')", f.cora.id());
        // approved once annotated, as the workflow goes: approved articles are read-only for editors
        dsl.execute("UPDATE article SET status = 'APPROVED' WHERE id IN (1001, 1002, 1003)");
        return f;
    }

    private static long label(LabelSchemaService schema, LabelKind kind) {
        return schema.labels().stream().filter(l -> l.kind() == kind).findFirst().orElseThrow().id();
    }

    /** Tags the first occurrence of {@code needle}, at its code-point offsets. */
    public static Annotation tag(AppUser who, AnnotationService annotations, long article, String text, AnnotationDraft d,
            String needle) {
        int start = text.codePointCount(0, text.indexOf(needle));
        int end = start + needle.codePointCount(0, needle.length());
        AnnotationDraft draft = new AnnotationDraft(d.labelId(), start, end, d.claimTypeId(), d.figure(), d.figureUnit(),
                d.figureQualifier(), d.verdictId(), d.note(), d.sourceId(), d.claimId());
        return As.user(who.id(), who.username(), who.role(), () -> annotations.create(article, draft));
    }

    /** Python's text[start:end]: code points, not UTF-16 units. */
    static String pythonSlice(String text, int start, int end) {
        int[] cps = text.codePoints().toArray();
        return new String(cps, start, end - start);
    }
}
