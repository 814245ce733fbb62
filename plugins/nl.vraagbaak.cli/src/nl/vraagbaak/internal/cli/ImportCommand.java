package nl.vraagbaak.internal.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.eclipse.core.runtime.NullProgressMonitor;

import nl.vraagbaak.cli.Cli;
import nl.vraagbaak.core.store.CorpusStore;
import nl.vraagbaak.core.store.ImportReport;
import nl.vraagbaak.core.store.Importer;

/** {@code vraagbaak import <file|dir>...}: reads files into the corpus store. */
public final class ImportCommand implements Command {
	private final List<ImportHook> hooks;

	public ImportCommand(ImportHook... hooks) {
		this.hooks = List.of(hooks);
	}

	/** Lets later bundles (the search index) follow what an import stores. */
	public interface ImportHook {
		void attach(Importer importer, CorpusStore store, Path dataFolder, PrintStream err);
	}

	@Override
	public String name() {
		return "import";
	}

	@Override
	public String usage() {
		return "<file|dir>... [--json]";
	}

	@Override
	public String summary() {
		return "import documents (question lists, written answers, letters, Kamervragen CSV) into the corpus";
	}

	@Override
	public Set<String> flags() {
		return Set.of("json");
	}

	@Override
	public int run(CommandLine line, PrintStream out, PrintStream err) throws UsageException {
		if (line.positional().isEmpty()) {
			throw new UsageException("name at least one file or folder to import");
		}
		CorpusStore store = line.openStore(err);
		if (store == null) {
			return Cli.DATA;
		}
		Importer importer = new Importer(store);
		hooks.forEach(h -> h.attach(importer, store, line.dataFolder(), err));
		ImportReport report = importer.importPaths(line.positional().stream().map(Path::of).toList(),
				new NullProgressMonitor());
		if (line.flag("json")) {
			Json.print(out, report);
		} else {
			for (ImportReport.Imported done : report.imported()) {
				out.printf("imported %s: %s, %d passages%n", done.file(), done.kind().toLowerCase().replace('_', ' '),
						done.passages());
			}
		}
		report.failures().forEach(f -> err.println("vraagbaak import: " + f.message()));
		out.printf("%d imported, %d failed%n", report.imported().size(), report.failures().size());
		return report.hasFailures() ? Cli.PARTIAL : Cli.OK;
	}
}
