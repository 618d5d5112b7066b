package fr.comptecitoyen.document;

/**
 * Scans a file before it is accepted. The ClamAV implementation speaks to a clamd over
 * TCP; without it ({@code cc.documents.clamd.enabled=false}) nothing is scanned.
 */
public interface Antivirus {

	/**
	 * Scans bytes.
	 * @param content the file
	 * @return the verdict; never throws for an unreachable or slow scanner
	 */
	Verdict scan(byte[] content);

	/** Whether scanning is switched on. */
	boolean enabled();

	/** What a scan found. */
	sealed interface Verdict {

		/** Nothing found. */
		record Clean() implements Verdict {
		}

		/**
		 * A virus was found.
		 *
		 * @param signature the scanner's name for it ({@code Eicar-Signature})
		 */
		record Infected(String signature) implements Verdict {
		}

		/**
		 * The scanner could not answer (unreachable, too slow, an error).
		 *
		 * @param reason for the logs
		 */
		record Unavailable(String reason) implements Verdict {
		}

	}

}
