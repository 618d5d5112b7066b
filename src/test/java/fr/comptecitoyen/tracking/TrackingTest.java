package fr.comptecitoyen.tracking;

import java.time.Clock;

import fr.comptecitoyen.account.internal.Account;
import fr.comptecitoyen.account.internal.AccountRepository;
import fr.comptecitoyen.catalogue.Catalogue;
import fr.comptecitoyen.household.TestCitizens;
import fr.comptecitoyen.request.internal.RequestRepository;
import org.junit.jupiter.api.BeforeEach;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.support.TransactionTemplate;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Base of the tracking tests: the real application on its own database (the scheduled
 * jobs slowed down so that tests drive them), MockMvc signed in as a citizen.
 */
@SpringBootTest(properties = { "cc.mail.relay-interval=1h", "cc.reminders.interval=1h" })
@AutoConfigureMockMvc
public abstract class TrackingTest {

	@Autowired
	protected MockMvc mvc;

	@Autowired
	protected JdbcTemplate jdbc;

	@Autowired
	protected RequestRepository requests;

	@Autowired
	protected TransactionTemplate transactions;

	@Autowired
	AccountRepository accountRepository;

	@Autowired
	PasswordEncoder encoder;

	@Autowired
	Clock clock;

	@Autowired
	Catalogue catalogue;

	@Autowired
	ApplicationEventPublisher events;

	protected TrackingData data;

	@BeforeEach
	void data() {
		this.data = new TrackingData(this.accountRepository, this.encoder, this.clock, this.requests, this.catalogue,
				this.events, this.transactions);
	}

	/** A GET signed in as that citizen. */
	protected MockHttpServletRequestBuilder getAs(Account account, String path) {
		return get(java.net.URI.create(path)).with(user(TestCitizens.principal(account)));
	}

	/** A POST with its CSRF token, signed in as that citizen. */
	protected MockHttpServletRequestBuilder postAs(Account account, String path) {
		return post(path).with(user(TestCitizens.principal(account))).with(csrf());
	}

	/** The page's HTML for a GET as that citizen. */
	protected String page(Account account, String path) throws Exception {
		return this.mvc.perform(getAs(account, path)).andReturn().getResponse().getContentAsString();
	}

}
