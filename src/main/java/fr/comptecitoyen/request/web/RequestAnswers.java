package fr.comptecitoyen.request.web;

import java.util.List;

import fr.comptecitoyen.catalogue.Catalogue;
import fr.comptecitoyen.form.Answers;
import fr.comptecitoyen.form.FormContext;
import fr.comptecitoyen.form.FormEngine;
import fr.comptecitoyen.form.StepView;
import fr.comptecitoyen.request.CitizenRequests.Details;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Component;

/**
 * A sent request's answers, read with the procedure revision it is pinned to and shown
 * like the Récapitulatif: one section per visible step, each field in its read-only
 * rendering.
 */
@Component
class RequestAnswers {

	private final Catalogue catalogue;

	private final FormEngine engine;

	private final JsonMapper json;

	RequestAnswers(Catalogue catalogue, FormEngine engine, JsonMapper json) {
		this.catalogue = catalogue;
		this.engine = engine;
		this.json = json;
	}

	/** The steps to show, empty when the revision cannot be read any more. */
	List<StepView> steps(Details request) {
		return this.catalogue.definition(request.procedureCode(), request.procedureRevision())
			.map((procedure) -> this.engine.summary(procedure.form(), Answers.fromJson(request.answers(), this.json),
					List.of(), FormContext.none()))
			.orElse(List.of());
	}

}
