package nl.vraagbaak.core.store;

import nl.vraagbaak.core.CorpusDocument;

/** Told about each document an import stores, so that derived data (the search index) follows the store. */
@FunctionalInterface
public interface ImportListener {
	/** @throws StoreException when the derived data could not be updated; the import reports it for that file */
	void stored(CorpusDocument document) throws StoreException;
}
