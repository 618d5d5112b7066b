package fr.comptecitoyen.form;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

import fr.comptecitoyen.form.internal.Check;
import fr.comptecitoyen.form.internal.DateRules;
import fr.comptecitoyen.form.internal.FieldType;
import fr.comptecitoyen.form.internal.FieldTypes;
import fr.comptecitoyen.form.internal.GroupType;
import fr.comptecitoyen.form.internal.Ids;
import fr.comptecitoyen.form.internal.Validator;
import fr.comptecitoyen.form.internal.Views;
import fr.comptecitoyen.shared.CitySettings;

import org.springframework.stereotype.Component;

/**
 * The form engine: binds a posted step, validates it, evaluates conditions, walks the
 * visible steps and validates the whole form before sending. Stateless: the caller keeps
 * the {@link Answers} (a draft, or hidden fields for the preview).
 *
 * <p>
 * A typical step POST: {@link #submit} → if {@link StepResult#valid()}, go to
 * {@link #next}, else render {@link #view} with the errors. Before sending:
 * {@link #validate} (everything again) and store {@link #finalAnswers}.
 */
@Component
public class FormEngine {

	private final Clock clock;

	private final ZoneId zone;

	private final String commune;

	public FormEngine(Clock clock, CitySettings city) {
		this.clock = clock;
		this.zone = city.timeZone();
		this.commune = city.name();
	}

	/** The commune's current day (relative date bounds and ages are computed from it). */
	public LocalDate today() {
		return LocalDate.now(this.clock.withZone(this.zone));
	}

	/**
	 * Fills empty answers from the prefill source, and forces non-editable prefilled
	 * values.
	 */
	public Answers prefill(FormDefinition form, Answers answers, FormContext context) {
		Answers result = answers;
		for (FieldDefinition field : form.fields()) {
			if (field.prefill() == null) {
				continue;
			}
			Object value = context.prefill().value(field.prefill()).orElse(null);
			if (value != null && (!field.editable() || Ids.isEmpty(result.get(field.key())))) {
				result = result.with(field.key(), value);
			}
		}
		return result;
	}

	/**
	 * Binds and validates one step.
	 * @param form the definition
	 * @param answers the answers so far
	 * @param step the index of the posted step
	 * @param params the posted parameters
	 * @param context prefill values and members
	 * @return all answers with the step's (as typed, even when invalid) and its problems
	 */
	public StepResult submit(FormDefinition form, Answers answers, int step, Map<String, String[]> params,
			FormContext context) {
		Answers result = answers;
		for (FieldDefinition field : form.steps().get(step).fields()) {
			FieldType type = FieldTypes.get(field.type());
			if (type.input()) {
				result = result.with(field.key(), type.bind(field, field.key(), params, context));
			}
		}
		result = lock(form, result, context);
		return new StepResult(result, validateStep(form, result, step, context));
	}

	/**
	 * The problems of one step (none when the step is hidden): each visible field's and
	 * those of the rules between fields whose message goes next to a field of this step,
	 * in the order of the fields on the page (as the error summary lists them).
	 */
	public List<FieldError> validateStep(FormDefinition form, Answers answers, int step, FormContext context) {
		Check check = new Check(today(), context, answers, this.commune);
		check.step(step);
		StepDefinition definition = form.steps().get(step);
		if (isVisible(form, answers, step)) {
			for (FieldDefinition field : definition.fields()) {
				Validator.field(field, field.key(), answers.get(field.key()), null, check);
			}
			DateRules.apply(form, step, check);
		}
		List<String> order = definition.fields().stream().map(FieldDefinition::key).toList();
		List<FieldError> errors = new ArrayList<>(check.errors());
		// Stable: the problems of one field keep their order.
		errors.sort(Comparator.comparingInt((FieldError error) -> position(order, error.path())));
		return errors;
	}

	/**
	 * The place of the top-level field a problem's path belongs to ({@code items[0].x}).
	 */
	private static int position(List<String> order, String path) {
		for (int i = 0; i < order.size(); i++) {
			String key = order.get(i);
			if (path.equals(key) || path.startsWith(key + "[") || path.startsWith(key + ".")) {
				return i;
			}
		}
		return order.size();
	}

	/**
	 * Validates every visible step again, as the "Récapitulatif" does before sending.
	 * Non-editable prefilled values are forced first.
	 * @return the problems of the whole form, by step then page order
	 */
	public List<FieldError> validate(FormDefinition form, Answers answers, FormContext context) {
		Answers locked = lock(form, answers, context);
		List<FieldError> errors = new ArrayList<>();
		for (int i = 0; i < form.steps().size(); i++) {
			errors.addAll(validateStep(form, locked, i, context));
		}
		return errors;
	}

	/**
	 * The answers to store: hidden steps and fields, empty group rows and non-editable
	 * values that were tampered with are dropped or restored.
	 */
	public Answers finalAnswers(FormDefinition form, Answers answers, FormContext context) {
		Answers locked = lock(form, answers, context);
		Map<String, Object> kept = new LinkedHashMap<>();
		for (int i = 0; i < form.steps().size(); i++) {
			if (!isVisible(form, locked, i)) {
				continue;
			}
			for (FieldDefinition field : form.steps().get(i).fields()) {
				Object value = locked.get(field.key());
				if (Validator.holds(field.visibleWhen(), Validator.values(locked, null), true) && !Ids.isEmpty(value)) {
					kept.put(field.key(), FieldTypes.get(field.type()).kept(field, value, locked));
				}
			}
		}
		return Answers.of(kept);
	}

