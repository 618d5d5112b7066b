package fr.comptecitoyen.request;

import java.time.Clock;

import fr.comptecitoyen.account.internal.Account;
import fr.comptecitoyen.account.internal.AccountRepository;
import fr.comptecitoyen.household.internal.HouseholdService;
import fr.comptecitoyen.request.internal.Request;
import fr.comptecitoyen.request.internal.RequestRepository;
import org.junit.jupiter.api.BeforeEach;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Base of the MockMvc tests of drafts and submission: the real application on its own
 * database, citizens made in it, pages requested as one of them.
 */
@SpringBootTest
@AutoConfigureMockMvc
abstract class RequestWebTest {

	@Autowired
	protected MockMvc mvc;

	@Autowired
	protected RequestRepository requests;

	@Autowired
	AccountRepository accountRepository;

	@Autowired
	PasswordEncoder encoder;

	@Autowired
	HouseholdService household;

	@Autowired
	protected Clock clock;

	protected RequestCitizens citizens;

	@BeforeEach
	void citizens() {
		this.citizens = new RequestCitizens(this.accountRepository, this.encoder, this.household, this.clock);
	}

	protected MockHttpServletRequestBuilder getAs(Account account, String path) {
		return get(path).with(user(RequestCitizens.principal(account)));
	}

	protected MvcResult perform(MockHttpServletRequestBuilder request) throws Exception {
		return this.mvc.perform(request).andReturn();
	}

	/** The HTML of a page as that citizen. */
	protected String page(Account account, String path) throws Exception {
		return perform(getAs(account, path)).getResponse().getContentAsString();
	}

	/** A POST as that citizen with its CSRF token and parameters in pairs. */
	protected MvcResult postAs(Account account, String path, String... params) throws Exception {
		MockHttpServletRequestBuilder request = post(path).with(user(RequestCitizens.principal(account))).with(csrf());
		for (int i = 0; i < params.length; i += 2) {
			request.param(params[i], params[i + 1]);
		}
		return perform(request);
	}

	/** Starts a procedure as that citizen: the new draft's public id. */
	protected String start(Account account, String code) throws Exception {
		String location = perform(getAs(account, "/demarches/" + code + "/nouvelle")).getResponse().getRedirectedUrl();
		assertThat(location).startsWith("/demarches/brouillons/");
		return location.substring("/demarches/brouillons/".length());
	}

	protected Request draft(String publicId) {
		return this.requests.findAll()
			.stream()
			.filter((request) -> request.getPublicId().equals(publicId))
			.findFirst()
			.orElseThrow();
	}

	protected static String draftPath(String publicId) {
		return "/demarches/brouillons/" + publicId;
	}

	/** Walks the bulky-item pickup to its Récapitulatif (address prefilled, two rows). */
	protected void fillBulkyItems(Account account, String publicId) throws Exception {
		String path = draftPath(publicId);
		postAs(account, path, "_step", "0", "_action", "next", "address.line", RequestCitizens.LINE, "address.postcode",
				"34200", "address.commune", "Sète", "access", "Portail bleu");
		postAs(account, path, "_step", "1", "_action", "next", "items[0]._row", "", "items[0].kind", "Meuble",
				"items[0].quantity", "2", "items[1]._row", "", "items[1].kind", "Matelas", "items[1].quantity", "1");
		postAs(account, path, "_step", "2", "_action", "next", "phone", RequestCitizens.PHONE, "commitment", "true");
	}

	/** Sends a draft from its Récapitulatif with that key: the redirect location. */
	protected String send(Account account, String publicId, String key) throws Exception {
		return postAs(account, draftPath(publicId), "_step", "-1", "_action", "send", "submissionKey", key)
			.getResponse()
			.getRedirectedUrl();
	}

}
