package org.corpusdesk.ingest.dataset;

import org.corpusdesk.annotation.AnnotationRepository;
import org.corpusdesk.article.ArticleRepository;
import org.corpusdesk.registry.RegistryRepository;
import org.jooq.DSLContext;
import org.springframework.stereotype.Component;

/** Opens an {@link ImportTarget} per import, writing through the repositories that own the tables. */
@Component
public class ImportTargets {

    private final DSLContext dsl;
    private final AnnotationRepository annotations;
    private final ArticleRepository articles;
    private final RegistryRepository registry;
    private final org.corpusdesk.comment.CommentRepository comments;

    public ImportTargets(DSLContext dsl, AnnotationRepository annotations, ArticleRepository articles, RegistryRepository registry,
            org.corpusdesk.comment.CommentRepository comments) {
        this.dsl = dsl;
        this.annotations = annotations;
        this.articles = articles;
        this.registry = registry;
        this.comments = comments;
    }

    ImportTarget open() {
        return new ImportTarget(dsl, annotations, articles, registry, comments);
    }
}
