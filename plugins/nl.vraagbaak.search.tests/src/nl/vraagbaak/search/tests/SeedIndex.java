package nl.vraagbaak.search.tests;

import java.nio.file.Path;

import org.eclipse.core.runtime.NullProgressMonitor;

import nl.vraagbaak.core.store.CorpusStore;
import nl.vraagbaak.search.PassageIndex;

/** A data folder with the seeds and their index, for one test. */
final class SeedIndex {
	private SeedIndex() {
	}

	static PassageIndex open(Path data) throws Exception {
		return PassageIndex.open(data, CorpusStore.open(data), new NullProgressMonitor());
	}
}
