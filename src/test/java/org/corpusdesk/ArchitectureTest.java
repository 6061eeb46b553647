package org.corpusdesk;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The layering of DEVELOPERS.md: only ui packages use Vaadin; views never touch jOOQ or SQL. */
@AnalyzeClasses(packages = "org.corpusdesk", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule onlyUiPackagesUseVaadin = noClasses()
            .that().resideOutsideOfPackage("..ui..")
            .should().dependOnClassesThat().resideInAPackage("com.vaadin..");

    @ArchTest
    static final ArchRule viewsNeverTouchJooqOrJdbc = noClasses()
            .that().resideInAPackage("..ui..")
            .should().dependOnClassesThat().resideInAnyPackage("org.jooq..", "org.corpusdesk.jooq..", "java.sql..");

    @ArchTest
    static final ArchRule domainCodeDoesNotReachIntoTheCommandLine = noClasses()
            .that().resideOutsideOfPackage("org.corpusdesk.cli..").and().doNotHaveFullyQualifiedName(Application.class.getName())
            .should().dependOnClassesThat().resideInAPackage("org.corpusdesk.cli..");

    /** Background work from a view goes to the application's shared executor, never to threads of its own. */
    @ArchTest
    static final ArchRule viewsStartNoThreads = noClasses()
            .that().resideInAPackage("..ui..")
            .should().callMethod(Thread.class, "start")
            .orShould().callMethod(Thread.class, "ofVirtual")
            .orShould().callMethod(Thread.class, "ofPlatform")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("java.util.concurrent.Executors");
}
