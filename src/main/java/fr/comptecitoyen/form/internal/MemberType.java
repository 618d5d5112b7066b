package fr.comptecitoyen.form.internal;

import java.time.LocalDate;
import java.time.Period;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import fr.comptecitoyen.form.Answers;
import fr.comptecitoyen.form.FieldDefinition;
import fr.comptecitoyen.form.FieldSettings;
import fr.comptecitoyen.form.FieldView;
import fr.comptecitoyen.form.FormContext;
import fr.comptecitoyen.form.FormDefinition;
import fr.comptecitoyen.form.MemberOption;
import fr.comptecitoyen.form.Wording;

/**
 * {@code member}: picks one household member among those the caller offers, optionally
 * only children ({@code filter: children}) or adults, and within an age range
 * ({@code age: {min: 3, max: 11}}). The answer keeps the member's id, names and date of
 * birth, so that the request reads alone.
 */
public class MemberType implements FieldType {

	/**
	 * Settings of a member field.
	 *
	 * @param filter {@code children}, {@code adults} or {@code null} for anyone
	 * @param ageMin the youngest age accepted, or {@code null}
	 * @param ageMax the oldest age accepted, or {@code null}
	 */
	public record Settings(String filter, Integer ageMin, Integer ageMax) implements FieldSettings {
	}

	/**
	 * What the fragment needs.
	 *
	 * @param members the members offered
	 * @param name the chosen member's full name, or {@code null}
	 * @param born the chosen member's date of birth as {@code JJ/MM/AAAA}, or
	 * {@code null}
	 * @param declare the kind of member the citizen may declare from the field when the
	 * one they want is missing: {@code ADULT} for an adults-only field, else
	 * {@code CHILD}
	 */
	public record View(List<MemberOption> members, String name, String born, String declare) {
	}

	@Override
	public String name() {
		return "member";
	}

	@Override
	public Set<String> attributes() {
		return Set.of("filter", "age");
	}

	@Override
	public FieldSettings settings(Attributes yaml) {
		String filter = yaml.text("filter");
		if (filter != null && !Set.of("children", "adults").contains(filter)) {
			throw new IllegalArgumentException("filter must be children or adults, not '" + filter + "'");
		}
		Attributes age = yaml.nested("age");
		Integer min = age.integer("min");
		Integer max = age.integer("max");
		if (min != null && max != null && min > max) {
			throw new IllegalArgumentException("age min is greater than age max");
		}
		return new Settings(filter, min, max);
	}

	@Override
	public Object bind(FieldDefinition field, String path, Map<String, String[]> params, FormContext context) {
		String id = Ids.param(params, path);
		if (id == null) {
			return null;
		}
		Map<String, Object> chosen = new LinkedHashMap<>();
		chosen.put("id", id);
		context.members().stream().filter((m) -> m.id().equals(id)).findFirst().ifPresent((member) -> {
			chosen.put("first-name", member.firstName());
			chosen.put("last-name", member.lastName());
			if (member.birthDate() != null) {
				chosen.put("birth-date", member.birthDate().toString());
			}
		});
		return chosen;
	}

	@Override
	public void validate(FieldDefinition field, String path, Object value, Check check) {
		Object id = (value instanceof Map<?, ?> map) ? map.get("id") : null;
		boolean offered = eligible(field, check.context().members(), check.today()).stream()
			.anyMatch((m) -> m.id().equals(id));
		if (!offered) {
			check.reject(field, path, "-0", "form.error.member");
		}
	}

	@Override
	public String missingCode() {
		return "form.error.choose";
	}

	@Override
	public Set<String> messages() {
		return Set.of("form.member.born", "form.member.none", "form.error.choose", "form.error.member",
				"form.member.declare.CHILD", "form.member.declare.ADULT", "form.member.missing");
	}

	@Override
	public String focusSuffix(FieldDefinition field) {
		return "-0";
	}

	@Override
	public Object view(FieldDefinition field, String path, Object value, Views views) {
		String name = null;
		String born = null;
		if (value instanceof Map<?, ?> chosen) {
			name = Stream.of(chosen.get("first-name"), chosen.get("last-name"))
				.filter(Objects::nonNull)
				.map(String::valueOf)
				.collect(Collectors.joining(" "));
			born = (chosen.get("birth-date") != null) ? DateType.french(chosen.get("birth-date").toString()) : null;
		}
		String declare = "adults".equals(FieldType.settingsOf(field, Settings.class).filter()) ? "ADULT" : "CHILD";
		return new View(eligible(field, views.context().members(), views.today()), name, born, declare);
	}

	@Override
	public String plain(FieldView field, Wording wording) {
		View view = (View) field.data();
		return (view.born() != null) ? wording.text("form.member.born", view.name(), view.born()) : view.name();
	}

	/**
	 * The first member chosen in a form, for the lists that filter on whom a request is
	 * for.
	 * @param form the form
	 * @param answers its answers
	 * @return the chosen member's answer (a map with {@code id}, {@code first-name}…), or
	 * empty
	 */
	public static Optional<Map<?, ?>> firstChosen(FormDefinition form, Answers answers) {
		for (FieldDefinition field : form.fields()) {
			if (FieldTypes.get(field.type()) instanceof MemberType
					&& answers.get(field.key()) instanceof Map<?, ?> chosen && chosen.get("id") != null) {
				return Optional.of(chosen);
			}
		}
		return Optional.empty();
	}

	/**
	 * The members the field offers.
	 * @param field the field
	 * @param members the household
	 * @param today the commune's current day (for ages)
	 * @return the members matching the filter and age range
	 */
	public static List<MemberOption> eligible(FieldDefinition field, List<MemberOption> members, LocalDate today) {
		return members.stream().filter((m) -> matches(FieldType.settingsOf(field, Settings.class), m, today)).toList();
	}

	private static boolean matches(Settings settings, MemberOption member, LocalDate today) {
		if ("children".equals(settings.filter()) && !member.child()
				|| "adults".equals(settings.filter()) && member.child()) {
			return false;
		}
		if (settings.ageMin() == null && settings.ageMax() == null) {
			return true;
		}
		if (member.birthDate() == null) {
			return false;
		}
		int age = Period.between(member.birthDate(), today).getYears();
		return (settings.ageMin() == null || age >= settings.ageMin())
				&& (settings.ageMax() == null || age <= settings.ageMax());
	}

}
