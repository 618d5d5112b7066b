package fr.comptecitoyen.request.tracking;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

import fr.comptecitoyen.catalogue.Catalogue;
import fr.comptecitoyen.catalogue.Procedure;
import fr.comptecitoyen.request.RequestEvents.AnswerLine;
import fr.comptecitoyen.request.RequestEvents.RequestRef;
import fr.comptecitoyen.request.RequestEvents.RequestSubmitted;
import fr.comptecitoyen.request.internal.Request;
import fr.comptecitoyen.request.internal.RequestRepository;
import fr.comptecitoyen.support.Citizen;
import fr.comptecitoyen.support.Citizens;
import jakarta.persistence.EntityManager;

import org.springframework.boot.test.context.TestComponent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Citizens and requests made directly in the database for the tracking tests: requests
 * are built with the {@link Request} entity's own verbs (the drafts flow is tested on its
 * own). Import it in the tests that use it.
 */
@TestComponent
public class TrackingData {

	private static final String ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";

	private static final SecureRandom RANDOM = new SecureRandom();

	private static final Set<String> GIVEN = ConcurrentHashMap.newKeySet();

	private final Citizens citizens;

	private final RequestRepository requests;

	private final Catalogue catalogue;

	private final ApplicationEventPublisher events;

	private final TransactionTemplate transactions;

	private final Clock clock;

	private final EntityManager entities;

	TrackingData(Citizens citizens, Clock clock, RequestRepository requests, Catalogue catalogue,
			ApplicationEventPublisher events, TransactionTemplate transactions, EntityManager entities) {
		this.citizens = citizens;
		this.entities = entities;
		this.requests = requests;
		this.catalogue = catalogue;
		this.events = events;
		this.transactions = transactions;
		this.clock = clock;
	}

	/** A validated citizen (password {@link Citizens#PASSWORD}). */
	public Citizen citizen(String firstName, String lastName) {
		return this.citizens.validated(firstName, lastName);
	}

	/** A pending citizen. */
	public Citizen pendingCitizen(String firstName, String lastName) {
		return this.citizens.pending(firstName, lastName);
	}

	/**
	 * A random reference of that procedure, never one given before in this test run: ten
	 * thousand random six-character codes meet one another about once in twenty runs, and
	 * the table refuses the second.
	 */
	public static String reference(String code) {
		while (true) {
			StringBuilder chars = new StringBuilder();
			for (int i = 0; i < 6; i++) {
				chars.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
			}
			String reference = "2026-" + code + "-" + chars;
			if (GIVEN.add(reference)) {
				return reference;
			}
		}
	}

	/**
	 * A request sent at that instant (not saved): then moved by {@code then} through the
	 * entity's verbs.
	 */
	public Request build(Citizen account, String code, Instant sentAt, String memberId, String memberName,
			String answersJson, Consumer<Request> then) {
		Procedure procedure = this.catalogue.find(code).orElseThrow();
		Request request = new Request("D" + reference(code).substring(5).replace("-", "") + RANDOM.nextInt(1_000_000),
				account.getId(), null, code, procedure.revision(), procedure.title(), procedure.category().slug(),
				procedure.department(), answersJson, sentAt);
		if (memberId != null) {
			request.saveDraft(answersJson, 0, memberId, memberName, sentAt);
		}
		request.submit(reference(code), null, account.getUsername(), null, List.of(), List.of(), sentAt);
		then.accept(request);
		return request;
	}

	/**
	 * Saves new requests in one transaction (no email): persisted, not merged (their id
	 * is set, so the repository would read each one back first).
	 */
	public void saveAll(List<Request> list) {
		this.transactions.executeWithoutResult((tx) -> list.forEach(this.entities::persist));
	}

	/**
	 * A request sent now, saved with its acknowledgement email in the outbox, as the
	 * submission does it.
	 */
	public Request submitted(Citizen account, String code, String answersJson) {
		Instant now = this.clock.instant();
		Request request = build(account, code, now, null, null, answersJson, (r) -> {
		});
		this.transactions.executeWithoutResult((tx) -> {
			this.requests.save(request);
			this.events.publishEvent(new RequestSubmitted(ref(account, request),
					List.of(new AnswerLine("Objet", "Meuble (2)")), now, List.of()));
		});
		return request;
	}

	/**
	 * A request sent now without an account, named as the submission names it from the
	 * "Votre nom / Votre prénom" answers (no email).
	 */
	public Request visitorSubmitted(String code, String email, String firstName, String lastName) {
		return visitorTracked(code, email, firstName, lastName).request();
	}

	/**
	 * A visitor's request and the token of its tracking link ({@code /suivi/{token}}).
	 */
	public record Tracked(Request request, String token) {
	}

	/**
	 * A request sent now without an account, as {@link #visitorSubmitted}, with the token
	 * of its tracking link.
	 */
	public Tracked visitorTracked(String code, String email, String firstName, String lastName) {
		String token = fr.comptecitoyen.security.SecretTokens.newToken();
		Instant now = this.clock.instant();
		Procedure procedure = this.catalogue.find(code).orElseThrow();
		Request request = new Request("V" + reference(code).substring(5).replace("-", "") + RANDOM.nextInt(1_000_000),
				null, email, code, procedure.revision(), procedure.title(), procedure.category().slug(),
				procedure.department(), "{}", now);
		request.sentBy(firstName + " " + lastName, null, email, false);
		request.submitAsVisitor(reference(code), null, email, fr.comptecitoyen.security.SecretTokens.sha256(token),
				null, "/suivi/" + token, List.of(), List.of(), now);
		this.transactions.executeWithoutResult((tx) -> this.requests.save(request));
		return new Tracked(request, token);
	}

	/** What events about this request carry. */
	public static RequestRef ref(Citizen account, Request request) {
		return new RequestRef(request.getId(), request.getReference(), account.getId(), account.getEmail(),
				request.getProcedureCode(), request.getTitle(), request.getDepartment());
	}

	/** The request as stored now, with its history. */
	public Request reload(Request request) {
		return this.transactions.execute((tx) -> {
			Request stored = this.requests.findById(request.getId()).orElseThrow();
			stored.getHistory().size();
			return stored;
		});
	}

}
