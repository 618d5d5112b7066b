package fr.comptecitoyen.catalogue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * For tests of other modules: reloads the shipped catalogue as if some procedure files
 * had been edited and the portal restarted (new revisions are recorded, like at
 * start-up).
 */
public final class CatalogueChanges {

	private CatalogueChanges() {
	}

	/**
	 * Reloads every shipped file, with the given texts instead of those files.
	 * @param catalogue the application's catalogue
	 * @param replaced file name ({@code encombrants.yml}) → new text
	 */
	public static void reload(Catalogue catalogue, Map<String, String> replaced) {
		List<Catalogue.Source> sources = new ArrayList<>();
		for (Map.Entry<String, String> file : shipped().entrySet()) {
			sources.add(new Catalogue.Source("procedures/" + file.getKey(),
					replaced.getOrDefault(file.getKey(), file.getValue())));
		}
		catalogue.load(sources);
	}

	/** The text of a shipped procedure file. */
	public static String shipped(String fileName) {
		return shipped().get(fileName);
	}

	private static Map<String, String> shipped() {
		try {
			Resource[] files = new PathMatchingResourcePatternResolver().getResources("classpath*:procedures/*.yml");
			java.util.Arrays.sort(files, Comparator.comparing(Resource::getFilename));
			Map<String, String> texts = new java.util.LinkedHashMap<>();
			for (Resource file : files) {
				texts.put(file.getFilename(), file.getContentAsString(StandardCharsets.UTF_8));
			}
			return texts;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
