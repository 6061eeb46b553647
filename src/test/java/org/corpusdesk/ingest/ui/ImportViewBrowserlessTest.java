package org.corpusdesk.ingest.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import java.util.ArrayList;
import java.util.List;
import org.corpusdesk.ingest.ImportBatchRepository;
import org.corpusdesk.ingest.ImportProblem;
import org.corpusdesk.user.AppUser;
import org.corpusdesk.user.Role;
import org.corpusdesk.user.UserRepository;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.core.context.SecurityContextHolder;

/** The Import page lists every problem of a big import, a page at a time, instead of rendering them all. */
// a context of its own: a cached context reused after another browserless test's would find Spring Security's
// (static) context holder strategy set up by that other context, and the sign-in below would not be seen
@SpringBootTest(properties = {"spring.datasource.url=jdbc:h2:mem:import-view;DB_CLOSE_DELAY=-1",
    "spring.datasource.username=sa", "spring.datasource.password=",
    "corpusdesk.search.index-dir=target/test-search/${random.uuid}"})
class ImportViewBrowserlessTest extends SpringBrowserlessTest {

    @Autowired UserRepository userRepository;
    @Autowired ImportBatchRepository batches;
    @Autowired DSLContext dsl;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void twentyThousandProblemsAreListedPageByPage() {
        AppUser curator = userRepository.find("import-curator").orElseGet(() -> userRepository.find(
                userRepository.insert("import-curator", null, Role.CURATOR, "not used")).orElseThrow());
        long batch = batches.start("CLI", "many problems", null, "test");
        List<ImportProblem> many = new ArrayList<>();
        for (int i = 1; i <= 20_000; i++) {
            many.add(new ImportProblem("big.jsonl", i, "invalid JSON number " + i));
        }
        dsl.transaction(c -> batches.addProblems(batch, many));
        org.corpusdesk.support.As.signedIn(curator);
        ImportView view = navigate(ImportView.class);
        view.showProblems(batch);
        assertThat(view.problems.isVisible()).isTrue();
        assertThat(view.problems.isAllRowsVisible()).as("a scrolling grid, not 20,000 rendered rows").isFalse();
        assertThat(test(view.problems).size()).isEqualTo(20_000);
        assertThat(test(view.problems).getCellText(19_999, 3)).isEqualTo("invalid JSON number 20000");
        assertThat(test(view.problems).getCellText(0, 2)).isEqualTo("1");
        assertThat(test(view.problems).getCellText(0, 0)).isEqualTo("rejected");
    }
}
