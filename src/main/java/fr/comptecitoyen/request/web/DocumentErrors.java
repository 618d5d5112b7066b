package fr.comptecitoyen.request.web;

import java.util.ArrayList;
import java.util.List;

import fr.comptecitoyen.form.FieldError;
import fr.comptecitoyen.request.internal.DraftFiles;
import fr.comptecitoyen.request.internal.DraftFiles.DocumentView;
import fr.comptecitoyen.request.internal.DraftService;

/** Refused supporting documents as errors next to their file input and in the summary. */
final class DocumentErrors {

	private DocumentErrors() {
	}

	static List<FieldError> of(List<DocumentView> documents, List<DraftFiles.Problem> problems) {
		List<FieldError> errors = new ArrayList<>();
		for (DraftFiles.Problem problem : problems) {
			documents.stream()
				.filter((document) -> document.slot().equals(problem.slot()))
				.findFirst()
				.ifPresent((document) -> errors.add(new FieldError(DraftService.DOCUMENTS, document.slot(),
						document.inputId(), document.label(), 0, problem.code(), problem.args())));
		}
		return errors;
	}

}
