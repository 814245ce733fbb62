package nl.vraagbaak.internal.search;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import org.apache.lucene.util.Version;

import nl.vraagbaak.core.store.CorpusStore;

/**
 * What an index was built with, stored beside it as index.json. An index built with another Lucene version,
 * analyzer or schema is rebuilt from the corpus store instead of being read with the wrong assumptions.
 */
public record IndexMetadata(String luceneVersion, String analyzerId, int schemaVersion) {

	public static IndexMetadata current() {
		return new IndexMetadata(Version.LATEST.toString(), DutchAnalysis.ID, PassageFields.SCHEMA_VERSION);
	}

	/** The stored metadata, or null when missing or unreadable (both mean: rebuild). */
	public static IndexMetadata read(Path file) {
		try {
			return Files.isRegularFile(file) ? CorpusStore.JSON.readValue(file.toFile(), IndexMetadata.class) : null;
		} catch (IOException e) {
			return null;
		}
	}

	public void write(Path file) throws IOException {
		Path temp = file.resolveSibling(file.getFileName() + ".tmp");
		CorpusStore.JSON.writeValue(temp.toFile(), this);
		Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
	}
}
