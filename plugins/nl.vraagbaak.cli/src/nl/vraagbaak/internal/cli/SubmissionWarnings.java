package nl.vraagbaak.internal.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.util.List;
import java.util.function.Predicate;

import nl.vraagbaak.core.draft.ParsedDraft;
import nl.vraagbaak.core.read.CorpusReadException;
import nl.vraagbaak.search.AlreadyAsked;
import nl.vraagbaak.search.CorpusVocabulary;
import nl.vraagbaak.search.IndexException;
import nl.vraagbaak.spelling.DraftSpelling;
import nl.vraagbaak.spelling.SpellChecker;
import nl.vraagbaak.spelling.UserDictionary;

/**
 * What the workbench asks about before a Word export, said as warnings by {@code vraagbaak export}: questions still
 * already asked (not ignored with "% negeer") and words the spelling check does not know. The export is written
 * all the same; {@code vraagbaak check} and {@code vraagbaak spell} show the details.
 */
final class SubmissionWarnings {
	private static final String PREFIX = "vraagbaak export: warning: ";
	private static final int WORDS_NAMED = 5;

	private SubmissionWarnings() {
	}

	static void print(CommandLine line, ParsedDraft parsed, String text, PrintStream err) {
		try (Session session = Session.openForReading(line, err)) {
			if (session == null) {
				err.println(PREFIX + "not checked for already-asked questions and spelling (the data folder cannot be used)");
				return;
			}
			alreadyAsked(session, parsed, err);
			spelling(line, session, text, err);
		} catch (IndexException | IOException e) {
			err.println(PREFIX + "not checked for already-asked questions and spelling: " + e.getMessage());
		}
	}

	private static void alreadyAsked(Session session, ParsedDraft parsed, PrintStream err) throws IndexException {
		AlreadyAsked detector = new AlreadyAsked(session.index(), AlreadyAsked.DEFAULT_THRESHOLD);
		List<AlreadyAsked.Verdict> verdicts = detector.checkDraft(parsed.draft());
		for (int i = 0; i < verdicts.size(); i++) {
			AlreadyAsked.Verdict verdict = verdicts.get(i);
			if (verdict.alreadyAsked() && !verdict.matches().isEmpty()) {
				err.printf("%squestion %d was already asked: %s (confidence %.2f; 'vraagbaak check' says why)%n", PREFIX,
						i + 1, verdict.matches().get(0).hit().provenance(), verdict.confidence());
			}
		}
	}

	private static void spelling(CommandLine line, Session session, String text, PrintStream err) throws IOException {
		Predicate<String> userWords;
		try {
			userWords = UserDictionary.open(line.dataFolder());
		} catch (CorpusReadException e) {
			err.println(PREFIX + "your word list cannot be read: " + e.getMessage());
			userWords = word -> false;
		}
		SpellChecker checker = new SpellChecker(userWords.or(new CorpusVocabulary(session.index())));
		List<String> unknown = DraftSpelling.unknownWords(text, checker);
		if (!unknown.isEmpty()) {
			List<String> named = unknown.stream().limit(WORDS_NAMED).toList();
			err.printf("%s%d word(s) not in the word list: %s%s ('vraagbaak spell' shows where)%n", PREFIX, unknown.size(),
					String.join(", ", named), unknown.size() > named.size() ? ", ..." : "");
		}
	}
}
