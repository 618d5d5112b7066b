package fr.comptecitoyen.support;

import java.net.URI;
import java.util.function.Supplier;

import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Portal pages over MockMvc as an already signed-in citizen (no sign-in form, no
 * session): for tests of what a page shows and what a form does. Tests of sign-in itself
 * use a {@link Client}.
 */
public class Pages {

	private final Supplier<MockMvc> mvc;

	Pages(Supplier<MockMvc> mvc) {
		this.mvc = mvc;
	}

	/** A GET signed in as that citizen (the path may carry an encoded query). */
	public MockHttpServletRequestBuilder getAs(Citizen citizen, String path) {
		return get(URI.create(path)).with(user(citizen.principal()));
	}

	/** A POST with its CSRF token, signed in as that citizen. */
	public MockHttpServletRequestBuilder postAs(Citizen citizen, String path) {
		return post(path).with(user(citizen.principal())).with(csrf());
	}

	/** Performs a request. */
	public MvcResult perform(MockHttpServletRequestBuilder request) throws Exception {
		return this.mvc.get().perform(request).andReturn();
	}

	/** The page's HTML for a GET as that citizen. */
	public String page(Citizen citizen, String path) throws Exception {
		return perform(getAs(citizen, path)).getResponse().getContentAsString();
	}

	/** A POST as that citizen with parameters given as name, value pairs. */
	public MvcResult submit(Citizen citizen, String path, String... params) throws Exception {
		MockHttpServletRequestBuilder request = postAs(citizen, path);
		for (int i = 0; i < params.length; i += 2) {
			request.param(params[i], params[i + 1]);
		}
		return perform(request);
	}

}
