package fr.comptecitoyen;

import java.util.Optional;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaParameter;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.data.repository.Repository;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * Rules Spring Modulith does not check: web controllers go through a module's services,
 * settings come from {@code *Settings} records, and tests respect module boundaries as
 * the code does.
 */
class ArchitectureTests {

	private static final String ROOT = "fr.comptecitoyen";

	private static final JavaClasses MAIN = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages(ROOT);

	private static final JavaClasses TESTS = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.ONLY_INCLUDE_TESTS)
		.importPackages(ROOT);

	@Test
	void webPackagesNeverUseRepositories() {
		noClasses().that()
			.resideInAPackage("..web..")
			.should()
			.dependOnClassesThat()
			.areAssignableTo(Repository.class)
			.because("a controller calls its module's service, which owns transactions and rules")
			.check(MAIN);
	}

	@Test
	void settingsAreReadOnlyThroughSettingsRecords() {
		classes().that()
			.areNotAnnotatedWith(ConfigurationProperties.class)
			.should(notUseValueInjection())
			.because("every setting is a typed, documented @ConfigurationProperties record named *Settings")
			.check(MAIN);
		classes().that()
			.areAnnotatedWith(ConfigurationProperties.class)
			.should()
			.haveSimpleNameEndingWith("Settings")
			.andShould()
			.beRecords()
			.check(MAIN);
	}

	@Test
	void testsReachAnotherModulesInternalsOnlyThroughTestSupport() {
		classes().that()
			.resideOutsideOfPackage(ROOT + ".support..")
			.should(notDependOnAnotherModulesInternals())
			.because("support/ is the one test API that may build data inside another module")
			.check(TESTS);
	}

	private static ArchCondition<JavaClass> notUseValueInjection() {
		return new ArchCondition<>("not inject settings with @Value") {
			@Override
			public void check(JavaClass type, ConditionEvents events) {
				type.getFields()
					.stream()
					.filter((field) -> field.isAnnotatedWith(Value.class))
					.forEach((field) -> events.add(SimpleConditionEvent.violated(field, field.getFullName())));
				for (JavaCodeUnit unit : type.getCodeUnits()) {
					boolean annotated = unit.isAnnotatedWith(Value.class) || unit.getParameters()
						.stream()
						.anyMatch((JavaParameter p) -> p.isAnnotatedWith(Value.class));
					if (annotated) {
						events.add(SimpleConditionEvent.violated(unit, unit.getFullName() + " uses @Value"));
					}
				}
			}
		};
	}

	private static ArchCondition<JavaClass> notDependOnAnotherModulesInternals() {
		return new ArchCondition<>("not depend on another module's internal package") {
			@Override
			public void check(JavaClass type, ConditionEvents events) {
				Optional<String> own = module(type.getPackageName());
				for (Dependency dependency : type.getDirectDependenciesFromSelf()) {
					String target = dependency.getTargetClass().getPackageName();
					Optional<String> module = module(target);
					boolean internal = target.contains(".internal");
					if (internal && module.isPresent() && !module.equals(own)) {
						events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
					}
				}
			}
		};
	}

	/** The module of a package: its first segment under the root package. */
	private static Optional<String> module(String packageName) {
		if (!packageName.startsWith(ROOT + ".")) {
			return Optional.empty();
		}
		String rest = packageName.substring(ROOT.length() + 1);
		int dot = rest.indexOf('.');
		return Optional.of((dot < 0) ? rest : rest.substring(0, dot));
	}

}
