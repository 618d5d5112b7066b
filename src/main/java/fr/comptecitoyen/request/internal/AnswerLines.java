package fr.comptecitoyen.request.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import fr.comptecitoyen.form.Answers;
import fr.comptecitoyen.form.FieldView;
import fr.comptecitoyen.form.FormContext;
import fr.comptecitoyen.form.FormDefinition;
import fr.comptecitoyen.form.FormEngine;
import fr.comptecitoyen.form.StepView;
import fr.comptecitoyen.form.TextLine;
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
	 * a request says what was sent, whatever changed since. Each field type writes its
	 * own lines.
	 */
	public List<AnswerLine> of(FormDefinition form, Answers answers) {
		List<AnswerLine> lines = new ArrayList<>();
		for (StepView step : this.engine.summary(form, answers, List.of(), FormContext.none())) {
			for (FieldView field : step.summaryFields()) {
				for (TextLine line : field.textLines(this::text)) {
					lines.add(new AnswerLine(line.label(), line.value()));
				}
			}
		}
		return lines;
	}

	/**
	 * The value of each visible, answered top-level field as text (the values of its
	 * lines joined by commas), by the field's key: what an attestation's
	 * {@code {answers.<key>}} placeholders print.
	 */
	public java.util.Map<String, String> byKey(FormDefinition form, Answers answers) {
		java.util.Map<String, String> values = new java.util.HashMap<>();
		for (StepView step : this.engine.summary(form, answers, List.of(), FormContext.none())) {
			for (FieldView field : step.summaryFields()) {
				List<String> texts = field.textLines(this::text).stream().map(TextLine::value).toList();
				if (!texts.isEmpty()) {
					values.put(field.field().key(), String.join(", ", texts));
				}
			}
		}
		return values;
	}

	/**
	 * The supporting documents sent online, one line per document with files ("label :
	 * Envoyé en ligne : file names"), after the answers in the acknowledgement email and
	 * the PDF receipt, as the Récapitulatif lists them (originals to bring are listed
	 * apart).
	 * @param documents the request's documents ({@link DraftFiles#documents})
	 */
	public List<AnswerLine> documents(List<DraftFiles.DocumentView> documents) {
		List<AnswerLine> lines = new ArrayList<>();
		for (DraftFiles.DocumentView document : documents) {
			if (!document.files().isEmpty()) {
				String names = String.join(", ",
						document.files().stream().map(fr.comptecitoyen.document.AttachmentView::name).toList());
				lines.add(new AnswerLine(document.label(), text("request.documents.sent-online", names)));
			}
		}
		return lines;
	}

	private String text(String code, Object... arguments) {
		return this.messages.getMessage(code, arguments, FRENCH);
	}

}
