package nl.vraagbaak.internal.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.compound.DictionaryCompoundWordTokenFilter;
import org.apache.lucene.analysis.core.FlattenGraphFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionLengthAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import org.apache.lucene.util.CharsRef;
import org.apache.lucene.util.CharsRefBuilder;
import org.junit.jupiter.api.Test;

import nl.vraagbaak.core.CorpusDocument;
import nl.vraagbaak.core.Passage;
import nl.vraagbaak.core.read.CsvReader;

/**
 * ConceptFilter and WordPartSplitter replace Lucene's SynonymGraphFilter + FlattenGraphFilter and
 * DictionaryCompoundWordTokenFilter for speed; on every question and answer of the 2,033 real Kamervragen they
 * must give exactly the tokens, positions, position lengths and offsets Lucene's filters give with the same lists,
 * apart from the one-word concepts inside longer spellings that ConceptFilter adds on purpose and the parts inside
 * a word that WordPartSplitter leaves out on purpose.
 */
class LuceneFiltersEquivalenceTest {

	@Test
	void conceptsAndWordPartsMatchLucenesFiltersOnRealQuestionsAndAnswers() throws Exception {
		SynonymMap synonyms = luceneSynonyms();
		CharArraySet parts = new CharArraySet(DutchAnalysis.lines("compound-parts.txt"), false);
		UnaryOperator<TokenStream> lucene = folded -> new DictionaryCompoundWordTokenFilter(
				new FlattenGraphFilter(new SynonymGraphFilter(folded, synonyms, true)), parts, 6, 4, 15, true);
		UnaryOperator<TokenStream> ours = folded -> DutchAnalysis.wordParts(DutchAnalysis.concepts(folded));

		CorpusDocument csv = new CsvReader().read(Path.of(System.getProperty("vraagbaak.fixtures"), "kamervragen-sample.csv"));
		int texts = 0;
		int concepts = 0;
		for (Passage passage : csv.passages()) {
			for (String text : new String[] { passage.question(), passage.answer() }) {
				if (text == null) {
					continue;
				}
				List<String> expected = tokens(lucene, text);
				assertEquals(expected, tokens(ours, text), () -> "passage " + passage.number() + ": " + text);
				concepts += (int) expected.stream().filter(t -> t.startsWith("§")).count();
				texts++;
			}
		}
		assertTrue(texts > 4000, "questions and answers compared: " + texts);
		assertTrue(concepts > 200, "the texts exercise the synonym groups: " + concepts + " concept tokens");
		assertTrue(inner > 0, "the texts have one-word concepts inside longer spellings");
	}

	/** The synonym map the chain used to build from synonyms.txt: every spelling also yields its group's "§n". */
	private static SynonymMap luceneSynonyms() throws IOException {
		try (Analyzer plain = new DutchAnalysis.PlainAnalyzer()) {
			SynonymMap.Parser parser = new SynonymMap.Parser(true, plain) {
				@Override
				public void parse(java.io.Reader in) {
					throw new UnsupportedOperationException();
				}
			};
			int group = 1;
			for (String line : DutchAnalysis.lines("synonyms.txt")) {
				CharsRef concept = new CharsRef("§" + group++);
				for (String spelling : line.split("\\s*,\\s*")) {
					parser.add(parser.analyze(spelling.trim(), new CharsRefBuilder()), concept, true);
				}
			}
			return parser.build();
		}
	}

	/** Whether a part of the word starts it or ends it (but for an inflection), as WordPartSplitter requires. */
	private static boolean isEdgePart(String word, String part) {
		if (word.startsWith(part)) {
			return true;
		}
		int end = word.lastIndexOf(part) + part.length();
		return word.contains(part) && WordPartSplitter.isHead(word.toCharArray(), end, word.length());
	}

	/** Inner concepts our filter added and Lucene's does not give; counted so the test shows they occur. */
	private static int inner;

	/** "term@position+length[start,end]" for every token, positions counted from 0. */
	private static List<String> tokens(UnaryOperator<TokenStream> chain, String text) throws IOException {
		Tokenizer source = new StandardTokenizer();
		source.setReader(new StringReader(text));
		List<String> out = new ArrayList<>();
		try (TokenStream stream = chain.apply(DutchAnalysis.fold(source))) {
			CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
			PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
			PositionLengthAttribute length = stream.addAttribute(PositionLengthAttribute.class);
			OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
			TypeAttribute type = stream.addAttribute(TypeAttribute.class);
			stream.reset();
			int position = -1;
			String word = "";
			while (stream.incrementToken()) {
				position += increment.getPositionIncrement();
				if (ConceptFilter.INNER_SYNONYM.equals(type.type())) {
					inner++;
					continue; // ours only: the one-word concept inside a longer spelling (ConceptFilter)
				}
				String token = term.toString();
				if (increment.getPositionIncrement() > 0) {
					word = token;
				} else if (!token.startsWith("§") && !isEdgePart(word, token)) {
					continue; // Lucene's only: a part inside a word, which WordPartSplitter leaves out on purpose
				}
				out.add(term + "@" + position + "+" + length.getPositionLength() + "[" + offset.startOffset() + ","
						+ offset.endOffset() + "]");
			}
			stream.end();
		}
		return out;
	}
}
