package fr.comptecitoyen.support;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.concurrent.ThreadLocalRandom;

import jakarta.servlet.http.Cookie;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * A web client over MockMvc that keeps its session cookie between requests, from a client
 * address of its own (so that per-address limits of one test never meet another's): for
 * tests of sign-in, second factor and sessions, where the real security chain must run.
 * Made by {@link Citizens#client()} and {@link Citizens#signedIn(Citizen)}.
 */
public final class Client {

	private final MockMvc mvc;

	private final String address;

	private Cookie session;

	Client(MockMvc mvc) {
		this(mvc, randomAddress());
	}

	Client(MockMvc mvc, String address) {
		this.mvc = mvc;
		this.address = address;
	}

	private static String randomAddress() {
		ThreadLocalRandom random = ThreadLocalRandom.current();
		return "10." + random.nextInt(256) + "." + random.nextInt(256) + "." + random.nextInt(1, 255);
	}

	/** Performs the request with this client's session and address. */
	public MvcResult perform(AbstractMockHttpServletRequestBuilder<?> request) throws Exception {
		if (this.session != null) {
			request.cookie(this.session);
		}
		request.with((r) -> {
			r.setRemoteAddr(this.address);
			return r;
		});
		MvcResult result = this.mvc.perform(request).andReturn();
		Cookie cookie = result.getResponse().getCookie("SESSION");
		if (cookie != null) {
			this.session = (cookie.getMaxAge() == 0) ? null : cookie;
		}
		return result;
	}

	/**
	 * Ends this client's session on the server, as expiry does, while the browser keeps
	 * its cookie.
	 */
	public void expireSession(JdbcTemplate jdbc) {
		String id = storedSessionId();
		String primary = jdbc.queryForObject("select primary_id from spring_session where session_id = ?", String.class,
				id);
		jdbc.update("delete from spring_session_attributes where session_primary_id = ?", primary);
		if (jdbc.update("delete from spring_session where primary_id = ?", primary) != 1) {
			throw new IllegalStateException("No session " + id + " to end");
		}
	}

	/**
	 * This client's session id as the session table holds it (the cookie is its Base64).
	 */
	public String storedSessionId() {
		String cookie = sessionId();
		try {
			return new String(Base64.getDecoder().decode(cookie), StandardCharsets.UTF_8);
		}
		catch (IllegalArgumentException notBase64) {
			return cookie;
		}
	}

	/** A GET of that path. */
	public MvcResult get(String path) throws Exception {
		return perform(MockMvcRequestBuilders.get(path));
	}

	/** A POST with a CSRF token and parameters given as name, value pairs. */
	public MvcResult post(String path, String... params) throws Exception {
		MockHttpServletRequestBuilder request = MockMvcRequestBuilders.post(path).with(csrf());
		for (int i = 0; i < params.length; i += 2) {
			request.param(params[i], params[i + 1]);
		}
		return perform(request);
	}

	/** Posts the sign-in form. */
	public MvcResult signIn(String username, String password) throws Exception {
		return post("/connexion", "username", username, "password", password);
	}

	/** The session cookie's value (changes when the session id rotates). */
	public String sessionId() {
		return (this.session != null) ? this.session.getValue() : null;
	}

	/** The client's IP address as the portal sees it. */
	public String address() {
		return this.address;
	}

}
