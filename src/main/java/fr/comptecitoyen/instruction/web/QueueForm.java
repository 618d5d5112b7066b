package fr.comptecitoyen.instruction.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import fr.comptecitoyen.request.RequestQueue.QueueFilter;
import fr.comptecitoyen.request.RequestQueue.QueueSort;
import fr.comptecitoyen.request.RequestQueue.QueueTab;
import fr.comptecitoyen.request.RequestStatus;
import fr.comptecitoyen.shared.FieldProblem;
import fr.comptecitoyen.shared.InputRules;

import org.springframework.web.util.UriComponentsBuilder;

/**
 * The queue's filters as the address carries them (a GET form, so that a queue can be
 * bookmarked and the request pages keep it): {@code onglet}, {@code statut},
 * {@code demarche}, {@code du}, {@code au} (typed as {@code JJ/MM/AAAA}, read by
 * {@link InputRules#date}), {@code agent}, {@code apporter}, {@code temporaire},
 * {@code etiquette}, {@code q}, {@code tri}, {@code page}. A value typed wrong in the
 * address is ignored, except a date, which is said next to its field.
 */
public record QueueForm(String onglet, String statut, String demarche, String du, String au, String agent,
		String apporter, String temporaire, String etiquette, String q, String tri, String page) {

	/** The tabs as the address names them. */
	public static final Map<QueueTab, String> TABS = tabs();

	/** The orders as the address names them. */
	public static final Map<QueueSort, String> SORTS = sorts();

	private static Map<QueueTab, String> tabs() {
		Map<QueueTab, String> tabs = new EnumMap<>(QueueTab.class);
		tabs.put(QueueTab.NEW, "nouvelles");
		tabs.put(QueueTab.MINE, "miennes");
		tabs.put(QueueTab.IN_PROGRESS, "en-cours");
		tabs.put(QueueTab.AWAITING, "attente-citoyen");
		tabs.put(QueueTab.DECIDED, "decidees");
		tabs.put(QueueTab.CLOSED, "closes");
		return Collections.unmodifiableMap(tabs);
	}

	private static Map<QueueSort, String> sorts() {
		Map<QueueSort, String> sorts = new EnumMap<>(QueueSort.class);
		sorts.put(QueueSort.OLDEST, "anciennes");
		sorts.put(QueueSort.NEWEST, "recentes");
		sorts.put(QueueSort.UPDATED, "modifiees");
		sorts.put(QueueSort.REFERENCE, "numero");
		return Collections.unmodifiableMap(sorts);
	}

	/** The tab, as named in the address. */
	public QueueTab tab() {
		return named(TABS, this.onglet, QueueTab.NEW);
	}

	/** The order, as named in the address. */
	public QueueSort sort() {
		return named(SORTS, this.tri, QueueSort.OLDEST);
	}

	private static <E> E named(Map<E, String> names, String value, E fallback) {
		if (value == null) {
			return fallback;
		}
		return names.entrySet()
			.stream()
			.filter((e) -> e.getValue().equals(value.strip()))
			.map(Map.Entry::getKey)
			.findFirst()
			.orElse(fallback);
	}

	/** The page number, 1 when absent or typed wrong. */
	public int pageNumber() {
		try {
			return (this.page == null) ? 1 : Math.max(1, Integer.parseInt(this.page.strip()));
		}
		catch (NumberFormatException ex) {
			return 1;
		}
	}

	/** The problems of the dates (malformed, or the range inverted). */
	public List<FieldProblem> problems() {
		List<FieldProblem> problems = new ArrayList<>();
		LocalDate from = date(this.du, "du", problems);
		LocalDate to = date(this.au, "au", problems);
		if (from != null && to != null && to.isBefore(from)) {
			problems.add(new FieldProblem("au", "agent.queue.date.order"));
		}
		return problems;
	}

	/** The filter for this person's scope. */
	public QueueFilter filter(Set<String> scope, UUID me) {
		List<FieldProblem> ignored = new ArrayList<>();
		return new QueueFilter(scope, me, tab(), parse(RequestStatus.class, this.statut, null), blank(this.demarche),
				date(this.du, "du", ignored), date(this.au, "au", ignored), uuid(this.agent),
				"oui".equals(this.apporter), "oui".equals(this.temporaire), uuid(this.etiquette), blank(this.q),
				sort());
	}

	/** The same filters on another tab, first page. */
	public QueueForm onTab(QueueTab other) {
		return new QueueForm(TABS.get(other), this.statut, this.demarche, this.du, this.au, this.agent, this.apporter,
				this.temporaire, this.etiquette, this.q, this.tri, null);
	}

	/** The same filters on another page. */
	public QueueForm onPage(int number) {
		return new QueueForm(this.onglet, this.statut, this.demarche, this.du, this.au, this.agent, this.apporter,
				this.temporaire, this.etiquette, this.q, this.tri, String.valueOf(number));
	}

	/** The filters as a query string (without "?"), blank ones left out. */
	public String query() {
		UriComponentsBuilder uri = UriComponentsBuilder.newInstance();
		add(uri, "onglet", this.onglet);
		add(uri, "statut", this.statut);
		add(uri, "demarche", this.demarche);
		add(uri, "du", this.du);
		add(uri, "au", this.au);
		add(uri, "agent", this.agent);
		add(uri, "apporter", this.apporter);
		add(uri, "temporaire", this.temporaire);
		add(uri, "etiquette", this.etiquette);
		add(uri, "q", this.q);
		add(uri, "tri", this.tri);
		add(uri, "page", this.page);
		String query = uri.encode().build().getQuery();
		return (query == null) ? "" : query;
	}

	/** A path with the filters appended. */
	public String with(String path) {
		String query = query();
		return query.isEmpty() ? path : path + "?" + query;
	}

	private static void add(UriComponentsBuilder uri, String name, String value) {
		if (value != null && !value.isBlank()) {
			uri.queryParam(name, value.strip());
		}
	}

	private static String blank(String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

	private static UUID uuid(String value) {
		try {
			return (value == null || value.isBlank()) ? null : UUID.fromString(value.strip());
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	private static <E extends Enum<E>> E parse(Class<E> type, String value, E fallback) {
		if (value == null || value.isBlank()) {
			return fallback;
		}
		try {
			return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
		}
		catch (IllegalArgumentException ex) {
			return fallback;
		}
	}

	private static LocalDate date(String typed, String field, List<FieldProblem> problems) {
		if (typed == null || typed.isBlank()) {
			return null;
		}
		LocalDate date = InputRules.date(typed);
		if (date == null) {
			problems.add(new FieldProblem(field, InputRules.DATE_MESSAGE));
		}
		return date;
	}

}
