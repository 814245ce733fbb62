package nl.vraagbaak.core.store;

import java.nio.file.Path;

/** Where Vraagbaak keeps its data (corpus, index, recovery copies) unless told otherwise. */
public final class DataFolder {
	private DataFolder() {
	}

	/** The explicit folder if given, else $VRAAGBAAK_DATA, else {@code ~/.vraagbaak}; always absolute. */
	public static Path resolve(String explicit) {
		if (explicit != null && !explicit.isBlank()) {
			return Path.of(explicit).toAbsolutePath();
		}
		String env = System.getenv("VRAAGBAAK_DATA");
		if (env != null && !env.isBlank()) {
			return Path.of(env).toAbsolutePath();
		}
		return Path.of(System.getProperty("user.home"), ".vraagbaak");
	}
}
