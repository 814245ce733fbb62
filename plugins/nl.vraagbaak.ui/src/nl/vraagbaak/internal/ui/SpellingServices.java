package nl.vraagbaak.internal.ui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.Predicate;

import org.eclipse.core.runtime.ILog;
import org.eclipse.osgi.util.NLS;

import nl.vraagbaak.core.read.CorpusReadException;
import nl.vraagbaak.spelling.QueryCorrection;
import nl.vraagbaak.spelling.SpellChecker;
import nl.vraagbaak.spelling.UserDictionary;
import nl.vraagbaak.ui.VraagbaakUi;

/**
 * The workbench's spelling check, shared by every draft editor: the word list, the corpus's words and the user's
 * own list ({@code <data folder>/dictionary.txt}, the one {@code vraagbaak spell --add} writes). A word the user
 * adds is told to every open draft, which takes its marks off at once.
 */
public final class SpellingServices {
	private static final List<Consumer<String>> WORD_ADDED = new CopyOnWriteArrayList<>();

	private static SpellChecker checker;
	private static CorpusServices checkerCorpus;
	private static FileTime checkerUserWordsStamp;
	private static UserDictionary userWords;
	/** Why the user's list could not be read; then nothing may be added, or the list would be written over. */
	private static String userWordsProblem;

	private SpellingServices() {
	}

	/**
	 * The checker, made on first use off the display thread (reading the word list takes about a second), and made
	 * again when the user's list changed on disk ({@code vraagbaak spell --add} while the workbench runs, or edited).
	 */
	public static synchronized SpellChecker checker(CorpusServices corpus) throws IOException {
		FileTime stamp = userWordsStamp();
		if (checker == null || checkerCorpus != corpus || !Objects.equals(stamp, checkerUserWordsStamp)) {
			Predicate<String> user = readUserWords();
			checker = new SpellChecker(user.or(corpus.vocabulary()));
			checkerCorpus = corpus;
			checkerUserWordsStamp = stamp;
		}
		return checker;
	}

	/**
	 * A search's slips corrected to words the corpus uses ("Bedoelde u ...?"), or empty; the word list is read only
	 * when a word of the text is unknown to the corpus.
	 */
	public static Optional<QueryCorrection.Correction> correction(CorpusServices corpus, String text) throws IOException {
		return QueryCorrection.of(text, corpus.vocabulary(), () -> checker(corpus));
	}

	/** When the user's list was last written; null when there is none. */
	private static FileTime userWordsStamp() {
		try {
			return Files.getLastModifiedTime(VraagbaakUi.dataFolder().resolve(UserDictionary.FILE_NAME));
		} catch (IOException e) {
			return null;
		}
	}

	private static Predicate<String> readUserWords() {
		try {
			userWords = UserDictionary.open(VraagbaakUi.dataFolder());
			userWordsProblem = null;
			return userWords;
		} catch (CorpusReadException e) {
			userWords = null;
			userWordsProblem = e.getMessage();
			ILog.of(SpellingServices.class).error(NLS.bind(Messages.Spelling_userWordsUnreadable, e.getMessage()), e);
			return word -> false;
		}
	}

	/** Adds a word to the user's list and tells the open drafts. */
	static void add(String word) throws IOException {
		synchronized (SpellingServices.class) {
			if (userWords == null) {
				throw new IOException(NLS.bind(Messages.Spelling_userWordsUnreadable,
						userWordsProblem == null ? VraagbaakUi.dataFolder().resolve(UserDictionary.FILE_NAME) : userWordsProblem));
			}
			userWords.add(word);
			// the checker knows the list as it is on disk now: a later change there is someone else's
			checkerUserWordsStamp = userWordsStamp();
		}
		WORD_ADDED.forEach(listener -> listener.accept(word));
	}

	static void addWordListener(Consumer<String> listener) {
		WORD_ADDED.add(listener);
	}

	static void removeWordListener(Consumer<String> listener) {
		WORD_ADDED.remove(listener);
	}
}
