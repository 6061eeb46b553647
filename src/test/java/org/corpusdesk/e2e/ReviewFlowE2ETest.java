package org.corpusdesk.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.util.List;
import org.corpusdesk.annotation.Annotation;
import org.corpusdesk.annotation.AnnotationDraft;
import org.corpusdesk.annotation.AnnotationService;
import org.corpusdesk.annotation.LabelKind;
import org.corpusdesk.annotation.LabelSchemaService;
import org.corpusdesk.support.As;
import org.corpusdesk.support.TestData;
import org.corpusdesk.user.AppUser;
import org.corpusdesk.user.Role;
import org.corpusdesk.user.UserRepository;
import org.corpusdesk.user.UserService;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The review flow in a real browser: tagging down a long article keeps the reading position and the labels in
 * view; a refused change to an approved article; undo of a deleted source brings its claim's attribution back;
 * queue filters survive a reload and a row click opens the article.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "spring.datasource.url=jdbc:h2:mem:e2e-flow;DB_CLOSE_DELAY=-1",
    "spring.datasource.username=sa", "spring.datasource.password=",
    "corpusdesk.search.index-dir=target/test-search/${random.uuid}",
    "vaadin.devmode.liveReload.enabled=false", "vaadin.devmode.devTools.enabled=false", "vaadin.copilot.enable=false"})
class ReviewFlowE2ETest extends BrowserTest {

    static final long LONG = 991_000;
    static final long APPROVED = 991_001;
    static final long ATTRIBUTED = 991_002;
    static final long ARCS = 991_003;
    static final long EDGES = 991_004;
    static final long TALK = 991_005;
    static final long DRAG = 991_006;

    @Autowired UserService users;
    @Autowired UserRepository userRepository;
    @Autowired AnnotationService annotations;
    @Autowired LabelSchemaService schema;
    @Autowired DSLContext dsl;

    AppUser editor;
    Page page;

