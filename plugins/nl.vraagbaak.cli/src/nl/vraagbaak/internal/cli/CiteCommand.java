package nl.vraagbaak.internal.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import nl.vraagbaak.cli.Cli;
import nl.vraagbaak.core.PassageRef;
import nl.vraagbaak.core.draft.Draft;
import nl.vraagbaak.core.draft.DraftEdits;
import nl.vraagbaak.core.draft.DraftFormat;
import nl.vraagbaak.core.draft.ParsedDraft;
import nl.vraagbaak.core.store.AtomicFiles;
import nl.vraagbaak.search.CitedPassages;
import nl.vraagbaak.search.HouseStyle;
import nl.vraagbaak.search.IndexException;
import nl.vraagbaak.search.PassageSearch;
import nl.vraagbaak.search.SearchHit;

/**
 * {@code vraagbaak cite <draft.kv> <question> <source#number> [--follow-up]}: what Citeer and Vervolgvraag do in the
 * workbench, on a draft file: the earlier passage cited in a footnote of the question, or the question rewritten to
 * open with the earlier answer and cite it.
 */
public final class CiteCommand implements Command {

	@Override
	public String name() {
		return "cite";
	}

	@Override
	public String usage() {
		return "<draft.kv> <question> <source#number> [--follow-up]";
	}

	@Override
	public String summary() {
		return "cite an earlier answer in a footnote of a draft's question, or rewrite the question as a follow-up on it";
	}

	@Override
	public Set<String> flags() {
		return Set.of("follow-up");
	}

	@Override
	public int run(CommandLine line, PrintStream out, PrintStream err) throws UsageException {
		List<String> positional = line.positional();
		if (positional.size() != 3) {
			throw new UsageException("give a draft, a question number and a passage, e.g. cite vragen.kv 2 "
					+ "001_4a688004c2e20cff.txt#26");
		}
		Path file = Path.of(positional.get(0));
		int question = questionNumber(positional.get(1));
		PassageRef reference = reference(positional.get(2));
		ParsedDraft parsed = DraftFiles.read(file, name(), err);
		if (parsed == null) {
			return Cli.PARTIAL;
		}
		if (parsed.rewriteBlocker().isPresent()) {
			err.println("vraagbaak cite: " + file + " has errors; it was not changed / niet gewijzigd");
			return Cli.PARTIAL;
		}
		int questions = parsed.draft().questions().size();
		if (question > questions) {
			err.println("vraagbaak cite: " + file + " has " + questions + " questions, not a question " + question
					+ " / die vraag bestaat niet");
			return Cli.PARTIAL;
		}
		try (Session session = Session.openForReading(line, err)) {
			if (session == null) {
				return Cli.DATA;
			}
			Optional<SearchHit> hit = new PassageSearch(session.index()).passage(reference);
			if (hit.isEmpty()) {
				err.println("vraagbaak cite: no passage " + reference + " in the corpus / niet gevonden");
				return Cli.PARTIAL;
			}
			boolean followUp = line.flag("follow-up");
			if (followUp && !HouseStyle.canFollowUp(hit.get())) {
				err.println("vraagbaak cite: " + reference + " is not answered yet, there is no answer to follow up on;"
						+ " cite it without --follow-up / nog niet beantwoord");
				return Cli.PARTIAL;
			}
			Draft draft = parsed.draft();
			if (!followUp && CitedPassages.of(draft, question).cites(hit.get())) {
				// citing it again would add a second footnote with the same source
				out.println("question " + question + " cites " + HouseStyle.citation(hit.get()) + " already; " + file
						+ " was not changed");
				return Cli.OK;
			}
			Draft edited = followUp ? HouseStyle.followUp(draft, question, hit.get())
					: DraftEdits.addFootnote(draft, question, HouseStyle.citation(hit.get()));
			// the whole draft or nothing: a crash while writing leaves the draft as it was
			AtomicFiles.writeString(file, DraftFormat.print(edited));
			out.println((followUp ? "rewrote question " + question + " as a follow-up on " : "cited in question "
					+ question + ": ") + HouseStyle.citation(hit.get()));
			return Cli.OK;
		} catch (IndexException e) {
			err.println("vraagbaak cite: " + e.getMessage());
			return Cli.DATA;
		} catch (IOException e) {
			err.println("vraagbaak cite: cannot write " + file + ": " + e.getMessage() + "; it was not changed");
			return Cli.DATA;
		}
	}

	private static int questionNumber(String text) throws UsageException {
		try {
			int number = Integer.parseInt(text);
			if (number >= 1) {
				return number;
			}
		} catch (NumberFormatException e) {
			// said below
		}
		throw new UsageException("the question must be a number from 1, not '" + text + "'");
	}

	private static PassageRef reference(String text) throws UsageException {
		try {
			return PassageRef.parse(text);
		} catch (IllegalArgumentException e) {
			throw new UsageException(e.getMessage() + ", e.g. 001_4a688004c2e20cff.txt#26");
		}
	}
}
