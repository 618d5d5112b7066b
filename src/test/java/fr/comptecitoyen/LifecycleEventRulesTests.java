package fr.comptecitoyen;

import java.util.Set;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaConstructorCall;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import fr.comptecitoyen.account.AccountEvents;
import fr.comptecitoyen.account.AccountTransition;
import fr.comptecitoyen.request.RequestEvents;
import fr.comptecitoyen.request.Transition;
import org.junit.jupiter.api.Test;

import org.springframework.context.ApplicationEventPublisher;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * Lifecycle events come from their aggregate only: a request event is built by the
 * request lifecycle table alone (so no service, controller or demo seeder raises one by
 * hand), an account event inside the account module alone — the lifecycle ones by the
 * account lifecycle table — and the request module publishes nothing itself.
 */
class LifecycleEventRulesTests {

	private static final JavaClasses MAIN = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("fr.comptecitoyen");

	/**
	 * The request events (RequestRef and AnswerLine are values they carry, not events).
	 */
	private static final Set<String> REQUEST_EVENTS = Set.of("RequestSubmitted", "RequestWithdrawn",
			"RequestTakenInCharge", "CitizenAsked", "CitizenAnswered", "DecisionTaken", "InformationSent",
			"RequestClosed");

	/** The account events raised by the lifecycle verbs (registration is not one). */
	private static final Set<String> ACCOUNT_LIFECYCLE_EVENTS = Set.of("AccountValidated", "AccountCorrectionRequested",
			"AccountCorrected", "AccountRejected", "AccountSuspended", "AccountReinstated", "AccountClosed");

	private static DescribedPredicate<JavaConstructorCall> constructing(Class<?> holder, Set<String> names) {
		return DescribedPredicate.describe("construct an event of " + holder.getSimpleName() + " " + names, (call) -> {
			JavaClass owner = call.getTargetOwner();
			return owner.getEnclosingClass().map((c) -> c.isEquivalentTo(holder)).orElse(false)
					&& names.contains(owner.getSimpleName());
		});
	}

	@Test
	void onlyTheRequestTransitionTableBuildsRequestEvents() {
		ArchRule rule = noClasses().that()
			.doNotBelongToAnyOf(Transition.class)
			.should()
			.callConstructorWhere(constructing(RequestEvents.class, REQUEST_EVENTS))
			.because("the Request aggregate registers the event its verb's row names");
		rule.check(MAIN);
	}

	@Test
	void theRequestModulePublishesNoEventByHand() {
		noClasses().that()
			.resideInAPackage("fr.comptecitoyen.request..")
			.should()
			.callMethod(ApplicationEventPublisher.class, "publishEvent", Object.class)
			.because("request events are published by the repository when the aggregate is saved")
			.check(MAIN);
	}

	@Test
	void onlyTheAccountModuleBuildsAccountEventsAndOnlyItsTableTheLifecycleOnes() {
		noClasses().that()
			.resideOutsideOfPackage("fr.comptecitoyen.account..")
			.should()
			.callConstructorWhere(constructing(AccountEvents.class,
					Set.of("AccountRegistered", "AccountValidated", "AccountCorrectionRequested", "AccountCorrected",
							"AccountRejected", "AccountSuspended", "AccountReinstated", "AccountClosed")))
			.check(MAIN);
		noClasses().that()
			.doNotBelongToAnyOf(AccountTransition.class)
			.should()
			.callConstructorWhere(constructing(AccountEvents.class, ACCOUNT_LIFECYCLE_EVENTS))
			.because("the Account aggregate registers the event its verb's row names")
			.check(MAIN);
	}

}
