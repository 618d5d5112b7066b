package fr.comptecitoyen.security;

import java.io.IOException;
import java.io.PrintWriter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.web.http.SessionRepositoryFilter;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Saves the session once per page instead of twice. Spring Session saves the session when
 * the response is committed, and again when its filter ends; after the first save it has
 * forgotten the session it read, so the second save reads it back from the database (one
 * more {@code SELECT} on every signed-in page). A page is committed early when its view
 * flushes the writer (Thymeleaf always does) or when it outgrows Tomcat's 8 KB buffer.
 * This filter, just inside Spring Session's, gives each response a {@value #BUFFER}-byte
 * buffer and lets the container flush at the end: pages up to that size are committed
 * once, after the session was saved. Larger responses (downloads, exports) still stream,
 * one buffer at a time.
 */
@Configuration(proxyBeanMethods = false)
class SessionSavedOnce {

	/** Bytes of a page kept before the first flush to the client (pages are 10–40 KB). */
	static final int BUFFER = 64 * 1024;

	@Bean
	FilterRegistrationBean<OncePerRequestFilter> sessionSavedOnceFilter() {
		FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(new Buffering());
		registration.setOrder(SessionRepositoryFilter.DEFAULT_ORDER + 1);
		return registration;
	}

	static final class Buffering extends OncePerRequestFilter {

		@Override
		protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
				throws ServletException, IOException {
			if (!response.isCommitted() && response.getBufferSize() < BUFFER) {
				response.setBufferSize(BUFFER);
			}
			chain.doFilter(request, new FlushAtEnd(response));
		}

	}

	/** Ignores the application's flushes: the container flushes when the request ends. */
	static final class FlushAtEnd extends HttpServletResponseWrapper {

		private PrintWriter writer;

		private ServletOutputStream stream;

		FlushAtEnd(HttpServletResponse response) {
			super(response);
		}

		@Override
		public void flushBuffer() {
			// The container flushes when the request ends.
		}

		@Override
		public PrintWriter getWriter() throws IOException {
			if (this.writer == null) {
				PrintWriter target = super.getWriter();
				this.writer = new PrintWriter(target) {
					@Override
					public void flush() {
						// The container flushes when the request ends.
					}
				};
			}
			return this.writer;
		}

		@Override
		public ServletOutputStream getOutputStream() throws IOException {
			if (this.stream == null) {
				ServletOutputStream target = super.getOutputStream();
				this.stream = new ServletOutputStream() {
					@Override
					public void write(int b) throws IOException {
						target.write(b);
					}

					@Override
					public void write(byte[] bytes, int offset, int length) throws IOException {
						target.write(bytes, offset, length);
					}

					@Override
					public void flush() {
						// The container flushes when the request ends.
					}

					@Override
					public void close() throws IOException {
						target.close();
					}

					@Override
					public boolean isReady() {
						return target.isReady();
					}

					@Override
					public void setWriteListener(WriteListener listener) {
						target.setWriteListener(listener);
					}
				};
			}
			return this.stream;
		}

	}

}
