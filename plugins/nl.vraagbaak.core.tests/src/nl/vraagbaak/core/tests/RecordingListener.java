package nl.vraagbaak.core.tests;

import java.util.ArrayList;
import java.util.List;

import nl.vraagbaak.core.CorpusDocument;
import nl.vraagbaak.core.store.CorpusListener;

/** Stands in for the search index: remembers what an import told it, and runs a step after each stored document. */
final class RecordingListener implements CorpusListener {
	final List<CorpusDocument> stored = new ArrayList<>();
	final List<String> removed = new ArrayList<>();
	private final Runnable afterStored;

	RecordingListener() {
		this(() -> {
		});
	}

	/** @param afterStored what to do once a document is stored (a user pressing Cancel, say) */
	RecordingListener(Runnable afterStored) {
		this.afterStored = afterStored;
	}

	@Override
	public void stored(CorpusDocument document) {
		stored.add(document);
		afterStored.run();
	}

	@Override
	public void removed(String source) {
		removed.add(source);
	}
}
