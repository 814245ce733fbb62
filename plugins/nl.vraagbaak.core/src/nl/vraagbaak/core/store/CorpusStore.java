package nl.vraagbaak.core.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
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
 * The corpus as JSON files, one per document, in {@code <data folder>/corpus/}, and the users' corrections of their
 * provenance in {@code <data folder>/corrections/}, one per corrected document: a document is read with its
 * correction laid over it ({@link DocumentCorrection}). Writes go to a temporary file that is then moved into
 * place, so a crash never leaves half a document. A fresh data folder is seeded with the bundled seed documents on
 * first use.
 */
public final class CorpusStore {
	/** The mapper for every JSON the project writes: ISO dates, indented, tolerant of fields it does not know. */
	public static final ObjectMapper JSON = JsonMapper.builder().addModule(new JavaTimeModule())
			.disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).enable(SerializationFeature.INDENT_OUTPUT)
			.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

	private final Path folder;
	private final Path corrections;

	private CorpusStore(Path folder) {
		this.folder = folder;
		this.corrections = folder.resolveSibling("corrections");
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
			// as after an import: the list of questions 001 refers to the letter 000 by its date
			store.resolveLetterReferences();
		}
		return store;
	}

	public Path folder() {
		return folder;
	}

	/**
	 * Stores a document as read from its file, replacing any earlier document read from a file of the same name; a
	 * correction the user made to that earlier one stays.
	 *
	 * @return the document as the store serves it, with its correction
	 */
	public CorpusDocument put(CorpusDocument document) throws StoreException {
		try {
			writeAtomically(fileOf(folder, document.source()), document);
		} catch (IOException e) {
			throw new StoreException("cannot store " + document.source() + " in " + folder + ": " + e.getMessage(), e);
		}
		return correction(document.source()).applyTo(document);
	}

	/** Whether a document read from a file of that name is stored (without reading it). */
	public boolean contains(String source) {
		return Files.isRegularFile(fileOf(folder, source));
	}

	/** The document read from a file of that name, with its correction, if stored. */
	public Optional<CorpusDocument> document(String source) throws StoreException {
		Optional<CorpusDocument> original = original(source);
		return original.isPresent() ? Optional.of(correction(source).applyTo(original.get())) : Optional.empty();
	}

	private Optional<CorpusDocument> original(String source) throws StoreException {
		Path file = fileOf(folder, source);
		return load(file, CorpusDocument.class);
	}

	/**
	 * All stored documents with their corrections, sorted by source. A stored file that cannot be read is reported,
	 * never skipped.
	 *
	 * @throws StoreException naming every unreadable file
	 */
	public List<CorpusDocument> documents() throws StoreException {
		return stored().stream().map(StoredDocument::document).toList();
	}

	/** A document as the store serves it, and the user's correction laid over it. */
	public record StoredDocument(CorpusDocument document, DocumentCorrection correction) {
	}

	/**
	 * All stored documents with their corrections, sorted by source, for a listing that shows what was corrected
	 * (each correction read once). A stored file that cannot be read is reported, never skipped.
	 *
	 * @throws StoreException naming every unreadable file
	 */
	public List<StoredDocument> stored() throws StoreException {
		List<StoredDocument> documents = new ArrayList<>();
		List<String> problems = new ArrayList<>();
		for (CorpusDocument original : originals()) {
			try {
				DocumentCorrection correction = correction(original.source());
				documents.add(new StoredDocument(correction.applyTo(original), correction));
			} catch (StoreException e) {
				problems.add(e.getMessage());
			}
		}
		if (!problems.isEmpty()) {
			throw new StoreException(String.join("\n", problems), null);
		}
		return documents;
	}

	/** The documents as read from their files, without corrections, sorted by source. */
	List<CorpusDocument> originals() throws StoreException {
		List<CorpusDocument> documents = new ArrayList<>();
		List<String> problems = new ArrayList<>();
		for (Path file : files()) {
			try {
				load(file, CorpusDocument.class).ifPresent(documents::add);
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

	/**
	 * Resolves the references of answers to letters by their date ("mijn brief van 1 oktober jl.") against the
	 * documents now stored: after an import or a sync, since a letter stored now may be the one named.
	 *
	 * @throws StoreException when a document cannot be read or written
	 */
	public void resolveLetterReferences() throws StoreException {
		new LetterReferenceResolver(this).resolveAll();
	}

	/** The user's correction of a document, {@link DocumentCorrection#NONE} when there is none. */
	public DocumentCorrection correction(String source) throws StoreException {
		Path file = fileOf(corrections, source);
		return load(file, DocumentCorrection.class).orElse(DocumentCorrection.NONE);
	}

	/**
	 * Corrects a document's provenance: only what differs from the document's own reading is kept, and a
	 * correction that leaves nothing different is removed. References to letters by date are resolved again, since
	 * a corrected date may be the one they name.
	 *
	 * @return the document as corrected
	 * @throws StoreException when there is no such document or the correction cannot be written
	 */
	public CorpusDocument correct(String source, DocumentCorrection wanted) throws StoreException {
		CorpusDocument original = original(source).orElseThrow(() -> notInCorpus(source));
		DocumentCorrection kept = wanted.differencesFrom(original);
		Path file = fileOf(corrections, source);
		try {
			if (kept.isEmpty()) {
				Files.deleteIfExists(file);
			} else {
				Files.createDirectories(corrections);
				writeAtomically(file, kept);
			}
		} catch (IOException e) {
			throw new StoreException("cannot store the correction of " + source + " in " + corrections + ": "
					+ e.getMessage(), e);
		}
		resolveLetterReferences();
		return kept.applyTo(original);
	}

	/**
	 * Takes a document out of the corpus, with its correction; references to it by a letter's date ("mijn brief van
	 * 1 oktober jl.") are no longer resolved to it.
	 *
	 * @throws StoreException when there is no such document or its files cannot be deleted
	 */
	public void remove(String source) throws StoreException {
		if (!contains(source)) {
			throw notInCorpus(source);
		}
		try {
			Files.delete(fileOf(folder, source));
			Files.deleteIfExists(fileOf(corrections, source));
		} catch (IOException e) {
			throw new StoreException("cannot remove " + source + " from " + folder + ": " + e.getMessage(), e);
		}
		new LetterReferenceResolver(this).forget(source);
	}

	/**
	 * Removes a document as {@link #remove(String)} does, first reading what it takes out, so that
	 * {@link #restore(Removed)} can put it back (the workbench's undo). Imports and syncs, which never put back, remove
	 * without reading the document.
	 *
	 * @throws StoreException when there is no such document or its files cannot be read or deleted
	 */
	public Removed takeOut(String source) throws StoreException {
		Removed removed = new Removed(original(source).orElseThrow(() -> notInCorpus(source)), correction(source));
		remove(source);
		return removed;
	}

	/** A document taken out of the corpus, as read from its file, and the user's correction of it. */
	public record Removed(CorpusDocument original, DocumentCorrection correction) {
	}

	/**
	 * Puts a removed document back as it was, with its correction, and resolves references to letters by date again
	 * (it may be the letter they name).
	 *
	 * @return the document as the store serves it, with its correction
	 * @throws StoreException when its files cannot be written
	 */
	public CorpusDocument restore(Removed removed) throws StoreException {
		put(removed.original());
		return correct(removed.original().source(), removed.correction());
	}

	private static StoreException notInCorpus(String source) {
		return new StoreException("no document '" + source + "' in the corpus / niet in het corpus", null);
	}

	private static void writeAtomically(Path target, Object value) throws IOException {
		Path temp = target.resolveSibling("." + target.getFileName() + ".tmp");
		JSON.writeValue(temp.toFile(), value);
		AtomicFiles.moveIntoPlace(temp, target);
	}

	private List<Path> files() throws StoreException {
		try (Stream<Path> list = Files.list(folder)) {
			return list.filter(p -> p.getFileName().toString().endsWith(".json") && !p.getFileName().toString().startsWith("."))
					.sorted().toList();
		} catch (IOException e) {
			throw new StoreException("cannot list " + folder + ": " + e.getMessage(), e);
		}
	}

	/**
	 * The file read as JSON, or empty when there is no such file: also when it was taken out after it was listed or
	 * checked (a removal in the workbench while a command or view reads the store), which is no damage.
	 */
	private static <T> Optional<T> load(Path file, Class<T> type) throws StoreException {
		try (InputStream in = Files.newInputStream(file)) {
			return Optional.of(JSON.readValue(in, type));
		} catch (NoSuchFileException e) {
			return Optional.empty();
		} catch (IOException e) {
			String what = type == CorpusDocument.class ? "damaged corpus file, import its source again"
					: "damaged correction, correct the document again";
			throw new StoreException(file + ": " + what + " / beschadigd bestand: " + JsonProblems.describe(e), e);
		}
	}

	/** Source names are file names; anything that could leave the folder is replaced. */
	private static Path fileOf(Path folder, String source) {
		return folder.resolve(source.replaceAll("[/\\\\:\\x00]", "_") + ".json");
	}
}
