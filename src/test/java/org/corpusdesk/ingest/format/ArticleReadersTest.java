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
        new PlainTextReader().read("a.txt", "Headline\n\nBody.", sink);
        assertThat(articles).singleElement().satisfies(a -> {
            assertThat(a.text()).isEqualTo("Headline\n\nBody.");
            assertThat(a.title()).isNull();
        });
    }

    @Test
    void emptyTextFileIsRejected() {
        assertThatThrownBy(() -> new PlainTextReader().read("e.txt", "  \n", sink)).hasMessageContaining("empty file");
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
        new JsonLinesReader().read("in.jsonl", jsonl, sink);
        assertThat(articles).extracting(IncomingArticle::title).containsExactly("One", "Two");
        assertThat(articles.get(0).extra()).containsEntry("section", "world");
        assertThat(articles.get(0).line()).isEqualTo(1);
        assertThat(articles.get(1).language()).isEqualTo("fr");
        assertThat(articles.get(1).line()).isEqualTo(3);
        assertThat(problems).extracting(ImportProblem::line).containsExactly(4, 5, 6);
        assertThat(problems.get(0).reason()).startsWith("invalid JSON");
        assertThat(problems.get(1).reason()).contains("'text' or 'body'");
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
        new JsonDocumentReader().read("in.json", json, sink);
        assertThat(articles).extracting(IncomingArticle::line).containsExactly(2, 3);
        assertThat(articles.get(1).author()).isEqualTo("Jane Doe");
    }

    @Test
    void jsonSingleObjectIsOneArticle() throws Exception {
        new JsonDocumentReader().read("one.json", "{\"text\": \"Only body.\"}", sink);
        assertThat(articles).hasSize(1);
    }

    @Test
    void truncatedJsonIsRejectedWithALine() {
        assertThatThrownBy(() -> new JsonDocumentReader().read("bad.json", "[\n{\"text\": \"x\"},\n{\"text\": ", sink))
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
        new CsvReader().read("in.csv", csv, sink);
        assertThat(articles).extracting(IncomingArticle::title).containsExactly("Russia, Armenia", "Last");
        assertThat(articles.get(0).text()).isEqualTo("He said \"help\".\nSecond line.");
        assertThat(articles.get(0).line()).isEqualTo(2);
        assertThat(articles.get(1).line()).isEqualTo(6);
        assertThat(problems).extracting(ImportProblem::line).containsExactly(4, 5);
        assertThat(problems.get(0).reason()).contains("2 fields");
    }

    @Test
    void csvWithoutATextColumnRejectsEveryRow() throws Exception {
        new CsvReader().read("x.csv", "title,outlet\nA,B\n", sink);
        assertThat(articles).isEmpty();
        assertThat(problems).singleElement().satisfies(p -> assertThat(p.line()).isEqualTo(2));
    }

    @Test
    void tabSeparatedValuesAreReadWithTheirHeader() throws Exception {
        String tsv = "title\ttext\toutlet\n"
                + "Ceasefire, again\tTalks resumed; \"no comment\", said the envoy.\tAFP\n"
                + "Short row\tonly two\n"
                + "Second\tAnother body.\tTASS\n";
        new TsvReader().read("in.tsv", tsv, sink);
        assertThat(new TsvReader().extensions()).contains("tsv");
        assertThat(articles).extracting(IncomingArticle::title).containsExactly("Ceasefire, again", "Second");
        assertThat(articles.get(0).text()).isEqualTo("Talks resumed; \"no comment\", said the envoy.");
        assertThat(articles.get(1).line()).isEqualTo(4);
        assertThat(problems).singleElement().satisfies(p -> assertThat(p.line()).isEqualTo(3));
    }
}
