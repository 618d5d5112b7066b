package fr.comptecitoyen.notification.web;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import fr.comptecitoyen.notification.internal.MailComposer;
import fr.comptecitoyen.notification.internal.Outbox;
import fr.comptecitoyen.notification.internal.Outbox.StoredMessage;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/**
 * The demo mailbox: in demo mode no email leaves the portal, and this page lists every
 * one it sent. It does not exist outside demo mode. An email the relay has not composed
 * yet is listed as waiting to be sent, to its recipient, and composed for display when
 * opened (never shown under its template's name); one whose composition failed says so.
 */
@Controller
@ConditionalOnProperty(name = "cc.demo.enabled", havingValue = "true")
class DemoMailboxController {

	private static final Pattern STYLE = Pattern.compile("<style[^>]*>(.*?)</style>", Pattern.DOTALL);

	private final Outbox outbox;

	private final MailComposer composer;

	DemoMailboxController(Outbox outbox, MailComposer composer) {
		this.outbox = outbox;
		this.composer = composer;
	}

	@GetMapping("/demo/courriels")
	String list(Model model) {
		model.addAttribute("messages", this.outbox.latest(200));
		return "citizen/notification/demo-mailbox";
	}

	@GetMapping("/demo/courriels/{id}")
	String show(@PathVariable UUID id, Model model) {
		model.addAttribute("message", composedForDisplay(load(id)));
		return "citizen/notification/demo-message";
	}

	/**
	 * The HTML version as the citizen's mail client shows it. Its only style sheet is
	 * allowed by its hash: still no inline style for anything else, and no script at all.
	 */
	@GetMapping("/demo/courriels/{id}/html")
	ResponseEntity<String> html(@PathVariable UUID id) {
		StoredMessage message = composedForDisplay(load(id));
		if (message.html() == null) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		StringBuilder styles = new StringBuilder();
		Matcher matcher = STYLE.matcher(message.html());
		while (matcher.find()) {
			styles.append(" 'sha256-").append(sha256(matcher.group(1))).append("'");
		}
		return ResponseEntity.ok()
			.contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
			.header("Content-Security-Policy",
					"default-src 'none'; img-src 'self' data:; style-src" + styles
							+ "; base-uri 'none'; form-action 'none'; frame-ancestors 'none'")
			.body(message.html());
	}

	/**
	 * A waiting email as the relay will compose it (nothing stored: the relay still sends
	 * it); unchanged when composed already, failed, or when its template fails.
	 */
	private StoredMessage composedForDisplay(StoredMessage message) {
		if (!message.needsComposing() || !"PENDING".equals(message.status())) {
			return message;
		}
		try {
			return message.composed(this.composer.compose(this.outbox.template(message)));
		}
		catch (RuntimeException failed) {
			return message;
		}
	}

	private StoredMessage load(UUID id) {
		return this.outbox.find(id)
			.filter((message) -> "EMAIL".equals(message.channel()))
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	private static String sha256(String text) {
		try {
			return Base64.getEncoder()
				.encodeToString(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
