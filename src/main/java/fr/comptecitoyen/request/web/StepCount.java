package fr.comptecitoyen.request.web;

import java.util.stream.IntStream;

import fr.comptecitoyen.catalogue.Procedure;
import fr.comptecitoyen.form.Answers;
import fr.comptecitoyen.form.FormEngine;

/**
 * How many steps a draft has, as "Étape n sur N" counts them: the form's visible steps
 * plus the "Pièces justificatives" step when the procedure lists documents (that step is
 * then the last one, numbered N).
 */
final class StepCount {

	private StepCount() {
	}

	/**
	 * @param engine the form engine (step conditions)
	 * @param procedure the draft's pinned revision
	 * @param answers the answers the conditions are read on
	 * @return the number of steps shown to the citizen, at least 1
	 */
	static int of(FormEngine engine, Procedure procedure, Answers answers) {
		long visible = IntStream.range(0, procedure.form().steps().size())
			.filter((step) -> engine.isVisible(procedure.form(), answers, step))
			.count();
		return (int) Math.max(1, visible) + (procedure.documents().isEmpty() ? 0 : 1);
	}

}
