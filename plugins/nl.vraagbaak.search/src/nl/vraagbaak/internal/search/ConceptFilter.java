package nl.vraagbaak.internal.search;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.apache.lucene.analysis.CharArrayMap;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionLengthAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import org.apache.lucene.util.AttributeSource;

/**
 * Adds the concept token of a synonym group ("§1") over every spelling of the group found in the text, keeping the
 * words themselves: the concept stands at the spelling's first word and spans all its words (position length), as
 * Lucene's SynonymGraphFilter followed by FlattenGraphFilter placed it. Spellings are matched greedily, longest
 * first, left to right, and never inside an earlier match.
 *
 * <p>Why not SynonymGraphFilter: our groups only ever add one token over a linear span, so no graph is needed, and
 * the graph filter with its flattening was a fifth of indexing time (JFR on the benchmark). Here a word that starts
 * no spelling, nearly every word, costs one hash lookup.
 */
final class ConceptFilter extends TokenFilter {

	/** One spelling: its words (as the chain before this filter makes them) and its group's concept token. */
	private record Spelling(String[] words, String concept) {
	}

	/** The spellings of every group, by their first word. */
	static final class Concepts {
		/** Looked up with the term's own chars: no String per token on the path nearly every token takes. */
		private final CharArrayMap<List<Spelling>> byFirstWord = new CharArrayMap<>(64, false);

		void add(List<String> words, String concept) {
			if (words.isEmpty()) {
				throw new IllegalArgumentException("an empty spelling in the group of " + concept);
			}
			List<Spelling> spellings = byFirstWord.computeIfAbsent(words.get(0), w -> new ArrayList<>());
			spellings.add(new Spelling(words.toArray(String[]::new), concept));
			spellings.sort(Comparator.comparingInt((Spelling s) -> s.words().length).reversed());
		}
	}

	/** The type of a one-word concept inside a longer spelling, which Lucene's synonym filter would not give. */
	static final String INNER_SYNONYM = "INNER_SYNONYM";

	private final Concepts concepts;
	private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
	private final PositionIncrementAttribute increment = addAttribute(PositionIncrementAttribute.class);
	private final PositionLengthAttribute length = addAttribute(PositionLengthAttribute.class);
	private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
	private final TypeAttribute type = addAttribute(TypeAttribute.class);

	/** Tokens read ahead to see whether a spelling continues; each with its term for matching. */
	private final ArrayDeque<Buffered> ahead = new ArrayDeque<>();
	/** Tokens of a match waiting to be returned. */
	private final ArrayDeque<AttributeSource.State> pending = new ArrayDeque<>();
	private boolean exhausted;

	private record Buffered(AttributeSource.State state, String term) {
	}

	ConceptFilter(TokenStream input, Concepts concepts) {
		super(input);
		this.concepts = concepts;
	}

	@Override
	public boolean incrementToken() throws IOException {
		if (!pending.isEmpty()) {
			restoreState(pending.poll());
			return true;
		}
		if (!nextToken()) {
			return false;
		}
		List<Spelling> candidates = concepts.byFirstWord.get(term.buffer(), 0, term.length());
		if (candidates == null) {
			return true; // nearly every word: no spelling starts here
		}
		AttributeSource.State first = captureState();
		fillAhead(candidates.get(0).words().length - 1); // the longest spelling first
		for (Spelling spelling : candidates) {
			if (matches(spelling)) {
				emitMatch(first, spelling);
				return true;
			}
		}
		restoreState(first);
		return true;
	}

	private boolean matches(Spelling spelling) {
		String[] words = spelling.words();
		if (words.length - 1 > ahead.size()) {
			return false;
		}
		int i = 1;
		for (Buffered next : ahead) {
			if (i == words.length) {
				break;
			}
			if (!next.term().equals(words[i++])) {
				return false;
			}
		}
		return true;
	}

	/**
	 * The concept over the span, then the span's own words, the first at the concept's position, each followed by
	 * the concept it has on its own: "advies ingewonnen" is "consulted" as a whole and "advice" in its first word,
	 * so a draft asking what was advised still finds it. (Lucene's synonym filter drops the inner concept.)
	 */
	private void emitMatch(AttributeSource.State first, Spelling spelling) {
		restoreState(first);
		int end = offset.endOffset();
		for (int i = 1; i < spelling.words().length; i++) {
			Buffered word = ahead.poll();
			restoreState(word.state());
			end = offset.endOffset();
			pending.add(word.state());
			AttributeSource.State inner = innerConcept(word.state(), spelling);
			if (inner != null) {
				pending.add(inner);
			}
		}
		restoreState(first);
		increment.setPositionIncrement(0);
		AttributeSource.State firstWord = captureState();
		AttributeSource.State firstInner = innerConcept(firstWord, spelling);
		if (firstInner != null) {
			pending.addFirst(firstInner);
		}
		pending.addFirst(firstWord);
		restoreState(first);
		int start = offset.startOffset();
		term.setEmpty().append(spelling.concept());
		offset.setOffset(start, end);
		length.setPositionLength(spelling.words().length);
		type.setType("SYNONYM");
	}

	/** The concept of a one-word spelling of the word from another group, at the word's position; or null. */
	private AttributeSource.State innerConcept(AttributeSource.State word, Spelling outer) {
		restoreState(word);
		List<Spelling> own = concepts.byFirstWord.get(term.buffer(), 0, term.length());
		if (own == null) {
			return null;
		}
		for (Spelling spelling : own) {
			if (spelling.words().length == 1 && !spelling.concept().equals(outer.concept())) {
				term.setEmpty().append(spelling.concept());
				increment.setPositionIncrement(0);
				type.setType(INNER_SYNONYM);
				return captureState();
			}
		}
		return null;
	}

	/** Puts the next token in the attributes: from the tokens read ahead, else from the input. */
	private boolean nextToken() throws IOException {
		if (!ahead.isEmpty()) {
			restoreState(ahead.poll().state());
			return true;
		}
		if (exhausted || !input.incrementToken()) {
			exhausted = true;
			return false;
		}
		return true;
	}

	private void fillAhead(int wanted) throws IOException {
		while (ahead.size() < wanted && !exhausted) {
			if (input.incrementToken()) {
				ahead.add(new Buffered(captureState(), term.toString()));
			} else {
				exhausted = true;
			}
		}
	}

	@Override
	public void reset() throws IOException {
		super.reset();
		ahead.clear();
		pending.clear();
		exhausted = false;
	}
}
