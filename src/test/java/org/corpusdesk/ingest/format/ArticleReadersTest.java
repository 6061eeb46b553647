package org.corpusdesk.ingest.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.corpusdesk.ingest.ImportProblem;
import org.corpusdesk.ingest.IncomingArticle;
import org.corpusdesk.ingest.RejectedInputException;
import org.junit.jupiter.api.Test;

class ArticleReadersTest {

    private final List<IncomingArticle> articles = new ArrayList<>();
    private final List<ImportProblem> problems = new ArrayList<>();
    private final ArticleReader.Sink sink = new ArticleReader.Sink() {
        @Override
        public void article(IncomingArticle article) {
            articles.add(article);
        }

        @Override
        public void rejected(String file, Integer line, String reason) {
            problems.add(new ImportProblem(file, line, reason));
        }
    };

    @Test
    void plainTextIsOneArticle() throws Exception {
        new PlainTextReader().read("a.txt", "Headline\n\nBody.", FieldMapping.NONE, sink);
        assertThat(articles).singleElement().satisfies(a -> {
            assertThat(a.text()).isEqualTo("Headline\n\nBody.");
            assertThat(a.title()).isNull();
        });
    }

    @Test
    void emptyTextFileIsRejected() {
        assertThatThrownBy(() -> new PlainTextReader().read("e.txt", "  \n", FieldMapping.NONE, sink)).hasMessageContaining("empty file");
    }

    @Test
    void jsonLinesKeepGoodLinesAndNameBadOnes() {
        String jsonl = """
                {"title": "One", "text": "First body.", "outlet": "AFP", "section": "world"}

                {"headline": "Two", "body": "Second body.", "lang": "fr"}
                {broken
                {"title": "No text"}
                [1, 2]
                """;
        new JsonLinesReader().read("in.jsonl", jsonl, FieldMapping.NONE, sink);
        assertThat(articles).extracting(IncomingArticle::title).containsExactly("One", "Two");
        assertThat(articles.get(0).extra()).containsEntry("section", "world");
        assertThat(articles.get(0).line()).isEqualTo(1);
        assertThat(articles.get(1).language()).isEqualTo("fr");
        assertThat(articles.get(1).line()).isEqualTo(3);
        assertThat(problems).extracting(ImportProblem::line).containsExactly(4, 5, 6);
        assertThat(problems.get(0).reason()).startsWith("invalid JSON");
        assertThat(problems.get(1).reason()).contains("none of the fields text, body");
        assertThat(problems.get(2).reason()).isEqualTo("not a JSON object");
    }

    @Test
    void jsonArrayGivesEachObjectWithItsLine() throws Exception {
        String json = """
                [
                  {"title": "One", "text": "Body one."},
                  {"title": "Two", "text": "Body two.",
                   "author": "Jane Doe"}
                ]
                """;
        new JsonDocumentReader().read("in.json", json, FieldMapping.NONE, sink);
        assertThat(articles).extracting(IncomingArticle::line).containsExactly(2, 3);
        assertThat(articles.get(1).author()).isEqualTo("Jane Doe");
    }

    @Test
    void jsonSingleObjectIsOneArticle() throws Exception {
        new JsonDocumentReader().read("one.json", "{\"text\": \"Only body.\"}", FieldMapping.NONE, sink);
        assertThat(articles).hasSize(1);
    }

    @Test
    void truncatedJsonIsRejectedWithALine() {
        assertThatThrownBy(() -> new JsonDocumentReader().read("bad.json", "[\n{\"text\": \"x\"},\n{\"text\": ", FieldMapping.NONE, sink))
                .isInstanceOf(RejectedInputException.class)
                .satisfies(e -> assertThat(((RejectedInputException) e).line()).isEqualTo(3));
    }

    @Test
    void csvHandlesQuotesMultiLineFieldsAndBadRows() throws Exception {
        String csv = "title,text,outlet,published\r\n"
                + "\"Russia, Armenia\",\"He said \"\"help\"\".\nSecond line.\",TASS,2020-10-31\r\n"
                + "Short row,only two\r\n"
                + "No text,,AFP,2020\r\n"
                + "Last,Final body.,AP,2021-01-02\r\n";
        new CsvReader().read("in.csv", csv, FieldMapping.NONE, sink);
        assertThat(articles).extracting(IncomingArticle::title).containsExactly("Russia, Armenia", "Last");
        assertThat(articles.get(0).text()).isEqualTo("He said \"help\".\nSecond line.");
        assertThat(articles.get(0).line()).isEqualTo(2);
        assertThat(articles.get(1).line()).isEqualTo(6);
        assertThat(problems).extracting(ImportProblem::line).containsExactly(4, 5);
        assertThat(problems.get(0).reason()).contains("2 fields");
    }

