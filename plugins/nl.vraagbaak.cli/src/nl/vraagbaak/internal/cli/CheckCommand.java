package nl.vraagbaak.internal.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import nl.vraagbaak.cli.Cli;
import nl.vraagbaak.core.draft.ParsedDraft;
import nl.vraagbaak.search.AlreadyAsked;
import nl.vraagbaak.search.IndexException;
import nl.vraagbaak.search.PassageSearch;
import nl.vraagbaak.search.QuestionsInSet;
import nl.vraagbaak.search.SearchHit;
import nl.vraagbaak.search.SearchOptions;

/** {@code vraagbaak check <draft.kv>}: for every question, already asked or not, and the top earlier answers. */
public final class CheckCommand implements Command {

	/** The JSON form of one question's result. */
	public record QuestionResult(int number, AlreadyAsked.Verdict verdict, List<SearchHit> earlierAnswers) {
	}

	@Override
	public String name() {
		return "check";
	}

	@Override
	public String usage() {
		return "<draft.kv> [--threshold 0..1] [--json]";
	}

	@Override
	public String summary() {
		return "say for every question of a draft whether it was already asked, why, and the top 5 earlier answers";
	}

	@Override
	public Set<String> flags() {
		return Set.of("json");
	}

	@Override
	public Set<String> valueOptions() {
		return Set.of("threshold");
	}

	@Override
	public int run(CommandLine line, PrintStream out, PrintStream err) throws UsageException {
		if (line.positional().size() != 1) {
			throw new UsageException("give one draft file (.kv)");
		}
		double threshold = Thresholds.parse(line.value("threshold", null));
		Path file = Path.of(line.positional().get(0));
		ParsedDraft parsed = DraftFiles.read(file, name(), err);
		if (parsed == null) {
			return Cli.PARTIAL;
		}
		try (Session session = Session.openForReading(line, err)) {
			if (session == null) {
				return Cli.DATA;
			}
			List<QuestionResult> results = check(session, parsed, threshold);
			if (line.flag("json")) {
				Json.print(out, results);
			} else {
				VerdictPrinter.print(out, file, results);
			}
			return parsed.hasErrors() ? Cli.PARTIAL : Cli.OK;
		} catch (IndexException | IOException e) {
			err.println("vraagbaak check: " + e.getMessage());
			return Cli.DATA;
		}
	}

	private static List<QuestionResult> check(Session session, ParsedDraft parsed, double threshold)
			throws IndexException, IOException {
		AlreadyAsked detector = new AlreadyAsked(session.index(), threshold);
		PassageSearch search = new PassageSearch(session.index());
		List<String> questions = parsed.draft().plainQuestions();
		List<AlreadyAsked.Verdict> verdicts = detector.checkDraft(parsed.draft());
		List<QuestionResult> results = new ArrayList<>();
		for (int i = 0; i < questions.size(); i++) {
			// the earlier answers for a question that points back are searched with what its verdict was read with
			String searched = QuestionsInSet.searched(questions.get(i), verdicts.get(i).readWith());
			results.add(new QuestionResult(i + 1, verdicts.get(i), search.search(searched, SearchOptions.top(5))));
		}
		return results;
	}
}
