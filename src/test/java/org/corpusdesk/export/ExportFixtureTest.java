package org.corpusdesk.export;

import org.corpusdesk.annotation.AnnotationService;
import org.corpusdesk.annotation.LabelSchemaService;
import org.corpusdesk.registry.ClaimRegistryService;
import org.corpusdesk.registry.SourceRegistryService;
import org.corpusdesk.support.As;
import org.corpusdesk.user.Role;
import org.corpusdesk.user.UserRepository;
import org.corpusdesk.user.UserService;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;

/** A test class on the {@link ExportFixture}, loaded once into the class's database; runs exports as the curator. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class ExportFixtureTest {

    @Autowired protected ExportService export;
    @Autowired protected DSLContext dsl;
    @Autowired protected UserService users;
    @Autowired protected UserRepository userRepository;
    @Autowired protected AnnotationService annotations;
    @Autowired protected LabelSchemaService schema;
    @Autowired protected SourceRegistryService sources;
    @Autowired protected ClaimRegistryService claims;

    protected ExportFixture f;

    @BeforeAll
    void loadFixture() {
        f = ExportFixture.load(dsl, users, userRepository, annotations, schema, sources, claims);
    }

    protected ExportResult run(ExportRequest request) {
        return As.user(f.cora.id(), "cora", Role.CURATOR, () -> export.export(request));
    }
}
