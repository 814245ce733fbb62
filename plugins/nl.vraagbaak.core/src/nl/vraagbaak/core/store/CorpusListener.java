package nl.vraagbaak.core.store;

import nl.vraagbaak.core.CorpusDocument;

/**
 * Told about each document an import or a sync stores or takes out, so that derived data (the search index) follows
 * the store.
 */
public interface CorpusListener {
	/** @throws StoreException when the derived data could not be updated; the import reports it for that file */
	void stored(CorpusDocument document) throws StoreException;

	/**
	 * Told when a document is taken out: deleted in the open data, or questions whose answers came.
	 *
	 * @throws StoreException when the derived data could not be updated
	 */
	void removed(String source) throws StoreException;
}
