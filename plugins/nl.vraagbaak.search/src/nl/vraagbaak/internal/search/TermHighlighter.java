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

/**
 * Finds the words of a text whose analysed form matches the query's terms, so a hit can show why it matched:
 * "vals-positieven" is highlighted for the query "foutmarge" because both carry the same concept.
 */
public final class TermHighlighter {
	/** A matched stretch of text, by character offsets. */
	public record Span(int start, int end) {
	}

	private final Analyzer analyzer;

	public TermHighlighter(Analyzer analyzer) {
		this.analyzer = analyzer;
	}

	/** The analysed terms of a text (concept tokens included), in order of first appearance. */
	public Set<String> terms(String text) {
		Set<String> terms = new LinkedHashSet<>();
		analyse(text, (term, start, end) -> terms.add(term));
		return terms;
	}

	/** The spans of {@code text} whose terms are in {@code wanted}, merged where they touch or overlap. */
	public List<Span> spans(String text, Set<String> wanted) {
		List<Span> spans = new ArrayList<>();
		analyse(text, (term, start, end) -> {
			if (wanted.contains(term) && start < end) {
				if (!spans.isEmpty() && spans.get(spans.size() - 1).end() >= start) {
					Span last = spans.remove(spans.size() - 1);
					spans.add(new Span(last.start(), Math.max(last.end(), end)));
				} else {
					spans.add(new Span(start, end));
				}
			}
		});
		return spans;
	}

	/** The text with matched spans wrapped in the given marks, e.g. "**" and "**". */
	public static String mark(String text, List<Span> spans, String open, String close) {
		StringBuilder out = new StringBuilder();
		int at = 0;
		for (Span s : spans) {
			out.append(text, at, s.start()).append(open).append(text, s.start(), s.end()).append(close);
			at = s.end();
		}
		return out.append(text.substring(at)).toString();
	}

	private interface TokenSink {
		void accept(String term, int start, int end);
	}

	private void analyse(String text, TokenSink sink) {
		if (text == null || text.isEmpty()) {
			return;
		}
		try (TokenStream stream = analyzer.tokenStream(PassageFields.ANSWER, text)) {
			CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
			OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
			stream.reset();
			while (stream.incrementToken()) {
				sink.accept(term.toString(), offset.startOffset(), offset.endOffset());
			}
			stream.end();
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
