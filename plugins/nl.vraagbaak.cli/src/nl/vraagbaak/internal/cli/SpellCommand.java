package nl.vraagbaak.internal.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

import nl.vraagbaak.cli.Cli;
import nl.vraagbaak.core.read.CorpusReadException;
import nl.vraagbaak.core.read.TextFiles;
import nl.vraagbaak.search.CorpusVocabulary;
import nl.vraagbaak.spelling.DraftSpelling;
import nl.vraagbaak.spelling.Misspelling;
import nl.vraagbaak.spelling.SpellChecker;
import nl.vraagbaak.spelling.UserDictionary;

/**
 * {@code vraagbaak spell <draft.kv>...}: the Dutch spelling of drafts, as the editor marks it (the word list, the
 * corpus's words, the user's words); {@code vraagbaak spell --add WORD...} teaches the user's list a word.
 */
public final class SpellCommand implements Command {

	/** The JSON form of one unknown word: where it stands (1-based line and column) and what may be meant. */
	public record UnknownWord(String file, int line, int column, String word, List<String> suggestions) {
	}

	@Override
	public String name() {
		return "spell";
	}

	@Override
	public String usage() {
		return "<draft.kv>... [--json]  |  --add <word>...";
	}

	@Override
	public String summary() {
		return "check the Dutch spelling of drafts, or add words to your own word list";
	}

	@Override
	public Set<String> flags() {
		return Set.of("json", "add");
	}

	@Override
	public int run(CommandLine line, PrintStream out, PrintStream err) throws UsageException {
		if (line.positional().isEmpty()) {
			throw new UsageException(line.flag("add") ? "give the words to add" : "give at least one draft file (.kv)");
		}
		UserDictionary userWords;
		try {
			userWords = UserDictionary.open(line.dataFolder());
		} catch (CorpusReadException e) {
			err.println("vraagbaak spell: your word list cannot be read: " + e.getMessage());
			return Cli.DATA;
		}
		return line.flag("add") ? add(userWords, line.positional(), out, err) : check(line, userWords, out, err);
	}

	private static int add(UserDictionary userWords, List<String> words, PrintStream out, PrintStream err) {
		int failed = 0;
		for (String word : words) {
			try {
				userWords.add(word);
				out.println("added " + word.strip() + " to " + userWords.file());
			} catch (IllegalArgumentException | IOException e) {
				err.println("vraagbaak spell: " + e.getMessage());
				failed++;
			}
		}
		return failed == 0 ? Cli.OK : Cli.PARTIAL;
	}

	private int check(CommandLine line, UserDictionary userWords, PrintStream out, PrintStream err) {
		try (Session session = Session.openForReading(line, err)) {
			if (session == null) {
				return Cli.DATA;
			}
			Predicate<String> corpusWords = new CorpusVocabulary(session.index());
			SpellChecker checker = new SpellChecker(userWords.or(corpusWords));
			List<UnknownWord> unknown = new ArrayList<>();
			boolean allRead = true;
			for (String name : line.positional()) {
				try {
					unknown.addAll(check(Path.of(name), checker));
				} catch (CorpusReadException e) {
					err.println("vraagbaak spell: " + e.getMessage());
					allRead = false;
				}
			}
			if (line.flag("json")) {
				Json.print(out, unknown);
			} else {
				unknown.forEach(u -> out.printf("%s:%d:%d: spelling: \"%s\" is not in the word list%s%n", u.file(), u.line(),
						u.column(), u.word(), u.suggestions().isEmpty() ? "" : "; perhaps: " + String.join(", ", u.suggestions())));
				out.printf("%d unknown word(s)%n", unknown.size());
			}
			return allRead ? Cli.OK : Cli.PARTIAL;
		} catch (IOException e) {
			err.println("vraagbaak spell: " + e.getMessage());
			return Cli.DATA;
		}
	}

	private static List<UnknownWord> check(Path file, SpellChecker checker) throws CorpusReadException {
		String text = TextFiles.readUtf8(file);
		List<UnknownWord> unknown = new ArrayList<>();
		for (Misspelling m : DraftSpelling.check(text, checker)) {
			int lineStart = text.lastIndexOf('\n', m.offset() - 1) + 1;
			int lineNumber = (int) text.substring(0, m.offset()).chars().filter(c -> c == '\n').count() + 1;
			unknown.add(new UnknownWord(file.toString(), lineNumber, m.offset() - lineStart + 1, m.word(),
					checker.suggestions(m.word())));
		}
		return unknown;
	}
}
