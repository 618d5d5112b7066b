package fr.comptecitoyen.document.internal;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import fr.comptecitoyen.document.Antivirus.Verdict;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The clamd client against a small in-test server speaking the clamd protocol: clean,
 * infected with the EICAR string, unreachable, slow.
 */
class ClamdAntivirusTests {

	@Test
	void cleanFileIsCleanWithAnInTestClamd() throws IOException {
		try (ClamdStub clamd = new ClamdStub(Duration.ZERO)) {
			byte[] big = new byte[200_000]; // several INSTREAM chunks
			assertThat(client(clamd.port(), Duration.ofSeconds(5)).scan(big)).isEqualTo(new Verdict.Clean());
		}
	}

	@Test
	void eicarFileIsInfectedWithAnInTestClamd() throws IOException {
		try (ClamdStub clamd = new ClamdStub(Duration.ZERO)) {
			byte[] eicar = ClamdStub.EICAR.getBytes(StandardCharsets.US_ASCII);
			assertThat(client(clamd.port(), Duration.ofSeconds(5)).scan(eicar))
				.isEqualTo(new Verdict.Infected("Eicar-Signature"));
		}
	}

	@Test
	void unreachableClamdIsUnavailableNotClean() throws IOException {
		int port;
		try (ServerSocket free = new ServerSocket(0)) {
			port = free.getLocalPort();
		}
		assertThat(client(port, Duration.ofSeconds(2)).scan(new byte[] { 1 })).isInstanceOf(Verdict.Unavailable.class);
	}

	@Test
	void slowClamdBeyondTheTimeoutIsUnavailableNotClean() throws IOException {
		try (ClamdStub clamd = new ClamdStub(Duration.ofSeconds(3))) {
			assertThat(client(clamd.port(), Duration.ofMillis(300)).scan(new byte[] { 1 }))
				.isInstanceOf(Verdict.Unavailable.class);
		}
	}

	@Test
	void clamdErrorsAreUnavailable() {
		assertThat(ClamdAntivirus.verdict("INSTREAM size limit exceeded. ERROR"))
			.isInstanceOf(Verdict.Unavailable.class);
		assertThat(ClamdAntivirus.verdict("stream: OK")).isEqualTo(new Verdict.Clean());
	}

	private static ClamdAntivirus client(int port, Duration timeout) {
		return new ClamdAntivirus("127.0.0.1", port, timeout);
	}

}
