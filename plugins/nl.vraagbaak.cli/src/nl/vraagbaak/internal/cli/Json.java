package nl.vraagbaak.internal.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;

import nl.vraagbaak.core.store.CorpusStore;

/** JSON output of the commands, with the same mapper the store uses. */
public final class Json {
	private Json() {
	}

	public static void print(PrintStream out, Object value) {
		try {
			out.println(CorpusStore.JSON.writeValueAsString(value));
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