	/**
	 * The step offering to reuse the details of someone of the household ("Pour une
	 * personne de votre foyer"): the first step holding a field bound to
	 * {@code member.*}.
	 * @param form the definition
	 * @return that step's index, empty when no field is bound to a member's details
	 */
	public OptionalInt memberFillStep(FormDefinition form) {
		for (int i = 0; i < form.steps().size(); i++) {
			if (form.steps().get(i).fields().stream().anyMatch((field) -> memberBinding(field) != null)) {
				return OptionalInt.of(i);
			}
		}
		return OptionalInt.empty();
	}

	/**
	 * Gives every field bound to {@code member.last-name}, {@code member.first-name} or
	 * {@code member.birth-date} that member's value (on any step, replacing what was
	 * there: the person asked for it); the other answers are kept.
	 * @param form the definition
	 * @param answers the answers so far
	 * @param member the member chosen
	 * @return the answers with the member's details
	 */
	public Answers fillFromMember(FormDefinition form, Answers answers, MemberOption member) {
		Answers result = answers;
		for (FieldDefinition field : form.fields()) {
			String attribute = memberBinding(field);
			Object value = (attribute == null) ? null : switch (attribute) {
				case "last-name" -> member.lastName();
				case "first-name" -> member.firstName();
				case "birth-date" -> (member.birthDate() != null) ? member.birthDate().toString() : null;
				default -> null;
			};
			if (value != null) {
				result = result.with(field.key(), value);
			}
		}
		return result;
	}

	private static String memberBinding(FieldDefinition field) {
		return (field.prefill() != null && field.prefill().startsWith("member."))
				? field.prefill().substring("member.".length()) : null;
	}

	/** The file fields of a step (files are received apart from the other answers). */
	public List<FieldDefinition> fileFields(FormDefinition form, int step) {
		return form.steps().get(step).fields().stream().filter(FieldDefinition::isFile).toList();
	}

	/** The file fields of the whole form. */
	public List<FieldDefinition> fileFields(FormDefinition form) {
		return form.fields().stream().filter(FieldDefinition::isFile).toList();
	}

	/**
	 * A problem found outside the engine on a top-level field of a step (an upload
	 * refused), shaped like the engine's own so that pages show it the same way.
	 * @param step the step's index
	 * @param field the field
	 * @param code the message code
	 * @param args its arguments
	 */
	public FieldError problem(int step, FieldDefinition field, String code, List<Object> args) {
		return new FieldError(step, field.key(), Ids.of(field.key()), field.label(), 0, code, args);
	}

	/** Whether a step's {@code visible-when} holds. */
	public boolean isVisible(FormDefinition form, Answers answers, int step) {
		return Validator.holds(form.steps().get(step).visibleWhen(), Validator.values(answers, null), true);
	}

	/** The first visible step (the first step when every condition fails). */
	public int firstStep(FormDefinition form, Answers answers) {
		return next(form, answers, -1).orElse(0);
	}

	/** The next visible step after {@code step}, or empty when it is the last. */
	public OptionalInt next(FormDefinition form, Answers answers, int step) {
		for (int i = step + 1; i < form.steps().size(); i++) {
			if (isVisible(form, answers, i)) {
				return OptionalInt.of(i);
			}
		}
		return OptionalInt.empty();
	}

	/** The visible step before {@code step}, or empty when it is the first. */
	public OptionalInt previous(FormDefinition form, Answers answers, int step) {
		for (int i = Math.min(step, form.steps().size()) - 1; i >= 0; i--) {
			if (isVisible(form, answers, i)) {
				return OptionalInt.of(i);
			}
		}
		return OptionalInt.empty();
	}

	/** Adds an empty row to a group (the "add a row" button), up to its maximum. */
	public Answers addRow(FormDefinition form, Answers answers, String group) {
		return GroupType.addRow(form, answers, group);
	}

	/** Removes a row of a group, never going under its minimum. */
	public Answers removeRow(FormDefinition form, Answers answers, String group, int index) {
		return GroupType.removeRow(form, answers, group, index);
	}

	/**
	 * A step ready to render.
	 * @param errors problems to show (e.g. {@link StepResult#errors()}), or an empty list
	 */
	public StepView view(FormDefinition form, Answers answers, int step, List<FieldError> errors, FormContext context) {
		return new Views(form, answers, context, today(), errors).step(step);
	}

	/** Every visible step ready for the read-only rendering ("Récapitulatif"). */
	public List<StepView> summary(FormDefinition form, Answers answers, List<FieldError> errors, FormContext context) {
		Views views = new Views(form, answers, context, today(), errors);
		List<StepView> steps = new ArrayList<>();
		for (int i = 0; i < form.steps().size(); i++) {
			if (isVisible(form, answers, i)) {
				steps.add(views.step(i));
			}
		}
		return steps;
	}

	private Answers lock(FormDefinition form, Answers answers, FormContext context) {
		Answers result = answers;
		for (FieldDefinition field : form.fields()) {
			if (field.prefill() != null && !field.editable()) {
				Object value = context.prefill().value(field.prefill()).orElse(null);
				if (value != null) {
					result = result.with(field.key(), value);
				}
			}
		}
		return result;
	}

}
