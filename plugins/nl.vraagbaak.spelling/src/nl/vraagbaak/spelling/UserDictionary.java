package nl.vraagbaak.spelling;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.regex.Pattern;

import nl.vraagbaak.core.read.CorpusReadException;
import nl.vraagbaak.core.read.TextFiles;
import nl.vraagbaak.core.store.AtomicFiles;

/**
 * The words a user taught the spelling check ("Toevoegen aan woordenlijst", {@code vraagbaak spell --add}): one word
 * per line in {@code <data folder>/dictionary.txt}, UTF-8, lines starting with "#" are comments. A word added in
 * lower case is also known with a capital, at the start of a sentence.
 */
public final class UserDictionary implements Predicate<String> {
	public static final String FILE_NAME = "dictionary.txt";
	private static final Pattern ONE_WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}\\p{M}'’.\\-]*");

	private final Path file;
	private final Set<String> words = new TreeSet<>();

	private UserDictionary(Path file) {
		this.file = file;
	}

	/** @throws CorpusReadException when the file is there but is not UTF-8 text (naming the file and line) */
	public static UserDictionary open(Path dataFolder) throws CorpusReadException {
		UserDictionary dictionary = new UserDictionary(dataFolder.resolve(FILE_NAME));
		if (Files.isRegularFile(dictionary.file)) {
			for (String line : TextFiles.readUtf8(dictionary.file).split("\\R")) {
				String word = line.strip();
				if (!word.isEmpty() && !word.startsWith("#")) {
					dictionary.words.add(word);
				}
			}
		}
		return dictionary;
	}

	@Override
	public synchronized boolean test(String word) {
		return lists(words, word);
	}

	/**
	 * Whether a list of words (this one, a draft's "% woorden: ...") holds a word: as written, or in lower case when
	 * the word has a capital only because it opens a sentence. A name listed with its capital is not known in lower
	 * case.
	 */
	static boolean lists(Collection<String> list, String word) {
		return list.contains(word) || list.contains(word.toLowerCase(Locale.ROOT));
	}

	public synchronized Set<String> words() {
		return Set.copyOf(words);
	}

	public Path file() {
		return file;
	}

	/**
	 * Adds a word and writes the list (to a temporary file, then moved into place: a crash never loses the list).
	 *
	 * @throws IllegalArgumentException when it is not one word
	 */
	public synchronized void add(String word) throws IOException {
		String w = word.strip();
		if (!ONE_WORD.matcher(w).matches()) {
			throw new IllegalArgumentException("not one word: \"" + word + "\" / geen los woord: \"" + word + "\"");
		}
		if (words.contains(w)) {
			return;
		}
		Set<String> updated = new TreeSet<>(words);
		updated.add(w);
		Files.createDirectories(file.getParent());
		StringBuilder text = new StringBuilder("# Vraagbaak: words added to the spelling check, one per line\n");
		updated.forEach(each -> text.append(each).append('\n'));
		AtomicFiles.writeString(file, text);
		words.add(w); // known only once it is on disk
	}
}
