package nl.vraagbaak.internal.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionLengthAttribute;

/**
 * The content words of a text by position, each with every term the analysis gives it: the stem, compound parts,
 * and the concept of a synonym that starts there (which also covers the following words of a multi-word
 * spelling). Detection weighs positions, not terms, so that saying a thing in other words costs nothing.
 */
public final class WordPositions {

	/**
	 * One word position: its terms, the surface word and where it starts in the text, and the concept of a
	 * multi-word spelling that starts here with the number of positions it covers (null and 1 when none does).
	 */
	public record Position(Set<String> terms, String word, int start, String spanning, int span) {
	}

	private WordPositions() {
	}

	public static List<Position> of(Analyzer analyzer, String field, String text) {
		List<Set<String>> terms = new ArrayList<>();
		List<String> words = new ArrayList<>();
		List<Integer> starts = new ArrayList<>();
		List<Integer> spans = new ArrayList<>();
		List<String> spanning = new ArrayList<>();
		// where each word sits in the token stream, which still counts the stop words taken out
		List<Integer> streamPositions = new ArrayList<>();
		int streamPosition = -1;
		try (TokenStream stream = analyzer.tokenStream(field, text)) {
			CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
			OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
			PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
			PositionLengthAttribute length = stream.addAttribute(PositionLengthAttribute.class);
			stream.reset();
			while (stream.incrementToken()) {
				streamPosition += increment.getPositionIncrement();
				if (increment.getPositionIncrement() > 0 || terms.isEmpty()) {
					streamPositions.add(streamPosition);
					terms.add(new LinkedHashSet<>());
					words.add(text.substring(offset.startOffset(), offset.endOffset()));
					starts.add(offset.startOffset());
					spans.add(1);
					spanning.add(null);
				}
				int at = terms.size() - 1;
				terms.get(at).add(term.toString());
				if (DutchAnalysis.isConcept(term.toString()) && length.getPositionLength() > spans.get(at)) {
					spans.set(at, length.getPositionLength());
					spanning.set(at, term.toString());
				}
			}
			stream.end();
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		List<Position> positions = new ArrayList<>();
		for (int i = 0; i < terms.size(); i++) {
			positions.add(new Position(terms.get(i), words.get(i), starts.get(i), spanning.get(i),
					wordsCovered(streamPositions, i, spans.get(i))));
		}
		return positions;
	}

	/**
	 * How many of the kept words, from word {@code at} on, a concept over {@code length} stream positions covers:
	 * "zich onthouden van stemming" is four positions long but keeps two words after its concept once "zich" and
	 * "van" are taken out as stop words, and must not reach the words that follow it.
	 */
	private static int wordsCovered(List<Integer> streamPositions, int at, int length) {
		int end = streamPositions.get(at) + length;
		int covered = 1;
		while (at + covered < streamPositions.size() && streamPositions.get(at + covered) < end) {
			covered++;
		}
		return covered;
	}

	/** Every term of a text, for the side that is compared against. */
	public static Set<String> termSet(Analyzer analyzer, String field, String text) {
		Set<String> all = new LinkedHashSet<>();
		of(analyzer, field, text).forEach(p -> all.addAll(p.terms()));
		return all;
	}
}
