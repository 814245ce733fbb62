package nl.vraagbaak.internal.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Set;
import java.util.stream.Stream;

import org.eclipse.core.runtime.NullProgressMonitor;

import nl.vraagbaak.cli.Cli;
import nl.vraagbaak.core.store.CorpusStore;
import nl.vraagbaak.core.store.StoreException;
import nl.vraagbaak.search.IndexException;
import nl.vraagbaak.search.SearchBenchmark;

/** {@code vraagbaak bench [--passages N]}: indexing and query speed on a synthetic corpus, as JSON. */
public final class BenchCommand implements Command {

	@Override
	public String name() {
		return "bench";
	}

	@Override
	public String usage() {
		return "[--passages N] [--queries N]";
	}

	@Override
	public String summary() {
		return "benchmark indexing and search on a synthetic corpus made from the real one; prints JSON";
	}

	@Override
	public Set<String> valueOptions() {
		return Set.of("passages", "queries");
	}

	@Override
	public int run(CommandLine line, PrintStream out, PrintStream err) throws UsageException {
		int passages = line.intValue("passages", 100_000, 100, 20_000_000);
		int queries = line.intValue("queries", 1000, 10, 100_000);
		CorpusStore store = line.openStore(err);
		if (store == null) {
			return Cli.DATA;
		}
		Path folder = null;
		try {
			folder = Files.createTempDirectory("vraagbaak-bench");
			Json.print(out, SearchBenchmark.run(store.documents(), passages, queries, folder, new NullProgressMonitor()));
			return Cli.OK;
		} catch (IOException | StoreException | IndexException | IllegalArgumentException e) {
			err.println("vraagbaak bench: " + e.getMessage());
			return Cli.DATA;
		} finally {
			delete(folder);
		}
	}

	private static void delete(Path folder) {
		if (folder == null) {
			return;
		}
		try (Stream<Path> walk = Files.walk(folder)) {
			walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
		} catch (IOException e) {
			// a temporary folder left behind is harmless; the system cleans it
		}
	}
}
