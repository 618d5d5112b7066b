package fr.comptecitoyen.document;

import java.util.List;

/** What became of one uploaded file. */
public sealed interface UploadOutcome {

	/** Kept. */
	record Stored(AttachmentView attachment) implements UploadOutcome {
	}

	/**
	 * Refused, with the message to show next to the field.
	 *
	 * @param code the message code ({@code document.error.type}…)
	 * @param args its arguments (the file name first)
	 */
	record Refused(String code, List<Object> args) implements UploadOutcome {

		public Refused {
			args = List.copyOf(args);
		}

	}

}
