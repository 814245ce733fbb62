package nl.vraagbaak.opendata;

import nl.vraagbaak.core.CorpusDocument;
import nl.vraagbaak.core.store.StoreException;

/** Told about each document a sync stores or takes out, so that derived data (the search index) follows the store. */
public interface SyncListener {
	/** @throws StoreException when the derived data could not be updated; the sync reports it for that document */
	void stored(CorpusDocument document) throws StoreException;

	/** @throws StoreException when the derived data could not be updated; the sync reports it for that document */
	void removed(String source) throws StoreException;
}
