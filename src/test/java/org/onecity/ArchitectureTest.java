package org.onecity;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RestController;

/**
 * The rules that keep a module's insides inside, beyond what {@link ModularityTest} checks between
 * modules: the web layer, repositories and SQL statements stay package-private; settings are records;
 * the tiny value types in {@code shared} stand on the JDK alone.
 */
class ArchitectureTest {

    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.onecity");

    @Test
    void controllersArePackagePrivate() {
        classes().that().areAnnotatedWith(Controller.class).or().areAnnotatedWith(RestController.class)
                .should().notBePublic()
                .because("a page or an API is reached by its URL, never by another module's code")
                .check(MAIN);
    }

    @Test
    void repositoriesAndStatementsArePackagePrivate() {
        classes().that().areTopLevelClasses()
                .and(com.tngtech.archunit.base.DescribedPredicate.describe("are named *Repository, *Statement or *Sql",
                        c -> c.getSimpleName().matches(".*(Repository|Statement|Sql)")))
                .should().notBePublic()
                .because("a module's tables are read and written by its own code only")
                .check(MAIN);
    }

    @Test
    void settingsAreRecords() {
        classes().that().areAnnotatedWith(ConfigurationProperties.class)
                .should().beRecords()
                .check(MAIN);
    }

    @Test
    void sharedValueTypesStandOnTheJdkAlone() {
        classes().that().resideInAPackage("org.onecity.shared..").and().doNotHaveSimpleName("package-info")
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "org.onecity.shared..")
                .check(MAIN);
    }

    @Test
    void theCommandLineUsesFacadesNotSql() {
        noClasses().that().resideInAPackage("org.onecity.cli..")
                .should().dependOnClassesThat().areAssignableTo(JdbcClient.class)
                .because("commands are thin wrappers over the modules' facades")
                .check(MAIN);
    }
}
