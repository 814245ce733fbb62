package nl.vraagbaak.internal.opendata;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import nl.vraagbaak.core.store.AtomicFiles;
import nl.vraagbaak.core.store.CorpusStore;
import nl.vraagbaak.core.store.JsonProblems;
import nl.vraagbaak.core.store.StoreException;

/**
 * What earlier syncs did, in {@code <data folder>/opendata.json}: the newest change taken in (where the next sync
 * resumes) and, per open-data document, the source it is stored under and the change it was stored at (so a document
 * served again unchanged is skipped, and one deleted in the open data can be taken out). Written after every document,
 * to a temporary file that is then moved, so a cancelled or crashed sync resumes where it stopped.
 */
public final class SyncState {
	private final Path file;
	private OffsetDateTime lastChange;
	private final Map<String, Entry> documents;

	/** The JSON form. */
	record Saved(OffsetDateTime lastChange, Map<String, Entry> documents) {
	}

	/** One synced document: where it is stored and the change it was stored at. */
	public record Entry(String source, OffsetDateTime changedOn) {
	}

	private SyncState(Path file, Saved saved) {
		this.file = file;
		this.lastChange = saved.lastChange();
		this.documents = new TreeMap<>(saved.documents() == null ? Map.of() : saved.documents());
	}

	/**
	 * Reads the state of a data folder; a folder never synced has none.
	 *
	 * @throws StoreException naming the file when it cannot be read or is damaged (it is then left as it is)
	 */
	public static SyncState load(Path dataFolder) throws StoreException {
		Path file = dataFolder.resolve("opendata.json");
		try (InputStream in = Files.newInputStream(file)) {
			return new SyncState(file, CorpusStore.JSON.readValue(in, Saved.class));
		} catch (NoSuchFileException e) {
			return new SyncState(file, new Saved(null, Map.of()));
		} catch (IOException e) {
			throw new StoreException(file + ": damaged sync state; remove it to sync from the start / beschadigde"
					+ " synchronisatiegegevens: " + JsonProblems.describe(e), e);
		}
	}

	/** The newest change an earlier sync took in, or null when there was none. */
	public OffsetDateTime lastChange() {
		return lastChange;
	}

	public Optional<Entry> entry(String id) {
		return Optional.ofNullable(documents.get(id));
	}

	/** The sources the syncs stored documents under. */
	public Set<String> sources() {
		return documents.values().stream().map(Entry::source).collect(Collectors.toSet());
	}

	/** True when the document was stored at exactly this change: serving it again changes nothing. */
	public boolean holds(DocumentRecord record) {
		return entry(record.id()).map(e -> e.changedOn().isEqual(record.changedOn())).orElse(false);
	}

	public void stored(DocumentRecord record, String source) {
		documents.put(record.id(), new Entry(source, record.changedOn()));
	}

	public void forget(String id) {
		documents.remove(id);
	}

	/** Forgets the synced document stored under this source, if a sync stored it. */
	public void forgetSource(String source) {
		documents.values().removeIf(e -> e.source().equals(source));
	}

	/** Records that every change up to this one was dealt with (stored, removed, or reported as failed). */
	public void passed(OffsetDateTime changedOn) {
		if (lastChange == null || changedOn.isAfter(lastChange)) {
			lastChange = changedOn;
		}
	}

	/** @throws StoreException naming the file when it cannot be written */
	public void save() throws StoreException {
		Path temp = file.resolveSibling("." + file.getFileName() + ".tmp");
		try {
			CorpusStore.JSON.writeValue(temp.toFile(), new Saved(lastChange, documents));
			AtomicFiles.moveIntoPlace(temp, file);
		} catch (IOException e) {
			throw new StoreException("cannot write " + file + ": " + e.getMessage(), e);
		}
	}
}
