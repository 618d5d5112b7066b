package fr.comptecitoyen.request.internal;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The name a department goes by in what the portal writes to people (receipts,
 * attestations): the bundle's {@code request.department.<code>} ("Service de l’état
 * civil"), or the code itself for a department the bundle does not name.
 */
@Component
class DepartmentNames {

	private final MessageSource messages;

	DepartmentNames(MessageSource messages) {
		this.messages = messages;
	}

	/**
	 * The department's name, in French (the documents are the commune's, in French).
	 * @param code the department's code, e.g. {@code etat-civil}
	 * @return its name
	 */
	String of(String code) {
		return this.messages.getMessage("request.department." + code, null, code, Locale.FRENCH);
	}

}
