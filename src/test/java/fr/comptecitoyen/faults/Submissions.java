package fr.comptecitoyen.faults;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.imageio.ImageIO;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A signed-in citizen's road report (procedure {@code VOIRIE}: a category, a description
 * and a photo, then a place) made over HTTP as a browser does: « Commencer », the steps,
 * then « Envoyer » from the summary, whose acknowledgement gives the reference.
 */
final class Submissions {

	/** The acknowledgement's address; group 1 is the reference. */
	static final Pattern SENT = Pattern.compile("/demarches/envoyee/([A-Z0-9-]+)");

	private static final Pattern SUBMISSION_KEY = Pattern.compile("name=\"submissionKey\"\\s+value=\"([^\"]+)\"");

	private static final Pattern SUMMARY_STEP = Pattern.compile("name=\"_step\"\\s+value=\"(-?\\d+)\"");

	private Submissions() {
	}

	/** A draft whose summary is ready to send, by its path. */
	record Draft(String path) {
	}

	/** A small PNG image (32 × 32 pixels), the report's photo. */
	static byte[] photo() throws IOException {
		BufferedImage image = new BufferedImage(32, 32, BufferedImage.TYPE_INT_RGB);
		image.setRGB(3, 3, 0xff0000);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ImageIO.write(image, "png", out);
		return out.toByteArray();
	}

	/**
	 * Starts a report and fills its two steps.
	 * @param citizen a signed-in citizen
	 * @param photo the PNG image attached
	 */
	static Draft readyToSend(WebUser citizen, byte[] photo) throws Exception {
		String start = "/demarches/VOIRIE/nouvelle";
		String draft = WebUser.location(citizen.post(start, start, Map.of("nouvelle", "1")));
		assertThat(draft).contains("/demarches/brouillons/");
		String path = draft.replaceFirst("^https?://[^/]+", "").replaceFirst("[?#].*$", "");
		HttpResponse<String> first = citizen.postMultipart(path, path,
				Map.of("_step", "0", "_action", "next", "category", "Autre", "description", "Un trou dans la chaussée"),
				"photo", "trou.png", "image/png", photo);
		assertThat(first.statusCode()).as("step 1: %s", first.body()).isEqualTo(302);
		HttpResponse<String> second = citizen.post(path, path, Map.of("_step", "1", "_action", "next", "place-kind",
				"À un endroit sans adresse précise", "place", "Parking du stade"));
		assertThat(second.statusCode()).as("step 2: %s", second.body()).isEqualTo(302);
		return new Draft(path);
	}

	/** Presses « Envoyer » on the draft's summary (a redirect to the acknowledgement). */
	static HttpResponse<String> send(WebUser citizen, Draft draft) throws Exception {
		String summary = citizen.get(draft.path()).body();
		Matcher key = SUBMISSION_KEY.matcher(summary);
		Matcher step = SUMMARY_STEP.matcher(summary);
		assertThat(key.find() && step.find()).as("the summary's form: %s", summary).isTrue();
		return citizen.post(draft.path(), draft.path(),
				Map.of("_step", step.group(1), "_action", "send", "submissionKey", key.group(1)));
	}

	/** The reference an acknowledged submission leads to; fails when there is none. */
	static String reference(HttpResponse<String> sent) {
		Matcher matcher = SENT.matcher(String.valueOf(WebUser.location(sent)));
		assertThat(matcher.find()).as("acknowledged: %s", sent.body()).isTrue();
		return matcher.group(1);
	}

}
