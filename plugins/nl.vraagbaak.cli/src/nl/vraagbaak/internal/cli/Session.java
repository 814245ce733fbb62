package nl.vraagbaak.internal.cli;

import java.io.IOException;
import java.io.PrintStream;

import org.eclipse.core.runtime.NullProgressMonitor;

import nl.vraagbaak.core.store.CorpusListener;
import nl.vraagbaak.core.store.CorpusStore;
import nl.vraagbaak.search.IndexException;
import nl.vraagbaak.search.IndexFollower;
import nl.vraagbaak.search.IndexInUseException;
import nl.vraagbaak.search.PassageIndex;

/** The corpus store and its search index in the data folder, open for one command. */
final class Session implements AutoCloseable {
	private final CorpusStore store;
	private final PassageIndex index;

	private Session(CorpusStore store, PassageIndex index) {
		this.store = store;
		this.index = index;
	}

	/**
	 * Opens both for a command that writes (import), saying on stderr when the index had to be rebuilt; null
	 * (reported) when they cannot be used, for example while the workbench holds the index.
	 */
	static Session open(CommandLine line, PrintStream err) {
		return open(line, err, false);
	}

	/**
	 * Opens both for a command that only searches. While another Vraagbaak (the workbench) holds the index, it
	 * searches that one's last commit instead of refusing, and says so on stderr.
	 */
	static Session openForReading(CommandLine line, PrintStream err) {
		return open(line, err, true);
	}

	private static Session open(CommandLine line, PrintStream err, boolean readingWillDo) {
		CorpusStore store = line.openStore(err);
		if (store == null) {
			return null;
		}
		try {
			PassageIndex index;
			try {
				index = PassageIndex.open(line.dataFolder(), store, new NullProgressMonitor());
			} catch (IndexInUseException e) {
				if (!readingWillDo) {
					throw e;
				}
				index = PassageIndex.openForReading(line.dataFolder());
				err.println("vraagbaak: another running Vraagbaak holds the index; searching what it last saved"
						+ " / een andere Vraagbaak gebruikt de index; gezocht in wat die het laatst opsloeg");
				return new Session(store, index);
			}
			if (index.rebuildReason() != null) {
				err.println("vraagbaak: rebuilt the search index (" + index.rebuildReason() + ")");
			}
			if (index.catchUpReport() != null) {
				err.println("vraagbaak: brought the search index in step with the corpus (" + index.catchUpReport()
						+ ") / zoekindex bijgewerkt naar het corpus");
			}
			return new Session(store, index);
		} catch (IndexException e) {
			err.println("vraagbaak: " + e.getMessage());
			return null;
		}
	}

	CorpusStore store() {
		return store;
	}

	PassageIndex index() {
		return index;
	}

	/** Keeps the index in step with the documents an import or a sync stores or takes out. */
	CorpusListener indexing() {
		return new IndexFollower(index);
	}

	@Override
	public void close() {
		try {
			index.close();
		} catch (IOException e) {
			// the index was committed after every change; a failing close loses nothing
		}
	}
}
