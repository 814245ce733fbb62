package nl.vraagbaak.internal.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import nl.vraagbaak.cli.Cli;
import nl.vraagbaak.core.store.StoreException;
import nl.vraagbaak.search.AlreadyAsked;
import nl.vraagbaak.search.BaselineIndex;
import nl.vraagbaak.search.Evaluation;
import nl.vraagbaak.search.IndexException;
import nl.vraagbaak.search.PassageSearch;
import nl.vraagbaak.search.QuerySet;

/** {@code vraagbaak eval <queries.json>}: recall@5, MRR@5 and detection figures on a query set. */
public final class EvalCommand implements Command {

	@Override
	public String name() {
		return "eval";
	}

	@Override
	public String usage() {
		return "<queries.json> [--baseline] [--threshold 0..1] [--json]";
	}

	@Override
	public String summary() {
		return "measure suggestions (recall@5, MRR@5) and already-asked detection on a query set";
	}

	@Override
	public Set<String> flags() {
		return Set.of("json", "baseline");
	}

	@Override
	public Set<String> valueOptions() {
		return Set.of("threshold");
	}

	@Override
	public int run(CommandLine line, PrintStream out, PrintStream err) throws UsageException {
		if (line.positional().size() != 1) {
			throw new UsageException("give one query set file (.json)");
		}
		double threshold = Thresholds.parse(line.value("threshold", null));
		try (Session session = Session.openForReading(line, err)) {
			if (session == null) {
				return Cli.DATA;
			}
			QuerySet set = QuerySet.read(Path.of(line.positional().get(0)));
			List<Evaluation.Figures> figures = new ArrayList<>();
			figures.add(Evaluation.run(set, new PassageSearch(session.index()), new AlreadyAsked(session.index(), threshold)));
			if (line.flag("baseline")) {
				try (BaselineIndex baseline = new BaselineIndex(session.store().documents())) {
					figures.add(Evaluation.run("bm25-standard", set, baseline, null));
				}
			}
			if (line.flag("json")) {
				Json.print(out, figures);
			} else {
				figures.forEach(f -> print(out, f));
			}
			return Cli.OK;
		} catch (IOException | StoreException e) {
			err.println("vraagbaak eval: " + e.getMessage());
			return Cli.PARTIAL;
		} catch (IndexException e) {
			err.println("vraagbaak eval: " + e.getMessage());
			return Cli.DATA;
		}
	}

	/** "FLAGGED 0.76 as 001_....txt#70" or "not flagged 0.31". */
	private static String verdict(Evaluation.QueryResult q) {
		return String.format("%s %.2f", q.flagged() ? "FLAGGED" : "not flagged", q.confidence())
				+ (q.flaggedAs() == null ? "" : " as " + q.flaggedAs());
	}

	private static String after(Evaluation.QueryResult q) {
		return q.context() == null ? "" : "  (after: " + q.context() + ")";
	}

	private static void print(PrintStream out, Evaluation.Figures f) {
		out.printf("%s: recall@5 %.3f  MRR@5 %.3f", f.method(), f.recallAt5(), f.mrrAt5());
		if (f.positivesFlagged() != null) {
			out.printf("  positives flagged %.0f%% (as a relevant item %.0f%%)  negatives flagged %d", 100 * f.positivesFlagged(),
					100 * f.positivesFlaggedAsRelevant(), f.negativesFlagged());
		}
		out.println();
		for (Evaluation.QueryResult q : f.positives()) {
			out.printf("  + r=%.2f rr=%.2f %s %s%s%n      top5 %s%s%n", q.recall(), q.reciprocalRank(),
					q.flagged() == null ? "" : verdict(q), q.query(), after(q), q.top5(),
					q.missed().isEmpty() ? "" : "  missed " + q.missed());
		}
		for (Evaluation.QueryResult q : f.negatives()) {
			out.printf("  - %s %s%s  %s%n", verdict(q), q.query(), after(q), q.top5());
		}
	}
}