    @BeforeAll
    void start() {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 70; i++) {
            text.append("In the valley of district ").append(i).append(", the ministry of region ").append(i)
                    .append(" said that ").append(10 + i).append(" families were moved to shelters overnight, and that ")
                    .append("roads to the villages along the river stayed closed while engineers checked the bridges.\n\n");
        }
        TestData.article(dsl, LONG, "A long night in seventy districts", "Example Wire", text.toString());
        TestData.article(dsl, APPROVED, "Approved already", "Example Wire", "The agency said the border was calm.");
        dsl.execute("UPDATE article SET status = 'APPROVED' WHERE id = ?", APPROVED);
        TestData.article(dsl, ATTRIBUTED, "Attributed", "Example Wire", "The Red Cross said 40 people were hurt.");
        TestData.article(dsl, ARCS, "Arcs", "Example Wire",
                "The Interior Ministry said 12 officers were wounded, and the mayor told reporters the curfew would stay.");
        TestData.article(dsl, EDGES, "Edges", "Example Wire", "Officials in the northern town said the bridge was closed.");
        TestData.article(dsl, DRAG, "Drag", "Example Wire", "Officials in the northern town said the bridge was closed.");
        TestData.article(dsl, TALK, "Talk", "Example Wire", "The governor said the dam held through the night.");
        dsl.execute("UPDATE label SET guidelines = ? WHERE name = 'SOURCE'", "Tag **who** speaks, with their title:\n\n"
                + "- *the Interior Ministry*, not *ministry*\n- a person's name with the role before it\n\n<b>raw html</b>");
        editor = TestData.user(users, userRepository, "flow-editor", Role.EDITOR);
        page = newPage();
        signIn(page, "flow-editor", "test password 123");
    }

    private double scrollTop() {
        return ((Number) page.evaluate("() => document.querySelector('#article-left').scrollTop")).doubleValue();
    }

    @Test
    void taggingTwentySpansDownALongArticleNeverScrollsBack() {
        page.navigate(url("article/" + LONG));
        assertThat(page.locator("#article-text")).containsText("region 69 said");
        double previous = -1;
        for (int i = 0; i < 20; i++) {
            String phrase = "the ministry of region " + (i * 3 + 9);
            ReviewE2ETest.settle(page);
            // the editor reads on: the phrase comes into view from below
            page.evaluate("phrase => { const root = document.querySelector('#article-text');"
                    + " const w = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);"
                    + " while (w.nextNode()) { if (w.currentNode.textContent.includes(phrase)) {"
                    + " w.currentNode.parentElement.scrollIntoView({block: 'center'}); return; } } }", phrase);
            double before = scrollTop();
            assertThat(before).as("reading on, not back").isGreaterThanOrEqualTo(previous);
            ReviewE2ETest.select(page, phrase);
            page.keyboard().press("s");
            int tagged = i + 1;
            page.waitForCondition(() -> dsl.fetchCount(org.corpusdesk.jooq.Tables.ANNOTATION,
                    org.corpusdesk.jooq.Tables.ANNOTATION.ARTICLE_ID.eq(LONG)) == tagged);
            ReviewE2ETest.settle(page);
            double after = scrollTop();
            assertThat(after).as("span " + tagged + ": the text stays where it was read").isBetween(before - 80, before + 400);
            assertThat((Boolean) page.evaluate("() => { const r = document.querySelector('#label-toolbar')"
                    + ".getBoundingClientRect(); return r.top >= 0 && r.bottom <= window.innerHeight; }"))
                    .as("span " + tagged + ": the labels are in view").isTrue();
            previous = after;
        }
        assertThat(dsl.fetchValue("SELECT COUNT(DISTINCT text) FROM v_annotation WHERE article_id = " + LONG)).isEqualTo(20L);
    }

    @Test
    void anEditorCannotChangeAnApprovedArticle() {
        page.navigate(url("article/" + APPROVED));
        assertThat(page.locator("#article-read-only")).containsText("approved");
        ReviewE2ETest.select(page, "The agency");
        page.keyboard().press("s");
        assertThat(page.locator("vaadin-notification-card").last()).containsText("read-only for editors");
        assertThat(dsl.fetchValue("SELECT COUNT(*) FROM annotation WHERE article_id = " + APPROVED)).isEqualTo(0L);
        page.getByText("Metadata", new Page.GetByTextOptions().setExact(true)).click();
        assertThat(page.locator("#meta-read-only")).isVisible();
        assertThat(page.locator("#meta-title")).hasAttribute("readonly", "");
    }

    @Test
    void undoOfADeletedSourceBringsItsClaimsAttributionBack() {
        long source = label(LabelKind.SOURCE);
        long claim = label(LabelKind.CLAIM);
        Annotation s = As.user(editor.id(), "flow-editor", Role.EDITOR,
                () -> annotations.create(ATTRIBUTED, AnnotationDraft.span(source, 0, 13)));
        Annotation c = As.user(editor.id(), "flow-editor", Role.EDITOR,
                () -> annotations.create(ATTRIBUTED, AnnotationDraft.span(claim, 19, 38)));
        As.user(editor.id(), "flow-editor", Role.EDITOR, () -> annotations.attribute(c.id(), s.id(), null));

        page.navigate(url("article/" + ATTRIBUTED));
        page.locator("#article-text span[data-s='0']").click();
        page.locator("#annotation-delete").click();
        assertThat(page.locator("#confirm-delete")).containsText("the attribution of the claim “40 people were hurt”");
        page.locator("#confirm-delete vaadin-button[slot='confirm-button'], vaadin-confirm-dialog-overlay [slot='confirm-button']")
                .first().click();
        page.waitForCondition(() -> dsl.fetchCount(org.corpusdesk.jooq.Tables.ATTRIBUTION) == 0);
        page.locator("#undo-delete").click();
        page.waitForCondition(() -> dsl.fetchCount(org.corpusdesk.jooq.Tables.ATTRIBUTION) == 1);
        assertThat(dsl.fetchValue("SELECT source_text || ' / ' || claim_text FROM v_attribution"))
                .isEqualTo("The Red Cross / 40 people were hurt");
    }

    @Test
    void queueFiltersSurviveAReloadAndARowClickOpensTheArticle() {
        page.navigate(url(""));
        page.locator("#queue-search input").fill("seventy");
        page.waitForURL(u -> u.contains("q=seventy"));
        page.reload();
        assertThat(page.locator("#queue-search input")).hasValue("seventy");
        assertThat(page.locator("#queue-grid")).containsText("A long night in seventy districts");
        assertThat(page.locator("#queue-grid")).not().containsText("Approved already");
        page.locator("#queue-grid vaadin-grid-cell-content").filter(new com.microsoft.playwright.Locator.FilterOptions()
                .setHasText("Example Wire")).first().click();
        page.waitForURL(u -> u.contains("article/" + LONG + "?q=seventy"));
        // a search's hits are highlighted in the text, each of them
        page.navigate(url("article/" + LONG + "?q=valley"));
        page.waitForFunction("() => CSS.highlights.has('search-hit') && CSS.highlights.get('search-hit').size === 70");
    }

    @Test
    void aClaimIsAttributedByKeyboardAndItsArcsAreDrawn() throws Exception {
        Annotation ministry = tag(ARCS, LabelKind.SOURCE, 0, 21);
        tag(ARCS, LabelKind.CUE, 22, 26);
        Annotation wounded = tag(ARCS, LabelKind.CLAIM, 27, 51);
        page.navigate(url("article/" + ARCS));
        page.locator("#article-text span[data-s='27']").click();
        ReviewE2ETest.settle(page);
        page.keyboard().press("a");
        assertThat(page.locator("#attribute-dialog")).hasAttribute("opened", "");
        page.keyboard().press("Enter");
        page.waitForCondition(() -> dsl.fetchCount(org.corpusdesk.jooq.Tables.ATTRIBUTION,
                org.corpusdesk.jooq.Tables.ATTRIBUTION.CLAIM_ANNOTATION_ID.eq(wounded.id())) == 1);
        assertThat(dsl.fetchValue("SELECT source_annotation_id FROM attribution WHERE claim_annotation_id = " + wounded.id()))
                .isEqualTo(ministry.id());
        assertThat(dsl.fetchValue("SELECT cue_text FROM v_attribution WHERE claim_annotation_id = " + wounded.id()))
                .isEqualTo("said");
        assertThat(page.locator("#article-text svg.cd-arcs path.cd-arc-source")).hasCount(1);
        assertThat(page.locator("#article-text svg.cd-arcs path.cd-arc-cue")).hasCount(1);
        java.nio.file.Path shots = java.nio.file.Path.of("target", "screenshots");
        java.nio.file.Files.createDirectories(shots);
        page.screenshot(new Page.ScreenshotOptions().setPath(shots.resolve("article-arcs.png")));
        // on a 1280 px screen nothing of the side panel is cut off
        page.setViewportSize(1280, 800);
        try {
            ReviewE2ETest.settle(page);
            for (String field : List.of("#figure-unit", "#attributed-source", "#annotation-delete")) {
                assertThat((Boolean) page.evaluate("s => document.querySelector(s).getBoundingClientRect().right <= "
                        + "window.innerWidth", field)).as(field + " within 1280 px").isTrue();
            }
            page.screenshot(new Page.ScreenshotOptions().setPath(shots.resolve("article-1280.png")));
        } finally {
            page.setViewportSize(1400, 900);
        }
        // the arcs follow the switch
        page.locator("#show-arcs").click();
        assertThat(page.locator("#article-text svg.cd-arcs path")).hasCount(0);
        page.locator("#show-arcs").click();
        assertThat(page.locator("#article-text svg.cd-arcs path.cd-arc-source")).hasCount(1);
    }

    @Test
    void aSpansBoundaryIsAdjustedByKeyboard() {
        Annotation officials = tag(EDGES, LabelKind.SOURCE, 0, 25);
        assertThat(officials.text()).isEqualTo("Officials in the northern");
        page.navigate(url("article/" + EDGES));
        page.locator("#article-text span[data-s='0']").click();
        ReviewE2ETest.settle(page);
        page.keyboard().press("Period");
        page.waitForCondition(() -> "Officials in the northern town".equals(
                dsl.fetchValue("SELECT text FROM v_annotation WHERE article_id = " + EDGES)));
        ReviewE2ETest.settle(page);
        page.keyboard().press("Shift+Period");
        page.waitForCondition(() -> "in the northern town".equals(
                dsl.fetchValue("SELECT text FROM v_annotation WHERE article_id = " + EDGES)));
        ReviewE2ETest.settle(page);
        page.locator("#edge-end-left").click();
        page.waitForCondition(() -> "in the northern".equals(
                dsl.fetchValue("SELECT text FROM v_annotation WHERE article_id = " + EDGES)));
    }

    @Test
    void unsavedMetadataIsNotDroppedWithoutAsking() {
        page.navigate(url("article/" + EDGES));
        page.getByText("Metadata", new Page.GetByTextOptions().setExact(true)).click();
        page.locator("#meta-title input").fill("Bridge closed in the north");
        queueLink().click();
        assertThat(page.locator("#unsaved-dialog")).hasAttribute("opened", "");
        assertThat(page.locator("#unsaved-dialog")).containsText("the metadata form");
        page.getByText("Stay", new Page.GetByTextOptions().setExact(true)).click();
        assertThat(page.locator("#meta-title input")).hasValue("Bridge closed in the north");
        assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/article/" + EDGES + "$"));
        page.locator("#meta-save").click();
        assertThat(page.locator("#metadata-history")).containsText("Bridge closed in the north");
        ReviewE2ETest.settle(page);
        queueLink().click();
        assertThat(page.locator("#queue-grid")).isVisible();
    }

    @Test
    void aCommentThreadOnASpanIsAddedResolvedAndShownInTheQueue() throws Exception {
        tag(TALK, LabelKind.SOURCE, 0, 12);
        page.navigate(url("article/" + TALK));
        page.getByText("Guidelines", new Page.GetByTextOptions().setExact(true)).click();
        assertThat(page.locator("#label-guidelines-view strong")).hasText("who");
        assertThat(page.locator("#label-guidelines-view")).containsText("<b>raw html</b>");
        java.nio.file.Path shots = java.nio.file.Path.of("target", "screenshots");
        java.nio.file.Files.createDirectories(shots);
        page.screenshot(new Page.ScreenshotOptions().setPath(shots.resolve("guidelines.png")));

        page.locator("#article-text span[data-s='0']").click();
        page.getByText("Discussion", new Page.GetByTextOptions().setExact(true)).click();
        page.locator("#comment-body textarea").fill("Which governor? There are two in this story.");
        page.locator("#comment-about-span").click();
        page.locator("#comment-add").click();
        assertThat(page.locator("#comment-thread")).containsText("on “The governor”");
        assertThat(page.locator("#comment-thread")).containsText("Which governor?");
        assertThat(dsl.fetchValue("SELECT quote FROM v_comment WHERE article_id = " + TALK)).isEqualTo("The governor");

        page.navigate(url("?comments=open&mine=0"));
        assertThat(page.locator("#open-comments")).hasAttribute("checked", "");
        assertThat(page.locator("#queue-grid")).containsText("1 open");
        assertThat(page.locator("#queue-grid")).not().containsText("A long night");

        page.navigate(url("article/" + TALK));
        page.getByText("Discussion", new Page.GetByTextOptions().setExact(true)).click();
        page.locator("#comment-thread .comment-toggle").first().click();
        assertThat(page.locator("#comment-thread")).containsText("resolved by flow-editor");
        assertThat(dsl.fetchValue("SELECT resolved_by FROM v_comment WHERE article_id = " + TALK)).isEqualTo("flow-editor");
    }

    private com.microsoft.playwright.Locator queueLink() {
        return page.locator("vaadin-side-nav-item").filter(new com.microsoft.playwright.Locator.FilterOptions()
                .setHasText("Review queue")).first();
    }

    @Test
    void aSpansEdgeIsDraggedToAnotherWord() {
        tag(DRAG, LabelKind.SOURCE, 0, 25);
        page.navigate(url("article/" + DRAG));
        page.locator("#article-text span[data-s='0']").click();
        ReviewE2ETest.settle(page);
        page.waitForFunction("() => document.querySelector('#article-text').__selected");
        // from the span's last letter ("northern") to the middle of "town"
        var from = page.evaluate("() => { const t = document.querySelector('#article-text span[data-s=\"0\"]').firstChild;"
                + " const r = document.createRange(); r.setStart(t, 24); r.setEnd(t, 25); const b = r.getBoundingClientRect();"
                + " return [b.left + b.width / 2, b.top + b.height / 2]; }");
        var to = page.evaluate("() => { const t = document.querySelector('#article-text span[data-s=\"25\"]').firstChild;"
                + " const r = document.createRange(); r.setStart(t, 2); r.setEnd(t, 3); const b = r.getBoundingClientRect();"
                + " return [b.left + b.width / 2, b.top + b.height / 2]; }");
        List<?> a = (List<?>) from;
        List<?> b = (List<?>) to;
        page.mouse().move(((Number) a.get(0)).doubleValue(), ((Number) a.get(1)).doubleValue());
        page.mouse().down();
        page.mouse().move(((Number) b.get(0)).doubleValue(), ((Number) b.get(1)).doubleValue(),
                new com.microsoft.playwright.Mouse.MoveOptions().setSteps(5));
        page.mouse().up();
        page.waitForCondition(() -> "Officials in the northern town".equals(
                dsl.fetchValue("SELECT text FROM v_annotation WHERE article_id = " + DRAG)));
    }

    private Annotation tag(long article, LabelKind kind, int start, int end) {
        long label = label(kind);
        return As.user(editor.id(), "flow-editor", Role.EDITOR,
                () -> annotations.create(article, AnnotationDraft.span(label, start, end)));
    }

    private long label(LabelKind kind) {
        return As.user(editor.id(), "flow-editor", Role.EDITOR, () -> schema.labels()).stream()
                .filter(l -> l.kind() == kind).findFirst().orElseThrow().id();
    }
}
