package fr.comptecitoyen.request.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.StringJoiner;

import fr.comptecitoyen.request.RequestFilter;
import fr.comptecitoyen.request.RequestStatus;
import fr.comptecitoyen.shared.InputRules;
import fr.comptecitoyen.shared.web.ShowsErrors;

/**
 * The filters of "Mes Demandes" as GET parameters, so that a filtered list is a plain
 * link (bookmarkable, the back button works) and works without JavaScript. Everything is
 * text: a wrong value is reported or ignored, never a failed request.
 *
 * @param statut a status name
 * @param demarche a procedure code
 * @param categorie a category slug
 * @param membre a household member's public id
 * @param du sent from, typed as {@code JJ/MM/AAAA} (read by {@link InputRules#date})
 * @param au sent until, typed the same way
 * @param q words of the reference or title
 * @param page the page number, from 1
 */
public record RequestFilterForm(String statut, String demarche, String categorie, String membre, String du, String au,
		String q, String page) implements ShowsErrors {

	/** The longest search text kept. */
	static final int MAX_TEXT = 100;

	/** The filter, leaving out what does not parse. */
	public RequestFilter filter() {
		String text = (this.q != null && this.q.length() > MAX_TEXT) ? this.q.substring(0, MAX_TEXT) : this.q;
		return new RequestFilter(status(), blankToNull(this.demarche), blankToNull(this.categorie),
				blankToNull(this.membre), date(this.du), date(this.au), blankToNull(text));
	}

	/** The status asked for, or null (any). */
	public RequestStatus status() {
		if (this.statut == null || this.statut.isBlank()) {
			return null;
		}
		try {
			RequestStatus status = RequestStatus.valueOf(this.statut.strip());
			return (status != RequestStatus.DRAFT) ? status : null;
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	/** Whether a date typed in the filters is refused (the page shows why). */
	@Override
	public boolean hasErrors() {
		return badFrom() || badTo() || reversed();
	}

	/** Whether the "du" date was typed but is not a date. */
	public boolean badFrom() {
		return present(this.du) && date(this.du) == null;
	}

	/** Whether the "au" date was typed but is not a date. */
	public boolean badTo() {
		return present(this.au) && date(this.au) == null;
	}

	/** Whether "du" comes after "au". */
	public boolean reversed() {
		LocalDate from = date(this.du);
		LocalDate to = date(this.au);
		return from != null && to != null && from.isAfter(to);
	}

	/** Whether any filter is set (the "clear the filters" link shows). */
	public boolean filtered() {
		return present(this.statut) || present(this.demarche) || present(this.categorie) || present(this.membre)
				|| present(this.du) || present(this.au) || present(this.q);
	}

	/** The page asked for, from 1. */
	public int pageNumber() {
		try {
			return (this.page != null) ? Math.max(1, Integer.parseInt(this.page.strip())) : 1;
		}
		catch (NumberFormatException ex) {
			return 1;
		}
	}

	/** The link to another page of the same filtered list. */
	public String link(int pageNumber) {
		Map<String, String> params = new LinkedHashMap<>();
		params.put("statut", this.statut);
		params.put("demarche", this.demarche);
		params.put("categorie", this.categorie);
		params.put("membre", this.membre);
		params.put("du", this.du);
		params.put("au", this.au);
		params.put("q", this.q);
		params.put("page", (pageNumber > 1) ? String.valueOf(pageNumber) : null);
		StringJoiner query = new StringJoiner("&", "?", "").setEmptyValue("");
		params.forEach((name, value) -> {
			if (present(value)) {
				query.add(name + "=" + URLEncoder.encode(value.strip(), StandardCharsets.UTF_8));
			}
		});
		return "/demandes" + query;
	}

	/** The same filters with another status, on the first page (the status links). */
	public String withStatus(RequestStatus status) {
		return new RequestFilterForm((status != null) ? status.name() : null, this.demarche, this.categorie,
				this.membre, this.du, this.au, this.q, null)
			.link(1);
	}

	private static boolean present(String value) {
		return value != null && !value.isBlank();
	}

	private static String blankToNull(String value) {
		return present(value) ? value.strip() : null;
	}

	private static LocalDate date(String value) {
		if (!present(value)) {
			return null;
		}
		return InputRules.date(value);
	}

}
