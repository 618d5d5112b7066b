package fr.comptecitoyen.security;

import java.io.IOException;
import java.io.Writer;

import jakarta.servlet.ServletException;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;

/**
 * Tomcat's last word on an error that no page of the application answered (a malformed
 * address refused before the application sees it, a body too large, {@code TRACE}): the
 * portal's French error page with the same security headers as every other page, instead
 * of Tomcat's English report. Never shows a stack trace or the server's version.
 */
public class PortalErrorReportValve extends ErrorReportValve {

	private final ContainerErrorPages pages;

	PortalErrorReportValve(ContainerErrorPages pages) {
		this.pages = pages;
		setShowReport(false);
		setShowServerInfo(false);
	}

	/** {@code TRACE} never reaches the application: refused here with the page. */
	@Override
	public void invoke(Request request, Response response) throws IOException, ServletException {
		if ("TRACE".equalsIgnoreCase(request.getMethod())) {
			response.setStatus(405);
			response.setHeader("Allow", "GET, HEAD, POST");
			response.setError();
			// Tomcat suspended the response when it refused the method itself.
			response.setSuspended(false);
			report(request, response, null);
			return;
		}
		super.invoke(request, response);
	}

	@Override
	protected void report(Request request, Response response, Throwable throwable) {
		int status = response.getStatus();
		if (status < 400 || response.getContentWritten() > 0) {
			return;
		}
		if (!response.setErrorReported()) {
			return;
		}
		ContainerErrorPages.prepare(request, response);
		try {
			Writer writer = response.getReporter();
			if (writer != null) {
				writer.write(this.pages.page(status, request));
				response.finishResponse();
			}
		}
		catch (IOException | IllegalStateException ignored) {
			// The client went away: nothing more to say.
		}
	}

}
