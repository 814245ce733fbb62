package nl.vraagbaak.core.store;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import nl.vraagbaak.core.CorpusDocument;

/**
 * The corpus as JSON files, one per document, in {@code <data folder>/corpus/}. Writes go to a temporary file that
 * is then moved into place, so a crash never leaves half a document. A fresh data folder is seeded with the
 * bundled seed documents on first use.
 */
public final class CorpusStore {
	/** The mapper for every JSON the project writes: ISO dates, indented, tolerant of fields it does not know. */
	public static final ObjectMapper JSON = JsonMapper.builder().addModule(new JavaTimeModule())
			.disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).enable(SerializationFeature.INDENT_OUTPUT)
			.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

	private final Path folder;

	private CorpusStore(Path folder) {
		this.folder = folder;
	}

	/**
	 * Opens the store in a data folder, creating and seeding it when it does not exist yet.
	 *
	 * @throws StoreException when the folder cannot be created or the seeds cannot be stored
	 */
	public static CorpusStore open(Path dataFolder) throws StoreException {
		Path folder = dataFolder.resolve("corpus");
		CorpusStore store = new CorpusStore(folder);
		if (!Files.isDirectory(folder)) {
			try {
				Files.createDirectories(folder);
			} catch (IOException e) {
				throw new StoreException("cannot create the data folder " + folder + ": " + e.getMessage(), e);
			}
			for (CorpusDocument seed : SeedCorpus.read()) {
				store.put(seed);
			}
		}
		return store;
	}

	public Path folder() {
		return folder;
	}

	/** Stores a document, replacing any earlier document read from a file of the same name. */
	public void put(CorpusDocument document) throws StoreException {
		Path target = fileOf(document.source());
		Path temp = folder.resolve("." + target.getFileName() + ".tmp");
		try {
			JSON.writeValue(temp.toFile(), document);
			try {
				Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
			} catch (AtomicMoveNotSupportedException e) {
				Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
			}
		} catch (IOException e) {
			throw new StoreException("cannot store " + document.source() + " in " + folder + ": " + e.getMessage(), e);
		}
	}

	/** The document read from a file of that name, if stored. */
	public Optional<CorpusDocument> document(String source) throws StoreException {
		Path file = fileOf(source);
		return Files.isRegularFile(file) ? Optional.of(load(file)) : Optional.empty();
	}

	/**
	 * All stored documents, sorted by source. A stored file that cannot be read is reported, never skipped.
	 *
	 * @throws StoreException naming every unreadable file
	 */
	public List<CorpusDocument> documents() throws StoreException {
		List<CorpusDocument> documents = new ArrayList<>();
		List<String> problems = new ArrayList<>();
		for (Path file : files()) {
			try {
				documents.add(load(file));
			} catch (StoreException e) {
				problems.add(e.getMessage());
			}
		}
		if (!problems.isEmpty()) {
			throw new StoreException(String.join("\n", problems), null);
		}
		documents.sort(Comparator.comparing(CorpusDocument::source));
		return documents;
	}

	private List<Path> files() throws StoreException {
		try (Stream<Path> list = Files.list(folder)) {
			return list.filter(p -> p.getFileName().toString().endsWith(".json") && !p.getFileName().toString().startsWith("."))
					.sorted().toList();
		} catch (IOException e) {
			throw new StoreException("cannot list " + folder + ": " + e.getMessage(), e);
		}
	}

	private static CorpusDocument load(Path file) throws StoreException {
		try {
			return JSON.readValue(file.toFile(), CorpusDocument.class);
		} catch (IOException e) {
			throw new StoreException(file + ": damaged corpus file, import its source again / beschadigd bestand: "
					+ JsonProblems.describe(e), e);
		}
	}

	/** Source names are file names; anything that could leave the folder is replaced. */
	private Path fileOf(String source) {
		return folder.resolve(source.replaceAll("[/\\\\:\\x00]", "_") + ".json");
	}
}
