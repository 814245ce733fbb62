package nl.vraagbaak.opendata;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import nl.vraagbaak.core.LocalizedText;

/** What a sync did: documents stored, removed, skipped and failed, and why it stopped early if it did. */
public final class SyncReport {

	/** A document stored from the open data, by its document number (or id) and the source it is stored under. */
	public record Stored(String document, String source, String kind, int passages) {
	}

	/** A document taken out, with the reason: deleted in the open data, or its questions answered. */
	public record Removed(String source, LocalizedText reason) {
	}

	/** A document not stored, with the reason (a file that is no document of answers, one already imported). */
	public record NotStored(String document, LocalizedText reason) {
	}

	private final List<Stored> stored = new ArrayList<>();
	private final List<Removed> removed = new ArrayList<>();
	private final List<NotStored> skipped = new ArrayList<>();
	private final List<NotStored> failures = new ArrayList<>();
	private int unchanged;
	private boolean cancelled;
	private String stoppedBecause;
	private OffsetDateTime lastChange;

	void stored(Stored document) {
		stored.add(document);
	}

	void removed(String source, LocalizedText reason) {
		removed.add(new Removed(source, reason));
	}

	void skipped(String document, LocalizedText reason) {
		skipped.add(new NotStored(document, reason));
	}

	void failed(String document, LocalizedText message) {
		failures.add(new NotStored(document, message));
	}

	void countUnchanged() {
		unchanged++;
	}

	void cancelled() {
		cancelled = true;
	}

	void stopped(String message) {
		stoppedBecause = message;
	}

	void reachedChange(OffsetDateTime change) {
		lastChange = change;
	}

	public List<Stored> stored() {
		return List.copyOf(stored);
	}

	/** The documents taken out: deleted in the open data, or questions whose answers came. */
	public List<Removed> removed() {
		return List.copyOf(removed);
	}

	/** Documents left out on purpose: already in the corpus from a file imported by hand, or questions answered. */
	public List<NotStored> skipped() {
		return List.copyOf(skipped);
	}

	/** Documents that could not be stored, each with the reason; the sync went on with the others. */
	public List<NotStored> failures() {
		return List.copyOf(failures);
	}

	/** Documents served again without a change since the sync that stored them. */
	public int unchanged() {
		return unchanged;
	}

	public boolean wasCancelled() {
		return cancelled;
	}

	/** Why the sync stopped before the end (the service could not be reached, a page was not readable), or null. */
	public String stoppedBecause() {
		return stoppedBecause;
	}

	/** The newest change the data folder now holds, where the next sync resumes; null when none was ever taken in. */
	public OffsetDateTime lastChange() {
		return lastChange;
	}

	/** True when every document served was dealt with. */
	public boolean complete() {
		return !cancelled && stoppedBecause == null && failures.isEmpty();
	}
}
