package org.defencetracker;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import jakarta.persistence.Entity;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.data.repository.Repository;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.stereotype.Controller;

/** The module layout of STYLE.md, checked: Spring Modulith's verification plus a few rules of our own. */
class ModularityTest {

    private static final String ROOT = DefenceTrackerApplication.class.getPackageName();
    private static final Pattern MODULE_PACKAGE = Pattern.compile(Pattern.quote(ROOT) + "\\.([^.]+)(\\..*)?");

    /** What every module may use, including its web support (error pages, flash, forms). */
    private static final String SHARED = "shared";

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(ROOT);

    @Test
    void modulesHaveNoCyclesAndUseOnlyEachOthersApi() {
        ApplicationModules.of(DefenceTrackerApplication.class).verify();
    }

    @Test
    void controllersLiveInWebPackages() {
        classes()
                .that()
                .areMetaAnnotatedWith(Controller.class)
                .should()
                .resideInAPackage("..web..")
                // There may be no controllers yet; the rule is for the ones to come.
                .allowEmptyShould(true)
                .check(CLASSES);
    }

    @Test
    void modulesDoNotUseTheWebPackagesOfOtherModules() {
        classes()
                .that()
                .resideInAPackage(ROOT + ".*..")
                .should(notUseTheWebPackagesOfOtherModules())
                .check(CLASSES);
    }

    @Test
    void moduleRootsDoNotUseTheSharedWebSupport() {
        noClasses()
                .that()
                .resideInAPackage(ROOT + ".(*)")
                .should()
                .dependOnClassesThat()
                .resideInAPackage(ROOT + ".shared.web..")
                .check(CLASSES);
    }

    @Test
    void theApiDoesNotUseThePagesWebClasses() {
        noClasses()
                .that()
                .resideInAPackage("..web.api..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage(ROOT + ".(*).web")
                .check(CLASSES);
    }

    @Test
    void entitiesAreNotPublic() {
        classes().that().areAnnotatedWith(Entity.class).should().notBePublic().check(CLASSES);
    }

    @Test
    void repositoriesAreNotPublic() {
        classes()
                .that()
                .areAssignableTo(Repository.class)
                .and()
                .areInterfaces()
                .should()
                .notBePublic()
                .check(CLASSES);
    }

    private static ArchCondition<JavaClass> notUseTheWebPackagesOfOtherModules() {
        return new ArchCondition<>("not use the web packages of other modules") {
            @Override
            public void check(JavaClass item, ConditionEvents events) {
                Optional<String> own = moduleOf(item.getPackageName());
                for (Dependency dependency : item.getDirectDependenciesFromSelf()) {
                    String target =
                            dependency.getTargetClass().getBaseComponentType().getPackageName();
                    Optional<String> other = moduleOf(target);
                    if (other.isPresent()
                            && !other.equals(own)
                            && !other.get().equals(SHARED)
                            && isWebPackage(target, other.get())) {
                        events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
                    }
                }
            }
        };
    }

    private static Optional<String> moduleOf(String packageName) {
        Matcher matcher = MODULE_PACKAGE.matcher(packageName);
        return matcher.matches() ? Optional.of(matcher.group(1)) : Optional.empty();
    }

    private static boolean isWebPackage(String packageName, String module) {
        String web = ROOT + "." + module + ".web";
        return packageName.equals(web) || packageName.startsWith(web + ".");
    }
}
