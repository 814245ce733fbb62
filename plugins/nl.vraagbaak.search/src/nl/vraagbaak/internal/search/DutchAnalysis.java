package nl.vraagbaak.internal.search;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.KeywordMarkerFilter;
import org.apache.lucene.analysis.nl.DutchAnalyzer;
import org.apache.lucene.analysis.pattern.PatternReplaceCharFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * The Dutch analysis chain, built explicitly (never looked up by SPI name):
 * <ol>
 * <li>StandardTokenizer splits on hyphens, so "fout-positieven" and "fout positieven" give the same tokens; a
 * place name with "Nieuw-" or "Den" is joined again ({@link PlaceNamePrefixes}: Nieuw-Zeeland is not Zeeland, Den
 * Helder not "helder");</li>
 * <li>lower-casing and diacritic folding ("geïnformeerd" = "geinformeerd");</li>
 * <li>the reviewed domain synonyms ({@link ConceptFilter}): every spelling of a concept also yields one concept token ("§1" for the AIVD group), so
 * "AIVD" finds "inlichtingendienst" and "foutmarge" finds "vals-positieven"; synonyms run before stop words,
 * so multi-word spellings with "van" or "en" still match;</li>
 * <li>Dutch stop words;</li>
 * <li>compound splitting ({@link WordPartSplitter}) against a small committed list of domain word parts
 * (detectiebevel = detectie + bevel), longest match only, so that the parts are stemmed like standalone words;</li>
 * <li>{@link StrongVerbForms}: past forms of strong verbs replaced by their infinitive (gekozen = kiezen);</li>
 * <li>{@link SeparableParticiples}: the "ge" after a separable verb's particle dropped (ingediend = indiend);</li>
 * <li>Snowball Dutch stemming, then {@link DutchVerbForms} for the verb forms Snowball leaves apart (concept
 * tokens, "§1" ... "§99", are kept as they are).</li>
 * </ol>
 * The same chain indexes and searches. Its {@link #ID} is stored beside the index: change the chain or its word
 * lists, change the id, and existing indexes rebuild themselves.
 */
public final class DutchAnalysis extends Analyzer {
	/** Bump when anything in the chain, the synonyms or the word parts changes. */
	public static final String ID = "vraagbaak-dutch-20";
	private static final String CONCEPT_PREFIX = "§";
	private static final Pattern CONCEPT = Pattern.compile("§\\d{1,2}");

	/**
	 * The prepositions that join "er", "hier", "daar" and "waar" into pronominal adverbs (ervoor, daarmee,
	 * waarbij): they point back to something said elsewhere and say nothing of the subject themselves.
	 */
	private static final List<String> PRONOMINAL_PREPOSITIONS = List.of("aan", "achter", "af", "bij", "binnen",
			"boven", "buiten", "door", "in", "langs", "mee", "na", "naar", "naast", "om", "omheen", "onder", "op",
			"over", "tegen", "toe", "tussen", "uit", "van", "vandaan", "voor", "zonder");

	private static final ConceptFilter.Concepts CONCEPTS = loadConcepts();
	private static final CharArraySet WORD_PARTS = loadWordParts();
	private static final WordPartSplitter.Trie WORD_PART_TRIE = WordPartSplitter.Trie.of(lines("compound-parts.txt"));
	private static final CharArraySet STOP_WORDS = stopWords();
	private static final StrongVerbForms.Forms STRONG_VERBS = StrongVerbForms.forms(lines("strong-verbs.txt"));

	/**
	 * A footnote reference ("bericht?[1]", "bericht?[1 ]" as the CSV writes it) is not a word: read as "1", it made
	 * two questions that both cite a source share a word.
	 */
	private static final Pattern FOOTNOTE_REFERENCE = Pattern.compile("\\[\\s*\\d{1,3}\\s*\\]");

	@Override
	protected Reader initReader(String fieldName, Reader reader) {
		return new PatternReplaceCharFilter(FOOTNOTE_REFERENCE, " ", reader);
	}

	@Override
	protected TokenStreamComponents createComponents(String fieldName) {
		Tokenizer source = new StandardTokenizer();
		TokenStream stream = fold(new PlaceNamePrefixes(source));
		stream = new StopFilter(concepts(stream), STOP_WORDS);
		stream = wordParts(new ConceptKeywords(stream));
		stream = new StrongVerbForms(stream, STRONG_VERBS);
		stream = new CachedDutchStemmer(new SeparableParticiples(stream));
		stream = new DutchVerbForms(stream);
		return new TokenStreamComponents(source, stream);
	}

	/** The synonym step alone, on folded tokens (package-visible so a test can hold it against Lucene's filters). */
	static TokenStream concepts(TokenStream folded) {
		return new ConceptFilter(folded, CONCEPTS);
	}

	/** The compound step alone. */
	static TokenStream wordParts(TokenStream in) {
		return new WordPartSplitter(in, WORD_PART_TRIE, WORD_PARTS);
	}

	@Override
	protected TokenStream normalize(String fieldName, TokenStream in) {
		return fold(in);
	}

	static TokenStream fold(TokenStream in) {
		return new ASCIIFoldingFilter(new LowerCaseFilter(in));
	}

	/** The chain before synonyms: how synonym entries themselves are tokenised. */
	static final class PlainAnalyzer extends Analyzer {
		@Override
		protected TokenStreamComponents createComponents(String fieldName) {
			Tokenizer source = new StandardTokenizer();
			return new TokenStreamComponents(source, fold(source));
		}
	}

	/**
	 * Each line of synonyms.txt a group of spellings; every spelling, tokenised like the text it is matched in,
	 * yields the group's concept token "§n": never produced by the tokenizer, and shorter than the compound
	 * splitter's minimum word length, so never split into parts.
	 */
	private static ConceptFilter.Concepts loadConcepts() {
		List<String> groups = lines("synonyms.txt");
		if (groups.size() > 99) {
			throw new IllegalStateException("more than 99 synonym groups: concept tokens would reach the compound "
					+ "splitter's minimum word length and be split");
		}
		ConceptFilter.Concepts concepts = new ConceptFilter.Concepts();
		try (Analyzer plain = new PlainAnalyzer()) {
			for (int group = 1; group <= groups.size(); group++) {
				for (String spelling : groups.get(group - 1).split("\\s*,\\s*")) {
					concepts.add(words(plain, spelling.trim()), CONCEPT_PREFIX + group);
				}
			}
		} catch (IOException | IllegalArgumentException e) {
			throw new IllegalStateException("the bundled synonyms.txt has an entry the analyzer cannot use: " + e.getMessage(), e);
		}
		return concepts;
	}

	private static List<String> words(Analyzer analyzer, String text) throws IOException {
		List<String> words = new ArrayList<>();
		try (TokenStream stream = analyzer.tokenStream("", text)) {
			CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
			stream.reset();
			while (stream.incrementToken()) {
				words.add(term.toString());
			}
			stream.end();
		}
		return words;
	}

	private static CharArraySet loadWordParts() {
		return new CharArraySet(lines("compound-parts.txt"), false);
	}

	private static CharArraySet stopWords() {
		CharArraySet stop = new CharArraySet(DutchAnalyzer.getDefaultStopSet(), false);
		// the words every written question starts with carry no subject
		stop.addAll(List.of("kunt", "bent", "heeft", "hebt", "wilt", "zult", "bereid", "u", "uw", "welke", "wat",
				"hoe", "waarom", "wanneer", "klopt", "zo", "ja", "nee", "niet"));
		// the formal "if": as a word it says nothing, and its stem would find "indienen" (ingediend, indient)
		stop.add("indien");
		// the old article of surnames and set phrases ("Van den Berg", "te allen tijde", "in den lande"); a place name
		// with "Den" is joined before it gets here. As a word it matched the stem of "Deense".
		stop.add("den");
		// words that point back to a subject named elsewhere, as the pronominal adverbs below: "een dergelijke opvang"
		// shared "dergelijke" with any question that says it
		stop.addAll(List.of("dergelijk", "dergelijke", "genoemd", "genoemde", "bovengenoemd", "bovengenoemde",
				"voornoemd", "voornoemde", "eerdergenoemd", "eerdergenoemde"));
		for (String adverb : List.of("er", "hier", "daar", "waar")) {
			for (String preposition : PRONOMINAL_PREPOSITIONS) {
				stop.add(adverb + preposition);
			}
		}
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

	/**
	 * Marks the concept tokens as keywords, so that the compound splitter and the stemmers leave them alone. A
	 * concept token is the only token that starts with "§" (the tokenizer never makes one): a look at the first
	 * character, where a regular expression per token cost 3 % of indexing (JFR on the benchmark).
	 */
	private static final class ConceptKeywords extends KeywordMarkerFilter {
		private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

		ConceptKeywords(TokenStream in) {
			super(in);
		}

		@Override
		protected boolean isKeyword() {
			return term.length() > 0 && term.charAt(0) == CONCEPT_PREFIX.charAt(0);
		}
	}

	/** True for the concept tokens the synonym step adds; explanations show spellings, not these. */
	public static boolean isConcept(String term) {
		return CONCEPT.matcher(term).matches();
	}
}
