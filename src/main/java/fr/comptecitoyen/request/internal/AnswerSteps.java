package fr.comptecitoyen.request.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import fr.comptecitoyen.catalogue.Catalogue;
import fr.comptecitoyen.form.Answers;
import fr.comptecitoyen.form.FieldDefinition;
import fr.comptecitoyen.form.FormContext;
import fr.comptecitoyen.form.FormEngine;
import fr.comptecitoyen.form.StepView;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * A sent request's answers, read with the procedure revision it is pinned to and shown
 * like the Récapitulatif: one section per visible step, each field in its read-only
 * rendering. The citizen's request page and the back office's both use it.
 */
@Component
public class AnswerSteps {

	private final Catalogue catalogue;

	private final FormEngine engine;

	private final JsonMapper json;

	private final MessageSource messages;

	AnswerSteps(Catalogue catalogue, FormEngine engine, JsonMapper json, MessageSource messages) {
		this.catalogue = catalogue;
		this.engine = engine;
		this.json = json;
		this.messages = messages;
	}

	/**
	 * The steps to show, empty when the revision cannot be read any more.
	 * @param answersJson the answers as stored
	 */
	public List<StepView> of(String procedureCode, int revision, String answersJson) {
		return this.catalogue.definition(procedureCode, revision)
			.map((procedure) -> this.engine.summary(procedure.form(), Answers.fromJson(answersJson, this.json),
					List.of(), FormContext.none()))
			.orElse(List.of());
	}

	/**
	 * The label of each file slot, in the order of the form then of the supporting
	 * documents (none when the revision cannot be read any more), then the files joined
	 * to the citizen's answers.
	 */
	public Map<String, String> fileLabels(String procedureCode, int revision) {
		Map<String, String> labels = new LinkedHashMap<>();
		this.catalogue.definition(procedureCode, revision).ifPresent((procedure) -> {
			procedure.form()
				.fields()
				.stream()
				.filter(FieldDefinition::isFile)
				.forEach((field) -> labels.put(field.key(), field.label()));
			procedure.documents()
				.forEach((document) -> labels.put(DraftFiles.DOCUMENT + document.key(), document.label()));
		});
		labels.put(DraftFiles.ANSWER,
				this.messages.getMessage("request.answer.files.label", null, LocaleContextHolder.getLocale()));
		return labels;
	}

}
