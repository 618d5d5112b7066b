package fr.comptecitoyen.request.web;

import java.util.Optional;

import fr.comptecitoyen.form.Answers;
import fr.comptecitoyen.form.FormDefinition;
import fr.comptecitoyen.form.FormEngine;

/**
 * The buttons of a form step that move without checking the step (the same for a
 * citizen's draft, a visitor's and an agent's entry): "Ajouter une ligne"
 * ({@code add:<group>}), "Supprimer" ({@code remove:<group>:<row>}) and "Précédent"
 * ({@code previous}).
 */
final class StepMoves {

	private StepMoves() {
	}

	/**
	 * Where such a button leads.
	 * @param bound the step's answers as posted
	 * @param step the step posted
	 * @param action the button's value
	 * @return the answers to save and the step to show next; empty for any other button
	 * ("Suivant", "Envoyer", …)
	 */
	static Optional<Move> of(FormEngine engine, FormDefinition form, Answers bound, int step, String action) {
		if (action.startsWith("add:")) {
			return Optional.of(new Move(engine.addRow(form, bound, action.substring(4)), step));
		}
		if (action.startsWith("remove:")) {
			String[] parts = action.split(":");
			int index = (parts.length == 3 && parts[2].matches("[0-9]{1,2}")) ? Integer.parseInt(parts[2]) : -1;
			return Optional.of(new Move(engine.removeRow(form, bound, parts[1], index), step));
		}
		if (action.equals("previous")) {
			return Optional.of(new Move(bound, engine.previous(form, bound, step).orElse(step)));
		}
		return Optional.empty();
	}

	/**
	 * A move.
	 *
	 * @param answers the answers to save
	 * @param step the step to show
	 */
	record Move(Answers answers, int step) {
	}

}
