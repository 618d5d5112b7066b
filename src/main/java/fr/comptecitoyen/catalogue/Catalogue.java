package fr.comptecitoyen.catalogue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import fr.comptecitoyen.catalogue.internal.ProcedureParser;
import fr.comptecitoyen.catalogue.internal.RevisionStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.InitializingBean;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Service;

/**
 * The catalogue of procedures. At start-up it reads every procedure file, records a new
 * revision of each changed one in the database and refuses to start on a wrong
 * definition. Parsed definitions are kept in memory, one per revision; older revisions
 * (those drafts and requests are pinned to) are read back from the database on demand.
 */
@Service
public class Catalogue implements InitializingBean {

	private static final Logger logger = LoggerFactory.getLogger(Catalogue.class);

	private static final Comparator<Procedure> ORDER = Comparator.comparing(Procedure::category)
		.thenComparing(Procedure::title);

	private final RevisionStore store;

	private final CatalogueSettings settings;

	private final ProcedureParser parser = new ProcedureParser();

	private final Map<String, Procedure> revisions = new ConcurrentHashMap<>();

	private volatile Map<String, Procedure> current = Map.of();

	Catalogue(RevisionStore store, CatalogueSettings settings) {
		this.store = store;
		this.settings = settings;
	}

	@Override
	public void afterPropertiesSet() {
		List<Source> sources = new ArrayList<>();
		try {
			Resource[] files = new PathMatchingResourcePatternResolver().getResources(this.settings.location());
			Arrays.sort(files, Comparator.comparing(Resource::getFilename));
			for (Resource file : files) {
				sources.add(new Source("procedures/" + file.getFilename(),
						file.getContentAsString(StandardCharsets.UTF_8)));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		load(sources);
	}

	/** A procedure file: its name and text. */
	record Source(String file, String text) {
	}

	/**
	 * Parses every file (all must be valid), then records new revisions.
	 * @throws ProcedureDefinitionException on the first wrong file
	 */
	void load(List<Source> sources) {
		Map<String, Source> byCode = new HashMap<>();
		Map<Source, Procedure> parsed = new HashMap<>();
		for (Source source : sources) {
			Procedure procedure = this.parser.parse(source.file(), source.text(), 0);
			Source other = byCode.put(procedure.code(), source);
			if (other != null) {
				throw new ProcedureDefinitionException(source.file(), "code",
						"code " + procedure.code() + " is already used by " + other.file());
			}
			parsed.put(source, procedure);
		}
		Map<String, Procedure> loaded = new HashMap<>();
		Set<String> slugs = new HashSet<>();
		for (Source source : sources) {
			Procedure read = parsed.get(source);
			if (!slugs.add(read.slug())) {
				throw new ProcedureDefinitionException(source.file(), "slug", "slug " + read.slug() + " is taken");
			}
			int revision = this.store.record(read.code(), source.file(), source.text());
			Procedure procedure = this.revisions.computeIfAbsent(key(read.code(), revision),
					(k) -> read.withRevision(revision));
			loaded.put(procedure.code(), procedure);
		}
		this.store.unpublishAllBut(loaded.keySet());
		this.current = Map.copyOf(loaded);
		logger.info("Catalogue: {} procedures loaded", loaded.size());
	}

	/**
	 * Every procedure loaded from the definitions, published or not, by category then
	 * title (the back office's administration).
	 */
	public List<Procedure> current() {
		return this.current.values().stream().sorted(ORDER).toList();
	}

	/**
	 * Publishes or unpublishes a loaded procedure (administration): an unpublished one
	 * leaves the catalogue; requests already sent keep their revision.
	 * @throws IllegalArgumentException when no procedure has that code
	 */
	public void setPublished(String code, boolean published) {
		if (!this.current.containsKey(code)) {
			throw new IllegalArgumentException("No procedure " + code);
		}
		this.store.setPublished(code, published);
	}

	/** Whether a procedure is published. */
	public boolean isPublished(String code) {
		return this.store.published().contains(code);
	}

	/** The published procedures, by category then title. */
	public List<Procedure> published() {
		Set<String> published = this.store.published();
		return this.current.values().stream().filter((p) -> published.contains(p.code())).sorted(ORDER).toList();
	}

	/**
	 * The published procedures matching every word of a search, accents and case ignored,
	 * in titles, summaries, descriptions and keywords.
	 */
	public List<Procedure> search(String query) {
		List<String> words = Arrays.stream(normalize(query).split("\\s+")).filter((w) -> !w.isBlank()).toList();
		return published().stream().filter((p) -> {
			String text = normalize(String.join(" ", p.title(), String.valueOf(p.summary()), p.description(),
					String.join(" ", p.keywords()), p.category().slug()));
			return words.stream().allMatch(text::contains);
		}).toList();
	}

	/** The current revision of a published procedure, by code or slug (any case). */
	public Optional<Procedure> find(String codeOrSlug) {
		String wanted = (codeOrSlug != null) ? codeOrSlug.strip() : "";
		return published().stream()
			.filter((p) -> p.code().equalsIgnoreCase(wanted) || p.slug().equalsIgnoreCase(wanted))
			.findFirst();
	}

	/**
	 * The definition of an exact revision, published or not: what a draft or request
	 * pinned to it must be read with.
	 * @param code the procedure's code
	 * @param revision the revision number
	 * @return the definition, empty when that revision does not exist
	 */
	public Optional<Procedure> definition(String code, int revision) {
		Procedure cached = this.revisions.get(key(code, revision));
		if (cached != null) {
			return Optional.of(cached);
		}
		return this.store.source(code, revision).map((source) -> {
			String file = this.store.file(code, revision).orElse(code);
			Procedure parsed = this.parser.parse(file, source, revision);
			this.revisions.putIfAbsent(key(code, revision), parsed);
			return this.revisions.get(key(code, revision));
		});
	}

	static String normalize(String text) {
		if (text == null) {
			return "";
		}
		return Normalizer.normalize(text, Normalizer.Form.NFD)
			.replaceAll("\\p{M}+", "")
			.replace('’', '\'')
			.toLowerCase(Locale.ROOT);
	}

	private static String key(String code, int revision) {
		return code + "#" + revision;
	}

}
