package fr.comptecitoyen.shared.web;

import java.util.ArrayList;
import java.util.List;

/**
 * The FAQ page's outline: sections, questions and the parts of each answer, all as
 * message keys. The wording itself lives in the message bundles, in French and English.
 */
final class Faq {

	static final List<Section> SECTIONS = List.of(
			new Section("faq.section.account", List.of(question("compte-citoyen", "faq.what", "p", "ul5"),
					question("interet", "faq.why", "p", "p"), question("creer", "faq.create", "p", "p", "p", "p", "p"),
					question("modifier", "faq.edit", "ol2", "p", "ul3", "p"),
					question("connexion", "faq.signin", "p", "ol3", "p", "p"))),
			new Section("faq.section.security",
					List.of(question("captcha", "faq.captcha", "p", "p", "p"),
							question("mot-de-passe-perdu", "faq.lost", "ol4", "p"),
							question("protection", "faq.protected", "p", "p"),
							question("transmission", "faq.shared", "p", "p"))),
			new Section("faq.section.procedures",
					List.of(question("demarche", "faq.where", "ol3", "p"), question("brouillon", "faq.draft", "p", "p"),
							question("pieces-papier", "faq.paper", "p", "p"),
							question("compte-non-valide", "faq.pending", "p"),
							question("sans-compte", "faq.noaccount", "p", "p"))),
			new Section("faq.section.tracking", List.of(question("emails", "faq.emails", "p", "ul3", "p"),
					question("avancement", "faq.progress", "p", "ul2", "p"))));

	private Faq() {
	}

	/**
	 * A question whose answer is made of the given parts, in order: {@code p} for a
	 * paragraph, {@code ulN} or {@code olN} for a list of N items. Keys follow:
	 * {@code <key>.q} for the question, {@code <key>.1}, {@code <key>.2}… for the parts,
	 * {@code <key>.2.1}… for list items.
	 */
	static Question question(String anchor, String key, String... parts) {
		List<Part> built = new ArrayList<>();
		for (int i = 0; i < parts.length; i++) {
			String partKey = key + "." + (i + 1);
			String kind = parts[i].substring(0, Math.min(2, parts[i].length()));
			if ("p".equals(parts[i])) {
				built.add(new Part("p", partKey, List.of()));
			}
			else {
				int count = Integer.parseInt(parts[i].substring(2));
				List<String> items = new ArrayList<>();
				for (int item = 1; item <= count; item++) {
					items.add(partKey + "." + item);
				}
				built.add(new Part(kind, partKey, items));
			}
		}
		return new Question(anchor, key, built);
	}

	record Section(String key, List<Question> questions) {
	}

	record Question(String anchor, String key, List<Part> parts) {
	}

	record Part(String kind, String key, List<String> items) {
	}

}
