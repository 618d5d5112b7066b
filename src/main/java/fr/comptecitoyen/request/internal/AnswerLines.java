package fr.comptecitoyen.request.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import fr.comptecitoyen.form.Answers;
import fr.comptecitoyen.form.FieldView;
import fr.comptecitoyen.form.FormContext;
import fr.comptecitoyen.form.FormDefinition;
import fr.comptecitoyen.form.FormEngine;
import fr.comptecitoyen.form.StepView;
import fr.comptecitoyen.request.RequestEvents.AnswerLine;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The answers of a request as lines of text ("label : value"), for the acknowledgement
 * email and the PDF receipt. Built from the form engine's read-only summary, so they say
 * what the Récapitulatif showed; unanswered optional fields are left out. In French, the
 * language of the town hall's documents.
 */
@Component
public class AnswerLines {

	private static final Locale FRENCH = Locale.FRENCH;

	private final FormEngine engine;

	private final MessageSource messages;

	AnswerLines(FormEngine engine, MessageSource messages) {
		this.engine = engine;
		this.messages = messages;
	}

	/**
	 * The lines of stored answers. The answers are read alone (no profile, no household):
	 * a request says what was sent, whatever changed since.
	 */
	public List<AnswerLine> of(FormDefinition form, Answers answers) {
		List<AnswerLine> lines = new ArrayList<>();
		for (StepView step : this.engine.summary(form, answers, List.of(), FormContext.none())) {
			for (FieldView field : step.summaryFields()) {
				if ("group".equals(field.type())) {
					for (FieldView.Row row : field.filledRows()) {
						lines.add(new AnswerLine(text("form.group.row", field.label(), row.number()), cells(row)));
					}
				}
				else if (!field.empty()) {
					lines.add(new AnswerLine(field.label(), value(field)));
				}
			}
		}
		return lines;
	}

	private String cells(FieldView.Row row) {
		return row.fields()
			.stream()
			.filter((cell) -> cell.visible() && !cell.empty())
			.map((cell) -> text("form.group.cell", cell.label(), value(cell)))
			.collect(Collectors.joining(", "));
	}

	private String value(FieldView field) {
		return switch (field.type()) {
			case "yes-no" -> text(field.has("true") ? "form.yes" : "form.no");
			case "consent" -> text("form.read.consent");
			case "multi-choice" -> (field.value() instanceof List<?> chosen)
					? chosen.stream().map(String::valueOf).collect(Collectors.joining(", "))
					: String.valueOf(field.value());
			case "address" -> Stream
				.of(field.part("line"), field.part("complement"), join(field.part("postcode"), field.part("commune")))
				.filter((part) -> part != null && !part.isBlank())
				.collect(Collectors.joining(", "));
			case "member" -> member(field);
			case "file" -> field.files()
				.stream()
				.map((file) -> String.valueOf(file.get("name")))
				.collect(Collectors.joining(", "));
			default -> (field.text() != null) ? field.text() : String.valueOf(field.value());
		};
	}

	private String member(FieldView field) {
		String name = join(field.part("first-name"), field.part("last-name"));
		return (field.part("birth-date") != null) ? text("form.member.born", name, field.part("birth-date")) : name;
	}

	private static String join(String first, String second) {
		return Stream.of(first, second).filter((part) -> part != null).collect(Collectors.joining(" "));
	}

	private String text(String code, Object... arguments) {
		return this.messages.getMessage(code, arguments, FRENCH);
	}

}
