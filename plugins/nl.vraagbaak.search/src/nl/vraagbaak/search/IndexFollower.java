package nl.vraagbaak.search;

import java.io.IOException;

import nl.vraagbaak.core.CorpusDocument;
import nl.vraagbaak.core.store.CorpusListener;
import nl.vraagbaak.core.store.StoreException;

/**
 * Keeps a passage index in step with an import or a sync: every stored document indexed, every one taken out removed.
 * A failure is a {@link StoreException} the import or sync reports for that document; the index catches up with the
 * store the next time it is opened.
 */
public final class IndexFollower implements CorpusListener {
	private final PassageIndex index;

	public IndexFollower(PassageIndex index) {
		this.index = index;
	}

	@Override
	public void stored(CorpusDocument document) throws StoreException {
		try {
			index.update(document);
		} catch (IOException e) {
			throw new StoreException("stored, but not indexed: " + e.getMessage(), e);
		}
	}

	@Override
	public void removed(String source) throws StoreException {
		try {
			index.delete(source);
		} catch (IOException e) {
			throw new StoreException("taken out of the corpus, not yet out of the index (the next command or start takes"
					+ " it out): " + e.getMessage(), e);
		}
	}
}
