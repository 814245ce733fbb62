package nl.vraagbaak.internal.search;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Keeps Lucene's start-up advice off the console. On every run Lucene logged two lines of "WARNING: Java vector
 * incubator module is not readable", which told a user of "vraagbaak search" nothing: enabling the module made no
 * measurable difference on the benchmark (1M passages, search p99 18.3 vs 17.7 ms) and makes the JDK print a
 * warning of its own. Real problems Lucene reports at SEVERE still show.
 */
public final class LuceneLog {
	/** Held, because java.util.logging keeps only weak references to loggers and would forget the level. */
	private static final Logger VECTORIZATION = Logger.getLogger("org.apache.lucene.internal.vectorization");

	private LuceneLog() {
	}

	/** Call before Lucene reads or writes an index. */
	public static void quiet() {
		VECTORIZATION.setLevel(Level.SEVERE);
	}
}