    @Test
    void csvWithoutATextColumnIsRejectedOnceNamingItsColumns() {
        assertThatThrownBy(() -> new CsvReader().read("x.csv", "title,outlet\nA,B\nC,D\n", FieldMapping.NONE, sink))
                .isInstanceOf(RejectedInputException.class)
                .hasMessageStartingWith("no text column: the header (',' -separated".replace(" -", "-"))
                .hasMessageContaining("has title, outlet;").hasMessageContaining("--map text=COLUMN");
        assertThat(articles).isEmpty();
    }

    /** The usual column names of news datasets; the unnamed first column of a pandas export is the row's id. */
    @Test
    void csvWithUsualColumnNamesAndAnUnnamedIdColumn() throws Exception {
        new CsvReader().read("news.csv", ",id,article,highlights\n0,abc1,The body of one.,A summary.\n"
                + "1,abc2,The body of two.,Another.\n", FieldMapping.NONE, sink);
        assertThat(articles).extracting(IncomingArticle::text).containsExactly("The body of one.", "The body of two.");
        assertThat(articles.get(0).extra()).containsEntry("id", "0").containsEntry("highlights", "A summary.");
        new CsvReader().read("classes.csv", "class,title,description\n3,Wall St. rises,Stocks rose on Monday.\n",
                FieldMapping.NONE, sink);
        assertThat(articles.get(2).title()).isEqualTo("Wall St. rises");
        assertThat(articles.get(2).text()).isEqualTo("Stocks rose on Monday.");
        assertThat(problems).isEmpty();
    }

    /** With text and description both present, text is the body and description is kept as metadata. */
    @Test
    void theBodyComesFromTheMostSpecificNameAndAMappingOverridesIt() throws Exception {
        String csv = "headline,description,text\nH,A lede.,The full body.\n";
        new CsvReader().read("both.csv", csv, FieldMapping.NONE, sink);
        assertThat(articles.get(0).text()).isEqualTo("The full body.");
        assertThat(articles.get(0).extra()).containsEntry("description", "A lede.");
        new CsvReader().read("both.csv", csv, FieldMapping.parse("text=description,title=headline"), sink);
        assertThat(articles.get(1).text()).isEqualTo("A lede.");
        assertThat(articles.get(1).extra()).containsEntry("text", "The full body.");
        assertThatThrownBy(() -> new CsvReader().read("both.csv", csv, FieldMapping.parse("text=summary"), sink))
                .hasMessageStartingWith("--map text=summary: the header has no column 'summary'");
        assertThatThrownBy(() -> FieldMapping.parse("body=x")).hasMessageContaining("not an article field");
        assertThatThrownBy(() -> FieldMapping.parse("text")).hasMessageContaining("not FIELD=COLUMN");
    }

    /** A ';'-separated, '-quoted file keeps its header and every record. */
    @Test
    void semicolonSeparatedSingleQuotedCsvIsDetected() throws Exception {
        String csv = "titel;text;quelle\n'Wahl, erste Runde';'Die Wahl; sie lief ''gut''.';dpa\n"
                + "'Zweite';'Noch ein Text.';AFP\n'Dritte';'Dritter Text; mit Semikolon.';Reuters\n";
        new CsvReader().read("de.csv", csv, FieldMapping.parse("title=titel,outlet=quelle"), sink);
        assertThat(problems).isEmpty();
        assertThat(articles).extracting(IncomingArticle::title).containsExactly("Wahl, erste Runde", "Zweite", "Dritte");
        assertThat(articles.get(0).text()).isEqualTo("Die Wahl; sie lief 'gut'.");
        assertThat(articles.get(2).outlet()).isEqualTo("Reuters");
    }

    /** A TSV that never quotes a field reads a quote inside text as text, not as the start of a quoted field. */
    @Test
    void tsvWithoutQuotingKeepsStrayQuotes() throws Exception {
        new TsvReader().read("raw.tsv", "title\ttext\nA\tHe said \"stop.\nB\tShe said nothing\" then.\n",
                FieldMapping.NONE, sink);
        assertThat(problems).isEmpty();
        assertThat(articles).extracting(IncomingArticle::text).containsExactly("He said \"stop.", "She said nothing\" then.");
    }

    @Test
    void tabSeparatedValuesAreReadWithTheirHeader() throws Exception {
        String tsv = "title\ttext\toutlet\n"
                + "Ceasefire, again\tTalks resumed; \"no comment\", said the envoy.\tAFP\n"
                + "Short row\tonly two\n"
                + "Second\tAnother body.\tTASS\n";
        new TsvReader().read("in.tsv", tsv, FieldMapping.NONE, sink);
        assertThat(new TsvReader().extensions()).contains("tsv");
        assertThat(articles).extracting(IncomingArticle::title).containsExactly("Ceasefire, again", "Second");
        assertThat(articles.get(0).text()).isEqualTo("Talks resumed; \"no comment\", said the envoy.");
        assertThat(articles.get(1).line()).isEqualTo(4);
        assertThat(problems).singleElement().satisfies(p -> assertThat(p.line()).isEqualTo(3));
    }
}
