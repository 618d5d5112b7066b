package fr.comptecitoyen.request;

import java.io.IOException;

import org.junit.jupiter.api.BeforeAll;

/**
 * The same school enrolment with its documents, without JavaScript: plain multipart
 * posts.
 */
class SchoolEnrolmentDocumentsWithoutJavaScriptBrowserTests extends SchoolEnrolmentDocumentsBrowserTests {

	@BeforeAll
	static void withoutJavaScript() throws IOException {
		startBrowser(false);
	}

}
