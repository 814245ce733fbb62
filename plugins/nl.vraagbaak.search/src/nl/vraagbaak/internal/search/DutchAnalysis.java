package nl.vraagbaak.internal.search;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.compound.DictionaryCompoundWordTokenFilter;
import org.apache.lucene.analysis.core.FlattenGraphFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.PatternKeywordMarkerFilter;
import org.apache.lucene.analysis.nl.DutchAnalyzer;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.apache.lucene.util.CharsRef;
import org.apache.lucene.util.CharsRefBuilder;

/**
 * The Dutch analysis chain, built explicitly (never looked up by SPI name):
 * <ol>
 * <li>StandardTokenizer splits on hyphens, so "fout-positieven" and "fout positieven" give the same tokens;</li>
 * <li>lower-casing and diacritic folding ("geïnformeerd" = "geinformeerd");</li>
 * <li>the reviewed domain synonyms: every spelling of a concept also yields one concept token ("§1" for the AIVD group), so
 * "AIVD" finds "inlichtingendienst" and "foutmarge" finds "vals-positieven"; synonyms run before stop words,
 * so multi-word spellings with "van" or "en" still match;</li>
 * <li>Dutch stop words;</li>
 * <li>compound splitting against a small committed list of domain word parts (detectiebevel = detectie + bevel),
 * longest match only, so that the parts are stemmed like standalone words;</li>
 * <li>Snowball Dutch stemming, then {@link DutchVerbForms} for the verb forms Snowball leaves apart (concept
 * tokens, "§1" ... "§99", are kept as they are).</li>
 * </ol>
 * The same chain indexes and searches. Its {@link #ID} is stored beside the index: change the chain or its word
 * lists, change the id, and existing indexes rebuild themselves.
 */
public final class DutchAnalysis extends Analyzer {
	/** Bump when anything in the chain, the synonyms or the word parts changes. */
	public static final String ID = "vraagbaak-dutch-8";
	private static final String CONCEPT_PREFIX = "§";
	private static final Pattern CONCEPT = Pattern.compile("§\\d{1,2}");

	private static final SynonymMap SYNONYMS = loadSynonyms();
	private static final CharArraySet WORD_PARTS = loadWordParts();
	private static final CharArraySet STOP_WORDS = stopWords();

	@Override
	protected TokenStreamComponents createComponents(String fieldName) {
		Tokenizer source = new StandardTokenizer();
		TokenStream stream = fold(source);
		stream = new SynonymGraphFilter(stream, SYNONYMS, true);
		stream = new FlattenGraphFilter(stream);
		stream = new StopFilter(stream, STOP_WORDS);
		stream = new PatternKeywordMarkerFilter(stream, CONCEPT);
		stream = new DictionaryCompoundWordTokenFilter(stream, WORD_PARTS, 6, 4, 15, true);
		stream = new CachedDutchStemmer(stream);
		stream = new DutchVerbForms(stream);
		return new TokenStreamComponents(source, stream);
	}

	@Override
	protected TokenStream normalize(String fieldName, TokenStream in) {
		return fold(in);
	}

	private static TokenStream fold(TokenStream in) {
		return new ASCIIFoldingFilter(new LowerCaseFilter(in));
	}

	/** The chain before synonyms: how synonym entries themselves are tokenised. */
	private static final class PlainAnalyzer extends Analyzer {
		@Override
		protected TokenStreamComponents createComponents(String fieldName) {
			Tokenizer source = new StandardTokenizer();
			return new TokenStreamComponents(source, fold(source));
		}
	}

	private static SynonymMap loadSynonyms() {
		try (Analyzer plain = new PlainAnalyzer()) {
			ConceptParser parser = new ConceptParser(plain);
			parser.addGroups(lines("synonyms.txt"));
			return parser.build();
		} catch (IOException e) {
			throw new UncheckedIOException("the bundled synonyms.txt cannot be read", e);
		} catch (IllegalArgumentException e) {
			throw new IllegalStateException("the bundled synonyms.txt has an entry the analyzer cannot use: " + e.getMessage(), e);
		}
	}

	/** Each line a group of spellings; every spelling maps to the group's concept token and is kept itself. */
	private static final class ConceptParser extends SynonymMap.Parser {
		ConceptParser(Analyzer analyzer) {
			super(true, analyzer);
		}

		void addGroups(List<String> groups) throws IOException {
			if (groups.size() > 99) {
				throw new IllegalArgumentException("more than 99 synonym groups: concept tokens would reach the compound "
						+ "filter's minimum word length and be split");
			}
			int group = 1;
			for (String line : groups) {
				List<String> spellings = List.of(line.split("\\s*,\\s*"));
				// "§12": never produced by the tokenizer, and shorter than the compound filter's minimum word length, so never split into parts
				CharsRef concept = new CharsRef(CONCEPT_PREFIX + group++);
				for (String spelling : spellings) {
					add(analyze(spelling.trim(), new CharsRefBuilder()), concept, true);
				}
			}
		}

		@Override
		public void parse(Reader in) throws IOException {
			addGroups(new BufferedReader(in).lines().map(String::trim).filter(l -> !l.isEmpty() && !l.startsWith("#"))
					.toList());
		}
	}

	private static CharArraySet loadWordParts() {
		return new CharArraySet(lines("compound-parts.txt"), false);
	}

	private static CharArraySet stopWords() {
		CharArraySet stop = new CharArraySet(DutchAnalyzer.getDefaultStopSet(), false);
		// the words every written question starts with carry no subject
		stop.addAll(List.of("kunt", "bent", "heeft", "hebt", "wilt", "zult", "bereid", "u", "uw", "welke", "wat",
				"hoe", "waarom", "wanneer", "klopt", "zo", "ja", "nee", "niet", "ermee", "hiervan", "daarvan"));
		return CharArraySet.unmodifiableSet(stop);
	}

	/** Non-blank, non-comment lines of a bundled list. */
	static List<String> lines(String resource) {
		try (InputStream in = DutchAnalysis.class.getResourceAsStream(resource)) {
			if (in == null) {
				throw new IllegalStateException("missing bundled resource " + resource);
			}
			try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
				return new BufferedReader(reader).lines().map(String::trim)
						.filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
			}
		} catch (IOException e) {
			throw new UncheckedIOException("cannot read bundled " + resource, e);
		}
	}

	/** True for the concept tokens the synonym step adds; explanations show spellings, not these. */
	public static boolean isConcept(String term) {
		return CONCEPT.matcher(term).matches();
	}
}
