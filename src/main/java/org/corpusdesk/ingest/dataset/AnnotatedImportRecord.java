package org.corpusdesk.ingest.dataset;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.corpusdesk.ingest.ImportBatchRepository;
import org.corpusdesk.ingest.ImportCounts;
import org.corpusdesk.ingest.ImportProblem;
import org.corpusdesk.shared.ProcessOwner;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Records an import of annotated data (a brat folder, a Corpus Desk export) as an import batch with its
 * problems, as every article import is: started before the import's own transaction, finished after it, in
 * transactions of their own, so that a failed import is recorded as FAILED with its reason.
 */
@Service
public class AnnotatedImportRecord {

    private final ImportBatchRepository batches;
    private final TransactionTemplate own;

    public AnnotatedImportRecord(ImportBatchRepository batches, PlatformTransactionManager transactions) {
        this.batches = batches;
        this.own = new TransactionTemplate(transactions);
        this.own.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** An import of annotated data, as the brat and dataset import services run one. */
    public interface Work {
        DatasetImportReport run() throws IOException;
    }

    /**
     * Runs {@code work} (the import of {@code path}, a {@code kind} such as "brat folder"), recording it as a batch
     * of {@code origin}; what {@code work} throws is thrown on, once the failure is recorded.
     */
    public DatasetImportReport run(String origin, String kind, Path path, Long userId, Work work) throws IOException {
        Long batchId = own.execute(tx -> batches.start(origin, kind + " " + path, userId, ProcessOwner.current()));
        try {
            DatasetImportReport report = work.run();
            own.executeWithoutResult(tx -> {
                batches.addProblems(batchId, report.problems());
                batches.finish(batchId, ImportCounts.of(report.articles(), report.duplicates(),
                        report.problems().size()), false);
            });
            return report;
        } catch (IOException | RuntimeException | Error failed) {
            String reason = "the import failed and nothing of it was kept: " + failed.getMessage();
            own.executeWithoutResult(tx -> {
                batches.addProblems(batchId, List.of(new ImportProblem(path.toString(), null, reason)));
                batches.finish(batchId, ImportCounts.of(0, 0, 1), true);
            });
            throw failed;
        }
    }
}
