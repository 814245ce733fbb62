package nl.vraagbaak.internal.search;

import java.util.Arrays;
import java.util.Collection;

import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.compound.CompoundWordTokenFilterBase;

/**
 * Compound splitting against the committed word parts, with the output of Lucene's
 * DictionaryCompoundWordTokenFilter (longest part at each start, parts of 4 to 15 letters, words of 6 letters or
 * more) but for parts inside a word, which are left out ({@link #isHead}). The parts are found by walking a trie
 * instead of looking up every substring of every word: the lookups were a sixth of indexing time (measured with
 * JFR on the benchmark); the walk stops at the first letter no part continues with.
 */
final class WordPartSplitter extends CompoundWordTokenFilterBase {
	static final int MIN_WORD = 6;
	static final int MIN_PART = 4;
	static final int MAX_PART = 15;

	private final Trie parts;

	WordPartSplitter(TokenStream input, Trie parts, CharArraySet partSet) {
		super(input, partSet, MIN_WORD, MIN_PART, MAX_PART, true);
		this.parts = parts;
	}

	@Override
	protected void decompose() {
		char[] buffer = termAtt.buffer();
		int length = termAtt.length();
		for (int start = 0; start <= length - MIN_PART; start++) {
			int longest = parts.longestPart(buffer, start, length);
			if (longest > 0 && (start == 0 || isHead(buffer, start + longest, length))) {
				tokens.add(new CompoundToken(start, longest));
			}
		}
	}

	/**
	 * Whether a part ending at {@code end} ends the word, but for an inflection: Dutch compounds put their head
	 * last ("detectiebevel"), so a part in the middle of a word is usually a false find ("aanbevelingen" is no
	 * "bevel"). Lucene's DictionaryCompoundWordTokenFilter takes every part it finds; this is where we differ.
	 */
	static boolean isHead(char[] word, int end, int length) {
		switch (length - end) {
		case 0:
			return true;
		case 1:
			return word[end] == 's' || word[end] == 'e' || word[end] == 'n';
		case 2:
			return word[end] == 'e' && (word[end + 1] == 'n' || word[end + 1] == 's');
		default:
			return false;
		}
	}

	/** The word parts as a trie over the letters a to z (the parts are folded lower-case words). */
	static final class Trie {
		private static final int LETTERS = 26;
		private int[][] children = new int[16][];
		private boolean[] terminal = new boolean[16];
		private int nodes = 1;

		static Trie of(Collection<String> words) {
			Trie trie = new Trie();
			for (String word : words) {
				trie.add(word);
			}
			return trie;
		}

		private void add(String word) {
			if (word.length() < MIN_PART || word.length() > MAX_PART || !word.chars().allMatch(c -> c >= 'a' && c <= 'z')) {
				throw new IllegalArgumentException("a word part must be 4 to 15 letters a-z: \"" + word + "\"");
			}
			int node = 0;
			for (int i = 0; i < word.length(); i++) {
				if (children[node] == null) {
					children[node] = new int[LETTERS];
				}
				int letter = word.charAt(i) - 'a';
				if (children[node][letter] == 0) {
					children[node][letter] = newNode();
				}
				node = children[node][letter];
			}
			terminal[node] = true;
		}

		private int newNode() {
			if (nodes == terminal.length) {
				children = Arrays.copyOf(children, nodes * 2);
				terminal = Arrays.copyOf(terminal, nodes * 2);
			}
			return nodes++;
		}

		/** The length of the longest part that starts at {@code start} and ends by {@code end}, or 0. */
		int longestPart(char[] text, int start, int end) {
			int node = 0;
			int longest = 0;
			int limit = Math.min(end, start + MAX_PART);
			for (int i = start; i < limit; i++) {
				int letter = text[i] - 'a';
				if (letter < 0 || letter >= LETTERS || children[node] == null || children[node][letter] == 0) {
					break;
				}
				node = children[node][letter];
				if (terminal[node] && i + 1 - start >= MIN_PART) {
					longest = i + 1 - start;
				}
			}
			return longest;
		}
	}
}
