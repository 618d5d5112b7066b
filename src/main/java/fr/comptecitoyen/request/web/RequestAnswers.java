package fr.comptecitoyen.request.web;

import java.util.List;

import fr.comptecitoyen.form.StepView;
import fr.comptecitoyen.request.CitizenRequests.Details;
import fr.comptecitoyen.request.internal.AnswerSteps;

import org.springframework.stereotype.Component;

/**
 * A sent request's answers as its page shows them (see {@link AnswerSteps}).
 */
@Component
class RequestAnswers {

	private final AnswerSteps steps;

	RequestAnswers(AnswerSteps steps) {
		this.steps = steps;
	}

	/** The steps to show, empty when the revision cannot be read any more. */
	List<StepView> steps(Details request) {
		return this.steps.of(request.procedureCode(), request.procedureRevision(), request.answers());
	}

}
